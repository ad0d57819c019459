"""Command boards on real SQLite stores with a settable clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.command.build import KE, UG, Clock, Console, console


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ke(tmp_path: Path, clock: Clock) -> Iterator[Console]:
    c = console(tmp_path, KE, clock)
    yield c
    c.store.close()


@pytest.fixture
def ug(tmp_path: Path, clock: Clock) -> Iterator[Console]:
    c = console(tmp_path, UG, clock)
    yield c
    c.store.close()
