"""Search every stored alert as one console may show them (Qt-free).

``Store.search`` answers for real traffic, one exercise, or everything. A console shows real
traffic and the exercise it joined, never another exercise (``ui/console_port.visible``), so
its search asks for both and merges them newest first: an exercise console never sees a hit
from another drill, and a real console never sees a drill's. An inject among the hits carries
its time since STARTEX (its sent time is on the exercise clock). The window's search dialog and a
test make the same call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from incident_desk.scenario import inject_offset
from incident_desk.store import SearchHit, SearchPage, SearchQuery, Store, by_sent_time

__all__ = ["console_search"]


def console_search(store: Store, query: SearchQuery, joined: str | None) -> SearchPage:
    """The newest ``query.limit`` hits a console that joined ``joined`` (None: none) may see.

    ``query.exercise_id`` and ``query.any_exercise`` are ignored: the console decides.
    ``query.before_id`` pages on (the page's ``next_before_id``).
    """
    real = store.search(replace(query, exercise_id=None, any_exercise=False))
    if joined is None:
        return real
    drill = store.search(replace(query, exercise_id=joined, any_exercise=False))
    page = _merged(real, drill, query)
    return replace(page, hits=_with_inject_offsets(store, page.hits))


def _merged(real: SearchPage, drill: SearchPage, query: SearchQuery) -> SearchPage:
    """The two pages as one, in the search's order: only hits down to where *both* searched
    (the older of one page's hits may have newer ones in the other's unsearched part), so the
    next page neither skips nor repeats one."""
    key = _sent_then_id if by_sent_time(query) else _id
    ends = [(_bound(p, key), p) for p in (real, drill) if p.next_before_id is not None]
    hits = sorted(real.hits + drill.hits, key=key, reverse=True)
    if not ends:  # both searched down to the oldest alert
        return SearchPage(hits[: query.limit])
    bound, stopper = max(ends, key=lambda end: end[0])
    kept = [hit for hit in hits if key(hit) >= bound][: query.limit]
    if len(kept) >= query.limit:
        return SearchPage(kept, kept[-1].id)
    return SearchPage(kept, stopper.next_before_id, stopper.searched_back_to)


def _bound(page: SearchPage, key: Callable[[SearchHit], tuple[object, ...]]) -> tuple[object, ...]:
    """The order key down to which ``page`` searched everything (its last hit, or the id
    where its span stopped)."""
    if page.hits and page.hits[-1].id == page.next_before_id:
        return key(page.hits[-1])
    return (page.next_before_id,)  # a stopped span: ids only (never a time window)


def _id(hit: SearchHit) -> tuple[int]:
    return (hit.id,)


def _sent_then_id(hit: SearchHit) -> tuple[datetime, int]:
    return (hit.sent_utc, hit.id)


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
