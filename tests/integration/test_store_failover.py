"""Ingest rides through a PostgreSQL primary change (issue 19).

Real parts only: a primary and a synchronous streaming replica started for the test, a
console's ``BusService`` on a real Mosquitto with the two-host database URL, and the primary
killed (``pg_ctl stop -m immediate``) mid-stream, then the replica promoted. Ingest pauses
(the pipeline says so with ``Changes(store_error=…)``), reconnects to the new primary through
the same URL, and every alert ends up stored exactly once: what was not committed was not
acknowledged to the broker, and the pipeline writes that batch again.
"""

from __future__ import annotations

import threading
import time

import pytest

from incident_desk.changes import Changes
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.service import BusService
from incident_desk.store import Store
from incident_desk.topics import Mode, alert_topic, console_filters
from tests.helpers.brokers import MosquittoBroker, bus_settings, publish_alert
from tests.helpers.capgen import alert_bytes
from tests.helpers.logfail import BROKER_OUTAGE, MQTT311_ONLY
from tests.helpers.pgcluster import PgPair

# a primary change on purpose: ingest says it retries, the client says what it lost
pytestmark = [
    BROKER_OUTAGE,
    MQTT311_ONLY,
    pytest.mark.logs_expected("incident_desk.ingest", match="database write failed, retrying"),
    # psycopg's own word on the connection the killed primary took with it: the test's point
    pytest.mark.logs_expected("psycopg", match="connection is lost|terminating"),
]

TOPIC = alert_topic(Mode.ACTUAL, "KE", "nps")
TOTAL = 400


class Heard:
    """The ``Changes`` the pipeline reports, waited on without sleeping blindly."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self._cond = threading.Condition()

    def __call__(self, changes: Changes) -> None:
        with self._cond:
            self.changes.append(changes)
            self._cond.notify_all()

    def wait(self, what: str, timeout: float = 60) -> Changes:
        def find() -> Changes | None:
            return next((c for c in self.changes if getattr(c, what)), None)

        with self._cond:
            self._cond.wait_for(lambda: find() is not None, timeout)
            found = find()
        assert found is not None, f"no Changes with {what}"
        return found


def test_ingest_pauses_through_a_primary_change_and_stores_every_alert_once(
    pg_pair: PgPair, mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    store = Store.open(pg_pair.url)
    heard = Heard()
    service = BusService(
        bus_settings(mosquitto.url, "console-ws01"),
        store,
        filters=console_filters(None),
        on_changes=heard,
        batch_max=20,
    )
    try:
        service.start(wait_s=10)
        pub_client = BusClient(bus_settings(mosquitto.url, "agency-ke-nps"))
        clients.append(pub_client)
        pub_client.connect_and_wait(10)
        pub = AlertPublisher(pub_client)
        for n in range(150):
            publish_alert(pub, TOPIC, *alert_bytes(n))
        assert service.pipeline.wait_for(lambda s: s.stored >= 50, 60), service.stats

        pg_pair.primary.stop("immediate")  # the primary's machine dies mid-stream
        for n in range(150, TOTAL):  # the bus keeps taking alerts meanwhile
            publish_alert(pub, TOPIC, *alert_bytes(n))
        paused = heard.wait("store_error")
        assert "read-only" in str(paused.store_error) or "unreachable" in str(paused.store_error)
        stored_while_down = service.stats.stored
        pg_pair.replica.promote()
        heard.wait("store_ok")
        assert service.pipeline.wait_for(lambda s: s.stored + s.duplicates >= TOTAL, 90), (
            service.stats
        )
    finally:
        service.stop()
    assert stored_while_down < TOTAL  # it really paused
    deadline = time.monotonic() + 30
    while store.count_alerts() < TOTAL and time.monotonic() < deadline:
        time.sleep(0.1)
    identifiers = [a.identifier for a in store.list_alerts(limit=None)]
    store.close()
    assert sorted(identifiers) == [f"KE-nps-{n:06d}" for n in range(TOTAL)]  # none lost, none twice
