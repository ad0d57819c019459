"""Writing and reading the alarm journal (``alarm_journal``, see ``_schema.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from incident_desk.alarms._model import JournalEvent
from incident_desk.alarms._schema import alarm_journal_table as journal
from incident_desk.store import Store


@dataclass(frozen=True)
class JournalRow:
    """One journal entry as read back."""

    at: datetime
    console: str
    event: str
    alarm_id: int | None
    alert_id: int | None
    state: str | None
    priority: int | None
    reason: str | None
    actor: str | None
    exercise_id: str | None
    incident: str | None


#: the columns of a :class:`JournalRow`, in the order of its fields
_FIELDS = tuple(journal.c[name] for name in JournalRow.__dataclass_fields__)


def write(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    """Add ``rows`` (column -> value) in one transaction."""
    if rows:
        blank = dict.fromkeys(c.name for c in journal.columns if c.name != "id")
        full = [{**blank, **row} for row in rows]
        store.transaction("write the alarm journal", lambda c: c.execute(insert(journal), full))


def ended_exercises(conn: Connection) -> dict[str, tuple[str, datetime]]:
    """Exercises ENDEX was recorded for: id -> (declared by, when)."""
    query = select(journal.c.exercise_id, journal.c.actor, journal.c.at).where(
        journal.c.event == JournalEvent.ENDEX.value, journal.c.exercise_id.is_not(None)
    )
    return {str(eid): (actor or "", at) for eid, actor, at in conn.execute(query)}


def open_shelves(conn: Connection, console: str) -> list[JournalRow]:
    """Shelves of ``console`` that no later journal row released (a previous run's)."""
    events = (JournalEvent.SHELVED.value, JournalEvent.UNSHELVED.value)
    rows = read(conn, console=console, events=events)
    last: dict[int | None, JournalRow] = {}
    for row in rows:
        last[row.alarm_id] = row
    return [row for row in last.values() if row.event == JournalEvent.SHELVED.value]


def open_flood(conn: Connection, console: str) -> bool:
    """True when ``console``'s last flood row is a start (the previous run ended in flood)."""
    query = (
        select(journal.c.event)
        .where(
            journal.c.console == console,
            journal.c.event.in_((JournalEvent.FLOOD_START.value, JournalEvent.FLOOD_END.value)),
        )
        .order_by(journal.c.at.desc(), journal.c.id.desc())
        .limit(1)
    )
    return conn.execute(query).scalar() == JournalEvent.FLOOD_START.value


def read(
    conn: Connection,
    *,
    console: str | None = None,
    events: Sequence[str] | None = None,
    until: datetime | None = None,
) -> list[JournalRow]:
    """Journal rows, oldest first, filtered by console, events and time."""
    query = select(*_FIELDS)
    if console is not None:
        query = query.where(journal.c.console == console)
    if events is not None:
        query = query.where(journal.c.event.in_(tuple(events)))
    if until is not None:
        query = query.where(journal.c.at <= until)
    query = query.order_by(journal.c.at, journal.c.id)
    return [JournalRow(*row) for row in conn.execute(query)]


def read_after(
    conn: Connection, console: str | None, after_id: int
) -> tuple[int, list[JournalRow]]:
    """The rows of ``console`` (None: every console) added after row ``after_id``, in the
    order they were added, and the last one's id (``after_id`` when there is none)."""
    query = select(journal.c.id, *_FIELDS).where(journal.c.id > after_id)
    if console is not None:
        query = query.where(journal.c.console == console)
    last, rows = after_id, []
    for row in conn.execute(query.order_by(journal.c.id)):
        last = row[0]
        rows.append(JournalRow(*row[1:]))
    return last, rows
