"""Storage of the command board: the event table, replays and the rows derived from them.

Everything here runs inside a transaction the caller opened (``Store.transaction``): the event
log (``command_events``), replaying an incident's events into its derived rows
(:func:`incident_desk.command._rows.write_derived`), the directory's agencies and units, unit
status reports and expired handover proposals. Timeline entries go through the store's one
writer, :func:`incident_desk.store.write_timeline`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from incident_desk.changes import Changes
from incident_desk.command import _replay as rp
from incident_desk.command._directory import Directory
from incident_desk.command._events import CommandEvent, UnitStatusMessage, reported_at
from incident_desk.command._model import (
    AssignmentStatus,
    ProposalState,
    TierLabels,
    UnitStatus,
)
from incident_desk.command._rows import write_derived
from incident_desk.command._schema import (
    agencies_table,
    assignments_table,
    events_table,
    positions_table,
    proposals_table,
    units_table,
)
from incident_desk.identity import Identity
from incident_desk.incidents._schema import traffic_of
from incident_desk.messages import QT_TRANSLATE_NOOP, Message, word
from incident_desk.store import write_timeline
from incident_desk.topics import Mode, Topic

Publish = Callable[[str, bytes], None]
"""Port that puts ``(topic, payload)`` on the bus."""


@dataclass
class Out:
    """What one transaction touched, gathered while it runs (becomes its ``Changes``)."""

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


class BoardStorage:
    """The state every part of the command board shares, and its event storage.

    ``CommandBoard`` sets these attributes; the operator calls (``_ops``), the bus
    application (``_apply``) and the queries (``_queries``) build on them.

    Attributes:
        identity: who this console is.
        mode: the traffic mode the console publishes in.
        exercise_id: the exercise the console is joined to (None: real traffic).
        traffic: ``actual`` or ``exercise:<id>``, the key of every derived row.
        topic: this console's own command topic.
        tiers: display labels of the JESIP tiers.
    """

    _store: Any
    _publish: Publish | None
    _clock: Callable[[], datetime]
    identity: Identity
    mode: Mode
    exercise_id: str | None
    traffic: str
    topic: str
    tiers: TierLabels

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

    def _rebuild(self, conn: Connection, traffic: str, key: str, now: datetime, out: Out) -> None:
        """Replay the incident's events and rewrite its derived rows; write new timeline."""
        state = self._state(conn, traffic, key)
        touched, timeline_ids = write_derived(conn, traffic, key, state, now)
        out.keys.add(key)
        out.assignments |= touched
        out.timeline.extend(timeline_ids)


def write_directory(
    conn: Connection, directory: Directory, traffic: str, exercise_id: str | None
) -> Changes:
    """Put the directory's agencies and units into the store (a unit's status is kept)."""
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
            .where(units_table.c.traffic == traffic, units_table.c.id == u.id)
            .values(**values)
        ).rowcount
        if not done:
            conn.execute(
                insert(units_table),
                {
                    **values,
                    "traffic": traffic,
                    "id": u.id,
                    "status": None,
                    "lat": None,
                    "lon": None,
                    "status_at": None,
                    "exercise_id": exercise_id,
                },
            )
    return Changes(units=tuple(sorted(u.id for u in directory.units)))


