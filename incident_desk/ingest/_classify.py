"""Decide what one bus message is: a valid alert, a quarantine entry or another event.

Pure and Qt-free: the writer thread calls :func:`classify` for every message of a batch.

Every CAP alert's signature is checked on the **received bytes** (never a re-serialised copy,
docs/standards.md §1.8) against the configured trust store, with the topic's country and agency as
the expected signer; the result travels with the alert into the store. The trust policy
decides whether an unverified alert is stored (with a warning) or quarantined with a reason.
Unsigned alerts skip the verifier entirely (a byte search for the XML-DSig namespace).

CAP is read tolerantly by default (:func:`incident_desk.cap.read`, setting ``cap_policy``):
an alert the official schema accepts is stored, with its conformance warnings, and only what
cannot be understood or is hostile is quarantined. An EDXL-DE envelope is opened and each
embedded alert gets its own verdict (:func:`classify_all`); an envelope whose
``distributionStatus`` disagrees with the topic's mode or with an alert's ``status`` is a
separation breach and is quarantined whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, Literal, Protocol

from incident_desk import cap
from incident_desk.messages import Message
from incident_desk.store import IncomingAlert, Rejected, SignerCheck
from incident_desk.topics import (
    Mode,
    Topic,
    TopicError,
    check_status_agrees,
    expected_status,
    parse_topic,
)
from incident_desk.trust import (
    TrustPolicy,
    TrustResult,
    TrustStore,
    best,
    policy_verdict,
    verify,
    verify_all,
)
from incident_desk.trust import details as said
from incident_desk.trust.wording import trust_label

from ._reasons import cap_problems_reason, signature_reason, text_reason

CAP_KINDS = frozenset({"alert", "ack"})
_DSIG_NS_BYTES: Final = cap.DSIG_NS.encode("ascii")
_NOT_SIGNED: Final = said.NOT_SIGNED()
_NO_TRUST_STORE: Final = said.NO_TRUST_STORE()


@dataclass(frozen=True)
class TrustConfig:
    """How ingest checks signatures.

    Attributes:
        store: the agencies' signing certificates/CAs, or None when none is configured (signed
            alerts then come out ``unknown_signer`` with the detail "no trust store configured").
        policy: warn (store everything, the CAP default), quarantine-invalid or quarantine.
        cap_policy: how CAP is read: "tolerant" (schema-valid alerts are stored with their
            conformance warnings) or "strict" (any warning quarantines); setting ``cap_policy``.
    """

    store: TrustStore | None = None
    policy: TrustPolicy = field(default=TrustPolicy.WARN)
    cap_policy: cap.CapPolicy = "tolerant"


Checked = tuple[TrustResult, ...]
"""What ``verify_all(raw, store, topic_agency=…, topic_country=…)`` returned for these very
bytes, made ahead of the writer (``_verify_pool``): one result means no counter-signatures, and
that result is what ``verify`` gives (``verify_all``'s contract)."""


def check_trust(
    raw: bytes,
    alert: cap.Alert,
    topic: Topic | None,
    store: TrustStore | None,
    checked: Checked | None = None,
) -> TrustResult:
    """The signature check of ``raw`` as received on ``topic``; cheap for unsigned alerts."""
    if alert.signature is None and _DSIG_NS_BYTES not in raw:
        return TrustResult("unsigned", None, None, _NOT_SIGNED)
    if store is None:
        return TrustResult("unknown_signer", None, None, _NO_TRUST_STORE)
    if checked is not None and len(checked) == 1:
        return checked[0]
    return verify(
        raw,
        store,
        topic_agency=topic.agency if topic else None,
        topic_country=topic.country if topic else None,
    )


def check_signatures(
    raw: bytes,
    reading: cap.Reading,
    topic: Topic | None,
    store: TrustStore | None,
    checked: Checked | None = None,
) -> tuple[TrustResult, tuple[SignerCheck, ...]]:
    """The trust result an alert is shown with and every signature's check.

    One signature (or none) is :func:`check_trust`; counter-signed alerts have each signature
    checked and are shown with the best verified one (``incident_desk.trust.best``).
    ``checked``: these bytes' checks made ahead against ``store`` (see :data:`Checked`).
    """
    if reading.signatures < 2 or store is None:
        result = check_trust(raw, reading.alert, topic, store, checked)
        signers = (_signer(result),) if reading.signatures else ()
        return result, signers
    results = (
        checked
        if checked is not None
        else verify_all(
            raw,
            store,
            topic_agency=topic.agency if topic else None,
            topic_country=topic.country if topic else None,
        )
    )
    return best(results), tuple(_signer(r) for r in results)


def _signer(result: TrustResult) -> SignerCheck:
    return SignerCheck(state=result.state, signer=result.signer, detail=result.detail)


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


def _reject(
    msg: InboundMessage, reason: str, raw: bytes | None = None, *, said: Message | None = None
) -> Classified:
    """A quarantine verdict: ``reason`` in English (``quarantine.reason``) and as a message
    for the reader's language (``said``; default: read from the text, ``_reasons``)."""
    return Classified(
        kind="reject",
        rejected=Rejected(
            raw=bytes(msg.payload) if raw is None else raw,
            reason=reason,
            reason_msg=(said or text_reason(reason)).data(),
            topic=msg.topic,
            received_at=msg.received_at,
        ),
    )


def classify(
    msg: InboundMessage,
    *,
    max_size: int = cap.DEFAULT_MAX_SIZE,
    trust: TrustConfig | None = None,
) -> Classified:
    """The verdict on a message that carries one alert (see :func:`classify_all`, whose
    first verdict this is: use that for EDXL-DE envelopes); never raises for bad input."""
    return classify_all(msg, max_size=max_size, trust=trust)[0]


def classify_all(
    msg: InboundMessage,
    *,
    max_size: int = cap.DEFAULT_MAX_SIZE,
    trust: TrustConfig | None = None,
    checked: Checked | None = None,
) -> tuple[Classified, ...]:
    """Validate one message against the topic scheme and CAP, check its signature (see
    :class:`TrustConfig`; None = no trust store, policy warn); never raises for bad input.

    ``checked``: the payload's signature checks, made ahead against ``trust.store`` on the
    payload's topic (:data:`Checked`); used for an alert sent alone, never for the alerts
    inside an EDXL-DE envelope (those are other bytes: they are checked here).

    Returns one verdict, or for an EDXL-DE envelope one per embedded alert or refused content
    object, in envelope order (never empty).
    """
    try:
        topic = parse_topic(msg.topic)
    except TopicError as exc:
        return (_reject(msg, f"topic not in the Incident Desk scheme: {exc}"),)
    if topic.kind not in CAP_KINDS:
        return (Classified(kind="event", topic=topic),)
    # A retained alert is accepted (docs/standards.md §7.3 flags it, it does not reject it): the
    # CAP key dedupes repeats, and amqtt marks every message queued for an offline session as
    # retained, so rejecting on the flag would quarantine exactly the alerts we kept.
    trust = trust or TrustConfig()
    try:
        reading = cap.read_message(msg.payload, trust.cap_policy, max_size=max_size)
    except cap.CapError as exc:
        problems = "; ".join(p.located() for p in exc.problems)
        return (_reject(msg, f"invalid CAP: {problems}", said=cap_problems_reason(exc.problems)),)
    if isinstance(reading, cap.Reading):
        return (_verdict(msg, topic, bytes(msg.payload), reading, trust, None, checked),)
    return _envelope_verdicts(msg, topic, reading, trust)


def _envelope_verdicts(
    msg: InboundMessage, topic: Topic, opened: cap.Opened, trust: TrustConfig
) -> tuple[Classified, ...]:
    envelope = opened.envelope
    where = f"EDXL-DE {envelope.distribution_id!r}"
    want = expected_status(topic)
    if envelope.distribution_status != want:
        return (
            _reject(
                msg,
                f"separation breach: {where} distributionStatus "
                f"{envelope.distribution_status!r} on the {topic.mode.value} topic "
                f"(needs {want})",
            ),
        )
    for content in opened.contents:
        if content.reading is not None and content.reading.alert.status.value != want:
            status = content.reading.alert.status.value
            return (
                _reject(
                    msg,
                    f"separation breach: {where} distributionStatus {want!r} around a CAP "
                    f"alert with status {status!r} (contentObject {content.index})",
                ),
            )
    verdicts = []
    for content in opened.contents:
        if content.reading is None:
            reason = f"{where} contentObject {content.index}: {content.problem}"
            verdicts.append(_reject(msg, reason, content.raw))
        else:
            verdicts.append(_verdict(msg, topic, content.raw, content.reading, trust, envelope))
    return tuple(verdicts)


def _verdict(
    msg: InboundMessage,
    topic: Topic,
    raw: bytes,
    reading: cap.Reading,
    trust: TrustConfig,
    envelope: cap.EdxlEnvelope | None,
    checked: Checked | None = None,
) -> Classified:
    """The verdict on one CAP alert (alone, or out of an envelope: ``raw`` is then its own
    serialised bytes and the quarantine keeps those)."""
    alert = reading.alert
    reason = check_status_agrees(topic, alert.status.value, alert.note)
    if reason:
        return _reject(msg, reason, raw)
    if topic.kind == "ack" and alert.msg_type is not cap.MsgType.ACK:
        return _reject(
            msg, f"{alert.msg_type.value} on an ack topic: only CAP Ack belongs there", raw
        )
    if topic.kind == "alert" and alert.msg_type is cap.MsgType.ACK:
        return _reject(msg, "CAP Ack on an alert topic: acks go on the agency's ack topic", raw)
    result, signers = check_signatures(raw, reading, topic, trust.store, checked)
    reason = policy_verdict(result, trust.policy)
    if reason:
        said = signature_reason(trust_label(result.state), result.detail or "")
        return _reject(msg, reason, raw, said=said)
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
            warnings=reading.warnings,
            envelope=envelope,
            signers=signers,
        ),
    )
