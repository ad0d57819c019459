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


def test_the_settings_load_without_the_database_layer() -> None:
    """Every command reads the settings first (``--help`` and the console's start too): the
    alarm priority table they hold must not pull in the store, SQLAlchemy or Alembic."""
    code = (
        "import sys\n"
        "import incident_desk.settings\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
        "from incident_desk.alarms import AlarmBoard\n"  # still there when asked for
        "print(AlarmBoard.__module__, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "incident_desk.alarms._board True"]


def _core_unit(path: Path) -> str | None:
    """The core package or top-level module ``path`` belongs to (``command``, ``console``)."""
    first = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    if first in {"ui", "messaging", "__init__", "__main__"} or "migrations" in path.parts:
        return None
    return first


def _core_dependencies() -> dict[str, set[str]]:
    """Which core unit imports which, counting every import: top-level, inside functions
    and under ``TYPE_CHECKING`` alike (a lazy import hides a cycle, it does not remove it)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        unit = _core_unit(path)
        if unit is None:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [node.module]
                if node.module == "incident_desk":
                    targets = [f"incident_desk.{alias.name}" for alias in node.names]
            for target in targets:
                parts = target.split(".")
                if parts[0] == "incident_desk" and len(parts) > 1 and parts[1] != unit:
                    graph.setdefault(unit, set()).add(parts[1])
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one unit (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_core_packages_import_each_other_without_a_cycle() -> None:
    assert _cycles(_core_dependencies()) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = {"command": {"console"}, "console": {"incidents", "command"}, "incidents": {"store"}}
    assert _cycles(graph) == [["command", "console"]]
