"""Wall clock ↔ exercise clock: how late was an action *in drill time*?

A drill runs on its own clock (``VirtualClock``): at ×20 one wall minute is twenty exercise
minutes, a PAUSE holds it, a jump moves it. Deadlines in a scenario (``expect.within``) are
exercise time, while the store records wall-clock instants (when an alert arrived, when an
operator acknowledged or assigned). :class:`ExerciseClockMap` converts between the two from
**anchors**: pairs (wall instant, exercise instant) known to belong together.

Where the anchors come from:

- the controller that ran the drill records one at every control event, inject, speed change
  and jump (``ExerciseController.clock_anchors``): exact, pauses and jumps included;
- otherwise (a report made later from the store alone) every inject alert is one: its CAP
  ``sent`` is on the exercise clock (run base time + inject offset) and the store saw it
  arrive at a wall instant. Between two injects the map then assumes a steady clock: a PAUSE
  between them is spread over the interval (a report says which source it used).

Between anchors the map interpolates linearly; before the first and after the last it runs
at ``speed`` (the run's speed), so an action long after ENDEX still counts as late (a display
of the live clock passes ``held=True`` while the exercise is paused or ended instead).

:class:`ControlClock` is the console side: it builds the map from the control messages the
console hears (each: its exercise instant ``at``, its speed and state, and when it arrived),
so a window can show exercise time (``EX T+00:12:30``) for any wall-clock instant.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from incident_desk import scenario, timefmt
from incident_desk.store import StoredAlert

from ._control import ControlMessage, ExerciseState

__all__ = [
    "ClockAnchor",
    "ControlClock",
    "ExerciseClockMap",
    "inject_number",
    "on_exercise_clock",
]


def inject_number(alert: StoredAlert) -> int | None:
    """The inject number the scenario player wrote into a stored alert (``idesk:inject``)."""
    return scenario.inject_number(alert.alert)


def on_exercise_clock(alert: StoredAlert) -> bool:
    """Whether an alert's CAP times (sent, effective, onset, expires) are exercise-clock
    instants: an exercise's alert that the scenario player wrote (it carries its inject
    number). Any other alert, an exercise alert a participant's own system sent included,
    is stamped on the wall clock."""
    return alert.exercise_id is not None and inject_number(alert) is not None


@dataclass(frozen=True, slots=True)
class ClockAnchor:
    """One moment seen on both clocks (both aware datetimes)."""

    wall: datetime
    exercise: datetime


class ExerciseClockMap:
    """Converts wall-clock instants to exercise-clock instants (see the module docstring).

    Attributes:
        anchors: the anchors, in wall order (at equal wall instants, in the order given: a
            jump is two anchors at one wall instant).
        speed: exercise seconds per wall second outside the anchors.
        source: where the anchors came from ("controller", "injects" or "speed only").
    """

    def __init__(
        self,
        anchors: Iterable[ClockAnchor],
        *,
        speed: float = 1.0,
        source: str = "controller",
        held: bool = False,
    ) -> None:
        if speed <= 0:
            raise ValueError(f"the exercise speed must be positive, not {speed}")
        self.anchors: tuple[ClockAnchor, ...] = tuple(
            sorted((_need_aware(a) for a in anchors), key=lambda a: a.wall)
        )
        self.speed = float(speed)
        self.source = source
        self.held = held
        self._walls = [a.wall for a in self.anchors]

    @classmethod
    def steady(cls, speed: float = 1.0) -> ExerciseClockMap:
        """No anchors: durations are scaled by ``speed`` (instants cannot be converted)."""
        return cls((), speed=speed, source="speed only")

    def exercise_at(self, wall: datetime) -> datetime:
        """The exercise-clock instant at wall instant ``wall``.

        Raises:
            ValueError: the map has no anchors (only durations can be scaled).
        """
        if not self.anchors:
            raise ValueError("an exercise clock map without anchors converts durations only")
        i = bisect_right(self._walls, wall)
        if i == 0:
            first = self.anchors[0]
            return first.exercise - (first.wall - wall) * self.speed
        before = self.anchors[i - 1]  # the last anchor at or before ``wall``
        if i == len(self.anchors):
            return (
                before.exercise
                if self.held
                else before.exercise + (wall - before.wall) * self.speed
            )
        after = self.anchors[i]
        span = (after.wall - before.wall).total_seconds()
        gained = (after.exercise - before.exercise).total_seconds()
        if span <= 0 or gained < 0:  # a backward jump: hold until the next anchor
            return before.exercise
        return before.exercise + timedelta(
            seconds=gained * (wall - before.wall).total_seconds() / span
        )

    def exercise_seconds(self, start: datetime, end: datetime) -> float:
        """Exercise seconds between two wall instants (negative if ``end`` is earlier)."""
        if not self.anchors:
            return (end - start).total_seconds() * self.speed
        return (self.exercise_at(end) - self.exercise_at(start)).total_seconds()


def _need_aware(a: ClockAnchor) -> ClockAnchor:
    for t in (a.wall, a.exercise):
        if t.tzinfo is None or t.utcoffset() is None:
            raise ValueError(f"clock anchors need aware times: {a!r}")
    return a


class ControlClock:
    """The exercise clock as one console learns it from the control messages it hears.

    Thread-safe: control messages arrive on the bus thread, the window reads on its own.

    Attributes:
        start: the STARTEX instant on the exercise clock (T+0), once a message was heard.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._anchors: list[ClockAnchor] = []
        self._speed = 1.0
        self._held = True
        self._map: ExerciseClockMap | None = None  # built once per new anchor
        self.start: datetime | None = None

    def offer(self, control: ControlMessage, received_at: datetime) -> None:
        """A control message of the joined exercise arrived at wall instant ``received_at``."""
        with self._lock:
            self._anchors.append(ClockAnchor(received_at, control.at))
            self._speed = control.speed
            self._held = control.state is not ExerciseState.RUNNING
            self.start = control.at - timedelta(seconds=control.scenario_time)
            self._map = None

    def offer_inject(self, sent_exercise: datetime, received_at: datetime) -> None:
        """An inject alert of the exercise arrived: its CAP ``sent`` is on the exercise clock.

        Feed these too (a console's alarm board reports each inject it reads): a console
        that joins late first hears the *retained* control state, whose arrival is not when
        it was issued; the next inject corrects the clock.
        """
        with self._lock:
            self._anchors.append(ClockAnchor(received_at, sent_exercise))
            self._map = None

    def map(self) -> ExerciseClockMap | None:
        """Wall → exercise clock as known now; None before any control message (injects
        alone say where the clock was, not its speed or whether it runs)."""
        with self._lock:
            if self.start is None:
                return None
            if self._map is None:
                self._map = ExerciseClockMap(
                    list(self._anchors), speed=self._speed, source="control", held=self._held
                )
            return self._map

    def scenario_seconds(self, wall: datetime) -> float | None:
        """Exercise seconds since STARTEX at wall instant ``wall`` (None: not known yet)."""
        clock = self.map()
        if clock is None or self.start is None:
            return None
        return (clock.exercise_at(wall) - self.start).total_seconds()

    def text(self, wall: datetime) -> str:
        """``EX T+00:12:30`` for a wall-clock instant; ``""`` before any control message.
        Put ``timefmt.wall_hover(wall)`` in its tooltip."""
        seconds = self.scenario_seconds(wall)
        return "" if seconds is None else timefmt.exercise_offset(seconds)