def write_unit_status(
    conn: Connection, topic: Topic, msg: UnitStatusMessage, status: UnitStatus, now: datetime
) -> Changes:
    """Store a unit's status report, arriving at wall instant ``now``, unless we hold a newer
    one.

    Which report is newer goes by the message's own ``time`` (``status_at``: a report that
    arrives again, retained, changes nothing). Its timeline entry and position row stand at
    :func:`~incident_desk.command._events.reported_at`: a scenario inject's ``time`` is on the
    exercise clock, and no report is entered in the future.

    A report that changes the unit's status (or is its first, or carries no position) gets
    a timeline entry (on the incident the unit is assigned to, if any). A report that only
    moves the unit (same status, a position) gets none: at one report a second per device a
    move is not a timeline fact for the operator. It is still a fact of the evidence log: a
    ``unit_positions`` row, logged in this same transaction (docs/evidence.md).
    """
    traffic = traffic_of(topic.exercise_id)
    pos = msg.position or {}
    at = reported_at(msg, now)
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
        "reported_at": at,
        "position_source": msg.source if msg.position else None,
        "position_stale_at": msg.stale if msg.position else None,
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
    open_in = _assigned_to(conn, traffic, msg.unit)
    if pos and row is not None and row["status"] == status.value:
        conn.execute(
            insert(positions_table),
            {
                "traffic": traffic,
                "unit_id": msg.unit,
                "country": topic.country,
                "agency": msg.agency,
                "exercise_id": topic.exercise_id,
                "at": at,
                "lat": pos["lat"],
                "lon": pos["lon"],
                "source": msg.source,
                "stale_at": msg.stale,
                "incident": open_in,
            },
        )
        return Changes(units=(msg.unit,))
    message = (
        Message(
            QT_TRANSLATE_NOOP("core", "{callsign}: {status} at {position}"),
            {
                "callsign": callsign,
                "status": word(status.value),
                "position": f"{pos.get('lat'):.5f},{pos.get('lon'):.5f}",
            },
        )
        if pos
        else Message(
            QT_TRANSLATE_NOOP("core", "{callsign}: {status}"),
            {"callsign": callsign, "status": word(status.value)},
        )
    )
    [new_id] = write_timeline(
        conn,
        [
            {
                "at": at,
                "actor": f"{topic.country}/{msg.agency}",
                "console": None,
                "kind": "unit.status",
                "incident_id": open_in,
                "alert_id": None,
                "exercise_id": topic.exercise_id,
                "text": message.text,
                "data": json.dumps(
                    {"unit": msg.unit, "status": status.value, **pos, "msg": message.data()},
                    sort_keys=True,
                ),
            }
        ],
    )
    return Changes(units=(msg.unit,), timeline=(new_id,))


def _assigned_to(conn: Connection, traffic: str, unit: str) -> str | None:
    """The incident ``unit`` is assigned to (its oldest open assignment), if any."""
    found: str | None = (
        conn.execute(
            select(assignments_table.c.incident_key)
            .where(
                assignments_table.c.traffic == traffic,
                assignments_table.c.unit_id == unit,
                assignments_table.c.status != AssignmentStatus.RELEASED.value,
            )
            .order_by(assignments_table.c.created_at)
        )
        .scalars()
        .first()
    )
    return found


def write_unit_statuses(
    conn: Connection, reports: list[tuple[Topic, UnitStatusMessage, UnitStatus]], now: datetime
) -> Changes:
    """``write_unit_status`` for each report, in order, in the caller's one transaction
    (the ingest batch: one commit and one evidence append for a whole burst), all stored at
    wall instant ``now``."""
    units: dict[str, None] = {}
    timeline: list[int] = []
    for topic, msg, status in reports:
        done = write_unit_status(conn, topic, msg, status, now)
        units.update(dict.fromkeys(done.units))
        timeline.extend(done.timeline)
    return Changes(units=tuple(units), timeline=tuple(timeline))


def expire_proposals(conn: Connection, now: datetime) -> Out:
    """Mark proposals whose answer deadline passed as expired and write each one's timeline
    entry once (the event's ``written`` list remembers it)."""
    out = Out()
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
            select(events_table.c.written, events_table.c.author, events_table.c.console).where(
                events_table.c.id == p["id"]
            )
        ).first()
        if ev_row is None:
            continue
        written = json.loads(ev_row.written)
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Handover proposal to {to} expired unanswered; command stays with {holder}",
            ),
            {
                "to": f"{p['to_country']}/{p['to_agency']}",
                "holder": f"{p['from_country']}/{p['from_agency']}",
            },
        )
        text = message.text
        if text in written:
            continue
        [new_id] = write_timeline(
            conn,
            [
                {
                    "at": p["expires_at"],
                    "actor": ev_row.author,
                    "console": ev_row.console,
                    "kind": "command.handover.expired",
                    "incident_id": p["incident_key"],
                    "alert_id": None,
                    "exercise_id": p["exercise_id"],
                    "text": text,
                    "data": json.dumps(
                        {"event": p["id"], "proposal": p["id"], "msg": message.data()}
                    ),
                }
            ],
        )
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
        out.timeline.append(new_id)
        out.keys.add(p["incident_key"])
    return out
