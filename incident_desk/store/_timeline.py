"""The one writer of the append-only timeline: :func:`write_timeline`.

Every timeline entry in the product is written here, inside the caller's transaction:
``Store.append_timeline`` (one entry, its own transaction), the incident board and
correlation (``incidents``), command events, unit status and expired handovers
(``command``). Code that must run for every entry written by the product goes here (the
evidence log sees every row, whoever wrote it, through database triggers: store/_evidence.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from incident_desk.store._schema import Base

__all__ = ["TIMELINE_COLUMNS", "write_timeline"]

_timeline = Base.metadata.tables["timeline"]

TIMELINE_COLUMNS = frozenset(
    {"at", "actor", "console", "kind", "incident_id", "alert_id", "exercise_id", "text", "data"}
)
"""The columns a row passed to :func:`write_timeline` holds (``id`` is assigned)."""


def _normalised(row: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(row) - TIMELINE_COLUMNS
    if unknown:
        raise ValueError(f"not timeline columns: {sorted(unknown)}")
    at = row.get("at")
    if not isinstance(at, datetime) or at.utcoffset() is None:
        raise ValueError("a timeline entry needs an aware time")
    data = row.get("data")
    if not isinstance(data, str):
        data = json.dumps(dict(data or {}), sort_keys=True)
    values = {column: row.get(column) for column in TIMELINE_COLUMNS}
    values.update(at=at.astimezone(UTC), data=data)
    return values


def write_timeline(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Append ``rows`` to the timeline in one statement (batched); their ids, ascending.

    Each row names the :data:`TIMELINE_COLUMNS` (missing ones are NULL); ``at`` must be aware
    and is stored in UTC; ``data`` is a JSON object, given as a mapping or as JSON text.
    There is no update or delete: the timeline is append-only.
    """
    if not rows:
        return []
    values = [_normalised(row) for row in rows]
    # Callers need the set of new ids; asking for them in parameter order would make
    # SQLite insert the rows one statement at a time.
    stmt = insert(_timeline).returning(_timeline.c.id)
    return sorted(int(i) for i in conn.execute(stmt, values).scalars())
