"""The rows the board reads, checks and inserts: an alert, an incident, the refusals that
guard every change (who made it, an open incident, the same traffic), a new incident's row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, insert, select

from incident_desk.incidents._common import alerts
from incident_desk.incidents._model import IncidentError, IncidentStatus
from incident_desk.incidents._schema import incidents_table as table


def need_actor(actor: str) -> None:
    if not actor.strip():
        raise IncidentError("Every change to an incident names who made it (actor).")


def alert_row(conn: Connection, alert_id: int) -> RowMapping:
    row = (
        conn.execute(
            select(
                alerts.c.id,
                alerts.c.sender,
                alerts.c.identifier,
                alerts.c.msg_type,
                alerts.c.headline,
                alerts.c.event,
                alerts.c.exercise_id,
                alerts.c.incidents,
                alerts.c.country,
                alerts.c.parsed,
            ).where(alerts.c.id == alert_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise IncidentError(f"There is no alert with id {alert_id}.")
    return row


def incident_row(conn: Connection, incident_id: int) -> RowMapping:
    row = conn.execute(select(table).where(table.c.id == incident_id)).mappings().first()
    if row is None:
        raise IncidentError(f"There is no incident with id {incident_id}.")
    return row


def need_open(incident: RowMapping, doing: str) -> None:
    if incident["merged_into"] is not None:
        raise IncidentError(
            f"Incident {incident['key']} was merged into incident #{incident['merged_into']}: "
            f"{doing} there instead."
        )
    if incident["status"] == IncidentStatus.CLOSED:
        raise IncidentError(f"Incident {incident['key']} is closed: reopen it to {doing}.")


def same_traffic(what: str, exercise_id: str | None, incident: RowMapping, doing: str) -> None:
    """Exercise and real traffic never mix, nor two exercises (docs/architecture.md §5)."""
    theirs = incident["exercise_id"]
    if exercise_id == theirs:
        return
    mine = "is real traffic" if exercise_id is None else f"belongs to exercise {exercise_id}"
    other = "is real" if theirs is None else f"belongs to exercise {theirs}"
    raise IncidentError(
        f"Cannot {doing}: {what} {mine} and incident {incident['key']} {other}; "
        "exercise and real traffic never mix."
    )


def insert_incident(
    conn: Connection,
    *,
    key: str,
    traffic: str,
    title: str,
    now: datetime,
    actor: str,
    exercise_id: str | None,
    lat: float | None,
    lon: float | None,
    country: str | None,
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "key": key,
        "traffic": traffic,
        "title": title,
        "status": IncidentStatus.NEW.value,
        "severity": None,
        "created_at": now,
        "updated_at": now,
        "created_by": actor,
        "exercise_id": exercise_id,
        "lat": lat,
        "lon": lon,
        "country": country,
        "merged_into": None,
    }
    new_id = conn.execute(insert(table).returning(table.c.id), values).scalar_one()
    return {**values, "id": int(new_id)}
