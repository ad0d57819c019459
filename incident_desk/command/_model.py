"""Command vocabulary: statuses, their allowed transitions, tiers, the error and snapshots.

Every state machine is a table of allowed moves plus a function that returns None when a
move is allowed, else the reason in plain words (what the operator reads in the refusal).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from incident_desk.errors import RefusedError
from incident_desk.scenario import AgencyKind, UnitKind, UnitStatus

__all__ = [
    "ASSIGNMENT_TRANSITIONS",
    "PARTICIPATION_TRANSITIONS",
    "AgencyKind",
    "AssignmentSnapshot",
    "AssignmentStatus",
    "CommandError",
    "CommandMember",
    "CommandMode",
    "CommandSnapshot",
    "ElementKind",
    "ParticipationSnapshot",
    "ParticipationState",
    "ProposalSnapshot",
    "ProposalState",
    "Tier",
    "TierLabels",
    "UnitKind",
    "UnitSnapshot",
    "UnitStatus",
    "assignment_refusal",
    "participation_refusal",
]


CommandError = RefusedError
"""A command, assignment or participation change was refused (the one refusal class)."""


class AssignmentStatus(StrEnum):
    ASSIGNED = "assigned"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    RELEASED = "released"


ASSIGNMENT_TRANSITIONS: dict[AssignmentStatus, frozenset[AssignmentStatus]] = {
    AssignmentStatus.ASSIGNED: frozenset({AssignmentStatus.EN_ROUTE, AssignmentStatus.RELEASED}),
    AssignmentStatus.EN_ROUTE: frozenset({AssignmentStatus.ON_SCENE, AssignmentStatus.RELEASED}),
    AssignmentStatus.ON_SCENE: frozenset({AssignmentStatus.RELEASED}),
    AssignmentStatus.RELEASED: frozenset(),
}
"""assigned → en_route → on_scene → released; assigned/en_route → released; released is final."""


class ParticipationState(StrEnum):
    ALERTED = "alerted"
    STANDING_BY = "standing_by"
    ACTIVE = "active"
    DEACTIVATED = "deactivated"
    UNABLE = "unable"


_P = ParticipationState
PARTICIPATION_TRANSITIONS: dict[ParticipationState, frozenset[ParticipationState]] = {
    _P.ALERTED: frozenset({_P.STANDING_BY, _P.UNABLE}),
    _P.STANDING_BY: frozenset({_P.ACTIVE, _P.UNABLE}),
    _P.ACTIVE: frozenset({_P.DEACTIVATED, _P.UNABLE}),
    _P.DEACTIVATED: frozenset({_P.ACTIVE, _P.UNABLE}),
    _P.UNABLE: frozenset({_P.ALERTED}),
}
"""alerted → standing_by → active → deactivated; any → unable; unable → alerted;
deactivated → active. An agency not yet taking part starts as alerted (or unable)."""


def _refusal(what: str, current: StrEnum, target: StrEnum, allowed: frozenset[Any]) -> str | None:
    if current == target:
        return f"{what} is already {_said(current)}"
    if target in allowed:
        return None
    if not allowed:
        return f"{what} is {_said(current)}: that is final, it cannot go to {_said(target)}"
    names = " or ".join(sorted(_said(a) for a in allowed))
    now, to = _said(current), _said(target)
    return f"{what} cannot go from {now} to {to}; from {now} it can go to {names}"


def _said(state: StrEnum) -> str:
    """A state as words in a refusal ("en route", not the code "en_route")."""
    return str(state).replace("_", " ")


def assignment_refusal(current: AssignmentStatus, target: AssignmentStatus) -> str | None:
    """None when ``current → target`` is allowed, else the reason in plain words."""
    return _refusal("the assignment", current, target, ASSIGNMENT_TRANSITIONS[current])


def participation_refusal(
    current: ParticipationState | None, target: ParticipationState
) -> str | None:
    """None when the move is allowed (``current`` None: the agency is not taking part yet)."""
    if current is None:
        if target in {_P.ALERTED, _P.UNABLE}:
            return None
        return f"an agency not yet taking part is first alerted, it cannot start as {target}"
    return _refusal(
        "the agency's participation", current, target, PARTICIPATION_TRANSITIONS[current]
    )


class ElementKind(StrEnum):
    """What an assignment puts a resource into (docs/standards.md §5.1)."""

    POSITION = "position"  # an ICS position (Operations Section Chief, Safety Officer, ...)
    BRANCH = "branch"
    DIVISION = "division"
    GROUP = "group"
    STRIKE_TEAM = "strike_team"
    TASK_FORCE = "task_force"
    STAGING = "staging"


class CommandMode(StrEnum):
    SINGLE = "single"
    UNIFIED = "unified"


class Tier(StrEnum):
    """JESIP command levels; the labels shown are configurable (``TierLabels``)."""

    STRATEGIC = "strategic"
    TACTICAL = "tactical"
    OPERATIONAL = "operational"


class TierLabels(BaseModel):
    """Display labels of the tiers (UK JESIP by default: Gold / Silver / Bronze)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    strategic: str = "Gold"
    tactical: str = "Silver"
    operational: str = "Bronze"

    def label(self, tier: Tier | str) -> str:
        return str(getattr(self, Tier(tier).value))


