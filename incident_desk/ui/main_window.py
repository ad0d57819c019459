"""The console's main window: alert queue + detail, docks, banners, status bar, shortcuts.

Thin by design (STYLE.md 2): acknowledging calls ``console.acknowledge``; everything shown is
read from ``console.store`` snapshots when ``BusBridge.changes_applied`` says it changed
(coalesced to at most one refresh per ``REFRESH_MS``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incident_desk.errors import IncidentDeskError, StoreError
from incident_desk.ui.alarm import AlarmBanner, AlarmController
from incident_desk.ui.banners import BrokerBanner, DatabaseBanner, MessageBar
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.models.alert_table import needs_ack
from incident_desk.ui.notices import NoticeButton, NoticesDialog
from incident_desk.ui.queue import AlertQueue
from incident_desk.ui.shortcuts import build_actions, help_box
from incident_desk.ui.status import ConnectionIndicator, DatabaseLabel, ModeBadge, RateIndicator
from incident_desk.ui.theme import apply_theme, current_theme
from incident_desk.ui.timeline import TimelinePane

log = logging.getLogger("incident_desk.ui")


def open_settings() -> QSettings:
    """The per-user settings file (tests point ``QSettings.setPath`` at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "IncidentDesk", "incident-desk"
    )


@dataclass
class _Pending:
    """What the change records since the last refresh asked for."""

    alerts: bool = False
    quarantine: bool = False
    timeline: bool = False
    gaps: list[Any] = field(default_factory=list)
    store_error: str | None = None
    store_ok: bool = False


