"""The glue between the console's change records and the alarm board, panel and sound.

``AlarmHub`` owns an ``AlarmBoard`` (core), the ``AlarmPanel`` dock and the
``PrioritySound``; it feeds the board every ``Changes`` of the app, ticks it once a second
(expiry, timed shelves, end of flood) and hands every ``AlarmChanges`` to the panel, the
sound and whoever listens on ``alarms_changed`` (the banner, the queue's styling).

The board reads and writes the store, so it is fed on the hub's own worker thread (the
start-up replay of a busy week took seconds; 500 alerts/s took the GUI thread's time), in
small chunks under one lock; the GUI's readers (panel, sound, banner, F8) go through
``LockedBoard``, which takes the same lock for each call, so a reader never waits longer
than one chunk.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any, cast

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
CHUNK = 10  # alert ids applied per lock hold (a GUI reader waits at most one chunk)


class LockedBoard:
    """An ``AlarmBoard`` whose every method call holds the hub's lock (for GUI readers).
    Plain attributes (``store``, ``console``, ``exercise_id``, ``clock``) pass through."""

    _PASS = frozenset({"clock"})

    def __init__(self, board: AlarmBoard, lock: threading.RLock) -> None:
        self._board = board
        self._lock = lock

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._board, name)
        if not callable(value) or name in self._PASS:
            return value

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return value(*args, **kwargs)

        return locked


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
    _done = Signal(object)  # AlarmChanges or a problem text, from the worker

    def __init__(
        self,
        board: AlarmBoard,
        *,
        operator: str,
        sound: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = threading.RLock()
        self._raw = board
        self.board: Any = LockedBoard(board, self._lock)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="idesk-alarms"
        )
        self._done.connect(self._on_done)
        locked = cast(AlarmBoard, self.board)  # the same face, every call under the lock
        self.panel = AlarmPanel(locked, operator, parent)
        self.sound = PrioritySound(locked, sound=sound, parent=self)
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
        self._run(lambda: self._raw.load(history, newest=newest))
        self._timer.start()

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Connect to the app's change-record signal (only ``alerts`` matters here)."""
        ids = list(changes.alerts)
        for start in range(0, len(ids), CHUNK):
            self._apply(ids[start : start + CHUNK])

    def _apply(self, chunk: list[int]) -> None:
        self._run(lambda: self._raw.apply(chunk))

    @Slot()
    def tick(self) -> None:
        self._run(self._raw.tick)

    def endex(self, exercise_id: str, by: str, at: datetime | None = None) -> None:
        """ENDEX of ``exercise_id`` was heard or declared: its alarms return to normal."""
        self._run(lambda: self._raw.endex(exercise_id, by=by, at=at))

    @Slot(object)
    def on_control(self, message: ControlMessage) -> None:
        """Connect to ``BusBridge.control_received``: an ENDEX ends that exercise's alarms
        (any exercise's: alarms of other exercises are suppressed here anyway)."""
        if message.state is ExerciseState.ENDED:
            self.endex(message.exercise, message.by, message.at)

    def set_exercise(self, exercise_id: str | None) -> None:
        self._run(lambda: self._raw.set_exercise(exercise_id))

    def next_alarm(self, current_alert_id: int | None = None) -> Alarm | None:
        """F8: the next unacknowledged alarm after the one of the selected alert, by priority."""
        current = None
        if current_alert_id is not None:
            found = self.board.alarm_for(current_alert_id)
            current = found.id if found is not None else None
        found_next: Alarm | None = self.board.next_unacknowledged(after=current)
        return found_next

    def _run(self, call: Callable[[], AlarmChanges]) -> None:
        """Run one board call on the worker, under the lock; its result comes back to the
        GUI thread (``_on_done``)."""
        if self._executor is None:
            return

        def work() -> None:
            try:
                with self._lock:
                    changes = call()
            except IncidentDeskError as exc:
                log.warning("alarms: %s", exc)
                self._done.emit(str(exc))
                return
            except Exception:  # a bug: logged with its traceback, the alarms go on
                log.exception("alarm board call failed")
                return
            self._done.emit(changes)

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

    @Slot(object)
    def _on_done(self, result: object) -> None:
        if isinstance(result, str):
            self.problem.emit(result)
        elif isinstance(result, AlarmChanges):
            self._dispatch(result)

    @Slot(object)
    def _dispatch(self, changes: AlarmChanges) -> None:
        if not changes:
            return
        self.sound.on_changes(changes)
        self.panel.on_changes(changes)
        self.alarms_changed.emit(changes)
