"""Alarm test material: alerts with chosen severity/urgency/certainty, Acks, a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from incident_desk import cap
from incident_desk.acks import build_ack
from incident_desk.alarms import AlarmBoard, AlarmChanges
from incident_desk.changes import Changes
from incident_desk.store import Store
from tests.helpers.alerts import BASE_TIME, incoming, make_alert

T0 = BASE_TIME  # 2026-03-14 09:30 UTC: every alert below is sent at or after it


class FakeClock:
    """An aware UTC clock that moves only when told to."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def alert(
    identifier: str,
    *,
    severity: str = "Extreme",
    urgency: str = "Immediate",
    certainty: str = "Observed",
    at: timedelta = timedelta(0),
    msg_type: cap.MsgType = cap.MsgType.ALERT,
    references: tuple[cap.Alert, ...] = (),
    status: cap.Status = cap.Status.ACTUAL,
    sender: str = "police@ke.example",
    incidents: tuple[str, ...] = ("KE-INC-7",),
    expires: timedelta = timedelta(hours=6),
    headline: str | None = None,
) -> cap.Alert:
    """A CAP message sent ``at`` after T0, expiring ``expires`` after it was sent."""
    sent = T0 + at
    base = make_alert(
        identifier,
        sender=sender,
        sent=sent,
        msg_type=msg_type,
        status=status,
        references=references,
        incidents=incidents,
        headline=headline or f"{severity} threat {identifier}",
        note="EX-1 drill" if status is cap.Status.EXERCISE else None,
    )
    info = base.infos[0].model_copy(
        update={
            "severity": cap.Severity(severity),
            "urgency": cap.Urgency(urgency),
            "certainty": cap.Certainty(certainty),
            "expires": cap.CapTime.from_datetime(sent + expires),
        }
    )
    return base.model_copy(update={"infos": (info,)})


def update(previous: cap.Alert, identifier: str, **kwargs: object) -> cap.Alert:
    return alert(identifier, msg_type=cap.MsgType.UPDATE, references=(previous,), **kwargs)  # type: ignore[arg-type]


def cancel(previous: cap.Alert, identifier: str, **kwargs: object) -> cap.Alert:
    return alert(identifier, msg_type=cap.MsgType.CANCEL, references=(previous,), **kwargs)  # type: ignore[arg-type]


def ack(
    of: cap.Alert, *, by: str = "nps.go.ug", at: timedelta = timedelta(seconds=30)
) -> cap.Alert:
    """Another console's CAP Ack of ``of``, sent ``at`` after T0."""
    return build_ack(
        of, sender=by, source="a.okello@ug-ws1", now=T0 + at, identifier_prefix="UG-upf"
    )


def put(store: Store, *alerts: cap.Alert, exercise_id: str | None = None) -> Changes:
    """Store ``alerts`` in one batch as ingest does; the ``Changes`` ingest would emit."""
    result = store.write_batch([incoming(a, exercise_id=exercise_id) for a in alerts])
    return Changes(alerts=result.stored_ids)


def feed(
    board: AlarmBoard, store: Store, *alerts: cap.Alert, exercise_id: str | None = None
) -> AlarmChanges:
    return board.apply(put(store, *alerts, exercise_id=exercise_id))


def alert_id(store: Store, message: cap.Alert) -> int:
    found = store.find_alert(message.key())
    assert found is not None
    return found.id
