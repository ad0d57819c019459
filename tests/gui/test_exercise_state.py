"""The status bar's exercise clock at a console that does not run the controller."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from incident_desk.exercise import ControlClock
from incident_desk.ui.exercise_state import ExerciseStateLabel
from tests.helpers.drill import control


def test_a_remote_console_counts_the_clock_from_each_messages_arrival(qtbot: Any) -> None:
    """A control message's ``at`` is on the exercise clock (here March, with the wall clock
    in December): the label must carry the clock forward from when the message arrived, at
    its speed, and follow a speed change the controller publishes (CLOCK)."""
    clock = ControlClock()
    label = ExerciseStateLabel("EX-T1")
    qtbot.addWidget(label)
    wall = [datetime.now(UTC)]
    label.clock = lambda: clock.scenario_seconds(wall[0])
    startex = control("running", "STARTEX", 0, 20)
    clock.offer(startex, wall[0])
    label.set_control(startex)
    wall[0] += timedelta(seconds=30)  # 30 wall seconds at x20: ten exercise minutes
    label.set_control(startex)
    assert "running ×20 +00:10:00 (STARTEX by Controller KE)" in label.text()
    faster = control("running", "CLOCK", 600, 100)
    clock.offer(faster, wall[0])
    wall[0] += timedelta(seconds=6)  # ten exercise minutes more at x100
    label.set_control(faster)
    assert "running ×100 +00:20:00 (clock set by Controller KE)" in label.text()
    paused = control("paused", "PAUSE", 1200, 100)
    clock.offer(paused, wall[0])
    wall[0] += timedelta(minutes=5)
    label.set_control(paused)
    assert "paused ×100 +00:20:00" in label.text()


def test_before_the_clock_is_learnt_the_label_says_what_it_was_told(qtbot: Any) -> None:
    label = ExerciseStateLabel("EX-T1")
    qtbot.addWidget(label)
    label.set_control(control("paused", "PAUSE", 754, 20))
    assert "paused ×20 +00:12:34" in label.text()
