"""Incident vocabulary: statuses and their allowed transitions, the snapshot, the error."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from incident_desk.errors import RefusedError

CountryLookup = Callable[[float, float], str | None]
"""``(lat, lon) -> ISO 3166-1 alpha-2`` (upper case) or None; e.g. wraps ``geo.country_at``."""

SEVERITY_ORDER = ("Unknown", "Minor", "Moderate", "Severe", "Extreme")
"""CAP severities, least to most severe: an incident has the highest of its alerts."""

CAP_ACTOR = "cap"
"""``attached_by`` / ``created_by`` / timeline actor of what correlation did on its own."""


IncidentError = RefusedError
"""An incident operation was refused; ``reason`` says why (the one refusal class)."""


class IncidentStatus(StrEnum):
    NEW = "new"
    ACTIVE = "active"
    CONTAINED = "contained"
    CLOSED = "closed"


TRANSITIONS: dict[IncidentStatus, frozenset[IncidentStatus]] = {
    IncidentStatus.NEW: frozenset({IncidentStatus.ACTIVE, IncidentStatus.CLOSED}),
    IncidentStatus.ACTIVE: frozenset({IncidentStatus.CONTAINED, IncidentStatus.CLOSED}),
    IncidentStatus.CONTAINED: frozenset({IncidentStatus.ACTIVE, IncidentStatus.CLOSED}),
    IncidentStatus.CLOSED: frozenset({IncidentStatus.ACTIVE}),
}
"""new → active → contained → closed; also new/active → closed, contained → active
(re-escalation) and closed → active (reopen)."""

_HINTS = {
    (IncidentStatus.NEW, IncidentStatus.CONTAINED): "it has to be active before it is contained",
    (IncidentStatus.CLOSED, IncidentStatus.NEW): "a closed incident is reopened as active",
    (IncidentStatus.CLOSED, IncidentStatus.CONTAINED): "a closed incident is reopened as active",
    (IncidentStatus.ACTIVE, IncidentStatus.NEW): "an incident never goes back to new",
    (IncidentStatus.CONTAINED, IncidentStatus.NEW): "an incident never goes back to new",
}


def transition_refusal(current: IncidentStatus, target: IncidentStatus) -> str | None:
    """None when ``current → target`` is allowed, else the reason in plain words."""
    if current == target:
        return f"it is already {current}"
    if target in TRANSITIONS[current]:
        return None
    allowed = " or ".join(sorted(TRANSITIONS[current]))
    hint = _HINTS.get((current, target), "")
    return (
        f"it cannot go from {current} to {target}"
        + (f" ({hint})" if hint else "")
        + (f"; from {current} it can go to {allowed}")
    )


def max_severity(values: Iterable[str | None]) -> str | None:
    """The highest CAP severity among ``values`` (None and unknown tokens are ignored)."""
    known = [v for v in values if v in SEVERITY_ORDER]
    return max(known, key=SEVERITY_ORDER.index) if known else None


class IncidentSnapshot(BaseModel):
    """One incident as readers see it (frozen; no ORM object leaves the board).

    Attributes:
        key: the CAP ``incidents`` id it was formed from, or a generated
            ``INC-{country}-{yyyymmdd}-{n}``; unique within real traffic or one exercise.
        severity: the highest CAP severity of its alerts (None: none carries one).
        exercise_id: the exercise it belongs to; None = real.
        lat, lon, country: where it is, if known (country: ISO 3166-1 alpha-2).
        alert_ids: its alerts, ascending.
        merged_into: the surviving incident, once this one was merged into it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    key: str
    title: str
    status: IncidentStatus
    severity: str | None
    created_at: datetime
    updated_at: datetime
    created_by: str
    exercise_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    alert_ids: tuple[int, ...]
    merged_into: int | None

    @property
    def is_exercise(self) -> bool:
        return self.exercise_id is not None
