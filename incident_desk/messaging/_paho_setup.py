"""Building the paho client ``BusClient`` drives, and the MQTT 5 properties it sends.

Importing this module replaces paho's MQTT 5 property decoder with the equivalent in
``_paho_fast`` (every process that talks to the bus builds its paho clients here) and quiets
paho's own "Client is not connected" error before each reconnect attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.subscribeoptions import SubscribeOptions

from incident_desk.messaging import _paho_fast
from incident_desk.messaging._paho_readahead import ReadAheadClient
from incident_desk.settings import BrokerSettings

if TYPE_CHECKING:
    from incident_desk.messaging.bus_types import Subscription

__all__ = [
    "connect_properties",
    "paho_client",
    "publish_properties",
    "retarget",
    "subscribe_topics",
    "use_mqtt_311",
]

_paho_fast.install()


class _PahoNoise(logging.Filter):
    """paho 2.2 logs "Client is not connected" at ERROR before every reconnect attempt while
    the broker is away; our own state log already says so, once per attempt, in plain words."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Client is not connected")


_paho_log = logging.getLogger("incident_desk.messaging.paho")
_paho_log.addFilter(_PahoNoise())


def paho_client(settings: BrokerSettings, *, v5: bool, tls: bool) -> ReadAheadClient:
    """A paho client with manual acks, our logger, credentials and TLS (verification on);
    the caller installs the callbacks."""
    s = settings
    client = ReadAheadClient(
        callback_api_version=CallbackAPIVersion.VERSION2,
        client_id=s.client_id,
        protocol=MQTTProtocolVersion.MQTTv5 if v5 else MQTTProtocolVersion.MQTTv311,
        clean_session=None if v5 else False,
        manual_ack=True,
    )
    client.enable_logger(_paho_log)
    if s.username is not None:
        password = s.password.get_secret_value() if s.password is not None else None
        client.username_pw_set(s.username, password)
    if tls:
        # Our own context (verification on, host name checked): every TLS file is read and
        # checked here, a bad one is a ConfigError naming it (settings key), not an OSError.
        client.tls_set_context(s.tls_context())
        client.tls_insecure_set(s.tls_insecure)
    return client


def connect_properties(settings: BrokerSettings) -> Properties:
    """The MQTT 5 CONNECT properties: the session outlives the connection."""
    props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]  # paho: untyped
    # Clean Start 0 alone keeps nothing: the expiry defaults to 0 (docs/standards.md §7.2).
    props.SessionExpiryInterval = settings.session_expiry_s
    return props


def publish_properties(
    *,
    content_type: str | None,
    user_properties: Sequence[tuple[str, str]],
    correlation_data: bytes | None,
    response_topic: str | None,
    message_expiry: int | None,
    payload_is_utf8: bool,
) -> Properties:
    """The MQTT 5 PUBLISH properties of one message (only those given)."""
    props = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]  # paho: untyped
    if content_type is not None:
        props.ContentType = content_type
    if user_properties:
        props.UserProperty = list(user_properties)
    if correlation_data is not None:
        props.CorrelationData = correlation_data
    if response_topic is not None:
        props.ResponseTopic = response_topic
    if message_expiry is not None:
        props.MessageExpiryInterval = max(1, int(message_expiry))
    if payload_is_utf8:
        props.PayloadFormatIndicator = 1
    return props


def subscribe_topics(subs: Sequence[Subscription], *, v5: bool) -> list[tuple[str, Any]]:
    """paho's SUBSCRIBE arguments: MQTT 5 options (QoS, Retain Handling), or the QoS alone."""
    if v5:
        return [
            (s.filter, SubscribeOptions(qos=s.qos, retainHandling=s.retain_handling)) for s in subs
        ]
    return [(s.filter, s.qos) for s in subs]


def use_mqtt_311(client: mqtt.Client) -> None:
    """Make ``client`` speak MQTT 3.1.1 with a persistent session (``cleansession=0``) from
    its next connection. paho has no public switch; it changes these same attributes itself
    when it falls back from 3.1.1 to 3.1 (``_handle_connack``)."""
    client._protocol = MQTTProtocolVersion.MQTTv311
    client._clean_session = False


def retarget(client: mqtt.Client, host: str, port: int) -> None:
    """Point ``client``'s next connection at another node (failover). Called from
    ``on_pre_connect``: the old socket is closed and the new one not made yet; paho's setters
    refuse while it is "connecting", so set what they set (read by ``_create_socket``)."""
    client._host, client._port = host, port
