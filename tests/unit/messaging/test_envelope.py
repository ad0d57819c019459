from __future__ import annotations

from datetime import UTC, datetime

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from incident_desk.messaging.envelope import Envelope


def _message(props: Properties | None) -> mqtt.MQTTMessage:
    msg = mqtt.MQTTMessage(mid=42, topic=b"idesk/v1/actual/KE/nps/alert")
    msg.payload = b"<alert/>"
    msg.qos = 1
    msg.retain = False
    if props is not None:
        msg.properties = props
    return msg


def test_from_paho_copies_everything() -> None:
    props = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]  # paho: untyped
    props.ContentType = "application/cap+xml"
    props.UserProperty = [("seq", "7"), ("stream", "idesk-ws1"), ("seq", "8")]
    props.CorrelationData = b"s,i,t"
    props.MessageExpiryInterval = 60
    at = datetime(2026, 1, 1, tzinfo=UTC)
    env = Envelope.from_paho(_message(props), received_at=at)
    assert env.topic == "idesk/v1/actual/KE/nps/alert"
    assert env.payload == b"<alert/>"
    assert (env.qos, env.retain, env.mid, env.dup) == (1, False, 42, False)
    assert env.content_type == "application/cap+xml"
    assert env.user_properties == (("seq", "7"), ("stream", "idesk-ws1"), ("seq", "8"))
    assert env.user_property("seq") == "7"
    assert env.user_property("exercise") is None
    assert env.correlation_data == b"s,i,t"
    assert env.message_expiry == 60
    assert env.received_at == at


def test_from_paho_without_properties() -> None:
    env = Envelope.from_paho(_message(None))
    assert env.user_properties == ()
    assert env.content_type is None
    assert env.correlation_data is None
    assert env.message_expiry is None
    assert env.received_at.tzinfo is UTC


def test_invalid_utf8_topic_does_not_raise() -> None:
    msg = mqtt.MQTTMessage(mid=1, topic=b"idesk/\xff")
    env = Envelope.from_paho(msg)
    assert env.topic == "idesk/\ufffd"


def test_envelope_is_frozen() -> None:
    env = Envelope("t", b"", 0, False, 0)
    with pytest.raises(AttributeError):
        env.topic = "x"  # type: ignore[misc]
