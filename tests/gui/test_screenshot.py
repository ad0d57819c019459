"""The demo renders a real console: ``incident-desk gui --demo --screenshot`` in its own process.

A QApplication exists once per process, so the app runs as a subprocess (offscreen, with a
throw-away HOME and XDG folders); this test then looks at the PNG it saved and keeps a copy
as the run's artifact (``artifacts/screenshot-demo.png``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "artifacts" / "screenshot-demo.png"
EXIT_AFTER_S = 12
PROCESS_TIMEOUT_S = EXIT_AFTER_S + 60  # start-up (QtWebEngine import) and shut-down


def app_env(tmp_path: Path) -> dict[str, str]:
    """The app's environment: offscreen Qt, its own HOME, settings, data and temp folders."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDESK_")}
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
        "TMPDIR": tmp_path / "tmp",  # the demo's SQLite folder lands here
    }
    for path in folders.values():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update({k: str(v) for k, v in folders.items()})
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def distinct_colours(image: QImage, step: int = 8) -> int:
    """Distinct pixel values on a ``step``-pixel grid over the whole image."""
    return len(
        {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


def test_demo_screenshot_shows_a_live_console(qapp: Any, tmp_path: Path) -> None:
    shot = tmp_path / "demo.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "incident_desk",
            "gui",
            "--demo",
            "--speed",
            "60",
            "--screenshot",
            str(shot),
            "--exit-after",
            str(EXIT_AFTER_S),
        ],
        cwd=ROOT,
        env=app_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )
    output = f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    assert done.returncode == 0, output
    assert "Traceback" not in done.stdout + done.stderr, output
    assert f"screenshot saved to {shot}" in done.stdout, output
    assert shot.is_file()

    ARTIFACT.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACT)

    image = QImage(str(shot))
    assert not image.isNull(), "the PNG does not load"
    assert 1000 <= image.width() <= 4000, image.size()
    assert 700 <= image.height() <= 3000, image.size()
    # a blank or single-colour window has a handful; text, banners and rows give hundreds
    assert distinct_colours(image) >= 50
