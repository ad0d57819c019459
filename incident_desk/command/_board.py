"""The command board: operator calls and bus events for command, assignments, participation.

Each operator call builds one ``idesk.command-event/1``, checks it by replaying the
incident with it (so local refusals and bus application follow the very same rules),
stores it, returns the ``Changes`` and the bytes to publish (and hands them to the
``publish`` port if one was given). ``apply_bus_event`` applies what other consoles (and our
own echo) published: idempotent by event id, held pending until the events it builds on
arrive. Every call runs in one store transaction that also writes the timeline.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.changes import Changes
from incident_desk.command import _replay as rp
from incident_desk.command._brief import build_brief
from incident_desk.command._directory import Directory
from incident_desk.command._events import (
    CONTENT_TYPE,
    SCHEMA,
    CommandEvent,
    new_event_id,
    parse_event,
    parse_unit_status,
)
from incident_desk.command._model import (
    AssignmentSnapshot,
    AssignmentStatus,
    CommandError,
    CommandMember,
    CommandMode,
    CommandSnapshot,
    ElementKind,
    ParticipationSnapshot,
    ParticipationState,
    ProposalSnapshot,
    ProposalState,
    Tier,
    TierLabels,
    UnitSnapshot,
    UnitStatus,
)
from incident_desk.command._rows import (
    assignment_snapshots,
    command_snapshot,
    proposal_snapshots,
    unit_snapshot,
    write_derived,
)
from incident_desk.command._schema import (
    agencies_table,
    assignments_table,
    events_table,
    participation_table,
    proposals_table,
    timeline_table,
    units_table,
)
from incident_desk.identity import Identity
from incident_desk.incidents._schema import traffic_of
from incident_desk.store import TimelineEntry
from incident_desk.topics import Mode, Topic, TopicError, command_topic, parse_topic

log = logging.getLogger("incident_desk.command")

Publish = Callable[[str, bytes], None]
DEFAULT_ANSWER_WINDOW = timedelta(minutes=15)


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


@dataclass
class _Out:
    keys: set[str] = field(default_factory=set)
    timeline: list[int] = field(default_factory=list)
    assignments: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        return Changes(
            timeline=tuple(self.timeline),
            assignments=tuple(sorted(self.assignments)),
            command=tuple(sorted(self.keys)),
            units=tuple(sorted(self.units)),
        )


class CommandBoard:
    """Command, assignments, participation, handovers and units of one console.

    Args:
        store: the open store (its engine, transactions and timeline).
        identity: who this console is (country, agency, operator, workstation).
        mode: the traffic mode the console publishes in.
        exercise_id: the exercise the console is joined to (None: real traffic).
        publish: port that puts ``(topic, payload)`` on the bus (e.g. wrapping
            ``BusClient.publish``); None: the caller publishes ``Issued.payload`` itself.
        clock: the current aware time (tests pass a fixed one).
        tiers: display labels of the JESIP tiers.
    """

    def __init__(
        self,
        store: Any,
        identity: Identity,
        *,
        mode: Mode | str = Mode.ACTUAL,
        exercise_id: str | None = None,
        publish: Publish | None = None,
        clock: Callable[[], datetime] | None = None,
        tiers: TierLabels | None = None,
    ) -> None:
        self._store = store
        self.identity = identity
        self.mode = Mode(mode)
        if (self.mode is Mode.EXERCISE) != (exercise_id is not None):
            raise CommandError("an exercise console needs the exercise id, and only it")
        self.exercise_id = exercise_id
        self.traffic = traffic_of(exercise_id)
        self._publish = publish
        self._clock = clock or (lambda: datetime.now(UTC))
        self.tiers = tiers or TierLabels()
        self.topic = command_topic(self.mode, identity.country, identity.agency, exercise_id)

    def now(self) -> datetime:
        """The board's current time (its clock: tests and exercises pass their own)."""
        return self._clock()

    # -- directory and units ------------------------------------------------------------------

    def load_directory(self, directory: Directory) -> Changes:
        """Put the directory's agencies and units into the store (status is kept)."""

        def work(conn: Connection) -> Changes:
            self._store.serialize(conn, "command:directory")
            for a in directory.agencies:
                conn.execute(
                    delete(agencies_table).where(
                        agencies_table.c.country == a.country, agencies_table.c.id == a.id
                    )
                )
                conn.execute(
                    insert(agencies_table),
                    {
                        "country": a.country,
                        "id": a.id,
                        "name": a.name,
                        "kind": a.kind.value,
                        "sender": a.sender,
                        "namespace": a.namespace,
                    },
                )
            countries = {a.id: a.country for a in directory.agencies}
            for u in directory.units:
                values = {
                    "callsign": u.callsign,
                    "agency": u.agency,
                    "country": countries.get(u.agency),
                    "kind": u.kind.value,
                    "size": u.size,
                    "contact": u.contact,
                }
                done = conn.execute(
                    update(units_table)
                    .where(units_table.c.traffic == self.traffic, units_table.c.id == u.id)
                    .values(**values)
                ).rowcount
                if not done:
                    conn.execute(
                        insert(units_table),
                        {
                            **values,
                            "traffic": self.traffic,
                            "id": u.id,
                            "status": None,
                            "lat": None,
                            "lon": None,
                            "status_at": None,
                            "exercise_id": self.exercise_id,
                        },
                    )
            return Changes(units=tuple(sorted(u.id for u in directory.units)))

        result: Changes = self._store.transaction("load the directory", work)
        return result

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
        effective = _aware(effective_at or now, "effective_at")
        expires = _aware(expires_at or now + DEFAULT_ANSWER_WINDOW, "expires_at")
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
        kind = _enum(ElementKind, element_kind, "element kind")
        if not element_name.strip():
            raise CommandError(f"name the {kind.value.replace('_', ' ')} (e.g. 'Division A')")
        if report_at is not None:
            _aware(report_at, "report_at")
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
        target = _enum(AssignmentStatus, status, "assignment status")
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
        target = _enum(ParticipationState, state, "participation state")
        agency = agency or self.identity.agency
        country = country or self.identity.country
        data = {"agency": agency, "country": country, "state": target.value, "note": note}

        def deps(s: rp.Replayed) -> list[str]:
            p = s.participation.get((country, agency))
            return [] if p is None else [str(p.history[-1]["event"])]

        return self._issue(incident_key, "participation.set", data, actor, deps)

    # -- the bus ------------------------------------------------------------------------------

    def apply_bus_event(self, topic: Topic | str, payload: bytes) -> Changes:
        """Apply a unit status or command event from the bus (idempotent, any order).

        Raises:
            CommandError: the payload is not a valid event or disagrees with its topic
                (the ingest caller quarantines it).
        """
        if isinstance(topic, str):
            try:
                topic = parse_topic(topic)
            except TopicError as exc:
                raise CommandError(f"not a command or unit topic: {exc}") from None
        exercise = topic.exercise_id
        if topic.kind == "unit":
            return self._apply_unit_status(topic, payload)
        if topic.kind != "command":
            raise CommandError(f"a {topic.kind} topic carries no command event")
        ev = parse_event(payload)
        if (ev.country, ev.agency) != (topic.country, topic.agency):
            raise CommandError(
                f"event of {ev.country}/{ev.agency} on the topic of "
                f"{topic.country}/{topic.agency}: an agency publishes only under its own subtree"
            )
        if ev.exercise != exercise:
            raise CommandError(
                f"event exercise {ev.exercise!r} differs from the topic's {exercise!r}"
            )

        def work(conn: Connection) -> Changes:
            # consoles sharing one database rebuild an incident one at a time
            self._store.serialize(conn, f"command:{traffic_of(ev.exercise)}:{ev.incident_key}")
            out = _Out()
            now = self._clock()
            if self._insert_event(conn, ev, payload.decode(), now):
                self._rebuild(conn, traffic_of(ev.exercise), ev.incident_key, now, out)
            return out.changes()

        result: Changes = self._store.transaction("apply a command event", work)
        return result

    def _apply_unit_status(self, topic: Topic, payload: bytes) -> Changes:
        msg = parse_unit_status(payload)
        if msg.agency != topic.agency or msg.unit != topic.unit_id:
            raise CommandError(
                f"unit status of {msg.agency}/{msg.unit} on the topic of "
                f"{topic.agency}/{topic.unit_id}"
            )
        if msg.exercise != topic.exercise_id:
            raise CommandError(f"exercise {msg.exercise!r} differs from the topic's")
        status = _enum(UnitStatus, msg.status, "unit status")
        traffic = traffic_of(topic.exercise_id)
        pos = msg.position or {}

        def work(conn: Connection) -> Changes:
            self._store.serialize(conn, f"unit:{msg.agency}:{msg.unit}")
            row = (
                conn.execute(
                    select(units_table).where(
                        units_table.c.traffic == traffic, units_table.c.id == msg.unit
                    )
                )
                .mappings()
                .first()
            )
            if row is not None and row["status_at"] is not None and row["status_at"] >= msg.time:
                return Changes()  # older than (or as old as) what we have: ignored
            values = {
                "status": status.value,
                "lat": pos.get("lat"),
                "lon": pos.get("lon"),
                "status_at": msg.time,
            }
            if row is None:
                conn.execute(
                    insert(units_table),
                    {
                        **values,
                        "traffic": traffic,
                        "id": msg.unit,
                        "callsign": msg.callsign or msg.unit,
                        "agency": msg.agency,
                        "country": topic.country,
                        "kind": "other",
                        "size": None,
                        "contact": None,
                        "exercise_id": topic.exercise_id,
                    },
                )
            else:
                conn.execute(
                    update(units_table)
                    .where(units_table.c.traffic == traffic, units_table.c.id == msg.unit)
                    .values(**values)
                )
            callsign = msg.callsign or (row["callsign"] if row is not None else msg.unit)
            open_in = (
                conn.execute(
                    select(assignments_table.c.incident_key)
                    .where(
                        assignments_table.c.traffic == traffic,
                        assignments_table.c.unit_id == msg.unit,
                        assignments_table.c.status != AssignmentStatus.RELEASED.value,
                    )
                    .order_by(assignments_table.c.created_at)
                )
                .scalars()
                .first()
            )
            where = "" if not pos else f" at {pos.get('lat'):.5f},{pos.get('lon'):.5f}"
            new_id = conn.execute(
                insert(timeline_table).returning(timeline_table.c.id),
                {
                    "at": msg.time,
                    "actor": f"{topic.country}/{msg.agency}",
                    "console": None,
                    "kind": "unit.status",
                    "incident_id": open_in,
                    "alert_id": None,
                    "exercise_id": topic.exercise_id,
                    "text": f"{callsign}: {status.value}{where}",
                    "data": json.dumps(
                        {"unit": msg.unit, "status": status.value, **pos}, sort_keys=True
                    ),
                },
            ).scalar_one()
            return Changes(units=(msg.unit,), timeline=(int(new_id),))

        result: Changes = self._store.transaction("apply a unit status", work)
        return result

    def expire_due(self, now: datetime | None = None) -> Changes:
        """Write the timeline entry of each proposal that expired unanswered (once each);
        command stays where it was. Call it on a timer."""
        now = now or self._clock()

        def work(conn: Connection) -> Changes:
            self._store.serialize(conn, "command:expiry")
            out = _Out()
            rows = (
                conn.execute(
                    select(proposals_table).where(
                        proposals_table.c.state.in_(
                            [ProposalState.PROPOSED.value, ProposalState.EXPIRED.value]
                        ),
                        proposals_table.c.expires_at <= now,
                    )
                )
                .mappings()
                .all()
            )
            for p in rows:
                ev_row = conn.execute(
                    select(
                        events_table.c.written, events_table.c.author, events_table.c.console
                    ).where(events_table.c.id == p["id"])
                ).first()
                if ev_row is None:
                    continue
                written = json.loads(ev_row.written)
                text = (
                    f"Handover proposal to {p['to_country']}/{p['to_agency']} expired "
                    f"unanswered; command stays with {p['from_country']}/{p['from_agency']}"
                )
                if text in written:
                    continue
                new_id = conn.execute(
                    insert(timeline_table).returning(timeline_table.c.id),
                    {
                        "at": p["expires_at"],
                        "actor": ev_row.author,
                        "console": ev_row.console,
                        "kind": "command.handover.expired",
                        "incident_id": p["incident_key"],
                        "alert_id": None,
                        "exercise_id": p["exercise_id"],
                        "text": text,
                        "data": json.dumps({"event": p["id"], "proposal": p["id"]}),
                    },
                ).scalar_one()
                conn.execute(
                    update(events_table)
                    .where(events_table.c.id == p["id"])
                    .values(written=json.dumps([*written, text]))
                )
                conn.execute(
                    update(proposals_table)
                    .where(proposals_table.c.id == p["id"])
                    .values(state=ProposalState.EXPIRED.value)
                )
                out.timeline.append(int(new_id))
                out.keys.add(p["incident_key"])
            return out.changes()

        result: Changes = self._store.transaction("expire handover proposals", work)
        return result

    # -- reading ------------------------------------------------------------------------------

    def command(self, incident_key: str) -> CommandSnapshot | None:
        with self._store.reading("read command") as conn:
            return command_snapshot(conn, self.traffic, incident_key)

    def commanders_at(
        self, incident_key: str, t: datetime | None = None
    ) -> tuple[CommandMember, ...]:
        """Who commands the incident at ``t`` (default now), after accepted transfers."""
        c = self.command(incident_key)
        return () if c is None else c.commanders_at(t or self._clock())

    def assignments(self, incident_key: str | None = None) -> list[AssignmentSnapshot]:
        where: list[ColumnElement[bool]] = [assignments_table.c.traffic == self.traffic]
        if incident_key is not None:
            where.append(assignments_table.c.incident_key == incident_key)
        with self._store.reading("read assignments") as conn:
            return assignment_snapshots(conn, where)

    def assignment(self, assignment_id: str) -> AssignmentSnapshot | None:
        with self._store.reading("read an assignment") as conn:
            found = assignment_snapshots(conn, [assignments_table.c.id == assignment_id])
        return found[0] if found else None

    def assignments_for_unit(self, unit_id: str) -> list[AssignmentSnapshot]:
        with self._store.reading("read assignments") as conn:
            return assignment_snapshots(
                conn,
                [
                    assignments_table.c.traffic == self.traffic,
                    assignments_table.c.unit_id == unit_id,
                ],
            )

    def participation(self, incident_key: str) -> list[ParticipationSnapshot]:
        t = participation_table
        with self._store.reading("read participation") as conn:
            rows = (
                conn.execute(
                    select(t)
                    .where(t.c.traffic == self.traffic, t.c.incident_key == incident_key)
                    .order_by(t.c.country, t.c.agency)
                )
                .mappings()
                .all()
            )
        return [
            ParticipationSnapshot(
                incident_key=r["incident_key"],
                exercise_id=r["exercise_id"],
                agency=r["agency"],
                country=r["country"],
                state=ParticipationState(r["state"]),
                changed_at=r["changed_at"],
                history=tuple(json.loads(r["history"])),
            )
            for r in rows
        ]

    def proposals(self, incident_key: str | None = None) -> list[ProposalSnapshot]:
        where: list[ColumnElement[bool]] = [proposals_table.c.traffic == self.traffic]
        if incident_key is not None:
            where.append(proposals_table.c.incident_key == incident_key)
        with self._store.reading("read handover proposals") as conn:
            return proposal_snapshots(conn, where, self._clock())

    def proposal(self, proposal_id: str) -> ProposalSnapshot | None:
        with self._store.reading("read a handover proposal") as conn:
            found = proposal_snapshots(conn, [proposals_table.c.id == proposal_id], self._clock())
        return found[0] if found else None

    def incoming_proposals(self) -> list[ProposalSnapshot]:
        """Open proposals addressed to this console's agency (the accept/refuse dialog)."""
        return [
            p
            for p in self.proposals()
            if p.state is ProposalState.PROPOSED
            and (p.to_country, p.to_agency) == (self.identity.country, self.identity.agency)
        ]

    def units(self, agency: str | None = None) -> list[UnitSnapshot]:
        where: list[ColumnElement[bool]] = [units_table.c.traffic == self.traffic]
        if agency is not None:
            where.append(units_table.c.agency == agency)
        with self._store.reading("read units") as conn:
            rows = (
                conn.execute(
                    select(units_table)
                    .where(*where)
                    .order_by(units_table.c.agency, units_table.c.id)
                )
                .mappings()
                .all()
            )
        return [unit_snapshot(r) for r in rows]

    def unit(self, unit_id: str) -> UnitSnapshot | None:
        with self._store.reading("read a unit") as conn:
            row = (
                conn.execute(
                    select(units_table).where(
                        units_table.c.traffic == self.traffic, units_table.c.id == unit_id
                    )
                )
                .mappings()
                .first()
            )
        return None if row is None else unit_snapshot(row)

    def agencies(self) -> list[dict[str, str]]:
        with self._store.reading("read agencies") as conn:
            rows = (
                conn.execute(
                    select(agencies_table).order_by(agencies_table.c.country, agencies_table.c.id)
                )
                .mappings()
                .all()
            )
        return [dict(r) for r in rows]

    def events(self, incident_key: str) -> list[dict[str, Any]]:
        """The incident's events with their outcome (applied, refused, superseded, pending)."""
        t = events_table
        with self._store.reading("read command events") as conn:
            rows = (
                conn.execute(
                    select(
                        t.c.id, t.c.type, t.c.at, t.c.author, t.c.console, t.c.outcome, t.c.reason
                    )
                    .where(t.c.traffic == self.traffic, t.c.incident_key == incident_key)
                    .order_by(t.c.at, t.c.id)
                )
                .mappings()
                .all()
            )
        return [dict(r) for r in rows]

    def event_payloads(self, incident_key: str | None = None) -> list[bytes]:
        """Every stored event as received (to re-publish after an outage, or to test)."""
        t = events_table
        where: list[ColumnElement[bool]] = [t.c.traffic == self.traffic]
        if incident_key is not None:
            where.append(t.c.incident_key == incident_key)
        with self._store.reading("read command events") as conn:
            return [
                p.encode()
                for p in conn.execute(
                    select(t.c.payload).where(*where).order_by(t.c.at, t.c.id)
                ).scalars()
            ]

    def timeline(self, incident_key: str) -> list[TimelineEntry]:
        """The incident's timeline (all kinds) in this console's traffic, oldest first."""
        t = timeline_table
        exercise = (
            t.c.exercise_id.is_(None)
            if self.exercise_id is None
            else t.c.exercise_id == self.exercise_id
        )
        with self._store.reading("read the timeline") as conn:
            rows = (
                conn.execute(
                    select(t)
                    .where(t.c.incident_id == incident_key, exercise)
                    .order_by(t.c.at, t.c.id)
                )
                .mappings()
                .all()
            )
        return [TimelineEntry(**{**row, "data": json.loads(row["data"])}) for row in rows]

    def brief(self, incident_key: str) -> dict[str, Any]:
        """The ICS-201 brief this console would send now."""
        with self._store.reading("build a brief") as conn:
            state = self._state(conn, self.traffic, incident_key)
            return build_brief(
                conn,
                traffic=self.traffic,
                incident_key=incident_key,
                exercise_id=self.exercise_id,
                command=state.command,
                assignments=sorted(state.assignments.values(), key=lambda a: a.created_at),
                prepared_by=self.identity.operator,
                agency=self.identity.agency,
                country=self.identity.country,
                at=self._clock(),
            )

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
            out = _Out()
            self._rebuild(conn, self.traffic, incident_key, now, out)
            return Issued(out.changes(), payload, self.topic, ev)

        issued: Issued = self._store.transaction(f"record {type_}", work)
        if self._publish is not None:
            self._publish(issued.topic, issued.payload)
        return issued

    def _events(self, conn: Connection, traffic: str, key: str) -> list[CommandEvent]:
        rows = conn.execute(
            select(events_table.c.payload).where(
                events_table.c.traffic == traffic, events_table.c.incident_key == key
            )
        ).scalars()
        return [CommandEvent.model_validate_json(p) for p in rows]

    def _state(self, conn: Connection, traffic: str, key: str) -> rp.Replayed:
        return rp.replay(self._events(conn, traffic, key))

    def _insert_event(
        self, conn: Connection, ev: CommandEvent, payload: str, now: datetime
    ) -> bool:
        exists = conn.execute(select(events_table.c.id).where(events_table.c.id == ev.id)).first()
        if exists is not None:
            return False
        conn.execute(
            insert(events_table),
            {
                "id": ev.id,
                "traffic": traffic_of(ev.exercise),
                "incident_key": ev.incident_key,
                "type": ev.type,
                "at": ev.at,
                "author": ev.author,
                "console": ev.console,
                "agency": ev.agency,
                "country": ev.country,
                "exercise_id": ev.exercise,
                "payload": payload,
                "received_at": now,
                "outcome": rp.PENDING,
                "reason": None,
                "written": "[]",
            },
        )
        return True

    def _rebuild(self, conn: Connection, traffic: str, key: str, now: datetime, out: _Out) -> None:
        """Replay the incident's events and rewrite its derived rows; write new timeline."""
        state = self._state(conn, traffic, key)
        touched, timeline_ids = write_derived(conn, traffic, key, state, now)
        out.keys.add(key)
        out.assignments |= touched
        out.timeline.extend(timeline_ids)


def _aware(t: datetime, what: str) -> datetime:
    if t.tzinfo is None or t.utcoffset() is None:
        raise CommandError(f"{what} needs a time zone")
    return t.astimezone(UTC)


def _enum(cls: Any, value: Any, what: str) -> Any:
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(m.value for m in cls)
        raise CommandError(f"unknown {what} {value!r} (one of {known})") from None


__all__ = ["CONTENT_TYPE", "CommandBoard", "Issued", "MemberSpec", "Publish"]
