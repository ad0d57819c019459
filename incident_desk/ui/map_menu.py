"""The window's Map menu: search (Ctrl+L), agency map packages, cordon and measure tools,
and the CAP Update that carries the cordons (Ctrl+Shift+P, ``ui/update_dialog.py``).

Built by ``MapWiring`` on the window's menu bar, so the window itself needs no map code.
Every text goes through Qt's translation; the shortcuts are listed in F1 help through
``MAP_SHORTCUTS`` (``ui/shortcuts.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from incident_desk.messages import QT_TRANSLATE_NOOP

#: (name, text, keys): the Map menu's actions that have a shortcut
MAP_SHORTCUTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "map_search",
        QT_TRANSLATE_NOOP("MapMenu", "Map: find a place, incident, unit or coordinates…"),
        ("Ctrl+L",),
    ),
    (
        "map_publish_update",
        QT_TRANSLATE_NOOP("MapMenu", "Publish update for the selected incident (its cordons)…"),
        ("Ctrl+Shift+P",),
    ),
)
#: the Map menu's other actions, in menu order after the ones above
MAP_ACTIONS: tuple[tuple[str, str], ...] = (
    (
        "map_draw_circle",
        QT_TRANSLATE_NOOP("MapMenu", "Map: draw a cordon (circle) on the selected incident"),
    ),
    (
        "map_draw_polygon",
        QT_TRANSLATE_NOOP("MapMenu", "Map: draw a cordon (polygon) on the selected incident"),
    ),
    ("map_measure", QT_TRANSLATE_NOOP("MapMenu", "Map: measure distance")),
    ("map_add_package", QT_TRANSLATE_NOOP("MapMenu", "Map: add map package…")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapMenu", text)


def build_map_menu(
    window: QMainWindow, slots: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    """A "Map" menu on ``window`` with an action per entry of ``slots`` (names above)."""
    menu = window.menuBar().addMenu(_tr(QT_TRANSLATE_NOOP("MapMenu", "&Map")))
    menu.setObjectName("map_menu")
    actions: dict[str, QAction] = {}
    entries = [*MAP_SHORTCUTS, *((n, t, ()) for n, t in MAP_ACTIONS)]
    for name, source, keys in entries:
        if name not in slots:
            continue
        action = QAction(_tr(source), window)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slots[name])
        window.addAction(action)
        menu.addAction(action)
        actions[name] = action
    return actions
