from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from incident_desk.errors import InputError
from incident_desk.messaging.bus_types import PublishResult
from incident_desk.messaging.publisher import CAP_CONTENT_TYPE, AlertPublisher

NOW = datetime(2026, 7, 1, 12, 0, 0, tzinfo=UTC)
ACTUAL = "idesk/v1/actual/KE/nps/alert"
EXERCISE = "idesk/v1/exercise/EX-7/KE/nps/alert"


@dataclass
class FakeBus:
    client_id: str = "idesk-ws01"
    calls: list[dict[str, Any]] = field(default_factory=list)

    def publish(self, topic: str, payload: bytes, **kw: Any) -> PublishResult:
        self.calls.append({"topic": topic, "payload": payload, **kw})
        return PublishResult(len(self.calls), 0, "Success", True)


def _pub(bus: FakeBus) -> AlertPublisher:
    return AlertPublisher(bus, clock=lambda: NOW)


def test_properties_of_an_actual_alert() -> None:
    bus = FakeBus()
    _pub(bus).publish_cap(
        ACTUAL,
        b"<alert/>",
        sender="nps@ke",
        identifier="KE-nps-1",
        sent="2026-07-01T12:00:00-00:00",
        expires=NOW + timedelta(minutes=30, milliseconds=1),
    )
    (call,) = bus.calls
    assert call["topic"] == ACTUAL
    assert call["qos"] == 1
    assert call["retain"] is False
    assert call["content_type"] == CAP_CONTENT_TYPE
    assert call["user_properties"] == (
        ("content-type", CAP_CONTENT_TYPE),
        ("stream", "idesk-ws01"),
        ("seq", "1"),
    )
    assert call["correlation_data"] == b"nps@ke,KE-nps-1,2026-07-01T12:00:00-00:00"
    assert call["message_expiry"] == 1801
    assert call["payload_is_utf8"] is True


def test_seq_increases_per_stream_and_exercise_is_tagged() -> None:
    bus = FakeBus()
    pub = _pub(bus)
    for n in range(3):
        pub.publish_cap(
            EXERCISE,
            b"x",
            sender="s",
            identifier=f"i{n}",
            sent="t",
            expires=None,
            exercise_id="EX-7",
        )
    seqs = [dict(c["user_properties"])["seq"] for c in bus.calls]
    assert seqs == ["1", "2", "3"]
    assert all(dict(c["user_properties"])["exercise"] == "EX-7" for c in bus.calls)
    assert all(c["message_expiry"] is None for c in bus.calls)
    other = AlertPublisher(FakeBus(client_id="other"), clock=lambda: NOW)
    other.publish_cap(ACTUAL, b"x", sender="s", identifier="i", sent="t", expires=None)
    assert other.stream_id == "other"


def test_minimum_expiry_is_one_second() -> None:
    bus = FakeBus()
    _pub(bus).publish_cap(
        ACTUAL,
        b"x",
        sender="s",
        identifier="i",
        sent="t",
        expires=NOW + timedelta(milliseconds=10),
    )
    assert bus.calls[0]["message_expiry"] == 1


@pytest.mark.parametrize(
    ("topic", "exercise", "expires", "reason"),
    [
        (ACTUAL, None, NOW, "expired"),
        (ACTUAL, None, NOW - timedelta(seconds=5), "expired"),
        (ACTUAL, None, datetime(2030, 1, 1), "time zone"),
        (ACTUAL, "EX-7", None, "exercise content may not go on actual topics"),
        (EXERCISE, None, None, "does not match"),
        (EXERCISE, "EX-8", None, "does not match"),
        ("idesk/v1/actual/KE/nps", None, None, "too short"),
    ],
)
def test_refusals_publish_nothing(
    topic: str, exercise: str | None, expires: datetime | None, reason: str
) -> None:
    bus = FakeBus()
    with pytest.raises(InputError, match=reason):
        _pub(bus).publish_cap(
            topic,
            b"x",
            sender="s",
            identifier="i",
            sent="t",
            expires=expires,
            exercise_id=exercise,
        )
    assert bus.calls == []


def test_non_utf8_payload_is_not_flagged_utf8() -> None:
    bus = FakeBus()
    _pub(bus).publish_cap(ACTUAL, b"\xff\xfe", sender="s", identifier="i", sent="t", expires=None)
    assert bus.calls[0]["payload_is_utf8"] is False
