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

from sqlalchemy import Connection, delete, func, insert, select, update

from incident_desk.store._links import chunks
from incident_desk.store._schema import Base
from incident_desk.tlog.entries import COLUMNS, ENCODERS
from incident_desk.tlog.merkle import STORED_FROM_LEVEL, Frontier, leaf_hash

_pending = Base.metadata.tables["evidence_pending"]
_entries = Base.metadata.tables["evidence_entries"]
_nodes = Base.metadata.tables["evidence_nodes"]
_state = Base.metadata.tables["evidence_state"]
LOG_LOCK = 0x1DE5E71D  # PostgreSQL advisory lock id: one appender at a time


def log_pending(conn: Connection) -> int:
    """Append the facts noted in ``evidence_pending`` to the log; how many were appended."""
    # One statement takes this transaction's own pending rows (the only uncommitted ones it
    # can see). On PostgreSQL a committed leftover that two transactions both see is
    # deleted by one of them only: the other's DELETE waits for the row and then skips it.
    taken = conn.execute(
        delete(_pending).returning(_pending.c.id, _pending.c.source, _pending.c.source_id)
    ).all()
    if not taken:
        return 0
    pending = sorted(taken)  # insertion order (RETURNING promises no order)
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(LOG_LOCK)))
    state = conn.execute(select(_state.c.size, _state.c.frontier).where(_state.c.id == 1)).one()
    frontier = Frontier.unpack(int(state.size), bytes(state.frontier))
    facts = _facts(conn, pending)
    now = datetime.now(UTC)
    entries: list[dict[str, Any]] = []
    nodes: list[dict[str, Any]] = []
    for _pid, source, source_id in pending:
        row = facts[source].get(source_id)
        if row is None:
            continue  # inserted and deleted again in this transaction: no fact, no entry
        kind, encode = ENCODERS[source]
        entry = encode(row)
        leaf = leaf_hash(entry)
        entries.append(
            {
                "leaf_index": frontier.size,
                "source": source,
                "source_id": source_id,
                "kind": kind,
                "exercise_id": row.get("exercise_id"),
                "incident_key": row.get("incident_id") if source == "timeline" else None,
                "entry": entry,
                "leaf_hash": leaf,
                "logged_at": now,
            }
        )
        nodes.extend(
            {"level": lv, "idx": ix, "hash": h}
            for lv, ix, h in frontier.append(leaf)
            if lv >= STORED_FROM_LEVEL
        )
    if entries:
        conn.execute(insert(_entries), entries)
    if nodes:
        conn.execute(insert(_nodes), nodes)
    conn.execute(
        update(_state).where(_state.c.id == 1).values(size=frontier.size, frontier=frontier.pack())
    )
    return len(entries)


def _facts(conn: Connection, pending: Any) -> dict[str, dict[int, Mapping[Any, Any]]]:
    wanted: dict[str, list[int]] = defaultdict(list)
    for _pid, source, source_id in pending:
        wanted[source].append(source_id)
    found: dict[str, dict[int, Mapping[Any, Any]]] = {source: {} for source in ENCODERS}
    for source, ids in wanted.items():
        table = Base.metadata.tables[source]
        for chunk in chunks(ids, 900):
            columns = [table.c[name] for name in COLUMNS[source]]
            for row in conn.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
                found[source][row["id"]] = row
    return found
