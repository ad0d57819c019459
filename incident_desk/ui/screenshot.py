"""Save what a widget shows as a PNG (documentation, bug reports, CI failures)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget


def save_screenshot(widget: QWidget, path: str | Path) -> Path:
    """Render ``widget`` (it need not be on screen) into ``path`` as PNG; returns the path.

    Raises:
        OSError: the image could not be written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(f"could not write the screenshot {target}")
    return target
