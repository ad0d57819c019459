"""An incident board on a real store: SQLite in ``tmp_path`` and, where parametrised,
PostgreSQL; a fixed clock and a stand-in country lookup."""

from __future__ import annotations

import pytest

from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from tests.helpers.stores import store_from_url, store_url_on_both_databases
from tests.unit.incidents.build import NOW, country_lookup

__all__ = ["store_from_url", "store_url_on_both_databases"]  # fixtures: store_url, store


@pytest.fixture
def board(store: Store) -> IncidentBoard:
    return IncidentBoard(store, country_lookup, clock=lambda: NOW)


@pytest.fixture
def sqlite_board(sqlite_store: Store) -> IncidentBoard:
    return IncidentBoard(sqlite_store, country_lookup, clock=lambda: NOW)
