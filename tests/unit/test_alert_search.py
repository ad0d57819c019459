"""A console's search (``alert_search.console_search``): real traffic and its exercise as one
list, paged without a gap or a repeat, also where a page of a large store stops at its span."""

from __future__ import annotations

from datetime import timedelta

import pytest

from incident_desk.alert_search import _merged, console_search
from incident_desk.store import SearchPage, SearchQuery, Store
from tests.helpers.alerts import BASE_TIME
from tests.helpers.stores import small_search
from tests.unit.store.test_search import _alert


def _all_pages(store: Store, query: SearchQuery) -> list[list[str]]:
    pages, before = [], None
    while True:
        page = console_search(store, SearchQuery(**{**vars(query), "before_id": before}), "EX-1")
        pages.append([h.identifier[-2:] for h in page.hits])
        if (before := page.next_before_id) is None:
            return pages


def test_real_and_exercise_pages_merge_without_gaps_where_spans_stop(
    pg_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_search(monkeypatch, common=2, recent=(2,), span=3)
    # 14 alerts, every other one the joined exercise's, and two of another drill
    alerts = [_alert(n, exercise_id="EX-1" if n % 2 else None) for n in range(1, 13)]
    alerts += [_alert(n, exercise_id="EX-2") for n in (13, 14)]
    pg_store.add_alerts(alerts)

    pages = _all_pages(pg_store, SearchQuery(words="explosion", limit=4))

    seen = [identifier for page in pages for identifier in page]
    assert seen == [f"{n:02d}" for n in range(12, 0, -1)]  # each once, newest first
    assert len(pages) > 3  # the spans did stop pages short


def test_a_time_window_merges_in_sent_order_and_pages_on(store: Store) -> None:
    # arrival order differs from sent order; real and exercise interleave in sent time
    sent_hours = {1: 5, 2: 1, 3: 3, 4: 4, 5: 2, 6: 6}
    store.add_alerts(
        [_alert(n, hours=h, exercise_id="EX-1" if n % 2 else None) for n, h in sent_hours.items()]
    )
    window = SearchQuery(since=BASE_TIME, until=BASE_TIME + timedelta(hours=7), limit=2)

    pages = _all_pages(store, window)

    by_sent = sorted(sent_hours, key=sent_hours.__getitem__, reverse=True)
    assert [i for page in pages for i in page] == [f"{n:02d}" for n in by_sent]


def test_merged_pages_stop_where_both_searched(store: Store) -> None:
    """The two searches run one after the other, so alerts that arrive between them give the
    second a higher top and its span stops higher: hits of the other page below that point
    wait for the next page, or the ids between would be skipped for the stopped traffic."""
    store.add_alerts([_alert(n, exercise_id="EX-1" if n in (7, 8) else None) for n in range(1, 12)])
    hits = {h.identifier[-2:]: h for h in store.search(SearchQuery(any_exercise=True)).hits}
    at = BASE_TIME
    real = SearchPage([hits["11"]], next_before_id=hits["10"].id, searched_back_to=at)
    drill = SearchPage([hits["08"], hits["07"]], next_before_id=hits["07"].id)  # full

    merged = _merged(real, drill, SearchQuery(words="explosion", limit=2))

    assert [h.identifier[-2:] for h in merged.hits] == ["11"]
    assert merged.next_before_id == hits["10"].id  # real's 10 and 9 are searched next
    assert merged.searched_back_to == at
