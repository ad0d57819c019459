"""Rendering injects: exercise markings, identifiers, references, determinism."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from incident_desk.cap import Alert, MsgType, Scope, Status
from incident_desk.scenario import (
    EXERCISE_PREFIX,
    PROFILE_CODE,
    Scenario,
    parse_scenario,
    render_all,
    render_inject,
)
from tests.unit.scenario.conftest import MINIMAL

BASE = datetime(2026, 3, 14, 8, 0, 0, tzinfo=UTC)


@pytest.fixture
def scenario() -> Scenario:
    return parse_scenario(MINIMAL, "minimal.yaml")


def _alert(scenario: Scenario, number: int, base: datetime = BASE) -> Alert:
    rendered = render_inject(scenario, scenario.inject(number), base)
    assert isinstance(rendered, Alert)
    return rendered


def _dict(scenario: Scenario, number: int) -> dict[str, Any]:
    rendered = render_inject(scenario, scenario.inject(number), BASE)
    assert isinstance(rendered, dict)
    return rendered


def test_a_cap_inject_is_marked_as_exercise(scenario: Scenario) -> None:
    alert = _alert(scenario, 1)
    info = alert.infos[0]
    assert alert.status is Status.EXERCISE
    assert alert.msg_type is MsgType.ALERT
    assert alert.note == "EX-TEST-1 inject 1"
    assert alert.note.split()[0] == scenario.exercise.id
    assert alert.scope is Scope.RESTRICTED
    assert alert.restriction is not None
    assert "EX-TEST-1" in alert.restriction
    assert alert.codes == (PROFILE_CODE,)
    assert alert.incidents == ("INC-1",)
    assert alert.source == "incident-desk scenario player"
    assert info.headline == f"{EXERCISE_PREFIX} Bomb threat at Malaba"
    assert info.description is not None
    assert info.description.startswith(f"{EXERCISE_PREFIX} A truck may carry a device.")
    assert info.description.endswith(EXERCISE_PREFIX)


def test_identity_sender_and_times(scenario: Scenario) -> None:
    alert = _alert(scenario, 3)
    assert alert.identifier == "KE-nps-EX-TEST-1-0003"
    assert " " not in alert.identifier
    assert "," not in alert.identifier
    assert alert.sender == "nps.go.ke"
    assert alert.sent.text == "2026-03-14T08:10:00-00:00"
    assert alert.sent.utc == BASE + timedelta(minutes=10)
    assert alert.infos[0].expires is not None
    assert alert.infos[0].expires.text == "2026-03-14T09:10:00-00:00"  # expires_after 01:00:00
    assert alert.infos[0].sender_name == "National Police Service"


def test_default_expiry_is_two_hours(scenario: Scenario) -> None:
    info = _alert(scenario, 1).infos[0]
    assert info.expires is not None
    assert info.expires.utc - BASE == timedelta(hours=2)


def test_parameters_are_prefixed(scenario: Scenario) -> None:
    params = [(p.value_name, p.value) for p in _alert(scenario, 1).infos[0].parameters]
    assert params == [
        ("idesk:inject", "1"),
        ("idesk:scenario-time", "00:00:00"),
        ("idesk:major_incident", "yes"),
        ("idesk:casualties", "0"),
    ]


def test_update_and_cancel_reference_the_earlier_alert(scenario: Scenario) -> None:
    first, update, cancel = _alert(scenario, 1), _alert(scenario, 3), _alert(scenario, 5)
    assert update.msg_type is MsgType.UPDATE
    assert update.references == (first.reference(),)
    assert update.references[0].key() == (
        "nps.go.ke",
        "KE-nps-EX-TEST-1-0001",
        "2026-03-14T08:00:00-00:00",
    )
    assert cancel.msg_type is MsgType.CANCEL
    assert cancel.references == (update.reference(),)
    assert cancel.note == "EX-TEST-1 inject 5: device rendered safe"
    assert first.references == ()


def test_areas_become_cap_geometry(scenario: Scenario) -> None:
    circle = _alert(scenario, 1).infos[0].areas[0]
    assert circle.area_desc == "Malaba"
    assert circle.circles[0].center.lat == 0.636
    assert circle.circles[0].radius_km == 1.0
    polygon = _alert(scenario, 3).infos[0].areas[0].polygons[0]
    assert len(polygon.points) == 4
    assert polygon.points[0] == polygon.points[-1]


def test_a_non_utc_base_time_gives_utc_sent(scenario: Scenario) -> None:
    nairobi = timezone(timedelta(hours=3))
    alert = _alert(scenario, 1, datetime(2026, 3, 14, 11, 0, 0, 500, tzinfo=nairobi))
    assert alert.sent.text == "2026-03-14T08:00:00-00:00"


def test_a_naive_base_time_is_refused(scenario: Scenario) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        render_inject(scenario, scenario.inject(1), datetime(2026, 3, 14, 8, 0))


def test_unit_status_message(scenario: Scenario) -> None:
    assert _dict(scenario, 2) == {
        "schema": "idesk.unit-status/1",
        "unit": "eod-1",
        "callsign": "EOD-1",
        "agency": "upf",
        "status": "en_route",
        "position": {"lat": 0.65, "lon": 34.2},
        "exercise": "EX-TEST-1",
        "inject": 2,
        "scenario_time": "00:05:00",
        "time": "2026-03-14T08:05:00+00:00",
    }


def test_free_text_message(scenario: Scenario) -> None:
    message = _dict(scenario, 4)
    assert message["schema"] == "idesk.exercise-message/1"
    assert message["exercise"] == "EX-TEST-1"
    assert message["from"] == "upf"
    assert message["to"] == ["nps"]
    assert message["method"] == "phone"
    assert message["text"].startswith(f"{EXERCISE_PREFIX} Nobody has acknowledged")
    assert message["time"] == "2026-03-14T08:12:00+00:00"


def test_render_all_is_in_play_order_and_deterministic() -> None:
    first = render_all(parse_scenario(MINIMAL), BASE)
    second = render_all(parse_scenario(MINIMAL), BASE)
    assert [i.number for i, _ in first] == [1, 2, 3, 4, 5]
    assert first == second
    later = render_all(parse_scenario(MINIMAL), BASE + timedelta(days=1))
    assert [r for _, r in later] != [r for _, r in first]


def test_rendered_bytes_are_identical_across_runs() -> None:
    from incident_desk.cap import dumps

    runs = [render_all(parse_scenario(MINIMAL), BASE) for _ in range(2)]
    blobs = [[dumps(r) for _, r in run if isinstance(r, Alert)] for run in runs]
    assert len(blobs[0]) == 3
    assert blobs[0] == blobs[1]
    assert b"EX-TEST-1 inject 1" in blobs[0][0]
