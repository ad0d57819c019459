"""The evidence log inside a store: proofs, checkpoints, cosignatures and an audit.

Appending is not here: the store does it in the transaction of each fact
(``incident_desk/store/_evidence.py``). This module reads what was appended: it builds
inclusion and consistency proofs from the stored perfect-subtree hashes (O(log n) rows per
proof), signs checkpoints with the agency key and keeps the cosignatures witnesses return.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from incident_desk.errors import StoreError
from incident_desk.evidence._note import Checkpoint, Note, Signer
from incident_desk.store import Store
from incident_desk.store._evidence import fact_table
from incident_desk.store._schema import (
    evidence_checkpoints_table,
    evidence_cosignatures_table,
    evidence_entries_table,
    evidence_nodes_table,
    evidence_pending_table,
    evidence_state_table,
)
from incident_desk.tlog.entries import ENCODERS
from incident_desk.tlog.merkle import (
    STORED_FROM_LEVEL,
    Frontier,
    NodeId,
    consistency_ranges,
    empty_root,
    inclusion_ranges,
    leaf_hash,
    proof_from,
    subtree_from_leaves,
)

entries_table = evidence_entries_table
nodes_table = evidence_nodes_table
state_table = evidence_state_table
pending_table = evidence_pending_table
checkpoints_table = evidence_checkpoints_table
cosignatures_table = evidence_cosignatures_table


class LogDamaged(StoreError):
    """The log in the database is incomplete or inconsistent (the message says where)."""


@dataclass(frozen=True)
class StoredCheckpoint:
    """A checkpoint as kept in the store (ours, or a partner's we witnessed).

    Attributes:
        note: the signed note, with every cosignature line received so far.
        state: "signed" (ours), "cosigned" (a partner's we cosigned) or "refused".
    """

    id: int
    origin: str
    size: int
    root: bytes
    note: bytes
    own: bool
    state: str
    reason: str | None
    created_at: datetime
    timestamp: bytes | None = None


def _checkpoint(row: Any) -> StoredCheckpoint:
    return StoredCheckpoint(
        id=row.id,
        origin=row.origin,
        size=int(row.size),
        root=bytes(row.root),
        note=bytes(row.note),
        own=bool(row.own),
        state=row.state,
        reason=row.reason,
        created_at=row.created_at,
        timestamp=bytes(row.timestamp) if row.timestamp is not None else None,
    )


def fetch_nodes(conn: Connection, wanted: Iterable[NodeId]) -> dict[NodeId, bytes]:
    """The hashes of ``wanted`` perfect subtrees: leaf hashes from the entries, nodes from
    level ``STORED_FROM_LEVEL`` up as stored, the levels between recomputed from leaves."""
    wanted = list(wanted)
    leaves: set[int] = set()
    stored: dict[int, list[int]] = {}
    for level, index in wanted:
        if level < STORED_FROM_LEVEL:
            leaves.update(range(index << level, (index + 1) << level))
        else:
            stored.setdefault(level, []).append(index)
    found: dict[NodeId, bytes] = {}
    for chunk in _chunks(sorted(leaves)):
        rows = conn.execute(
            select(entries_table.c.leaf_index, entries_table.c.leaf_hash).where(
                entries_table.c.leaf_index.in_(chunk)
            )
        )
        found.update({(0, int(i)): bytes(h) for i, h in rows})
    if stored:
        clause = or_(
            *(
                and_(nodes_table.c.level == level, nodes_table.c.idx.in_(indexes))
                for level, indexes in stored.items()
            )
        )
        nodes = conn.execute(
            select(nodes_table.c.level, nodes_table.c.idx, nodes_table.c.hash).where(clause)
        )
        found.update({(int(lv), int(ix)): bytes(h) for lv, ix, h in nodes})
    for level, index in wanted:
        if 0 < level < STORED_FROM_LEVEL:
            lo, hi = index << level, (index + 1) << level
            if all((0, i) in found for i in range(lo, hi)):
                found[(level, index)] = subtree_from_leaves([found[(0, i)] for i in range(lo, hi)])
    return found


def _chunks(items: list[int], size: int = 900) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Fetch:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __call__(self, wanted: set[NodeId]) -> Mapping[NodeId, bytes]:
        found = fetch_nodes(self.conn, wanted)
        lost = sorted(wanted - found.keys())
        if lost:
            level, index = lost[0]
            raise LogDamaged(
                f"The evidence log is damaged: the hash of "
                f"{'entry' if level == 0 else 'tree node'} {index}"
                f"{'' if level == 0 else f' at level {level}'} is missing."
            )
        return found


class Ledger:
    """The evidence log of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- the tree -------------------------------------------------------------------------

    def frontier(self, conn: Connection) -> Frontier:
        row = conn.execute(select(state_table.c.size, state_table.c.frontier)).one()
        return Frontier.unpack(int(row.size), bytes(row.frontier))

    def size(self) -> int:
        with self.store.reading("read the evidence log") as conn:
            return self.frontier(conn).size

    def root(self, conn: Connection, size: int) -> bytes:
        if size == 0:
            return empty_root()
        return proof_from([(0, size)], _Fetch(conn))[0]

    def inclusion(self, conn: Connection, index: int, size: int) -> list[bytes]:
        return proof_from(inclusion_ranges(index, size), _Fetch(conn))

    def consistency(self, conn: Connection, old: int, new: int) -> list[bytes]:
        if old in (0, new):
            return []
        return proof_from(consistency_ranges(old, new), _Fetch(conn))

    # -- checkpoints ----------------------------------------------------------------------

    def sign_checkpoint(self, signer: Signer, origin: str | None = None) -> StoredCheckpoint:
        """Sign and keep a checkpoint of the log as it is now (after logging pending facts)."""
        result: StoredCheckpoint = self.store.transaction(
            "sign a checkpoint", lambda conn: self.sign_checkpoint_in(conn, signer, origin)
        )
        return result

    def sign_checkpoint_in(
        self, conn: Connection, signer: Signer, origin: str | None = None
    ) -> StoredCheckpoint:
        """Sign and keep a checkpoint of the log as ``conn``'s write transaction sees it: it
        is kept only if that transaction commits."""
        origin = origin or signer.name
        frontier = self.frontier(conn)
        body = Checkpoint(origin, frontier.size, frontier.root())
        text = body.text()
        note = text + b"\n" + signer.sign_line(text).encode()
        values = {
            "origin": origin,
            "size": body.size,
            "root": body.root,
            "note": note,
            "own": True,
            "state": "signed",
            "reason": None,
            "created_at": datetime.now(UTC),
        }
        new_id = conn.execute(
            insert(checkpoints_table).returning(checkpoints_table.c.id), values
        ).scalar_one()
        return StoredCheckpoint(id=int(new_id), **values)  # type: ignore[arg-type]

    def checkpoints(
        self, *, own: bool = True, origin: str | None = None, conn: Connection | None = None
    ) -> list[StoredCheckpoint]:
        """Checkpoints kept, smallest (then oldest) first (read on ``conn`` if given)."""
        query = select(checkpoints_table).where(checkpoints_table.c.own.is_(own))
        if origin is not None:
            query = query.where(checkpoints_table.c.origin == origin)
        query = query.order_by(checkpoints_table.c.size, checkpoints_table.c.id)
        if conn is not None:
            return [_checkpoint(r) for r in conn.execute(query)]
        with self.store.reading("read checkpoints") as reading:
            return [_checkpoint(r) for r in reading.execute(query)]

    def latest(self, *, own: bool = True, origin: str | None = None) -> StoredCheckpoint | None:
        found = [c for c in self.checkpoints(own=own, origin=origin) if c.state != "refused"]
        return found[-1] if found else None

    def add_timestamp(
        self, checkpoint_id: int, token: bytes, conn: Connection | None = None
    ) -> None:
        """Keep the RFC 3161 token of one of our checkpoints (in ``conn``'s transaction if
        given)."""
        stmt = (
            update(checkpoints_table)
            .where(checkpoints_table.c.id == checkpoint_id)
            .values(timestamp=token)
        )
        if conn is not None:
            conn.execute(stmt)
            return
        self.store.transaction("keep a timestamp", lambda c: c.execute(stmt))

    def add_cosignature(self, checkpoint_id: int, witness: str, line: str) -> None:
        """Keep ``line`` (a verified cosignature) on our checkpoint ``checkpoint_id``."""

        def work(conn: Connection) -> None:
            row = conn.execute(
                select(checkpoints_table.c.note).where(checkpoints_table.c.id == checkpoint_id)
            ).one()
            note = Note.parse(bytes(row.note)).with_line(line)
            conn.execute(
                update(checkpoints_table)
                .where(checkpoints_table.c.id == checkpoint_id)
                .values(note=note.render())
            )
            exists = conn.execute(
                select(func.count()).where(
                    cosignatures_table.c.checkpoint_id == checkpoint_id,
                    cosignatures_table.c.witness == witness,
                )
            ).scalar_one()
            if not exists:
                conn.execute(
                    insert(cosignatures_table),
                    {
                        "checkpoint_id": checkpoint_id,
                        "witness": witness,
                        "line": line,
                        "received_at": datetime.now(UTC),
                    },
                )

        self.store.transaction("keep a cosignature", work)

    def keep_partner(
        self, checkpoint: Checkpoint, note: bytes, state: str, reason: str | None = None
    ) -> int:
        """Keep a partner's checkpoint we witnessed ("cosigned") or refused (with why)."""
        values = {
            "origin": checkpoint.origin,
            "size": checkpoint.size,
            "root": checkpoint.root,
            "note": note,
            "own": False,
            "state": state,
            "reason": reason,
            "created_at": datetime.now(UTC),
        }
        stmt = insert(checkpoints_table).returning(checkpoints_table.c.id)
        new_id: int = self.store.transaction(
            "keep a witnessed checkpoint", lambda c: int(c.execute(stmt, values).scalar_one())
        )
        return new_id

    # -- audit ----------------------------------------------------------------------------

    def audit(self, batch: int = 5000) -> list[str]:
        """Re-check the whole log against its facts and checkpoints; the problems found."""
        problems: list[str] = []
        with self.store.reading("audit the evidence log") as conn:
            state = self.frontier(conn)
            sizes = {c.size: c for c in self.checkpoints() if c.size <= state.size}
            rebuilt = Frontier()
            if sizes.get(0) and sizes[0].root != empty_root():
                problems.append("checkpoint of size 0 has a wrong root")
            last = -1
            while True:
                rows = conn.execute(
                    select(entries_table)
                    .where(entries_table.c.leaf_index > last)
                    .order_by(entries_table.c.leaf_index)
                    .limit(batch)
                ).all()
                if not rows:
                    break
                problems += _check_facts(conn, rows)
                for row in rows:
                    index = int(row.leaf_index)
                    if index != rebuilt.size:
                        problems.append(f"entry {rebuilt.size} is missing (next is {index})")
                        return problems
                    if leaf_hash(bytes(row.entry)) != bytes(row.leaf_hash):
                        problems.append(f"entry {index}: its bytes do not match its leaf hash")
                    rebuilt.append(leaf_hash(bytes(row.entry)))
                    signed = sizes.get(rebuilt.size)
                    if signed is not None and signed.root != rebuilt.root():
                        problems.append(
                            f"the log no longer matches the signed checkpoint of size "
                            f"{rebuilt.size} (rewritten)"
                        )
                last = int(rows[-1].leaf_index)
            if rebuilt.size != state.size or rebuilt.root() != state.root():
                problems.append(
                    f"the stored tree state (size {state.size}) does not match its entries "
                    f"({rebuilt.size})"
                )
            newest = self.latest()
            if newest is not None and newest.size > state.size:
                problems.append(
                    f"the log has {state.size} entries but a checkpoint of {newest.size} was "
                    "signed (truncated)"
                )
            problems += _unlogged(conn)
        return problems


def _check_facts(conn: Connection, rows: Sequence[Any]) -> list[str]:
    problems: list[str] = []
    by_source: dict[str, dict[int, Any]] = {}
    for row in rows:
        by_source.setdefault(row.source, {})[int(row.source_id)] = row
    for source, wanted in by_source.items():
        _kind, encode = ENCODERS[source]
        table = fact_table(source)
        facts = {
            int(f["id"]): dict(f)
            for f in conn.execute(select(table).where(table.c.id.in_(list(wanted)))).mappings()
        }
        for source_id, row in wanted.items():
            fact = facts.get(source_id)
            if fact is None:
                problems.append(f"entry {row.leaf_index}: its {source} row {source_id} is gone")
            elif encode(fact) != bytes(row.entry):
                problems.append(
                    f"entry {row.leaf_index}: its {source} row {source_id} was changed after "
                    "it was logged"
                )
    return problems


def _unlogged(conn: Connection) -> list[str]:
    problems: list[str] = []
    for source in ENCODERS:
        table = fact_table(source)
        logged = select(entries_table.c.source_id).where(entries_table.c.source == source)
        queued = select(pending_table.c.source_id).where(pending_table.c.source == source)
        count = conn.execute(
            select(func.count())
            .select_from(table)
            .where(table.c.id.not_in(logged), table.c.id.not_in(queued))
        ).scalar_one()
        if count:
            problems.append(f"{count} {source} row(s) have no log entry (added behind the log)")
    return problems
