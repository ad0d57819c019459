"""Fakes for the exercise engine: a recording publish port and a hand-driven clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from incident_desk.exercise import Player, PlayerEvent
from incident_desk.scenario import Scenario, VirtualClock, parse_scenario

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
BASE = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)

SMALL = """\
schema_version: 1
exercise: {id: EX-T1, name: Test drill, seed: 7}
countries: [KE, UG]
agencies:
  - {id: nps, country: KE, name: National Police Service, kind: police, sender: nps.go.ke}
  - {id: upf, country: UG, name: Uganda Police Force, kind: police, sender: upf.go.ug}
units:
  - {id: eod-1, callsign: EOD-1, agency: upf, kind: eod, size: 4, start: {lat: 0.69, lon: 34.18}}
injects:
  - number: 1
    offset: "00:00:00"
    from: nps
    to: [upf]
    method: system
    message:
      cap:
        incident: KE-INC-1
        event: Explosion
        category: [Security]
        urgency: Immediate
        severity: Severe
        certainty: Observed
        headline: Explosion at the border post
        description: An explosion was reported.
        area: {desc: Busia, circle: {lat: 0.46, lon: 34.09, radius_km: 2}}
    expected_action: UPF acknowledges the alert.
    expect: {ack: true, within: "00:05:00"}
  - number: 2
    offset: "00:01:00"
    from: upf
    to: [nps]
    method: system
    message:
      unit: {unit: eod-1, status: en_route, position: {lat: 0.5, lon: 34.1}}
    expected_action: NPS sees the EOD team moving.
  - number: 3
    offset: "00:02:00"
    from: upf
    to: [nps/duty-officer]
    method: phone
    message: {text: UPF asks for the latest casualty figures.}
    expected_action: NPS answers.
  - number: 4
    offset: "00:03:00"
    from: nps
    to: [upf]
    method: phone
    contingency_for: 1
    message: {text: "NPS to UPF: did you receive our alert?"}
    expected_action: UPF acknowledges.
  - number: 5
    offset: "00:04:00"
    from: nps
    to: [upf]
    method: system
    message:
      cap:
        msg_type: Update
        references_inject: 1
        incident: KE-INC-1
        event: Explosion
        category: [Security]
        urgency: Immediate
        severity: Extreme
        certainty: Observed
        headline: Second device found
        description: A second device was found.
        area: {desc: Busia, circle: {lat: 0.46, lon: 34.09, radius_km: 3}}
    expected_action: UPF opens an incident.
    expect: {incident: true, assign_unit: eod-1, within: "00:10:00"}
  - number: 6
    offset: "00:04:00"
    from: upf
    to: [nps]
    method: radio
    message: {text: EOD team on scene.}
    expected_action: NPS logs it.
"""


@pytest.fixture
def small() -> Scenario:
    return parse_scenario(SMALL, "small.yaml")


@dataclass
class FakePort:
    """Records what would go on the bus, in order; can be told to fail."""

    calls: list[tuple[str, str, bytes, dict[str, Any]]] = field(default_factory=list)
    fail_on: Callable[[str], bool] | None = None

    def publish_cap(self, topic: str, raw: bytes, **meta: Any) -> None:
        if self.fail_on is not None and self.fail_on(topic):
            raise RuntimeError(f"refused {topic}")
        self.calls.append(("cap", topic, raw, meta))

    def publish_json(self, topic: str, data: bytes, **meta: Any) -> None:
        if self.fail_on is not None and self.fail_on(topic):
            raise RuntimeError(f"refused {topic}")
        self.calls.append(("json", topic, data, meta))

    @property
    def topics(self) -> list[str]:
        return [c[1] for c in self.calls]

    def wire(self) -> list[tuple[str, bytes, bool]]:
        return [(c[1], c[2], bool(c[3].get("retain", False))) for c in self.calls]


class FakeTime:
    """A monotonic source moved by hand (or by the fake sleeper)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass
class Rig:
    player: Player
    port: FakePort
    time: FakeTime
    clock: VirtualClock
    events: list[PlayerEvent]


def make_rig(
    scenario: Scenario, *, speed: float = 1.0, base_time: datetime | None = BASE, **kwargs: Any
) -> Rig:
    fake_time = FakeTime()
    clock = VirtualClock(fake_time, speed=speed)
    port = FakePort()
    events: list[PlayerEvent] = []
    player = Player(
        scenario,
        publish=port,
        clock=clock,
        base_time=base_time,
        controller="controller",
        on_event=events.append,
        **kwargs,
    )
    return Rig(player, port, fake_time, clock, events)


@pytest.fixture
def rig(small: Scenario) -> Rig:
    return make_rig(small)
