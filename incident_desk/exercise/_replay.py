"""Recordings of bus traffic and their replay, always into an exercise (docs/architecture.md §6).

A recording is JSON lines: a header ``{"schema": "idesk.recording/1", "started_at": ISO, ...}``
then one object per message: ``t`` (seconds since the recording started), ``topic``,
``payload`` (base64), ``qos``, ``retain``, ``user_properties`` ([[name, value], ...]),
``content_type``, ``message_expiry``.

Replay rewrites every message into exercise ``{ID}`` before the separation guard sees it:

- topic ``idesk/v1/actual/{c}/{a}/...`` (also ``test/`` and another exercise's tree) →
  ``idesk/v1/exercise/{ID}/{c}/{a}/...``; control topics and non-v1 topics are skipped;
- CAP (alert and ack topics): ``status`` → Exercise, headline and description prefixed
  ``EXERCISE EXERCISE EXERCISE``, ``note`` opening with the exercise id, any signature dropped
  (it would no longer verify), re-serialised with ``cap.dumps``; the CAP key is unchanged, so
  Acks still reference their alerts. A payload that does not parse is skipped with a warning;
- JSON (unit and command topics): the object's ``exercise`` field is set to ``{ID}``; unit
  states stay retained. A payload that is not a JSON object is skipped.

Alerts whose CAP ``expires`` has passed are refused by the bus adapter (docs/standards.md §7.2) and
reported as skipped: replay old recordings soon, or re-time them first.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from incident_desk.cap import Alert, CapError, Status, dumps, parse
from incident_desk.errors import IncidentDeskError, InputError
from incident_desk.limits import MAX_RECORDING_BYTES, MAX_RECORDING_LINE_BYTES, read_text_limited
from incident_desk.scenario import EXERCISE_PREFIX
from incident_desk.topics import Mode, Topic, TopicError, format_topic, parse_topic

from ._guard import assert_exercise_topic
from ._messages import UNIT_EXPIRY_S, PublishedMessage, PublishPort, encode_json, send

__all__ = [
    "RECORDING_SCHEMA",
    "RecordedMessage",
    "ReplayResult",
    "Replayer",
    "read_recording",
    "recording_header",
    "recording_line",
    "rewrite_cap",
    "rewrite_for_exercise",
    "rewrite_topic",
]

log = logging.getLogger(__name__)

RECORDING_SCHEMA = "idesk.recording/1"


@dataclass(frozen=True, slots=True)
class RecordedMessage:
    """One recorded message."""

    t: float
    topic: str
    payload: bytes
    qos: int = 1
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    content_type: str | None = None
    message_expiry: int | None = None


def recording_header(started_at: datetime, **extra: Any) -> str:
    data = {"schema": RECORDING_SCHEMA, "started_at": started_at.isoformat(), **extra}
    return json.dumps(data, sort_keys=True) + "\n"


def recording_line(message: RecordedMessage) -> str:
    data = {
        "t": round(message.t, 6),
        "topic": message.topic,
        "payload": base64.b64encode(message.payload).decode("ascii"),
        "qos": message.qos,
        "retain": message.retain,
        "user_properties": [list(p) for p in message.user_properties],
        "content_type": message.content_type,
        "message_expiry": message.message_expiry,
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n"


#: the longest a recording may span (``t`` of its last message): a year
MAX_RECORDING_SPAN_S = 366 * 86400
#: the largest MQTT message expiry interval (a four-byte integer)
MAX_EXPIRY_S = 2**32 - 1


class _BadMessage(Exception):
    """A recorded message that cannot be replayed (the text says why, in plain words)."""


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _recorded(data: dict[str, Any]) -> RecordedMessage:
    """One line's object as a message, every field checked (``_BadMessage`` says which)."""
    for key in ("t", "topic", "payload"):
        if key not in data:
            raise _BadMessage(f"the recorded message has no {key!r}")
    t = data["t"]
    if not _number(t):
        raise _BadMessage(f"'t' must be a number of seconds, not {t!r}")
    if not (math.isfinite(t) and 0 <= t <= MAX_RECORDING_SPAN_S):
        raise _BadMessage(
            f"'t' must be between 0 and {MAX_RECORDING_SPAN_S} seconds since the recording "
            f"started, not {t!r}"
        )
    topic = data["topic"]
    if not isinstance(topic, str) or not topic:
        raise _BadMessage(f"'topic' must be a topic name, not {topic!r}")
    payload = data["payload"]
    if not isinstance(payload, str):
        raise _BadMessage(f"'payload' must be base64 text, not {payload!r}")
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _BadMessage("'payload' is not valid base64") from None
    qos = data.get("qos", 1)
    if qos not in (0, 1, 2) or isinstance(qos, bool):
        raise _BadMessage(f"'qos' must be 0, 1 or 2, not {qos!r}")
    retain = data.get("retain", False)
    if not isinstance(retain, bool):
        raise _BadMessage(f"'retain' must be true or false, not {retain!r}")
    pairs = data.get("user_properties") or []
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
    ):
        raise _BadMessage("'user_properties' must be a list of [name, value] text pairs")
    content_type = data.get("content_type")
    if content_type is not None and not isinstance(content_type, str):
        raise _BadMessage(f"'content_type' must be text or null, not {content_type!r}")
    expiry = data.get("message_expiry")
    if expiry is not None and not (
        isinstance(expiry, int) and not isinstance(expiry, bool) and 0 <= expiry <= MAX_EXPIRY_S
    ):
        raise _BadMessage(
            f"'message_expiry' must be whole seconds from 0 to {MAX_EXPIRY_S} or null, "
            f"not {expiry!r}"
        )
    return RecordedMessage(
        t=float(t),
        topic=topic,
        payload=raw,
        qos=int(qos),
        retain=retain,
        user_properties=tuple((k, v) for k, v in pairs),
        content_type=content_type,
        message_expiry=expiry,
    )