class MainWindow(QMainWindow):
    """The operator console.

    Attributes:
        console: the core ``Console`` every action calls.
        model / proxy / view: the alert queue. detail: the selected alert.
        alarms: the ``AlarmController``; actions: ``QAction``s by name (see ``SHORTCUTS``).
    """

    REFRESH_MS = 200
    INITIAL_LIMIT = 100_000
    BATCH_LIMIT = 5_000
    TIMELINE_LIMIT = 500

    def __init__(
        self,
        console: Any,
        bridge: BusBridge,
        *,
        db_label: str,
        broker_label: str,
        settings: QSettings | None = None,
        sound: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.console = console
        self.store = console.store
        self.bridge = bridge
        self._settings = settings or open_settings()
        self._keys: dict[tuple[str, str, str], int] = {}
        self._last_seen_id = 0  # newest alert id fetched from the store, shown or not
        self._gaps: dict[str, list[Any]] = {}
        self._pending = _Pending()
        self.notices_dialog: NoticesDialog | None = None
        self.refresh_count = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        # queue and detail
        self.queue = AlertQueue()
        self.model, self.proxy, self.view = self.queue.model, self.queue.proxy, self.queue.view
        self.filter_bar = self.queue.filter_bar
        self.detail = AlertDetail(self.store)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("central_splitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        # banners above the splitter
        self.alarms = AlarmController(console.exercise_id, sound=sound, parent=self)
        self.alarm_banner = AlarmBanner(self.alarms)
        self.broker_banner = BrokerBanner()
        self.database_banner = DatabaseBanner()
        self.message_bar = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 2)
        for banner in (
            self.alarm_banner,
            self.broker_banner,
            self.database_banner,
            self.message_bar,
        ):
            layout.addWidget(banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        # docks
        self.incidents_dock = self._dock(
            "incidents_dock",
            "Incidents",
            QLabel("Incident board: coming soon"),
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.map_dock = self._dock(
            "map_dock", "Map", QLabel("Map: coming soon"), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.timeline = TimelinePane()
        self.timeline_dock = self._dock(
            "timeline_dock", "Timeline", self.timeline, Qt.DockWidgetArea.BottomDockWidgetArea
        )

        # status bar
        self.mode_badge = ModeBadge(console.exercise_id)
        self.connection = ConnectionIndicator(broker_label)
        self.rate = RateIndicator()
        self.notice_button = NoticeButton()
        self.database_label = DatabaseLabel(db_label)
        status = self.statusBar()
        status.addWidget(self.mode_badge)
        status.addWidget(self.connection)
        status.addWidget(self.rate)
        status.addPermanentWidget(self.notice_button)
        status.addPermanentWidget(self.database_label)

        self._build_actions()
        self._update_title()

        bridge.changes_applied.connect(self.on_changes_applied)
        bridge.connection_changed.connect(self.on_connection_changed)
        self.queue.current_alert_changed.connect(self._on_current_alert_changed)
        self.alarm_banner.alert_requested.connect(self.select_alert)
        self.notice_button.open_requested.connect(self.show_notices)
        self.alarms.state_changed.connect(self._sync_mute_action)
        self.load_initial()
        self.restore_layout()

    # -- construction ------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        slots = {
            "acknowledge": self.acknowledge_selected,
            "focus_filter": self.filter_bar.focus_text,
            "next_unacknowledged": self.select_next_unacknowledged,
            "previous_unacknowledged": self.select_previous_unacknowledged,
            "mute": self.alarms.toggle_mute,
            "toggle_theme": self.toggle_theme,
            "show_notices": self.show_notices,
            "help": self.show_help,
            "quit": self.close,
        }
        self.actions_by_name = build_actions(
            self, slots, (self.incidents_dock, self.map_dock, self.timeline_dock)
        )
        self.actions_by_name["mute"].setCheckable(True)

    def _update_title(self) -> None:
        ex = self.console.exercise_id
        self.setWindowTitle(f"Incident Desk — EXERCISE {ex}" if ex else "Incident Desk — REAL")

    # -- data --------------------------------------------------------------------------------
    def load_initial(self) -> None:
        """First fill: the newest ``INITIAL_LIMIT`` alerts, counts and the recent timeline."""
        try:
            fetched = list(self.store.list_alerts(limit=self.INITIAL_LIMIT))
            self._last_seen_id = max((r.id for r in fetched), default=0)
            rows = self._visible(fetched)
            self._keys = {(r.sender, r.identifier, r.sent_text): r.id for r in rows}
            acked = self._ack_targets(rows)
            self.model.set_rows(rows, acked)
            self.alarms.consider(rows, acked)
            self.notice_button.set_counts(self.store.count_quarantine(), 0)
            self.timeline.append_entries(self.store.timeline(limit=self.TIMELINE_LIMIT))
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    def _visible(self, rows: list[Any]) -> list[Any]:
        """Real traffic, and exercise traffic only of the exercise this console joined.

        The subscription already keeps other exercises off the bus; this keeps them off the
        screen when the store holds them too (DESIGN.md §5).
        """
        joined = self.console.exercise_id
        return [r for r in rows if r.exercise_id is None or r.exercise_id == joined]

    def _ack_targets(self, rows: list[Any]) -> set[int]:
        """Ids of the alerts the CAP Acks among ``rows`` reference."""
        targets: set[int] = set()
        for row in rows:
            if row.msg_type != "Ack":
                continue
            for ref in row.alert.references:
                key = ref.key()
                alert_id = self._keys.get(key)
                if alert_id is None and hasattr(self.store, "find_alert"):
                    found = self.store.find_alert(key)
                    alert_id = found.id if found is not None else None
                if alert_id is not None:
                    targets.add(alert_id)
        return targets

    @Slot(object)
    def on_changes_applied(self, changes: Any) -> None:
        """Note what changed; one coalesced refresh follows within ``REFRESH_MS``."""
        p = self._pending
        p.alerts |= bool(changes.alerts)
        p.quarantine |= bool(changes.quarantined)
        p.timeline |= bool(changes.timeline)
        p.gaps.extend(changes.gaps)
        if changes.store_error:
            p.store_error, p.store_ok = changes.store_error, False
        elif changes.store_ok:
            p.store_error, p.store_ok = None, True
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Fetch what the pending change records announced, in one batch per view."""
        p, self._pending = self._pending, _Pending()
        self.refresh_count += 1
        if p.store_error:
            self.database_banner.set_error(p.store_error)
        elif p.store_ok:
            self.database_banner.clear_error()
        for gap in p.gaps:
            self._gaps.setdefault(gap.stream, [])
        for stream in {g.stream for g in p.gaps}:
            self._gaps[stream] = [g for g in p.gaps if g.stream == stream]
        try:
            if p.alerts:
                self._fetch_new_alerts()
            quarantined = (
                self.store.count_quarantine() if p.quarantine else self.notice_button.quarantined
            )
            self.notice_button.set_counts(
                quarantined, sum(g.last - g.first + 1 for gs in self._gaps.values() for g in gs)
            )
            if p.timeline:
                self.timeline.append_entries(
                    [
                        e
                        for e in self.store.timeline(limit=self.TIMELINE_LIMIT)
                        if e.id > self.timeline.model.last_id()
                    ]
                )
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    def _fetch_new_alerts(self) -> None:
        fetched = list(
            self.store.list_alerts(
                limit=self.BATCH_LIMIT, after_id=self._last_seen_id, newest_first=False
            )
        )
        if not fetched:
            return
        self._last_seen_id = max(self._last_seen_id, *(r.id for r in fetched))
        rows = self._visible(fetched)
        if len(fetched) >= self.BATCH_LIMIT:  # more waiting: continue on the next tick
            self._pending.alerts = True
            self._refresh_timer.start()
        if not rows:
            return
        for r in rows:
            self._keys[(r.sender, r.identifier, r.sent_text)] = r.id
        self.model.append_alerts(rows)
        self.rate.record(sum(1 for r in rows if r.msg_type != "Ack"))
        for alert_id in self._ack_targets(rows):
            self._mark_acknowledged(alert_id)
        self.alarms.consider(rows, self.model.acknowledged_ids())

    def _mark_acknowledged(self, alert_id: int) -> None:
        self.model.set_acknowledged(alert_id)
        self.alarms.acknowledge(alert_id)
        if self.detail.alert_id == alert_id:
            self.detail.refresh_acks()

    @Slot(object)
    def on_connection_changed(self, state: Any) -> None:
        self.connection.set_state(state)
        self.broker_banner.set_state(state)

    # -- selection ---------------------------------------------------------------------------
    def current_alert_id(self) -> int | None:
        return self.queue.current_alert_id()

    @Slot(int)
    def select_alert(self, alert_id: int) -> bool:
        return self.queue.select_alert(alert_id)

    @Slot(object)
    def _on_current_alert_changed(self, alert_id: int | None) -> None:
        if alert_id is None:
            self.detail.clear()
            self.timeline.set_current_incident(None)
            return
        try:
            self.detail.show_alert(alert_id)
        except StoreError as exc:
            self.database_banner.set_error(str(exc))
        row = self.model.alert(alert_id)
        self.timeline.set_current_incident(
            row.incidents[0] if row is not None and row.incidents else None
        )

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def acknowledge_selected(self) -> None:
        """Acknowledge the selected alert through ``console.acknowledge``."""
        alert_id = self.current_alert_id()
        if alert_id is None:
            self.message_bar.show_message("Select an alert to acknowledge first.")
            return
        row = self.model.alert(alert_id)
        if row is not None and not needs_ack(row):
            self.message_bar.show_message(f"A CAP {row.msg_type} is not itself acknowledged.")
            return
        if self.model.is_acknowledged(alert_id):
            self.message_bar.show_message("This alert is already acknowledged.")
            return
        try:
            changes = self.console.acknowledge(alert_id)
        except IncidentDeskError as exc:
            self.message_bar.show_message(f"Could not acknowledge: {exc}", "error")
            return
        except Exception as exc:  # a bug: log the traceback, tell the operator plainly
            log.exception("acknowledge failed")
            self.message_bar.show_message(
                f"Could not acknowledge (unexpected error, logged): {exc}", "error"
            )
            return
        self._mark_acknowledged(alert_id)
        if changes:
            self.on_changes_applied(changes)

    def _step_unacknowledged(self, step: int) -> bool:
        if self.queue.step_unacknowledged(step):
            return True
        self.message_bar.show_message("No unacknowledged alerts in the queue.")
        return False

    @Slot()
    def select_next_unacknowledged(self) -> None:
        self._step_unacknowledged(+1)

    @Slot()
    def select_previous_unacknowledged(self) -> None:
        self._step_unacknowledged(-1)

    @Slot()
    def _sync_mute_action(self) -> None:
        self.actions_by_name["mute"].setChecked(self.alarms.muted)

    @Slot()
    def toggle_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name = apply_theme(app, "light" if current_theme(app) == "dark" else "dark")
            self._settings.setValue("theme", name)

    @Slot()
    def show_notices(self) -> None:
        try:
            entries = self.store.list_quarantine(limit=500)
        except StoreError as exc:
            self.database_banner.set_error(str(exc))
            return
        gaps = [g for gs in self._gaps.values() for g in gs]
        self.notices_dialog = NoticesDialog(entries, gaps, self)
        self.notices_dialog.show()

    @Slot()
    def show_help(self) -> None:
        self.help_box = help_box(self)
        self.help_box.show()

    # -- layout ------------------------------------------------------------------------------
    def save_layout(self) -> None:
        s = self._settings
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/splitter", self.splitter.saveState())
        s.setValue("main_window/queue_header", self.view.horizontalHeader().saveState())
        s.sync()

    def restore_layout(self) -> bool:
        s = self._settings
        geometry, state = s.value("main_window/geometry"), s.value("main_window/state")
        if geometry is None or state is None:
            self.resize(1400, 900)
            return False
        self.restoreGeometry(geometry)
        self.restoreState(state)
        splitter = s.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
