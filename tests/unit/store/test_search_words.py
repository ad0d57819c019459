"""PostgreSQL: a search word is a prefix asked as the whole stored words it begins
(``alerts_search_words``, migration 0015), and finds exactly what the index's own prefix
match finds: the same alerts, in the same order, whatever the word."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Connection, create_engine, text

from incident_desk.cap import Area, Info
from incident_desk.store import IncomingAlert, SearchQuery, Store, _search
from tests.helpers.alerts import BASE_TIME, make_alert, raw_of
from tests.helpers.databases import migrate

pytestmark = pytest.mark.postgres

HEADLINES = (
    "Explosion at Garissa airport",
    "Garissan convoy stopped near the airstrip",
    "Gunfire at the garage by the gate",
    "Airports closed after threat 2026",
    "انفجار قرب مطار غاريسا",
    "Взрыв в аэропорту Гарисса",
    "Shots fired in Mandera, gate 7",
)


def _alert(n: int, headline: str) -> IncomingAlert:
    alert = make_alert(f"KE-nps-{n:04d}", sent=BASE_TIME + timedelta(minutes=n), headline=headline)
    info = alert.infos[0]
    areas = (Area(area_desc=f"Sector {n}"),)
    alert = alert.model_copy(update={"infos": (Info(**{**info.model_dump(), "areas": areas}),)})
    return IncomingAlert(
        raw=raw_of(alert),
        alert=alert,
        topic="idesk/v1/actual/KE/nps/alert",
        received_at=alert.sent.utc,
        country="KE",
        agency="nps",
    )


@pytest.fixture(name="conn")
def _conn(pg_url: str) -> Iterator[Connection]:
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def _by_index_prefix(conn: Connection, words: list[str]) -> list[str]:
    """What the GIN index's own prefix match finds (the search before migration 0015)."""
    plain = " & ".join(f"{w}:*" for w in words)
    rows = conn.execute(
        text(
            "SELECT a.identifier FROM alerts AS a JOIN alerts_search AS s ON s.alert_id = a.id"
            " WHERE s.doc @@ to_tsquery('simple', :q) AND a.exercise_id IS NULL"
            " ORDER BY a.id DESC"
        ),
        {"q": plain},
    )
    return list(rows.scalars())


QUERIES = (
    "garis",
    "garissa",
    "GARISSA airport",
    "air",
    "airports",
    "ga",  # four words begin it: more than EXPANSIONS here, asked as a prefix
    "g",
    "gate 7",
    "2026",
    "مطار",
    "غار",
    "аэро",
    "ГАРИССА",
    "zanzibar",
    "gar zanz",
    "explosion garissa airport sector",
)


def test_a_prefix_finds_exactly_what_the_index_prefix_finds(
    pg_store: Store, conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_search, "EXPANSIONS", 3)
    pg_store.add_alerts([_alert(n, h) for n, h in enumerate(HEADLINES, start=1)])
    for query in QUERIES:
        found = [h.identifier for h in pg_store.search(SearchQuery(words=query)).hits]
        assert found == _by_index_prefix(conn, _search.words_of(query)), query
    assert [h.identifier for h in pg_store.search(SearchQuery(words="garis")).hits] == [
        "KE-nps-0002",
        "KE-nps-0001",
    ]


def test_a_prefix_is_asked_as_the_stored_words_it_begins(
    pg_store: Store, conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_search, "EXPANSIONS", 3)
    pg_store.add_alerts([_alert(n, h) for n, h in enumerate(HEADLINES, start=1)])

    assert _search.pg_terms(conn, ["garis", "air"]) == (
        "('garissa' | 'garissan') & ('airport' | 'airports' | 'airstrip')"
    )
    assert _search.pg_terms(conn, ["ga"]) == "'ga':*"  # garage, garissa, garissan, gate
    assert _search.pg_terms(conn, ["garis", "zanzibar"]) is None  # nothing can match


def test_alerts_stored_before_the_words_table_are_found_by_prefix(
    pg_url: str, conn: Connection
) -> None:
    with Store.open(pg_url) as store:
        migrate(pg_url, "downgrade", "0014")
        store.add_alerts([_alert(n, h) for n, h in enumerate(HEADLINES, start=1)])
        migrate(pg_url, "upgrade", "0015")
        store.add_alerts([_alert(9, "Hostage situation at Garissa University")])

        found = [h.identifier for h in store.search(SearchQuery(words="garis")).hits]
        univ = [h.identifier for h in store.search(SearchQuery(words="univ")).hits]

    assert found == ["KE-nps-0009", "KE-nps-0002", "KE-nps-0001"]
    assert univ == ["KE-nps-0009"]
    words = set(conn.execute(text("SELECT word FROM alerts_search_words")).scalars())
    assert {"garissa", "garissan", "university", "مطار", "аэропорту"} <= words
