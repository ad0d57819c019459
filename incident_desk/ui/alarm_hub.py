"""The glue between the console's change records and the alarm board, panel and sound.

``AlarmHub`` owns an ``AlarmBoard`` (core), the ``AlarmPanel`` dock and the
``PrioritySound``; it feeds the board every ``Changes`` of the app, ticks it once a second
(expiry, timed shelves, end of flood) and hands every ``AlarmChanges`` to the panel, the
sound and whoever listens on ``alarms_changed`` (the banner, the queue's styling).

Everything that reads or writes the store (feeding, ticks, shelving, the panel's KPIs) runs
on the hub's own worker thread, one call after another. The GUI's readers (panel, sound,
banner, F8) ask the board directly: its lock guards only its memory and is never held while
it waits for the store, so the GUI thread never waits behind SQLite (see
``incident_desk/alarms/_board.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

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
CHUNK = 200  # alert ids per board call (memory work under the board's lock: a few ms)


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
    _done = Signal(object, object)  # (callback, result) from the worker

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
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="idesk-alarms"
        )
        self._done.connect(self._deliver)
        self.panel = AlarmPanel(board, operator, parent, run=self.submit)
        self.sound = PrioritySound(board, sound=sound, parent=self)
        self.panel.alert_requested.connect(self.alert_requested)
        self.panel.alarms_changed.connect(self._dispatch)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(
        self, history: timedelta | None = timedelta(days=7), newest: int | None = 5_000
    ) -> None:
        """Rebuild the alarms from the store (on the worker), then tick once a second. The
        replay takes at most the ``newest`` alerts of ``history``: a busy week is 100,000
        alerts, seconds of Python that would starve the GUI thread of the interpreter lock."""
        self._run(lambda: self.board.load(history, newest=newest))
        self._timer.start()

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Connect to the app's change-record signal (only ``alerts`` matters here)."""
        ids = list(changes.alerts)
        for start in range(0, len(ids), CHUNK):
            self._apply(ids[start : start + CHUNK])

    def _apply(self, chunk: list[int]) -> None:
        self._run(lambda: self.board.apply(chunk))

    @Slot()
    def tick(self) -> None:
        self._run(self.board.tick)

    def endex(self, exercise_id: str, by: str) -> None:
        """ENDEX of ``exercise_id`` was heard or declared: its alarms return to normal now."""
        self._run(lambda: self.board.endex(exercise_id, by=by))

    @Slot(object)
    def on_control(self, message: ControlMessage) -> None:
        """Connect to ``BusBridge.control_received``: an ENDEX ends that exercise's alarms
        (any exercise's: alarms of other exercises are suppressed here anyway), at the wall
        instant it is heard (the message's ``at`` is on the exercise clock: at ×20 an ENDEX
        at T+01:00:00 is three wall minutes after STARTEX, not an hour)."""
        if message.state is ExerciseState.ENDED:
            self.endex(message.exercise, message.by)

    def set_exercise(self, exercise_id: str | None) -> None:
        self._run(lambda: self.board.set_exercise(exercise_id))

    def next_alarm(self, current_alert_id: int | None = None) -> Alarm | None:
        """F8: the next unacknowledged alarm after the one of the selected alert, by priority."""
        current = None
        if current_alert_id is not None:
            found = self.board.alarm_for(current_alert_id)
            current = found.id if found is not None else None
        found_next: Alarm | None = self.board.next_unacknowledged(after=current)
        return found_next

    def _run(self, call: Callable[[], AlarmChanges]) -> None:
        """Run one board call on the worker; its changes go to the panel, sound and banner."""
        self.submit(call, self._on_done)

    def submit(self, call: Callable[[], Any], done: Callable[[object], None]) -> None:
        """Run ``call`` on the worker, after what is queued; ``done`` gets its result, or the
        ``IncidentDeskError`` it raised, on the GUI thread. A bug is logged with its
        traceback and delivers nothing (the alarms go on)."""
        if self._executor is None:
            return

        def work() -> None:
            try:
                result: object = call()
            except IncidentDeskError as exc:
                result = exc
            except Exception:
                log.exception("alarm board call failed")
                return
            self._done.emit(done, result)

        self._executor.submit(work)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every queued board call ran (tests, shutdown)."""
        if self._executor is None:
            return True
        return self._executor.submit(lambda: None).exception(timeout) is None

    def shutdown(self) -> None:
        """Finish what is queued; no result is delivered afterwards."""
        executor, self._executor = self._executor, None
        self._timer.stop()
        if executor is not None:
            executor.shutdown(wait=True)

    @Slot(object, object)
    def _deliver(self, done: Callable[[object], None], result: object) -> None:
        if self._executor is not None:  # nothing is delivered after shutdown
            done(result)

    def _on_done(self, result: object) -> None:
        if isinstance(result, IncidentDeskError):
            log.warning("alarms: %s", result)
            self.problem.emit(str(result))
        elif isinstance(result, AlarmChanges):
            self._dispatch(result)

    @Slot(object)
    def _dispatch(self, changes: AlarmChanges) -> None:
        if not changes:
            return
        self.sound.on_changes(changes)
        self.panel.on_changes(changes)
        self.alarms_changed.emit(changes)
