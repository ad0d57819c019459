"""When the handover brief says things happened: its times are data (ISO 8601, a zone), a
scenario inject stands at its time since STARTEX (its sent time is on the exercise clock,
never a wall time), another exercise alert at its arrival, a real alert at its sent time."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from incident_desk.command import CommandBoard
from incident_desk.incidents import IncidentBoard
from incident_desk.scenario import load_scenario, render_inject
from tests.helpers.alerts import incoming, make_alert
from tests.unit.command.build import KE, ROOT, T0, Clock, Console, console

DRILL = load_scenario(ROOT / "scenarios" / "northern-corridor.yaml")
EXERCISE = DRILL.exercise.id


def test_a_drill_inject_stands_at_its_exercise_offset_not_at_an_exercise_clock_time(
    tmp_path: Path,
) -> None:
    clock = Clock(T0)
    ke = console(tmp_path, KE, clock)
    board = CommandBoard(ke.store, KE, mode="exercise", exercise_id=EXERCISE, clock=clock)
    first = next(i for i in DRILL.ordered_injects() if i.message.cap and i.offset_seconds)
    # the exercise clock runs six hours ahead of the wall clock: its sent time is no wall time
    alert = render_inject(DRILL, first, T0 + timedelta(hours=6))
    (stored,) = ke.store.add_alerts([incoming(alert, received_at=T0, exercise_id=EXERCISE)])
    incidents = IncidentBoard(ke.store, clock=clock)
    incidents.create_from_alert(stored.alert_id, "Insp Kamau")  # type: ignore[arg-type]
    (incident,) = incidents.list_incidents()
    board.establish(incident.key)
    brief = board.brief(incident.key)
    (item,) = brief["situation"]
    assert item["exercise"] is True
    assert item["exercise_offset"] == first.offset_seconds
    assert datetime.fromisoformat(item["received"]) == T0
    (line,) = brief["situation_summary"]
    assert line.startswith("EX T+")
    sent = alert.sent.utc.strftime("%H:%M")
    assert sent not in line  # the exercise-clock time is not shown as a time of day
    ke.store.close()


def test_the_briefs_times_are_instants_with_a_zone(ke: Console, clock: Clock) -> None:
    """Data for every console to show in its own clock: ISO 8601 with the offset."""
    incidents = IncidentBoard(ke.store, clock=clock)
    (stored,) = ke.store.add_alerts([incoming(make_alert(incidents=("KE-INC-7",)))])
    incidents.create_from_alert(stored.alert_id, "Insp Kamau")  # type: ignore[arg-type]
    ke.board.establish("KE-INC-7")
    brief = ke.board.brief("KE-INC-7")
    (item,) = brief["situation"]
    assert item["exercise"] is False
    assert item["exercise_offset"] is None
    times = [brief["initiated_at"], brief["prepared_by"]["at"], item["sent"]]
    times += [a["at"] for a in brief["actions"]]
    for text in times:
        assert datetime.fromisoformat(text).utcoffset() is not None
    (line,) = brief["situation_summary"]
    assert line.startswith("2026-")
    assert " UTC " in line
