"""Console → TAK → second console: what a second centre's console sees of an incident that the
first centre's gateway put on TAK (docs/tak.md "Two centres on one TAK server").

Real parts: one Mosquitto (the bus both centres share, as bridged national brokers do), two
consoles' ingest (``BusService`` with the ``IngestRoute`` every console runs, each on its own
SQLite store), two TAK gateways (Kenya's and Uganda's) on one loopback TAK server that relays
every event to every client, as a TAK server does.

The decision under test: the incident reaches the second console once, as the issuing
agency's CAP alert over the bus (its signature, CAP key and exercise status intact); the CoT
copy that comes back from TAK is ignored by every Incident Desk gateway (uid ``idesk.…``),
never promoted to a second, unaccountable alert.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from incident_desk import cap
from incident_desk.identity import Identity
from incident_desk.ingest import IngestRoute
from incident_desk.messaging import AlertPublisher
from incident_desk.messaging.service import BusService
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from incident_desk.store import Store
from incident_desk.tak import incident_uid
from incident_desk.topics import Mode, alert_topic, console_filters
from tests.helpers.brokers import MosquittoBroker, bus_settings, publish_alert, tracked_client
from tests.helpers.takdata import KEY, cordon_alert, device_directory
from tests.helpers.takpeer import TakServerPeer

KE = Identity("KE", "nps", "nps.go.ke", "op.otieno", "ke-ncc-ws01")
UG = Identity("UG", "upf", "upf.go.ug", "op.nakato", "ug-ncc-ws01")


@pytest.fixture
def peer() -> Iterator[TakServerPeer]:
    made = TakServerPeer()
    yield made
    made.close()


def _gateway(broker: MosquittoBroker, peer: TakServerPeer, who: Identity) -> TakGateway:
    settings = Settings(
        broker=bus_settings(broker.url, f"gw-{who.country.lower()}"),
        country=who.country,
        agency=who.agency,
        sender=who.sender,
        tak=TakSettings(url=peer.url, reconnect_min_s=0.1, reconnect_max_s=0.5),
    )
    return TakGateway(settings, directory=device_directory(3))


def _console(broker: MosquittoBroker, tmp_path: Path, who: Identity) -> tuple[Store, BusService]:
    store = Store.open(f"sqlite:///{tmp_path / (who.workstation + '.db')}")
    route = IngestRoute(store, who)
    service = BusService(
        bus_settings(broker.url, who.workstation), store, filters=console_filters(None), route=route
    )
    return store, service


def _counted(gateway: TakGateway, name: str) -> int:
    counts, _refused = gateway.counters.snapshot()
    return counts.get(name, 0)


def test_an_incident_reaches_the_second_console_over_the_bus_and_never_back_through_tak(
    mosquitto: MosquittoBroker, clients: list[Any], peer: TakServerPeer, tmp_path: Path
) -> None:
    gateways = [_gateway(mosquitto, peer, KE), _gateway(mosquitto, peer, UG)]
    consoles = [_console(mosquitto, tmp_path, KE), _console(mosquitto, tmp_path, UG)]
    try:
        for _store, service in consoles:
            service.start(wait_s=10)
        for gateway in gateways:
            gateway.start()
        deadline = time.monotonic() + 20
        while len(peer.clients) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(peer.clients) == 2
        client = tracked_client(clients, mosquitto.url, "ke-nps-publisher")
        client.connect_and_wait()
        alert = cordon_alert(sent=datetime.now(UTC).replace(microsecond=0))
        publish_alert(
            AlertPublisher(client), alert_topic(Mode.ACTUAL, "KE", "nps"), alert, cap.dumps(alert)
        )

        # both gateways put the incident on TAK under one uid (devices show one marker)
        uid = incident_uid(KEY, None)
        peer.wait_for(lambda m: f'uid="{uid}"'.encode() in m and b'type="a-' in m, count=2)
        # the TAK server relays every event to every client: each gateway gets the other's
        relayed = peer.snapshot()
        before = [_counted(g, "ignored") for g in gateways]
        for message in relayed:
            peer.broadcast(message)
        for gateway, was in zip(gateways, before, strict=True):
            deadline = time.monotonic() + 20
            while _counted(gateway, "ignored") < was + len(relayed) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _counted(gateway, "ignored") >= was + len(relayed)
            assert gateway.status().published == 0  # nothing from TAK went onto the bus

        # each console holds the one CAP alert, as its sender issued it, in the same incident
        for store, service in consoles:
            assert service.pipeline.wait_for(lambda s: s.stored >= 1, 20), service.stats
            stored = store.list_alerts()
            assert [(a.sender, a.identifier) for a in stored] == [("nps.go.ke", "KE-nps-0001")]
            assert stored[0].raw == cap.dumps(alert)
            board = IngestRoute(store, KE).board
            assert [i.key for i in board.list_incidents()] == [KEY]
        assert consoles[1][1].pipeline.stats.received == 1  # and nothing more arrived
    finally:
        for gateway in gateways:
            gateway.stop()
        for store, service in consoles:
            service.stop()
            store.close()
