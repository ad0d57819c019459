"""The immutable form of one received MQTT message, built on paho's thread.

Building it is cheap (no decoding of the payload): the paho callback wraps the message and
hands it off at once; everything else happens on the ingest worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["Envelope"]


@dataclass(frozen=True, slots=True)
class Envelope:
    """One received message.

    Attributes:
        topic: the topic name it was published on.
        payload: the raw bytes (authoritative; properties are hints).
        qos: the delivery QoS (min of publish and subscription QoS).
        retain: True if the broker delivered it as a retained message.
        mid: the packet id; pass the envelope to ``BusClient.ack`` once it is stored.
        user_properties: MQTT 5 user properties in order (names may repeat).
        content_type: MQTT 5 Content Type, if set.
        correlation_data: MQTT 5 Correlation Data, if set.
        response_topic: MQTT 5 Response Topic (where a request wants its answer), if set.
        message_expiry: MQTT 5 Message Expiry Interval as received (seconds left), if set.
        received_at: when paho handed it to us (UTC).
        dup: the broker marked it as a redelivery.
    """

    topic: str
    payload: bytes
    qos: int
    retain: bool
    mid: int
    user_properties: tuple[tuple[str, str], ...] = ()
    content_type: str | None = None
    correlation_data: bytes | None = None
    message_expiry: int | None = None
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    dup: bool = False
    response_topic: str | None = None

    def user_property(self, name: str) -> str | None:
        """The first user property called ``name``, or None."""
        for key, value in self.user_properties:
            if key == name:
                return value
        return None

    @classmethod
    def from_paho(cls, message: Any, received_at: datetime | None = None) -> Envelope:
        """Wrap a ``paho.mqtt.client.MQTTMessage`` (duck-typed, so this module needs no paho)."""
        props = getattr(message, "properties", None)
        user_props: tuple[tuple[str, str], ...] = ()
        content_type: str | None = None
        correlation: bytes | None = None
        expiry: int | None = None
        response: str | None = None
        if props is not None:
            response = getattr(props, "ResponseTopic", None)
            raw_user = getattr(props, "UserProperty", None)
            if raw_user:
                user_props = tuple((str(k), str(v)) for k, v in raw_user)
            content_type = getattr(props, "ContentType", None)
            raw_corr = getattr(props, "CorrelationData", None)
            correlation = bytes(raw_corr) if raw_corr is not None else None
            expiry = getattr(props, "MessageExpiryInterval", None)
        topic_raw: bytes = message._topic  # bytes; .topic would raise on invalid UTF-8
        return cls(
            topic=topic_raw.decode("utf-8", errors="replace"),
            payload=bytes(message.payload),
            qos=int(message.qos),
            retain=bool(message.retain),
            mid=int(message.mid),
            user_properties=user_props,
            content_type=content_type,
            correlation_data=correlation,
            message_expiry=expiry,
            received_at=received_at or datetime.now(UTC),
            dup=bool(message.dup),
            response_topic=response,
        )
