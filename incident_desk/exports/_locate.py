"""Which traffic an incident key belongs to (real, or one exercise) in a store, and which
exercises a store holds traffic of.

An incident key is unique per traffic ("actual" or "exercise:{id}"), not per database: the
same key may exist in a drill and in real traffic. A headless export (``incident-desk export
ics204``) names the key; this finds its traffic from the incidents, command events and
assignments the store holds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from incident_desk.command._schema import assignments_table, events_table
from incident_desk.errors import InputError
from incident_desk.incidents._schema import incidents_table
from incident_desk.store._schema import alerts_table, timeline_table

__all__ = ["exercise_of_incident", "exercises_in"]


def _traffics(store: Any, key: str) -> set[str]:
    found: set[str] = set()
    with store.reading("find the incident") as conn:
        for table, column in (
            (incidents_table, incidents_table.c.key),
            (events_table, events_table.c.incident_key),
            (assignments_table, assignments_table.c.incident_key),
        ):
            found.update(conn.execute(select(table.c.traffic).where(column == key)).scalars())
    return found


def exercise_of_incident(store: Any, key: str, exercise_id: str | None = None) -> str | None:
    """The exercise id of incident ``key`` (None: real traffic).

    Args:
        exercise_id: the exercise to look in ("" or None: wherever the key is, if only once).

    Raises:
        InputError: the key is not in the store (in that exercise), or it is in several
            traffics and ``exercise_id`` does not say which.
    """
    traffics = _traffics(store, key)
    if exercise_id:
        if f"exercise:{exercise_id}" in traffics:
            return exercise_id
        raise InputError(f"there is no incident {key!r} in exercise {exercise_id} of this store")
    if not traffics:
        raise InputError(f"there is no incident {key!r} in this store")
    if len(traffics) > 1:
        named = ", ".join(sorted(t.removeprefix("exercise:") for t in traffics))
        raise InputError(f"incident {key!r} is in several traffics ({named}): give --exercise")
    (traffic,) = traffics
    return None if traffic == "actual" else traffic.removeprefix("exercise:")


def exercises_in(store: Any) -> list[str]:
    """The exercise ids the store holds any traffic of (alerts, timeline entries, incidents,
    command events or assignments), sorted. An after-action report of an exercise that is
    not among them would only say that nothing was observed."""
    found: set[str] = set()
    with store.reading("list the exercises") as conn:
        for column in (alerts_table.c.exercise_id, timeline_table.c.exercise_id):
            found.update(
                conn.execute(select(column).where(column.is_not(None)).distinct()).scalars()
            )
        for table in (incidents_table, events_table, assignments_table):
            traffics = conn.execute(select(table.c.traffic).distinct()).scalars()
            found.update(t.removeprefix("exercise:") for t in traffics if t.startswith("exercise:"))
    return sorted(found)
