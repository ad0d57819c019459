"""Rendering an MSEL into the messages a run publishes, without a clock or a player.

Deterministic: the same scenario file and base time give the same bytes. CAP ``sent`` = base
time + inject offset, control ``at`` = base time + scenario time. :func:`render_run` is the
exact sequence an uninterrupted run publishes; the :class:`~._player.Player` renders each
inject and control state with the same functions as it plays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from incident_desk.cap import Alert, dumps
from incident_desk.scenario import Inject, Scenario, render_inject
from incident_desk.topics import Mode, alert_topic, command_topic, control_topic, unit_topic

from ._control import Command, ControlMessage, ExerciseState, control_expiry, encode_control
from ._messages import TEXT_EXPIRY_S, UNIT_EXPIRY_S, PublishedMessage, encode_json

__all__ = [
    "TopicFor",
    "control_message",
    "inject_topic",
    "regular_injects",
    "render_message",
    "render_run",
    "utc_base",
]

TopicFor = Callable[[Scenario, Inject], str]


def inject_topic(scenario: Scenario, inject: Inject) -> str:
    """The exercise topic an inject is published on (see ``_messages`` for the choices)."""
    exercise_id = scenario.exercise.id
    message = inject.message
    if message.unit is not None:
        unit = scenario.unit(message.unit.unit)
        agency = scenario.agency(unit.agency)
        return unit_topic(Mode.EXERCISE, agency.country, agency.id, unit.id, exercise_id)
    agency = scenario.agency(inject.from_)
    if message.cap is not None:
        return alert_topic(Mode.EXERCISE, agency.country, agency.id, exercise_id)
    return command_topic(Mode.EXERCISE, agency.country, agency.id, exercise_id)


def utc_base(base_time: datetime) -> datetime:
    if base_time.tzinfo is None or base_time.utcoffset() is None:
        raise ValueError("the base time of a run must be timezone-aware")
    return base_time.astimezone(UTC).replace(microsecond=0)


def render_message(
    scenario: Scenario,
    inject: Inject,
    base_time: datetime,
    *,
    topic_for: TopicFor = inject_topic,
) -> tuple[PublishedMessage, Alert | dict[str, Any]]:
    """One inject as the message the player publishes, with its content for the guard."""
    topic = topic_for(scenario, inject)
    rendered = render_inject(scenario, inject, base_time)
    if isinstance(rendered, Alert):
        return (
            PublishedMessage(
                topic=topic,
                payload=dumps(rendered),
                retain=False,
                kind="cap",
                inject=inject.number,
                sender=rendered.sender,
                identifier=rendered.identifier,
                sent=rendered.sent.text,
                expires=rendered.expires_utc(),
            ),
            rendered,
        )
    unit = inject.message.unit is not None
    return (
        PublishedMessage(
            topic=topic,
            payload=encode_json(rendered),
            retain=unit,
            kind="unit" if unit else "text",
            inject=inject.number,
            expiry_s=UNIT_EXPIRY_S if unit else TEXT_EXPIRY_S,
        ),
        rendered,
    )


def control_message(
    exercise_id: str,
    command: Command,
    state: ExerciseState,
    *,
    scenario_time: int,
    speed: float,
    base_time: datetime,
    by: str,
    reason: str | None = None,
) -> tuple[PublishedMessage, ControlMessage]:
    """A retained control state message; ``at`` = base time + scenario time."""
    control = ControlMessage(
        exercise=exercise_id,
        state=state,
        command=command,
        scenario_time=scenario_time,
        speed=speed,
        at=utc_base(base_time) + timedelta(seconds=scenario_time),
        by=by,
        reason=reason,
    )
    return (
        PublishedMessage(
            topic=control_topic(exercise_id),
            payload=encode_control(control),
            retain=True,
            kind="control",
            expiry_s=control_expiry(state),
        ),
        control,
    )


def regular_injects(scenario: Scenario) -> list[Inject]:
    return [i for i in scenario.ordered_injects() if i.contingency_for is None]


def render_run(
    scenario: Scenario,
    base_time: datetime,
    *,
    speed: float = 100.0,
    controller: str = "controller",
) -> list[PublishedMessage]:
    """The exact sequence an uninterrupted run publishes (same file + base time → same bytes).

    STARTEX, every inject that is not a contingency in (offset, number) order, ENDEX at the
    scenario time of the last one. Computed without a clock or a player.
    """
    exercise_id = scenario.exercise.id
    injects = regular_injects(scenario)
    out = [
        control_message(
            exercise_id,
            Command.STARTEX,
            ExerciseState.RUNNING,
            scenario_time=0,
            speed=speed,
            base_time=base_time,
            by=controller,
        )[0]
    ]
    out.extend(render_message(scenario, i, base_time)[0] for i in injects)
    end = injects[-1].offset_seconds if injects else 0
    out.append(
        control_message(
            exercise_id,
            Command.ENDEX,
            ExerciseState.ENDED,
            scenario_time=end,
            speed=speed,
            base_time=base_time,
            by=controller,
        )[0]
    )
    return out
