"""TAK gateway speed: inbound PLI rate and outbound latency (alert on the bus → CoT on a socket).

Rows:

- ``inbound PLI checked + mapped``: one device position report (XML, ~400 bytes) through the
  whole inbound path of the gateway (safe parse and checks, classify, directory match, the
  unit status JSON), single core; baseline: bare ``lxml.etree.fromstring`` of the same bytes.
  Target (issue 14): 1,000 events/s.
- ``inbound PLI over TCP to the bus``: 2,000 position reports written by a device on a loopback
  TCP TAK server, through ``TakGateway`` to a real Mosquitto, counted by a bus subscriber;
  baseline: the same bytes read by a bare socket reader. Published at ``pli_qos`` 0 (the
  default); the QoS 1 row shows the cost of paho's 20-message in-flight window.
- ``outbound latency p99``: a CAP alert published on Mosquitto until its incident marker is read
  on the TAK server socket, 200 alerts one at a time; baseline: the same bytes through a bare
  socket pair. Target: p99 < 200 ms.

    python -m benchmarks tak
"""

from __future__ import annotations

import socket
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from incident_desk import cap
from incident_desk.messaging import AlertPublisher, BusClient, Subscription
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from incident_desk.tak import DeviceMatcher, classify, pli_message
from incident_desk.tak._framing import decode
from tests.helpers.brokers import Inbox, bus_settings, start_mosquitto
from tests.helpers.takdata import cordon_alert, device_cot, device_directory
from tests.helpers.takpeer import TakServerPeer

ALERTS = 200
PLI_TCP = 2000


def _rate(func: Any, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        func()
    return n / (time.perf_counter() - start)


def _inbound_core() -> tuple[float, float]:
    now = datetime.now(UTC)
    data = device_cot("DEV-7", now=now)
    matcher = DeviceMatcher(device_directory(50))

    def handle() -> None:
        event = decode(data, now)
        if classify(event, None, now).kind == "pli":
            match = matcher.match(event.uid, event.callsign)
            assert match is not None
            pli_message(event, match, "available", None)

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    baseline = max(_rate(lambda: etree.fromstring(data, parser), 5000) for _ in range(3))
    ours = max(_rate(handle, 5000) for _ in range(3))
    return ours, baseline


def _gateway(broker_url: str, peer: TakServerPeer, pli_qos: int = 0) -> TakGateway:
    settings = Settings(
        broker=bus_settings(broker_url, f"bench-gw{pli_qos}"),
        country="KE",
        agency="nps",
        tak=TakSettings(url=peer.url, queue_size=10_000, pli_qos=pli_qos),
    )
    gateway = TakGateway(settings, directory=device_directory(50))
    gateway.start()
    peer.wait_client()
    return gateway


def _inbound_tcp(broker_url: str, pli_qos: int) -> tuple[float, float]:
    peer = TakServerPeer()
    gateway = _gateway(broker_url, peer, pli_qos)
    inbox = Inbox()
    watcher = BusClient(bus_settings(broker_url, f"bench-w{pli_qos}"), on_message=inbox.on_message)
    inbox.auto_ack = watcher
    try:
        watcher.connect_and_wait()
        watcher.subscribe([Subscription("idesk/v1/actual/KE/nps/unit/+", qos=0)], timeout=10)
        now = datetime.now(UTC)
        stream = b"".join(device_cot(f"DEV-{i % 50}", now=now) for i in range(PLI_TCP))
        start = time.perf_counter()
        peer.broadcast(stream)
        inbox.wait_messages(PLI_TCP, timeout=120)
        ours = PLI_TCP / (time.perf_counter() - start)
    finally:
        watcher.stop()
        gateway.stop()
        peer.close()
    return ours, _raw_socket_rate(stream)


def _raw_socket_rate(stream: bytes) -> float:
    a, b = socket.socketpair()
    got = 0
    done = threading.Event()

    def read() -> None:
        nonlocal got
        while got < len(stream):
            got += len(b.recv(65536))
        done.set()

    start = time.perf_counter()
    threading.Thread(target=read, daemon=True).start()
    a.sendall(stream)
    done.wait(30)
    elapsed = time.perf_counter() - start
    a.close()
    b.close()
    return PLI_TCP / elapsed


def _outbound(broker_url: str) -> tuple[float, float]:
    peer = TakServerPeer()
    gateway = _gateway(broker_url, peer)
    client = BusClient(bus_settings(broker_url, "bench-pub"))
    samples: list[float] = []
    try:
        client.connect_and_wait()
        publisher = AlertPublisher(client)
        sent = datetime.now(UTC).replace(microsecond=0)
        for i in range(ALERTS):
            alert = cordon_alert(sent=sent, key=f"BENCH-{i}", identifier=f"KE-nps-b{i}")
            data = cap.dumps(alert)
            marker = f'uid="idesk.incident.BENCH-{i}"'.encode()
            start = time.perf_counter()
            publisher.publish_cap(
                "idesk/v1/actual/KE/nps/alert",
                data,
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc(),
                wait=False,
            )
            peer.wait_for(lambda m, marker=marker: marker in m, timeout=30)
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        client.stop()
        gateway.stop()
        peer.close()
    p99 = statistics.quantiles(samples, n=100)[98]
    return p99, _raw_latency_p99(cap.dumps(cordon_alert()))


def _raw_latency_p99(data: bytes) -> float:
    a, b = socket.socketpair()
    samples = []
    for _ in range(ALERTS):
        start = time.perf_counter()
        a.sendall(data)
        got = 0
        while got < len(data):
            got += len(b.recv(65536))
        samples.append((time.perf_counter() - start) * 1000)
    a.close()
    b.close()
    return statistics.quantiles(samples, n=100)[98]


def run() -> list[dict[str, object]]:
    ours, baseline = _inbound_core()
    rows: list[dict[str, object]] = [
        {
            "measure": "inbound PLI checked + mapped",
            "value": ours,
            "unit": "events/s",
            "baseline": "lxml fromstring",
            "baseline_value": baseline,
            "ratio": baseline / ours,
            "target": ">= 1000",
        }
    ]
    with tempfile.TemporaryDirectory() as tmp:
        broker = start_mosquitto(Path(tmp))
        try:
            tcp, raw = _inbound_tcp(broker.url, 0)
            tcp1, _ = _inbound_tcp(broker.url, 1)
            p99, raw_p99 = _outbound(broker.url)
        finally:
            broker.stop()
    rows.append(
        {
            "measure": "inbound PLI over TCP to the bus",
            "value": tcp,
            "unit": "events/s",
            "baseline": "bare socket read",
            "baseline_value": raw,
            "ratio": raw / tcp,
            "target": ">= 1000",
        }
    )
    rows.append(
        {
            "measure": "inbound PLI over TCP to the bus, QoS 1",
            "value": tcp1,
            "unit": "events/s",
            "baseline": "the same at QoS 0",
            "baseline_value": tcp,
            "ratio": tcp / tcp1,
        }
    )
    rows.append(
        {
            "measure": "outbound alert->CoT latency p99",
            "value": p99,
            "unit": "ms",
            "baseline": "bare socket pair p99",
            "baseline_value": raw_p99,
            "ratio": p99 / raw_p99 if raw_p99 else None,
            "target": "< 200",
        }
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
