"""Decide what one bus message is: a valid alert, a quarantine entry or another event.

Pure and Qt-free: the writer thread calls :func:`classify` for every message of a batch.

Every CAP alert's signature is checked on the **received bytes** (never a re-serialised copy,
docs/standards.md §1.8) against the configured trust store, with the topic's country and agency as
the expected signer; the result travels with the alert into the store. The trust policy
decides whether an unverified alert is stored (with a warning) or quarantined with a reason.
Unsigned alerts skip the verifier entirely (a byte search for the XML-DSig namespace).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, Literal, Protocol

from incident_desk import cap
from incident_desk.store import IncomingAlert, Rejected
from incident_desk.topics import Mode, Topic, TopicError, check_status_agrees, parse_topic
from incident_desk.trust import TrustPolicy, TrustResult, TrustStore, policy_verdict, verify

CAP_KINDS = frozenset({"alert", "ack"})
_DSIG_NS_BYTES: Final = cap.DSIG_NS.encode("ascii")
NO_TRUST_STORE: Final = "no trust store configured"


@dataclass(frozen=True)
class TrustConfig:
    """How ingest checks signatures.

    Attributes:
        store: the agencies' signing certificates/CAs, or None when none is configured (signed
            alerts then come out ``unknown_signer`` with the detail "no trust store configured").
        policy: warn (store everything, the CAP default), quarantine-invalid or quarantine.
    """

    store: TrustStore | None = None
    policy: TrustPolicy = field(default=TrustPolicy.WARN)


def check_trust(
    raw: bytes, alert: cap.Alert, topic: Topic | None, store: TrustStore | None
) -> TrustResult:
    """The signature check of ``raw`` as received on ``topic``; cheap for unsigned alerts."""
    if alert.signature is None and _DSIG_NS_BYTES not in raw:
        return TrustResult("unsigned", None, None, "the alert is not signed")
    if store is None:
        return TrustResult("unknown_signer", None, None, NO_TRUST_STORE)
    return verify(
        raw,
        store,
        topic_agency=topic.agency if topic else None,
        topic_country=topic.country if topic else None,
    )


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


def classify(
    msg: InboundMessage,
    *,
    max_size: int = cap.DEFAULT_MAX_SIZE,
    trust: TrustConfig | None = None,
) -> Classified:
    """Validate one message against the topic scheme and CAP, check its signature (see
    :class:`TrustConfig`; None = no trust store, policy warn); never raises for bad input."""
    try:
        topic = parse_topic(msg.topic)
    except TopicError as exc:
        return _reject(msg, f"topic not in the Incident Desk scheme: {exc}")
    if topic.kind not in CAP_KINDS:
        return Classified(kind="event", topic=topic)
    # A retained alert is accepted (docs/standards.md §7.3 flags it, it does not reject it): the CAP
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
    trust = trust or TrustConfig()
    raw = bytes(msg.payload)
    result = check_trust(raw, alert, topic, trust.store)
    reason = policy_verdict(result, trust.policy)
    if reason:
        return _reject(msg, reason)
    return Classified(
        kind="alert",
        topic=topic,
        alert=IncomingAlert(
            raw=raw,
            alert=alert,
            topic=msg.topic,
            received_at=msg.received_at,
            exercise_id=topic.exercise_id if topic.mode is Mode.EXERCISE else None,
            country=topic.country,
            agency=topic.agency,
            trust_state=result.state,
            trust_signer=result.signer,
            trust_detail=result.detail,
        ),
    )
