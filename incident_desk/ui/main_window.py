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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incident_desk.errors import IncidentDeskError, StoreError
from incident_desk.mapfeed import (
    alert_area_update,
    alert_feature_id,
    incident_feature_id,
    incident_features,
    incident_update,
    parse_feature_id,
)
from incident_desk.ui.alarm import AlarmBanner, AlarmController
from incident_desk.ui.banners import BrokerBanner, DatabaseBanner, MessageBar
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.incident_board import IncidentBoardWidget
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
    incidents: set[int] = field(default_factory=set)


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
        with_map: bool = True,
        map_tile_url: str | None = None,
        map_tile_attribution: str | None = None,
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
        self._install_incident_board()
        self.map_dock = self._dock(
            "map_dock", "Map", QLabel("Map: coming soon"), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._install_map(with_map, map_tile_url, map_tile_attribution)
        self.timeline = TimelinePane()
        self.timeline_dock = self._dock(
            "timeline_dock", "Timeline", self.timeline, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._install_command_panels()

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
        self._install_exercise_panel()

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
            **self.incident_board.action_slots(),
            **self.command_action_slots(),
            "quit": self.close,
            "fit_active": self.fit_map_to_active,
            "show_on_map": self.show_selected_on_map,
        }
        self.actions_by_name = build_actions(
            self, slots, (self.incidents_dock, self.map_dock, self.timeline_dock)
        )
        self.actions_by_name["mute"].setCheckable(True)

    def _update_title(self) -> None:
        ex = self.console.exercise_id
        self.setWindowTitle(f"Incident Desk — EXERCISE {ex}" if ex else "Incident Desk — REAL")

    def _install_incident_board(self) -> None:
        """The incident board in the incidents dock: messages to the message bar, the selected
        incident to the timeline filter; filled from ``console.board`` (real + joined exercise)."""
        self.incident_board = IncidentBoardWidget(
            self.console, self.current_alert_id, self._visible
        )
        self.incidents_dock.setWidget(self.incident_board)
        self.incident_board.message_requested.connect(self.message_bar.show_message)
        self.incident_board.incident_selected.connect(self._on_incident_selected)
        try:
            self.incident_board.load()
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    @Slot(int)
    def _on_incident_selected(self, incident_id: int) -> None:
        """The board's current incident drives the timeline filter (entries hold its key);
        the queue keeps its own selection."""
        snap = self.incident_board.model.snapshot(incident_id) if incident_id else None
        if snap is not None:
            self.timeline.set_current_incident(snap.key)

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
            self.timeline.append_entries(
                self._visible(list(self.store.timeline(limit=self.TIMELINE_LIMIT)))
            )
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    def _visible(self, rows: list[Any]) -> list[Any]:
        """Real traffic, and exercise traffic only of the exercise this console joined
        (alerts and timeline entries alike: both carry ``exercise_id``).

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
        p.incidents.update(changes.incidents)
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
            if p.incidents:
                self.incident_board.reload_incidents(p.incidents)
            if p.timeline:
                self.timeline.append_entries(
                    self._visible(
                        [
                            e
                            for e in self.store.timeline(limit=self.TIMELINE_LIMIT)
                            if e.id > self.timeline.model.last_id()
                        ]
                    )
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
        owner = self.incident_board.highlight_alert(alert_id)  # its incident on the board
        if owner is not None:
            self.timeline.set_current_incident(owner.key)

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

    # -- live map (DESIGN.md §7) ---------------------------------------------------------------
    def _install_map(self, with_map: bool, tile_url: str | None, attribution: str | None) -> None:
        """Put the live map in ``map_dock`` and wire it both ways.

        The page is fed from the store and the incident board: everything visible once it
        has loaded, then only what each coalesced change record names (never a reload).
        ``with_map=False`` (fake-core unit tests only) leaves the placeholder.
        """
        self.map_view: Any = None
        self._map_ready = False
        self._map_last_alert_id = 0
        self._map_pending_alerts = False
        self._map_pending_incidents: set[int] = set()
        self._map_following = True  # False while a map click drives the selection
        self._map_timer = QTimer(self)
        self._map_timer.setSingleShot(True)
        self._map_timer.setInterval(self.REFRESH_MS)
        self._map_timer.timeout.connect(self._refresh_map)
        if not with_map:
            return
        from incident_desk.ui.map_view import MapView  # QtWebEngine only where a map is shown

        self.map_view = MapView(tile_url=tile_url, attribution=attribution)
        self.map_view.setObjectName("map_view")
        self.map_dock.setWidget(self.map_view)
        self.map_view.loaded.connect(self._on_map_loaded)
        self.map_view.feature_clicked.connect(self._on_map_feature_clicked)
        self.map_view.create_incident_requested.connect(self.create_incident_at)
        self.bridge.changes_applied.connect(self._on_map_changes)
        self.queue.current_alert_changed.connect(self._map_follow_alert)
        self._connect_incident_board()
        self._map_sized = self._settings.value("main_window/state") is not None
        self.map_view.setMinimumSize(320, 240)
        QTimer.singleShot(0, self, self._place_map_dock)  # once every dock exists

    @Slot()
    def _connect_incident_board(self) -> None:
        """Follow the incident board's selection, if this window has one."""
        signal = getattr(getattr(self, "incident_board", None), "incident_selected", None)
        if signal is not None and self.map_view is not None:
            signal.connect(self._map_follow_incident)

    @Slot()
    def _place_map_dock(self) -> None:
        """First run (no saved layout): the map beside the timeline, across the bottom.

        The queue, its filter bar and the incident board need most of the width, so a map in
        the right-hand column would be a sliver; the bottom row gives it half the width.
        """
        if self._map_sized or self.map_view is None:
            return
        timeline = getattr(self, "timeline_dock", None)
        if timeline is not None and not timeline.isFloating():
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.map_dock)
            self.splitDockWidget(timeline, self.map_dock, Qt.Orientation.Horizontal)

    def _size_map_dock(self) -> None:
        """First run: give the map ~60% of the width and ~45% of the height of the window."""
        if self._map_sized or self.map_view is None or not self.isVisible():
            return
        self._map_sized = True
        self.resizeDocks([self.map_dock], [self.width() * 3 // 5], Qt.Orientation.Horizontal)
        self.resizeDocks([self.map_dock], [self.height() * 9 // 20], Qt.Orientation.Vertical)

    def _remove_map(self) -> None:
        """Delete the map view now: every page must go before the shared web profile."""
        view, self.map_view = self.map_view, None
        self._map_ready = False
        self._map_timer.stop()
        if view is None:
            return
        view.loadFinished.disconnect()  # a load cut short here is no failure to report
        view.stop()
        self.map_dock.setWidget(QLabel("Map closed"))
        view.setParent(None)
        view.deleteLater()

    def _map_board(self) -> Any:
        return getattr(self.console, "board", None)

    def _map_resolve(self, key: tuple[str, str, str]) -> int | None:
        alert_id = self._keys.get(key)
        if alert_id is None and hasattr(self.store, "find_alert"):
            found = self.store.find_alert(key)
            alert_id = found.id if found is not None else None
        return alert_id

    @Slot(bool)
    def _on_map_loaded(self, ok: bool) -> None:
        if not ok or self.map_view is None or self._map_ready:
            return
        self._map_ready = True
        QTimer.singleShot(0, self, self._size_map_dock)  # once the window is laid out
        try:
            fetched = list(self.store.list_alerts(limit=self.INITIAL_LIMIT))
            self._map_last_alert_id = max((r.id for r in fetched), default=0)
            areas = alert_area_update(self._visible(fetched), self._map_resolve)
            board = self._map_board()
            incidents = self._visible(board.list_incidents()) if board is not None else []
        except StoreError as exc:
            self.database_banner.set_error(str(exc))
            return
        self.map_view.push(areas.upsert + incident_features(incidents), areas.remove)

    @Slot(object)
    def _on_map_changes(self, changes: Any) -> None:
        self._map_pending_alerts |= bool(changes.alerts)
        self._map_pending_incidents.update(getattr(changes, "incidents", ()))
        if not self._map_timer.isActive():
            self._map_timer.start()

    @Slot()
    def _refresh_map(self) -> None:
        """Push only what changed since the last push: new areas, changed incidents."""
        if self.map_view is None or not self._map_ready:
            return  # the first load reads everything anyway
        new_alerts, self._map_pending_alerts = self._map_pending_alerts, False
        incident_ids, self._map_pending_incidents = self._map_pending_incidents, set()
        board = self._map_board()
        try:
            upsert: list[Any] = []
            remove: list[str] = []
            if new_alerts:
                fetched = list(
                    self.store.list_alerts(
                        limit=None, after_id=self._map_last_alert_id, newest_first=False
                    )
                )
                self._map_last_alert_id = max([self._map_last_alert_id, *(r.id for r in fetched)])
                areas = alert_area_update(self._visible(fetched), self._map_resolve)
                upsert += areas.upsert
                remove += areas.remove
            if incident_ids and board is not None:
                found = [board.get(i) for i in sorted(incident_ids)]
                changed = incident_update(self._visible([s for s in found if s is not None]))
                upsert += changed.upsert
                remove += changed.remove
        except StoreError as exc:
            self.database_banner.set_error(str(exc))
            return
        if upsert or remove:
            self.map_view.push(upsert, remove)

    @Slot(str)
    def _on_map_feature_clicked(self, feature_id: str) -> None:
        """A click on the map selects that incident or alert in the console."""
        parsed = parse_feature_id(feature_id)
        if parsed is None:
            return
        kind, item_id = parsed
        self._map_following = False
        try:
            if kind == "alert":
                self.select_alert(item_id)
            else:
                self._select_incident_from_map(item_id)
        finally:
            self._map_following = True

    def _select_incident_from_map(self, incident_id: int) -> None:
        board = self._map_board()
        incident = board.get(incident_id) if board is not None else None
        if incident is None:
            return
        select = getattr(getattr(self, "incident_board", None), "select_incident", None)
        if callable(select):
            select(incident_id)
        if not any(self.select_alert(a) for a in incident.alert_ids):
            self.timeline.set_current_incident(incident.key)
            self.message_bar.show_message(f"Incident {incident.key}: {incident.title}")

    @Slot(object)
    def _map_follow_alert(self, alert_id: int | None) -> None:
        """Selecting an alert flies the map to its area, else to its incident."""
        view = self.map_view
        if alert_id is None or view is None or not self._map_following:
            return

        def fallback(found: object) -> None:
            board = self._map_board()
            if found is True or board is None or self.map_view is None:
                return
            incident = board.incident_for_alert(alert_id)
            if incident is not None:
                self.map_view.fly_to(incident_feature_id(incident.id))

        view.fly_to(alert_feature_id(alert_id), fallback)

    @Slot(int)
    def _map_follow_incident(self, incident_id: int) -> None:
        if incident_id and self.map_view is not None and self._map_following:
            self.map_view.fly_to(incident_feature_id(incident_id))

    @Slot(float, float)
    def create_incident_at(self, lat: float, lon: float) -> None:
        """Right-click on the map: a new incident at that point, after asking for a title."""
        board = self._map_board()
        identity = getattr(self.console, "identity", None)
        if board is None or identity is None:
            self.message_bar.show_message("This console cannot create incidents.", "error")
            return
        title, ok = QInputDialog.getText(
            self,
            "New incident",
            f"Title of the new incident at {lat:.5f}, {lon:.5f}:",
            QLineEdit.EchoMode.Normal,
            f"Incident at {lat:.4f}, {lon:.4f}",
        )
        if not ok:
            return
        try:
            changes = board.create_at(
                lat,
                lon,
                title,
                identity.operator,
                exercise_id=self.console.exercise_id,
                console=identity.workstation,
            )
        except IncidentDeskError as exc:
            self.message_bar.show_message(f"Could not create the incident: {exc}", "error")
            return
        except Exception as exc:  # a bug: log the traceback, tell the operator plainly
            log.exception("create incident at a point failed")
            self.message_bar.show_message(
                f"Could not create the incident (unexpected error, logged): {exc}", "error"
            )
            return
        self.console.emit(changes)  # every other view (and console) hears of it
        self.on_changes_applied(changes)  # this window at once, even if not yet wired
        self._on_map_changes(changes)

    @Slot()
    def fit_map_to_active(self) -> None:
        if self.map_view is None:
            self.message_bar.show_message("The map is not shown in this console.")
            return

        def done(found: object) -> None:
            if found is not True:
                self.message_bar.show_message("No active incidents or areas to show on the map.")

        self.map_view.fit_active(done)

    @Slot()
    def show_selected_on_map(self) -> None:
        alert_id = self.current_alert_id()
        if alert_id is None:
            self.message_bar.show_message("Select an alert to show on the map first.")
            return
        if self.map_view is None:
            self.message_bar.show_message("The map is not shown in this console.")
            return
        self.map_dock.show()
        self.map_dock.raise_()
        self._map_follow_alert(alert_id)

    # -- command and assignments (STANDARDS.md §5) --------------------------------------------
    def _install_command_panels(self) -> None:
        """Units and command docks over ``console.command``: units drag onto the incident
        board (or the command tree) to open the assignment dialog; their own coalesced
        refresh follows ``changes.units`` / ``assignments`` / ``command``; incoming handover
        proposals open a non-modal dialog; unit positions go to the map."""
        from incident_desk.ui.command_panel import CommandPanel
        from incident_desk.ui.models.incident_table import Roles as IncidentRoles
        from incident_desk.ui.units_panel import UnitDropFilter, UnitsPanel

        self.units_panel = UnitsPanel()
        self.command_panel = CommandPanel(self.console, self._command_incidents)
        bottom, right = (
            Qt.DockWidgetArea.BottomDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.units_dock = self._dock("units_dock", "Units", self.units_panel, bottom)
        self.splitDockWidget(self.timeline_dock, self.units_dock, Qt.Orientation.Horizontal)
        self.command_dock = self._dock("command_dock", "Command", self.command_panel, right)
        self.units_panel.assign_requested.connect(self._assign_unit)
        self.command_panel.message_requested.connect(self.message_bar.show_message)
        self.incident_board.incident_selected.connect(self._on_command_incident)
        self.incident_drop = UnitDropFilter(
            self.incident_board.view, lambda i: i.data(IncidentRoles.INCIDENT_KEY)
        )
        self.command_drop = UnitDropFilter(
            self.command_panel.tree, lambda _i: self.command_panel.incident_key
        )
        self.incident_drop.unit_dropped.connect(self._on_unit_dropped)
        self.command_drop.unit_dropped.connect(self._on_unit_dropped)
        self._command_pending: tuple[set[str], bool, set[str]] = (set(), False, set())
        self._command_timer = QTimer(self)
        self._command_timer.setSingleShot(True)
        self._command_timer.setInterval(self.REFRESH_MS)
        self._command_timer.timeout.connect(self._refresh_command)
        self.bridge.changes_applied.connect(self._on_command_changes)
        if getattr(self, "map_view", None) is not None:
            self.map_view.loaded.connect(self._push_all_units)
        board = getattr(self.console, "command", None)
        if board is None:
            return
        try:
            self.units_panel.set_units(board.units(), board.assignments())
            self.command_panel.check_incoming()
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    def command_action_slots(self) -> dict[str, Any]:
        return {"assign_unit": self._assign_unit, "show_command": self.show_command_panels}

    def _command_incidents(self) -> list[tuple[str, str]]:
        model = self.incident_board.model
        snaps = [model.snapshot(i) for i in model.incident_ids()]
        return [(s.key, s.title) for s in snaps if s is not None]

    @Slot()
    def show_command_panels(self) -> None:
        for dock in (self.units_dock, self.command_dock):
            dock.show()
            dock.raise_()
        self.units_panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    @Slot(str)
    def _assign_unit(self, unit_id: str | None = None) -> None:
        self.command_panel.assign(unit_id or self.units_panel.current_unit_id())

    @Slot(str, object)
    def _on_unit_dropped(self, unit_id: str, incident_key: object) -> None:
        self.command_panel.assign(unit_id, str(incident_key))

    @Slot(int)
    def _on_command_incident(self, incident_id: int) -> None:
        snap = self.incident_board.model.snapshot(incident_id) if incident_id else None
        try:
            self.command_panel.set_incident(snap.key if snap else None, snap.title if snap else "")
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    @Slot(object)
    def _on_command_changes(self, changes: Any) -> None:
        units, assignments, keys = self._command_pending
        units.update(getattr(changes, "units", ()))
        keys.update(getattr(changes, "command", ()))
        assignments = assignments or bool(getattr(changes, "assignments", ()))
        self._command_pending = (units, assignments, keys)
        if (units or assignments or keys) and not self._command_timer.isActive():
            self._command_timer.start()

    @Slot()
    def _refresh_command(self) -> None:
        """Units, the shown command, incoming proposals and lost races; units to the map."""
        (units, assignments, keys), self._command_pending = (
            self._command_pending,
            (
                set(),
                False,
                set(),
            ),
        )
        board = getattr(self.console, "command", None)
        if board is None:
            return
        try:
            if units:
                found = [u for u in (board.unit(i) for i in sorted(units)) if u is not None]
                self.units_panel.upsert_units(found, board.assignments())
                self._push_units(found)
            elif assignments:
                self.units_panel.set_assignments(board.assignments())
            if keys or assignments:
                self.command_panel.refresh()
            if keys:
                self.command_panel.check_incoming()
                self.command_panel.check_lost(keys)
        except StoreError as exc:
            self.database_banner.set_error(str(exc))

    def _push_units(self, units: list[Any]) -> None:
        from incident_desk.mapfeed import unit_update

        view = getattr(self, "map_view", None)
        if view is None or not getattr(self, "_map_ready", False):
            return
        update = unit_update(units, self.console.exercise_id)
        if update:
            view.push(update.upsert, update.remove)

    @Slot(bool)
    def _push_all_units(self, ok: bool) -> None:
        board = getattr(self.console, "command", None)
        if ok and board is not None:
            try:
                self._push_units(board.units())
            except StoreError as exc:
                self.database_banner.set_error(str(exc))

    # -- exercise: control state, NO DUFF, controller panel (DESIGN.md §5, §6) ----------------
    def _install_exercise_panel(self) -> None:
        """The joined exercise (``console.exercise_link``, set by ``ConsoleRuntime``): its
        control state in the status bar, the NO DUFF overlay and forced alarm for a real alert
        (or a NO_DUFF control state), and, when this workstation runs the exercise
        controller, the controller panel in a dock with its own "Exercise" menu."""
        from incident_desk.ui.exercise_panel import (
            ExercisePanel,
            ExerciseSignals,
            ExerciseStateLabel,
        )
        from incident_desk.ui.noduff import NoDuffGuard, NoDuffOverlay
        from incident_desk.ui.shortcuts import build_exercise_actions

        joined = self.console.exercise_id
        self.no_duff_overlay = NoDuffOverlay(self)
        self.no_duff = NoDuffGuard(self.store, joined, self.alarms, self.no_duff_overlay, self)
        self.no_duff_overlay.acknowledge_requested.connect(self._acknowledge_no_duff)
        self.bridge.changes_applied.connect(self.no_duff.on_changes_applied)
        self.exercise_state = ExerciseStateLabel(joined)
        self.statusBar().addWidget(self.exercise_state)
        self.exercise_signals = ExerciseSignals(self)
        self.exercise_panel: Any = None
        self.exercise_dock: QDockWidget | None = None
        link = getattr(self.console, "exercise_link", None)
        if link is None:
            return
        self.exercise_signals.control_received.connect(self.no_duff.on_control)
        self.exercise_signals.control_received.connect(self.exercise_state.set_control)
        link.add_control_listener(self.exercise_signals.post_control)
        if link.last_control is not None:
            self.exercise_signals.post_control(link.last_control)
        if link.controller is None:
            return
        self.exercise_panel = ExercisePanel(link.controller, self.store)
        self.exercise_dock = self._dock(
            "exercise_dock",
            "Exercise control (MSEL)",
            self.exercise_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.tabifyDockWidget(self.timeline_dock, self.exercise_dock)
        self.exercise_dock.raise_()
        self.exercise_panel.message_requested.connect(self.message_bar.show_message)
        self.bridge.changes_applied.connect(self.exercise_panel.on_changes_applied)
        self.actions_by_name.update(
            build_exercise_actions(self, self.exercise_panel.action_slots(), (self.exercise_dock,))
        )

    @Slot(list)
    def _acknowledge_no_duff(self, alert_ids: list[int]) -> None:
        """The operator dismissed the NO DUFF overlay: acknowledge the real alerts it named."""
        for alert_id in alert_ids:
            if self.model.is_acknowledged(alert_id):
                self.alarms.acknowledge(alert_id)
                continue
            try:
                changes = self.console.acknowledge(alert_id)
            except IncidentDeskError as exc:
                self.message_bar.show_message(f"Could not acknowledge: {exc}", "error")
                continue
            self._mark_acknowledged(alert_id)
            if changes:
                self.on_changes_applied(changes)

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
        self._remove_map()
        super().closeEvent(event)
