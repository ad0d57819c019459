"""Control messages (encode/decode, retained expiry) and the separation guard."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from incident_desk.cap import Status
from incident_desk.errors import IncidentDeskError, InputError
from incident_desk.exercise import (
    CLEAR_PAYLOAD,
    Command,
    ControlMessage,
    ExerciseState,
    SeparationError,
    assert_exercise_topic,
    control_expiry,
    decode_control,
    encode_control,
    render_message,
)
from incident_desk.scenario import Inject, Scenario
from tests.helpers.alerts import make_alert
from tests.unit.exercise.conftest import BASE, make_rig

pytestmark = pytest.mark.timeout(30)


def control(**changes: object) -> ControlMessage:
    values: dict[str, object] = {
        "exercise": "EX-T1",
        "state": ExerciseState.RUNNING,
        "command": Command.STARTEX,
        "scenario_time": 0,
        "speed": 10.0,
        "at": datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
        "by": "Controller KE",
    }
    values.update(changes)
    return ControlMessage.model_validate(values)


def test_control_round_trip_and_wire_form() -> None:
    message = control(reason="start of play")
    data = encode_control(message)
    assert decode_control(data) == message
    assert json.loads(data) == {
        "schema": "idesk.exercise-control/1",
        "exercise": "EX-T1",
        "state": "running",
        "command": "STARTEX",
        "scenario_time": 0,
        "speed": 10.0,
        "at": "2026-03-14T09:30:00+00:00",
        "by": "Controller KE",
        "reason": "start of play",
    }
    assert encode_control(control(reason="start of play")) == data


def test_an_empty_retained_payload_means_no_state() -> None:
    assert decode_control(CLEAR_PAYLOAD) is None


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        (b"not json", "not JSON"),
        (b'{"schema": "idesk.other/1"}', "schema"),
        (b"[1, 2]", "schema"),
        (
            encode_control(control()).replace(b'"running"', b'"sleeping"'),
            "state",
        ),
    ],
)
def test_bad_control_payloads_are_input_errors(payload: bytes, why: str) -> None:
    with pytest.raises(InputError, match=why):
        decode_control(payload, topic="idesk/v1/exercise/EX-T1/control")


def test_ended_state_expires_sooner() -> None:
    assert control_expiry(ExerciseState.ENDED) == 3600
    assert control_expiry(ExerciseState.RUNNING) == control_expiry(ExerciseState.NO_DUFF)
    assert control_expiry(ExerciseState.RUNNING) > 3600


# -- the separation guard -------------------------------------------------------------------


@pytest.mark.parametrize(
    "topic",
    [
        "idesk/v1/actual/KE/nps/alert",
        "idesk/v1/test/KE/nps/alert",
        "idesk/v1/exercise/OTHER/KE/nps/alert",
        "idesk/v1/exercise/EX-T1x/KE/nps/alert",
        "idesk/v1/exercise/OTHER/control",
        "idesk/v1/exercise/EX-T1/KE/nps/nonsense",
        "idesk/v1/exercise/EX-T1/KE/nps/alert/extra",
        "idesk/v1/exercise/EX-T1/#",
        "other/idesk/v1/exercise/EX-T1/KE/nps/alert",
    ],
)
def test_guard_refuses_topics_outside_the_exercise_tree(topic: str) -> None:
    with pytest.raises(SeparationError):
        assert_exercise_topic(topic, "EX-T1")


def test_guard_accepts_the_exercise_tree_and_is_an_incident_desk_error() -> None:
    assert assert_exercise_topic("idesk/v1/exercise/EX-T1/control", "EX-T1").kind == "control"
    assert assert_exercise_topic("idesk/v1/exercise/EX-T1/KE/nps/alert", "EX-T1").agency == "nps"
    assert issubclass(SeparationError, IncidentDeskError)


@pytest.mark.parametrize("exercise_id", ["", "#", "EX/1", "+", "EX 1"])
def test_guard_refuses_bad_exercise_ids(exercise_id: str) -> None:
    with pytest.raises(SeparationError):
        assert_exercise_topic(f"idesk/v1/exercise/{exercise_id}/control", exercise_id)


TOPIC = "idesk/v1/exercise/EX-T1/KE/nps/alert"


def test_guard_refuses_an_actual_cap_even_on_the_exercise_topic() -> None:
    alert = make_alert(status=Status.ACTUAL, note="EX-T1", headline="EXERCISE EXERCISE x")
    with pytest.raises(SeparationError, match="Actual"):
        assert_exercise_topic(TOPIC, "EX-T1", cap=alert)


@pytest.mark.parametrize("note", [None, "", "EX-OTHER inject 1", "inject 1 EX-T1"])
def test_guard_refuses_cap_without_the_exercise_id_first_in_note(note: str | None) -> None:
    alert = make_alert(status=Status.EXERCISE, note=note, headline="EXERCISE EXERCISE x")
    with pytest.raises(SeparationError, match="note"):
        assert_exercise_topic(TOPIC, "EX-T1", cap=alert)


def test_guard_refuses_cap_whose_headline_is_not_marked() -> None:
    alert = make_alert(status=Status.EXERCISE, note="EX-T1 inject 1", headline="Bomb at Busia")
    with pytest.raises(SeparationError, match="headline"):
        assert_exercise_topic(TOPIC, "EX-T1", cap=alert)


def test_guard_accepts_a_properly_marked_exercise_cap() -> None:
    alert = make_alert(status=Status.EXERCISE, note="EX-T1 x", headline="EXERCISE EXERCISE x")
    assert_exercise_topic(TOPIC, "EX-T1", cap=alert)


def test_an_exercise_cap_on_an_actual_topic_is_refused() -> None:
    alert = make_alert(status=Status.EXERCISE, note="EX-T1 x", headline="EXERCISE EXERCISE x")
    with pytest.raises(SeparationError, match="only under idesk/v1/exercise/EX-T1/"):
        assert_exercise_topic("idesk/v1/actual/KE/nps/alert", "EX-T1", cap=alert)


def test_guard_refuses_json_of_another_exercise() -> None:
    with pytest.raises(SeparationError, match="OTHER"):
        assert_exercise_topic(
            "idesk/v1/exercise/EX-T1/UG/upf/unit/eod-1", "EX-T1", data={"exercise": "OTHER"}
        )
    with pytest.raises(SeparationError):
        assert_exercise_topic("idesk/v1/exercise/EX-T1/UG/upf/command", "EX-T1", data={})


@pytest.mark.parametrize(
    "tampered",
    [
        lambda s, i: "idesk/v1/actual/KE/nps/alert",
        lambda s, i: "idesk/v1/actual/UG/upf/unit/eod-1",
        lambda s, i: "idesk/v1/test/KE/nps/command",
        lambda s, i: "idesk/v1/exercise/OTHER/KE/nps/alert",
    ],
)
def test_player_with_a_tampered_topic_function_publishes_nothing(
    small: Scenario, tampered: object
) -> None:
    rig = make_rig(small, topic_for=tampered)
    rig.player.startex()
    with pytest.raises(SeparationError):
        rig.player.run_until_end(sleep=rig.time.sleep)
    assert [c[1] for c in rig.port.calls] == ["idesk/v1/exercise/EX-T1/control"]
    assert all("/actual/" not in c[1] for c in rig.port.calls)


def test_player_refuses_to_play_a_rendered_inject_stripped_of_its_markings(
    small: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if the renderer broke, an unmarked CAP never reaches the port."""
    import incident_desk.exercise._render as render_module

    real = render_module.render_inject  # type: ignore[attr-defined]

    def broken(scenario: Scenario, inject: Inject, base_time: datetime) -> object:
        rendered = real(scenario, inject, base_time)
        if hasattr(rendered, "status"):
            return rendered.model_copy(update={"status": Status.ACTUAL})  # type: ignore[union-attr]
        return rendered

    monkeypatch.setattr(render_module, "render_inject", broken)
    rig = make_rig(small)
    rig.player.startex()
    with pytest.raises(SeparationError, match="Actual"):
        rig.player.tick()
    assert len(rig.port.calls) == 1  # STARTEX only
    assert rig.player.record(1).state == "pending"


def test_render_message_of_a_cap_inject_carries_its_key(small: Scenario) -> None:
    message, alert = render_message(small, small.inject(1), BASE)
    assert (message.sender, message.identifier, message.sent) == alert.key()  # type: ignore[union-attr]
    assert message.expires is not None
