"""Build CAP ``Alert`` objects and their ``IncomingAlert`` envelopes directly from the models
(tests of the store must not depend on the XML codec)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from incident_desk.cap import (
    Alert,
    CapTime,
    Category,
    Certainty,
    Info,
    MsgType,
    Reference,
    Scope,
    Severity,
    Status,
    Urgency,
)
from incident_desk.store import IncomingAlert

BASE_TIME = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def make_alert(
    identifier: str = "KE-police-0001",
    *,
    sender: str = "police@ke.example",
    sent: datetime = BASE_TIME,
    msg_type: MsgType = MsgType.ALERT,
    status: Status = Status.ACTUAL,
    references: tuple[Alert, ...] = (),
    headline: str | None = "Explosion reported at bus terminal",
    event: str = "Explosion",
    incidents: tuple[str, ...] = ("KE-INC-7",),
    note: str | None = None,
    with_info: bool = True,
) -> Alert:
    info = Info(
        categories=(Category.SECURITY, Category.CBRNE),
        event=event,
        urgency=Urgency.IMMEDIATE,
        severity=Severity.SEVERE,
        certainty=Certainty.OBSERVED,
        headline=headline,
        expires=CapTime.from_datetime(sent + timedelta(hours=6)),
    )
    return Alert(
        identifier=identifier,
        sender=sender,
        sent=CapTime.from_datetime(sent),
        status=status,
        msg_type=msg_type,
        scope=Scope.RESTRICTED,
        restriction="partner agencies",
        note=note,
        references=tuple(a.reference() for a in references),
        incidents=incidents,
        infos=(info,) if with_info else (),
    )


def reference_to(alert: Alert) -> Reference:
    return alert.reference()


def raw_of(alert: Alert, salt: str = "") -> bytes:
    """Stand-in bytes for a received message: stable per alert (and per ``salt``)."""
    return f"<alert>{alert.model_dump_json()}{salt}</alert>".encode()


def incoming(
    alert: Alert,
    *,
    raw: bytes | None = None,
    topic: str | None = "idesk/v1/actual/ke/police/alert",
    received_at: datetime | None = None,
    exercise_id: str | None = None,
) -> IncomingAlert:
    return IncomingAlert(
        raw=raw if raw is not None else raw_of(alert),
        alert=alert,
        topic=topic,
        received_at=received_at or alert.sent.utc + timedelta(seconds=2),
        exercise_id=exercise_id,
        country="ke",
        agency="police",
    )
