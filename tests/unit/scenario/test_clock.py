"""The exercise clock and the inject schedule."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_desk.scenario import (
    ClockState,
    ClockStateError,
    InjectCursor,
    InjectState,
    Schedule,
    VirtualClock,
)


class FakeTime:
    """A monotonic source the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@dataclass(frozen=True)
class Item:
    number: int
    offset_seconds: int


@pytest.fixture
def real() -> FakeTime:
    return FakeTime()


@pytest.fixture
def clock(real: FakeTime) -> VirtualClock:
    return VirtualClock(real)


def test_time_stands_still_until_startex(clock: VirtualClock, real: FakeTime) -> None:
    real.advance(60)
    assert clock.state.value == "planned"
    assert clock.now() == 0.0
    clock.startex()
    real.advance(30)
    assert clock.state is ClockState.RUNNING
    assert clock.now() == 30.0


def test_pause_freezes_and_resume_continues(clock: VirtualClock, real: FakeTime) -> None:
    clock.startex()
    real.advance(10)
    clock.pause()
    real.advance(500)
    assert clock.now() == 10.0
    assert clock.real_seconds_until(20) is None
    clock.resume()
    real.advance(5)
    assert clock.now() == 15.0


def test_speed_change_keeps_scenario_time_continuous(clock: VirtualClock, real: FakeTime) -> None:
    clock.startex()
    real.advance(10)
    clock.set_speed(10)
    assert clock.now() == 10.0
    real.advance(2)
    assert clock.now() == 30.0
    assert clock.real_seconds_until(50) == 2.0
    clock.set_speed(0.25)
    assert clock.now() == 30.0
    real.advance(4)
    assert clock.now() == 31.0
    assert clock.real_seconds_until(10) == 0.0


@pytest.mark.parametrize("speed", [0.0, 0.2, 100.5, -1.0, float("nan")])
def test_speed_outside_the_range_is_refused(clock: VirtualClock, speed: float) -> None:
    with pytest.raises(ValueError, match="speed must be between"):
        clock.set_speed(speed)
    with pytest.raises(ValueError, match="speed must be between"):
        VirtualClock(FakeTime(), speed=speed)
    assert clock.speed == 1.0


@pytest.mark.parametrize("speed", [0.25, 100])
def test_speed_range_ends_are_allowed(clock: VirtualClock, speed: float) -> None:
    clock.set_speed(speed)
    assert clock.speed == speed


def test_jump_forward_and_backward(clock: VirtualClock, real: FakeTime) -> None:
    clock.startex()
    clock.jump_to(600)
    assert clock.now() == 600.0
    real.advance(1)
    assert clock.now() == 601.0
    clock.jump_to(60)
    assert clock.now() == 60.0
    assert clock.state is ClockState.RUNNING
    with pytest.raises(ValueError, match="negative"):
        clock.jump_to(-1)


def test_endex_freezes_and_forbids_further_play(clock: VirtualClock, real: FakeTime) -> None:
    clock.startex()
    real.advance(42)
    clock.endex()
    real.advance(100)
    assert clock.state is ClockState.ENDED
    assert clock.now() == 42.0
    for action in (clock.resume, clock.pause, clock.startex, clock.endex):
        with pytest.raises(ClockStateError):
            action()
    with pytest.raises(ClockStateError):
        clock.jump_to(0)
    with pytest.raises(ClockStateError):
        clock.set_speed(2)


def test_state_transitions_are_checked(clock: VirtualClock) -> None:
    with pytest.raises(ClockStateError, match="cannot pause while the exercise clock is planned"):
        clock.pause()
    clock.startex()
    with pytest.raises(ClockStateError):
        clock.startex()
    with pytest.raises(ClockStateError):
        clock.resume()


ITEMS = [Item(3, 300), Item(1, 0), Item(2, 60), Item(4, 300), Item(5, 900)]


