"""The drills shipped in scenarios/ load, and say what they are meant to say."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk.cap import Alert, Status
from incident_desk.scenario import (
    EXERCISE_PREFIX,
    AgencyKind,
    Method,
    Scenario,
    UnitKind,
    UnitStatus,
    load_scenario,
    render_all,
    validate_file,
)

SCENARIOS = Path(__file__).resolve().parents[3] / "scenarios"
EXPECTED = {
    "silk-gate.yaml": ("EX-SILKGATE-26", ("KZ", "KG"), 16),
    "northern-corridor.yaml": ("EX-NCORRIDOR-26", ("KE", "UG", "RW"), 16),
    "desert-gate.yaml": ("EX-DESERTGATE-26", ("JO", "EG"), 17),
}


def _all() -> list[Scenario]:
    return [load_scenario(SCENARIOS / name) for name in sorted(EXPECTED)]


def test_every_shipped_file_is_known() -> None:
    assert sorted(p.name for p in SCENARIOS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_scenario_loads_with_key_facts(name: str) -> None:
    assert validate_file(SCENARIOS / name) == []
    scenario = load_scenario(SCENARIOS / name)
    exercise_id, countries, count = EXPECTED[name]
    assert scenario.exercise.id == exercise_id
    assert scenario.countries == countries
    assert len(scenario.injects) == count
    assert 10 <= count <= 20
    assert {a.country for a in scenario.agencies} == set(countries)
    assert len(scenario.agencies) >= 4
    # written in play order, starting at STARTEX
    assert list(scenario.injects) == scenario.ordered_injects()
    assert scenario.ordered_injects()[0].offset_seconds == 0
    kinds = {i.kind for i in scenario.injects}
    assert kinds == {"cap", "unit", "text"}
    msg_types = {i.message.cap.msg_type for i in scenario.injects if i.message.cap}
    assert msg_types == {"Alert", "Update", "Cancel"}
    assert any(i.contingency_for is not None for i in scenario.injects)
    assert any(i.expect is not None for i in scenario.injects)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_scenario_renders_as_exercise_traffic(name: str) -> None:
    scenario = load_scenario(SCENARIOS / name)
    rendered = render_all(scenario, datetime(2026, 6, 1, 7, 0, tzinfo=UTC))
    alerts = [r for _, r in rendered if isinstance(r, Alert)]
    assert alerts
    for alert in alerts:
        assert alert.status is Status.EXERCISE
        assert alert.note is not None
        assert alert.note.startswith(f"{scenario.exercise.id} inject ")
        assert alert.infos[0].headline is not None
        assert alert.infos[0].headline.startswith(EXERCISE_PREFIX)
    assert len({a.identifier for a in alerts}) == len(alerts)
    assert rendered == render_all(
        load_scenario(SCENARIOS / name), datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
    )


def test_together_the_drills_use_every_feature_of_the_schema() -> None:
    scenarios = _all()
    injects = [i for s in scenarios for i in s.injects]
    caps = [i.message.cap for i in injects if i.message.cap is not None]
    updates = [i.message.unit for i in injects if i.message.unit is not None]
    assert {a.kind for s in scenarios for a in s.agencies} == set(AgencyKind)
    assert {u.kind for s in scenarios for u in s.units} == set(UnitKind)
    assert {u.status for u in updates} == set(UnitStatus)
    assert {i.method for i in injects} == set(Method)
    assert any(u.position is None for u in updates)
    assert any(u.position is not None for u in updates)
    assert any(c.area.polygon for c in caps)
    assert any(c.area.circle for c in caps)
    assert any(c.parameters for c in caps)
    assert any(c.instruction for c in caps)
    assert any(c.response_types for c in caps)
    assert any(c.note for c in caps)
    assert any(c.expires_after != "02:00:00" for c in caps)
    expects = [i.expect for i in injects if i.expect is not None]
    assert any(e.ack for e in expects)
    assert any(e.incident for e in expects)
    assert any(e.assign_unit for e in expects)
    assert any(i.controller for i in injects)
    assert any(i.notes for i in injects)
    assert any("/" in target for i in injects for target in i.to)
    assert all(i.objective is not None for i in injects)
    assert all(s.exercise.description for s in scenarios)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_alerts_survive_the_cap_codec(name: str) -> None:
    import incident_desk.cap as cap

    scenario = load_scenario(SCENARIOS / name)
    for _, rendered in render_all(scenario, datetime(2026, 6, 1, 7, 0, tzinfo=UTC)):
        if isinstance(rendered, Alert):
            assert cap.parse(cap.dumps(rendered)) == rendered
