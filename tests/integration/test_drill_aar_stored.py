"""The after-action report the day after: ``incident-desk export aar`` and a restarted console
write the report the controller wrote, from the store alone.

The real controller (``ExerciseController`` at ×20 on a real Mosquitto) plays NORTHERN
CORRIDOR 26 to a Ugandan console core whose store is SQLite or PostgreSQL; the controller
writes what it does into that store as it happens (a console's controller writes into the
console's store). It pauses, resumes, holds play for a real-world event (NO DUFF), sends an
ad-hoc inject and calls ENDEX before the last inject. Then the command line, and later a
new controller on the same store once the first one and its store are gone, write the
report: the control events, the ad-hoc inject, the injects ENDEX cut off ("not sent (ENDEX
at T+…)"), every inject's planned time and when a text or unit inject went out are the
controller's own report's, to the byte (only the moment it was generated differs).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from incident_desk.cli import main
from incident_desk.command import CommandBoard, load_directory_for
from incident_desk.console import Console
from incident_desk.ingest import IngestRoute
from incident_desk.messaging.service import BusService
from incident_desk.runtime import ExerciseController
from incident_desk.scenario import Scenario, identifier_for, load_scenario
from incident_desk.store import Store
from incident_desk.topics import Mode, console_filters
from tests.helpers.brokers import MosquittoBroker, bus_settings
from tests.helpers.stores import store_url_on_both_databases  # noqa: F401 (the fixture)
from tests.integration.test_drill_aar import DRILL, UG, Desk

pytestmark = pytest.mark.timeout(120)

ADHOC = "Second device reported at Malaba rail siding"
SECOND_RUN = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
CONTROLS = [
    "control.STARTEX",
    "control.PAUSE",
    "control.RESUME",
    "control.NO_DUFF",
    "control.RESUME",
    "control.ENDEX",
]


@contextmanager
def console_with_controller(
    broker: MosquittoBroker, url: str, base_time: datetime | None = None
) -> Iterator[Desk]:
    """A Ugandan console's core on the store at ``url`` and the drill's controller, which
    writes its run log into the console's store (as ``ConsoleRuntime`` wires it)."""
    scenario = load_scenario(DRILL)
    exercise = scenario.exercise.id
    store = Store.open(url)
    route = IngestRoute(store, UG, exercise_id=exercise)
    command = CommandBoard(store, UG, mode=Mode.EXERCISE, exercise_id=exercise)
    command.load_directory(load_directory_for(scenario, DRILL))
    console = Console(store, UG, exercise_id=exercise, board=route.board, command=command)
    service = BusService(
        bus_settings(broker.url, "ug-upf-ws1"),
        store,
        filters=console_filters(exercise),
        on_changes=console.emit,
        route=route,
        outbox_console=UG.workstation,
    )
    console.bus = service
    service.start(wait_s=10)
    controller = ExerciseController(
        scenario,
        bus_settings(broker.url, "excon"),
        speed=20,
        monitor_no_duff=False,
        base_time=base_time,
    )
    controller.attach_store(store)
    controller.start()
    try:
        yield Desk(scenario, store, console, command, controller)
    finally:
        controller.stop()
        service.stop()
        store.close()


def play_and_end_early(d: Desk) -> int:
    """PAUSE, RESUME, NO DUFF, RESUME, an ad-hoc inject and ENDEX long before the last
    inject; the scenario time of ENDEX."""
    ctl = d.controller
    ctl.startex()
    d.console.acknowledge(d.arrived(1))
    ctl.pause("coffee")
    ctl.resume()
    ctl.no_duff("real Alert KE-nps-2026-000417: Explosion at Moi Avenue")
    ctl.resume("real event handed to the duty desk")
    assert ctl.inject_adhoc(ADHOC, from_agency="upf", expected_action="UPF checks.").inject == 17
    ctl.endex()
    assert ctl.wait_ended(30)
    assert ctl.last_control is not None
    return ctl.last_control.scenario_time


def arrived(d: Desk, *, inject: int, sent: datetime, timeout: float = 15.0) -> None:
    """Wait until the store holds the alert of ``inject`` sent at ``sent`` (of one run)."""
    identifier = identifier_for(d.scenario, d.scenario.inject(inject))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alerts = d.store.list_alerts(limit=None, exercise_id=d.scenario.exercise.id)
        if any(a.identifier == identifier and a.sent_utc == sent for a in alerts):
            return
        time.sleep(0.05)
    raise AssertionError(f"inject {inject} of the run at {sent} did not reach the console")


def cli_report(url: str, out: Path) -> Path:
    assert main(["export", "aar", "--db", url, "--scenario", str(DRILL), "--out", str(out)]) == 0
    return out


