"""ICS-204 and ICS-214 as CSV (core): the lines operators and evaluators expect."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from incident_desk.exports import EXERCISE_MARK, ics204, ics214, to_csv
from tests.unit.command.build import KEY, Clock, Console


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _setup(ke: Console, clock: Clock) -> str:
    ke.board.establish(KEY)
    clock.tick()
    aid = ke.board.assign(
        KEY,
        unit_id="nps-rdu-1",
        element_kind="strike_team",
        element_name="ST-1",
        work="Clear the yard",
        report_to="Malaba OSBP gate",
        report_at=clock.now + timedelta(minutes=30),
    ).event.id
    clock.tick()
    ke.board.set_assignment_status(aid, "en_route")
    return aid


def test_ics204_csv(ke: Console, clock: Clock) -> None:
    _setup(ke, clock)
    rows = _rows(to_csv(ics204(ke.board, KEY)))
    assert rows[0] == ["ICS 204", "Assignment List"]
    assert ["1. Incident name", KEY] in rows
    assert ["Incident commander(s)", "Insp Kamau (KE/nps, Silver)"] in rows
    header = rows.index([])
    assert rows[header + 1][0] == "Branch / division / group / position"
    (line,) = rows[header + 2 :]
    assert line == [
        "strike team: ST-1",
        "RDU-BUSIA-1",
        "nps-rdu-1",
        "nps",
        "12",
        "radio NPS-TAC-2; +254 700 000 101",
        "Clear the yard",
        "Malaba OSBP gate",
        "2026-07-01 12:30:10 UTC",
        "en_route",
        "2026-07-01 12:00:20 UTC",
    ]
    assert EXERCISE_MARK not in to_csv(ics204(ke.board, KEY))


def test_ics214_csv_is_the_timeline(ke: Console, clock: Clock) -> None:
    _setup(ke, clock)
    text = to_csv(ics214(ke.board, KEY))
    rows = _rows(text)
    assert rows[0] == ["ICS 214", "Activity Log"]
    log = [r for r in rows if len(r) == 5 and r[0].startswith("2026-07-01")]
    assert [r[3] for r in log] == ["command.established", "assignment.created", "assignment.status"]
    assert log[2] == [
        "2026-07-01 12:00:20 UTC",
        "Insp Kamau",
        "ke-nps-ws1",
        "assignment.status",
        "RDU-BUSIA-1 (ST-1): assigned → en_route",
    ]
    assert ["6. Resources assigned"] in rows
    assert ["RDU-BUSIA-1", "strike_team: ST-1", "nps"] in rows
