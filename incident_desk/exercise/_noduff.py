"""NO DUFF detection (docs/architecture.md §5, docs/standards.md §6 rule 4).

:class:`NoDuffWatcher` is given what arrives on ``idesk/v1/actual/#`` and on the exercise's
control topic. It follows the exercise state from the control messages (or from a callable
it is given) and, while the exercise runs (or is paused: a real alert still matters then),
turns every real message that ``incident_desk.rules.is_no_duff`` names (an **Actual** CAP
Alert, Update or Cancel) on an actual ``alert`` topic into one :class:`NoDuffEvent` (QoS 1
duplicates give one event per CAP key). Acks and Errors are answers to real alerts, not new
real events, and do not trigger it; neither does a payload that does not parse as CAP
(ingest quarantines it). The console's overlay applies the same rule to what it stores.

The GUI shows the banner; the player pauses (:meth:`Player.no_duff`). The event's
``summary`` is English (the control topic's ``reason``, the logs); its ``message`` is the
same sentence as a message id with its arguments (``incident_desk/messages.py``), which the
window renders in the reader's language. :func:`no_duff_reason` reads a control message's
reason back into that message id (a console that only heard the control topic), as
``ingest/_reasons.py`` reads quarantine reasons.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from incident_desk.cap import CapError, parse
from incident_desk.errors import InputError
from incident_desk.messages import QT_TRANSLATE_NOOP, Message
from incident_desk.rules import is_no_duff
from incident_desk.topics import Mode, TopicError, control_topic, parse_topic

from ._control import ExerciseState, decode_control

__all__ = ["NoDuffEvent", "NoDuffWatcher", "no_duff_message", "no_duff_reason"]

#: the sentence naming the real alert (``{type}``: a CAP message type, translated as the CAP
#: word it is; the rest is data)
SUMMARY = QT_TRANSLATE_NOOP(
    "core", "NO DUFF: real {type} from {sender} ({country}/{agency}) {identifier}: {headline}"
)
_SUMMARY = re.compile(
    r"NO DUFF: real (?P<msg_type>\w+) from (?P<sender>\S+) \((?P<country>[^/()\s]+)/"
    r"(?P<agency>[^/()\s]+)\) (?P<identifier>\S+): (?P<headline>.*)",
    re.DOTALL,
)


def no_duff_message(
    msg_type: str, sender: str, country: str, agency: str, identifier: str, headline: str
) -> Message:
    """The NO DUFF sentence for one real alert (its English text is ``NoDuffEvent.summary``)."""
    return Message(
        SUMMARY,
        {
            "type": {"id": msg_type, "ctx": "CAP"},  # "Alert": CAP's word, in the reader's
            "sender": sender,
            "country": country,
            "agency": agency,
            "identifier": identifier,
            "headline": headline,
        },
    )


def no_duff_reason(reason: str) -> Message:
    """A NO_DUFF control message's ``reason`` as a message id: the watcher's sentence read
    back into its arguments; any other reason (a controller's own words) as written."""
    found = _SUMMARY.fullmatch(reason)
    if found is None:
        return Message("{reason}", {"reason": reason})
    return no_duff_message(**found.groupdict())


@dataclass(frozen=True, slots=True)
class NoDuffEvent:
    """A real alert arrived during an exercise.

    Attributes:
        exercise_id: the exercise that is interrupted.
        topic: the actual topic it came on.
        key: the CAP key (sender, identifier, sent).
        headline: the first headline (or event) of the real alert.
        summary: one line naming it, in English: the control message's reason, the logs.
        message: the same line as a message id with its arguments (the window's words).
    """

    exercise_id: str
    topic: str
    key: tuple[str, str, str]
    headline: str
    summary: str
    message: Message | None = None


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
        said = no_duff_message(
            alert.msg_type.value,
            alert.sender,
            str(parsed.country),
            str(parsed.agency),
            alert.identifier,
            headline,
        )
        return NoDuffEvent(self.exercise_id, topic, alert.key(), headline, said.text, said)