def read_recording(path: str | Path) -> list[RecordedMessage]:
    """Read a recording, every line checked before anything is replayed; a bad line is an
    ``InputError`` naming the file, the line and the problem."""
    name = str(path)
    lines = read_text_limited(path, MAX_RECORDING_BYTES, "a recording").splitlines()
    out: list[RecordedMessage] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_RECORDING_LINE_BYTES:
            raise InputError(
                f"the line is over the {MAX_RECORDING_LINE_BYTES >> 20} MiB limit for one "
                "recorded message",
                source=name,
                line=number,
            )
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            raise InputError(f"not JSON: {exc}", source=name, line=number) from None
        if not isinstance(data, dict):
            raise InputError("expected a JSON object", source=name, line=number)
        if "schema" in data:
            if data["schema"] != RECORDING_SCHEMA:
                raise InputError(
                    f"not an {RECORDING_SCHEMA} file (schema {data['schema']!r})",
                    source=name,
                    line=number,
                )
            continue
        try:
            out.append(_recorded(data))
        except _BadMessage as exc:
            raise InputError(str(exc), source=name, line=number) from None
    return out


def rewrite_topic(topic: str, exercise_id: str) -> str | None:
    """The same agency topic inside exercise ``exercise_id``; None for what is not replayed."""
    try:
        parsed = parse_topic(topic)
    except TopicError:
        return None
    if parsed.kind == "control":
        return None
    return format_topic(
        Topic(
            Mode.EXERCISE,
            exercise_id,
            parsed.country,
            parsed.agency,
            parsed.kind,
            parsed.unit_id,
        )
    )


def _prefixed(text: str | None) -> str:
    text = (text or "").strip()
    if text.startswith(EXERCISE_PREFIX):
        return text
    return f"{EXERCISE_PREFIX} {text}".rstrip()


def rewrite_cap(raw: bytes, exercise_id: str) -> Alert:
    """Parse CAP and mark it as exercise ``exercise_id`` (raises ``CapError`` if unparseable)."""
    alert = parse(raw)
    tokens = (alert.note or "").split()
    if tokens and tokens[0] == exercise_id:
        note = alert.note
    else:
        note = f"{exercise_id} replay" + (f": {alert.note.strip()}" if alert.note else "")
    infos = tuple(
        info.model_copy(
            update={
                "headline": _prefixed(info.headline),
                "description": None if info.description is None else _prefixed(info.description),
            }
        )
        for info in alert.infos
    )
    return alert.model_copy(
        update={"status": Status.EXERCISE, "note": note, "infos": infos, "signature": None}
    )


