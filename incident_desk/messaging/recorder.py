"""Record bus traffic as JSON lines (format: ``incident_desk.exercise._replay``).

Every received message is written with its topic, base64 payload, user properties, content
type, expiry and its time offset from the start of the recording, then acknowledged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from incident_desk.exercise import RecordedMessage, recording_header, recording_line
from incident_desk.messaging.bus_types import Subscription
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.settings import BrokerSettings

__all__ = ["Recorder", "record"]


class Recorder:
    """Writes every envelope it is given to ``out`` (thread-safe); counts them."""

    def __init__(self, out: TextIO, *, filters: Sequence[str] = (), broker: str = "") -> None:
        self._out = out
        self._lock = threading.Condition()
        self._start = time.monotonic()
        self.count = 0
        self.last_at = self._start
        out.write(recording_header(datetime.now(UTC), filters=list(filters), broker=broker))
        out.flush()

    def on_message(self, envelope: Envelope) -> None:
        now = time.monotonic()
        line = recording_line(
            RecordedMessage(
                t=now - self._start,
                topic=envelope.topic,
                payload=envelope.payload,
                qos=envelope.qos,
                retain=envelope.retain,
                user_properties=envelope.user_properties,
                content_type=envelope.content_type,
                message_expiry=envelope.message_expiry,
            )
        )
        with self._lock:
            self._out.write(line)
            self._out.flush()
            self.count += 1
            self.last_at = now
            self._lock.notify_all()

    def wait(
        self,
        *,
        exit_after: int | None = None,
        exit_idle: float | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        """Block until ``exit_after`` messages, ``exit_idle`` s without one, or ``stop``."""
        with self._lock:
            while True:
                if exit_after is not None and self.count >= exit_after:
                    return
                if stop is not None and stop.is_set():
                    return
                timeout = 0.5
                if exit_idle is not None:
                    left = self.last_at + exit_idle - time.monotonic()
                    if left <= 0:
                        return
                    timeout = min(timeout, left)
                self._lock.wait(timeout)


def record(
    settings: BrokerSettings,
    out: TextIO,
    filters: Sequence[str],
    *,
    exit_after: int | None = None,
    exit_idle: float | None = None,
    stop: threading.Event | None = None,
    timeout: float = 10.0,
) -> int:
    """Record until one exit condition holds; returns the number of messages recorded."""
    recorder = Recorder(out, filters=filters, broker=settings.url)
    box: list[BusClient] = []

    def on_message(envelope: Envelope) -> None:
        recorder.on_message(envelope)
        if box:
            box[0].ack(envelope)

    bus = BusClient(settings, on_message=on_message)
    box.append(bus)
    bus.connect_and_wait(timeout)
    try:
        bus.subscribe([Subscription(f, no_retained=False) for f in filters], timeout=timeout)
        recorder.wait(exit_after=exit_after, exit_idle=exit_idle, stop=stop)
    finally:
        bus.stop()
    return recorder.count
