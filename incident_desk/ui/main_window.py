"""The console's main window: alert queue + detail, docks, banners, status bar, shortcuts.

Thin by design (STYLE.md 2): acknowledging calls ``console.acknowledge``; everything shown is
read from ``console.store`` snapshots when ``BusBridge.changes_applied`` says it changed
(coalesced to at most one refresh per ``REFRESH_MS``).
"""

from __future__ import annotations

import gc
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
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
from incident_desk.rules import can_acknowledge
from incident_desk.ui.alarm import AlarmBanner, AlarmController
from incident_desk.ui.banners import BrokerBanner, DatabaseBanner, MessageBar
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.incident_board import IncidentBoardWidget
from incident_desk.ui.models.queue_row import QueueRow, queue_row
from incident_desk.ui.notices import NoticeButton, NoticesDialog
from incident_desk.ui.ops import BackgroundReader
from incident_desk.ui.queue import AlertQueue
from incident_desk.ui.shortcuts import build_actions, help_box
from incident_desk.ui.status import (
    ConnectionIndicator,
    DatabaseLabel,
    ModeBadge,
    OutboxIndicator,
    RateIndicator,
)
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
    outbox: bool = False
    gaps: list[Any] = field(default_factory=list)
    store_error: str | None = None
    store_ok: bool = False
    incidents: set[int] = field(default_factory=set)

    def any(self) -> bool:
        return bool(
            self.alerts
            or self.quarantine
            or self.timeline
            or self.outbox
            or self.incidents
            or self.gaps
            or self.store_error
            or self.store_ok
        )


@dataclass(frozen=True)
class _Bootstrap:
    """What the first background read brings (the alerts follow in chunks)."""

    top: int  # newest stored alert id when the window opened
    quarantine: int
    outbox: Any  # OutboxStatus: Acks a previous run left waiting for the broker
    timeline: list[Any]
    incidents: list[Any] | None


@dataclass(frozen=True)
class _Delta:
    """One background read for one refresh: everything the GUI thread applies in one go."""

    rows: list[QueueRow]  # new visible alerts, ascending id (summaries, not snapshots)
    fetched: list[QueueRow]  # every new alert read (shown or not)
    full: bool  # the batch limit was reached: more are waiting
    last_id: int
    acked: set[int]  # alerts the new Acks acknowledge
    acks: tuple[int, list[Any]] | None  # the detail's alert and its Acks, when it got one
    timeline: list[Any]
    quarantine: int | None
    outbox: Any | None  # OutboxStatus of this console's Acks (None: not read)
    incidents: dict[int, Any] | None  # id -> snapshot (None: gone)
    map_upsert: list[Any]
    map_remove: list[str]


