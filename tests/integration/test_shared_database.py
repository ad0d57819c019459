"""A command centre: several consoles on one PostgreSQL database (issue "Trust and deployment").

Two consoles ingest the same bus stream into the same database at the same time, store
each alert once and group them into one incident; two consoles apply the same command
events concurrently and lose no assignment update.
"""

from __future__ import annotations

import random
import threading
from typing import Any

from incident_desk.command import CommandBoard
from incident_desk.identity import Identity
from incident_desk.ingest import IngestRoute
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.service import BusService
from incident_desk.store import Store
from incident_desk.topics import Mode, alert_topic, console_filters
from tests.helpers.brokers import MosquittoBroker, bus_settings
from tests.helpers.capgen import alert_bytes
from tests.unit.command.build import UG, UG2, Clock, state_of
from tests.unit.command.test_convergence import _apply, _streams

N = 400


def test_two_consoles_ingesting_one_stream_into_one_postgres_store_each_alert_once(
    mosquitto: MosquittoBroker, pg_url: str
) -> None:
    stores = [Store.open(pg_url), Store.open(pg_url)]
    # both consoles group alerts into incidents, as they do (the consoles' one ingest route)
    routes = [
        IngestRoute(s, Identity("KE", "nps", "nps.go.ke", "op", f"ncc-ws-{i}"))
        for i, s in enumerate(stores)
    ]
    services = [
        BusService(
            bus_settings(mosquitto.url, f"ncc-ws-{i}"),
            s,
            filters=console_filters(None),
            route=r,
        )
        for i, (s, r) in enumerate(zip(stores, routes, strict=True))
    ]
    for service in services:
        service.start(wait_s=10)
    publisher = BusClient(bus_settings(mosquitto.url, "agency-ke-nps"))
    publisher.connect_and_wait(10)
    pub = AlertPublisher(publisher)
    try:
        for n in range(N):
            alert, data = alert_bytes(n)
            pub.publish_cap(
                alert_topic(Mode.ACTUAL, "KE", "nps"),
                data,
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc(),
            )
        for service in services:
            assert service.pipeline.wait_for(lambda s: s.received >= N, 60), service.stats
    finally:
        publisher.stop()
        for service in services:
            service.stop()
    try:
        assert stores[0].count_alerts() == N
        stored = sum(s.stats.stored for s in services)
        duplicates = sum(s.stats.duplicates for s in services)
        assert stored == N  # each alert stored by exactly one of the two consoles
        assert duplicates == N  # and found already there by the other
        # every alert names CAP incident KE-INC-7: one incident holds them all
        (incident,) = routes[0].board.list_incidents()
        assert incident.key == "KE-INC-7"
        assert len(incident.alert_ids) == N
    finally:
        for s in stores:
            s.close()


def test_two_consoles_applying_the_same_command_events_concurrently_lose_nothing(
    pg_url: str,
) -> None:
    calm, _racing, reference, _timeline, _raced = _streams()
    stores = [Store.open(pg_url), Store.open(pg_url)]
    boards = [CommandBoard(s, who, clock=Clock()) for s, who in zip(stores, (UG, UG2), strict=True)]
    errors: list[str] = []
    start = threading.Barrier(2)

    def apply_all(board: CommandBoard, seed: int) -> None:
        order = list(calm)
        random.Random(seed).shuffle(order)
        start.wait(10)
        for payload in order:
            try:
                _apply(board, payload)
            except Exception as exc:  # recorded: the test fails on any
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=apply_all, args=(b, seed)) for seed, b in enumerate(boards)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    try:
        assert errors == []
        fresh: Any = CommandBoard(stores[0], UG, clock=Clock())
        assert state_of(fresh) == reference
    finally:
        for s in stores:
            s.close()
