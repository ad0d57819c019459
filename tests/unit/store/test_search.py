"""Searching all stored alerts: words anywhere an operator would look, filters, pages.

Runs on SQLite (FTS5) and, with IDESK_TEST_PG_URL, on PostgreSQL (tsvector + GIN).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from incident_desk.cap import Area, Info
from incident_desk.store import IncomingAlert, SearchQuery, Store, _search
from tests.helpers.alerts import BASE_TIME, make_alert, raw_of
from tests.helpers.stores import small_search


def _alert(
    n: int,
    *,
    headline: str = "Explosion reported at bus terminal",
    event: str = "Explosion",
    description: str | None = None,
    area: str = "Nairobi CBD",
    sender: str = "police@ke.example",
    severity: str | None = None,
    country: str = "KE",
    agency: str = "police",
    exercise_id: str | None = None,
    hours: int = 0,
) -> IncomingAlert:
    alert = make_alert(
        f"{country}-{agency}-{n:04d}",
        sender=sender,
        sent=BASE_TIME + timedelta(hours=hours),
        headline=headline,
        event=event,
    )
    info = alert.infos[0]
    update: dict[str, object] = {"description": description, "areas": (Area(area_desc=area),)}
    if severity is not None:
        update["severity"] = severity
    alert = alert.model_copy(update={"infos": (Info(**{**info.model_dump(), **update}),)})
    return IncomingAlert(
        raw=raw_of(alert),
        alert=alert,
        topic=f"idesk/v1/actual/{country}/{agency}/alert",
        received_at=alert.sent.utc + timedelta(seconds=2),
        exercise_id=exercise_id,
        country=country,
        agency=agency,
    )


def _ids(store: Store, **query: object) -> list[str]:
    return [hit.identifier for hit in store.search(SearchQuery(**query)).hits]  # type: ignore[arg-type]


def test_words_are_found_in_headline_description_event_sender_and_area(store: Store) -> None:
    store.add_alerts(
        [
            _alert(1, headline="Suspicious vehicle near the embassy"),
            _alert(2, description="Crowd gathering at Uhuru Park gate"),
            _alert(3, event="Hostage situation", headline="Siege at a mall"),
            _alert(4, sender="ops@upf.go.ug", country="UG", agency="upf"),
            _alert(5, area="Mombasa port, berth 11"),
        ]
    )

    assert _ids(store, words="embassy") == ["KE-police-0001"]
    assert _ids(store, words="uhuru") == ["KE-police-0002"]
    assert _ids(store, words="hostage") == ["KE-police-0003"]
    assert _ids(store, words="upf") == ["UG-upf-0004"]
    assert _ids(store, words="berth mombasa") == ["KE-police-0005"]
    assert _ids(store, words="mombasa embassy") == []  # every word must occur


def test_a_word_matches_as_prefix_whatever_its_case_and_newest_comes_first(store: Store) -> None:
    store.add_alerts([_alert(n, headline=f"EXPLOSIONS at site {n}") for n in range(1, 4)])

    assert _ids(store, words="expl") == ["KE-police-0003", "KE-police-0002", "KE-police-0001"]


def test_query_syntax_is_only_words(store: Store) -> None:
    store.add_alerts([_alert(1, headline="Armed group crossed at Lunga-Lunga")])

    assert _ids(store, words='lunga" * (^') == ["KE-police-0001"]
    assert _ids(store, words='"); DROP TABLE alerts; --') == []
    assert _ids(store, words="   ") == ["KE-police-0001"]  # no words: filters only


def test_filters_combine_with_words(store: Store) -> None:
    store.add_alerts(
        [
            _alert(1, severity="Extreme", hours=0),
            _alert(2, severity="Minor", hours=1),
            _alert(3, country="UG", agency="upf", hours=2),
            _alert(4, agency="kdf", hours=3),
        ]
    )

    assert _ids(store, severity="Extreme") == ["KE-police-0001"]
    assert _ids(store, country="ug") == ["UG-upf-0003"]
    assert _ids(store, agency="kdf", words="explosion") == ["KE-kdf-0004"]
    window = {"since": BASE_TIME + timedelta(hours=1), "until": BASE_TIME + timedelta(hours=3)}
    assert _ids(store, **window) == ["UG-upf-0003", "KE-police-0002"]


def test_the_agency_codes_stored_are_listed_once_each_sorted(store: Store) -> None:
    assert store.agencies() == []
    store.add_alerts(
        [
            _alert(1, agency="upf", country="UG"),
            _alert(2, agency="kdf"),
            _alert(3, agency="upf", country="UG", exercise_id="EX-1"),
            _alert(4),
        ]
    )
    unknown = _alert(5).model_copy(update={"topic": None, "country": None, "agency": None})
    store.add_alerts([unknown])  # a file import: no topic, no agency

    assert store.agencies() == ["kdf", "police", "upf"]


def test_exercise_and_real_traffic_are_searched_apart(store: Store) -> None:
    store.add_alerts([_alert(1), _alert(2, exercise_id="EX-1")])

    assert _ids(store, words="explosion") == ["KE-police-0001"]
    assert _ids(store, words="explosion", exercise_id="EX-1") == ["KE-police-0002"]
    assert len(_ids(store, words="explosion", any_exercise=True)) == 2


def test_pages_follow_each_other_without_gaps_or_repeats(store: Store) -> None:
    store.add_alerts([_alert(n) for n in range(1, 8)])

    first = store.search(SearchQuery(words="explosion", limit=3))
    second = store.search(SearchQuery(words="explosion", limit=3, before_id=first.next_before_id))
    third = store.search(SearchQuery(words="explosion", limit=3, before_id=second.next_before_id))

    seen = [h.identifier for h in first.hits + second.hits + third.hits]
    assert seen == [f"KE-police-{n:04d}" for n in range(7, 0, -1)]
    assert first.next_before_id == first.hits[-1].id
    assert third.next_before_id is None  # nothing older: the search says so


def test_a_time_window_pages_newest_sent_first_even_when_arrival_order_differs(
    store: Store,
) -> None:
    # stored in this order; sent hours 5, 1, 3, 4, 2 (a late arrival, a delayed relay)
    store.add_alerts([_alert(n, hours=h) for n, h in ((1, 5), (2, 1), (3, 3), (4, 4), (5, 2))])
    window = {"since": BASE_TIME + timedelta(hours=2), "until": BASE_TIME + timedelta(hours=6)}

    first = store.search(SearchQuery(limit=2, **window))  # type: ignore[arg-type]
    before = first.next_before_id
    rest = store.search(SearchQuery(limit=5, before_id=before, **window))  # type: ignore[arg-type]

    assert [h.identifier for h in first.hits] == ["KE-police-0001", "KE-police-0004"]
    assert [h.identifier for h in rest.hits] == ["KE-police-0003", "KE-police-0005"]


def test_common_words_read_the_newest_ids_first_and_still_page_completely(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PostgreSQL's path for common words (SQLite ignores these): tiny thresholds here
    monkeypatch.setattr(_search, "COMMON", 2)
    monkeypatch.setattr(_search, "RECENT_IDS", (2, 4))
    store.add_alerts([_alert(n, severity="Extreme" if n in (1, 6) else None) for n in range(1, 9)])

    pages, before = [], None
    while True:
        page = store.search(SearchQuery(words="explosion", limit=3, before_id=before))
        pages.append([h.identifier[-1] for h in page.hits])
        if (before := page.next_before_id) is None:
            break
    rare = store.search(SearchQuery(words="explosion", severity="Extreme", limit=5))

    assert pages == [["8", "7", "6"], ["5", "4", "3"], ["2", "1"]]
    assert [h.identifier for h in rare.hits] == ["KE-police-0006", "KE-police-0001"]


def test_a_page_of_a_large_postgresql_store_searches_one_span_and_says_where_it_stopped(
    pg_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # tiny thresholds: a common word (COMMON), the newest 2 ids scanned, then the index read
    # over a span of 4 ids a page, wherever the store has more
    small_search(monkeypatch, common=2, recent=(2,), span=4)
    hostage = {1, 2, 9}  # "hostage" in 3 of 12 alerts, the other nine an explosion each
    pg_store.add_alerts(
        [
            _alert(
                n,
                hours=n,
                **({"event": "Hostage situation", "headline": "Hostages"} if n in hostage else {}),
            )
            for n in range(1, 13)
        ]
    )
    ids = {h.identifier: h.id for h in pg_store.search(SearchQuery(limit=20)).hits}

    pages, before = [], None
    while True:
        page = pg_store.search(SearchQuery(words="hostage", limit=5, before_id=before))
        pages.append(([h.identifier[-2:] for h in page.hits], page.next_before_id))
        if (before := page.next_before_id) is None:
            break
        assert page.stopped_early  # not full, older alerts left: it says when it stopped

    # ids 12..11 scanned, then 12..9 read: one hit, stopped at 9 (received when 9 was)
    first = pg_store.search(SearchQuery(words="hostage", limit=5))
    assert first.searched_back_to == BASE_TIME + timedelta(hours=9, seconds=2)
    # a rare word (at most COMMON matches in the index) is found wherever it is, in one page
    monkeypatch.setattr(_search, "COMMON", 3)
    rare = pg_store.search(SearchQuery(words="hostage", limit=5))
    assert ([h.identifier[-2:] for h in rare.hits], rare.next_before_id) == (
        ["09", "02", "01"],
        None,
    )
    assert pages == [
        (["09"], ids["KE-police-0009"]),
        ([], ids["KE-police-0005"]),
        (["02", "01"], None),
    ]
