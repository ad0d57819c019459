"""Real stores for tests, written once: SQLite in ``tmp_path`` and PostgreSQL in a fresh schema.

``tests/conftest.py`` exposes ``sqlite_url``, ``store`` / ``sqlite_store`` (SQLite) and
``pg_store`` (PostgreSQL, marked ``postgres`` through ``pg_url``) to the whole suite. A
directory that wants every test on both databases imports :func:`store_url_on_both_databases`
and :func:`store_from_url` into its ``conftest.py``: its ``store`` then runs once per database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.store import Store
from tests.helpers.databases import fresh_postgres_url

__all__ = [
    "pg_store",
    "small_search",
    "sqlite_store",
    "sqlite_store_as_store",
    "sqlite_url",
    "store_from_url",
    "store_url_on_both_databases",
]


@pytest.fixture(name="sqlite_url")
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite database file in the test's own ``tmp_path`` (created on first open)."""
    return f"sqlite:///{tmp_path / 'alerts.db'}"


@pytest.fixture(name="store")
def sqlite_store_as_store(sqlite_url: str) -> Iterator[Store]:
    """A migrated SQLite store, closed after the test."""
    with Store.open(sqlite_url) as opened:
        yield opened


@pytest.fixture(name="sqlite_store")
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    """The same as ``store`` where a directory's ``store`` runs on both databases."""
    with Store.open(sqlite_url) as opened:
        yield opened


@pytest.fixture(name="pg_store")
def pg_store(pg_url: str) -> Iterator[Store]:
    """A migrated PostgreSQL store in a fresh schema (skipped without a server, failed in CI)."""
    with Store.open(pg_url) as opened:
        yield opened


@pytest.fixture(
    name="store_url",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def store_url_on_both_databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same behaviour on both databases the product supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'alerts.db'}"
    else:
        with fresh_postgres_url() as url:
            yield url


@pytest.fixture(name="store")
def store_from_url(store_url: str) -> Iterator[Store]:
    """A migrated store at ``store_url``, closed after the test."""
    with Store.open(store_url) as opened:
        yield opened


def small_search(
    monkeypatch: pytest.MonkeyPatch, *, common: int, recent: tuple[int, ...], span: int
) -> None:
    """A large PostgreSQL store's search in miniature (``store/_search.py``): words matching
    more than ``common`` alerts are common, the walks look at the newest ``recent`` ids in
    turn, then at most ``span`` ids a page."""
    from incident_desk.store import _search

    monkeypatch.setattr(_search, "COMMON", common)
    monkeypatch.setattr(_search, "RECENT_IDS", recent)
    monkeypatch.setattr(_search, "SPAN", span)
