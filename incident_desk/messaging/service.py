"""The bus side of one console or recorder: BusClient → IngestPipeline → Store, wired.

``BusService`` is what ``incident-desk ingest`` runs headless and what the GUI starts behind
its window: the same pipeline, so a test of one is a test of the other. The paho thread only
wraps a message and submits it; the writer thread stores it and only then acknowledges it
to the broker (manual PUBACK), so a crash at any point means redelivery, never loss.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from incident_desk.changes import Changes
from incident_desk.errors import BusError
from incident_desk.ingest import IngestPipeline, IngestRoute, IngestStats
from incident_desk.ingest._classify import TrustConfig
from incident_desk.messaging.bus_types import ConnectionState
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.outbox import OutboxSender
from incident_desk.messaging.publisher import AlertPublisher
from incident_desk.settings import BrokerSettings, Settings
from incident_desk.store import Store
from incident_desk.trust import TrustPolicy, TrustStore

log = logging.getLogger("incident_desk.messaging")


def trust_config(settings: Settings) -> TrustConfig:
    """The ingest trust configuration from ``trust_store`` / ``trust_policy`` (and how CAP
    is read, ``cap_policy``).

    Raises:
        ConfigError: the trust store folder does not exist, or the policy is unknown.
    """
    store = TrustStore.load(settings.trust_store) if settings.trust_store is not None else None
    if store is not None:
        for problem in store.problems:
            log.warning("trust store %s: %s", settings.trust_store, problem)
    return TrustConfig(
        store=store,
        policy=TrustPolicy.parse(settings.trust_policy),
        cap_policy=settings.cap_policy,
    )


class BusService:
    """Connects to the broker, ingests everything it subscribes to, publishes for the core.

    Args:
        broker: broker settings (URL, TLS, credentials, client id, protocol).
        store: where alerts and quarantine entries go (owned by the writer thread).
        filters: topic filters to subscribe to at QoS 1 (see ``console_filters``).
        on_changes: called on the writer thread with each ``Changes``.
        on_state: called with each ``ConnectionState`` (paho's thread).
        route: where stored alerts and the other traffic go (``IngestRoute``: incidents,
            units and command, exercise control); None: store alerts and quarantine only.
        trust: trust store and policy for signature checks (``trust_config(settings)``);
            None: no trust store, policy warn.
        outbox_console: a console's workstation name: send the store's outbox rows of that
            console whenever connected (``OutboxSender``); None: no outbox (a recorder).
    """

    def __init__(
        self,
        broker: BrokerSettings,
        store: Store,
        *,
        filters: Sequence[str],
        on_changes: Callable[[Changes], None] = lambda _c: None,
        on_state: Callable[[ConnectionState], None] = lambda _s: None,
        route: IngestRoute | None = None,
        batch_max: int = 500,
        queue_size: int = 5000,
        trust: TrustConfig | None = None,
        outbox_console: str | None = None,
    ) -> None:
        self.filters = list(filters)
        self._on_state = on_state
        self.client = BusClient(broker, on_message=self._on_message, on_state=self._state)
        self.pipeline = IngestPipeline(
            store,
            ack=self._ack,
            on_changes=on_changes,
            on_event=route.event if route is not None else None,
            on_stored=route.stored if route is not None else None,
            on_batch_end=route.flush if route is not None else None,
            batch_max=batch_max,
            queue_size=queue_size,
            trust=trust,
        )
        self.publisher = AlertPublisher(self.client)
        self.outbox: OutboxSender | None = None
        if outbox_console is not None:
            self.outbox = OutboxSender(
                store, self.client, self.publisher, outbox_console, on_changes=on_changes
            )

    @staticmethod
    def trust_from(settings: Settings) -> TrustConfig:
        """``trust_config(settings)``: the trust store and policy the settings name."""
        return trust_config(settings)

    # -- paho thread: hand off only --------------------------------------------------------
    def _on_message(self, envelope: Envelope) -> None:
        self.pipeline.submit(envelope)

    def _ack(self, batch: Sequence[object]) -> None:
        envelopes = [msg for msg in batch if isinstance(msg, Envelope)]
        assert len(envelopes) == len(batch)  # the bus client submits only its envelopes
        self.client.ack_all(envelopes)

    def _state(self, state: ConnectionState) -> None:
        if state.state == "connected" and self.outbox is not None:
            self.outbox.kick()  # what waited for the broker goes now
        self._on_state(state)

    def send_outbox(self) -> None:
        """Something was queued in the outbox: send it as soon as the broker takes it."""
        if self.outbox is not None:
            self.outbox.kick()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self, *, wait_s: float | None = None) -> None:
        """Start the writer, then connect and subscribe.

        With ``wait_s`` the first connection and the broker's confirmation of every
        subscription must come within that time (``BusError`` in plain words otherwise), so
        nothing published afterwards can miss this console; without it the client keeps
        retrying in the background and the console works on local data meanwhile.
        """
        self.pipeline.start()
        if self.outbox is not None:
            self.outbox.start()
        self.client.subscribe(self.filters)
        if wait_s is None:
            self.client.start()
            return
        self.client.connect_and_wait(wait_s)
        if not self.client.wait_subscribed(wait_s):
            raise BusError(
                f"the broker at {self.client.host}:{self.client.port} did not confirm our "
                f"subscriptions within {wait_s:g} s"
            )

    def stop(self) -> None:
        """Disconnect first (no new messages), then let the writer finish what it holds.
        What the outbox still holds stays queued in the store for the next start."""
        if self.outbox is not None:
            self.outbox.stop()
        self.client.stop()
        self.pipeline.stop()

    @property
    def stats(self) -> IngestStats:
        return self.pipeline.stats

    @property
    def state(self) -> ConnectionState:
        return self.client.state
