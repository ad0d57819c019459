"""What the window's store feed hands over (``store_feed.py``), one frozen object per read.

``Bootstrap`` (the first read), ``Delta`` (each coalesced read after it), ``OlderPage`` (a
page of older alerts the queue scrolled to), and ``Pending``, what the change records
since the last read asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from incident_desk.ui.models.queue_row import QueueRow


@dataclass
class Pending:
    """What the change records since the last read asked for."""

    alerts: bool = False
    quarantine: bool = False
    timeline: bool = False
    outbox: bool = False
    incidents: set[int] = field(default_factory=set)

    def any(self) -> bool:
        return bool(
            self.alerts or self.quarantine or self.timeline or self.outbox or self.incidents
        )

    def absorb(self, other: Pending) -> None:
        self.alerts |= other.alerts
        self.quarantine |= other.quarantine
        self.timeline |= other.timeline
        self.outbox |= other.outbox
        self.incidents |= other.incidents


@dataclass(frozen=True)
class Bootstrap:
    """What the first background read brings (the newest page of alerts follows).

    Attributes:
        top: the newest stored alert id when the window opened.
        older: the alerts below this id are older than the newest page (0: none are).
        quarantine: how many quarantine entries are stored.
        outbox: ``(waiting, last_error)`` of this console's outbox (a previous run's Acks).
        timeline: the newest timeline entries this console shows.
        incidents: the incidents this console shows: open ones and those closed in the
            last ``RECENT_CLOSED`` (None: no incident board).
    """

    top: int
    older: int
    quarantine: int
    outbox: tuple[int, str | None]
    timeline: list[Any]
    incidents: list[Any] | None


@dataclass(frozen=True)
class Delta:
    """One background read for one refresh: everything the GUI thread applies in one go.

    Attributes:
        rows: new visible alerts, ascending id (summaries, not snapshots).
        live: the new visible alerts that arrived after the window opened.
        full: the batch limit was reached: more are waiting (read on at once).
        acked: ids of the alerts the new Acks acknowledge.
        superseded: id → "superseded" / "cancelled" for the alerts a new Update or Cancel
            replaced (an alert whose Update arrived first is marked when it arrives).
        acks: the detail pane's alert and its Acks, when a new Ack names it.
        timeline: new timeline entries this console shows.
        quarantine / outbox: new counts (None: unchanged).
        quarantined: the quarantine entries new since the last read (newest first, at most
            ``QUARANTINE_LIMIT``).
        incidents: id → snapshot of changed incidents (None snapshot: gone).
        map_upsert / map_remove: GeoJSON features for the map page.
    """

    rows: list[QueueRow]
    live: list[QueueRow]
    full: bool
    acked: set[int]
    superseded: dict[int, str]
    acks: tuple[int, list[Any]] | None
    timeline: list[Any]
    quarantine: int | None
    quarantined: list[Any]
    outbox: tuple[int, str | None] | None
    incidents: dict[int, Any] | None
    map_upsert: list[Any]
    map_remove: list[str]


@dataclass(frozen=True)
class OlderPage:
    """One page of older alerts (``StoreFeed.fetch_older``).

    Attributes:
        rows: the visible alerts of the page (summaries), newest first.
        acked: ids among them an Ack acknowledges (wherever in the store the Ack is).
        superseded: id → "superseded" / "cancelled" among them.
        before: the next page's bound (``list_alerts(before_id=...)``); 0: no older alerts.
    """

    rows: list[QueueRow]
    acked: set[int]
    superseded: dict[int, str]
    before: int
