"""Drill test material: the control messages a scenario player publishes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from incident_desk.exercise import Command, ControlMessage, ExerciseState

T0_EXERCISE = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)  # a run's T+0 on the exercise clock


def control(
    state: str,
    command: str,
    scenario_time: int,
    speed: float,
    *,
    exercise: str = "EX-T1",
    by: str = "Controller KE",
) -> ControlMessage:
    """The control message a player of ``exercise`` (T+0 at ``T0_EXERCISE``) publishes
    ``scenario_time`` seconds into the drill."""
    return ControlMessage(
        exercise=exercise,
        state=ExerciseState(state),
        command=Command(command),
        scenario_time=scenario_time,
        speed=speed,
        at=T0_EXERCISE + timedelta(seconds=scenario_time),
        by=by,
    )