def read(folder: Path) -> tuple[dict[str, Any], str]:
    """The report's JSON and HTML page, without the moment each was generated."""
    data = json.loads((folder / "aar-EX-NCORRIDOR-26.json").read_text("utf-8"))
    del data["generated_at"]
    page = (folder / "aar-EX-NCORRIDOR-26.html").read_text("utf-8")
    return data, re.sub(r"generated [^·]+·", "generated ·", page)


def cells(page: str) -> dict[int, tuple[str, str]]:
    """The Injects table's planned and sent cells, by inject number."""
    row = r"<tr[^>]*><td>(\d+)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td>"
    return {int(n): (planned, sent) for n, planned, sent in re.findall(row, page)}


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def check_the_run(data: dict[str, Any], page: str, scenario: Scenario, endex: int) -> None:
    """What the controller did, as a user checks it in the report."""
    control = [r for r in data["timeline"] if r["origin"] == "control"]
    assert [r["kind"] for r in control] == CONTROLS
    assert "Explosion at Moi Avenue" in control[3]["text"]
    injects = {i["number"]: i for i in data["injects"]}
    assert injects[17]["adhoc"] is True
    assert injects[17]["expected_action"] == "UPF checks."
    assert data["clock"]["source"] == "controller"
    ended = f"not sent (ENDEX at T+{_hms(endex)})"
    cut = [
        i.number
        for i in scenario.ordered_injects()
        if i.contingency_for is None and i.offset_seconds >= endex
    ]
    assert cut
    shown = cells(page)
    assert set(shown) == {*(i.number for i in scenario.injects), 17}
    for number in cut:
        assert injects[number]["remarks"] == [ended], number
        assert shown[number] == (f"EX T+{scenario.inject(number).offset}", ended)
    # a text or unit inject that went out is dated by the controller's run log
    went = [n for n, i in injects.items() if i["kind"] != "cap" and not i["not_sent"]]
    assert went
    assert all(injects[n]["sent_at"] and shown[n][1].startswith("EX T+") for n in went)
    assert "Exercise control" in page


def test_the_command_line_writes_the_report_the_controller_wrote(
    mosquitto: MosquittoBroker, store_url: str, tmp_path: Path
) -> None:
    with console_with_controller(mosquitto, store_url) as d:
        endex = play_and_end_early(d)
        own = d.controller.export_aar(d.store, tmp_path / "controller")
        assert len(own) == 4
        by_cli = read(cli_report(store_url, tmp_path / "cli"))
        check_the_run(*by_cli, d.scenario, endex)
        assert by_cli == read(tmp_path / "controller")


def test_after_a_restart_the_console_and_the_command_line_report_the_run(
    mosquitto: MosquittoBroker, store_url: str, tmp_path: Path
) -> None:
    with console_with_controller(mosquitto, store_url) as d:
        endex = play_and_end_early(d)
        d.controller.export_aar(d.store, tmp_path / "before")
    # the first controller, its console and its store are gone: a new console on the
    # same database runs the exercise's controller again (nothing played yet)
    before = read(tmp_path / "before")
    check_the_run(*before, load_scenario(DRILL), endex)
    with Store.open(store_url) as store:
        again = ExerciseController(
            load_scenario(DRILL),
            bus_settings(mosquitto.url, "excon"),
            monitor_no_duff=False,
            store=store,
        )
        again.export_aar(store, tmp_path / "restarted")
        again.stop()
    assert read(tmp_path / "restarted") == before
    assert read(cli_report(store_url, tmp_path / "cli")) == before


def test_a_drill_run_again_under_the_same_id_is_reported_from_its_own_startex(
    mosquitto: MosquittoBroker, store_url: str, tmp_path: Path
) -> None:
    with console_with_controller(mosquitto, store_url) as d:
        play_and_end_early(d)
    # the same exercise again (T+0 fixed: its alerts are not the first run's)
    with console_with_controller(mosquitto, store_url, SECOND_RUN) as d:
        d.controller.startex()
        arrived(d, inject=1, sent=SECOND_RUN)
        d.controller.endex("second run over")
        assert d.controller.wait_ended(30)
        d.controller.export_aar(d.store, tmp_path / "controller")
    data, page = read(cli_report(store_url, tmp_path / "cli"))
    assert (data, page) == read(tmp_path / "controller")
    control = [r for r in data["timeline"] if r["origin"] == "control"]
    assert [r["kind"] for r in control] == ["control.STARTEX", "control.ENDEX"]
    assert control[1]["text"].endswith("second run over")
    assert 17 not in {i["number"] for i in data["injects"]}  # the first run's ad-hoc inject
