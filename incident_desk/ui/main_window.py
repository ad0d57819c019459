"""The console's main window: a composition of the parts an operator works with.

Thin by design: what the window shows comes from its ``StoreFeed`` (background reads, typed
deltas); what the operator does is a core call through its ``OpRunner`` (off the GUI thread;
errors in plain words; the call's changes announced to every view). Each dock is wired in its
own module (``map_wiring``, ``command_wiring``, ``exercise_wiring``) and the layout is kept by
``layout.WindowLayout``. The window talks to the core through ``console_port.ConsolePort``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incident_desk.alarms import AlarmBoard
from incident_desk.changes import Changes
from incident_desk.errors import StoreError
from incident_desk.mapfeed import incident_features
from incident_desk.rules import can_acknowledge
from incident_desk.ui import confirm
from incident_desk.ui.advisories import Advisories
from incident_desk.ui.alarm import AlarmBanner, AlarmController
from incident_desk.ui.alarm_hub import AlarmHub
from incident_desk.ui.banners import BrokerBanner, DatabaseBanner, MessageBar
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.cap_reading_wiring import CapReadingWiring
from incident_desk.ui.command_wiring import CommandWiring
from incident_desk.ui.console_port import ConsolePort, ExerciseLinkPort, visible
from incident_desk.ui.detail import AlertDetail, read_detail
from incident_desk.ui.exercise_wiring import ExerciseWiring
from incident_desk.ui.incident_board import IncidentBoardWidget
from incident_desk.ui.layout import WindowLayout, open_settings
from incident_desk.ui.map_wiring import MapWiring
from incident_desk.ui.notices import NoticeButton, NoticesDialog
from incident_desk.ui.ops import OpRunner
from incident_desk.ui.queue import AlertQueue
from incident_desk.ui.shortcuts import TEXT_SCALES, build_actions, help_box
from incident_desk.ui.status import (
    ConnectionIndicator,
    DatabaseLabel,
    ModeBadge,
    OutboxIndicator,
    RateIndicator,
)
from incident_desk.ui.store_feed import Bootstrap, Delta, StoreFeed
from incident_desk.ui.theme import apply_text_scale, apply_theme, current_theme
from incident_desk.ui.timeline import TimelinePane

__all__ = ["MainWindow", "open_settings"]

log = logging.getLogger("incident_desk.ui")


class MainWindow(QMainWindow):
    """The operator console.

    Attributes:
        console: the core ``Console`` (``ConsolePort``) every action calls.
        feed: the background store reads. ops: the operator actions.
        model / proxy / view: the alert queue. detail: the selected alert.
        alarms: the ``AlarmController``; actions_by_name: ``QAction``s by name.
        map: the map dock's wiring (``map_view`` is its page).

    Signals:
        loaded(): the first fill has reached the newest alert stored when the window opened.
    """

    loaded = Signal()

    def __init__(
        self,
        console: ConsolePort,
        bridge: BusBridge,
        *,
        db_label: str,
        broker_label: str,
        exercise_link: ExerciseLinkPort | None = None,
        alarm_board: AlarmBoard | None = None,
        languages: Sequence[str] = (),
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
        self.notices_dialog: NoticesDialog | None = None
        self._quitting = False
        self.ops = OpRunner(console.emit, self)
        console.add_listener(bridge.post_changes)  # this console's writes reach this window

        # queue, detail, banners
        self.queue = AlertQueue()
        self.model, self.proxy, self.view = self.queue.model, self.queue.proxy, self.queue.view
        self.filter_bar = self.queue.filter_bar
        self.detail = AlertDetail(self.store, languages)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("central_splitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # the selected alert gets as much room as the queue
        self.splitter.setStretchFactor(1, 1)
        self.alarms = AlarmController(console.exercise_id, sound=sound, parent=self)
        self.alarm_banner = AlarmBanner(self.alarms)
        self.alarm_hub: AlarmHub | None = None
        if alarm_board is not None:  # ISA-18.2 alarms of the core, with panel and sounds
            self.alarm_hub = AlarmHub(
                alarm_board, operator=console.identity.operator, sound=sound, parent=self
            )
            self.alarms.attach(self.alarm_hub)
        self.broker_banner = BrokerBanner()
        self.database_banner = DatabaseBanner()
        self.message_bar = MessageBar()
        self.advisories = Advisories(self)
        self.exercise_band = QLabel()
        self.exercise_band.setObjectName("exercise_band")
        self.exercise_band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 2)
        banners: tuple[QWidget, ...] = (
            self.exercise_band,
            self.alarm_banner,
            self.advisories.real_traffic,
            self.broker_banner,
            self.database_banner,
            self.advisories.ended,
            self.advisories.directory,
        )
        for banner in banners:
            layout.addWidget(banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.ops.failed.connect(self.message_bar.show_message)

        # docks
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.incident_board = IncidentBoardWidget(
            console,
            self.current_alert_id,
            lambda rows: visible(rows, console.exercise_id),
            ops=self.ops,
        )
        self.incidents_dock = self.add_dock(
            "incidents_dock", self.tr("Incidents"), self.incident_board, left
        )
        self.incident_board.message_requested.connect(self.message_bar.show_message)
        self.incident_board.incident_selected.connect(self._on_incident_selected)
        self.map_dock = self.add_dock("map_dock", self.tr("Map"), QWidget(), right)
        self.map = MapWiring(
            self, with_map=with_map, tile_url=map_tile_url, attribution=map_tile_attribution
        )
        self.timeline = TimelinePane()
        self.timeline_dock = self.add_dock(
            "timeline_dock",
            self.tr("Timeline"),
            self.timeline,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.alarm_dock: QDockWidget | None = None
        if self.alarm_hub is not None:
            self.alarm_dock = self.alarm_hub.panel
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.alarm_dock)
            bridge.changes_applied.connect(self.alarm_hub.on_changes)
            bridge.control_received.connect(self.alarm_hub.on_control)
            self.alarm_hub.alert_requested.connect(self.select_alert)
            self.alarm_hub.problem.connect(
                lambda text: self.message_bar.show_message(text, "error")
            )
        self.command = CommandWiring(self)
        self.units_panel, self.command_panel = self.command.units_panel, self.command.command_panel
        self.units_dock, self.command_dock = self.command.units_dock, self.command.command_dock
        self.incident_drop = self.command.incident_drop
        self.command_drop = self.command.command_drop

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

        self.exercise = ExerciseWiring(self, exercise_link)
        self.no_duff_overlay, self.no_duff = self.exercise.overlay, self.exercise.guard
        self.exercise_state = self.exercise.state_label
        self.exercise_panel, self.exercise_dock = self.exercise.panel, self.exercise.dock
        self._build_actions()
        self._show_mode()
        self.advisories.check_directory()

        # the store feed: everything shown comes from its background reads
        self.feed = StoreFeed(
            console,
            detail_alert_id=lambda: self.detail.alert_id,
            with_map=lambda: self.map.view is not None,
            languages=languages,
            parent=self,
        )
        self.feed.bootstrapped.connect(self._apply_bootstrap)
        self.feed.delta_read.connect(self._apply_delta)
        self.feed.read_failed.connect(self._on_read_failed)
        self.feed.store_state.connect(self._on_store_state)
        self.feed.gaps_changed.connect(lambda _gaps: self._show_counts())
        self.feed.loaded.connect(self._on_loaded)
        self.cap_reading = CapReadingWiring(self)  # banner in the operator's language; ⚠ count
        bridge.changes_applied.connect(self.feed.note)
        bridge.connection_changed.connect(self.on_connection_changed)
        bridge.control_received.connect(self.advisories.on_control)
        self.queue.current_alert_changed.connect(self._on_current_alert_changed)
        self.alarm_banner.alert_requested.connect(self.select_alert)
        self.notice_button.open_requested.connect(self.show_notices)
        self.alarms.state_changed.connect(self._sync_mute_action)
        self.layout_keeper = WindowLayout(self, self._settings)
        self.layout_keeper.arrange()
        self.queue.set_loading(0)
        self.feed.start()
        if self.alarm_hub is not None:
            QTimer.singleShot(0, self, self.alarm_hub.start)  # rebuild, then tick each second
        self.layout_keeper.restore()

    # -- construction ------------------------------------------------------------------------
    def add_dock(
        self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
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
            **self.command.action_slots(),
            "load_directory": self.advisories.choose_directory,
            "quit": self.request_quit,
            "fit_active": self.map.fit_active,
            "show_on_map": self.map.show_selected,
        }
        self.actions_by_name = build_actions(
            self, slots, (self.incidents_dock, self.map_dock, self.timeline_dock)
        )
        self.actions_by_name["mute"].setCheckable(True)
        menu = self.menuBar().findChild(QMenu, "console_menu")
        assert menu is not None  # build_actions made it
        self.console_menu: QMenu = menu
        self.actions_by_name.update(self.exercise.install_actions())
        view = self.menuBar().addMenu(self.tr("&View"))
        sizes = view.addMenu(self.tr("Text size"))
        for percent in TEXT_SCALES:
            action = sizes.addAction(f"{percent} %")
            action.setObjectName(f"action_text_{percent}")
            action.triggered.connect(lambda _on=False, p=percent: self.set_text_scale(p))
            self.actions_by_name[f"text_{percent}"] = action

    def _show_mode(self) -> None:
        """Title, band and queue say which mode this console is in (the band: one
        persistent "EXERCISE – id" strip, purple, the only purple on the screen)."""
        ex = self.console.exercise_id
        self.setWindowTitle(
            self.tr("Incident Desk — EXERCISE {id}").format(id=ex)
            if ex
            else self.tr("Incident Desk — REAL")
        )
        self.exercise_band.setText(self.tr("EXERCISE – {id}").format(id=ex) if ex else "")
        self.exercise_band.setVisible(ex is not None)
        self.model.exercise_mode = ex is not None

    @property
    def map_view(self) -> Any:
        """The live map page (None in fake-core tests without a map)."""
        return self.map.view

    @property
    def is_loaded(self) -> bool:
        """True once the initial fill has reached the newest stored alert."""
        return not self.feed.loading

    @property
    def refresh_count(self) -> int:
        return self.feed.refresh_count

    # -- what the store feed brings (GUI thread) -----------------------------------------------
    def _apply_bootstrap(self, boot: Bootstrap) -> None:
        self.notice_button.set_counts(boot.quarantine, 0)
        self.outbox_indicator.set_waiting(*boot.outbox)
        self.timeline.append_entries(boot.timeline)
        if boot.incidents is not None:
            self.incident_board.model.set_incidents(boot.incidents)
            self.map.push(incident_features(boot.incidents))

    def _apply_delta(self, d: Delta) -> None:
        if d.rows:
            self.model.append_alerts(d.rows)
            self.rate.record(sum(1 for r in d.live if r.msg_type != "Ack"))
        for alert_id in d.acked:
            self._mark_acknowledged(alert_id)
        if d.superseded:
            self.model.set_superseded(d.superseded)
        if d.acks is not None and self.detail.alert_id == d.acks[0]:
            self.detail.show_acks(d.acks[1])
        if d.rows:
            self.alarms.consider(d.rows, d.acked | self.model.acknowledged_set())
        if d.live:
            self.exercise.feed(d.live)
        if d.timeline:
            self.timeline.append_entries(d.timeline)
        if d.quarantine is not None:
            self._show_counts(d.quarantine)
        if d.quarantined:
            self.advisories.on_quarantined(d.quarantined)
        if d.outbox is not None:
            self.outbox_indicator.set_waiting(*d.outbox)
        if d.incidents is not None:
            self.incident_board.apply_incidents(d.incidents)
        self.map.push(d.map_upsert, d.map_remove)
        if self.feed.loading:
            self.queue.set_loading(self.model.rowCount())

    @Slot()
    def _on_loaded(self) -> None:
        self.queue.set_loading(None)
        self.loaded.emit()

    def _on_read_failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.database_banner.set_error(str(exc))
        else:
            log.error("background read failed", exc_info=exc)
            self.message_bar.show_message(
                self.tr("Could not read the store (logged): {error}").format(error=exc), "error"
            )

    def _on_store_state(self, error: str | None) -> None:
        if error:
            self.database_banner.set_error(error)
        else:
            self.database_banner.clear_error()

    def _show_counts(self, quarantined: int | None = None) -> None:
        count = self.notice_button.quarantined if quarantined is None else quarantined
        gaps = sum(g.last - g.first + 1 for g in self.feed.gaps)
        self.notice_button.set_counts(count, gaps)

    def _mark_acknowledged(self, alert_id: int) -> None:
        self.model.set_acknowledged(alert_id)
        self.alarms.acknowledge(alert_id)

    @Slot(object)
    def on_changes_applied(self, changes: Changes) -> None:
        """A change record for this window (what the bridge delivers)."""
        self.feed.note(changes)

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
        self.detail.begin(alert_id)  # its data is read off the GUI thread
        self.feed.read(
            lambda: read_detail(self.store, alert_id),
            lambda data: self.detail.show_data(alert_id, data),
            self._on_read_failed,
        )
        row = self.model.alert(alert_id)
        self.timeline.set_current_incident(
            row.incidents[0] if row is not None and row.incidents else None
        )
        owner = self.incident_board.highlight_alert(alert_id)  # its incident is selected
        if owner is not None:
            self.timeline.set_current_incident(owner.key)

    @Slot(int)
    def _on_incident_selected(self, incident_id: int) -> None:
        """The board's current incident drives the timeline filter (entries hold its key)."""
        snap = self.incident_board.model.snapshot(incident_id) if incident_id else None
        if snap is not None:
            self.timeline.set_current_incident(snap.key)

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def acknowledge_selected(self) -> None:
        """Acknowledge the selected alert (Ctrl+K)."""
        alert_id = self.current_alert_id()
        if alert_id is None:
            self.message_bar.show_message(self.tr("Select an alert to acknowledge first."))
            return
        row = self.model.alert(alert_id)
        if row is not None and not can_acknowledge(row):
            self.message_bar.show_message(
                self.tr("A CAP {type} is not itself acknowledged.").format(type=row.msg_type)
            )
            return
        if self.model.is_acknowledged(alert_id):
            self.message_bar.show_message(self.tr("This alert is already acknowledged."))
            return
        self.acknowledge([alert_id])

    @Slot(list)
    def acknowledge(self, alert_ids: list[int]) -> None:
        """Acknowledge these alerts through ``console.acknowledge`` (off the GUI thread).

        The row shows "acknowledged" and its alarm stops at once; a refusal puts both back
        and says why. A second press while the first is on its way sends nothing more.
        """
        for alert_id in alert_ids:
            if self.model.is_acknowledged(alert_id):
                self.alarms.acknowledge(alert_id)
                continue
            self._mark_acknowledged(alert_id)
            self._send_ack(alert_id)

    def _send_ack(self, alert_id: int) -> None:
        self.ops.run(
            self.tr("acknowledge"),
            lambda: self.console.acknowledge(alert_id),
            on_failed=lambda: self._unmark_acknowledged(alert_id),
            announce=False,  # Console.acknowledge announces its own changes
        )

    def _unmark_acknowledged(self, alert_id: int) -> None:
        self.model.set_acknowledged(alert_id, False)
        row = self.model.alert(alert_id)
        if row is not None:
            self.alarms.consider([row], self.model.acknowledged_set())

    def _step_unacknowledged(self, step: int) -> bool:
        if self.alarm_hub is not None and step > 0:  # F8: highest priority first
            alarm = self.alarm_hub.next_alarm(self.current_alert_id())
            if alarm is not None and self.select_alert(alarm.alert_id):
                return True
        if self.queue.step_unacknowledged(step):
            return True
        self.message_bar.show_message(self.tr("No unacknowledged alerts in the queue."))
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

    @Slot(int)
    def set_text_scale(self, percent: int) -> None:
        """View → Text size: every text of the console at ``percent`` (remembered)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._settings.setValue("text_scale", apply_text_scale(app, percent))

    @Slot()
    def left_exercise(self) -> None:
        """The console left its ended exercise: real traffic only from now on."""
        self.alarms.exercise_id = None
        if self.alarm_hub is not None:
            self.alarm_hub.set_exercise(None)
        for alert_id, row in self.alarms.active.items():
            if row.exercise_id is not None:
                self.alarms.acknowledge(alert_id)
        self.no_duff.exercise_id = None
        self.exercise_state.setVisible(False)
        self.mode_badge.set_mode(None)
        self.advisories.ended.clear()
        self._show_mode()
        self.message_bar.show_message(self.tr("You left the exercise: real traffic only."))

    @Slot()
    def request_quit(self) -> None:
        """Quit (Ctrl+Q), after confirming when alarms sound or a drill runs."""
        if self._quit_confirmed():
            self._quitting = True
            self.close()

    def _quit_confirmed(self) -> bool:
        reasons = []
        if self.alarms.active:
            reasons.append(
                self.tr("{n} alarm(s) are active and unacknowledged").format(
                    n=len(self.alarms.active)
                )
            )
        panel = self.exercise_panel
        if panel is not None and str(panel.controller.state) in {"running", "paused", "no_duff"}:
            reasons.append(self.tr("this console runs the drill's controller"))
        if not reasons:
            return True
        return confirm.ask(
            self,
            self.tr("Quit Incident Desk"),
            self.tr("Quit although {reasons}? Alerts keep arriving for the other consoles.").format(
                reasons="; ".join(reasons)
            ),
            self.tr("Quit"),
        )

    @Slot()
    def toggle_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name = apply_theme(app, "light" if current_theme(app) == "dark" else "dark")
            self._settings.setValue("theme", name)
            self.map.apply_theme()

    @Slot()
    def show_notices(self) -> None:
        def show(entries: list[Any]) -> None:
            self.notices_dialog = NoticesDialog(entries, self.feed.gaps, self)
            self.notices_dialog.show()

        self.feed.read(
            lambda: list(self.store.list_quarantine(limit=500)), show, self._on_read_failed
        )

    @Slot()
    def show_help(self) -> None:
        self.help_box = help_box(self)
        self.help_box.show()

    # -- lifecycle ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.layout_keeper.on_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._quitting and not self._quit_confirmed():
            event.ignore()  # the window manager's close button: the same question as Ctrl+Q
            return
        self.layout_keeper.save()
        if self.alarm_hub is not None:
            self.alarm_hub.shutdown()
        self.ops.shutdown()
        self.feed.stop()
        self.map.remove()
        self.console.remove_listener(self.bridge.post_changes)
        super().closeEvent(event)