class MainWindow(QMainWindow):
    """The operator console.

    Attributes:
        console: the core ``Console`` every action calls.
        model / proxy / view: the alert queue. detail: the selected alert.
        alarms: the ``AlarmController``; actions: ``QAction``s by name (see ``SHORTCUTS``).
    """

    REFRESH_MS = 200
    INITIAL_LIMIT = 100_000
    INITIAL_CHUNK = 2_000  # alerts per background read while the window fills
    BATCH_LIMIT = 1_000  # alerts per background read of live traffic
    TIMELINE_LIMIT = 500
    RETRY_MS = 2_000  # after a failed background read
    GC_FREEZE_S = 10.0  # live traffic: survivors are frozen out of the cyclic GC this often
    SETTINGS_VERSION = 2  # bump when the dock arrangement changes: old saved states are ignored

    loaded = Signal()

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
        self._layout_restored = False
        self._docks_sized = False
        self._last_seen_id = 0  # newest alert id fetched from the store, shown or not
        self.reader: BackgroundReader | None = BackgroundReader(self)
        self._refresh_in_flight = False
        self._in_flight = _Pending()
        self._bootstrapped = False
        self._gc_frozen = False
        self._frozen_at = 0.0
        self._loading = True
        self._load_top = 0  # alerts up to this id were stored before the window opened
        # owned by the reader's worker thread (never touched on the GUI thread)
        self._wk_keys: dict[tuple[str, str, str], int] = {}
        self._wk_alert_last = 0
        self._wk_timeline_last = 0
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
        self.outbox_indicator = OutboxIndicator()
        self.database_label = DatabaseLabel(db_label)
        status = self.statusBar()
        status.addWidget(self.mode_badge)
        status.addWidget(self.connection)
        status.addWidget(self.rate)
        status.addPermanentWidget(self.outbox_indicator)
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
        self._arrange_docks()
        self.load_initial()
        self._layout_restored = self.restore_layout()

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
        # filled by the first background read (load_initial)

    @Slot(int)
    def _on_incident_selected(self, incident_id: int) -> None:
        """The board's current incident drives the timeline filter (entries hold its key);
        the queue keeps its own selection."""
        snap = self.incident_board.model.snapshot(incident_id) if incident_id else None
        if snap is not None:
            self.timeline.set_current_incident(snap.key)

    # -- data --------------------------------------------------------------------------------
    #
    # Every store read runs on ``self.reader``'s one worker thread (STYLE.md 7): the ``_read_*``
    # methods below run there and touch only the store, the core board and the worker-owned
    # ``_wk_*`` fields; the ``_apply_*`` methods run on the GUI thread with what they returned.

    def load_initial(self) -> None:
        """First fill, off the GUI thread: counts, timeline, incidents and the newest alert
        id bound (``_read_bootstrap``), then the newest ``INITIAL_LIMIT`` alerts in chunks of
        ``INITIAL_CHUNK`` through the same delta path as live traffic (oldest chunk first)."""
        if self.reader is None or self._bootstrapped:
            return
        self._loading = True
        self.queue.set_loading(0)
        self._refresh_in_flight = True
        self.reader.run(self._read_bootstrap, self._apply_bootstrap, self._on_read_error)

    @property
    def is_loaded(self) -> bool:
        """True once the initial fill has reached the newest stored alert."""
        return not self._loading

    def _read_bootstrap(self) -> _Bootstrap:  # worker thread
        store = self.store
        newest = list(store.list_alerts(limit=1))
        top = newest[0].id if newest else 0
        floor = list(store.list_alerts(limit=1, offset=self.INITIAL_LIMIT - 1)) if top else []
        self._wk_alert_last = floor[0].id - 1 if floor else 0
        entries = list(store.timeline(limit=self.TIMELINE_LIMIT))
        self._wk_timeline_last = max((e.id for e in entries), default=0)
        board = self._map_board()
        incidents = self._visible(board.list_incidents()) if board is not None else None
        return _Bootstrap(
            top=top,
            quarantine=store.count_quarantine(),
            outbox=self._wk_outbox_status(),
            timeline=self._visible(entries),
            incidents=incidents,
        )

    def _apply_bootstrap(self, boot: _Bootstrap) -> None:  # GUI thread
        self._refresh_in_flight = False
        self._bootstrapped = True
        self._load_top = boot.top
        self.notice_button.set_counts(boot.quarantine, 0)
        self.outbox_indicator.set_waiting(*boot.outbox)
        self.timeline.append_entries(boot.timeline)
        if boot.incidents is not None:
            self.incident_board.model.set_incidents(boot.incidents)
            if self.map_view is not None:
                self.map_view.push(incident_features(boot.incidents))
        self._freeze_survivors(force=True)  # the window's own objects live as long as it
        self._pending.alerts = True
        self._start_refresh(now=True)

    def _visible(self, rows: list[Any]) -> list[Any]:
        """Real traffic, and exercise traffic only of the exercise this console joined
        (alerts and timeline entries alike: both carry ``exercise_id``).

        The subscription already keeps other exercises off the bus; this keeps them off the
        screen when the store holds them too (DESIGN.md §5).
        """
        joined = self.console.exercise_id
        return [r for r in rows if r.exercise_id is None or r.exercise_id == joined]

    def _wk_resolve(self, key: tuple[str, str, str]) -> int | None:  # worker thread
        """A CAP key to a stored alert id: the worker's key index, else ``find_alert``."""
        alert_id = self._wk_keys.get(key)
        if alert_id is None and hasattr(self.store, "find_alert"):
            found = self.store.find_alert(key)
            alert_id = found.id if found is not None else None
            if alert_id is not None:
                self._wk_keys[key] = alert_id
        return alert_id

    def _wk_outbox_status(self) -> tuple[int, str | None]:  # worker thread
        """This console's Acks that wait for the broker and the oldest one's last error
        ((0, None) for a console without an outbox)."""
        status = getattr(self.console, "outbox_status", None)
        return tuple(status()) if status is not None else (0, None)

    def _ack_targets(self, rows: list[Any]) -> set[int]:  # worker thread
        """Ids of the alerts the CAP Acks among ``rows`` reference."""
        targets: set[int] = set()
        for row in rows:
            if row.msg_type != "Ack":
                continue
            for ref in row.alert.references:
                alert_id = self._wk_resolve(ref.key())
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
        p.outbox |= bool(getattr(changes, "outbox", False))
        p.incidents.update(changes.incidents)
        p.gaps.extend(changes.gaps)
        if changes.store_error:
            p.store_error, p.store_ok = changes.store_error, False
        elif changes.store_ok:
            p.store_error, p.store_ok = None, True
        self._start_refresh()

    def _start_refresh(self, *, now: bool = False) -> None:
        """Arm the coalescing timer, unless a read is in flight (it re-arms when done)."""
        if self._refresh_in_flight:
            return
        if now:
            self._refresh_timer.start(0)
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start(self.REFRESH_MS)

    @Slot()
    def refresh(self) -> None:
        """Read what the pending change records announced, in one background delta read."""
        if self._refresh_in_flight or self.reader is None:
            return
        p, self._pending = self._pending, _Pending()
        self.refresh_count += 1
        if p.store_error:
            self.database_banner.set_error(p.store_error)
        elif p.store_ok:
            self.database_banner.clear_error()
        for stream in {g.stream for g in p.gaps}:
            self._gaps[stream] = [g for g in p.gaps if g.stream == stream]
        if p.gaps:
            self._show_counts(self.notice_button.quarantined)
        if not (p.alerts or p.quarantine or p.timeline or p.outbox or p.incidents):
            return
        limit = self.INITIAL_CHUNK if self._loading else self.BATCH_LIMIT
        detail_id = self.detail.alert_id
        with_map = self.map_view is not None
        self._refresh_in_flight = True
        self._in_flight = p
        self.reader.run(
            lambda: self._read_delta(p, limit, detail_id, with_map),
            self._apply_delta,
            self._on_read_error,
        )

    def _read_delta(
        self, p: _Pending, limit: int, detail_id: int | None, with_map: bool
    ) -> _Delta:  # worker thread
        store = self.store
        fetched: list[Any] = []
        if p.alerts:
            fetched = list(
                store.list_alerts(limit=limit, after_id=self._wk_alert_last, newest_first=False)
            )
        # the read positions move only once every read below has succeeded: a failed
        # read (database locked, ...) is repeated, never skipped
        alert_last = max((r.id for r in fetched), default=self._wk_alert_last)
        for r in fetched:
            self._wk_keys[(r.sender, r.identifier, r.sent_text)] = r.id
        rows = self._visible(fetched)
        acked = self._ack_targets(rows)
        acks = None
        if detail_id is not None and detail_id in acked and hasattr(store, "acks_for"):
            acks = (detail_id, list(store.acks_for(detail_id)))
        timeline: list[Any] = []
        timeline_last = self._wk_timeline_last
        if p.timeline:
            entries = list(
                store.timeline(after_id=self._wk_timeline_last, limit=self.TIMELINE_LIMIT)
            )
            timeline_last = max((e.id for e in entries), default=timeline_last)
            timeline = self._visible(entries)
        incidents: dict[int, Any] | None = None
        board = self._map_board()
        if p.incidents and board is not None:
            incidents = {i: board.get(i) for i in sorted(p.incidents)}
        upsert: list[Any] = []
        remove: list[str] = []
        if with_map:
            if rows:
                areas = alert_area_update(rows, self._wk_resolve)
                upsert += areas.upsert
                remove += areas.remove
            if incidents:
                changed = incident_update(
                    self._visible([s for s in incidents.values() if s is not None])
                )
                upsert += changed.upsert
                remove += changed.remove
        quarantine = store.count_quarantine() if p.quarantine else None
        outbox = self._wk_outbox_status() if p.outbox else None
        self._wk_alert_last = max(self._wk_alert_last, alert_last)
        self._wk_timeline_last = timeline_last
        # The GUI thread gets light summaries only: the full snapshots (CAP model, raw
        # bytes; dozens of GC-tracked objects each) stop here, after the Ack and map reads.
        summaries = [queue_row(r) for r in fetched]
        return _Delta(
            rows=self._visible(summaries),
            fetched=summaries,
            full=len(fetched) >= limit,
            last_id=self._wk_alert_last,
            acked=acked,
            acks=acks,
            timeline=timeline,
            quarantine=quarantine,
            outbox=outbox,
            incidents=incidents,
            map_upsert=upsert,
            map_remove=remove,
        )

    def _apply_delta(self, d: _Delta) -> None:  # GUI thread
        self._refresh_in_flight = False
        self._last_seen_id = max(self._last_seen_id, d.last_id)
        live = [r for r in d.fetched if r.id > self._load_top]
        if d.rows:
            self.model.append_alerts(d.rows)
            self.rate.record(
                sum(1 for r in d.rows if r.msg_type != "Ack" and r.id > self._load_top)
            )
        for alert_id in d.acked:
            self._mark_acknowledged(alert_id, fetch_acks=False)
        if d.acks is not None and self.detail.alert_id == d.acks[0]:
            self.detail.show_acks(d.acks[1])
        if d.rows:
            self.alarms.consider(d.rows, d.acked | self.model.acknowledged_set())
        if live:
            self.no_duff.feed(live)
        if d.timeline:
            self.timeline.append_entries(d.timeline)
        if d.quarantine is not None:
            self._show_counts(d.quarantine)
        if d.outbox is not None:
            self.outbox_indicator.set_waiting(*d.outbox)
        if d.incidents is not None:
            self.incident_board.apply_incidents(d.incidents)
        if self.map_view is not None and (d.map_upsert or d.map_remove):
            self.map_view.push(d.map_upsert, d.map_remove)
        self._freeze_survivors(force=self._loading)
        if d.full:  # more waiting: read on at once
            self._pending.alerts = True
        elif self._loading:
            self._loading = False
            self.queue.set_loading(None)
            self.loaded.emit()
        if self._loading:
            self.queue.set_loading(self.model.rowCount())
        if self._pending.any():
            self._start_refresh(now=d.full)

    def _freeze_survivors(self, *, force: bool = False) -> None:
        """Move what lives on (queue rows, timeline entries, the application's own objects)
        out of the cyclic garbage collector's reach: each chunk of the first fill, then
        at most every ``GC_FREEZE_S`` of live traffic.

        A full collection holds the GIL, and so every thread, for as long as it walks every
        tracked object: with 100,000 rows that was 400-700 ms, and live rows accumulating
        since the last freeze still cost 40-300 ms per pass at 500 alerts/s (bench_gui).
        The young generations are collected first, so their cyclic garbage is never frozen;
        at 500 alerts/s every cycle found was found there (full passes found none), so
        nothing that would ever be collected is kept. ``gc.freeze`` itself is O(1).
        """
        now = time.monotonic()
        if not force and now - self._frozen_at < self.GC_FREEZE_S:
            return
        self._frozen_at = now
        gc.collect(1)
        gc.freeze()
        self._gc_frozen = True

    def _on_read_error(self, exc: Exception) -> None:  # GUI thread
        self._refresh_in_flight = False
        failed, self._in_flight = self._in_flight, _Pending()
        p = self._pending  # read again what the failed read was to bring, after a pause
        p.alerts |= failed.alerts or self._loading
        p.quarantine |= failed.quarantine
        p.timeline |= failed.timeline
        p.outbox |= failed.outbox
        p.incidents |= failed.incidents
        if isinstance(exc, StoreError):
            self.database_banner.set_error(str(exc))
        else:
            log.error("background read failed", exc_info=exc)
            self.message_bar.show_message(f"Could not read the store (logged): {exc}", "error")
        if not self._bootstrapped:
            QTimer.singleShot(self.RETRY_MS, self, self.load_initial)
        elif p.any() and self.reader is not None:
            self._refresh_timer.start(self.RETRY_MS)

    def _show_counts(self, quarantined: int) -> None:
        self.notice_button.set_counts(
            quarantined, sum(g.last - g.first + 1 for gs in self._gaps.values() for g in gs)
        )

    def _mark_acknowledged(self, alert_id: int, *, fetch_acks: bool = True) -> None:
        self.model.set_acknowledged(alert_id)
        self.alarms.acknowledge(alert_id)
        if fetch_acks and self.detail.alert_id == alert_id and self.reader is not None:
            acks_for = getattr(self.store, "acks_for", None)
            if acks_for is not None:
                self.reader.run(
                    lambda: list(acks_for(alert_id)),
                    lambda acks: self._show_acks(alert_id, acks),
                    self._on_read_error_quiet,
                )

    def _show_acks(self, alert_id: int, acks: list[Any]) -> None:
        if self.detail.alert_id == alert_id:
            self.detail.show_acks(acks)

    def _on_read_error_quiet(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.database_banner.set_error(str(exc))
        else:
            log.error("background read failed", exc_info=exc)

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
        if row is not None and not can_acknowledge(row):
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
        self._map_following = True  # False while a map click drives the selection
        if not with_map:
            return
        from incident_desk.ui.map_view import MapView  # QtWebEngine only where a map is shown

        self.map_view = MapView(tile_url=tile_url, attribution=attribution)
        self.map_view.setObjectName("map_view")
        self.map_dock.setWidget(self.map_view)
        self.map_view.loaded.connect(self._on_map_loaded)
        self.map_view.feature_clicked.connect(self._on_map_feature_clicked)
        self.map_view.create_incident_requested.connect(self.create_incident_at)
        self.queue.current_alert_changed.connect(self._map_follow_alert)
        self._connect_incident_board()
        self.map_view.setMinimumSize(300, 240)

    @Slot()
    def _connect_incident_board(self) -> None:
        """Follow the incident board's selection, if this window has one."""
        signal = getattr(getattr(self, "incident_board", None), "incident_selected", None)
        if signal is not None and self.map_view is not None:
            signal.connect(self._map_follow_incident)

    def _remove_map(self) -> None:
        """Delete the map view now: every page must go before the shared web profile."""
        view, self.map_view = self.map_view, None
        self._map_ready = False
        if view is None:
            return
        view.loadFinished.disconnect()  # a load cut short here is no failure to report
        view.stop()
        self.map_dock.setWidget(QLabel("Map closed"))
        view.setParent(None)
        view.deleteLater()

    def _map_board(self) -> Any:
        return getattr(self.console, "board", None)

    @Slot(bool)
    def _on_map_loaded(self, ok: bool) -> None:
        """The page is up: it takes what ``push`` queued meanwhile (every alert area the
        initial fill read, the incidents), in bounded batches; nothing is read again."""
        if not ok or self.map_view is None or self._map_ready:
            return
        self._map_ready = True

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
            ExerciseStateLabel,
        )
        from incident_desk.ui.noduff import NoDuffGuard, NoDuffOverlay
        from incident_desk.ui.shortcuts import build_exercise_actions

        joined = self.console.exercise_id
        self.no_duff_overlay = NoDuffOverlay(self)
        self.no_duff = NoDuffGuard(self.store, joined, self.alarms, self.no_duff_overlay, self)
        self.no_duff_overlay.acknowledge_requested.connect(self._acknowledge_no_duff)
        # fed the new alerts by each background delta read (``_apply_delta``)
        self.exercise_state = ExerciseStateLabel(joined)
        self.statusBar().addWidget(self.exercise_state)
        self.exercise_panel: Any = None
        self.exercise_dock: QDockWidget | None = None
        link = getattr(self.console, "exercise_link", None)
        if link is None:
            return
        # one hop to the GUI thread: the status text and the overlay change in the same event
        self.bridge.control_received.connect(self.exercise_state.set_control)
        self.bridge.control_received.connect(self.no_duff.on_control)
        link.add_control_listener(self.bridge.post_control)
        if link.last_control is not None:
            self.bridge.post_control(link.last_control)
        if link.controller is None:
            return
        self.exercise_state.set_controller(link.controller)
        self.exercise_panel = ExercisePanel(link.controller, self.store)
        self.exercise_dock = self._dock(
            "exercise_dock",
            "Exercise control (MSEL)",
            self.exercise_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
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

    def _stop_reader(self) -> None:
        """Wait for the running read and drop the rest: no callback after the window goes."""
        reader, self.reader = self.reader, None
        self._refresh_timer.stop()
        if reader is not None:
            reader.shutdown()

    # -- layout ------------------------------------------------------------------------------
    def _arrange_docks(self) -> None:
        """The first-run arrangement (no saved layout): incident board on the left and the
        map on the right, both full height; queue + detail in the centre; below the centre,
        tabs: timeline | units | exercise control (MSEL) | command.

        Fits 1366×768: every dock has a modest minimum width and the filter bar keeps its
        rarely used filters behind "More filters".
        """
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.setCorner(Qt.Corner.TopLeftCorner, left)
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.TopRightCorner, right)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.addDockWidget(left, self.incidents_dock)
        self.addDockWidget(right, self.map_dock)
        tabs = [self.timeline_dock, self.units_dock]
        if self.exercise_dock is not None:
            tabs.append(self.exercise_dock)
        tabs.append(self.command_dock)
        for dock in tabs:
            self.addDockWidget(bottom, dock)
        for dock in tabs[1:]:
            self.tabifyDockWidget(tabs[0], dock)
        (self.exercise_dock or self.timeline_dock).raise_()
        for dock, width in (
            (self.incidents_dock, 230),
            (self.map_dock, 300),
            (self.timeline_dock, 200),
            (self.units_dock, 200),
            (self.command_dock, 200),
        ):
            dock.setMinimumWidth(width)
        self.detail.setMinimumHeight(120)

    def _size_docks(self) -> None:
        """First run: the map gets ~34% of the width (full height), the board ~16%, the bottom
        tabs ~28% of the height."""
        w, h = self.width(), self.height()
        self.resizeDocks(
            [self.incidents_dock, self.map_dock],
            [max(230, w * 16 // 100), max(300, w * 34 // 100)],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.timeline_dock], [max(160, h * 28 // 100)], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored and not self._docks_sized:
            self._docks_sized = True
            QTimer.singleShot(0, self, self._size_docks)  # once the window is laid out

    def save_layout(self) -> None:
        s = self._settings
        s.setValue("main_window/layout_version", self.SETTINGS_VERSION)
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState(self.SETTINGS_VERSION))
        s.setValue("main_window/splitter", self.splitter.saveState())
        s.setValue("main_window/queue_header", self.view.horizontalHeader().saveState())
        s.sync()

    def restore_layout(self) -> bool:
        """The saved layout of this arrangement's version; False (defaults) otherwise.

        A state saved by an older arrangement (another ``SETTINGS_VERSION``) is ignored once,
        geometry included: the next close saves the new one.
        """
        s = self._settings
        geometry, state = s.value("main_window/geometry"), s.value("main_window/state")
        version = s.value("main_window/layout_version")
        current = str(version) == str(self.SETTINGS_VERSION)
        if geometry is None or state is None or not current:
            self._default_size()
            return False
        self.restoreGeometry(geometry)
        if not self.restoreState(state, self.SETTINGS_VERSION):
            self._default_size()
            return False
        splitter = s.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = s.value("main_window/queue_header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
            for column, action in self.queue.column_actions.items():
                action.setChecked(not self.view.horizontalHeader().isSectionHidden(column))
        return True

    def _default_size(self) -> None:
        """1600×960, or what the screen allows (never wider than 1920)."""
        screen = self.screen() or QApplication.primaryScreen()
        width, height = 1600, 960
        offscreen = QApplication.platformName() == "offscreen"  # its screen is a fake 800×800
        if screen is not None and not offscreen:
            avail = screen.availableGeometry()
            width = min(width, max(avail.width(), 800))
            height = min(height, max(avail.height(), 600))
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self._stop_reader()
        self._remove_map()
        if self._gc_frozen:  # what the first fill froze is ordinary garbage again
            self._gc_frozen = False
            gc.unfreeze()
        super().closeEvent(event)
