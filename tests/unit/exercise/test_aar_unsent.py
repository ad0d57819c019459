"""A drill ended early: the report's timeline holds what went out, never what did not.

The controller's run log (``RunLog``) tells which injects went out and when: a text or unit
inject leaves no alert in the store, so its send instant is the one the controller recorded
(``RunLog.sent``); an inject ENDEX cut off, or a contingency never fired, is not an event of
the run: it is not in the timeline, and its "sent" cell says why it was not sent, never the
MSEL's planned offset as if it had gone out then. The planned offset has a column of its own,
for every inject.
"""

from __future__ import annotations

import csv
import re
from datetime import timedelta
from pathlib import Path

import pytest

from incident_desk.exercise import build_aar, write_aar
from incident_desk.exercise._aar_run import ControlEvent, RunLog
from incident_desk.exercise._control import Command, ControlMessage, ExerciseState
from incident_desk.scenario import Scenario, render_cap
from incident_desk.store import IncomingAlert, Store
from tests.unit.exercise.conftest import BASE

pytestmark = pytest.mark.timeout(60)

#: the wall clock runs one second behind the exercise clock (speed 1): the alert of inject 1
#: reaches the store 1 s after its CAP ``sent``
LAG = timedelta(seconds=1)
ENDEX_AT = 200  # T+00:03:20: before injects 5 and 6 (T+00:04:00); 4 is a contingency


def _control(command: Command, state: ExerciseState, seconds: int) -> ControlEvent:
    at = BASE + timedelta(seconds=seconds)
    message = ControlMessage(
        exercise="EX-T1",
        state=state,
        command=command,
        scenario_time=seconds,
        speed=1,
        at=at,
        by="controller",
    )
    return ControlEvent(at, message)


def _ended_early(store: Store, small: Scenario) -> RunLog:
    """Inject 1 (CAP) in the store, text and unit injects 2 and 3 sent by the controller,
    contingency 4 never fired, injects 5 and 6 cut off by ENDEX at T+00:03:20."""
    alert = render_cap(small, small.inject(1), BASE)
    store.add_alerts(
        [
            IncomingAlert(
                raw=b"raw-1",
                alert=alert,
                topic="idesk/v1/exercise/EX-T1/KE/nps/alert",
                received_at=alert.sent.utc + LAG,
                exercise_id="EX-T1",
                country="KE",
                agency="nps",
            )
        ]
    )
    return RunLog(
        controls=(
            _control(Command.STARTEX, ExerciseState.RUNNING, 0),
            _control(Command.ENDEX, ExerciseState.ENDED, ENDEX_AT),
        ),
        states={1: "sent", 2: "sent", 3: "sent", 4: "held", 5: "pending", 6: "pending"},
        sent={
            1: BASE + LAG,
            2: BASE + timedelta(seconds=60) + LAG,
            3: BASE + timedelta(seconds=120) + LAG,
        },
    )


def test_text_and_unit_injects_take_their_send_time_from_the_run_log(
    store: Store, small: Scenario
) -> None:
    report = build_aar(store, small, run=_ended_early(store, small))
    by = {f.number: f for f in report.findings}
    assert by[2].sent_at == BASE + timedelta(seconds=60) + LAG
    assert report.exercise_offset(by[2].sent_exercise) == "EX T+00:01:00"
    assert by[3].sent_at == BASE + timedelta(seconds=120) + LAG
    assert report.exercise_offset(by[3].sent_exercise) == "EX T+00:02:00"
    assert [by[n].sent_at for n in (4, 5, 6)] == [None, None, None]
    assert [by[n].not_sent for n in (2, 4, 5, 6)] == [False, True, True, True]


def test_the_timeline_holds_the_injects_that_went_out_in_their_order_and_no_other(
    store: Store, small: Scenario
) -> None:
    report = build_aar(store, small, run=_ended_early(store, small))
    rows = [(r.inject, r.origin) for r in report.timeline if r.origin in ("scenario", "control")]
    # STARTEX, injects 1 2 3, ENDEX: the contingency 4 and the injects 5 and 6 ENDEX cut
    # off are not there
    startex = endex = (None, "control")
    assert rows == [startex, (1, "scenario"), (2, "scenario"), (3, "scenario"), endex]
    assert all(r.at is not None and r.exercise_at is not None for r in report.timeline)


def test_the_exports_never_show_a_planned_offset_as_a_send_time(
    store: Store, small: Scenario, tmp_path: Path
) -> None:
    report = build_aar(store, small, run=_ended_early(store, small))
    out = tmp_path / "aar"
    write_aar(report, out)
    page = (out / "aar-EX-T1.html").read_text("utf-8")
    cells = re.findall(r"<tr[^>]*><td>(\d+)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td>", page)
    # every inject's planned time; beside it when it went out, or why it did not
    assert {n: (planned, sent) for n, planned, sent in cells} == {
        "1": ("EX T+00:00:00", "EX T+00:00:00"),
        "2": ("EX T+00:01:00", "EX T+00:01:00"),
        "3": ("EX T+00:02:00", "EX T+00:02:00"),
        "4": ("EX T+00:03:00", "not sent: a contingency inject never fired"),
        "5": ("EX T+00:04:00", "not sent (ENDEX at T+00:03:20)"),
        "6": ("EX T+00:04:00", "not sent (ENDEX at T+00:03:20)"),
    }
    assert "<th>planned (exercise time)</th><th>sent (exercise time)</th>" in page
    assert not re.search(r"inject [456] at", page)
    rows = list(csv.DictReader((out / "aar-EX-T1.csv").read_text("utf-8").splitlines()))
    assert {r["number"]: r["sent_exercise"] for r in rows} == {
        "1": "EX T+00:00:00",
        "2": "EX T+00:01:00",
        "3": "EX T+00:02:00",
        "4": "",
        "5": "",
        "6": "",
    }
    timeline = (out / "aar-EX-T1-timeline.csv").read_text("utf-8").splitlines()
    scenario = [r for r in csv.DictReader(timeline) if r["origin"] == "scenario"]
    assert [(r["inject"], r["exercise_time"]) for r in scenario] == [
        ("1", "EX T+00:00:00"),
        ("2", "EX T+00:01:00"),
        ("3", "EX T+00:02:00"),
    ]
