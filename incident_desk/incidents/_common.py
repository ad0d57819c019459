"""What the board and correlation share: rows in, snapshots out, timeline entries, keys."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Insert, Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.cap import Alert
from incident_desk.incidents._model import (
    CountryLookup,
    IncidentSnapshot,
    IncidentStatus,
    max_severity,
)
from incident_desk.incidents._schema import incident_alerts_table as links
from incident_desk.incidents._schema import incidents_table as incidents
from incident_desk.messages import Message
from incident_desk.store._schema import alerts_table, timeline_table
from incident_desk.store._timeline import write_timeline as write_timeline  # the one writer

log = logging.getLogger("incident_desk.incidents")

alerts = alerts_table
timeline = timeline_table
T = TypeVar("T")
CHUNK = 900  # ids per IN (...): far below every driver's parameter limit
NOT_GROUPED = ("Ack", "Error")  # they follow their alert, not an incident


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_ignoring_duplicates(conn: Connection, table: Table, keys: Sequence[str]) -> Insert:
    """``INSERT ... ON CONFLICT (keys) DO NOTHING`` on SQLite and PostgreSQL."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(keys))
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(keys))


# -- alerts -----------------------------------------------------------------------------------


def title_of(headline: str | None, event: str | None, identifier: str) -> str:
    return (headline or event or identifier).strip() or identifier


def location_of(alert: Alert) -> tuple[float, float] | None:
    """The centre of the first area with a shape: a circle's centre, else the mean of a
    polygon's ring points (without the closing point). None when no area has a shape."""
    for info in alert.infos:
        for area in info.areas:
            if area.circles:
                centre = area.circles[0].center
                return (centre.lat, centre.lon)
            for polygon in area.polygons:
                ring = list(polygon.points)
                if len(ring) > 1 and ring[0] == ring[-1]:
                    ring = ring[:-1]
                if ring:
                    return (
                        sum(p.lat for p in ring) / len(ring),
                        sum(p.lon for p in ring) / len(ring),
                    )
    return None


def country_at(lookup: CountryLookup | None, lat: float | None, lon: float | None) -> str | None:
    """The country at a point through the injected lookup; a failing lookup is logged, not
    fatal (an incident without a country is still an incident)."""
    if lookup is None or lat is None or lon is None:
        return None
    try:
        code = lookup(lat, lon)
    except Exception:
        log.exception("country lookup failed at %s,%s", lat, lon)
        return None
    return code.upper() if code else None


# -- incidents --------------------------------------------------------------------------------


def generated_key(conn: Connection, traffic: str, country: str | None, at: datetime) -> str:
    """``INC-{country}-{yyyymmdd}-{n}``: the next free ``n`` for that country and day within
    ``traffic`` (real traffic, or one exercise); ``XX`` when the country is unknown."""
    prefix = f"INC-{(country or 'XX').upper()}-{at:%Y%m%d}-"
    taken = conn.execute(
        select(incidents.c.key).where(
            incidents.c.traffic == traffic, incidents.c.key.startswith(prefix, autoescape=True)
        )
    ).scalars()
    numbers = [int(k[len(prefix) :]) for k in taken if k[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1}"


def refresh(conn: Connection, incident_ids: Iterable[int], now: datetime) -> None:
    """Recompute the severity (highest of the alerts) and touch ``updated_at``."""
    ids = sorted(set(incident_ids))
    if not ids:
        return
    found: dict[int, list[str | None]] = {i: [] for i in ids}
    for chunk in chunks(ids):
        rows = conn.execute(
            select(links.c.incident_id, alerts.c.severity)
            .join(alerts, alerts.c.id == links.c.alert_id)
            .where(links.c.incident_id.in_(chunk))
        )
        for incident_id, severity in rows:
            found[incident_id].append(severity)
    conn.execute(
        update(incidents)
        .where(incidents.c.id == bindparam("b_id"))
        .values(severity=bindparam("b_severity"), updated_at=bindparam("b_now")),
        [{"b_id": i, "b_severity": max_severity(found[i]), "b_now": now} for i in ids],
    )


def raise_severity(
    conn: Connection,
    added: Mapping[int, Iterable[str | None]],
    known: Mapping[int, str | None],
    now: datetime,
) -> None:
    """Alerts were only added: each incident's severity becomes the highest of what it had
    (``known``) and the added alerts' severities, and ``updated_at`` is touched.

    The same result as :func:`refresh` when alerts are only added, without reading every
    alert of the incident again: correlation adds alerts to long-running incidents batch after
    batch, and a full re-read made each batch cost as much as the incident's size.
    """
    if not added:
        return
    conn.execute(
        update(incidents)
        .where(incidents.c.id == bindparam("b_id"))
        .values(severity=bindparam("b_severity"), updated_at=bindparam("b_now")),
        [
            {"b_id": i, "b_severity": max_severity([known[i], *added[i]]), "b_now": now}
            for i in sorted(added)
        ],
    )


def snapshots(conn: Connection, where: Sequence[ColumnElement[bool]]) -> list[IncidentSnapshot]:
    """Incidents matching ``where`` with their alert ids, by id."""
    rows = conn.execute(select(incidents).where(*where).order_by(incidents.c.id)).mappings().all()
    alert_ids: dict[int, list[int]] = {row["id"]: [] for row in rows}
    for chunk in chunks(list(alert_ids)):
        pairs = conn.execute(
            select(links.c.incident_id, links.c.alert_id).where(links.c.incident_id.in_(chunk))
        )
        for incident_id, alert_id in pairs:
            alert_ids[incident_id].append(alert_id)
    return [snapshot(row, alert_ids[row["id"]]) for row in rows]


def snapshot(row: Mapping[Any, Any], alert_ids: Iterable[int]) -> IncidentSnapshot:
    return IncidentSnapshot(
        id=row["id"],
        key=row["key"],
        title=row["title"],
        status=IncidentStatus(row["status"]),
        severity=row["severity"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        created_by=row["created_by"],
        exercise_id=row["exercise_id"],
        lat=row["lat"],
        lon=row["lon"],
        country=row["country"],
        alert_ids=tuple(sorted(alert_ids)),
        merged_into=row["merged_into"],
    )


# -- timeline ---------------------------------------------------------------------------------


def entry(
    incident: Mapping[Any, Any],
    kind: str,
    text: str | Message,
    *,
    actor: str,
    console: str | None,
    at: datetime,
    alert_id: int | None = None,
    data: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A timeline row about ``incident``; ``timeline.incident_id`` holds the incident key
    (shared by every console on the bus), ``data["incident"]`` this database's id. A
    ``Message`` is kept as English text and as its id with arguments (``data["msg"]``), so
    each reader sees it in their own language (incident_desk/messages.py)."""
    if isinstance(text, Message):
        data = {**(data or {}), "msg": text.data()}
        text = text.text
    return {
        "at": at,
        "actor": actor,
        "console": console,
        "kind": kind,
        "incident_id": incident["key"],
        "alert_id": alert_id,
        "exercise_id": incident["exercise_id"],
        "text": text,
        "data": json.dumps({"incident": incident["id"], **(data or {})}, sort_keys=True),
    }
