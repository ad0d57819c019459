"""NoDuffWatcher: only a real Alert/Update/Cancel during a running exercise is NO DUFF."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from incident_desk.cap import MsgType, Status, dumps
from incident_desk.exercise import (
    Command,
    ControlMessage,
    ExerciseState,
    NoDuffWatcher,
    encode_control,
)
from tests.helpers.alerts import make_alert

pytestmark = pytest.mark.timeout(30)

CONTROL = "idesk/v1/exercise/EX-T1/control"
ACTUAL = "idesk/v1/actual/KE/nps/alert"


def state(s: ExerciseState, command: Command = Command.STARTEX) -> bytes:
    return encode_control(
        ControlMessage(
            exercise="EX-T1",
            state=s,
            command=command,
            scenario_time=0,
            speed=1.0,
            at=datetime(2026, 3, 14, tzinfo=UTC),
            by="c",
        )
    )


def real(identifier: str = "KE-nps-1", **kwargs: object) -> bytes:
    return dumps(make_alert(identifier, sender="nps.go.ke", **kwargs))  # type: ignore[arg-type]


@pytest.fixture
def watcher() -> NoDuffWatcher:
    w = NoDuffWatcher("EX-T1")
    w.offer(CONTROL, state(ExerciseState.RUNNING))
    return w


def test_an_actual_alert_while_running_is_no_duff(watcher: NoDuffWatcher) -> None:
    event = watcher.offer(ACTUAL, real())
    assert event is not None
    assert event.key[1] == "KE-nps-1"
    assert event.exercise_id == "EX-T1"
    assert "NO DUFF" in event.summary
    assert "Explosion reported at bus terminal" in event.summary


def test_a_duplicate_gives_one_event(watcher: NoDuffWatcher) -> None:
    assert watcher.offer(ACTUAL, real()) is not None
    assert watcher.offer(ACTUAL, real()) is None
    assert watcher.offer(ACTUAL, real("KE-nps-2")) is not None


def test_nothing_before_startex_or_after_endex() -> None:
    w = NoDuffWatcher("EX-T1")
    assert w.offer(ACTUAL, real()) is None
    w.offer(CONTROL, state(ExerciseState.ENDED, Command.ENDEX))
    assert w.offer(ACTUAL, real("KE-nps-9")) is None
    w.offer(CONTROL, state(ExerciseState.PAUSED, Command.PAUSE))
    assert w.offer(ACTUAL, real("KE-nps-10")) is not None


def test_a_cleared_control_state_means_no_exercise(watcher: NoDuffWatcher) -> None:
    watcher.offer(CONTROL, b"")
    assert watcher.offer(ACTUAL, real()) is None


@pytest.mark.parametrize(
    ("topic", "payload"),
    [
        ("idesk/v1/actual/KE/nps/ack", "ack"),
        (ACTUAL, "ack"),
        (ACTUAL, "exercise"),
        (ACTUAL, b"<garbage/>"),
        ("idesk/v1/exercise/EX-T1/KE/nps/alert", "actual"),
        ("idesk/v1/test/KE/nps/alert", "actual"),
        ("not/a/v1/topic", "actual"),
    ],
)
def test_what_is_not_no_duff(watcher: NoDuffWatcher, topic: str, payload: object) -> None:
    data = {
        "ack": dumps(make_alert(msg_type=MsgType.ACK, with_info=False, references=(make_alert(),))),
        "exercise": real(status=Status.EXERCISE, note="EX-T1"),
        "actual": real(),
    }.get(payload, payload)  # type: ignore[call-overload]
    assert watcher.offer(topic, data) is None


def test_a_running_callable_overrides_the_control_topic() -> None:
    running = [False]
    w = NoDuffWatcher("EX-T1", running=lambda: running[0])
    assert w.offer(ACTUAL, real()) is None
    running[0] = True
    assert w.offer(ACTUAL, real()) is not None
