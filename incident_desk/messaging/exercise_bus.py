"""Bus adapters of the exercise engine: the player's ``PublishPort`` on a ``BusClient`` and
the NO DUFF monitor (a subscriber feeding a ``NoDuffWatcher``).

The core (``incident_desk.exercise``) stays paho-free; these adapters only move bytes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from incident_desk.exercise import NoDuffEvent, NoDuffWatcher
from incident_desk.messaging.bus_types import Subscription
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.publisher import AlertPublisher
from incident_desk.settings import BrokerSettings
from incident_desk.topics import TopicError, parse_topic

__all__ = ["JSON_CONTENT_TYPE", "BusPublishPort", "NoDuffMonitor", "role_client_id"]

log = logging.getLogger(__name__)

JSON_CONTENT_TYPE = "application/json"


def role_client_id(settings: BrokerSettings, role: str) -> BrokerSettings:
    """The same settings with ``-{role}`` appended to the client id, so a player, recorder or
    replay on a console's workstation never takes the console's MQTT session."""
    return settings.model_copy(update={"client_id": f"{settings.client_id}-{role}"})


class BusPublishPort:
    """``PublishPort`` on a connected ``BusClient``: CAP through ``AlertPublisher`` (QoS 1,
    never retained, expiry from CAP ``expires``), JSON with content type and expiry."""

    def __init__(self, bus: BusClient, *, timeout: float = 10.0) -> None:
        self._bus = bus
        self._alerts = AlertPublisher(bus)
        self._timeout = timeout

    def publish_cap(
        self,
        topic: str,
        raw: bytes,
        *,
        sender: str,
        identifier: str,
        sent: str,
        expires: datetime | None,
        exercise_id: str,
    ) -> None:
        self._alerts.publish_cap(
            topic,
            raw,
            sender=sender,
            identifier=identifier,
            sent=sent,
            expires=expires,
            exercise_id=exercise_id,
            timeout=self._timeout,
        )

    def publish_json(self, topic: str, data: bytes, *, retain: bool, expiry_s: int | None) -> None:
        props: list[tuple[str, str]] = [("content-type", JSON_CONTENT_TYPE)]
        try:
            exercise = parse_topic(topic).exercise_id
        except TopicError:
            exercise = None
        if exercise is not None:
            props.append(("exercise", exercise))
        self._bus.publish(
            topic,
            data,
            qos=1,
            retain=retain,
            content_type=JSON_CONTENT_TYPE if data else None,
            user_properties=tuple(props),
            message_expiry=expiry_s,
            payload_is_utf8=True,
            timeout=self._timeout,
        )


class NoDuffMonitor:
    """Subscribes to ``idesk/v1/actual/#`` and the exercise's control topic with its own
    client and calls ``on_no_duff`` (on paho's thread) for every NO DUFF event."""

    def __init__(
        self,
        settings: BrokerSettings,
        watcher: NoDuffWatcher,
        on_no_duff: Callable[[NoDuffEvent], object],
    ) -> None:
        self.watcher = watcher
        self.events: list[NoDuffEvent] = []
        self._on_no_duff = on_no_duff
        self._lock = threading.Lock()
        self.bus = BusClient(settings, on_message=self._on_message)

    def start(self, timeout: float = 10.0) -> None:
        self.bus.connect_and_wait(timeout)
        self.bus.subscribe(
            [
                Subscription("idesk/v1/actual/#", no_retained=True),
                Subscription(self.watcher.control, no_retained=False),
            ],
            timeout=timeout,
        )

    def stop(self) -> None:
        self.bus.stop()

    def _on_message(self, envelope: Envelope) -> None:
        try:
            event = self.watcher.offer(envelope.topic, envelope.payload)
        finally:
            self.bus.ack(envelope)
        if event is None:
            return
        with self._lock:
            self.events.append(event)
        try:
            self._on_no_duff(event)
        except Exception:
            log.exception("NO DUFF handler failed for %s", event.summary)
