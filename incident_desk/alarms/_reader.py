"""Batched reads the alarm board needs: alert summaries and chain/Ack links.

One SELECT per chunk of ids, through the indexed ``alerts.id``, ``alert_links.alert_id`` and
``alert_links.target_id``: the cost grows with the batch, never with the table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, or_, select

from incident_desk.alarms._model import Member
from incident_desk.cap import Alert
from incident_desk.scenario import inject_number
from incident_desk.store._links import CHUNK, chunks
from incident_desk.store._schema import alert_links_table, alerts_table

_alerts = alerts_table
_links = alert_links_table
CHAIN_KINDS = ("update", "cancel")
KINDS = (*CHAIN_KINDS, "ack")
_COLUMNS = (
    _alerts.c.id,
    _alerts.c.sender,
    _alerts.c.identifier,
    _alerts.c.sent_utc,
    _alerts.c.received_at,
    _alerts.c.status,
    _alerts.c.msg_type,
    _alerts.c.severity,
    _alerts.c.urgency,
    _alerts.c.certainty,
    _alerts.c.expires_utc,
    _alerts.c.exercise_id,
    _alerts.c.headline,
    _alerts.c.event,
    _alerts.c.incidents,
    # an exercise's parsed alert only (a drill's few): is it one of the player's injects?
    case((_alerts.c.exercise_id.is_not(None), _alerts.c.parsed), else_=None).label(
        "exercise_parsed"
    ),
)

Link = tuple[int, int, str]  # (referring alert id, referenced alert id, kind)


def members(
    conn: Connection,
    ids: Iterable[int],
    *,
    could_alarm: Sequence[tuple[str, str, str]] | None = None,
) -> dict[int, Member]:
    """Summaries of the stored alerts among ``ids``. With ``could_alarm`` (the triples a
    priority table makes an alarm, ``PriorityTable.alarming``): only those that could change
    an alarm by themselves, told by the database: an alarming triple (an absent value reads
    as "Unknown", as the table reads it) or an exercise's alert (its injects set the
    exercise clock). The rest (on a busy bus, nearly every alert) never reach Python; the
    board reads by id those an Update, Cancel or Ack links to (a Cancel always links)."""
    query = select(*_COLUMNS)
    if could_alarm is not None:
        query = query.where(_could_alarm(could_alarm))
    found: dict[int, Member] = {}
    for chunk in chunks(sorted(set(ids)), CHUNK * 3):
        for row in conn.execute(query.where(_alerts.c.id.in_(chunk))):
            found[row.id] = member(row._mapping)
    return found


def _could_alarm(triples: Sequence[tuple[str, str, str]]) -> ColumnElement[bool]:
    words = [
        func.coalesce(column, "Unknown")
        for column in (_alerts.c.severity, _alerts.c.urgency, _alerts.c.certainty)
    ]
    joined = words[0].concat("/").concat(words[1]).concat("/").concat(words[2])
    return or_(
        joined.in_(sorted("/".join(triple) for triple in triples)),
        _alerts.c.exercise_id.is_not(None),
    )


def member(row: Any) -> Member:
    return Member(
        id=row["id"],
        sender=row["sender"],
        identifier=row["identifier"],
        sent_utc=row["sent_utc"],
        received_at=row["received_at"],
        status=row["status"],
        msg_type=row["msg_type"],
        severity=row["severity"],
        urgency=row["urgency"],
        certainty=row["certainty"],
        expires_utc=row["expires_utc"],
        exercise_id=row["exercise_id"],
        headline=row["headline"],
        event=row["event"],
        incidents=tuple(json.loads(row["incidents"] or "[]")),
        exercise_clock=_is_inject(row["exercise_parsed"]),
    )


def _is_inject(parsed: str | None) -> bool:
    """Whether an exercise's stored alert (``parsed``: its ``Alert`` as JSON) is an inject."""
    return parsed is not None and inject_number(Alert.model_validate_json(parsed)) is not None


def links(conn: Connection, ids: Sequence[int]) -> list[Link]:
    """Resolved Update/Cancel/Ack links from or to any of ``ids`` (each once)."""
    found: dict[Link, None] = {}
    base = select(_links.c.alert_id, _links.c.target_id, _links.c.kind).where(
        _links.c.kind.in_(KINDS), _links.c.target_id.is_not(None)
    )
    for chunk in chunks(sorted(set(ids)), CHUNK * 3):
        for column in (_links.c.alert_id, _links.c.target_id):
            for source, target, kind in conn.execute(base.where(column.in_(chunk))):
                found[(int(source), int(target), str(kind))] = None
    return list(found)


def newest_id(conn: Connection) -> int:
    """The highest stored alert id (0 for an empty store)."""
    return int(conn.execute(select(func.max(_alerts.c.id))).scalar() or 0)


def ids_since(conn: Connection, since: datetime | None, after_id: int, limit: int) -> list[int]:
    """Alert ids above ``after_id`` (sent at or after ``since``), ascending; one page."""
    query = select(_alerts.c.id).where(_alerts.c.id > after_id)
    if since is not None:
        query = query.where(_alerts.c.sent_utc >= since)
    return [int(i) for i in conn.execute(query.order_by(_alerts.c.id).limit(limit)).scalars()]
