"""The alarm panel: a dock listing the console's alarms (``incident_desk.alarms``).

Each row says the priority as a word with a shaped, numbered icon (not colour alone), the
state in words, what the alarm is about, its incident, since when, and why it returned to
normal and by whom, or why it is shelved. In an alarm flood the rows are grouped per
incident and the most urgent alarm stays pinned on top. Shelve/Unshelve act on the selected
alarm (a reason is required); the KPI line shows the journal's figures for this console.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPixmap,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incident_desk import timefmt
from incident_desk.alarms import (
    Alarm,
    AlarmBoard,
    AlarmChanges,
    AlarmKpis,
    AlarmState,
    AlarmView,
    KpiFollower,
    Priority,
)
from incident_desk.errors import IncidentDeskError
from incident_desk.ui.shelve_dialog import ShelveDialog

KpiLines = list[tuple[str | None, AlarmKpis]]  # (the exercise, or None: real traffic)
ALARM_ROLE = Qt.ItemDataRole.UserRole + 1
_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#1565c0"}
KPI_REFRESH_MS = 30_000
KPI_SOON_MS = 2_000  # after a change the figures follow within this (ENDEX: "standing 0")
KPI_PERIOD = timedelta(hours=1)  # the panel's KPIs cover the last hour
REFRESH_MS = 500  # board changes are drawn at most this often (ingest may bring 500/s)
MAX_ROWS = 200  # top-level rows drawn; MAX_CHILDREN alarms per incident group
MAX_CHILDREN = 50
# the columns: how urgent, whether it still stands, whether it is real, what it is. The dock
# under the map at 1366×768 (~350 pixels) shows the state unscrolled (fourth, an acknowledged
# "1 Critical" read as standing); what the alarm is takes what is left (whole on hover).
PRIORITY, STATE, TRAFFIC, TITLE, INCIDENT, SINCE, WHY = range(7)
TITLE_MIN = 60  # the least the Alarm column keeps when the dock is narrow (pixels)


_ICONS: dict[tuple[Priority | None, int], QIcon] = {}


def priority_icon(priority: Priority | None, size: int = 16) -> QIcon:
    """A shape per priority (triangle, diamond, square, circle) with its number inside
    (drawn once per priority and size: the panel redraws up to 200 rows twice a second)."""
    icon = _ICONS.get((priority, size))
    if icon is None:
        icon = _ICONS[(priority, size)] = _draw_icon(priority, size)
    return icon


def _draw_icon(priority: Priority | None, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if priority is None:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(_COLOURS[int(priority)])))
    painter.setPen(QColor("#000000"))
    s = size - 1.0
    if priority is Priority.CRITICAL:
        painter.drawPolygon(QPolygonF([QPointF(s / 2, 0), QPointF(s, s), QPointF(0, s)]))
    elif priority is Priority.HIGH:
        points = [QPointF(s / 2, 0), QPointF(s, s / 2), QPointF(s / 2, s), QPointF(0, s / 2)]
        painter.drawPolygon(QPolygonF(points))
    elif priority is Priority.MEDIUM:
        painter.drawRect(1, 1, size - 3, size - 3)
    else:
        painter.drawEllipse(1, 1, size - 3, size - 3)
    font = QFont()
    font.setPixelSize(int(size * 0.6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff" if priority is not Priority.MEDIUM else "#000000"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(int(priority)))
    painter.end()
    return QIcon(pixmap)


class AlarmPanel(QDockWidget):
    """The dock listing every alarm of an ``AlarmBoard``.

    Signals:
        alert_requested: the operator wants to see an alarm's alert (double-click or
            "Show"); argument: the alert id (the chain's newest version).
        alarms_changed: the panel changed the board (shelve/unshelve); argument: the
            ``AlarmChanges`` (forward it to the sound and the banner like any other).
    """

    alert_requested = Signal(int)
    alarms_changed = Signal(object)

    def __init__(
        self,
        board: AlarmBoard,
        operator: str,
        parent: QWidget | None = None,
        *,
        run: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alarm_panel")
        self.setWindowTitle(self.tr("Alarms"))
        self.board = board
        self.operator = operator
        self._run: Runner = run or run_here
        self._kpi_follower = KpiFollower(board.console)  # used by the runner only
        self.shelve_dialog: ShelveDialog | None = None
        self.flood_label = QLabel()
        self.flood_label.setObjectName("alarm_flood")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Priority"),
                self.tr("State"),
                self.tr("Traffic"),
                self.tr("Alarm"),
                self.tr("Incident"),
                self.tr("Since"),
                self.tr("Why / by whom"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)  # redrawn up to twice a second under a flood
        self._sized = False
        self._states: set[AlarmState] = set()  # the states of the alarms on hand
        self._fitting = False  # the panel itself sizes a column (not the operator)
        self._title_own = False  # the operator sized the Alarm column: left as it is
        self.tree.setAlternatingRowColors(True)
        self.tree.header().sectionResized.connect(self._on_section_resized)
        self.tree.viewport().installEventFilter(self)
        self.show_button = QPushButton(self.tr("Show"))
        self.shelve_button = QPushButton(self.tr("Shelve…"))
        self.unshelve_button = QPushButton(self.tr("Unshelve"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.kpi_label = QLabel()
        self._kpis: KpiLines | None = None  # the figures last read (said again on a switch)
        self.kpi_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.shelve_button, self.unshelve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.flood_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.kpi_label)
        self.setWidget(body)
        self.show_button.clicked.connect(self._show_selected)
        self.shelve_button.clicked.connect(self.ask_shelve)
        self.unshelve_button.clicked.connect(self.unshelve_selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self._show_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._kpi_timer = QTimer(self)
        self._kpi_timer.setInterval(KPI_REFRESH_MS)
        self._kpi_timer.timeout.connect(self.refresh_kpis)
        self._kpi_timer.start()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._stale = False
        self._views_asked = self._views_drawn = 0  # the last view asked of the runner, drawn
        self.refresh()
        self.refresh_kpis()

    # -- filling ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Rebuild the list from the board (connect to every ``AlarmChanges``). The board's
        view is read by the runner (in the window the alarm worker, after the board calls
        queued before it): walking a flood's thousands of alarms there leaves the GUI thread
        free; only the drawn rows are built here (``_draw``)."""
        self._views_asked += 1
        board, asked = self.board, self._views_asked
        self._run(lambda: board.view(limit=MAX_ROWS), lambda view: self._draw(view, asked))

    def _draw(self, result: object, asked: int) -> None:
        self._views_drawn = max(self._views_drawn, asked)  # a view lost to a bug is passed
        if not isinstance(result, AlarmView):  # an IncidentDeskError: the next change redraws
            return
        view = result
        selected = self.selected_alarm()
        self.tree.clear()
        self.flood_label.setVisible(view.flood)
        self.flood_label.setText(
            self.tr("ALARM FLOOD: alarms grouped by incident; the most urgent stays on top")
        )
        if view.pinned is not None:
            pinned = self._item(view.pinned)
            if view.flood:
                pinned.setText(TITLE, self.tr("Top: {0}").format(view.pinned.title))
            self.tree.addTopLevelItem(pinned)
        for group in view.groups:
            head = self._item(group.top)
            self.tree.addTopLevelItem(head)
            for alarm in group.alarms[1 : MAX_CHILDREN + 1]:
                head.addChild(self._item(alarm))
            if len(group.alarms) > 1:
                head.setText(
                    TITLE,
                    self.tr("{0} (+{1} in this incident)").format(
                        group.top.title, len(group.alarms) - 1
                    ),
                )
        if view.group_count > len(view.groups):
            more = QTreeWidgetItem()
            hidden = view.group_count - len(view.groups)
            more.setText(TITLE, self.tr("… and {0} more").format(hidden))
            self.tree.addTopLevelItem(more)
        if selected is not None:
            self._select(selected.id)
        self._states = set(view.states)
        if not self._sized and self.tree.topLevelItemCount():
            self._sized = True  # sized once to the first alarms; the operator resizes after
            for column in range(self.tree.columnCount()):
                self._fitting = True
                try:
                    self.tree.resizeColumnToContents(column)
                finally:
                    self._fitting = False
        if self._sized:
            self._fit_word_columns()
        self._update_buttons()

    def _fit_word_columns(self) -> None:
        """The Priority and Traffic columns as wide as their longest words in the reader's
        language, and the State column as its longest word on hand, bold as an annunciating
        alarm draws them: sized to the first alarms only, a Medium one first left a later
        "1 Critical" cut ("1 Крити…" in Russian), and "Active, acknowledged" must never
        read "Active, …". What a cell needs besides its text (the branch's indentation, the
        icon, the theme's padding) is read from the rows on hand as the view sizes them.
        Never narrower than the operator made them. Then the Alarm column takes what is
        left of the dock's width (``_fit_title``)."""
        bold = QFont(self.tree.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        words = {
            PRIORITY: [self.priority_word(p) for p in Priority],
            STATE: [self.state_word(state) for state in self._states],
            TRAFFIC: [self.tr("REAL"), self.tr("EX")],
        }
        items = [
            item
            for i in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(i)) is not None
        ]
        for column, texts in words.items():
            shown = [
                QFontMetrics(item.font(column)).horizontalAdvance(item.text(column))
                for item in items
                if item.text(column)
            ]
            if not shown or not texts:
                continue
            besides = self.tree.sizeHintForColumn(column) - max(shown)
            need = max(metrics.horizontalAdvance(text) for text in texts) + besides + 2
            if self.tree.columnWidth(column) < need:
                self._set_width(column, need)
        self._fit_title()

    def _fit_title(self) -> None:
        """The Alarm column as wide as what is left of the view after Priority, State and
        Traffic (at least ``TITLE_MIN``, at most its longest title): in the narrow dock
        under the map it ends in "…" (whole on hover) and the state stays in view; Incident,
        Since and Why scroll. Left alone once the operator has sized it."""
        if not self._sized or self._title_own:
            return
        before = sum(self.tree.columnWidth(c) for c in (PRIORITY, STATE, TRAFFIC))
        rest = self.tree.viewport().width() - before
        width = max(TITLE_MIN, min(self.tree.sizeHintForColumn(TITLE), rest))
        if self.tree.columnWidth(TITLE) != width:
            self._set_width(TITLE, width)

    def _set_width(self, column: int, width: int) -> None:
        self._fitting = True
        try:
            self.tree.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and self._sized and column == TITLE:
            self._title_own = True  # the operator dragged it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()  # the dock was resized: the Alarm column takes what is left
        return False

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py): the KPI lines (composed) are
        said again from the figures last read (the exercise's stayed English)."""
        if self._kpis is not None:
            self._show_kpis(self._kpis)
        if self._sized:  # sized again to the new words (Russian's left French's wide)
            for column in (PRIORITY, STATE, TRAFFIC):
                self._set_width(column, self.tree.sizeHintForColumn(column))
            self._fit_word_columns()

    @Slot()
    def refresh_kpis(self) -> None:
        """Recompute the KPI lines of the last hour (every 30 s and on demand): real traffic,
        and the joined exercise's on a line of its own (they are never counted together).
        The journal is read by the runner (the alarm worker), never on the GUI thread."""
        self._kpi_timer.start(KPI_REFRESH_MS)  # the next in 30 s (a change may bring it on)
        until = self.board.clock()
        board = self.board
        wanted = [None] if board.exercise_id is None else [None, board.exercise_id]
        follower = self._kpi_follower

        def read() -> KpiLines:  # the rows added since the last reading, not the journal
            return follower.kpis(board.store, wanted, until - KPI_PERIOD, until)

        self._run(read, self._show_kpis)

    def _show_kpis(self, result: object) -> None:
        if isinstance(result, Exception):
            self.kpi_label.setText(self.tr("Alarm figures could not be read: {0}").format(result))
            return
        self._kpis = cast(KpiLines, result)
        self.kpi_label.setText("\n".join(self._kpi_line(ex, k) for ex, k in self._kpis))

    def _kpi_line(self, exercise: str | None, k: AlarmKpis) -> str:
        label = self.tr("Real") if exercise is None else self.tr("Exercise {0}").format(exercise)
        ack = "–" if k.median_ack_s is None else f"{k.median_ack_s:.0f} s"
        return self.tr(
            "{0}, last hour: {1:.1f} alarms per 10 min (peak {2}) · in flood {3:.0f} % of the "
            "time · standing {4} · stale (> 24 h) {5} · median time to acknowledge {6}"
        ).format(label, k.per_10_min, k.peak_10_min, k.flood_percent, k.standing, k.stale, ack)

    def _item(self, alarm: Alarm) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                self.priority_word(alarm.priority),
                self.state_word(alarm.state),
                self.traffic_word(alarm),
                alarm.title,
                alarm.incident or "",
                timefmt.wall(alarm.raised_at, zone=None),
                self._why(alarm),
            ]
        )
        item.setIcon(PRIORITY, priority_icon(alarm.priority))
        item.setData(PRIORITY, ALARM_ROLE, alarm.id)
        item.setToolTip(TRAFFIC, self.traffic_hover(alarm))
        item.setToolTip(TITLE, alarm.title)
        if alarm.annunciating or alarm.state is AlarmState.NORMAL:
            # standing and unacknowledged: bold; back to normal: struck through, as the
            # queue strikes a replaced alert (not by colour alone: the State says it too)
            font = item.font(TITLE)
            font.setBold(alarm.annunciating)
            font.setStrikeOut(alarm.state is AlarmState.NORMAL)
            for column in range(self.tree.columnCount()):
                item.setFont(column, font)
        return item

    def priority_word(self, priority: Priority | None) -> str:
        # one tr() per call (a refresh draws hundreds of rows): no table of every word
        match priority:
            case Priority.CRITICAL:
                return self.tr("1 Critical")
            case Priority.HIGH:
                return self.tr("2 High")
            case Priority.MEDIUM:
                return self.tr("3 Medium")
            case Priority.LOW:
                return self.tr("4 Low")
        return self.tr("none")

    def traffic_word(self, alarm: Alarm) -> str:
        """ "REAL", "EX" (the exercise this console joined) or "EX {id}" (another one):
        exercise is told by words, never by colour."""
        if alarm.actual:
            return self.tr("REAL")
        if alarm.exercise_id == self.board.exercise_id:
            return self.tr("EX")
        return self.tr("EX {0}").format(alarm.exercise_id or "")

    def traffic_hover(self, alarm: Alarm) -> str:
        if alarm.actual:
            return self.tr("Real traffic")
        return self.tr("Exercise {0}").format(alarm.exercise_id or "")

    def state_word(self, state: AlarmState) -> str:
        match state:
            case AlarmState.ACTIVE_UNACK:
                return self.tr("Active, not acknowledged")
            case AlarmState.ACTIVE_ACK:
                return self.tr("Active, acknowledged")
            case AlarmState.RTN_UNACK:
                return self.tr("Cleared, not acknowledged")
            case AlarmState.NORMAL:
                return self.tr("Normal")
            case AlarmState.SHELVED:
                return self.tr("Shelved")
            case AlarmState.SUPPRESSED:
                return self.tr("Suppressed (other exercise)")
        raise ValueError(state)

    def _why(self, alarm: Alarm) -> str:
        if alarm.shelf is not None:
            until = (
                self.tr("until normal")
                if alarm.shelf.until is None
                else self.tr("until {0}").format(timefmt.wall(alarm.shelf.until, zone=None))
            )
            return self.tr("shelved by {0} {1}: {2}").format(
                alarm.shelf.operator, until, alarm.shelf.reason
            )
        if alarm.cleared_reason is not None:
            return self.tr("{0} by {1} at {2}").format(
                alarm.cleared_reason,
                alarm.cleared_by or "?",
                timefmt.wall(alarm.cleared_at, zone=None),
            )
        if alarm.acked_by is not None:
            return self.tr("acknowledged by {0} at {1}").format(
                alarm.acked_by, timefmt.wall(alarm.acked_at, zone=None)
            )
        return ""

    # -- acting -----------------------------------------------------------------------------

    def selected_alarm(self) -> Alarm | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return self.board.get(int(items[0].data(0, ALARM_ROLE)))

    @Slot()
    def ask_shelve(self) -> None:
        """Open the shelve dialog for the selected alarm (not modal)."""
        alarm = self.selected_alarm()
        if alarm is None:
            return
        dialog = ShelveDialog(alarm, self)
        dialog.accepted.connect(
            lambda: self.shelve_selected(dialog.reason.text(), dialog.chosen_duration)
        )
        self.shelve_dialog = dialog
        dialog.open()

    def shelve_selected(self, reason: str, duration: timedelta | None) -> None:
        alarm = self.selected_alarm()
        if alarm is None:
            return
        self._act(
            lambda: self.board.shelve(
                alarm.id, operator=self.operator, reason=reason, duration=duration
            )
        )

    @Slot()
    def unshelve_selected(self) -> None:
        alarm = self.selected_alarm()
        if alarm is not None:
            self._act(lambda: self.board.unshelve(alarm.id, operator=self.operator))

    def _act(self, action: Callable[[], AlarmChanges]) -> None:
        self._run(action, self._acted)

    def _acted(self, result: object) -> None:
        if isinstance(result, Exception):
            self.message.setText(str(result))
            return
        self.message.clear()
        self.refresh()
        if isinstance(result, AlarmChanges):
            self.alarms_changed.emit(result)

    def on_changes(self, changes: AlarmChanges) -> None:
        """The board changed: redraw soon (at most every ``REFRESH_MS``), or when the panel is
        next shown (a hidden tab costs nothing), and read the figures again soon."""
        if not changes:
            return
        if self._kpi_timer.remainingTime() > KPI_SOON_MS:  # the figures follow the list
            self._kpi_timer.start(KPI_SOON_MS)
        if not self.isVisible():
            self._stale = True
            return
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refresh_timer.start(0)

    @property
    def refresh_pending(self) -> bool:
        """A redraw is due or its view is being read."""
        return self._refresh_timer.isActive() or self._views_drawn < self._views_asked

    @Slot()
    def _show_selected(self) -> None:
        alarm = self.selected_alarm()
        if alarm is not None:
            self.alert_requested.emit(alarm.alert_id)

    def _select(self, alarm_id: int) -> None:
        pending: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None:
                pending.append(top)
        while pending:
            item = pending.pop(0)
            if item.data(0, ALARM_ROLE) == alarm_id:
                self.tree.setCurrentItem(item)
                return
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    pending.append(child)

    @Slot()
    def _update_buttons(self) -> None:
        alarm = self.selected_alarm()
        self.show_button.setEnabled(alarm is not None)
        shelvable = alarm is not None and alarm.shelf is None and alarm.state.value != "normal"
        self.shelve_button.setEnabled(shelvable)
        self.unshelve_button.setEnabled(alarm is not None and alarm.shelf is not None)


Runner = Callable[[Callable[[], Any], Callable[[object], None]], None]
"""Runs a call that reads or writes the store and hands its result, or the expected error
(an ``IncidentDeskError``), to the second callable on the GUI thread. ``AlarmHub.submit``
runs it on the alarm worker; ``run_here`` (panel alone, scripts) runs it at once."""


def run_here(call: Callable[[], Any], done: Callable[[object], None]) -> None:
    try:
        result: object = call()
    except IncidentDeskError as exc:
        result = exc
    done(result)
