"""An alarm board on a real SQLite store in ``tmp_path`` with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.alarms import AlarmBoard
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'alerts.db'}") as opened:
        yield opened


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def board(store: Store, clock: FakeClock) -> AlarmBoard:
    return AlarmBoard(store, console="ke-ncc-ws01", exercise_id="EX-1", clock=clock)
