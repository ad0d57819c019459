"""An alarm board on a real store (SQLite and PostgreSQL, ``tests/helpers/stores.py``) with a
fake clock."""

from __future__ import annotations

import pytest

from incident_desk.alarms import AlarmBoard
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock
from tests.helpers.stores import store_from_url, store_url_on_both_databases

__all__ = ["store_from_url", "store_url_on_both_databases"]  # fixtures: store_url, store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def board(store: Store, clock: FakeClock) -> AlarmBoard:
    return AlarmBoard(store, console="ke-ncc-ws01", exercise_id="EX-1", clock=clock)
