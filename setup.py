"""Build hook: a wheel carries ``resources/`` and ``scenarios/`` as ``incident_desk/_data/``,
with the translation catalogs compiled (``resources/i18n/*.ts`` → ``.qm`` by PySide6's
``lrelease``; an editable install compiles them beside the checkout).

Everything else about the package is in ``pyproject.toml``. In a checkout or an editable
install the folders stay where they are and ``incident_desk.shipped`` finds them there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("resources", "scenarios")


def _lrelease() -> list[str] | None:
    """PySide6's ``lrelease`` (the build requires PySide6-Essentials for it), else one on
    PATH; None when neither is there."""
    try:
        import PySide6

        exe = Path(PySide6.__file__).parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease"
        )
        if exe.exists():
            return [str(exe)]
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_catalogs(folder: Path) -> None:
    """``resources/i18n/*.ts`` → ``.qm`` beside them (the compiled catalogs are built, never
    committed). Without lrelease the console compiles them on first use instead
    (incident_desk/ui/i18n.py ``catalog_file``)."""
    tool = _lrelease()
    if tool is None:
        print("warning: no lrelease found: catalogs are compiled on first use", file=sys.stderr)
        return
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


class BuildWithShippedFiles(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        if getattr(self, "editable_mode", False):
            compile_catalogs(root / "resources" / "i18n")  # beside the checkout (gitignored)
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "incident_desk" / "_data" / name
            shutil.rmtree(target, ignore_errors=True)  # nothing stale from an earlier build
            # compiled catalogs are built below from the .ts, never copied from a checkout
            shutil.copytree(
                root / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.qm")
            )
        compile_catalogs(Path(self.build_lib) / "incident_desk" / "_data" / "resources" / "i18n")


setup(cmdclass={"build_py": BuildWithShippedFiles})
