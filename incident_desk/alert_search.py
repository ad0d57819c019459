"""Search every stored alert as one console may show them (Qt-free).

``Store.search`` answers for real traffic, one exercise, or everything. A console shows real
traffic and the exercise it joined, never another exercise (``ui/console_port.visible``), so
its search asks for both and merges them newest first: an exercise console never sees a hit
from another drill, and a real console never sees a drill's. An inject among the hits carries
its time since STARTEX (its sent time is on the exercise clock). The window's search dialog and a
test make the same call.
"""

from __future__ import annotations

from dataclasses import replace

from incident_desk.scenario import inject_offset
from incident_desk.store import SearchHit, SearchQuery, Store

__all__ = ["console_search"]


def console_search(store: Store, query: SearchQuery, joined: str | None) -> list[SearchHit]:
    """The newest ``query.limit`` hits a console that joined ``joined`` (None: none) may see.

    ``query.exercise_id`` and ``query.any_exercise`` are ignored: the console decides.
    ``query.before_id`` pages on (the id of the last hit of the previous page).
    """
    real = store.search(replace(query, exercise_id=None, any_exercise=False))
    if joined is None:
        return real
    drill = store.search(replace(query, exercise_id=joined, any_exercise=False))
    hits = sorted(real + drill, key=lambda hit: hit.id, reverse=True)[: query.limit]
    return _with_inject_offsets(store, hits)


def _with_inject_offsets(store: Store, hits: list[SearchHit]) -> list[SearchHit]:
    """The hits, each of the player's injects with its offset since STARTEX: its sent time
    is shown on the exercise clock (``EX T+00:07:00``), as everywhere else. The exercise
    hits' documents are read in one query."""
    stored = store.get_alerts([h.id for h in hits if h.exercise_id is not None])
    out = []
    for hit in hits:
        found = stored.get(hit.id)
        offset = None if found is None else inject_offset(found.alert)
        out.append(hit if offset is None else hit.model_copy(update={"inject_offset": offset}))
    return out
