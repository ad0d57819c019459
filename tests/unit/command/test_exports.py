"""ICS-204 and ICS-214 as CSV (core): the lines operators and evaluators expect."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

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
        "RDU-BUSIA-1 (ST-1): assigned → en route",
    ]
    assert ["6. Resources assigned"] in rows
    assert ["RDU-BUSIA-1", "strike_team: ST-1", "nps"] in rows


def test_an_exercise_form_names_the_incident_by_its_real_words(tmp_path: Path) -> None:
    """The incident title of a drill alert opens with the mandated marking; the form has
    its own EXERCISE line, so block 1 shows the headline's words."""
    from incident_desk.cap import Status
    from incident_desk.command import CommandBoard, load_directory
    from incident_desk.incidents import IncidentBoard
    from incident_desk.store import Store
    from incident_desk.topics import Mode
    from tests.helpers.alerts import incoming, make_alert
    from tests.unit.command.build import DIRECTORY, KE

    store = Store.open(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        alert = make_alert(
            status=Status.EXERCISE,
            headline="EXERCISE EXERCISE EXERCISE Bridge closed at Malaba",
            incidents=("EX-INC-1",),
        )
        topic = "idesk/v1/exercise/EX-1/KE/police/alert"
        (stored,) = store.add_alerts([incoming(alert, topic=topic, exercise_id="EX-1")])
        assert stored.alert_id is not None
        IncidentBoard(store).correlate((stored.alert_id,))
        board = CommandBoard(store, KE, mode=Mode.EXERCISE, exercise_id="EX-1", clock=Clock())
        board.load_directory(load_directory(DIRECTORY))
        form = ics204(board, "EX-INC-1")
    finally:
        store.close()
    assert form.header[0] == ("1. Incident name", "Bridge closed at Malaba")
    assert to_csv(form).startswith("EXERCISE EXERCISE EXERCISE (EX-1)")
    store = Store.open(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        board = CommandBoard(store, KE, mode=Mode.EXERCISE, exercise_id="EX-1", clock=Clock())
        rows = ics214(board, "EX-INC-1").rows
    finally:
        store.close()
    created = next(r for r in rows if r[3] == "incident.created")
    assert created[4].endswith(": Bridge closed at Malaba")  # the activity's real words
