"""Queries of the command board: snapshots of command, assignments, participation, proposals,
units, agencies, events and the incident's timeline, each read in its own read transaction in
this console's traffic (real, or its exercise)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.command._brief import build_brief
from incident_desk.command._model import (
    AssignmentSnapshot,
    CommandMember,
    CommandSnapshot,
    ParticipationSnapshot,
    ParticipationState,
    ProposalSnapshot,
    ProposalState,
    UnitSnapshot,
)
from incident_desk.command._rows import (
    assignment_snapshots,
    command_snapshot,
    proposal_snapshots,
    unit_snapshot,
)
from incident_desk.command._schema import (
    agencies_table,
    assignments_table,
    events_table,
    participation_table,
    proposals_table,
    units_table,
)
from incident_desk.command._storage import BoardStorage
from incident_desk.store import TimelineEntry
from incident_desk.store._schema import timeline_table

__all__ = ["Queries"]


class Queries(BoardStorage):
    """The command board's read side (see the module)."""

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
