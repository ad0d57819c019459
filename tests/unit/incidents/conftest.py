"""An incident board on a real store: SQLite in ``tmp_path`` and, where parametrised,
PostgreSQL; a fixed clock and a stand-in country lookup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from tests.helpers.databases import fresh_postgres_url
from tests.unit.incidents.build import NOW, country_lookup


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same behaviour on both databases the product supports."""
    if request.param == "sqlite":
        with Store.open(f"sqlite:///{tmp_path / 'alerts.db'}") as opened:
            yield opened
    else:
        with fresh_postgres_url() as url, Store.open(url) as opened:
            yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'alerts.db'}") as opened:
        yield opened


@pytest.fixture
def board(store: Store) -> IncidentBoard:
    return IncidentBoard(store, country_lookup, clock=lambda: NOW)


@pytest.fixture
def sqlite_board(sqlite_store: Store) -> IncidentBoard:
    return IncidentBoard(sqlite_store, country_lookup, clock=lambda: NOW)
