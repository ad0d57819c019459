"""The core never imports Qt or paho; messaging and runtime never import Qt.

See docs/architecture.md §1.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "incident_desk"
QT = {"PySide6", "shiboken6", "qasync"}
PAHO = {"paho"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE).parts
    return rel[0] if rel[0] in {"ui", "messaging", "runtime"} else "core"


def _violations() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = _layer(path)
        forbidden = {"core": QT | PAHO, "messaging": QT, "runtime": QT, "ui": set()}[layer]
        bad = _imports(path) & forbidden
        if bad:
            found.append(f"{path.relative_to(PACKAGE.parent)} imports {sorted(bad)}")
    return found


def test_core_and_messaging_stay_free_of_qt_and_paho() -> None:
    assert _violations() == []


def test_the_guard_itself_detects_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport paho.mqtt.client\n")
    assert _imports(bad) == {"PySide6", "paho"}


def test_importing_the_core_loads_neither_qt_nor_paho() -> None:
    """A fresh interpreter importing every core module ends with no Qt or paho loaded."""
    core = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py")
        if _layer(p) == "core" and "migrations" not in p.parts and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}: importlib.import_module(m)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'paho', 'qasync'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
