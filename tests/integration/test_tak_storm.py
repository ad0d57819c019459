"""A storm of TAK position reports, end to end with real parts (issue 14).

A loopback TAK server relays many reports per device per second to a ``TakGateway``; the
gateway publishes on a real Mosquitto; a console's bus side (``BusService`` with the
``IngestRoute`` every console runs) stores into real SQLite. The gateway passes on at most
one report per device per second (the first at once, the newest when the second is up), the
store ends with every device's LAST position, an emergency beacon inside the storm is never
held or dropped, and a status change still makes a timeline entry while moves do not.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from incident_desk import cap
from incident_desk.command import parse_unit_status
from incident_desk.command._schema import positions_table
from incident_desk.evidence.ledger import entries_table
from incident_desk.identity import Identity
from incident_desk.ingest import IngestRoute
from incident_desk.messaging.service import BusService
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from incident_desk.store import Store
from incident_desk.topics import console_filters, unit_topic
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings, tracked_client
from tests.helpers.takdata import device_cot, device_directory
from tests.helpers.takpeer import TakServerPeer

DEVICES = 20
ROUNDS = 25  # reports per device in the storm (a device should send one a second)
REAL_ALERTS = "idesk/v1/actual/KE/nps/alert"
WAIT_S = 30.0


def _until(condition: Callable[[], bool], timeout: float = WAIT_S) -> bool:
    done = threading.Event()
    for _ in range(int(timeout / 0.05)):
        if condition():
            return True
        done.wait(0.05)
    return condition()


@pytest.fixture
def desk(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A TAK server, the gateway, and a console's bus side on its own SQLite store."""
    peer = TakServerPeer()
    settings = Settings(
        broker=bus_settings(mosquitto.url, "gw-storm"),
        country="KE",
        agency="nps",
        sender="nps.go.ke",
        tak=TakSettings(url=peer.url, reconnect_min_s=0.1, reconnect_max_s=0.5),
    )
    gateway = TakGateway(settings, directory=device_directory(DEVICES))
    store = Store.open(f"sqlite:///{tmp_path / 'console.db'}")
    route = IngestRoute(store, Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-ws1"))
    route.command.load_directory(device_directory(DEVICES))
    service = BusService(
        bus_settings(mosquitto.url, "console-storm"),
        store,
        filters=console_filters(None),
        route=route,
    )
    try:
        service.start(wait_s=15)
        gateway.start()
        peer.wait_client()
        yield {"peer": peer, "gateway": gateway, "store": store, "board": route.command}
    finally:
        gateway.stop()
        service.stop()
        store.close()
        peer.close()


def _last_lon(board: Any) -> dict[str, float | None]:
    return {u.id: u.lon for u in board.units() if u.id.startswith("nps-u")}


def _watched_lon(units: Inbox) -> dict[str, float | None]:
    last: dict[str, float | None] = {}
    for m in list(units.messages):
        if "/unit/" in m.topic:
            pli = parse_unit_status(m.payload)
            last[pli.unit] = (pli.position or {}).get("lon")
    return last


@pytest.mark.logs_expected("incident_desk.tak", match="emergency beacon raised as CAP alert")
def test_a_storm_ends_with_every_last_position_stored_and_the_beacon_raised(
    desk: dict[str, Any], mosquitto: MosquittoBroker, clients: list[Any]
) -> None:
    peer, gateway, store, board = desk["peer"], desk["gateway"], desk["store"], desk["board"]
    units = Inbox()
    watcher = tracked_client(clients, mosquitto.url, "watch-storm", units)
    units.auto_ack = watcher
    watcher.connect_and_wait()
    watcher.subscribe(["idesk/v1/actual/KE/nps/unit/+", REAL_ALERTS], timeout=10)
    t0 = datetime.now(UTC)
    chunks = []
    for r in range(ROUNDS):
        at = t0 + timedelta(milliseconds=r)
        chunks += [
            device_cot(f"DEV-{i}", now=at, lat=0.5 + i / 1000, lon=34.0 + r / 1000)
            for i in range(DEVICES)
        ]
        if r == ROUNDS // 2:  # a device in distress, in the middle of the storm
            chunks.append(
                device_cot(
                    "DEV-3",
                    now=at,
                    type_="b-a-o-tbl",
                    callsign="Viper-1",
                    detail='<emergency type="911 Alert">Viper-1</emergency>',
                )
            )
    peer.broadcast(b"".join(chunks))
    last = 34.0 + (ROUNDS - 1) / 1000
    expected = {f"nps-u{i}": pytest.approx(last) for i in range(DEVICES)}
    assert _until(lambda: _last_lon(board) == expected), _last_lon(board)
    # the watcher is another subscriber: the console may have each device's last report first
    assert _until(lambda: _watched_lon(units) == expected), _watched_lon(units)

    beacon = units.wait_messages(1, topic=REAL_ALERTS)
    assert cap.parse(beacon[0].payload).infos[0].severity is cap.Severity.EXTREME
    assert _until(lambda: store.count_alerts() == 1)  # the console stored the beacon alert

    published = Counter(
        parse_unit_status(m.payload).unit for m in units.messages if "/unit/" in m.topic
    )
    assert set(published) == set(expected)
    # the first report at once and the newest when its second is up: far fewer than sent
    assert sum(published.values()) < DEVICES * ROUNDS // 4, published
    assert gateway.status().coalesced >= DEVICES * (ROUNDS - 10)

    timeline = [e for e in store.timeline() if e.kind == "unit.status"]
    assert sorted(e.data["unit"] for e in timeline) == sorted(expected)  # first reports only
    with store.reading("test") as conn:
        moves = conn.execute(select(func.count()).select_from(positions_table)).scalar_one()
        logged = conn.execute(
            select(func.count()).where(entries_table.c.source == "unit_positions")
        ).scalar_one()
    assert moves == sum(published.values()) - DEVICES  # every stored move, none timelined
    assert logged == moves  # and each one a fact of the evidence log


def test_a_status_change_goes_at_once_and_makes_a_timeline_entry(
    desk: dict[str, Any], mosquitto: MosquittoBroker, clients: list[Any]
) -> None:
    peer, store, board = desk["peer"], desk["store"], desk["board"]
    units = Inbox()
    watcher = tracked_client(clients, mosquitto.url, "watch-status", units)
    units.auto_ack = watcher
    watcher.connect_and_wait()
    watcher.subscribe(["idesk/v1/actual/KE/nps/unit/nps-u0"], timeout=10)
    t0 = datetime.now(UTC)
    peer.broadcast(device_cot("DEV-0", now=t0, lon=34.0))
    units.wait_messages(1)
    # the unit's status changes on the bus (a console's dispatcher) ...
    body = {
        "schema": "idesk.unit-status/1",
        "unit": "nps-u0",
        "agency": "nps",
        "status": "en_route",
        "time": (t0 + timedelta(milliseconds=1)).isoformat(),
        "exercise": None,
    }
    watcher.publish(unit_topic("actual", "KE", "nps", "nps-u0"), json.dumps(body).encode())
    units.wait_messages(2)
    gw = desk["gateway"]
    assert _until(lambda: gw.inbound.status.get((None, "nps-u0")) == "en_route")
    # ... so the device's next report, well within its second, is not held
    peer.broadcast(device_cot("DEV-0", now=t0 + timedelta(milliseconds=2), lon=34.5))
    got = units.wait_messages(3)
    pli = parse_unit_status(got[2].payload)
    assert (pli.status, pli.position) == ("en_route", {"lat": 0.6362, "lon": 34.5})
    assert _until(lambda: _last_lon(board).get("nps-u0") == 34.5)
    # first report and status change: timeline entries; the move after it: a logged fact only
    kinds = [e.data.get("status") for e in store.timeline() if e.kind == "unit.status"]
    assert kinds == ["available", "en_route"]
    with store.reading("test") as conn:
        moves = conn.execute(select(positions_table.c.lon)).scalars().all()
    assert moves == [34.5]
