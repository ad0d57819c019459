"""The exercise clock and the inject schedule: pure objects, no threads, no timers.

:class:`VirtualClock` turns a monotonic real-time source into scenario seconds since STARTEX,
with pause, resume, speed (×0.25 to ×100), jump and ENDEX. :class:`InjectCursor` releases
injects in order, each exactly once, as scenario time passes; :class:`Schedule` ties the two
together and adds the controller's *step* and *jump to inject*.

Jumps and skipped injects (the HSEEP convention): a forward jump with :meth:`Schedule.jump_to`
or :meth:`Schedule.jump_to_inject` marks every pending inject it passes over as **skipped**
(recorded, never sent). Injects exactly at the target time stay pending and are released by
the next :meth:`Schedule.due`. A backward jump moves the clock only: what was released or
skipped stays so (an inject is never sent twice). Moving the bare clock with
:meth:`VirtualClock.jump_to` skips nothing: the passed-over injects are released, in order,
by the next ``due``.

The caller (the player) polls ``due()`` from a timer, sleeping at most
``real_seconds_until_next()``. Only a running clock releases injects: nothing goes out
before STARTEX, during a PAUSE/HOLD or after ENDEX; ``step()`` is the controller's explicit
release and works in any state but ended.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from incident_desk.errors import RefusedError

MIN_SPEED = 0.25
MAX_SPEED = 100.0


class ClockState(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class ClockStateError(RefusedError, RuntimeError):
    """An operation that the clock's current state does not allow (e.g. resume when running)."""


class VirtualClock:
    """Scenario time since STARTEX, driven by an injectable monotonic source (seconds).

    While planned, paused or ended the scenario time stands still; while running it advances
    at ``speed`` scenario seconds per real second. Changing speed or pausing never makes the
    scenario time jump.

    Attributes:
        state: planned, running, paused or ended.
        speed: the current speed factor.
    """

    def __init__(
        self, time_source: Callable[[], float] = time.monotonic, *, speed: float = 1.0
    ) -> None:
        self._time = time_source
        self.state = ClockState.PLANNED
        self.speed = _checked_speed(speed)
        self._anchor_real = self._time()
        self._anchor_scenario = 0.0

    def now(self) -> float:
        """Scenario seconds since STARTEX (0.0 before it)."""
        if self.state is ClockState.RUNNING:
            return self._anchor_scenario + (self._time() - self._anchor_real) * self.speed
        return self._anchor_scenario

    def _rebase(self) -> None:
        self._anchor_scenario = self.now()
        self._anchor_real = self._time()

    def _require(self, *states: ClockState, action: str) -> None:
        if self.state not in states:
            raise ClockStateError(f"cannot {action} while the exercise clock is {self.state}")

    def startex(self) -> None:
        """Start play: the scenario time runs from where it stands (0 unless jumped)."""
        self._require(ClockState.PLANNED, action="start (STARTEX)")
        self._anchor_real = self._time()
        self.state = ClockState.RUNNING

    def pause(self) -> None:
        self._require(ClockState.RUNNING, action="pause")
        self._rebase()
        self.state = ClockState.PAUSED

    def resume(self) -> None:
        self._require(ClockState.PAUSED, action="resume")
        self._anchor_real = self._time()
        self.state = ClockState.RUNNING

    def set_speed(self, speed: float) -> None:
        """Change the speed, 0.25 to 100; the scenario time stays continuous."""
        speed = _checked_speed(speed)
        self._require(
            ClockState.PLANNED, ClockState.RUNNING, ClockState.PAUSED, action="change speed"
        )
        self._rebase()
        self.speed = speed

    def jump_to(self, scenario_seconds: float) -> None:
        """Set the scenario time (forward or backward, >= 0); the state does not change."""
        if not scenario_seconds >= 0:
            raise ValueError(f"scenario time cannot be negative: {scenario_seconds}")
        self._require(ClockState.PLANNED, ClockState.RUNNING, ClockState.PAUSED, action="jump")
        self._anchor_scenario = float(scenario_seconds)
        self._anchor_real = self._time()

    def endex(self) -> None:
        """End play; the scenario time freezes where it is."""
        self._require(ClockState.PLANNED, ClockState.RUNNING, ClockState.PAUSED, action="ENDEX")
        self._rebase()
        self.state = ClockState.ENDED

    def real_seconds_until(self, scenario_seconds: float) -> float | None:
        """Real seconds until the scenario time reaches ``scenario_seconds``.

        None while the clock does not run; 0.0 if that time has already come.
        """
        if self.state is not ClockState.RUNNING:
            return None
        return max(0.0, (scenario_seconds - self.now()) / self.speed)


def _checked_speed(speed: float) -> float:
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise ValueError(f"speed must be between ×{MIN_SPEED:g} and ×{MAX_SPEED:g}, not {speed}")
    return float(speed)


