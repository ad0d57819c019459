"""An alarm board on a real store (SQLite in ``tmp_path`` and, where parametrised,
PostgreSQL) with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.alarms import AlarmBoard
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock
from tests.helpers.databases import fresh_postgres_url


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
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def board(store: Store, clock: FakeClock) -> AlarmBoard:
    return AlarmBoard(store, console="ke-ncc-ws01", exercise_id="EX-1", clock=clock)
