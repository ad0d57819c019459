"""The evidence hook: log every fact this transaction wrote, before it commits.

Triggers (migration 0007) put one ``evidence_pending`` row per inserted ``alerts``,
``quarantine`` or ``timeline`` row, whoever inserted it and however. ``Store._transact`` calls
``log_pending`` after the caller's work and before the commit, so a fact and its log entry
commit together or not at all: there is nothing for a caller to remember.

Per transaction: one SELECT of the pending rows (only this transaction's own rows are
visible to it until commit), one SELECT per fact table, the leaf hashes, an incremental
update of the frontier (``Frontier.append``), and three multi-row writes. Tree nodes are the
perfect subtrees each append completes (one per leaf on average); no proof is computed here.
On PostgreSQL the append holds a transaction-scoped advisory lock from the first leaf index
to the commit, so consoles sharing one database append one after the other; the rest of
their transactions still run concurrently.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from incident_desk.evidence._entry import ENCODERS
from incident_desk.evidence._merkle import Frontier, leaf_hash
from incident_desk.store._links import chunks
from incident_desk.store._schema import Base

_pending = Base.metadata.tables["evidence_pending"]
_entries = Base.metadata.tables["evidence_entries"]
_nodes = Base.metadata.tables["evidence_nodes"]
_state = Base.metadata.tables["evidence_state"]
LOG_LOCK = 0x1DE5E71D  # PostgreSQL advisory lock id: one appender at a time


def log_pending(conn: Connection) -> int:
    """Append the facts noted in ``evidence_pending`` to the log; how many were appended."""
    query = select(_pending.c.id, _pending.c.source, _pending.c.source_id).order_by(_pending.c.id)
    if not conn.execute(query.limit(1)).first():
        return 0
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(LOG_LOCK)))
    pending = conn.execute(query).all()  # again under the lock: the authoritative list
    if not pending:
        return 0
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
        nodes.extend({"level": lv, "idx": ix, "hash": h} for lv, ix, h in frontier.append(leaf))
    if entries:
        conn.execute(insert(_entries), entries)
    if nodes:
        conn.execute(insert(_nodes), nodes)
    conn.execute(
        update(_state).where(_state.c.id == 1).values(size=frontier.size, frontier=frontier.pack())
    )
    for ids in chunks([p.id for p in pending], 900):
        conn.execute(delete(_pending).where(_pending.c.id.in_(ids)))
    return len(entries)


def _facts(conn: Connection, pending: Any) -> dict[str, dict[int, dict[str, Any]]]:
    wanted: dict[str, list[int]] = defaultdict(list)
    for _pid, source, source_id in pending:
        wanted[source].append(source_id)
    found: dict[str, dict[int, dict[str, Any]]] = {source: {} for source in ENCODERS}
    for source, ids in wanted.items():
        table = Base.metadata.tables[source]
        for chunk in chunks(ids, 900):
            for row in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[source][row["id"]] = dict(row)
    return found
