"""The received messages a bus client still owes an acknowledgement, on its connection.

A QoS 1 or 2 message is acknowledged only once the caller has stored it (``BusClient.ack``,
``ack_all``), and only on the connection it came on: after a reconnection its packet id
names nothing, and the broker sends the message again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from incident_desk.messaging.envelope import Envelope


class OwedAcks:
    """Packet id -> the message received with it and not acknowledged yet; thread-safe (paho's
    thread adds, the caller's thread takes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owed: dict[int, Envelope] = {}

    def received(self, envelope: Envelope) -> None:
        """A QoS 1 or 2 message arrived: its packet id is owed an answer."""
        with self._lock:
            self._owed[envelope.mid] = envelope

    def reconnected(self) -> None:
        """A new connection: the old packet ids mean nothing now."""
        with self._lock:
            self._owed.clear()

    def take(self, envelopes: Iterable[Envelope]) -> list[Envelope]:
        """Those of ``envelopes`` still owed, in their order; they are owed no longer."""
        taken: list[Envelope] = []
        with self._lock:
            for envelope in envelopes:
                if self._owed.get(envelope.mid) is envelope:
                    del self._owed[envelope.mid]
                    taken.append(envelope)
        return taken
