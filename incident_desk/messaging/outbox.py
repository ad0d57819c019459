"""Send what the store's outbox holds for this console, whenever the broker is reachable.

``OutboxSender`` runs one daemon thread. It wakes when asked (``kick``: something was queued,
or the connection came up) and otherwise every ``RETRY_S`` while anything is still pending,
then sends the pending rows oldest first (a CAP document through the ``AlertPublisher``, which
adds its stream's ``seq``; a command event as it is; QoS 1, waiting for each PUBACK) and
settles each one in the store. A broker that is down or does not answer ends
the pass; the rows stay queued for the next one. A document the bus refuses for good (it
expired while queued, say) is settled with the reason and logged, never retried forever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from incident_desk.changes import Changes
from incident_desk.errors import BusError, IncidentDeskError, StoreError
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.publisher import AlertPublisher
from incident_desk.store import QueuedMessage, Store

log = logging.getLogger("incident_desk.messaging")

#: seconds between attempts while something is pending and nothing wakes the sender
RETRY_S = 5.0
#: how long one publish may wait for its PUBACK
PUBACK_TIMEOUT_S = 10.0


class OutboxSender:
    """Drains ``store``'s outbox rows of ``console`` through ``client`` (CAP documents
    through ``publisher``, on the same client).

    Args:
        on_changes: called (on the sender's thread) with ``Changes(outbox=True)`` after a
            pass that settled something, so a window can update its "waiting" count.
    """

    def __init__(
        self,
        store: Store,
        client: BusClient,
        publisher: AlertPublisher,
        console: str,
        *,
        on_changes: Callable[[Changes], None] = lambda _c: None,
    ) -> None:
        self.store = store
        self.client = client
        self.publisher = publisher
        self.console = console
        self._on_changes = on_changes
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="idesk-outbox", daemon=True)
        self._thread.start()
        self.kick()  # whatever an earlier run left queued

    def stop(self, timeout: float = PUBACK_TIMEOUT_S + 2) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def kick(self) -> None:
        """Send now: something was queued, or the connection came up."""
        self._wake.set()

    def _run(self) -> None:
        retry: float | None = None
        while not self._stopping.is_set():
            self._wake.wait(retry)
            self._wake.clear()
            if self._stopping.is_set():
                return
            try:
                retry = RETRY_S if self.send_pending() else None
            except StoreError as exc:  # database locked or gone: try again later
                log.warning("outbox: %s", exc)
                retry = RETRY_S

    def send_pending(self) -> bool:
        """One pass over the pending rows; True if some are still pending afterwards."""
        settled = 0
        try:
            while not self._stopping.is_set():
                batch = self.store.pending_outgoing(self.console, limit=100)
                if not batch:
                    return False
                if not self.client.is_connected:
                    return True  # the connection coming up wakes us
                for item in batch:
                    if self._stopping.is_set() or not self._send(item):
                        return True
                    settled += 1
            return True
        finally:
            if settled:
                self._on_changes(Changes(outbox=True))

    def _send(self, item: QueuedMessage) -> bool:
        """Publish one row and settle it; False if the bus could not take it now."""
        what = f"{item.topic} {item.identifier or f'message {item.id}'}"
        try:
            if item.is_cap:
                self.publisher.publish_cap(
                    item.topic,
                    item.payload,
                    sender=str(item.sender),
                    identifier=str(item.identifier),
                    sent=str(item.sent_text),
                    expires=item.expires_utc,
                    exercise_id=item.exercise_id,
                    timeout=PUBACK_TIMEOUT_S,
                )
            else:
                self.client.publish(
                    item.topic,
                    item.payload,
                    qos=1,
                    content_type=item.content_type,
                    timeout=PUBACK_TIMEOUT_S,
                )
        except BusError as exc:  # unreachable, no PUBACK in time: it stays queued
            self.store.outgoing_failed(item.id, str(exc))
            if item.attempts == 0:
                log.warning("outbox: %s not sent yet: %s", what, exc)
            return False
        except IncidentDeskError as exc:  # refused for good (expired, wrong topic)
            log.error("outbox: %s given up: %s", what, exc)
            self.store.outgoing_settled(item.id, error=str(exc))
            return True
        self.store.outgoing_settled(item.id)
        if item.attempts:
            log.info("outbox: %s sent after %d attempts", what, item.attempts + 1)
        return True
