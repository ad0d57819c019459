"""CAP ``references`` as rows of ``alert_links``: create, resolve, follow.

A link records the referenced key as written and, once that alert is stored, its id
(``target_id``). Resolution runs from both ends, so arrival order does not matter: links of
newly stored alerts look for their targets, and pending links pointing at newly stored keys
are filled in.

Kinds follow the referring message's ``msgType``. An Update or Cancel supersedes only messages
of its own sender (docs/standards.md §2); one that names another sender's message is stored as a
plain "reference" and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.cap import Alert, MsgType
from incident_desk.store._schema import alert_links_table, alerts_table

Key = tuple[str, str, str]
T = TypeVar("T")

CHUNK = 300  # keys per statement (x3 for single values): far below every driver's limit
SUPERSEDING = ("update", "cancel")
_KIND = {
    MsgType.UPDATE: "update",
    MsgType.CANCEL: "cancel",
    MsgType.ACK: "ack",
    MsgType.ERROR: "error",
    MsgType.ALERT: "reference",
}

_alerts = alerts_table
_links = alert_links_table


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def link_kind(alert: Alert, ref_sender: str) -> str:
    kind = _KIND[alert.msg_type]
    if kind in SUPERSEDING and ref_sender != alert.sender:
        return "reference"
    return kind


def link_rows(alert_id: int, alert: Alert) -> list[dict[str, Any]]:
    """One row per distinct reference of ``alert`` (a message never links to itself)."""
    rows: list[dict[str, Any]] = []
    seen: set[Key] = {alert.key()}
    for ref in alert.references:
        if ref.key() in seen:
            continue
        seen.add(ref.key())
        rows.append(
            {
                "alert_id": alert_id,
                "ref_sender": ref.sender,
                "ref_identifier": ref.identifier,
                "ref_sent": ref.sent,
                "kind": link_kind(alert, ref.sender),
                "target_id": None,
            }
        )
    return rows


def resolve(conn: Connection, new_ids: Sequence[int], new_keys: Sequence[Key]) -> None:
    """Fill ``target_id`` of pending links from ``new_ids`` and of links to ``new_keys``."""
    target = (
        select(_alerts.c.id)
        .where(
            _alerts.c.sender == _links.c.ref_sender,
            _alerts.c.identifier == _links.c.ref_identifier,
            _alerts.c.sent_text == _links.c.ref_sent,
        )
        .scalar_subquery()
    )
    pending = update(_links).where(_links.c.target_id.is_(None)).values(target_id=target)
    for ids in chunks(new_ids, CHUNK * 3):
        conn.execute(pending.where(_links.c.alert_id.in_(ids), target.is_not(None)))
    # Narrow by identifier (leading index column); the subquery matches the exact key.
    identifiers = sorted({identifier for _, identifier, _ in new_keys})
    for chunk in chunks(identifiers, CHUNK * 3):
        conn.execute(pending.where(_links.c.ref_identifier.in_(chunk), target.is_not(None)))


def chain_ids(conn: Connection, alert_id: int) -> set[int]:
    """Ids of every alert connected to ``alert_id`` by resolved Update/Cancel links."""
    found = {alert_id}
    frontier = {alert_id}
    while frontier:
        rows = conn.execute(
            select(_links.c.alert_id, _links.c.target_id).where(
                _links.c.kind.in_(SUPERSEDING),
                _links.c.target_id.is_not(None),
                or_(_links.c.alert_id.in_(frontier), _links.c.target_id.in_(frontier)),
            )
        ).all()
        nxt: set[int] = set()
        for source, target in rows:
            nxt.update(i for i in (source, target) if i is not None and i not in found)
        found |= nxt
        frontier = nxt
    return found


def referring_ids(conn: Connection, alert_id: int, kinds: Iterable[str]) -> list[int]:
    """Ids of stored alerts that reference ``alert_id`` with one of ``kinds``."""
    query = (
        select(_links.c.alert_id)
        .where(_links.c.target_id == alert_id, _links.c.kind.in_(tuple(kinds)))
        .order_by(_links.c.alert_id)
    )
    return list(dict.fromkeys(conn.execute(query).scalars()))


def link_state(conn: Connection, low: int, high: int, joined: str | None) -> list[tuple[int, str]]:
    """(target id, kind) of every Ack, Update and Cancel that names an alert with an id in
    ``low..high``, sent in real traffic or in the exercise ``joined``.

    One range read over the ``target_id`` index (a page of alerts is a contiguous id range),
    joined to each referring alert's exercise for the traffic filter; never a scan.
    """
    referring: ColumnElement[bool] = _alerts.c.exercise_id.is_(None)
    if joined is not None:
        referring = or_(referring, _alerts.c.exercise_id == joined)
    query = (
        select(_links.c.target_id, _links.c.kind)
        .join(_alerts, _alerts.c.id == _links.c.alert_id)
        .where(
            _links.c.target_id >= low,
            _links.c.target_id <= high,
            _links.c.kind.in_(("ack", *SUPERSEDING)),
            referring,
        )
    )
    return [(int(target), str(kind)) for target, kind in conn.execute(query)]