def test_cursor_orders_by_offset_then_number() -> None:
    cursor = InjectCursor(ITEMS)
    assert [i.number for i in cursor.ordered] == [1, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="unique"):
        InjectCursor([Item(1, 0), Item(1, 5)])


def test_due_releases_each_once_in_order(clock: VirtualClock, real: FakeTime) -> None:
    schedule = Schedule(ITEMS, clock)
    assert schedule.due() == []  # nothing goes out before STARTEX
    clock.startex()
    assert schedule.due() == [Item(1, 0)]
    assert schedule.due() == []
    real.advance(300)
    assert [i.number for i in schedule.due()] == [2, 3, 4]
    assert schedule.due() == []
    assert schedule.real_seconds_until_next() == 600.0
    real.advance(10_000)
    assert [i.number for i in schedule.due()] == [5]
    assert schedule.real_seconds_until_next() is None
    assert all(schedule.cursor.state(i.number) is InjectState.RELEASED for i in ITEMS)


def test_step_releases_the_next_inject_and_moves_the_clock(
    clock: VirtualClock, real: FakeTime
) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    assert schedule.step() == Item(1, 0)
    assert clock.now() == 0.0
    assert schedule.step() == Item(2, 60)
    assert clock.now() == 60.0
    assert schedule.due() == []
    real.advance(5)
    assert schedule.step() == Item(3, 300)
    assert clock.now() == 300.0
    assert [i.number for i in schedule.due()] == [4]


def test_step_while_paused_keeps_the_clock_paused(clock: VirtualClock) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    clock.pause()
    schedule.step()
    assert schedule.step() == Item(2, 60)
    assert clock.state is ClockState.PAUSED
    assert clock.now() == 60.0


def test_step_at_the_end_and_after_endex(clock: VirtualClock) -> None:
    schedule = Schedule([Item(1, 10)], clock)
    clock.startex()
    clock.endex()
    with pytest.raises(ClockStateError):
        schedule.step()
    other = Schedule([Item(1, 10)], VirtualClock(FakeTime()))
    assert other.step() == Item(1, 10)
    assert other.step() is None


def test_jump_to_inject_skips_what_it_passes(clock: VirtualClock, real: FakeTime) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    assert schedule.due() == [Item(1, 0)]

    skipped = schedule.jump_to_inject(4)

    assert [i.number for i in skipped] == [2, 3]  # 3 shares inject 4's offset but comes first
    assert clock.now() == 300.0
    assert schedule.cursor.state(2) is InjectState.SKIPPED
    assert schedule.cursor.state(3) is InjectState.SKIPPED
    assert schedule.due() == [Item(4, 300)]


def test_jump_backward_never_releases_twice(clock: VirtualClock, real: FakeTime) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    real.advance(300)
    assert len(schedule.due()) == 4
    assert schedule.jump_to_inject(2) == []
    assert clock.now() == 60.0
    real.advance(300)
    assert schedule.due() == []
    real.advance(600)
    assert schedule.due() == [Item(5, 900)]


def test_jump_to_time_skips_earlier_and_keeps_exact(clock: VirtualClock) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    assert [i.number for i in schedule.jump_to(300)] == [1, 2]
    assert [i.number for i in schedule.due()] == [3, 4]
    with pytest.raises(KeyError):
        schedule.jump_to_inject(99)


def test_bare_clock_jump_releases_instead_of_skipping(clock: VirtualClock) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    clock.jump_to(1000)
    assert [i.number for i in schedule.due()] == [1, 2, 3, 4, 5]


operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=400)),
        st.tuples(st.just("pause"), st.none()),
        st.tuples(st.just("resume"), st.none()),
        st.tuples(st.just("speed"), st.floats(min_value=0.25, max_value=100)),
        st.tuples(st.just("step"), st.none()),
    ),
    max_size=60,
)
offsets = st.lists(st.integers(min_value=0, max_value=3600), min_size=1, max_size=25)


