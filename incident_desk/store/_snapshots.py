"""What goes into the store and what comes out: frozen pydantic models, never ORM objects.

Readers on any thread get these copies (docs/architecture.md §1: no SQLAlchemy object
crosses a thread).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import Row

from incident_desk.cap import Alert, CapWarning, EdxlEnvelope

Outcome = Literal["stored", "duplicate", "conflict"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SignerCheck(_Frozen):
    """The check of one enveloped signature (an alert may be counter-signed).

    Attributes:
        state: ``verified``, ``unknown_signer``, ``bad_signature`` or ``signer_mismatch``.
        signer: ``KE/nps`` when the trust store identified the signer.
        detail: the verifier's explanation in plain words.
    """

    state: str
    signer: str | None = None
    detail: str = ""


class IncomingAlert(_Frozen):
    """A decoded, validated alert on its way into the store.

    Attributes:
        raw: the exact bytes received (kept for signatures, export and forensics).
        alert: the parsed CAP message.
        topic: the MQTT topic it came on, or None (file import, console).
        received_at: when it arrived (aware).
        exercise_id: the exercise it belongs to (from the topic), None for real traffic.
        country, agency: the publisher according to the topic, if known.
        trust_state: the signature check of ``raw`` (``verified``, ``unsigned``,
            ``unknown_signer``, ``bad_signature``, ``signer_mismatch``), None if not checked.
        trust_signer: ``KE/nps`` when the trust store identified the signer.
        trust_detail: the verifier's explanation in plain words.
        warnings: the conformance warnings of a tolerant reading (empty: it conforms).
        envelope: the EDXL-DE envelope the alert arrived in, None when it came alone.
        signers: every signature's check (counter-signatures included), issuer first;
            ``trust_*`` hold the best of them.
    """

    raw: bytes
    alert: Alert
    topic: str | None = None
    received_at: AwareDatetime
    exercise_id: str | None = None
    country: str | None = None
    agency: str | None = None
    trust_state: str | None = None
    trust_signer: str | None = None
    trust_detail: str | None = None
    warnings: tuple[CapWarning, ...] = ()
    envelope: EdxlEnvelope | None = None
    signers: tuple[SignerCheck, ...] = ()


class Rejected(_Frozen):
    """Input that failed a step of ingest and goes to the quarantine table."""

    raw: bytes
    reason: str
    #: ``reason`` as a message id with arguments (incident_desk/messages.py), rendered in
    #: the reader's language; None: the reason is shown as written
    reason_msg: dict[str, Any] | None = None
    topic: str | None = None
    source: str = "bus"
    received_at: AwareDatetime


class AddResult(_Frozen):
    """What happened to one incoming alert.

    Attributes:
        outcome: "stored" (new), "duplicate" (this key with the same bytes is already stored)
            or "conflict" (this key is stored with other bytes: the first stays, this copy
            went to quarantine).
        alert_id: the id of the stored alert with this key (the first one for a conflict).
        key: the CAP key (sender, identifier, sent).
        quarantine_id: for a conflict, the quarantine row holding this copy.
    """

    outcome: Outcome
    alert_id: int
    key: tuple[str, str, str]
    quarantine_id: int | None = None


class BatchResult(_Frozen):
    """The result of one ``write_batch`` transaction.

    Attributes:
        results: one per incoming alert, in input order.
        quarantine_ids: the quarantine rows of the rejects, in input order (conflicting
            copies are in ``results[i].quarantine_id``).
    """

    results: tuple[AddResult, ...]
    quarantine_ids: tuple[int, ...]

    @property
    def stored_ids(self) -> tuple[int, ...]:
        return tuple(r.alert_id for r in self.results if r.outcome == "stored")


class Outgoing(_Frozen):
    """A message this console must get to the broker (``Store.queue_outgoing``, or with the
    alerts it goes with: ``Store.write_batch(outgoing=)``).

    Attributes:
        console: the workstation that sends it (each console sends only its own).
        topic, payload, content_type: what goes where (QoS 1, not retained).
        sender, identifier, sent_text: the CAP key of a CAP document (it goes out through
            the CAP publisher, with its stream's ``seq``); None for anything else.
        expires_utc: a CAP ``expires`` (the broker drops it then), None for none.
        exercise_id: the exercise a CAP document belongs to (must match the topic).
    """

    console: str
    topic: str
    payload: bytes
    content_type: str
    sender: str | None = None
    identifier: str | None = None
    sent_text: str | None = None
    expires_utc: AwareDatetime | None = None
    exercise_id: str | None = None

    @property
    def is_cap(self) -> bool:
        return self.identifier is not None


class QueuedMessage(Outgoing):
    """An outbox row still to send: what was queued, when, and how the last try went."""

    id: int
    queued_at: datetime
    attempts: int
    last_error: str | None = None


class StoredAlert(_Frozen):
    """One stored alert: the queue's summary columns plus the full CAP model and raw bytes.

    ``warnings`` (conformance warnings of the tolerant reading), ``envelope`` (the EDXL-DE
    envelope it came in) and ``signers`` (every signature's check) are empty / None for
    alerts that conform, came alone, or were stored before they were recorded.
    """

    id: int
    sender: str
    identifier: str
    sent_text: str
    sent_utc: datetime
    status: str
    msg_type: str
    scope: str
    event: str | None
    headline: str | None
    severity: str | None
    urgency: str | None
    certainty: str | None
    categories: tuple[str, ...]
    incidents: tuple[str, ...]
    note: str | None
    exercise_id: str | None
    topic: str | None
    country: str | None
    agency: str | None
    received_at: datetime
    expires_utc: datetime | None
    signed: bool
    content_hash: str
    raw: bytes
    alert: Alert
    trust_state: str | None = None  # None: stored before signature checks existed
    trust_signer: str | None = None
    trust_detail: str | None = None
    warnings: tuple[CapWarning, ...] = ()
    envelope: EdxlEnvelope | None = None
    signers: tuple[SignerCheck, ...] = ()

    def key(self) -> tuple[str, str, str]:
        return (self.sender, self.identifier, self.sent_text)


class QuarantineEntry(_Frozen):
    id: int
    raw: bytes
    topic: str | None
    reason: str
    received_at: datetime
    source: str
    reason_msg: dict[str, Any] | None = None


class TimelineEntry(_Frozen):
    id: int
    at: datetime
    actor: str
    console: str | None
    kind: str
    incident_id: str | None
    alert_id: int | None
    exercise_id: str | None
    text: str
    data: dict[str, Any] = Field(default_factory=dict)


def stored_alert(row: Row[Any]) -> StoredAlert:
    return StoredAlert(
        id=row.id,
        sender=row.sender,
        identifier=row.identifier,
        sent_text=row.sent_text,
        sent_utc=row.sent_utc,
        status=row.status,
        msg_type=row.msg_type,
        scope=row.scope,
        event=row.event,
        headline=row.headline,
        severity=row.severity,
        urgency=row.urgency,
        certainty=row.certainty,
        categories=tuple(row.categories.split()),
        incidents=tuple(json.loads(row.incidents)),
        note=row.note,
        exercise_id=row.exercise_id,
        topic=row.topic,
        country=row.country,
        agency=row.agency,
        received_at=row.received_at,
        expires_utc=row.expires_utc,
        signed=row.signed,
        content_hash=row.content_hash,
        raw=row.raw,
        alert=Alert.model_validate_json(row.parsed),
        trust_state=row.trust_state,
        trust_signer=row.trust_signer,
        trust_detail=row.trust_detail,
        warnings=tuple(CapWarning.model_validate(w) for w in json.loads(row.cap_warnings or "[]")),
        envelope=EdxlEnvelope.model_validate_json(row.edxl_envelope) if row.edxl_envelope else None,
        signers=tuple(SignerCheck.model_validate(s) for s in json.loads(row.trust_signers or "[]")),
    )


def quarantine_entry(row: Row[Any]) -> QuarantineEntry:
    return QuarantineEntry(
        id=row.id,
        raw=row.raw,
        topic=row.topic,
        reason=row.reason,
        received_at=row.received_at,
        source=row.source,
        reason_msg=json.loads(row.reason_msg) if row.reason_msg else None,
    )


def timeline_entry(row: Row[Any]) -> TimelineEntry:
    return TimelineEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        console=row.console,
        kind=row.kind,
        incident_id=row.incident_id,
        alert_id=row.alert_id,
        exercise_id=row.exercise_id,
        text=row.text,
        data=json.loads(row.data),
    )
