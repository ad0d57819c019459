"""The outbox: what this console wrote and must still get to the broker.

An operator's Ack is stored locally and queued here in one transaction, so it shows at once
and goes out when the broker is reachable: during an outage, after a broker restart, after a
console restart. Command events (assignments, handovers) are queued right after the command
board stored them. The bus side sends the oldest first and settles each row: ``sent`` when the
broker confirmed it (PUBACK), or given up with the reason when the bus refused it for good (an
expired document). Receivers store a CAP key and apply an event id once, so a copy sent twice
(PUBACK lost, console restarted) is a harmless duplicate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, update

from incident_desk.store._schema import outbox_table
from incident_desk.store._snapshots import Outgoing, QueuedMessage


def queue(conn: Connection, outgoing: Sequence[Outgoing], at: datetime) -> list[int]:
    """Insert ``outgoing`` (oldest first); returns their outbox ids."""
    ids: list[int] = []
    for item in outgoing:
        result = conn.execute(
            insert(outbox_table)
            .values(**item.model_dump(), queued_at=at, attempts=0, sent=False)
            .returning(outbox_table.c.id)
        )
        ids.append(int(result.scalar_one()))
    return ids


def pending(conn: Connection, console: str, limit: int) -> list[QueuedMessage]:
    """What ``console`` still has to send, oldest first."""
    rows = conn.execute(
        select(outbox_table)
        .where(outbox_table.c.console == console, outbox_table.c.settled_at.is_(None))
        .order_by(outbox_table.c.id)
        .limit(limit)
    )
    return [QueuedMessage.model_validate(r, from_attributes=True) for r in rows]


def count_pending(conn: Connection, console: str) -> int:
    query = select(func.count()).where(
        outbox_table.c.console == console, outbox_table.c.settled_at.is_(None)
    )
    return int(conn.execute(query).scalar_one())


def settle(conn: Connection, outbox_id: int, at: datetime, error: str | None) -> None:
    """Sent (``error`` None) or given up for good (``error`` says why)."""
    conn.execute(
        update(outbox_table)
        .where(outbox_table.c.id == outbox_id)
        .values(
            settled_at=at,
            sent=error is None,
            attempts=outbox_table.c.attempts + 1,
            last_error=error if error is not None else outbox_table.c.last_error,
        )
    )


def failed(conn: Connection, outbox_id: int, error: str) -> None:
    """One attempt failed (broker unreachable, no PUBACK): it stays queued."""
    conn.execute(
        update(outbox_table)
        .where(outbox_table.c.id == outbox_id)
        .values(attempts=outbox_table.c.attempts + 1, last_error=error)
    )
