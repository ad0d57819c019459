"""The joined exercise in the window: control state, NO DUFF, and the controller's panel.

Every console joined to an exercise shows the exercise's control state in the status bar and
covers itself with the NO DUFF overlay when a real alert arrives (or the control topic says
NO DUFF). A workstation that also runs the exercise controller gets the controller panel
(MSEL, clock, injects, AAR) in a dock with its own "Exercise" menu. Control messages cross to
the GUI thread through the window's ``BusBridge``, once, so the status text and the overlay
change in the same event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDockWidget

from incident_desk.ui.exercise_panel import ExercisePanel
from incident_desk.ui.exercise_state import ExerciseStateLabel
from incident_desk.ui.noduff import NoDuffGuard, NoDuffOverlay
from incident_desk.ui.shortcuts import build_exercise_actions


class ExerciseWiring(QObject):
    """Builds the window's exercise parts.

    Attributes:
        overlay / guard: the NO DUFF overlay and what drives it.
        state_label: the exercise state in the status bar.
        panel / dock: the controller panel and its dock (None unless this workstation runs
            the exercise controller).
    """

    def __init__(self, window: Any, link: Any | None) -> None:
        super().__init__(window)
        self.window = window
        joined = window.console.exercise_id
        self.overlay = NoDuffOverlay(window)
        self.guard = NoDuffGuard(joined, window.alarms, self.overlay, self)
        self.overlay.acknowledge_requested.connect(window.acknowledge)
        self.state_label = ExerciseStateLabel(joined)
        # beside the mode badge, which names the exercise: "EXERCISE EX-… | running ×20 …"
        window.statusBar().insertWidget(1, self.state_label)
        self.panel: ExercisePanel | None = None
        self.dock: QDockWidget | None = None
        if link is None:
            return
        # one hop to the GUI thread: the status text and the overlay change in the same event
        window.bridge.control_received.connect(self.state_label.set_control)
        window.bridge.control_received.connect(self.guard.on_control)
        link.add_control_listener(window.bridge.post_control)
        self.state_label.clock = lambda: link.clock.scenario_seconds(datetime.now(UTC))
        # the detail pane reads the joined exercise's injects as "EX T+…" from its STARTEX
        window.detail.exercise_start = lambda exercise_id: (
            link.clock.start if exercise_id == link.exercise_id else None
        )
        if link.last_control is not None:
            window.bridge.post_control(link.last_control)
        if link.controller is None:
            return
        self.state_label.set_controller(link.controller)
        self.panel = ExercisePanel(
            link.controller,
            window.console.store,
            read=lambda call, done, failed: window.feed.read(call, done, failed),
        )
        self.dock = window.add_dock(
            "exercise_dock",
            self.tr("Exercise control"),
            self.panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.panel.message_requested.connect(window.message_bar.show_message)
        self.panel.message_withdrawn.connect(self._withdraw_message)
        # one exercise clock on screen: the status bar shows what the panel's clock shows
        self.panel.clock_shown.connect(self.state_label.show_clock)
        self.panel.refresh_clock()
        window.bridge.changes_applied.connect(self.panel.on_changes_applied)

    def install_actions(self) -> dict[str, Any]:
        """The controller panel's shortcuts and menu (none without a controller)."""
        if self.panel is None or self.dock is None:
            return {}
        return build_exercise_actions(self.window, self.panel.action_slots(), (self.dock,))

    @Slot(str)
    def _withdraw_message(self, text: str) -> None:
        """The panel's line no longer holds (the NO DUFF hold ended): the message bar drops
        it, unless it shows another line since."""
        bar = self.window.message_bar
        if bar.isVisible() and bar.label.text() == text:
            bar.dismiss()

    @Slot(list)
    def feed(self, rows: list[Any]) -> None:
        """New alerts that arrived while the window is open (NO DUFF looks at them)."""
        self.guard.feed(rows)
