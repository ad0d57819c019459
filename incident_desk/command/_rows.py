"""Rows of the command tables: derived state written from a replay, snapshots read back."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.command import _replay as rp
from incident_desk.command._model import (
    AssignmentSnapshot,
    AssignmentStatus,
    CommandMember,
    CommandMode,
    CommandSnapshot,
    ElementKind,
    ProposalSnapshot,
    ProposalState,
    StatusStep,
    Tier,
    UnitSnapshot,
    UnitStatus,
)
from incident_desk.command._schema import (
    assignments_table,
    commands_table,
    events_table,
    history_table,
    members_table,
    participation_table,
    proposals_table,
)
from incident_desk.store import write_timeline


def write_derived(
    conn: Connection, traffic: str, key: str, state: rp.Replayed, now: datetime
) -> tuple[set[str], list[int]]:
    """Rewrite the incident's derived rows from ``state``; write its new timeline entries
    (once per event and text). Returns (assignment ids touched, new timeline ids)."""
    timeline_ids: list[int] = []
    old = set(
        conn.execute(
            select(assignments_table.c.id).where(
                assignments_table.c.traffic == traffic, assignments_table.c.incident_key == key
            )
        ).scalars()
    )
    conn.execute(delete(history_table).where(history_table.c.assignment_id.in_(old)))
    for table in (
        assignments_table,
        participation_table,
        commands_table,
        members_table,
        proposals_table,
    ):
        conn.execute(delete(table).where(table.c.traffic == traffic, table.c.incident_key == key))
    for a in state.assignments.values():
        conn.execute(
            insert(assignments_table),
            {
                "id": a.id,
                "traffic": traffic,
                "incident_key": key,
                "exercise_id": a.exercise_id,
                "unit_id": a.unit_id,
                "callsign": a.callsign,
                "person": a.person,
                "agency": a.agency,
                "element_kind": a.element_kind.value,
                "element_name": a.element_name,
                "work": a.work,
                "report_to": a.report_to,
                "report_at": a.report_at,
                "status": a.status.value,
                "created_at": a.created_at,
                "created_by": a.created_by,
            },
        )
        conn.execute(
            insert(history_table),
            [
                {
                    "assignment_id": a.id,
                    "seq": i,
                    "status": s.status.value,
                    "at": s.at,
                    "by": s.by,
                    "console": s.console,
                    "event_id": s.event,
                }
                for i, s in enumerate(a.history)
            ],
        )
    touched = old | set(state.assignments)
    for p in state.participation.values():
        conn.execute(
            insert(participation_table),
            {
                "traffic": traffic,
                "incident_key": key,
                "country": p.country,
                "agency": p.agency,
                "exercise_id": p.exercise_id,
                "state": p.state.value,
                "changed_at": p.changed_at,
                "history": json.dumps(list(p.history)),
            },
        )
    c = state.command
    if c is not None:
        conn.execute(
            insert(commands_table),
            {
                "traffic": traffic,
                "incident_key": key,
                "exercise_id": c.exercise_id,
                "mode": c.mode.value,
                "open": int(c.open),
                "established_at": c.established_at,
                "closed_at": c.closed_at,
            },
        )
        if c.members:
            conn.execute(
                insert(members_table),
                [
                    {
                        "traffic": traffic,
                        "incident_key": key,
                        "seq": i,
                        "country": m.country,
                        "agency": m.agency,
                        "name": m.name,
                        "tier": m.tier.value,
                        "tier_label": m.tier_label,
                        "since": m.since,
                        "until": m.until,
                    }
                    for i, m in enumerate(c.members)
                ],
            )
    for prop in state.proposals.values():
        pstate = prop.state
        if pstate is ProposalState.PROPOSED and prop.expires_at <= now:
            pstate = ProposalState.EXPIRED
        conn.execute(
            insert(proposals_table),
            {
                "id": prop.id,
                "traffic": traffic,
                "incident_key": key,
                "exercise_id": prop.exercise_id,
                "from_country": prop.from_country,
                "from_agency": prop.from_agency,
                "from_console": prop.from_console,
                "to_country": prop.to_country,
                "to_agency": prop.to_agency,
                "to_console": prop.to_console,
                "brief": json.dumps(prop.brief, sort_keys=True),
                "proposed_at": prop.proposed_at,
                "proposed_by": prop.proposed_by,
                "expires_at": prop.expires_at,
                "effective_at": prop.effective_at,
                "state": pstate.value,
                "answered_by": prop.answered_by,
                "answered_at": prop.answered_at,
                "reason": prop.reason,
            },
        )
    rows = conn.execute(
        select(
            events_table.c.id,
            events_table.c.written,
            events_table.c.outcome,
            events_table.c.reason,
        ).where(events_table.c.traffic == traffic, events_table.c.incident_key == key)
    ).all()
    current = {r.id: r for r in rows}
    written: dict[str, list[str]] = {r.id: json.loads(r.written) for r in rows}
    new_rows: list[dict[str, Any]] = []
    for e in state.entries:
        if e.text in written[e.event]:
            continue
        written[e.event].append(e.text)
        new_rows.append(
            {
                "at": e.at,
                "actor": e.actor,
                "console": e.console,
                "kind": e.kind,
                "incident_id": key,
                "alert_id": None,
                "exercise_id": None if traffic == "actual" else traffic.removeprefix("exercise:"),
                "text": e.text,
                "data": json.dumps(e.data, sort_keys=True),
            }
        )
    timeline_ids.extend(write_timeline(conn, new_rows))
    for eid, (outcome, reason) in state.outcomes.items():
        r = current[eid]
        changed_text = json.dumps(written[eid]) != r.written
        if r.outcome != outcome or r.reason != reason or changed_text:
            conn.execute(
                update(events_table)
                .where(events_table.c.id == eid)
                .values(outcome=outcome, reason=reason, written=json.dumps(written[eid]))
            )
    return touched, timeline_ids


def unit_snapshot(r: Any) -> UnitSnapshot:
    return UnitSnapshot(
        id=r["id"],
        callsign=r["callsign"],
        agency=r["agency"],
        country=r["country"],
        kind=r["kind"],
        size=r["size"],
        contact=r["contact"],
        status=None if r["status"] is None else UnitStatus(r["status"]),
        lat=r["lat"],
        lon=r["lon"],
        status_at=r["status_at"],
        exercise_id=r["exercise_id"],
        position_source=r["position_source"],
        position_stale_at=r["position_stale_at"],
        reported_at=r["reported_at"],
    )


def command_snapshot(conn: Connection, traffic: str, key: str) -> CommandSnapshot | None:
    row = (
        conn.execute(
            select(commands_table).where(
                commands_table.c.traffic == traffic, commands_table.c.incident_key == key
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    members = (
        conn.execute(
            select(members_table)
            .where(members_table.c.traffic == traffic, members_table.c.incident_key == key)
            .order_by(members_table.c.seq)
        )
        .mappings()
        .all()
    )
    return CommandSnapshot(
        incident_key=key,
        exercise_id=row["exercise_id"],
        mode=CommandMode(row["mode"]),
        open=bool(row["open"]),
        established_at=row["established_at"],
        closed_at=row["closed_at"],
        members=tuple(
            CommandMember(
                agency=m["agency"],
                country=m["country"],
                name=m["name"],
                tier=Tier(m["tier"]),
                tier_label=m["tier_label"],
                since=m["since"],
                until=m["until"],
            )
            for m in members
        ),
    )


def assignment_snapshots(
    conn: Connection, where: Iterable[ColumnElement[bool]]
) -> list[AssignmentSnapshot]:
    rows = (
        conn.execute(
            select(assignments_table)
            .where(*where)
            .order_by(assignments_table.c.created_at, assignments_table.c.id)
        )
        .mappings()
        .all()
    )
    ids = [r["id"] for r in rows]
    steps: dict[str, list[StatusStep]] = {i: [] for i in ids}
    if ids:
        for h in conn.execute(
            select(history_table)
            .where(history_table.c.assignment_id.in_(ids))
            .order_by(history_table.c.assignment_id, history_table.c.seq)
        ).mappings():
            steps[h["assignment_id"]].append(
                StatusStep(
                    status=AssignmentStatus(h["status"]),
                    at=h["at"],
                    by=h["by"],
                    console=h["console"],
                    event=h["event_id"],
                )
            )
    return [
        AssignmentSnapshot(
            id=r["id"],
            incident_key=r["incident_key"],
            exercise_id=r["exercise_id"],
            unit_id=r["unit_id"],
            callsign=r["callsign"],
            person=r["person"],
            agency=r["agency"],
            element_kind=ElementKind(r["element_kind"]),
            element_name=r["element_name"],
            work=r["work"],
            report_to=r["report_to"],
            report_at=r["report_at"],
            status=AssignmentStatus(r["status"]),
            created_at=r["created_at"],
            created_by=r["created_by"],
            history=tuple(steps[r["id"]]),
        )
        for r in rows
    ]


def proposal_snapshots(
    conn: Connection, where: Iterable[ColumnElement[bool]], now: datetime
) -> list[ProposalSnapshot]:
    rows = (
        conn.execute(
            select(proposals_table)
            .where(*where)
            .order_by(proposals_table.c.proposed_at, proposals_table.c.id)
        )
        .mappings()
        .all()
    )
    out = []
    for r in rows:
        state = ProposalState(r["state"])
        if state is ProposalState.PROPOSED and r["expires_at"] <= now:
            state = ProposalState.EXPIRED
        out.append(
            ProposalSnapshot(
                id=r["id"],
                incident_key=r["incident_key"],
                exercise_id=r["exercise_id"],
                from_agency=r["from_agency"],
                from_country=r["from_country"],
                from_console=r["from_console"],
                to_agency=r["to_agency"],
                to_country=r["to_country"],
                to_console=r["to_console"],
                brief=json.loads(r["brief"]),
                proposed_at=r["proposed_at"],
                proposed_by=r["proposed_by"],
                expires_at=r["expires_at"],
                effective_at=r["effective_at"],
                state=state,
                answered_by=r["answered_by"],
                answered_at=r["answered_at"],
                reason=r["reason"],
            )
        )
    return out
