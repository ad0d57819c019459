"""Replay: the state of one incident's command as a pure function of its event set.

Every console keeps every event it has seen and, on each new one, replays the incident's
events in the deterministic order (``ordered``): a topological order of ``deps``, ties broken
by ``(at, id)``. So consoles that have seen the same events hold the same state, whatever
order and however often the events arrived. Conflicts resolve the same way everywhere: the
first in that order wins (a second accept of one proposal is "superseded" and told so).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from incident_desk.command._areas import AreaReplay, DrawnArea
from incident_desk.command._events import CommandEvent
from incident_desk.command._model import (
    AssignmentSnapshot,
    AssignmentStatus,
    CommandMember,
    CommandMode,
    CommandSnapshot,
    ElementKind,
    ParticipationSnapshot,
    ParticipationState,
    ProposalSnapshot,
    ProposalState,
    StatusStep,
    Tier,
    assignment_refusal,
    participation_refusal,
)

APPLIED = "applied"
REFUSED = "refused"
SUPERSEDED = "superseded"
PENDING = "pending"


@dataclass(frozen=True)
class Entry:
    """A timeline entry one event produced (its text depends on the event and its order)."""

    event: str
    kind: str
    text: str
    actor: str
    console: str | None
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Replayed:
    """The derived state of one incident."""

    outcomes: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    command: CommandSnapshot | None = None
    proposals: dict[str, ProposalSnapshot] = field(default_factory=dict)
    assignments: dict[str, AssignmentSnapshot] = field(default_factory=dict)
    participation: dict[tuple[str, str], ParticipationSnapshot] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    command_event: str | None = None  # the last applied establish / accept / close
    areas: dict[str, DrawnArea] = field(default_factory=dict)  # drawn areas (cordons)


def ordered(events: Iterable[CommandEvent]) -> tuple[list[CommandEvent], list[CommandEvent]]:
    """(apply order, pending): dependencies first, then ``(at, id)``; events whose
    dependencies are missing (or pending themselves) are pending."""
    by_id: dict[str, CommandEvent] = {}
    for ev in events:
        by_id.setdefault(ev.id, ev)
    waiting: dict[str, int] = {}
    dependents: dict[str, list[str]] = {}
    heap: list[tuple[tuple[str, str], str]] = []
    for ev in by_id.values():
        deps = {d for d in ev.deps if d != ev.id}
        waiting[ev.id] = len(deps)
        for d in deps:
            dependents.setdefault(d, []).append(ev.id)
        if not deps:
            heapq.heappush(heap, (ev.order_key, ev.id))
    out: list[CommandEvent] = []
    while heap:
        _, eid = heapq.heappop(heap)
        out.append(by_id[eid])
        for child in dependents.get(eid, ()):
            waiting[child] -= 1
            if waiting[child] == 0:
                heapq.heappush(heap, (by_id[child].order_key, child))
    done = {e.id for e in out}
    pending = sorted((e for e in by_id.values() if e.id not in done), key=lambda e: e.order_key)
    return out, pending


def who(agency: str, country: str) -> str:
    return f"{country}/{agency}"


def _time(t: datetime | None) -> str:
    return "-" if t is None else t.strftime("%Y-%m-%d %H:%M:%SZ")


def _dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    from pydantic import TypeAdapter

    return TypeAdapter(datetime).validate_python(value)


_COMMAND_CHAIN = frozenset({"command.establish", "command.accept", "command.close"})


class _Replayer(AreaReplay):
    def __init__(self) -> None:
        self.r = Replayed()
        self.proposal_answer: dict[str, CommandEvent] = {}

    # -- helpers --------------------------------------------------------------------------------

    def entry(self, ev: CommandEvent, kind: str, text: str, **data: Any) -> None:
        self.r.entries.append(
            Entry(ev.id, kind, text, ev.author, ev.console, ev.at, {"event": ev.id, **data})
        )

    def refuse(self, ev: CommandEvent, reason: str, state: str = REFUSED) -> None:
        self.r.outcomes[ev.id] = (state, reason)
        area = ev.type.split(".")[0]
        self.entry(ev, f"{area}.refused", f"{ev.type} by {ev.author} refused: {reason}")

    def decided_members(self) -> list[CommandMember]:
        c = self.r.command
        if c is None or not c.open:
            return []
        return [m for m in c.members if m.until is None]

    # -- apply ----------------------------------------------------------------------------------

    def apply(self, ev: CommandEvent) -> None:
        self.r.outcomes[ev.id] = (APPLIED, None)
        try:
            getattr(self, "_" + ev.type.replace(".", "_"))(ev)
        except (KeyError, ValueError, TypeError) as exc:  # malformed data from another console
            self.refuse(ev, f"malformed data: {exc}")
        if self.r.outcomes[ev.id][0] == APPLIED and ev.type in _COMMAND_CHAIN:
            self.r.command_event = ev.id

    def _command_establish(self, ev: CommandEvent) -> None:
        c = self.r.command
        if c is not None and c.open:
            self.refuse(ev, f"command is already established ({c.mode}); propose a transfer")
            return
        mode = CommandMode(ev.data["mode"])
        raw = list(ev.data["members"])
        members = tuple(
            CommandMember(
                agency=m["agency"],
                country=m["country"],
                name=m["name"],
                tier=Tier(m.get("tier", Tier.TACTICAL)),
                tier_label=m.get("tier_label", "Silver"),
                since=ev.at,
            )
            for m in raw
        )
        if not members:
            self.refuse(ev, "command needs at least one incident commander")
            return
        if mode is CommandMode.SINGLE and len(members) != 1:
            self.refuse(ev, "single command has exactly one incident commander")
            return
        seen = {(m.country, m.agency) for m in members}
        if len(seen) != len(members):
            self.refuse(ev, "unified command has one incident commander per agency")
            return
        self.r.command = CommandSnapshot(
            incident_key=ev.incident_key,
            exercise_id=ev.exercise,
            mode=mode,
            open=True,
            established_at=ev.at,
            closed_at=None,
            members=members,
        )
        names = "; ".join(f"{m.name} ({who(m.agency, m.country)}, {m.tier_label})" for m in members)
        label = "Single command" if mode is CommandMode.SINGLE else "Unified command"
        self.entry(ev, "command.established", f"{label} established: {names}")

    def _command_propose(self, ev: CommandEvent) -> None:
        members = self.decided_members()
        me = (ev.country, ev.agency)
        to = (str(ev.data["to_country"]), str(ev.data["to_agency"]))
        if not members:
            self.refuse(ev, "there is no open command to hand over")
            return
        if me not in {(m.country, m.agency) for m in members}:
            self.refuse(ev, f"{who(ev.agency, ev.country)} is not in command of this incident")
            return
        if to in {(m.country, m.agency) for m in members}:
            self.refuse(ev, f"{who(to[1], to[0])} is already in command")
            return
        effective = _dt(ev.data["effective_at"]) or ev.at
        expires = _dt(ev.data["expires_at"]) or ev.at
        for pid, p in list(self.r.proposals.items()):
            if p.state is ProposalState.PROPOSED:
                self.r.proposals[pid] = p.model_copy(update={"state": ProposalState.SUPERSEDED})
                self.entry(
                    ev,
                    "command.handover.superseded",
                    f"Handover proposal to {who(p.to_agency, p.to_country)} superseded by a "
                    f"newer proposal to {who(to[1], to[0])}",
                    proposal=pid,
                )
        self.r.proposals[ev.id] = ProposalSnapshot(
            id=ev.id,
            incident_key=ev.incident_key,
            exercise_id=ev.exercise,
            from_agency=ev.agency,
            from_country=ev.country,
            from_console=ev.console,
            to_agency=to[1],
            to_country=to[0],
            to_console=ev.data.get("to_console"),
            brief=dict(ev.data.get("brief") or {}),
            proposed_at=ev.at,
            proposed_by=ev.author,
            expires_at=expires,
            effective_at=effective,
            state=ProposalState.PROPOSED,
            answered_by=None,
            answered_at=None,
            reason=None,
        )
        self.entry(
            ev,
            "command.handover.proposed",
            f"{who(ev.agency, ev.country)} proposes to hand over command to "
            f"{who(to[1], to[0])}, effective {_time(effective)}; answer by {_time(expires)}",
            proposal=ev.id,
        )

    def _answer(self, ev: CommandEvent, accepting: bool) -> ProposalSnapshot | None:
        pid = str(ev.data["proposal"])
        p = self.r.proposals.get(pid)
        verb = "accept" if accepting else "refusal"
        if p is None:
            self.refuse(ev, "the proposal it answers was refused or is unknown")
            return None
        if (ev.country, ev.agency) != (p.to_country, p.to_agency):
            self.refuse(
                ev,
                f"only a console of {who(p.to_agency, p.to_country)} may answer this proposal, "
                f"not {who(ev.agency, ev.country)}",
            )
            return None
        if p.state in {ProposalState.ACCEPTED, ProposalState.REFUSED}:
            winner = self.proposal_answer[pid]
            won = "accept" if winner.type == "command.accept" else "refusal"
            self.r.outcomes[ev.id] = (
                SUPERSEDED,
                f"the proposal was already answered: lost to {won} by {winner.author}",
            )
            self.entry(
                ev,
                "command.handover.conflict",
                f"{verb.capitalize()} by {ev.author} ({ev.console or '-'}) lost to {won} by "
                f"{winner.author} ({winner.console or '-'}): the proposal was already answered",
                proposal=pid,
                winner=winner.id,
            )
            return None
        if p.state is ProposalState.SUPERSEDED:
            self.refuse(ev, "the proposal was superseded by a newer one")
            return None
        if ev.at >= p.expires_at:
            self.refuse(ev, f"the proposal expired at {_time(p.expires_at)}")
            return None
        c = self.r.command
        if c is None or not c.open:
            self.refuse(ev, "command was closed")
            return None
        self.proposal_answer[pid] = ev
        return p

    def _command_accept(self, ev: CommandEvent) -> None:
        p = self._answer(ev, accepting=True)
        if p is None:
            return
        c = self.r.command
        assert c is not None
        tier = Tier(ev.data.get("tier", Tier.TACTICAL))
        members = [
            m.model_copy(update={"until": p.effective_at})
            if (m.country, m.agency) == (p.from_country, p.from_agency) and m.until is None
            else m
            for m in c.members
        ]
        members.append(
            CommandMember(
                agency=ev.agency,
                country=ev.country,
                name=str(ev.data.get("name") or ev.author),
                tier=tier,
                tier_label=str(ev.data.get("tier_label", "Silver")),
                since=p.effective_at,
            )
        )
        self.r.command = c.model_copy(update={"members": tuple(members)})
        self.r.proposals[p.id] = p.model_copy(
            update={"state": ProposalState.ACCEPTED, "answered_by": ev.author, "answered_at": ev.at}
        )
        self.entry(
            ev,
            "command.handover.accepted",
            f"{who(ev.agency, ev.country)} accepted command from "
            f"{who(p.from_agency, p.from_country)}: {ev.data.get('name') or ev.author} "
            f"is incident commander from {_time(p.effective_at)}",
            proposal=p.id,
        )

    def _command_refuse(self, ev: CommandEvent) -> None:
        p = self._answer(ev, accepting=False)
        if p is None:
            return
        reason = str(ev.data.get("reason") or "no reason given")
        self.r.proposals[p.id] = p.model_copy(
            update={
                "state": ProposalState.REFUSED,
                "answered_by": ev.author,
                "answered_at": ev.at,
                "reason": reason,
            }
        )
        self.entry(
            ev,
            "command.handover.refused",
            f"{who(ev.agency, ev.country)} refused command from "
            f"{who(p.from_agency, p.from_country)} ({reason}); command stays",
            proposal=p.id,
        )

    def _command_close(self, ev: CommandEvent) -> None:
        members = self.decided_members()
        if not members:
            self.refuse(ev, "there is no open command to close")
            return
        if (ev.country, ev.agency) not in {(m.country, m.agency) for m in members}:
            self.refuse(ev, f"{who(ev.agency, ev.country)} is not in command of this incident")
            return
        c = self.r.command
        assert c is not None
        closed = tuple(
            m.model_copy(update={"until": ev.at}) if m.until is None or m.until > ev.at else m
            for m in c.members
            if m.since < ev.at
        )
        self.r.command = c.model_copy(update={"open": False, "closed_at": ev.at, "members": closed})
        for pid, p in list(self.r.proposals.items()):
            if p.state is ProposalState.PROPOSED:
                self.r.proposals[pid] = p.model_copy(update={"state": ProposalState.SUPERSEDED})
        self.entry(ev, "command.closed", f"Command closed by {who(ev.agency, ev.country)}")

    def _assignment_create(self, ev: CommandEvent) -> None:
        d = ev.data
        unit, person = d.get("unit"), d.get("person")
        if not unit and not person:
            self.refuse(ev, "an assignment names a unit or a person")
            return
        element = ElementKind(d["element_kind"])
        a = AssignmentSnapshot(
            id=ev.id,
            incident_key=ev.incident_key,
            exercise_id=ev.exercise,
            unit_id=unit,
            callsign=d.get("callsign"),
            person=person,
            agency=d.get("agency"),
            element_kind=element,
            element_name=str(d["element_name"]),
            work=str(d.get("work") or ""),
            report_to=d.get("report_to"),
            report_at=_dt(d.get("report_at")),
            status=AssignmentStatus.ASSIGNED,
            created_at=ev.at,
            created_by=ev.author,
            history=(
                StatusStep(
                    status=AssignmentStatus.ASSIGNED,
                    at=ev.at,
                    by=ev.author,
                    console=ev.console,
                    event=ev.id,
                ),
            ),
        )
        self.r.assignments[ev.id] = a
        name = a.callsign or a.unit_id or a.person
        place = f"; report to {a.report_to}" if a.report_to else ""
        when = f" at {_time(a.report_at)}" if a.report_at else ""
        self.entry(
            ev,
            "assignment.created",
            f"{name} assigned to {element.value.replace('_', ' ')} {a.element_name}: "
            f"{a.work}{place}{when}",
            assignment=ev.id,
        )

    def _assignment_status(self, ev: CommandEvent) -> None:
        aid = str(ev.data["assignment"])
        a = self.r.assignments.get(aid)
        if a is None:
            self.refuse(ev, "the assignment it changes does not exist")
            return
        target = AssignmentStatus(ev.data["status"])
        refusal = assignment_refusal(a.status, target)
        name = a.callsign or a.unit_id or a.person
        if refusal is not None:
            self.refuse(ev, f"{name}: {refusal}")
            return
        step = StatusStep(status=target, at=ev.at, by=ev.author, console=ev.console, event=ev.id)
        self.r.assignments[aid] = a.model_copy(
            update={"status": target, "history": (*a.history, step)}
        )
        self.entry(
            ev,
            "assignment.status",
            f"{name} ({a.element_name}): {a.status} → {target}",
            assignment=aid,
        )

    def _participation_set(self, ev: CommandEvent) -> None:
        agency, country = str(ev.data["agency"]), str(ev.data["country"])
        target = ParticipationState(ev.data["state"])
        current = self.r.participation.get((country, agency))
        refusal = participation_refusal(None if current is None else current.state, target)
        if refusal is not None:
            self.refuse(ev, f"{who(agency, country)}: {refusal}")
            return
        note = str(ev.data.get("note") or "")
        step = {
            "state": target.value,
            "at": ev.at.isoformat(),
            "by": ev.author,
            "note": note,
            "event": ev.id,
        }
        self.r.participation[(country, agency)] = ParticipationSnapshot(
            incident_key=ev.incident_key,
            exercise_id=ev.exercise,
            agency=agency,
            country=country,
            state=target,
            changed_at=ev.at,
            history=(*(current.history if current else ()), step),
        )
        before = "not taking part" if current is None else str(current.state)
        self.entry(
            ev,
            "participation.state",
            f"{who(agency, country)}: {before} → {target}" + (f" ({note})" if note else ""),
            agency=agency,
            country=country,
        )


def replay(events: Iterable[CommandEvent]) -> Replayed:
    """The state of one incident after its events, in the deterministic order."""
    order, pending = ordered(events)
    rp = _Replayer()
    for ev in order:
        rp.apply(ev)
    for ev in pending:
        rp.r.outcomes[ev.id] = (PENDING, "waiting for " + ", ".join(ev.deps))
    return rp.r
