"""NO DUFF detection (docs/architecture.md §5, docs/standards.md §6 rule 4).

:class:`NoDuffWatcher` is given what arrives on ``idesk/v1/actual/#`` and on the exercise's
control topic. It follows the exercise state from the control messages (or from a callable
it is given) and, while the exercise runs (or is paused: a real alert still matters then),
turns every real message that ``incident_desk.rules.is_no_duff`` names (an **Actual** CAP
Alert, Update or Cancel) on an actual ``alert`` topic into one :class:`NoDuffEvent` (QoS 1
duplicates give one event per CAP key). Acks and Errors are answers to real alerts, not new
real events, and do not trigger it; neither does a payload that does not parse as CAP
(ingest quarantines it). The console's overlay applies the same rule to what it stores.

The GUI shows the banner; the player pauses (:meth:`Player.no_duff`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from incident_desk.cap import CapError, parse
from incident_desk.errors import InputError
from incident_desk.rules import is_no_duff
from incident_desk.topics import Mode, TopicError, control_topic, parse_topic

from ._control import ExerciseState, decode_control

__all__ = ["NoDuffEvent", "NoDuffWatcher"]


@dataclass(frozen=True, slots=True)
class NoDuffEvent:
    """A real alert arrived during an exercise.

    Attributes:
        exercise_id: the exercise that is interrupted.
        topic: the actual topic it came on.
        key: the CAP key (sender, identifier, sent).
        headline: the first headline (or event) of the real alert.
        summary: one line naming it, for the control message and the banner.
    """

    exercise_id: str
    topic: str
    key: tuple[str, str, str]
    headline: str
    summary: str


class NoDuffWatcher:
    """Decides whether an incoming message is a NO DUFF event for one exercise."""

    def __init__(self, exercise_id: str, *, running: Callable[[], bool] | None = None) -> None:
        self.exercise_id = exercise_id
        self.control = control_topic(exercise_id)
        self._running = running
        self._state: ExerciseState | None = None
        self._seen: set[tuple[str, str, str]] = set()
        self._lock = threading.Lock()

    @property
    def exercise_active(self) -> bool:
        """True while the exercise runs or is held (not before STARTEX, not after ENDEX)."""
        if self._running is not None:
            return self._running()
        return self._state in {ExerciseState.RUNNING, ExerciseState.PAUSED, ExerciseState.NO_DUFF}

    def offer(self, topic: str, payload: bytes) -> NoDuffEvent | None:
        """Look at one received message; return the NO DUFF event it causes, if any."""
        if topic == self.control:
            try:
                message = decode_control(payload, topic=topic)
            except InputError:
                return None
            with self._lock:
                self._state = None if message is None else message.state
            return None
        try:
            parsed = parse_topic(topic)
        except TopicError:
            return None
        if parsed.mode is not Mode.ACTUAL or parsed.kind != "alert":
            return None
        try:
            alert = parse(payload)
        except CapError:
            return None
        if not is_no_duff(status=alert.status, msg_type=alert.msg_type, exercise_id=None):
            return None
        with self._lock:
            if not self.exercise_active or alert.key() in self._seen:
                return None
            self._seen.add(alert.key())
        info = alert.first_info
        headline = (info.headline or info.event) if info is not None else alert.identifier
        summary = (
            f"NO DUFF: real {alert.msg_type.value} from {alert.sender} "
            f"({parsed.country}/{parsed.agency}) {alert.identifier}: {headline}"
        )
        return NoDuffEvent(self.exercise_id, topic, alert.key(), headline, summary)
