"""Operator calls of the command board: command, handover, assignments, participation.

Each call builds one ``idesk.command-event/1`` event, checks it by replaying the incident with
it (so a local refusal and the bus application follow the very same rules), stores it and
replays the incident's derived rows in one transaction, and returns the ``Changes`` with the
bytes to publish (handing them to the ``publish`` port when the board has one). A refusal is a
``CommandError`` whose ``reason`` is shown to the operator.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection

from incident_desk.changes import Changes
from incident_desk.command import _replay as rp
from incident_desk.command._brief import build_brief
from incident_desk.command._events import SCHEMA, CommandEvent, new_event_id
from incident_desk.command._model import (
    AssignmentStatus,
    CommandError,
    CommandMode,
    ElementKind,
    ParticipationState,
    ProposalSnapshot,
    Tier,
    UnitStatus,
)
from incident_desk.command._queries import Queries
from incident_desk.command._storage import Out

__all__ = ["DEFAULT_ANSWER_WINDOW", "Issued", "MemberSpec", "OperatorCalls", "aware", "enum_value"]

DEFAULT_ANSWER_WINDOW = timedelta(minutes=15)
"""How long a handover proposal waits for an answer unless the caller says otherwise."""


class Issued(NamedTuple):
    """What an operator call did: its changes, and the event to put on the bus."""

    changes: Changes
    payload: bytes
    topic: str
    event: CommandEvent


@dataclass(frozen=True)
class MemberSpec:
    """One incident commander to establish: agency, country, name and JESIP tier."""

    agency: str
    country: str
    name: str
    tier: Tier = Tier.TACTICAL


class OperatorCalls(Queries):
    """The command board's operator calls (see the module)."""

    # -- operator calls: command --------------------------------------------------------------

    def establish(
        self,
        incident_key: str,
        *,
        mode: CommandMode | str = CommandMode.SINGLE,
        members: Sequence[MemberSpec] | None = None,
        actor: str | None = None,
    ) -> Issued:
        """Establish single command (default: this console's agency, the operator as IC) or
        unified command (one IC per agency)."""
        actor = self._actor(actor)
        specs = (
            list(members)
            if members
            else [MemberSpec(self.identity.agency, self.identity.country, actor)]
        )
        data = {
            "mode": CommandMode(mode).value,
            "members": [
                {
                    "agency": m.agency,
                    "country": m.country,
                    "name": m.name,
                    "tier": Tier(m.tier).value,
                    "tier_label": self.tiers.label(m.tier),
                }
                for m in specs
            ],
        }
        return self._issue(incident_key, "command.establish", data, actor, self._command_deps)

    def propose_handover(
        self,
        incident_key: str,
        to_agency: str,
        to_country: str,
        *,
        effective_at: datetime | None = None,
        expires_at: datetime | None = None,
        to_console: str | None = None,
        actor: str | None = None,
    ) -> Issued:
        """Propose to hand command over to another agency (possibly across a border), with
        an ICS-201 brief. It takes effect only when a console of that agency accepts."""
        actor = self._actor(actor)
        now = self._clock()
        effective = aware(effective_at or now, "effective_at")
        expires = aware(expires_at or now + DEFAULT_ANSWER_WINDOW, "expires_at")
        if expires <= now:
            raise CommandError("the answer deadline (expires_at) must be in the future")
        if effective < now - timedelta(minutes=1):
            raise CommandError("a handover cannot take effect in the past")

        def data(conn: Connection, state: rp.Replayed) -> dict[str, Any]:
            brief = build_brief(
                conn,
                traffic=self.traffic,
                incident_key=incident_key,
                exercise_id=self.exercise_id,
                command=state.command,
                assignments=sorted(state.assignments.values(), key=lambda a: a.created_at),
                prepared_by=actor,
                agency=self.identity.agency,
                country=self.identity.country,
                at=now,
            )
            return {
                "to_agency": to_agency,
                "to_country": to_country,
                "to_console": to_console,
                "effective_at": effective.isoformat(),
                "expires_at": expires.isoformat(),
                "brief": brief,
            }

        return self._issue(incident_key, "command.propose", data, actor, self._command_deps)

    def accept_handover(
        self,
        proposal_id: str,
        *,
        name: str | None = None,
        tier: Tier = Tier.TACTICAL,
        actor: str | None = None,
    ) -> Issued:
        """Accept a proposal addressed to this console's agency; ``name`` becomes the IC."""
        actor = self._actor(actor)
        p = self._need_proposal(proposal_id)
        data = {
            "proposal": proposal_id,
            "name": name or actor,
            "tier": Tier(tier).value,
            "tier_label": self.tiers.label(tier),
        }
        return self._issue(p.incident_key, "command.accept", data, actor, lambda _s: [p.id])

    def refuse_handover(self, proposal_id: str, reason: str, *, actor: str | None = None) -> Issued:
        actor = self._actor(actor)
        if not reason.strip():
            raise CommandError("a refusal gives its reason")
        p = self._need_proposal(proposal_id)
        data = {"proposal": proposal_id, "reason": reason.strip()}
        return self._issue(p.incident_key, "command.refuse", data, actor, lambda _s: [p.id])

    def close_command(self, incident_key: str, *, actor: str | None = None) -> Issued:
        actor = self._actor(actor)
        return self._issue(incident_key, "command.close", {}, actor, self._command_deps)

    # -- operator calls: assignments and participation ------------------------------------------

    def assign(
        self,
        incident_key: str,
        *,
        unit_id: str | None = None,
        person: str | None = None,
        element_kind: ElementKind | str,
        element_name: str,
        work: str = "",
        report_to: str | None = None,
        report_at: datetime | None = None,
        actor: str | None = None,
    ) -> Issued:
        """Assign a unit (or a named person) to an ICS position or organisational element
        (ICS-204 line). A unit may hold one open assignment per incident at a time."""
        actor = self._actor(actor)
        if (unit_id is None) == (person is None):
            raise CommandError("an assignment names either a unit or a person")
        kind = enum_value(ElementKind, element_kind, "element kind")
        if not element_name.strip():
            raise CommandError(f"name the {kind.value.replace('_', ' ')} (e.g. 'Division A')")
        if report_at is not None:
            aware(report_at, "report_at")
        data: dict[str, Any] = {
            "unit": unit_id,
            "person": person,
            "callsign": None,
            "agency": None,
            "element_kind": kind.value,
            "element_name": element_name.strip(),
            "work": work.strip(),
            "report_to": report_to,
            "report_at": None if report_at is None else report_at.isoformat(),
        }
        if unit_id is not None:
            unit = self.unit(unit_id)
            if unit is None:
                raise CommandError(f"there is no unit {unit_id!r} in the directory")
            busy = [
                a
                for a in self.assignments(incident_key)
                if a.unit_id == unit_id and a.status != AssignmentStatus.RELEASED
            ]
            if busy:
                raise CommandError(
                    f"{unit.callsign} already has an open assignment in this incident "
                    f"({busy[0].element_name}); release it first"
                )
            if unit.status is UnitStatus.OUT_OF_SERVICE:
                raise CommandError(f"{unit.callsign} is out of service")
            data.update(callsign=unit.callsign, agency=unit.agency)
        return self._issue(incident_key, "assignment.create", data, actor, lambda _s: [])

    def set_assignment_status(
        self, assignment_id: str, status: AssignmentStatus | str, *, actor: str | None = None
    ) -> Issued:
        actor = self._actor(actor)
        target = enum_value(AssignmentStatus, status, "assignment status")
        a = self.assignment(assignment_id)
        if a is None:
            raise CommandError(f"there is no assignment {assignment_id!r}")
        data = {"assignment": assignment_id, "status": target.value}
        return self._issue(
            a.incident_key,
            "assignment.status",
            data,
            actor,
            lambda s: [s.assignments[assignment_id].history[-1].event],
        )

    def set_participation(
        self,
        incident_key: str,
        state: ParticipationState | str,
        *,
        agency: str | None = None,
        country: str | None = None,
        note: str = "",
        actor: str | None = None,
    ) -> Issued:
        """Record an agency's participation (default: this console's own agency)."""
        actor = self._actor(actor)
        target = enum_value(ParticipationState, state, "participation state")
        agency = agency or self.identity.agency
        country = country or self.identity.country
        data = {"agency": agency, "country": country, "state": target.value, "note": note}

        def deps(s: rp.Replayed) -> list[str]:
            p = s.participation.get((country, agency))
            return [] if p is None else [str(p.history[-1]["event"])]

        return self._issue(incident_key, "participation.set", data, actor, deps)

    # -- internals ----------------------------------------------------------------------------

    def _actor(self, actor: str | None) -> str:
        actor = (actor or self.identity.operator).strip()
        if not actor:
            raise CommandError("every command change names who made it (actor)")
        return actor

    def _need_proposal(self, proposal_id: str) -> ProposalSnapshot:
        p = self.proposal(proposal_id)
        if p is None:
            raise CommandError(f"there is no handover proposal {proposal_id!r}")
        return p

    @staticmethod
    def _command_deps(state: rp.Replayed) -> list[str]:
        last = state.command_event
        return [] if last is None else [last]

    def _issue(
        self,
        incident_key: str,
        type_: str,
        data: dict[str, Any] | Callable[[Connection, rp.Replayed], dict[str, Any]],
        actor: str,
        deps: Callable[[rp.Replayed], list[str]],
    ) -> Issued:
        if not incident_key.strip():
            raise CommandError("name the incident (its CAP incident key)")

        def work(conn: Connection) -> Issued:
            self._store.serialize(conn, f"command:{self.traffic}:{incident_key}")
            known = self._events(conn, self.traffic, incident_key)
            # after everything this console has seen: a local order that matches what we know
            latest = max((e.at for e in known), default=None)
            now = self._clock()
            if latest is not None and now <= latest:
                now = latest + timedelta(microseconds=1)
            state = rp.replay(known)
            ev = CommandEvent(
                schema_=SCHEMA,
                id=new_event_id(),
                type=type_,
                incident_key=incident_key,
                author=actor,
                console=self.identity.workstation,
                agency=self.identity.agency,
                country=self.identity.country,
                at=now,
                exercise=self.exercise_id,
                deps=tuple(deps(state)),
                data=data(conn, state) if callable(data) else data,
            )
            trial = rp.replay([*known, ev])
            outcome, reason = trial.outcomes[ev.id]
            if outcome != rp.APPLIED:
                raise CommandError(reason or outcome)
            payload = ev.to_bytes()
            self._insert_event(conn, ev, payload.decode(), now)
            out = Out()
            self._rebuild(conn, self.traffic, incident_key, now, out)
            return Issued(out.changes(), payload, self.topic, ev)

        issued: Issued = self._store.transaction(f"record {type_}", work)
        if self._publish is not None:
            self._publish(issued.topic, issued.payload)
        return issued


def aware(t: datetime, what: str) -> datetime:
    """``t`` in UTC; a naive time is refused (``what`` names it)."""
    if t.tzinfo is None or t.utcoffset() is None:
        raise CommandError(f"{what} needs a time zone")
    return t.astimezone(UTC)


def enum_value(cls: Any, value: Any, what: str) -> Any:
    """``cls(value)``, or a refusal that lists the known values."""
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(m.value for m in cls)
        raise CommandError(f"unknown {what} {value!r} (one of {known})") from None
