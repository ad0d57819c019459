"""Recordings and their rewrite into an exercise: nothing replayed lands on actual topics."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incident_desk.cap import MsgType, Status, dumps, parse
from incident_desk.errors import InputError
from incident_desk.exercise import (
    RecordedMessage,
    Replayer,
    SeparationError,
    read_recording,
    recording_header,
    recording_line,
    rewrite_cap,
    rewrite_for_exercise,
    rewrite_topic,
)
from tests.helpers.alerts import make_alert
from tests.unit.exercise.conftest import FakePort, FakeTime

pytestmark = pytest.mark.timeout(30)

NOW = datetime.now(UTC).replace(microsecond=0)


def real_alert(identifier: str = "KE-nps-1") -> bytes:
    return dumps(make_alert(identifier, sender="nps.go.ke", sent=NOW, note="real note"))


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("idesk/v1/actual/KE/nps/alert", "idesk/v1/exercise/RX-1/KE/nps/alert"),
        ("idesk/v1/actual/UG/upf/ack", "idesk/v1/exercise/RX-1/UG/upf/ack"),
        ("idesk/v1/actual/UG/upf/unit/eod-1", "idesk/v1/exercise/RX-1/UG/upf/unit/eod-1"),
        ("idesk/v1/test/KE/nps/command", "idesk/v1/exercise/RX-1/KE/nps/command"),
        ("idesk/v1/exercise/OLD/KE/nps/alert", "idesk/v1/exercise/RX-1/KE/nps/alert"),
        ("idesk/v1/exercise/OLD/control", None),
        ("somewhere/else", None),
    ],
)
def test_rewrite_topic(topic: str, expected: str | None) -> None:
    assert rewrite_topic(topic, "RX-1") == expected


def test_rewrite_cap_marks_the_alert_and_keeps_its_key() -> None:
    original = parse(real_alert())
    alert = rewrite_cap(real_alert(), "RX-1")
    assert alert.key() == original.key()
    assert alert.status is Status.EXERCISE
    assert alert.note == "RX-1 replay: real note"
    info = alert.infos[0]
    assert info.headline == "EXERCISE EXERCISE EXERCISE Explosion reported at bus terminal"
    again = rewrite_cap(dumps(alert), "RX-1")
    assert again.infos[0].headline == info.headline  # never prefixed twice
    assert again.note == alert.note


def test_rewrite_for_exercise_gives_exercise_cap_bytes() -> None:
    recorded = RecordedMessage(t=0.0, topic="idesk/v1/actual/KE/nps/alert", payload=real_alert())
    message, _ = rewrite_for_exercise(recorded, "RX-1")
    assert message.topic == "idesk/v1/exercise/RX-1/KE/nps/alert"
    assert not message.retain
    alert = parse(message.payload)
    assert alert.status is Status.EXERCISE
    assert (alert.note or "").split()[0] == "RX-1"


def test_an_ack_stays_linked_to_its_alert() -> None:
    acked = make_alert("KE-nps-1", sender="nps.go.ke", sent=NOW)
    ack = make_alert(
        "UG-upf-9", sender="upf.go.ug", msg_type=MsgType.ACK, references=(acked,), with_info=False
    )
    recorded = RecordedMessage(t=1.0, topic="idesk/v1/actual/UG/upf/ack", payload=dumps(ack))
    message, _ = rewrite_for_exercise(recorded, "RX-1")
    assert parse(message.payload).references == (acked.reference(),)


def test_json_unit_state_gets_the_exercise_id_and_stays_retained() -> None:
    recorded = RecordedMessage(
        t=0.0,
        topic="idesk/v1/actual/UG/upf/unit/eod-1",
        payload=json.dumps({"schema": "idesk.unit-status/1", "status": "en_route"}).encode(),
        retain=True,
    )
    message, data = rewrite_for_exercise(recorded, "RX-1")
    assert message.retain
    assert json.loads(message.payload)["exercise"] == "RX-1"
    assert data["exercise"] == "RX-1"  # type: ignore[index]


@pytest.mark.parametrize(
    ("topic", "payload", "why"),
    [
        ("idesk/v1/actual/KE/nps/alert", b"<not cap/>", "CAP does not parse"),
        ("idesk/v1/actual/KE/nps/unit/u1", b"not json", "not JSON"),
        ("idesk/v1/actual/KE/nps/command", b"[1]", "not a JSON object"),
        ("idesk/v1/exercise/OLD/control", b"{}", "not a v1 agency topic"),
    ],
)
def test_what_cannot_be_replayed_is_an_input_error(topic: str, payload: bytes, why: str) -> None:
    with pytest.raises(InputError, match=why):
        rewrite_for_exercise(RecordedMessage(t=0.0, topic=topic, payload=payload), "RX-1")


def test_replayer_skips_with_a_reason_and_keeps_timing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    messages = [
        RecordedMessage(t=10.0, topic="idesk/v1/actual/KE/nps/alert", payload=real_alert("a")),
        RecordedMessage(t=12.0, topic="idesk/v1/actual/KE/nps/alert", payload=b"garbage"),
        RecordedMessage(t=30.0, topic="idesk/v1/actual/KE/nps/alert", payload=real_alert("b")),
    ]
    port = FakePort()
    fake = FakeTime()
    skipped: list[str] = []
    with caplog.at_level(logging.WARNING, logger="incident_desk.exercise"):
        result = Replayer(
            messages,
            exercise_id="RX-1",
            publish=port,
            speed=10.0,
            sleep=fake.sleep,
            time_source=fake,
            on_skip=lambda m, why: skipped.append(why),
        ).run()
    assert [r.levelname for r in caplog.records] == ["WARNING"]  # the skip, in the log too
    assert "CAP does not parse" in caplog.records[0].getMessage()
    assert [c[1] for c in port.calls] == ["idesk/v1/exercise/RX-1/KE/nps/alert"] * 2
    assert all(c[3]["exercise_id"] == "RX-1" for c in port.calls)
    assert len(result.skipped) == 1
    assert "CAP does not parse" in skipped[0]
    assert fake.sleeps == pytest.approx([0.2, 1.8])


@pytest.mark.parametrize("exercise_id", ["", "a/b", "#"])
def test_replayer_refuses_a_bad_exercise_id(exercise_id: str) -> None:
    with pytest.raises(SeparationError):
        Replayer([], exercise_id=exercise_id, publish=FakePort())


def test_recording_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "rec.jsonl"
    message = RecordedMessage(
        t=1.5,
        topic="idesk/v1/actual/KE/nps/alert",
        payload=b"\x00\xffbytes",
        user_properties=(("seq", "1"), ("seq", "2")),
        content_type="application/cap+xml",
        message_expiry=60,
    )
    path.write_text(recording_header(NOW, filters=["idesk/v1/#"]) + recording_line(message))
    assert read_recording(path) == [message]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('{"schema": "idesk.recording/1"}\nnot json\n', 2),
        ('{"schema": "idesk.other/1"}\n', 1),
        ('{"t": 1, "topic": "x", "payload": "!!!"}\n', 1),
        ('\n{"topic": "x"}\n', 2),
    ],
)
def test_a_bad_recording_names_the_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(text)
    with pytest.raises(InputError) as info:
        read_recording(path)
    assert f"bad.jsonl:{line}:" in str(info.value)


def test_an_expired_alert_is_still_rewritten_the_adapter_decides() -> None:
    old = make_alert("old", sent=NOW - timedelta(days=2))
    recorded = RecordedMessage(t=0.0, topic="idesk/v1/actual/KE/nps/alert", payload=dumps(old))
    message, _ = rewrite_for_exercise(recorded, "RX-1")
    assert message.expires is not None
    assert message.expires < NOW
