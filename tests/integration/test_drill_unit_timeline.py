"""Unit injects of a fast drill on the timeline: entered when they arrive, never in the future.

The controller (``ExerciseController``: the real player, its thread and clock) plays a small
drill at ×100 on a real Mosquitto; a Ugandan console (``BusService`` → ``IngestRoute`` → real
SQLite store and command board) receives it. A unit inject's ``time`` is on the exercise
clock (STARTEX + its offset: at ×100 the inject at T+00:04:00 goes out 2.4 s after STARTEX,
dated four minutes after it); its timeline entry must stand at the wall instant it was
stored, in order with the alerts' entries around it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from incident_desk.command import CommandBoard, load_directory_for
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.ingest import IngestRoute
from incident_desk.messaging.service import BusService
from incident_desk.runtime import ExerciseController
from incident_desk.scenario import Scenario, parse_scenario
from incident_desk.store import Store, TimelineEntry
from incident_desk.topics import Mode, console_filters
from tests.helpers.brokers import MosquittoBroker, bus_settings
from tests.unit.exercise.conftest import SMALL

pytestmark = pytest.mark.timeout(60)

UG = Identity("UG", "upf", "upf.go.ug", "Supt Okello", "ug-upf-ws1")
# SMALL, with its last inject (T+00:04:00) a second unit inject: two unit statuses to order
TWO_UNITS = SMALL.replace(
    "    message: {text: EOD team on scene.}",
    "    message:\n      unit: {unit: eod-1, status: on_scene}",
)
SPEED = 100.0


@dataclass
class Desk:
    scenario: Scenario
    store: Store
    controller: ExerciseController


@pytest.fixture
def desk(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[Desk]:
    scenario = parse_scenario(TWO_UNITS, "two-units.yaml")
    exercise = scenario.exercise.id
    store = Store.open(f"sqlite:///{tmp_path / 'ug.db'}")
    route = IngestRoute(store, UG, exercise_id=exercise)
    command = CommandBoard(store, UG, mode=Mode.EXERCISE, exercise_id=exercise)
    command.load_directory(load_directory_for(scenario))
    console = Console(store, UG, exercise_id=exercise, board=route.board, command=command)
    service = BusService(
        bus_settings(mosquitto.url, "ug-upf-ws1"),
        store,
        filters=console_filters(exercise),
        on_changes=console.emit,
        route=route,
        outbox_console=UG.workstation,
    )
    console.bus = service
    service.start(wait_s=10)
    controller = ExerciseController(
        scenario, bus_settings(mosquitto.url, "excon"), speed=SPEED, monitor_no_duff=False
    )
    controller.start()
    try:
        yield Desk(scenario, store, controller)
    finally:
        controller.stop()
        service.stop()
        store.close()


def watch_unit_entries(
    store: Store, exercise: str, count: int, timeout: float = 20.0
) -> dict[int, datetime]:
    """Poll the timeline until ``count`` unit status entries are in; entry id → the wall
    instant it was first seen (so each was stored at or before that instant)."""
    seen: dict[int, datetime] = {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(seen) < count:
        now = datetime.now(UTC)
        for e in store.timeline(exercise_id=exercise):
            if e.kind == "unit.status":
                seen.setdefault(e.id, now)
        time.sleep(0.02)
    assert len(seen) == count, f"{len(seen)} of {count} unit status entries arrived"
    return seen


def test_unit_injects_of_a_x100_drill_are_entered_when_stored_and_in_order(desk: Desk) -> None:
    exercise = desk.scenario.exercise.id
    started = datetime.now(UTC)
    desk.controller.startex()
    seen = watch_unit_entries(desk.store, exercise, 2)
    assert desk.controller.wait_ended(timeout=20)  # ENDEX: the whole drill went out
    entries = {e.id: e for e in desk.store.timeline(exercise_id=exercise)}
    units = [entries[i] for i in sorted(seen)]
    assert [e.text for e in units] == [
        "EOD-1: en route at 0.50000,34.10000",
        "EOD-1: on scene",
    ]
    for e in units:
        # stored by the time the poll saw it, and not long before: not STARTEX + offset
        assert started <= e.at <= seen[e.id], (e.text, e.at, seen[e.id])
        assert seen[e.id] - e.at < timedelta(seconds=2), (e.text, e.at, seen[e.id])
    # the whole drill took seconds of wall time; the inject at T+00:04:00 is not 4 min ahead
    assert units[-1].at - started < timedelta(seconds=30)
    in_order(sorted(entries.values(), key=lambda e: e.id))


def in_order(timeline: list[TimelineEntry]) -> None:
    """Entries stored one after the other stand in time order (no entry before its
    predecessor), so the Timeline, sorted by time, lists them as they happened."""
    assert len(timeline) > 2  # the alerts' entries and the units'
    for before, after in pairwise(timeline):
        assert before.at <= after.at, (before.kind, before.text, before.at, after.text, after.at)
