"""``PliThrottle``: at most one report per device per second, status changes and first
reports at once, the newest report of a storm kept (issue 14)."""

from __future__ import annotations

from dataclasses import dataclass

from incident_desk.tak import PliThrottle


@dataclass
class Clock:
    now: float = 100.0

    def __call__(self) -> float:
        return self.now


def test_first_report_goes_at_once_and_a_storm_keeps_only_the_newest() -> None:
    clock = Clock()
    throttle: PliThrottle[str] = PliThrottle(1.0, monotonic=clock)
    assert throttle.offer("dev-1", "available", "r0") is True
    for n in range(1, 10):
        clock.now += 0.05
        assert throttle.offer("dev-1", "available", f"r{n}") is False
    assert throttle.due() == []  # its second is not up yet
    assert throttle.held() == 1
    clock.now = 101.0
    assert throttle.due() == ["r9"]
    assert throttle.due() == []  # passed on once
    assert throttle.coalesced == 8


def test_a_status_change_is_never_held_and_supersedes_the_held_report() -> None:
    clock = Clock()
    throttle: PliThrottle[str] = PliThrottle(1.0, monotonic=clock)
    throttle.offer("dev-1", "available", "r0")
    clock.now += 0.1
    assert throttle.offer("dev-1", "available", "r1") is False
    clock.now += 0.1
    assert throttle.offer("dev-1", "en_route", "r2") is True
    clock.now += 5
    assert throttle.due() == []  # r1 is older than r2, which went: nothing to pass on


def test_devices_are_throttled_each_on_its_own() -> None:
    clock = Clock()
    throttle: PliThrottle[str] = PliThrottle(1.0, monotonic=clock)
    assert throttle.offer("dev-1", "available", "a0") is True
    assert throttle.offer("dev-2", "available", "b0") is True
    assert throttle.offer("dev-2", "available", "b1") is False
    clock.now += 1
    assert throttle.offer("dev-1", "available", "a1") is True  # its second is up
    assert throttle.due() == ["b1"]


def test_everything_held_goes_when_the_gateway_stops() -> None:
    clock = Clock()
    throttle: PliThrottle[str] = PliThrottle(1.0, monotonic=clock)
    throttle.offer("dev-1", "available", "r0")
    throttle.offer("dev-1", "available", "r1")
    assert throttle.due(everything=True) == ["r1"]
