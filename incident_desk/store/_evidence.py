"""The evidence hook: log every fact this transaction wrote, before it commits.

Triggers (migration 0007) put one ``evidence_pending`` row per inserted ``alerts``,
``quarantine`` or ``timeline`` row, whoever inserted it and however. ``Store._transact`` calls
``log_pending`` after the caller's work and before the commit, so a fact and its log entry
commit together or not at all: there is nothing for a caller to remember.

Per transaction: one SELECT of the pending rows (only this transaction's own rows are
visible to it until commit), one SELECT per fact table, the leaf hashes, an incremental
update of the frontier (``Frontier.append``), and three multi-row writes. Tree nodes are the
perfect subtrees each append completes from level ``STORED_FROM_LEVEL`` up (one per 16 leaves
on average; lower ones are recomputed from at most 8 leaf hashes when a proof needs them);
no proof is computed here.
On PostgreSQL the append holds a transaction-scoped advisory lock from the first leaf index
to the commit, so consoles sharing one database append one after the other; the rest of
their transactions still run concurrently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, column, table
from sqlalchemy.sql.expression import TableClause

from incident_desk.store._links import chunks
from incident_desk.store._schema import UtcDateTime, db_time, driver_rows, metadata
from incident_desk.tlog.entries import COLUMNS, ENCODERS, INCIDENT_COLUMN, exercise_of_topic
from incident_desk.tlog.merkle import STORED_FROM_LEVEL, Frontier, leaf_hash

LOG_LOCK = 0x1DE5E71D  # PostgreSQL advisory lock id: one appender at a time


def log_pending(conn: Connection) -> int:
    """Append the facts noted in ``evidence_pending`` to the log; how many were appended.

    The fixed statements go straight to the driver (``_Sql``): they run in every write
    transaction, and SQLAlchemy's per-statement and per-row processing was most of the
    log's cost on the ingest path. Fact rows are read through SQLAlchemy (typed times).
    """
    sql = _Sql(conn)
    # One statement takes this transaction's own pending rows (the only uncommitted ones it
    # can see). On PostgreSQL a committed leftover that two transactions both see is
    # deleted by one of them only: the other's DELETE waits for the row and then skips it.
    taken = sql.rows("DELETE FROM evidence_pending RETURNING id, source, source_id")
    if not taken:
        return 0
    pending = sorted(taken)  # insertion order (RETURNING promises no order)
    if sql.postgres:
        sql.run("SELECT pg_advisory_xact_lock(?)", (LOG_LOCK,))
    size, packed = sql.run("SELECT size, frontier FROM evidence_state WHERE id = 1").fetchone()
    frontier = Frontier.unpack(int(size), bytes(packed))
    facts = _facts(sql, pending)
    now = sql.now()
    entries: list[tuple[Any, ...]] = []
    nodes: list[tuple[int, int, bytes]] = []
    for _pid, source, source_id in pending:
        row = facts[source].get(source_id)
        if row is None:
            continue  # inserted and deleted again in this transaction: no fact, no entry
        kind, encode = ENCODERS[source]
        entry = encode(row)
        leaf = leaf_hash(entry)
        incident = row[INCIDENT_COLUMN[source]] if source in INCIDENT_COLUMN else None
        exercise = row["exercise_id"] if source != "quarantine" else exercise_of_topic(row["topic"])
        entries.append(
            (frontier.size, source, source_id, kind, exercise, incident, entry, leaf, now)
        )
        nodes.extend(n for n in frontier.append(leaf) if n[0] >= STORED_FROM_LEVEL)
    if entries:
        sql.many(
            "INSERT INTO evidence_entries (leaf_index, source, source_id, kind, exercise_id, "
            "incident_key, entry, leaf_hash, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entries,
        )
    if nodes:
        sql.many("INSERT INTO evidence_nodes (level, idx, hash) VALUES (?, ?, ?)", nodes)
    sql.run(
        "UPDATE evidence_state SET size = ?, frontier = ? WHERE id = 1",
        (frontier.size, frontier.pack()),
    )
    return len(entries)


class _Sql:
    """Plain SQL on the driver's cursor; ``?`` placeholders become the driver's own."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"

    def _text(self, statement: str) -> str:
        return statement.replace("?", "%s") if self.postgres else statement

    def run(self, statement: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.exec_driver_sql(self._text(statement), params)

    def rows(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """All rows of a query as the driver's plain tuples (no per-row processing)."""
        return driver_rows(self.conn, self._text(statement), params)

    def many(self, statement: str, rows: list[Any]) -> None:
        self.conn.exec_driver_sql(self._text(statement), rows)

    def now(self) -> object:
        """Now, as the ``UtcDateTime`` columns store it on this database."""
        return db_time(datetime.now(UTC), self.conn.dialect.name)


_TIMES = frozenset({"at", "received_at", "stale_at"})


def fact_table(source: str) -> TableClause | Table:
    """The fact table ``source``: from the store's metadata, or (a table another core
    package registers, such as ``alarm_journal``) a typed stand-in naming its entry columns."""
    known = metadata.tables.get(source)
    if known is not None:
        return known
    return table(
        source,
        *(column(n, UtcDateTime() if n in _TIMES else None) for n in COLUMNS[source]),
    )


def _facts(sql: _Sql, pending: Any) -> dict[str, dict[int, Mapping[str, Any]]]:
    """The pending facts' entry columns, read through the driver (no per-row processing).

    Values come back as the driver gives them; the only column type the encoders need
    typed is a time: SQLite keeps ``UtcDateTime`` as UTC text, read here as the store reads
    it (an aware UTC datetime). ``ledger.audit`` re-reads the same rows through SQLAlchemy and
    re-encodes them: the two readings agreeing is what its tests check.
    """
    wanted: dict[str, list[int]] = defaultdict(list)
    for _pid, source, source_id in pending:
        wanted[source].append(source_id)
    found: dict[str, dict[int, Mapping[str, Any]]] = {source: {} for source in ENCODERS}
    for source, ids in wanted.items():
        names = COLUMNS[source]
        times = [i for i, name in enumerate(names) if name in _TIMES]
        listed = ", ".join(names)
        for chunk in chunks(ids, 900):
            marks = ", ".join("?" * len(chunk))
            # names and tables are the fixed COLUMNS of entries.py, never input
            query = f"SELECT {listed} FROM {source} WHERE id IN ({marks})"  # noqa: S608
            for values in sql.rows(query, tuple(chunk)):
                row = dict(zip(names, values, strict=True))
                for i in times:
                    row[names[i]] = _utc(values[i])
                found[source][row["id"]] = row
    return found


def _utc(value: Any) -> datetime | None:
    """A stored ``UtcDateTime`` as the store reads it: aware, in UTC (SQLite: naive UTC text)."""
    if value is None:
        return None
    moment: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
