"""The after-action report of a drill the controller held, resumed, added to and ended early.

The real controller (``ExerciseController``: player, thread, clock at ×20) on a real
Mosquitto plays NORTHERN CORRIDOR 26 to a Ugandan console core (the ``desk`` of
``test_drill_aar``). The controller pauses, holds play for a real-world event (NO DUFF),
resumes, sends an ad-hoc inject and calls ENDEX long before the last inject; the report it
exports must show all of it: the ad-hoc inject in the Injects table (marked ad hoc), the
control events in the timeline and in their own table, the injects ENDEX cut off as
"not sent (ENDEX at T+…)", not as missing from the store, and a timeline of what went out
(text and unit injects at the instant the controller sent them), never of what did not.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from tests.integration.test_drill_aar import Desk, desk  # noqa: F401 (the fixture)

pytestmark = pytest.mark.timeout(120)

ADHOC = "Second device reported at Malaba rail siding"


def test_the_aar_holds_the_adhoc_inject_the_holds_and_what_endex_cut_off(
    desk: Desk,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    d, ctl = desk, desk.controller
    ctl.startex()
    d.console.acknowledge(d.arrived(1))
    ctl.pause("coffee")
    ctl.resume()
    ctl.no_duff("real Alert KE-nps-2026-000417: Explosion at Moi Avenue")
    ctl.resume("real event handed to the duty desk")
    sent = ctl.inject_adhoc(ADHOC, from_agency="upf", expected_action="UPF checks the siding.")
    assert sent.inject == 17
    ctl.endex()
    assert ctl.wait_ended(30)
    assert ctl.last_control is not None
    endex_time = ctl.last_control.scenario_time
    # the injects ENDEX cut off: every regular one due at or after it
    cut = [
        i.number
        for i in d.scenario.ordered_injects()
        if i.contingency_for is None and i.offset_seconds >= endex_time
    ]
    assert 16 in cut

    written = ctl.export_aar(d.store, tmp_path / "aar")
    data = json.loads(next(p for p in written if p.suffix == ".json").read_text("utf-8"))
    injects = {i["number"]: i for i in data["injects"]}
    # 1. the ad-hoc inject is in the Injects table, marked as such
    assert injects[17]["adhoc"] is True
    assert injects[17]["expected_action"] == "UPF checks the siding."
    assert not injects[1]["adhoc"]
    page = next(p for p in written if p.suffix == ".html").read_text("utf-8")
    assert re.search(r"<tr[^>]*><td>17</td>.*?ad hoc.*?UPF checks the siding\.", page)
    findings = next(p for p in written if p.name.endswith("26.csv")).read_text("utf-8")
    rows = list(csv.DictReader(findings.splitlines()))
    assert [r["adhoc"] for r in rows if r["number"] == "17"] == ["yes"]
    # 2. the control events, in order, with the hold and its resumption
    control = [r for r in data["timeline"] if r["origin"] == "control"]
    assert [r["kind"] for r in control] == [
        "control.STARTEX",
        "control.PAUSE",
        "control.RESUME",
        "control.NO_DUFF",
        "control.RESUME",
        "control.ENDEX",
    ]
    texts = [r["text"] for r in control]
    assert texts[3].startswith("NO DUFF: the exercise clock is held at T+")
    assert "Explosion at Moi Avenue" in texts[3]
    assert re.fullmatch(
        r"RESUME: play continues after [\d.]+ s held \(wall clock\) — real event handed to "
        r"the duty desk",
        texts[4],
    )
    assert "Exercise control" in page
    assert "NO DUFF: the exercise clock is held at T+" in page
    # 4. what ENDEX cut off says so
    ended = f"not sent (ENDEX at T+{_hms(endex_time)})"
    for number in cut:
        assert injects[number]["verdict"] == "not observed"
        assert injects[number]["remarks"] == [ended], number
    assert "the inject's alert is not in the store" not in page
    assert ended in page
    # 5. the timeline holds what went out, where it went out: a text or unit inject at the
    # instant the controller sent it; what ENDEX cut off and the contingencies never fired
    # are not events of the run, and no "sent" cell shows a planned offset for them
    records = {r.number: r for r in ctl.records}
    went_out = {n for n, r in records.items() if r.state == "sent"}
    never = {n for n, r in records.items() if r.state != "sent"}
    assert set(cut) <= never
    assert {n for n in never if d.scenario.inject(n).contingency_for is not None}
    for number in went_out:
        assert injects[number]["sent_at"] is not None, number
        assert injects[number]["sent_exercise"] is not None, number
    texts_units = [n for n in went_out if injects[n]["kind"] != "cap"]
    assert texts_units
    for number in texts_units:
        assert injects[number]["sent_at"] == records[number].sent_at.isoformat(), number
    rows = data["timeline"]
    scenario = [r for r in rows if r["origin"] == "scenario"]
    assert {r["inject"] for r in scenario} == went_out
    endex_row = rows.index(next(r for r in rows if r["kind"] == "control.ENDEX"))
    assert all(rows.index(r) < endex_row and r["at"] and r["exercise_at"] for r in scenario)
    assert [r["at"] for r in rows] == sorted(r["at"] for r in rows)
    row = r"<tr[^>]*><td>(\d+)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td>"
    cells = {int(n): (planned, sent) for n, planned, sent in re.findall(row, page)}
    for number, (planned, _sent) in cells.items():  # every inject's planned time
        assert planned == f"EX T+{injects[number]['offset']}", number
    for number in never:
        assert cells[number][1].startswith("not sent"), number
    for number in cut:
        assert cells[number][1] == ended, number
    for number in went_out:
        assert cells[number][1].startswith("EX T+"), number


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
