"""Build the CAP Ack an operator's acknowledgement publishes (docs/standards.md §2, "Ack")."""

from __future__ import annotations

import hashlib
from datetime import datetime

from incident_desk import cap


def build_ack(
    alert: cap.Alert,
    *,
    sender: str,
    source: str,
    now: datetime,
    identifier_prefix: str,
) -> cap.Alert:
    """A CAP Ack referencing ``alert``: same status, Restricted, incidents copied, no info.

    An exercise Ack stays in its exercise: the exercise id leads its ``note`` like the alert's.
    """
    sent = cap.CapTime.from_datetime(now)
    stamp = sent.utc.strftime("%Y%m%dT%H%M%S")
    digest = hashlib.sha256("\x1f".join(alert.key()).encode()).hexdigest()[:10]
    note = None
    if alert.status is cap.Status.EXERCISE and alert.note:
        note = alert.note.split()[0] + " acknowledgement"
    return cap.Alert(
        identifier=f"{identifier_prefix}-ack-{stamp}-{digest}",
        sender=sender,
        sent=sent,
        status=alert.status,
        msg_type=cap.MsgType.ACK,
        source=source,
        scope=cap.Scope.RESTRICTED,
        restriction="Incident Desk command centres",
        note=note,
        references=(alert.reference(),),
        incidents=alert.incidents,
    )
