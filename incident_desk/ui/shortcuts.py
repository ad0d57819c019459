"""The console's actions: names, texts and keyboard shortcuts, in one table.

The same table builds the menu, the toolbar and the F1 help, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.bidi import ltr
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


def help_entries() -> list[tuple[str, str]]:
    """(keys, what they do) of every shortcut, in the reader's language."""
    return [
        *((" / ".join(keys), _tr(text)) for _, text, keys in (*SHORTCUTS, *EXERCISE_SHORTCUTS)),
        *(
            (" / ".join(keys), QCoreApplication.translate("MapMenu", text))
            for _, text, keys in MAP_SHORTCUTS
        ),
    ]


class ShortcutHelp(QDialog):
    """F1: every shortcut in a table that scrolls, in a dialog that fits the screen it opens
    on (a message box around the whole table was 1,038 pixels tall in English and 1,312 in
    Arabic: on a 768- or 1080-pixel screen its last rows and its Close button were off it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_box")
        self.setWindowTitle(_tr(QT_TRANSLATE_NOOP("Shortcuts", "Incident Desk — shortcuts")))
        self.setModal(False)
        self.entries = help_entries()
        self.table = QTableWidget(len(self.entries), 2)
        self.table.setObjectName("help_table")
        self.table.setHorizontalHeaderLabels(
            [
                _tr(QT_TRANSLATE_NOOP("Shortcuts", "Keys")),
                _tr(QT_TRANSLATE_NOOP("Shortcuts", "Action")),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # one line a row (the theme's 30-pixel rows made 47 shortcuts 1,400 pixels tall)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, (keys, text) in enumerate(self.entries):
            key_item = QTableWidgetItem(ltr(keys))
            key_item.setFont(bold)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.table, 1)
        self.box.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def text(self) -> str:
        """Every shortcut as text, one a line: keys, then what they do."""
        return "\n".join(f"{keys}\t{text}" for keys, text in self.entries)

    def wanted_size(self) -> QSize:
        """The size that shows every row and both columns whole."""
        table = self.table
        frame = 2 * table.frameWidth()
        width = sum(table.sizeHintForColumn(c) for c in range(2)) + frame
        width += table.verticalScrollBar().sizeHint().width()  # when it does scroll
        height = table.horizontalHeader().sizeHint().height() + frame
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        margins, spacing = self.box.contentsMargins(), self.box.spacing()
        return QSize(
            max(width, self.buttons.sizeHint().width()) + margins.left() + margins.right(),
            height + spacing + self.buttons.sizeHint().height() + margins.top() + margins.bottom(),
        )

    def fit(self, available: QRect | None = None) -> None:
        """Size and place the dialog inside ``available`` (default: the free area of the
        screen its parent window is on) with its window frame: the table scrolls when its
        rows do not fit, the Close button stays on the screen."""
        parent = self.parentWidget()
        if available is None:
            screen = parent.screen() if parent is not None else self.screen()
            available = screen.availableGeometry()
        size = self.wanted_size().boundedTo(available.size() - FRAME_ROOM)
        self.resize(size)
        outer = QRect(QPoint(0, 0), size + FRAME_ROOM)  # what the screen holds of it
        outer.moveCenter(parent.frameGeometry().center() if parent else available.center())
        right, bottom = available.right() - outer.width() + 1, available.bottom() - outer.height()
        outer.moveTo(
            max(available.left(), min(outer.left(), right)),
            max(available.top(), min(outer.top(), bottom + 1)),
        )
        self.move(outer.topLeft())


#: the room a window manager's frame takes around the dialog (both sides; the title bar and
#: the bottom border), kept free on the screen
FRAME_ROOM = QSize(16, 48)


def help_box(parent: QWidget, available: QRect | None = None) -> ShortcutHelp:
    """A non-modal dialog listing every shortcut, fitted to the screen (``available``: the
    screen area to fit, default the parent's screen)."""
    box = ShortcutHelp(parent)
    box.fit(available)
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
