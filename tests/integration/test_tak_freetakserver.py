"""The gateway against a real TAK server: FreeTAKServer 2.2.1 from PyPI (opt-in).

FreeTAKServer cannot live in the project's environment (it pins old protobuf, SQLAlchemy and
cryptography): ``scripts/fts-venv.sh`` makes a separate one, and
``IDESK_TEST_FTS_PYTHON=<that venv>/bin/python`` turns this test on. It uses the server's fixed
ports (8087 …) and its persistence folder (/opt/fts), so it runs only where those are free.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from incident_desk import cap
from incident_desk.command import parse_unit_status
from incident_desk.messaging import AlertPublisher, BusClient, Subscription
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings, wait_for_port
from tests.helpers.takdata import cordon_alert, device_cot, device_directory

DEVICE_DETAIL = (
    '<takv os="34" version="5.1" device="SM-T" platform="ATAK-CIV"/>'
    '<contact endpoint="*:-1:stcp" callsign="Viper-1"/><__group role="Team Member" name="Cyan"/>'
)


@pytest.fixture
def freetakserver(tmp_path: Path) -> Iterator[str]:
    python = os.environ.get("IDESK_TEST_FTS_PYTHON")
    if not python:
        pytest.skip("set IDESK_TEST_FTS_PYTHON (scripts/fts-venv.sh) to run FreeTAKServer")
    log = (tmp_path / "fts.log").open("wb")
    process = subprocess.Popen(
        [python, "-m", "FreeTAKServer.controllers.services.FTS", "-AutoStart", "True"],
        cwd=tmp_path,
        env={**os.environ, "FTS_FIRST_START": "false"},
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for_port(8087, timeout=120)
        yield "tcp://127.0.0.1:8087"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        log.close()


def test_freetakserver_relays_our_incident_to_a_device_and_its_pli_to_the_bus(
    freetakserver: str, mosquitto: MosquittoBroker, clients: list[Any]
) -> None:
    settings = Settings(
        broker=bus_settings(mosquitto.url, "gw-fts"),
        country="KE",
        agency="nps",
        tak=TakSettings(url=freetakserver, reconnect_min_s=0.2, reconnect_max_s=1),
    )
    gateway = TakGateway(settings, directory=device_directory(3))
    inbox = Inbox()
    watcher = BusClient(bus_settings(mosquitto.url, "w-fts"), on_message=inbox.on_message)
    clients.append(watcher)
    device = socket.create_connection(("127.0.0.1", 8087))
    device.settimeout(0.5)
    tick = threading.Event()
    try:
        gateway.start()
        assert gateway.channels[None].wait_connected(30)
        watcher.connect_and_wait()
        watcher.subscribe([Subscription("idesk/v1/actual/KE/nps/unit/+", qos=0)], timeout=10)
        for _ in range(60):  # the device reports every half second until the bus has it
            device.sendall(device_cot("DEV-1", now=datetime.now(UTC), detail=DEVICE_DETAIL))
            if inbox.messages:
                break
            tick.wait(0.5)
        assert parse_unit_status(inbox.wait_messages(1)[0].payload).unit == "nps-u1"
        alert = cordon_alert(sent=datetime.now(UTC).replace(microsecond=0))
        AlertPublisher(watcher).publish_cap(
            "idesk/v1/actual/KE/nps/alert",
            cap.dumps(alert),
            sender=alert.sender,
            identifier=alert.identifier,
            sent=alert.sent.text,
            expires=alert.expires_utc(),
        )
        wanted = (b'uid="idesk.incident.NC-MALABA-01"', b'type="u-d-f"', b'type="u-d-c-c"')
        got = b""
        for _ in range(120):
            with contextlib.suppress(TimeoutError):
                got += device.recv(65536)
            if all(w in got for w in wanted):
                break
        assert all(w in got for w in wanted), got[-2000:]
    finally:
        device.close()
        gateway.stop()
