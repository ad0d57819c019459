"""Build hook: a wheel carries ``resources/`` and ``scenarios/`` as ``incident_desk/_data/``.

Everything else about the package is in ``pyproject.toml``. In a checkout or an editable
install the folders stay where they are and ``incident_desk.shipped`` finds them there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("resources", "scenarios")


class BuildWithShippedFiles(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        root = Path(__file__).resolve().parent
        for name in SHIPPED:
            target = Path(self.build_lib) / "incident_desk" / "_data" / name
            shutil.rmtree(target, ignore_errors=True)  # nothing stale from an earlier build
            shutil.copytree(root / name, target, ignore=shutil.ignore_patterns("__pycache__"))


setup(cmdclass={"build_py": BuildWithShippedFiles})
