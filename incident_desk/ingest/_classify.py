"""Decide what one bus message is: a valid alert, a quarantine entry or another event.

Pure and Qt-free: the writer thread calls :func:`classify` for every message of a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from incident_desk import cap
from incident_desk.store import IncomingAlert, Rejected
from incident_desk.topics import Mode, Topic, TopicError, check_status_agrees, parse_topic

CAP_KINDS = frozenset({"alert", "ack"})


class InboundMessage(Protocol):
    """What the bus hands to ingest (``messaging.Envelope`` satisfies it)."""

    @property
    def topic(self) -> str: ...
    @property
    def payload(self) -> bytes: ...
    @property
    def retain(self) -> bool: ...
    @property
    def user_properties(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def received_at(self) -> datetime: ...


@dataclass(frozen=True)
class Classified:
    """The verdict on one message.

    Attributes:
        kind: "alert" (``alert`` is set), "reject" (``rejected`` is set) or "event"
            (unit status, command or exercise control: ``topic`` says which).
    """

    kind: Literal["alert", "reject", "event"]
    topic: Topic | None = None
    alert: IncomingAlert | None = None
    rejected: Rejected | None = None


def _reject(msg: InboundMessage, reason: str) -> Classified:
    return Classified(
        kind="reject",
        rejected=Rejected(
            raw=bytes(msg.payload), reason=reason, topic=msg.topic, received_at=msg.received_at
        ),
    )


def classify(msg: InboundMessage, *, max_size: int = cap.DEFAULT_MAX_SIZE) -> Classified:
    """Validate one message against the topic scheme and CAP; never raises for bad input."""
    try:
        topic = parse_topic(msg.topic)
    except TopicError as exc:
        return _reject(msg, f"topic not in the Incident Desk scheme: {exc}")
    if topic.kind not in CAP_KINDS:
        return Classified(kind="event", topic=topic)
    # A retained alert is accepted (STANDARDS §7.3 flags it, it does not reject it): the CAP
    # key dedupes repeats, and amqtt marks every message queued for an offline session as
    # retained, so rejecting on the flag would quarantine exactly the alerts we kept.
    try:
        alert = cap.parse(msg.payload, max_size=max_size)
    except cap.CapError as exc:
        problems = "; ".join(f"{p.path}: {p.message}" for p in exc.problems)
        return _reject(msg, f"invalid CAP: {problems}")
    reason = check_status_agrees(topic, alert.status.value, alert.note)
    if reason:
        return _reject(msg, reason)
    if topic.kind == "ack" and alert.msg_type is not cap.MsgType.ACK:
        return _reject(msg, f"{alert.msg_type.value} on an ack topic: only CAP Ack belongs there")
    if topic.kind == "alert" and alert.msg_type is cap.MsgType.ACK:
        return _reject(msg, "CAP Ack on an alert topic: acks go on the agency's ack topic")
    return Classified(
        kind="alert",
        topic=topic,
        alert=IncomingAlert(
            raw=bytes(msg.payload),
            alert=alert,
            topic=msg.topic,
            received_at=msg.received_at,
            exercise_id=topic.exercise_id if topic.mode is Mode.EXERCISE else None,
            country=topic.country,
            agency=topic.agency,
        ),
    )
