"""Which incidents shown on TAK an operator has closed (or merged away): a read-only look at
the store, for a gateway that runs next to one (``incident-desk tak --db …``).

Closing an incident is an operator's decision in the store, not a bus message; a gateway
without a store withdraws an incident on a CAP Cancel or when its ``stale`` passes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sqlalchemy import select

from incident_desk.incidents._schema import incidents_table, traffic_of
from incident_desk.store import Store

__all__ = ["closed_incidents"]

_CHUNK: Final = 500
Key = tuple[str | None, str]  # (exercise id or None, incident key)


def closed_incidents(store: Store, shown: Iterable[Key]) -> set[Key]:
    """Of the incidents ``shown`` on TAK, those closed or merged into another (one query per
    500 keys, parameterised)."""
    by_traffic = {traffic_of(exercise): exercise for exercise, _ in shown}
    keys = sorted({key for _, key in shown})
    wanted = set(shown)
    closed: set[Key] = set()
    t = incidents_table
    with store.reading("TAK gateway: closed incidents") as conn:
        for start in range(0, len(keys), _CHUNK):
            query = select(t.c.traffic, t.c.key).where(
                t.c.key.in_(keys[start : start + _CHUNK]),
                t.c.traffic.in_(list(by_traffic)),
                (t.c.status == "closed") | t.c.merged_into.is_not(None),
            )
            for traffic, key in conn.execute(query):
                found = (by_traffic[traffic], key)
                if found in wanted:
                    closed.add(found)
    return closed
