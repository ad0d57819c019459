"""One alert queue row: the summary the GUI thread uses, as a light immutable tuple.

A ``StoredAlert`` carries the whole parsed CAP model and the raw bytes: dozens of objects the
cyclic garbage collector tracks, per alert. The queue holds up to 100,000 alerts for hours,
so it keeps ``QueueRow``s instead: each is one tuple whose fields are only str, int, bool,
datetime, None and tuples of str. None of those fields is tracked by the collector (tuples of
str are untracked at their first collection), so a row is a single object the collector
visits, with nothing behind it.

Anything that needs the full CAP message (the detail pane, the map areas, the Acks'
references) reads the store by id, or uses the ``StoredAlert`` on the reader's worker thread.
Qt-free on purpose.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from incident_desk.scenario import inject_offset


class QueueRow(NamedTuple):
    """The queue's summary of one stored alert (the same names as ``StoredAlert``'s)."""

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
    exercise_id: str | None
    topic: str | None
    country: str | None
    agency: str | None
    received_at: datetime
    expires_utc: datetime | None
    signed: bool
    trust_state: str | None = None
    trust_signer: str | None = None
    trust_detail: str | None = None
    warning_count: int = 0  # conformance warnings of a tolerant reading (the queue's marker)
    # an inject of the scenario player: its seconds since STARTEX (its CAP times are on the
    # exercise clock, so the queue shows "EX T+00:07:00" for its sent time, not a clock time)
    inject_offset: int | None = None

    def key(self) -> tuple[str, str, str]:
        """The CAP key (sender, identifier, sent), as ``StoredAlert.key()``."""
        return (self.sender, self.identifier, self.sent_text)


def queue_row(stored: Any) -> QueueRow:
    """The queue row of ``stored`` (a ``StoredAlert``, or anything with its summary fields)."""
    return QueueRow(
        stored.id,
        stored.sender,
        stored.identifier,
        stored.sent_text,
        stored.sent_utc,
        stored.status,
        stored.msg_type,
        stored.scope,
        stored.event,
        stored.headline,
        stored.severity,
        stored.urgency,
        stored.certainty,
        tuple(stored.categories),
        tuple(stored.incidents),
        stored.exercise_id,
        stored.topic,
        stored.country,
        stored.agency,
        stored.received_at,
        stored.expires_utc,
        stored.signed,
        stored.trust_state,
        stored.trust_signer,
        stored.trust_detail,
        len(getattr(stored, "warnings", ()) or ()),
        _inject_offset(stored),
    )


def _inject_offset(stored: Any) -> int | None:
    alert = getattr(stored, "alert", None)
    if alert is None or stored.exercise_id is None:
        return None
    return inject_offset(alert)