def rewrite_for_exercise(
    message: RecordedMessage, exercise_id: str
) -> tuple[PublishedMessage, Alert | dict[str, Any]]:
    """One recorded message as exercise content (guard checked).

    Raises:
        InputError: the message cannot be replayed (reason in the text): skipped.
        SeparationError: the rewritten message would still leave the exercise.
    """
    topic = rewrite_topic(message.topic, exercise_id)
    if topic is None:
        raise InputError("not a v1 agency topic; not replayed", source=message.topic)
    kind = parse_topic(topic).kind
    if kind in {"alert", "ack"}:
        try:
            alert = rewrite_cap(message.payload, exercise_id)
        except CapError as exc:
            raise InputError(f"CAP does not parse: {exc}", source=message.topic) from None
        assert_exercise_topic(topic, exercise_id, cap=alert)
        sender, identifier, sent = alert.key()
        return (
            PublishedMessage(
                topic=topic,
                payload=dumps(alert),
                retain=False,
                kind="cap",
                sender=sender,
                identifier=identifier,
                sent=sent,
                expires=alert.expires_utc(),
            ),
            alert,
        )
    try:
        data = json.loads(message.payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InputError("payload is not JSON; not replayed", source=message.topic) from None
    if not isinstance(data, dict):
        raise InputError("payload is not a JSON object; not replayed", source=message.topic)
    data["exercise"] = exercise_id
    assert_exercise_topic(topic, exercise_id, data=data)
    unit = kind == "unit"
    return (
        PublishedMessage(
            topic=topic,
            payload=encode_json(data),
            retain=unit,
            kind="unit" if unit else "text",
            expiry_s=message.message_expiry or (UNIT_EXPIRY_S if unit else None),
        ),
        data,
    )


@dataclass
class ReplayResult:
    published: list[PublishedMessage] = field(default_factory=list)
    skipped: list[tuple[RecordedMessage, str]] = field(default_factory=list)


class Replayer:
    """Plays recorded messages into an exercise at ``speed`` (×0.25 to ×100, or any > 0)."""

    def __init__(
        self,
        messages: Iterable[RecordedMessage],
        *,
        exercise_id: str,
        publish: PublishPort,
        speed: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        time_source: Callable[[], float] = time.monotonic,
        on_message: Callable[[PublishedMessage], None] | None = None,
        on_skip: Callable[[RecordedMessage, str], None] | None = None,
    ) -> None:
        if not speed > 0:
            raise ValueError(f"speed must be positive, not {speed}")
        assert_exercise_topic(f"idesk/v1/exercise/{exercise_id}/control", exercise_id)
        self.messages = sorted(messages, key=lambda m: m.t)
        self.exercise_id = exercise_id
        self.speed = speed
        self._port = publish
        self._sleep = sleep
        self._time = time_source
        self._on_message = on_message
        self._on_skip = on_skip

    def _timed(self) -> Iterator[RecordedMessage]:
        if not self.messages:
            return
        start_real = self._time()
        first = self.messages[0].t
        for message in self.messages:
            due = start_real + (message.t - first) / self.speed
            left = due - self._time()
            if left > 0:
                self._sleep(left)
            yield message

    def run(self) -> ReplayResult:
        result = ReplayResult()
        for recorded in self._timed():
            try:
                message, _ = rewrite_for_exercise(recorded, self.exercise_id)
                send(self._port, message, self.exercise_id)
            except InputError as exc:
                reason = str(exc)
                log.warning("skipped %s: %s", recorded.topic, reason)
                result.skipped.append((recorded, reason))
                if self._on_skip is not None:
                    self._on_skip(recorded, reason)
                continue
            except IncidentDeskError:
                raise
            result.published.append(message)
            if self._on_message is not None:
                self._on_message(message)
        return result
