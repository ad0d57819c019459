"""The glue between the console's change records and the alarm board, panel and sound.

``AlarmHub`` owns an ``AlarmBoard`` (core), the ``AlarmPanel`` dock and the
``PrioritySound``; it feeds the board every ``Changes`` of the app, ticks it once a second
(expiry, timed shelves, end of flood) and hands every ``AlarmChanges`` to the panel, the
sound and whoever listens on ``alarms_changed`` (the banner, the queue's styling).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from incident_desk.alarms import Alarm, AlarmBoard, AlarmChanges
from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.exercise import ControlMessage, ExerciseState
from incident_desk.ui.alarm_panel import AlarmPanel
from incident_desk.ui.alarm_sound import PrioritySound

log = logging.getLogger("incident_desk.ui")
TICK_MS = 1000


class AlarmHub(QObject):
    """Board, panel and sound of one console, wired together.

    Attributes:
        board: the core ``AlarmBoard``; ask it (``annunciating()``, ``is_active(alert_id)``,
            ``alarm_for(alert_id)``) what to show.
        panel: the dock widget to add to the window.
        sound: the per-priority sound (``set_muted`` for the mute button).

    Signals:
        alarms_changed: the board changed; argument: the ``AlarmChanges``.
        alert_requested: the panel asks to show an alert; argument: the alert id.
        problem: the board could not read or write the store; argument: plain words.
    """

    alarms_changed = Signal(object)
    alert_requested = Signal(int)
    problem = Signal(str)

    def __init__(
        self,
        board: AlarmBoard,
        *,
        operator: str,
        sound: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.panel = AlarmPanel(board, operator, parent)
        self.sound = PrioritySound(board, sound=sound, parent=self)
        self.panel.alert_requested.connect(self.alert_requested)
        self.panel.alarms_changed.connect(self._dispatch)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self, history: timedelta | None = timedelta(days=7)) -> None:
        """Rebuild the alarms from the store, then tick once a second."""
        self._run(lambda: self.board.load(history))
        self._timer.start()

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Connect to the app's change-record signal (only ``alerts`` matters here)."""
        if changes.alerts:
            self._run(lambda: self.board.apply(changes))

    @Slot()
    def tick(self) -> None:
        self._run(self.board.tick)

    def endex(self, exercise_id: str, by: str, at: datetime | None = None) -> None:
        """ENDEX of ``exercise_id`` was heard or declared: its alarms return to normal."""
        self._run(lambda: self.board.endex(exercise_id, by=by, at=at))

    @Slot(object)
    def on_control(self, message: ControlMessage) -> None:
        """Connect to ``BusBridge.control_received``: an ENDEX ends that exercise's alarms
        (any exercise's: alarms of other exercises are suppressed here anyway)."""
        if message.state is ExerciseState.ENDED:
            self.endex(message.exercise, message.by, message.at)

    def set_exercise(self, exercise_id: str | None) -> None:
        self._run(lambda: self.board.set_exercise(exercise_id))

    def next_alarm(self, current_alert_id: int | None = None) -> Alarm | None:
        """F8: the next unacknowledged alarm after the one of the selected alert, by priority."""
        current = None
        if current_alert_id is not None:
            found = self.board.alarm_for(current_alert_id)
            current = found.id if found is not None else None
        return self.board.next_unacknowledged(after=current)

    def _run(self, call: Callable[[], AlarmChanges]) -> None:
        try:
            changes = call()
        except IncidentDeskError as exc:
            log.warning("alarms: %s", exc)
            self.problem.emit(str(exc))
            return
        self._dispatch(changes)

    @Slot(object)
    def _dispatch(self, changes: AlarmChanges) -> None:
        if not changes:
            return
        self.sound.on_changes(changes)
        self.panel.on_changes(changes)
        self.alarms_changed.emit(changes)
