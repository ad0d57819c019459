"""The machine's RabbitMQ, through its MQTT plugin (enabled by .ci/run on 127.0.0.1:1885,
because Mosquitto has 1883). It is shared, so every test uses its own agency subtree and
client ids; nothing is started or stopped here."""

from __future__ import annotations

import os
import socket
import uuid
from urllib.parse import urlsplit

import pytest

from tests.helpers.brokers import _in_ci

DEFAULT_URL = "mqtt://127.0.0.1:1885"


def rabbitmq_mqtt_url() -> str:
    """The MQTT URL of RabbitMQ (``IDESK_TEST_RABBITMQ_MQTT_URL``), checked to accept TCP."""
    url = os.environ.get("IDESK_TEST_RABBITMQ_MQTT_URL", DEFAULT_URL)
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 1883), 3):
            pass
    except OSError as exc:
        if _in_ci():
            pytest.fail(f"RabbitMQ's MQTT plugin does not answer at {url} ({exc}); see .ci/run")
        pytest.skip(f"no RabbitMQ MQTT listener at {url} on this developer machine")
    return url


def unique_agency() -> str:
    """An agency id no other test (or test run) on the shared broker uses."""
    return f"t{uuid.uuid4().hex[:10]}"


def drop_sessions(url: str, client_ids: list[str]) -> None:
    """Connect once with a clean session per id, so the shared broker keeps no queue."""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

    parts = urlsplit(url)
    for client_id in client_ids:
        client = mqtt.Client(
            callback_api_version=CallbackAPIVersion.VERSION2,
            client_id=client_id,
            protocol=MQTTProtocolVersion.MQTTv311,
            clean_session=True,
        )
        try:
            client.connect(parts.hostname or "127.0.0.1", parts.port or 1883, keepalive=10)
            client.loop(1.0)
            client.disconnect()
        except OSError:
            pass
        finally:
            client.loop(0.1)
