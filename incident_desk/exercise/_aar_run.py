"""What the controller did during a run, for the after-action report.

The store holds what the players did; what the controller did is known only to the
controller that ran the drill (``ExerciseController.export_aar`` gives it as a
:class:`RunLog`): its control events (STARTEX, PAUSE, RESUME, NO DUFF, CLOCK, ENDEX) with the
wall instant each was issued, what became of every inject (sent, skipped by a jump or by
ENDEX, a contingency never fired) and which injects were ad hoc.

This module puts them in words (message ids of context ``aar``, ``_aar_text``): a control
event as a timeline line ("NO DUFF: the exercise clock is held at T+00:04:10 …", "RESUME:
play continues after 1 min 20 s held (wall clock)") and why an inject was not sent ("not sent
(ENDEX at T+00:07:00)"). Scenario times in a sentence are one piece of data (``T+00:12:30``)
so that right-to-left text keeps them in their order; lengths of time are
:func:`duration_message` (the units in the reader's words).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from incident_desk import timefmt
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.scenario import Inject

from ._aar_text import say
from ._control import Command, ControlMessage

__all__ = [
    "ControlEvent",
    "RunLog",
    "control_lines",
    "duration_message",
    "scenario_time",
    "unsent_message",
]


@dataclass(frozen=True, slots=True)
class ControlEvent:
    """One control event of the run: ``at`` the wall instant it was issued, ``message`` the
    control message (its ``at`` is the exercise-clock instant)."""

    at: datetime
    message: ControlMessage


@dataclass(frozen=True, slots=True)
class RunLog:
    """What the controller did during the run, as the store's run log holds it
    (``_aar_stored.stored_run``: the controller wrote it there as it happened).

    Attributes:
        controls: the control events, oldest first.
        states: inject number → what became of it (``InjectRecord.state``: pending, held,
            sent, skipped, failed).
        adhoc: the numbers of the ad-hoc injects.
        sent: inject number → the wall instant it was handed to the bus (a text or unit
            inject leaves no alert in the store to date it by).
    """

    controls: tuple[ControlEvent, ...] = ()
    states: Mapping[int, str] = field(default_factory=dict)
    adhoc: frozenset[int] = frozenset()
    sent: Mapping[int, datetime] = field(default_factory=dict)

    @property
    def endex(self) -> ControlEvent | None:
        """The ENDEX event, when play ended."""
        return next((c for c in self.controls if c.message.command is Command.ENDEX), None)


def scenario_time(seconds: float) -> str:
    """A scenario time as people read it inside a sentence: ``T+00:12:30``."""
    return f"T{timefmt.signed_offset(seconds)}"


def duration_message(seconds: float, *, fine: bool = False) -> dict[str, Any]:
    """A length of time as a message, in the words of ``timefmt.duration`` ("12 min 20 s",
    "3 h 02 min"): the units are the reader's words, the numbers data. ``fine``: under
    10 s with a tenth ("4.2 s", a wall-clock delay at a fast run)."""
    if fine and abs(seconds) < 10:
        return say(QT_TRANSLATE_NOOP("aar", "{seconds} s"), seconds=f"{seconds:.1f}")
    sign, days, hours, minutes, secs = timefmt.duration_parts(seconds)
    if days:
        return say(
            QT_TRANSLATE_NOOP("aar", "{days} d {hours} h"),
            days=f"{sign}{days}",
            hours=f"{hours:02d}",
        )
    if hours:
        return say(
            QT_TRANSLATE_NOOP("aar", "{hours} h {minutes} min"),
            hours=f"{sign}{hours}",
            minutes=f"{minutes:02d}",
        )
    if minutes:
        return say(
            QT_TRANSLATE_NOOP("aar", "{minutes} min {seconds} s"),
            minutes=f"{sign}{minutes}",
            seconds=f"{secs:02d}",
        )
    return say(QT_TRANSLATE_NOOP("aar", "{seconds} s"), seconds=f"{sign}{secs}")


def unsent_message(inject: Inject, run: RunLog | None) -> dict[str, Any] | None:
    """Why an inject the controller never sent did not go out (None: it went out, or there
    is no ``RunLog`` to tell)."""
    state = None if run is None else run.states.get(inject.number)
    if run is None or state in (None, "sent"):
        return None
    endex = run.endex
    ended_first = endex is not None and inject.offset_seconds >= endex.message.scenario_time
    if state in ("pending", "skipped") and endex is not None and ended_first:
        return say(
            QT_TRANSLATE_NOOP("aar", "not sent (ENDEX at {time})"),
            time=scenario_time(endex.message.scenario_time),
        )
    if state == "skipped":
        return say(QT_TRANSLATE_NOOP("aar", "not sent: skipped by a jump of the controller"))
    if state == "held":
        return say(QT_TRANSLATE_NOOP("aar", "not sent: a contingency inject never fired"))
    if state == "failed":
        return say(QT_TRANSLATE_NOOP("aar", "not sent: publishing it failed"))
    return say(QT_TRANSLATE_NOOP("aar", "not sent"))


def _control_message(event: ControlEvent, held_since: datetime | None) -> dict[str, Any]:
    """A control event in words; ``held_since``: the wall instant the clock was held (PAUSE
    or NO DUFF) when this event resumes play."""
    c = event.message
    speed = f"×{c.speed:g}"
    at = scenario_time(c.scenario_time)
    if c.command is Command.STARTEX:
        msg = say(QT_TRANSLATE_NOOP("aar", "STARTEX: play starts at speed {speed}"), speed=speed)
    elif c.command is Command.PAUSE:
        msg = say(QT_TRANSLATE_NOOP("aar", "PAUSE: the exercise clock is held at {time}"), time=at)
    elif c.command is Command.NO_DUFF:
        msg = say(
            QT_TRANSLATE_NOOP(
                "aar", "NO DUFF: the exercise clock is held at {time} for a real-world event"
            ),
            time=at,
        )
    elif c.command is Command.RESUME and held_since is not None:
        msg = say(
            QT_TRANSLATE_NOOP("aar", "RESUME: play continues after {held} held (wall clock)"),
            held=duration_message(max(0.0, (event.at - held_since).total_seconds())),
        )
    elif c.command is Command.RESUME:
        msg = say(QT_TRANSLATE_NOOP("aar", "RESUME: play continues"))
    elif c.command is Command.ENDEX:
        msg = say(QT_TRANSLATE_NOOP("aar", "ENDEX: play ends at {time}"), time=at)
    else:
        msg = say(
            QT_TRANSLATE_NOOP("aar", "clock set: exercise time {time}, speed {speed}"),
            time=at,
            speed=speed,
        )
    reason = c.reason
    if reason and c.command is Command.NO_DUFF:  # the monitor's summary names NO DUFF too
        reason = reason.removeprefix("NO DUFF: ")
    if reason:
        msg = say(QT_TRANSLATE_NOOP("aar", "{event} — {reason}"), event=msg, reason=reason)
    return msg


def control_lines(run: RunLog) -> Iterator[tuple[ControlEvent, dict[str, Any]]]:
    """Every control event of the run with its words, oldest first."""
    held: datetime | None = None
    for event in run.controls:
        yield event, _control_message(event, held)
        command = event.message.command
        if command in (Command.PAUSE, Command.NO_DUFF):
            held = held or event.at
        elif command is not Command.CLOCK:
            held = None