class ProposalState(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class UnitSnapshot(_Frozen):
    id: str
    callsign: str
    agency: str
    country: str | None
    kind: str
    size: int | None
    contact: str | None
    status: UnitStatus | None
    lat: float | None
    lon: float | None
    status_at: datetime | None
    exercise_id: str | None
    position_source: str | None = None  # "tak:<device uid>": from a TAK position report
    position_stale_at: datetime | None = None  # the report's CoT stale time
    # the wall instant the latest report stands at (a drill inject's ``status_at`` is on the
    # exercise clock; this is when it arrived): what "Last update" shows
    reported_at: datetime | None = None

    def stale_since(self, now: datetime) -> datetime | None:
        """When the unit's position report went stale, if it has (a TAK report past its
        own ``stale`` time); None while current, and for positions without a validity."""
        stale = self.position_stale_at
        if stale is None or self.lat is None or stale > now:
            return None
        return stale


class StatusStep(_Frozen):
    status: AssignmentStatus
    at: datetime
    by: str
    console: str | None
    event: str


class AssignmentSnapshot(_Frozen):
    """One ICS-204 line. ``id`` is the id of the event that created it (same everywhere)."""

    id: str
    incident_key: str
    exercise_id: str | None
    unit_id: str | None
    callsign: str | None
    person: str | None
    agency: str | None
    element_kind: ElementKind
    element_name: str
    work: str
    report_to: str | None
    report_at: datetime | None
    status: AssignmentStatus
    created_at: datetime
    created_by: str
    history: tuple[StatusStep, ...]


class ParticipationSnapshot(_Frozen):
    incident_key: str
    exercise_id: str | None
    agency: str
    country: str
    state: ParticipationState
    changed_at: datetime
    history: tuple[dict[str, Any], ...]


class CommandMember(_Frozen):
    """An incident commander (of one agency and country) from ``since`` until ``until``."""

    agency: str
    country: str
    name: str
    tier: Tier = Tier.TACTICAL
    tier_label: str = "Silver"
    since: datetime
    until: datetime | None = None


class CommandSnapshot(_Frozen):
    incident_key: str
    exercise_id: str | None
    mode: CommandMode
    open: bool
    established_at: datetime
    closed_at: datetime | None
    members: tuple[CommandMember, ...] = Field(default_factory=tuple)

    def commanders_at(self, t: datetime) -> tuple[CommandMember, ...]:
        """Who is in command at ``t`` (accepted transfers count from their effective time)."""
        if t < self.established_at or (self.closed_at is not None and t >= self.closed_at):
            return ()
        return tuple(m for m in self.members if m.since <= t and (m.until is None or t < m.until))


class ProposalSnapshot(_Frozen):
    id: str
    incident_key: str
    exercise_id: str | None
    from_agency: str
    from_country: str
    from_console: str | None
    to_agency: str
    to_country: str
    to_console: str | None
    brief: dict[str, Any]
    proposed_at: datetime
    proposed_by: str
    expires_at: datetime
    effective_at: datetime
    state: ProposalState
    answered_by: str | None
    answered_at: datetime | None
    reason: str | None
