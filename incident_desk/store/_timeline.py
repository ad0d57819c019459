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
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from incident_desk.store._schema import db_time, driver_mark, timeline_table

__all__ = ["TIMELINE_COLUMNS", "write_timeline"]

# the table's columns but its id (as the alerts' INSERT names them): the two that need
# converting first and last, the others as given
_AS_GIVEN = tuple(c.name for c in timeline_table.c if c.name not in {"id", "at", "data"})
_COLUMNS = ("at", *_AS_GIVEN, "data")
TIMELINE_COLUMNS = frozenset(_COLUMNS)
"""The columns a row passed to :func:`write_timeline` holds (``id`` is assigned)."""

_ROWS_PER_INSERT = 1000  # 9 parameters a row: far under SQLite's 32,766 and libpq's 65,535


def _values(row: Mapping[str, Any], dialect: str) -> tuple[Any, ...]:
    """One row's parameters in ``_COLUMNS`` order (missing columns NULL), checked."""
    unknown = row.keys() - TIMELINE_COLUMNS
    if unknown:
        raise ValueError(f"not timeline columns: {sorted(unknown)}")
    at = row.get("at")
    if not isinstance(at, datetime) or at.utcoffset() is None:
        raise ValueError("a timeline entry needs an aware time")
    data = row.get("data")
    if not isinstance(data, str):
        data = json.dumps(dict(data or {}), sort_keys=True)
    return (db_time(at, dialect), *map(row.get, _AS_GIVEN), data)


def write_timeline(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Append ``rows`` to the timeline in one statement (batched); their ids, ascending.

    Each row names the :data:`TIMELINE_COLUMNS` (missing ones are NULL); ``at`` must be aware
    and is stored in UTC; ``data`` is a JSON object, given as a mapping or as JSON text.
    There is no update or delete: the timeline is append-only. Multi-row statements go
    straight to the driver (as the alerts' INSERT: ``store._ingest.insert_new``); times are
    bound as the ``UtcDateTime`` column stores them (``db_time``).
    """
    if not rows:
        return []
    dialect = conn.dialect.name
    mark = driver_mark(dialect)
    one_row = "(" + ", ".join([mark] * len(_COLUMNS)) + ")"
    ids: list[int] = []
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        chunk = rows[start : start + _ROWS_PER_INSERT]
        params: list[Any] = []
        for row in chunk:
            params.extend(_values(row, dialect))
        statement = (
            f"INSERT INTO timeline ({', '.join(_COLUMNS)}) VALUES "  # noqa: S608 (names, marks)
            + ", ".join([one_row] * len(chunk))
            + " RETURNING id"
        )
        ids.extend(int(i) for (i,) in conn.exec_driver_sql(statement, tuple(params)))
    return sorted(ids)
