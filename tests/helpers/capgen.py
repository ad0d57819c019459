"""Real CAP bytes for bus tests: distinct, valid alerts made with the codec's writer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from incident_desk import cap
from tests.helpers.alerts import make_alert

#: one ``sent`` per test run, so the same ``n`` always gives the same CAP key and bytes
RUN_BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)


def alert_bytes(
    n: int,
    *,
    status: cap.Status = cap.Status.ACTUAL,
    exercise: str | None = None,
    sent: datetime | None = None,
    headline: str = "Explosion reported at bus terminal",
    sender: str = "nps.go.ke",
) -> tuple[cap.Alert, bytes]:
    """Alert number ``n`` (identifier ``KE-nps-{n:06d}``) and its CAP 1.2 bytes."""
    sent = sent or RUN_BASE
    note = f"{exercise} test inject {n}" if exercise else None
    if exercise:
        headline = f"EXERCISE EXERCISE EXERCISE {headline}"
    alert = make_alert(
        f"KE-nps-{n:06d}",
        sender=sender,
        sent=sent,
        status=status,
        note=note,
        headline=headline,
    )
    return alert, cap.dumps(alert)