@settings(max_examples=300, deadline=None)
@given(offsets=offsets, ops=operations)
def test_no_inject_is_reordered_skipped_or_repeated(
    offsets: list[int], ops: list[tuple[str, float | None]]
) -> None:
    real = FakeTime()
    clock = VirtualClock(real)
    items = [Item(n, off) for n, off in enumerate(offsets, start=1)]
    expected = sorted(items, key=lambda i: (i.offset_seconds, i.number))
    schedule = Schedule(reversed(items), clock)
    clock.startex()
    released: list[Item] = []
    for op, arg in ops:
        if op == "advance":
            assert arg is not None
            real.advance(arg)
        elif op == "pause" and clock.state is ClockState.RUNNING:
            clock.pause()
        elif op == "resume" and clock.state is ClockState.PAUSED:
            clock.resume()
        elif op == "speed":
            assert arg is not None
            clock.set_speed(arg)
        elif op == "step":
            stepped = schedule.step()
            if stepped is not None:
                released.append(stepped)
        for item in schedule.due():
            assert item.offset_seconds <= clock.now()
            released.append(item)
        assert released == expected[: len(released)]
    if clock.state is ClockState.PAUSED:
        clock.resume()
    real.advance(3600 / clock.speed + 1)  # past the largest offset, whatever the speed
    released.extend(schedule.due())
    assert released == expected
    assert schedule.cursor.pending == ()
    assert all(schedule.cursor.state(i.number) is InjectState.RELEASED for i in items)


def test_nothing_is_released_while_paused_or_after_endex(
    clock: VirtualClock, real: FakeTime
) -> None:
    schedule = Schedule(ITEMS, clock)
    clock.startex()
    assert schedule.due() == [Item(1, 0)]
    clock.pause()
    clock.jump_to(400)
    assert schedule.due() == []
    clock.resume()
    assert [i.number for i in schedule.due()] == [2, 3, 4]
    clock.endex()
    real.advance(10_000)
    assert schedule.due() == []
    assert schedule.cursor.state(5) is InjectState.PENDING


jump_operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=400)),
        st.tuples(st.just("pause"), st.none()),
        st.tuples(st.just("resume"), st.none()),
        st.tuples(st.just("step"), st.none()),
        st.tuples(st.just("jump"), st.floats(min_value=0, max_value=4000)),
        st.tuples(st.just("jump_inject"), st.integers(min_value=1, max_value=25)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(offsets=offsets, ops=jump_operations)
def test_with_jumps_every_inject_ends_released_or_skipped_once(
    offsets: list[int], ops: list[tuple[str, float | None]]
) -> None:
    real = FakeTime()
    clock = VirtualClock(real)
    items = [Item(n, off) for n, off in enumerate(offsets, start=1)]
    expected = sorted(items, key=lambda i: (i.offset_seconds, i.number))
    schedule = Schedule(items, clock)
    clock.startex()
    released: list[Item] = []
    skipped: list[Item] = []
    for op, arg in ops:
        if op == "advance":
            assert arg is not None
            real.advance(arg)
        elif op == "pause" and clock.state is ClockState.RUNNING:
            clock.pause()
        elif op == "resume" and clock.state is ClockState.PAUSED:
            clock.resume()
        elif op == "step":
            stepped = schedule.step()
            if stepped is not None:
                released.append(stepped)
        elif op == "jump":
            assert arg is not None
            skipped.extend(schedule.jump_to(arg))
        elif op == "jump_inject" and arg is not None and arg <= len(items):
            skipped.extend(schedule.jump_to_inject(int(arg)))
        released.extend(schedule.due())
    if clock.state is ClockState.PAUSED:
        clock.resume()
    clock.jump_to(3601)
    released.extend(schedule.due())
    handled = sorted(released + skipped, key=expected.index)
    assert handled == expected  # each exactly once
    assert released == sorted(released, key=expected.index)  # never out of order
    for item in items:
        state = schedule.cursor.state(item.number)
        assert state is (InjectState.SKIPPED if item in skipped else InjectState.RELEASED)
