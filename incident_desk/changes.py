"""Change records: what a mutating core call changed.

Every writer returns (or emits) one frozen ``Changes``; the UI broadcasts it on one app-level
signal and each view refreshes only what it shows. Nobody polls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SeqGap:
    """Messages missing from one publisher stream: ``first``..``last`` inclusive."""

    stream: str
    first: int
    last: int


@dataclass(frozen=True)
class Changes:
    """What one write changed.

    Attributes:
        alerts: ids of alerts newly stored.
        duplicates: how many payloads were already stored (same CAP key, same content).
        quarantined: ids of new quarantine entries.
        gaps: sequence gaps open after this write, per publisher stream.
        incidents: ids of incidents created or changed.
        timeline: ids of new timeline entries.
        units: ids of units whose directory entry or status changed.
        assignments: ids of assignments created or changed (the creating event's id).
        command: CAP incident keys whose command, handover proposals or participation
            changed.
        outbox: what this console must still send changed (queued, sent or given up).
        store_error: plain words when the database could not be written (cleared by a
            later successful write with ``store_ok=True``).
    """

    alerts: tuple[int, ...] = ()
    duplicates: int = 0
    quarantined: tuple[int, ...] = ()
    gaps: tuple[SeqGap, ...] = ()
    incidents: tuple[int, ...] = ()
    timeline: tuple[int, ...] = ()
    store_error: str | None = None
    store_ok: bool = False
    units: tuple[str, ...] = ()
    assignments: tuple[str, ...] = ()
    command: tuple[str, ...] = ()
    outbox: bool = False

    def merge(self, other: Changes) -> Changes:
        """One record saying what both said (ids kept once, in order; the later gap list and
        store state win, as they describe the state after both writes)."""

        def ids(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
            return tuple(dict.fromkeys((*a, *b)))

        return Changes(
            alerts=ids(self.alerts, other.alerts),
            duplicates=self.duplicates + other.duplicates,
            quarantined=ids(self.quarantined, other.quarantined),
            gaps=other.gaps or self.gaps,
            incidents=ids(self.incidents, other.incidents),
            timeline=ids(self.timeline, other.timeline),
            store_error=other.store_error
            if other.store_error or other.store_ok
            else self.store_error,
            store_ok=other.store_ok or (self.store_ok and not other.store_error),
            units=ids(self.units, other.units),
            assignments=ids(self.assignments, other.assignments),
            command=ids(self.command, other.command),
            outbox=self.outbox or other.outbox,
        )

    def __bool__(self) -> bool:
        return bool(
            self.alerts
            or self.duplicates
            or self.quarantined
            or self.gaps
            or self.incidents
            or self.timeline
            or self.store_error
            or self.store_ok
            or self.units
            or self.assignments
            or self.command
            or self.outbox
        )
