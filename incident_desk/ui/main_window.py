"""The console's main window: a composition of the parts an operator works with.

Thin by design: it builds the parts and lets each module wire its own. What the window shows
comes from its ``StoreFeed`` (background reads, typed deltas) applied by ``feed_view``; what
the operator does is a core call through its ``OpRunner`` (off the GUI thread; errors in
plain words; the call's changes announced to every view): acknowledgement, F8 and selection in
``alert_actions``, quit/theme/text size/notices/mode in ``window_actions``. Each dock is wired
in its own module (``map_wiring``, ``command_wiring``, ``exercise_wiring``) and the layout is
kept by ``layout.WindowLayout``. The window talks to the core through
``console_port.ConsolePort``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incident_desk.alarms import AlarmBoard
from incident_desk.ui.advisories import Advisories
from incident_desk.ui.alarm import AlarmBanner, AlarmController
from incident_desk.ui.alarm_hub import AlarmHub
from incident_desk.ui.alert_actions import AlertActions
from incident_desk.ui.banners import BrokerBanner, DatabaseBanner, MessageBar
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.cap_reading_wiring import CapReadingWiring
from incident_desk.ui.command_wiring import CommandWiring
from incident_desk.ui.console_port import ConsolePort, ExerciseLinkPort, visible
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.exercise_wiring import ExerciseWiring
from incident_desk.ui.feed_view import FeedView
from incident_desk.ui.incident_board import IncidentBoardWidget
from incident_desk.ui.layout import WindowLayout, open_settings
from incident_desk.ui.map_wiring import MapWiring
from incident_desk.ui.notices import NoticeButton
from incident_desk.ui.ops import OpRunner
from incident_desk.ui.queue import AlertQueue
from incident_desk.ui.shortcuts import build_actions
from incident_desk.ui.status import (
    ConnectionIndicator,
    DatabaseLabel,
    ModeBadge,
    OutboxIndicator,
    RateIndicator,
)
from incident_desk.ui.timeline import TimelinePane
from incident_desk.ui.window_actions import WindowActions

__all__ = ["MainWindow", "open_settings"]


class MainWindow(QMainWindow):
    """The operator console.

    Attributes:
        console: the core ``Console`` (``ConsolePort``) every action calls.
        feed: the background store reads (``feed_view`` applies them). ops: operator actions.
        model / proxy / view: the alert queue. detail: the selected alert.
        alarms: the ``AlarmController``; actions_by_name: ``QAction``s by name.
        alert_actions: acknowledge, F8, selection. window_actions: quit, theme, notices, mode.
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
        self.settings = settings or open_settings()
        self.ops = OpRunner(console.emit, self)
        console.add_listener(bridge.post_changes)  # this console's writes reach this window

        # queue and detail share the centre; the selected alert gets as much room as the queue
        self.queue = AlertQueue()
        self.model, self.proxy, self.view = self.queue.model, self.queue.proxy, self.queue.view
        self.filter_bar = self.queue.filter_bar
        self.detail = AlertDetail(self.store, languages)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("central_splitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.alarms = AlarmController(console.exercise_id, sound=sound, parent=self)
        self.alarm_banner = AlarmBanner(self.alarms)
        self.alarm_hub: AlarmHub | None = None
        if alarm_board is not None:  # ISA-18.2 alarms of the core, with panel and sounds
            self.alarm_hub = AlarmHub(
                alarm_board, operator=console.identity.operator, sound=sound, parent=self
            )
            self.alarms.attach(self.alarm_hub)
        self._build_status_bar(db_label, broker_label)
        self.window_actions = WindowActions(self)
        self.show_notices = self.window_actions.show_notices
        self.toggle_theme = self.window_actions.toggle_theme
        self.left_exercise = self.window_actions.left_exercise
        self._build_centre()
        self.ops.failed.connect(self.message_bar.show_message)

        # docks
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.incident_board = IncidentBoardWidget(
            console,
            self.queue.current_alert_id,
            lambda rows: visible(rows, console.exercise_id),
            ops=self.ops,
        )
        self.incidents_dock = self.add_dock(
            "incidents_dock", self.tr("Incidents"), self.incident_board, left
        )
        self.incident_board.message_requested.connect(self.message_bar.show_message)
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
            self.alarm_hub.problem.connect(
                lambda text: self.message_bar.show_message(text, "error")
            )
        self.alert_actions = a = AlertActions(self)
        self.select_alert, self.current_alert_id = a.select_alert, a.current_alert_id
        self.acknowledge, self.acknowledge_selected = a.acknowledge, a.acknowledge_selected
        self.select_next_unacknowledged = a.select_next_unacknowledged
        self.command = CommandWiring(self)
        self.units_panel, self.command_panel = self.command.units_panel, self.command.command_panel
        self.units_dock, self.command_dock = self.command.units_dock, self.command.command_dock
        self.incident_drop = self.command.incident_drop
        self.command_drop = self.command.command_drop
        self.exercise = ExerciseWiring(self, exercise_link)
        self.no_duff_overlay, self.no_duff = self.exercise.overlay, self.exercise.guard
        self.exercise_state = self.exercise.state_label
        self.exercise_panel, self.exercise_dock = self.exercise.panel, self.exercise.dock
        self._build_actions()
        self.window_actions.show_mode()
        self.advisories.check_directory()

        # the store feed: everything shown comes from its background reads
        self.feed_view = FeedView(self)
        self.feed = self.feed_view.feed
        self.cap_reading = CapReadingWiring(self)  # banner in the operator's language; ⚠ count
        bridge.connection_changed.connect(self.connection.set_state)
        bridge.connection_changed.connect(self.broker_banner.set_state)
        bridge.control_received.connect(self.advisories.on_control)
        self.alarms.state_changed.connect(self.window_actions.sync_mute_action)
        self.layout_keeper = WindowLayout(self, self.settings)
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

    def _build_status_bar(self, db_label: str, broker_label: str) -> None:
        self.mode_badge = ModeBadge(self.console.exercise_id)
        self.connection = ConnectionIndicator(broker_label)
        self.rate = RateIndicator()
        self.notice_button = NoticeButton()
        self.outbox_indicator = OutboxIndicator()
        self.database_label = DatabaseLabel(db_label)
        status = self.statusBar()
        left: tuple[QWidget, ...] = (self.mode_badge, self.connection, self.rate)
        right: tuple[QWidget, ...] = (
            self.outbox_indicator,
            self.notice_button,
            self.database_label,
        )
        for widget in left:
            status.addWidget(widget)
        for widget in right:
            status.addPermanentWidget(widget)

    def _build_centre(self) -> None:
        """The banners above the queue and detail (most urgent first)."""
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

    def _build_actions(self) -> None:
        acts = self.alert_actions
        slots = {
            "acknowledge": acts.acknowledge_selected,
            "focus_filter": self.filter_bar.focus_text,
            "next_unacknowledged": acts.select_next_unacknowledged,
            "previous_unacknowledged": acts.select_previous_unacknowledged,
            "mute": self.alarms.toggle_mute,
            "toggle_theme": self.window_actions.toggle_theme,
            "show_notices": self.window_actions.show_notices,
            "search_alerts": self.window_actions.show_search,
            "help": self.window_actions.show_help,
            **self.incident_board.action_slots(),
            **self.command.action_slots(),
            "load_directory": self.advisories.choose_directory,
            "quit": self.window_actions.request_quit,
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
        self.actions_by_name.update(self.window_actions.add_view_menu())

    @property
    def map_view(self) -> Any:
        """The live map page (None until it is built, just after the first paint, and in
        fake-core tests without a map)."""
        return self.map.view

    @property
    def is_loaded(self) -> bool:
        """True once the initial fill has reached the newest stored alert."""
        return not self.feed.loading

    @property
    def refresh_count(self) -> int:
        return self.feed.refresh_count

    # -- lifecycle ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.layout_keeper.on_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        quitting = self.window_actions.quitting
        if event.spontaneous() and not quitting and not self.window_actions.quit_confirmed():
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