class Timed(Protocol):
    """What the schedule needs of an inject."""

    @property
    def number(self) -> int: ...

    @property
    def offset_seconds(self) -> int: ...


T = TypeVar("T", bound=Timed)


class InjectState(StrEnum):
    PENDING = "pending"
    RELEASED = "released"
    SKIPPED = "skipped"


class InjectCursor(Generic[T]):
    """Injects in (offset, number) order; each leaves the pending list exactly once.

    The pending injects are always a suffix of the ordered list, so order can never break.
    """

    def __init__(self, injects: Iterable[T]) -> None:
        self.ordered: tuple[T, ...] = tuple(
            sorted(injects, key=lambda i: (i.offset_seconds, i.number))
        )
        numbers = [i.number for i in self.ordered]
        if len(set(numbers)) != len(numbers):
            raise ValueError("inject numbers must be unique")
        self._next = 0
        self._state = dict.fromkeys(numbers, InjectState.PENDING)

    @property
    def pending(self) -> tuple[T, ...]:
        return self.ordered[self._next :]

    def next_pending(self) -> T | None:
        return self.ordered[self._next] if self._next < len(self.ordered) else None

    def state(self, number: int) -> InjectState:
        return self._state[number]

    def index_of(self, number: int) -> int:
        for index, inject in enumerate(self.ordered):
            if inject.number == number:
                return index
        raise KeyError(f"there is no inject {number}")

    def due(self, now: float) -> list[T]:
        """Release, in order, every pending inject whose offset is <= ``now``."""
        released: list[T] = []
        while self._next < len(self.ordered) and self.ordered[self._next].offset_seconds <= now:
            released.append(self._take(InjectState.RELEASED))
        return released

    def release_next(self) -> T | None:
        """Release the next pending inject regardless of time."""
        return self._take(InjectState.RELEASED) if self._next < len(self.ordered) else None

    def skip_until(self, index: int) -> list[T]:
        """Mark pending injects before position ``index`` of ``ordered`` skipped."""
        skipped: list[T] = []
        while self._next < min(index, len(self.ordered)):
            skipped.append(self._take(InjectState.SKIPPED))
        return skipped

    def skip_before(self, scenario_seconds: float) -> list[T]:
        """Mark pending injects with an offset strictly before ``scenario_seconds`` skipped."""
        index = self._next
        while index < len(self.ordered) and self.ordered[index].offset_seconds < scenario_seconds:
            index += 1
        return self.skip_until(index)

    def _take(self, state: InjectState) -> T:
        inject = self.ordered[self._next]
        self._state[inject.number] = state
        self._next += 1
        return inject


class Schedule(Generic[T]):
    """A clock plus a cursor: what the scenario player drives.

    Attributes:
        clock: the exercise clock.
        cursor: the inject cursor (states per inject number).
    """

    def __init__(self, injects: Iterable[T], clock: VirtualClock) -> None:
        self.clock = clock
        self.cursor: InjectCursor[T] = InjectCursor(injects)

    def due(self) -> list[T]:
        """Injects whose time has come, in order, each returned once over the whole run.

        Only a running clock releases anything: before STARTEX, during a PAUSE/HOLD and after
        ENDEX this returns ``[]`` (what fell due during a hold goes out on RESUME).
        """
        if self.clock.state is not ClockState.RUNNING:
            return []
        return self.cursor.due(self.clock.now())

    def step(self) -> T | None:
        """Release the next pending inject now, moving the clock forward to its offset.

        Returns None when nothing is pending. Not allowed after ENDEX.
        """
        nxt = self.cursor.next_pending()
        if nxt is None:
            return None
        if self.clock.state is ClockState.ENDED:
            raise ClockStateError("cannot step after ENDEX")
        if self.clock.now() < nxt.offset_seconds:
            self.clock.jump_to(nxt.offset_seconds)
        return self.cursor.release_next()

    def jump_to(self, scenario_seconds: float) -> list[T]:
        """Move the clock; returns the pending injects passed over, now marked skipped."""
        self.clock.jump_to(scenario_seconds)
        return self.cursor.skip_before(scenario_seconds)

    def jump_to_inject(self, number: int) -> list[T]:
        """Move the clock to an inject's offset so it is the next one released.

        Pending injects ordered before it are marked skipped and returned. Jumping to an inject
        already released or skipped only moves the clock back; nothing is sent again.
        """
        index = self.cursor.index_of(number)
        self.clock.jump_to(self.cursor.ordered[index].offset_seconds)
        return self.cursor.skip_until(index)

    def real_seconds_until_next(self) -> float | None:
        """Real seconds to the next pending inject; None if none is pending or the clock stands."""
        nxt = self.cursor.next_pending()
        return None if nxt is None else self.clock.real_seconds_until(nxt.offset_seconds)
