"""The console's actions: names, texts and keyboard shortcuts, in one table.

The same table builds the menu, the toolbar and the F1 help, so they cannot disagree.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QToolBar, QWidget

from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.map_menu import MAP_SHORTCUTS

SHORTCUTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("acknowledge", QT_TRANSLATE_NOOP("Shortcuts", "Acknowledge"), ("Ctrl+K",)),
    ("focus_filter", QT_TRANSLATE_NOOP("Shortcuts", "Focus filter"), ("Ctrl+F",)),
    ("next_unacknowledged", QT_TRANSLATE_NOOP("Shortcuts", "Next unacknowledged"), ("F8",)),
    (
        "previous_unacknowledged",
        QT_TRANSLATE_NOOP("Shortcuts", "Previous unacknowledged"),
        ("Shift+F8",),
    ),
    ("mute", QT_TRANSLATE_NOOP("Shortcuts", "Mute alarm"), ("Ctrl+M",)),
    ("toggle_theme", QT_TRANSLATE_NOOP("Shortcuts", "Toggle dark/light theme"), ("Ctrl+T",)),
    ("show_notices", QT_TRANSLATE_NOOP("Shortcuts", "Show quarantine and gaps"), ("Ctrl+Shift+Q",)),
    (
        "search_alerts",
        QT_TRANSLATE_NOOP("Shortcuts", "Search all stored alerts…"),
        ("Ctrl+Shift+S",),
    ),
    # incident board (incident_desk/ui/incident_board.py)
    ("focus_incidents", QT_TRANSLATE_NOOP("Shortcuts", "Focus incident board"), ("Ctrl+B",)),
    (
        "new_incident",
        QT_TRANSLATE_NOOP("Shortcuts", "New incident from selected alert"),
        ("Ctrl+I",),
    ),
    (
        "attach_alert",
        QT_TRANSLATE_NOOP("Shortcuts", "Attach selected alert to selected incident"),
        ("Ctrl+Shift+A",),
    ),
    (
        "merge_incidents",
        QT_TRANSLATE_NOOP("Shortcuts", "Merge the two selected incidents…"),
        ("Ctrl+Shift+M",),
    ),
    (
        "incident_activate",
        QT_TRANSLATE_NOOP("Shortcuts", "Incident: activate (or re-escalate)"),
        ("Alt+1",),
    ),
    ("incident_contain", QT_TRANSLATE_NOOP("Shortcuts", "Incident: contain"), ("Alt+2",)),
    ("incident_close", QT_TRANSLATE_NOOP("Shortcuts", "Incident: close"), ("Alt+3",)),
    ("incident_reopen", QT_TRANSLATE_NOOP("Shortcuts", "Incident: reopen"), ("Alt+4",)),
    (
        "add_note",
        QT_TRANSLATE_NOOP("Shortcuts", "Add note to selected incident…"),
        ("Ctrl+Shift+N",),
    ),
    # live map (incident_desk/ui/map_view.py)
    (
        "fit_active",
        QT_TRANSLATE_NOOP("Shortcuts", "Map: fit all active incidents"),
        ("Ctrl+Shift+F",),
    ),
    (
        "show_on_map",
        QT_TRANSLATE_NOOP("Shortcuts", "Map: show the selected alert"),
        ("Ctrl+Shift+L",),
    ),
    # command and assignments (incident_desk/ui/command_panel.py, units_panel.py)
    (
        "assign_unit",
        QT_TRANSLATE_NOOP("Shortcuts", "Assign a unit or person to an incident…"),
        ("Ctrl+Shift+U",),
    ),
    (
        "show_command",
        QT_TRANSLATE_NOOP("Shortcuts", "Show the units and command panels"),
        ("Ctrl+Shift+K",),
    ),
    (
        "load_directory",
        QT_TRANSLATE_NOOP("Shortcuts", "Load agency and unit directory…"),
        ("Ctrl+Shift+D",),
    ),
    ("help", QT_TRANSLATE_NOOP("Shortcuts", "Help: shortcuts"), ("F1",)),
    (
        "quit",
        QT_TRANSLATE_NOOP("Shortcuts", "Quit"),
        ("Ctrl+Q",),
    ),  # not Ctrl+W: too close to a habit from other programs
)
#: the exercise controller's clock controls (incident_desk/ui/exercise_panel.py): only on a
#: console that runs the controller, in their own "Exercise" menu
EXERCISE_SHORTCUTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("exercise_startex", QT_TRANSLATE_NOOP("Shortcuts", "Exercise: STARTEX"), ("Ctrl+Alt+S",)),
    (
        "exercise_pause_resume",
        QT_TRANSLATE_NOOP("Shortcuts", "Exercise: pause / resume the clock"),
        ("Ctrl+Alt+P",),
    ),
    (
        "exercise_step",
        QT_TRANSLATE_NOOP("Shortcuts", "Exercise: step (send the next inject now)"),
        ("Ctrl+Alt+N",),
    ),
    (
        "exercise_jump",
        QT_TRANSLATE_NOOP("Shortcuts", "Exercise: jump to the selected inject"),
        ("Ctrl+Alt+J",),
    ),
    ("exercise_endex", QT_TRANSLATE_NOOP("Shortcuts", "Exercise: ENDEX"), ("Ctrl+Alt+E",)),
    ("exercise_faster", QT_TRANSLATE_NOOP("Shortcuts", "Exercise: faster"), ("Ctrl+Alt+Up",)),
    ("exercise_slower", QT_TRANSLATE_NOOP("Shortcuts", "Exercise: slower"), ("Ctrl+Alt+Down",)),
    ("exercise_adhoc", QT_TRANSLATE_NOOP("Shortcuts", "Exercise: ad-hoc inject…"), ("Ctrl+Alt+A",)),
    (
        "exercise_focus_msel",
        QT_TRANSLATE_NOOP("Shortcuts", "Exercise: focus the MSEL"),
        ("Ctrl+Alt+M",),
    ),
)
TOOLBAR = ("acknowledge", "next_unacknowledged", "mute", "show_notices")
#: text size steps of View → Text size (per cent of the platform's font)
TEXT_SCALES = (100, 115, 130, 150)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def build_actions(
    window: QMainWindow,
    slots: Mapping[str, Callable[[], object]],
    docks: Iterable[QDockWidget] = (),
) -> dict[str, QAction]:
    """Create every action of ``SHORTCUTS`` on ``window`` (menu, toolbar, shortcuts)."""
    toolbar = QToolBar(_tr(QT_TRANSLATE_NOOP("Shortcuts", "Actions")))
    toolbar.setObjectName("main_toolbar")
    window.addToolBar(toolbar)
    menu = window.menuBar().addMenu(_tr(QT_TRANSLATE_NOOP("Shortcuts", "&Console")))
    menu.setObjectName("console_menu")
    actions: dict[str, QAction] = {}
    for name, source, keys in SHORTCUTS:
        text = _tr(source)
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = _tr(QT_TRANSLATE_NOOP("Shortcuts", "{action} ({keys})"))
        action.setToolTip(tip.format(action=text, keys=", ".join(keys)))
        action.triggered.connect(slots[name])
        window.addAction(action)
        menu.addAction(action)
        if name in TOOLBAR:
            toolbar.addAction(action)
        actions[name] = action
    menu.addSeparator()
    for dock in docks:
        menu.addAction(dock.toggleViewAction())
    return actions


def help_box(parent: QWidget) -> QMessageBox:
    """A non-modal box listing every shortcut."""
    entries = [
        *((_tr(text), keys) for _, text, keys in (*SHORTCUTS, *EXERCISE_SHORTCUTS)),
        *((QCoreApplication.translate("MapMenu", text), keys) for _, text, keys in MAP_SHORTCUTS),
    ]
    rows = "".join(
        f"<tr><td><b>{html.escape(' / '.join(keys))}</b></td><td>{html.escape(text)}</td></tr>"
        for text, keys in entries
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr(QT_TRANSLATE_NOOP("Shortcuts", "Incident Desk — shortcuts")),
        f"<table cellpadding='3'>{rows}</table>",
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("help_box")
    box.setModal(False)
    return box


def build_exercise_actions(
    window: QMainWindow,
    slots: Mapping[str, Callable[[], object]],
    docks: Iterable[QDockWidget] = (),
) -> dict[str, QAction]:
    """The ``EXERCISE_SHORTCUTS`` actions in an "Exercise" menu of ``window``."""
    menu = window.menuBar().addMenu(_tr(QT_TRANSLATE_NOOP("Shortcuts", "E&xercise")))
    actions: dict[str, QAction] = {}
    for name, source, keys in EXERCISE_SHORTCUTS:
        text = _tr(source)
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = _tr(QT_TRANSLATE_NOOP("Shortcuts", "{action} ({keys})"))
        action.setToolTip(tip.format(action=text, keys=", ".join(keys)))
        action.triggered.connect(slots[name])
        window.addAction(action)
        menu.addAction(action)
        actions[name] = action
    menu.addSeparator()
    for dock in docks:
        menu.addAction(dock.toggleViewAction())
    return actions
