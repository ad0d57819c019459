"""The incident board: a filterable table of incidents and the operator's incident actions.

Thin by design: every action is one ``IncidentBoard`` call with
``actor=console.identity.operator`` and ``console=console.identity.workstation``; its
``Changes`` go to ``console.emit`` so every view (this one, the timeline, the map) refreshes.
A refused action is shown in plain words by the window's ``OpRunner``.

The board opens with the open incidents and those closed recently (``StoreFeed``), not a
year of closed ones; "Older closed" asks for the next page of closed incidents
(``older_closed_requested``; the window's feed reads it off the GUI thread, ``add_closed``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_desk.cap import SEVERITIES
from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.incidents import TRANSITIONS, IncidentStatus
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui import confirm
from incident_desk.ui.cap_words import short_severity
from incident_desk.ui.lines_delegate import LinesDelegate, lines_height
from incident_desk.ui.models.incident_table import (
    ALL,
    HEADERS,
    Column,
    IncidentFilterProxy,
    IncidentTableModel,
    Roles,
    age_words,
)
from incident_desk.ui.models.queue_columns import mode_word
from incident_desk.ui.ops import OpRunner

log = logging.getLogger("incident_desk.ui")

#: the status filter's entries
STATUS_NAMES = {
    IncidentStatus.NEW: QT_TRANSLATE_NOOP("IncidentBoardWidget", "New"),
    IncidentStatus.ACTIVE: QT_TRANSLATE_NOOP("IncidentBoardWidget", "Active"),
    IncidentStatus.CONTAINED: QT_TRANSLATE_NOOP("IncidentBoardWidget", "Contained"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("IncidentBoardWidget", "Closed"),
}
# action name -> (button text, target status); "Activate" re-escalates, "Reopen" un-closes
STATUS_ACTIONS: dict[str, tuple[str, IncidentStatus]] = {
    "incident_activate": (
        QT_TRANSLATE_NOOP("IncidentBoardWidget", "Activate"),
        IncidentStatus.ACTIVE,
    ),
    "incident_contain": (
        QT_TRANSLATE_NOOP("IncidentBoardWidget", "Contain"),
        IncidentStatus.CONTAINED,
    ),
    "incident_close": (QT_TRANSLATE_NOOP("IncidentBoardWidget", "Close"), IncidentStatus.CLOSED),
    "incident_reopen": (QT_TRANSLATE_NOOP("IncidentBoardWidget", "Reopen"), IncidentStatus.ACTIVE),
}
# first run: key, title, severity, country and age fit the dock without scrolling (the title
# takes what is left); status, alert count and exercise are one right-click on the header away
COLUMN_WIDTHS = {
    Column.KEY: 98, Column.STATUS: 70, Column.SEVERITY: 62, Column.COUNTRY: 32,
    Column.ALERTS: 45, Column.UPDATED: 44, Column.EXERCISE: 40,
}  # fmt: skip
VISUAL_ORDER = (Column.KEY, Column.TITLE, Column.SEVERITY, Column.COUNTRY, Column.UPDATED)
HIDDEN_BY_DEFAULT = (Column.STATUS, Column.ALERTS, Column.EXERCISE)


def status_action_allowed(name: str, current: IncidentStatus) -> bool:
    """Whether the status button ``name`` applies to an incident in ``current`` (TRANSITIONS)."""
    target = STATUS_ACTIONS[name][1]
    if target not in TRANSITIONS[current]:
        return False
    if target == IncidentStatus.ACTIVE:  # the same move, named for where it starts
        return (current == IncidentStatus.CLOSED) == (name == "incident_reopen")
    return True


class IncidentBoardWidget(QWidget):
    """Filter bar, incident table and action buttons.

    Args:
        console: the core ``Console`` (``board``, ``identity``, ``exercise_id``, ``emit``);
            a console without a ``board`` gives an empty board whose actions say so.
        current_alert_id: the alert selected in the queue (for create/attach).
        visible: the window's rule for what is shown (real + the joined exercise).

    Signals:
        incident_selected: the operator made another incident current on the board;
            argument: its id (0: none). Not emitted when the board only follows the queue
            (``highlight_alert``), so followers (timeline, map) keep what the queue chose.
        message_requested: plain words for the operator; arguments: text, level
            ("info" or "error").
        older_closed_requested: the operator asks for older closed incidents; argument:
            (updated_at, id) of the oldest closed one shown (None: none shown).
    """

    incident_selected = Signal(int)
    message_requested = Signal(str, str)
    older_closed_requested = Signal(object)

    def __init__(
        self,
        console: Any,
        current_alert_id: Callable[[], int | None],
        visible: Callable[[list[Any]], list[Any]],
        *,
        ops: OpRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incident_board")
        self.console = console
        self.ops = ops
        self.board = console.board
        self._current_alert_id = current_alert_id
        self._visible = visible
        self._following_queue = False

        self.model = IncidentTableModel(self)
        self.proxy = IncidentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("incident_view")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        # two lines per incident: at 1366×768 the title column is narrow, and a title cut to
        # five letters tells the operator nothing (the full title is also in the tooltip);
        # the key's own lines (EX/REAL above it) are cut apart, never wrapped
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegateForColumn(Column.KEY, LinesDelegate(self.view))
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        # a name wider than its column ends in "…" (Qt's header clips it at both ends when
        # centred: "ерьёзност"); the header's tooltip holds the whole name
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        for position, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), position)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in Column:
            if column in VISUAL_ORDER:
                continue
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
            # the header's own name (context "Headers", as the model shows it)
            action = QAction(QCoreApplication.translate("Headers", HEADERS[column]), header)
            action.setCheckable(True)
            action.setChecked(column not in HIDDEN_BY_DEFAULT)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            header.addAction(action)
        self._fit_word_columns()
        self._age_timer = QTimer(self)  # the Age column moves on without new data
        self._age_timer.setInterval(30_000)
        self._age_timer.timeout.connect(self.view.viewport().update)
        self._age_timer.start()

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("incident_status_filter")
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in IncidentStatus:
            self.status_filter.addItem(self.tr(STATUS_NAMES[status]), status.value)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter)
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("incident_country_filter")
        self.country_filter.addItem(self.tr("All countries"), ALL)
        self.country_filter.currentIndexChanged.connect(self._on_country_filter)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("incident_text_filter")
        self.text_filter.setPlaceholderText(self.tr("Filter incidents: key or title"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        for combo in (self.status_filter, self.country_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        filters = QGridLayout()  # two rows: the board fits a narrow left-hand dock
        filters.addWidget(self.text_filter, 0, 0, 1, 2)
        filters.addWidget(self.status_filter, 1, 0)
        filters.addWidget(self.country_filter, 1, 1)

        self.buttons: dict[str, QPushButton] = {}
        buttons = QGridLayout()  # three to a row, for the same reason
        buttons.setSpacing(3)
        for number, (name, text, slot) in enumerate(
            (
                ("new_incident", self.tr("New from alert"), self.create_from_selected_alert),
                ("attach_alert", self.tr("Attach alert"), self.attach_selected_alert),
                ("merge_incidents", self.tr("Merge…"), self.merge_selected),
                *((n, self.tr(t), self._status_slot(n)) for n, (t, _s) in STATUS_ACTIONS.items()),
                ("add_note", self.tr("Add note…"), self.add_note),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"button_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button, number // 3, number % 3)
            self.buttons[name] = button
        # a row of its own, across the three columns: its words never widen the dock
        older = QPushButton(self.tr("Older closed"))
        older.setObjectName("button_older_closed")
        older.setAutoDefault(False)
        older.clicked.connect(self.show_older_closed)
        buttons.addWidget(older, buttons.rowCount(), 0, 1, 3)
        self.buttons["older_closed"] = older

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        selection.selectionChanged.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._rebuild_countries)
        self.model.rowsRemoved.connect(self._rebuild_countries)
        self.model.modelReset.connect(self._rebuild_countries)
        self.model.dataChanged.connect(self._rebuild_countries)
        self.model.dataChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_exercise_mode(self, on: bool) -> None:
        """The console joined (or left) an exercise: each key gets the queue's EX or REAL (bold)
        above it (a long key is cut, never the word): a real incident among the drill's reads
        as such without taking room from the title (the rows are two lines high already)."""
        self.model.set_exercise_mode(on)

    def _fit_word_columns(self) -> None:
        """The Age, Severity and Mode columns as wide as their longest words in the reader's
        language ("сейчас" was cut to "сей…" in 44 pixels, "59 min" to "59 m…", Swahili's
        "Haijulikani" in 62; REAL is bold), never narrower than the operator made them (the
        title gives up what they take); the rows as tall as two lines of that language."""
        header = self.view.horizontalHeader()
        margins = 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        metrics = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        words = {
            Column.UPDATED: age_words(),
            Column.SEVERITY: [short_severity(severity) for severity in SEVERITIES],
            Column.EXERCISE: [mode_word(True, False), mode_word(False, True)],
        }
        for column, texts in words.items():
            measure = QFontMetrics(bold) if column == Column.EXERCISE else metrics
            need = max(measure.horizontalAdvance(text) for text in texts) + margins + 2
            if header.sectionSize(column) < need:
                header.resizeSection(column, need)
        # rows two lines high in the reader's script: the bold mode word over a Latin key
        # (an Arabic line is half again as tall as a Latin one: the key was lost under it)
        two = lines_height(bold, f"{' '.join(words[Column.EXERCISE])}\nKE-INC")
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(max(two, 2 * metrics.lineSpacing()) + 6)

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py): room for the narrow columns' words."""
        self._fit_word_columns()

    def action_slots(self) -> dict[str, Callable[[], object]]:
        """The slots of this board's entries in ``shortcuts.SHORTCUTS``."""
        return {
            "new_incident": self.create_from_selected_alert,
            "attach_alert": self.attach_selected_alert,
            "merge_incidents": self.merge_selected,
            "add_note": self.add_note,
            "focus_incidents": self.focus_table,
            **{name: self._status_slot(name) for name in STATUS_ACTIONS},
        }

    # -- data -----------------------------------------------------------------------------------
    def reload_incidents(self, incident_ids: Iterable[int]) -> None:
        """Re-read the named incidents: changed rows update, merged or hidden ones leave."""
        if self.board is None:
            return
        fresh: list[Any] = []
        gone: list[int] = []
        for incident_id in sorted(set(incident_ids)):
            snap = self.board.get(incident_id)
            if snap is None or snap.merged_into is not None or not self._visible([snap]):
                gone.append(incident_id)
            else:
                fresh.append(snap)
        self.model.remove(gone)
        self.model.upsert(fresh)

    def apply_incidents(self, snapshots: dict[int, Any]) -> None:
        """Apply snapshots read elsewhere (``board.get`` off the GUI thread; None: gone)."""
        fresh: list[Any] = []
        gone: list[int] = []
        for incident_id, snap in sorted(snapshots.items()):
            if snap is None or snap.merged_into is not None or not self._visible([snap]):
                gone.append(incident_id)
            else:
                fresh.append(snap)
        self.model.remove(gone)
        self.model.upsert(fresh)

    @Slot()
    def show_older_closed(self) -> None:
        """Ask for the page of closed incidents before the oldest closed one shown."""
        closed = [
            (s.updated_at, s.id)
            for s in map(self.model.snapshot, self.model.incident_ids())
            if s is not None and s.status == IncidentStatus.CLOSED
        ]
        self.older_closed_requested.emit(min(closed, default=None))

    def add_closed(self, snapshots: list[Any]) -> None:
        """A page of older closed incidents (read off the GUI thread) joins the board."""
        self.buttons["older_closed"].setEnabled(bool(snapshots))
        if not snapshots:
            self._say(self.tr("No older closed incidents are stored."))
            return
        self.model.upsert(s for s in snapshots if s.merged_into is None and self._visible([s]))

    # -- selection ------------------------------------------------------------------------------
    def current_incident_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Roles.INCIDENT_ID) if index.isValid() else None

    def selected_incident_ids(self) -> list[int]:
        """The selected incidents (each once), in the order they are shown."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(Roles.INCIDENT_ID) for r in rows]

    @Slot(int)
    def select_incident(self, incident_id: int) -> bool:
        """Make one incident current and selected; False if not held or filtered out."""
        row = self.model.row_of(incident_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def highlight_alert(self, alert_id: int | None) -> Any | None:
        """Select the incident an alert (from the queue) belongs to, if it has one: it is
        then the selected incident for everything that follows the board (command panel,
        timeline, exports), with ``following_queue`` True while ``incident_selected`` is
        emitted (the map already follows the alert). Returns that incident's snapshot
        (None: ungrouped, hidden or filtered out: the board's selection stays as it was)."""
        if alert_id is None or self.board is None:
            return None
        try:
            owner = self.board.incident_for_alert(alert_id)
        except IncidentDeskError as exc:
            self._say(
                self.tr("Could not look up the alert's incident: {error}").format(error=exc),
                "error",
            )
            return None
        if owner is None:
            return None
        self._following_queue = True
        try:
            shown = self.select_incident(owner.id)
        finally:
            self._following_queue = False
        return owner if shown else None

    @Slot()
    def focus_table(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.select_incident(self.proxy.index(0, 0).data(Roles.INCIDENT_ID))

    @property
    def following_queue(self) -> bool:
        """True while the board selects the incident of the alert selected in the queue."""
        return self._following_queue

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.incident_selected.emit(current.data(Roles.INCIDENT_ID) if current.isValid() else 0)

    # -- actions --------------------------------------------------------------------------------
    @Slot()
    def create_from_selected_alert(self) -> None:
        alert_id = self._current_alert_id()
        if alert_id is None:
            self._say(self.tr("Select an alert in the queue to open an incident from it."))
            return

        def opened(changes: Changes) -> None:
            if changes.incidents:
                self.select_incident(changes.incidents[0])

        self._run(
            self.tr("open an incident"),
            lambda board, actor, ws: board.create_from_alert(alert_id, actor, ws),
            opened,
        )

    @Slot()
    def attach_selected_alert(self) -> None:
        alert_id = self._current_alert_id()
        incident_id = self.current_incident_id()
        if alert_id is None or incident_id is None:
            self._say(
                self.tr("Select an alert in the queue and an incident on the board to attach it.")
            )
            return

        def attached(changes: Changes) -> None:
            if not changes:
                self._say(self.tr("The alert already belongs to this incident."))

        self._run(
            self.tr("attach the alert"),
            lambda board, actor, ws: board.attach(incident_id, alert_id, actor, ws),
            attached,
        )

    @Slot()
    def merge_selected(self) -> None:
        snaps = [s for s in map(self.model.snapshot, self.selected_incident_ids()) if s]
        if len(snaps) != 2:
            self._say(self.tr("Select exactly two incidents to merge (Shift+arrow or Ctrl+click)."))
            return
        older, newer = sorted(snaps, key=lambda s: (s.created_at, s.id))
        choices = [
            f"Keep {older.key} (older), merge {newer.key} into it",
            f"Keep {newer.key}, merge {older.key} into it",
        ]
        choice, ok = QInputDialog.getItem(
            self,
            "Merge incidents",
            "The merged incident is closed and its alerts move to the one kept:",
            choices,
            0,
            False,
        )
        if not ok:
            return
        survivor, other = (older, newer) if choice == choices[0] else (newer, older)

        def merged(_changes: Changes) -> None:
            self.select_incident(survivor.id)

        self._run(
            self.tr("merge the incidents"),
            lambda board, actor, ws: board.merge(survivor.id, other.id, actor, ws),
            merged,
        )

    def set_status(self, target: IncidentStatus) -> None:
        incident_id = self.current_incident_id()
        if incident_id is None:
            self._say(self.tr("Select an incident on the board first."))
            return
        snap = self.model.snapshot(incident_id)
        if target == IncidentStatus.CLOSED and not confirm.ask(
            self,
            self.tr("Close incident"),
            self.tr("Close incident {key} ({title})? Its alerts stay in the queue.").format(
                key=snap.key if snap else incident_id, title=snap.title if snap else ""
            ),
            self.tr("Close incident"),
        ):
            return
        self._run(
            self.tr("set the incident {status}").format(
                status=QCoreApplication.translate("core", str(target))
            ),
            lambda board, actor, ws: board.set_status(incident_id, target, actor, ws),
        )

    @Slot()
    def add_note(self) -> None:
        incident_id = self.current_incident_id()
        if incident_id is None:
            self._say(self.tr("Select an incident on the board to add a note to it."))
            return
        snap = self.model.snapshot(incident_id)
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Add note"),
            self.tr("Note for incident {key}:").format(key=snap.key if snap else incident_id),
        )
        if not ok:
            return
        self._run(
            self.tr("add the note"),
            lambda board, actor, ws: board.add_note(incident_id, text, actor, ws),
        )

    # -- helpers --------------------------------------------------------------------------------
    def _status_slot(self, name: str) -> Callable[[], None]:
        target = STATUS_ACTIONS[name][1]
        return lambda: self.set_status(target)

    def _run(
        self,
        doing: str,
        call: Callable[[Any, str, str], Changes],
        then: Callable[[Changes], None] | None = None,
    ) -> None:
        """One core call as this operator at this workstation, through the window's
        ``OpRunner`` (off the GUI thread; its changes reach every view); then the board
        shows the incidents it changed at once and ``then`` runs."""
        board = self.board
        if board is None:
            self._say(self.tr("This console has no incident board."), "error")
            return
        identity = self.console.identity

        def done(changes: Changes) -> None:
            self.reload_incidents(changes.incidents)  # at once; the broadcast refresh follows
            if then is not None:
                then(changes)

        self.ops.run(doing, lambda: call(board, identity.operator, identity.workstation), done)

    def _say(self, text: str, level: str = "info") -> None:
        self.message_requested.emit(text, level)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        incident_id = self.current_incident_id()
        snap = self.model.snapshot(incident_id) if incident_id is not None else None
        has_board = self.board is not None
        self.buttons["new_incident"].setEnabled(has_board)
        self.buttons["attach_alert"].setEnabled(
            snap is not None and snap.status != IncidentStatus.CLOSED
        )
        self.buttons["merge_incidents"].setEnabled(len(self.selected_incident_ids()) == 2)
        self.buttons["add_note"].setEnabled(snap is not None)
        for name in STATUS_ACTIONS:
            self.buttons[name].setEnabled(
                snap is not None and status_action_allowed(name, snap.status)
            )

    @Slot()
    def _rebuild_countries(self, *_args: object) -> None:
        countries = self.model.countries()
        present = [self.country_filter.itemData(i) for i in range(1, self.country_filter.count())]
        if countries == present:
            return
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        try:
            self.country_filter.clear()
            self.country_filter.addItem(self.tr("All countries"), ALL)
            for code in countries:
                self.country_filter.addItem(code, code)
            self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(chosen)))
        finally:
            self.country_filter.blockSignals(False)
        if self.country_filter.currentData() != chosen:
            self.proxy.set_country(ALL)

    @Slot(int)
    def _on_status_filter(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())

    @Slot(int)
    def _on_country_filter(self, _index: int) -> None:
        self.proxy.set_country(self.country_filter.currentData())
