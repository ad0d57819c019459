"""A whole shipped drill on a real Mosquitto, played by the real scenario player clock at ×20,
with scripted operators on a real console core; the after-action report's verdicts.

The controller (``ExerciseController``: the real player, its thread and clock) plays
NORTHERN CORRIDOR 26 into the exercise tree; a Ugandan console (``BusService`` → real SQLite
store, incident correlation, command board with the drill's directory) receives it. The
script acts as the players would: acknowledge through ``Console.acknowledge``, take up the
incident and assign units through the command board, leave some injects unanswered and
acknowledge one far too late. The controller jumps between injects (as a controller skips
quiet stretches), so the run takes seconds; the report measures every deadline on the
exercise clock, jumps and ×20 included.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from incident_desk.command import CommandBoard, load_directory_for
from incident_desk.console import Console
from incident_desk.exercise import build_aar
from incident_desk.identity import Identity
from incident_desk.ingest import IngestRoute
from incident_desk.messaging.service import BusService
from incident_desk.runtime import ExerciseController
from incident_desk.scenario import Scenario, identifier_for, load_scenario
from incident_desk.shipped import scenario_path
from incident_desk.store import Store
from incident_desk.topics import Mode, console_filters
from tests.helpers.brokers import MosquittoBroker, bus_settings

pytestmark = pytest.mark.timeout(120)

DRILL = scenario_path("northern-corridor.yaml")
KEY = "NC-MALABA-01"
UG = Identity("UG", "upf", "upf.go.ug", "Supt Okello", "ug-upf-ws1")


@dataclass
class Desk:
    """One Ugandan console's core on the bus, and the drill's controller."""

    scenario: Scenario
    store: Store
    console: Console
    command: CommandBoard
    controller: ExerciseController

    def arrived(self, number: int, timeout: float = 15.0) -> int:
        """Wait for inject ``number``'s alert in the store; its id."""
        identifier = identifier_for(self.scenario, self.scenario.inject(number))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for stored in self.store.list_alerts(limit=None, exercise_id=self.scenario.exercise.id):
                if stored.identifier == identifier:
                    return stored.id
            time.sleep(0.05)
        raise AssertionError(f"inject {number} did not reach the console")


@pytest.fixture
def desk(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[Desk]:
    scenario = load_scenario(DRILL)
    exercise = scenario.exercise.id
    store = Store.open(f"sqlite:///{tmp_path / 'ug.db'}")
    route = IngestRoute(store, UG, exercise_id=exercise)  # what every console's ingest runs
    command = CommandBoard(store, UG, mode=Mode.EXERCISE, exercise_id=exercise)
    command.load_directory(load_directory_for(scenario, DRILL))
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
        scenario, bus_settings(mosquitto.url, "excon"), speed=20, monitor_no_duff=False
    )
    controller.start()
    try:
        yield Desk(scenario, store, console, command, controller)
    finally:
        controller.stop()
        service.stop()
        store.close()


def test_the_northern_corridor_drill_played_by_script_gets_the_right_verdicts(
    desk: Desk, tmp_path: Path
) -> None:
    d, ctl = desk, desk.controller
    ctl.startex()
    # inject 1 (ack + incident within 5 min): acknowledge, take up the incident
    d.console.acknowledge(d.arrived(1))
    d.command.establish(KEY)
    ctl.jump_to_inject(4)  # skips 2 and 3 (no checkable expectation)
    # inject 4 (ack + incident + EOD within 10 min)
    d.console.acknowledge(d.arrived(4))
    d.command.assign(KEY, unit_id="upf-eod-1", element_kind="group", element_name="EOD")
    ctl.jump_to_inject(6)
    first6 = d.arrived(6)  # inject 6 (ack within 15 min): left unanswered for now
    ctl.jump_to_inject(8)
    # inject 8 (ack + ambulance within 5 min)
    d.console.acknowledge(d.arrived(8))
    d.command.assign(
        KEY, unit_id="krcs-amb-1", element_kind="staging", element_name="Ambulance RVP"
    )
    ctl.jump_to_inject(10)
    d.arrived(10)  # inject 10 (ack + incident within 10 min): never acknowledged
    ctl.jump_to_inject(12)
    d.console.acknowledge(d.arrived(12))  # inject 12 (ack within 10 min)
    d.console.acknowledge(first6)  # inject 6: acknowledged at T+00:40, 28 drill minutes late
    ctl.jump_to_inject(16)
    assert ctl.wait_ended(30), "the drill did not reach ENDEX"

    report = build_aar(d.store, d.scenario, clock=ctl.clock_map())
    by = {f.number: f for f in report.findings}
    assert {n: f.verdict for n, f in by.items() if f.verdict != "not observed"} == {
        1: "met",
        4: "met",
        6: "not met",
        8: "met",
        10: "not met",
        12: "met",
    }
    assert report.clock_source == "controller"
    # who and how late, on the exercise clock
    assert by[1].acked_by == ("upf.go.ug",)
    assert by[1].checks[0].by == "upf.go.ug (Supt Okello@ug-upf-ws1)"  # agency and person
    assert by[1].incident_by == "Supt Okello"
    assert by[4].unit_assigned
    assert by[4].assigned_by == "Supt Okello"
    assert by[4].assign_delay_s is not None
    assert by[4].assign_delay_s <= 600
    assert by[8].assigned_by == "Supt Okello"
    assert by[6].ack_delay_s is not None
    assert by[6].ack_delay_s >= 28 * 60  # T+00:12 → after the jump to T+00:40
    assert "later than 15 min 00 s" in by[6].notes
    assert "no acknowledgement" in by[10].notes
    assert "incident already done by Supt Okello before the inject" in by[10].notes
    # what was skipped by the jumps is reported as such, not as a failure
    assert by[13].verdict == by[14].verdict == "not observed"

    written = ctl.export_aar(d.store, tmp_path / "aar")
    assert sorted(p.suffix for p in written) == [".csv", ".csv", ".html", ".json"]
