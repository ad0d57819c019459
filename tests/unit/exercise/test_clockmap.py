"""Wall clock → exercise clock: speed, pauses, jumps and what lies beyond the anchors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from incident_desk.exercise import ClockAnchor, ControlClock, ExerciseClockMap
from tests.helpers.drill import T0_EXERCISE, control

W0 = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)
X0 = T0_EXERCISE


def s(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


def test_at_x20_nine_wall_minutes_are_three_exercise_hours() -> None:
    clock = ExerciseClockMap([ClockAnchor(W0, X0)], speed=20)
    assert clock.exercise_seconds(W0, W0 + s(9 * 60)) == 3 * 3600
    assert clock.exercise_seconds(W0, W0 + s(37)) == 740
    assert clock.exercise_at(W0 - s(1)) == X0 - s(20)  # before STARTEX, same speed


def test_a_pause_holds_the_exercise_clock() -> None:
    # x10 for 60 s, paused for 300 s, x10 again
    clock = ExerciseClockMap(
        [
            ClockAnchor(W0, X0),
            ClockAnchor(W0 + s(60), X0 + s(600)),  # PAUSE
            ClockAnchor(W0 + s(360), X0 + s(600)),  # RESUME
        ],
        speed=10,
    )
    assert clock.exercise_seconds(W0 + s(30), W0 + s(300)) == 300  # 30 s running x10, then held
    assert clock.exercise_seconds(W0 + s(60), W0 + s(370)) == 100


def test_a_forward_jump_is_two_anchors_at_one_wall_instant() -> None:
    clock = ExerciseClockMap(
        [
            ClockAnchor(W0, X0),
            ClockAnchor(W0 + s(10), X0 + s(200)),  # x20 until the jump
            ClockAnchor(W0 + s(10), X0 + s(1500)),  # jump to T+00:25:00
        ],
        speed=20,
    )
    assert clock.exercise_at(W0 + s(5)) == X0 + s(100)
    assert clock.exercise_at(W0 + s(11)) == X0 + s(1520)
    assert clock.exercise_seconds(W0 + s(5), W0 + s(11)) == 1420


def test_without_anchors_only_durations_scale() -> None:
    clock = ExerciseClockMap.steady(20)
    assert clock.exercise_seconds(W0, W0 + s(30)) == 600
    with pytest.raises(ValueError, match="converts durations only"):
        clock.exercise_at(W0)


def test_naive_anchors_and_a_zero_speed_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        ExerciseClockMap([ClockAnchor(W0.replace(tzinfo=None), X0)])
    with pytest.raises(ValueError, match="positive"):
        ExerciseClockMap([], speed=0)


def test_a_console_learns_the_exercise_clock_from_control_messages() -> None:
    clock = ControlClock()
    assert clock.text(W0) == ""  # nothing heard yet
    clock.offer(control("running", "STARTEX", 0, 20), W0)
    assert clock.text(W0 + s(37)) == "EX T+00:12:20"
    clock.offer(control("paused", "PAUSE", 900, 20), W0 + s(45))
    assert clock.text(W0 + s(300)) == "EX T+00:15:00"  # held while paused
    clock.offer(control("running", "RESUME", 900, 20), W0 + s(600))
    assert clock.text(W0 + s(603)) == "EX T+00:16:00"
    assert clock.text(W0 + s(30)) == "EX T+00:10:00"  # the past keeps its own pace


def test_a_late_joiner_is_corrected_by_the_next_inject() -> None:
    clock = ControlClock()
    # joined 10 wall minutes into a x20 run: the retained STARTEX arrives now, not at T+0
    clock.offer(control("running", "STARTEX", 0, 20), W0 + s(600))
    assert clock.text(W0 + s(600)) == "EX T+00:00:00"  # wrong by 200 exercise minutes
    clock.offer_inject(X0 + s(12_000), W0 + s(601))  # an inject sent at T+03:20:00
    assert clock.text(W0 + s(611)) == "EX T+03:23:20"


def test_injects_alone_do_not_make_a_clock() -> None:
    """Without a control message the console knows neither the speed nor whether the
    exercise runs: the clock stays unknown (the alarm board then counts an inject's age at
    x1) instead of standing at the last inject for ever."""
    clock = ControlClock()
    clock.offer_inject(X0 + s(600), W0)
    assert clock.map() is None
    assert clock.text(W0 + s(60)) == ""
    clock.offer(control("running", "RESUME", 600, 10), W0 + s(30))
    assert clock.text(W0 + s(40)) == "EX T+00:11:40"
