"""TAK gateway speed: inbound PLI rate and outbound latency (alert on the bus → CoT on a socket).

Rows:

- ``inbound PLI checked + mapped``: one device position report (XML, ~400 bytes) through the
  whole inbound path of the gateway (safe parse and checks, classify, directory match, the
  unit status JSON), single core; baseline: bare ``lxml.etree.fromstring`` of the same bytes.
  Target (issue 14): 1,000 events/s.
- ``inbound PLI over TCP to the bus``: 2,000 position reports of 2,000 devices (one each, so
  the gateway's one-report-per-device-per-second rule holds none back) written on a loopback
  TCP TAK server, through ``TakGateway`` to a real Mosquitto, counted by a bus subscriber;
  baseline: the same bytes read by a bare socket reader. Published at ``pli_qos`` 0 (the
  default); the QoS 1 row shows the cost of paho's 20-message in-flight window.
- ``outbound latency p99``: a CAP alert published on Mosquitto until its incident marker is read
  on the TAK server socket, 200 alerts one at a time; baseline: the same bytes through a bare
  socket pair. Target: p99 < 200 ms.
- ``GUI stall with 1,000 CoT/s inbound``: the real console (``ConsoleRuntime`` and its window,
  wired as start-up wires them, offscreen with the live map) running its own TAK gateway;
  a TAK server in its own process (as on the network) streams position reports of
  ``TAK_DEVICES`` directory units at 1,000 CoT/s for ``IDESK_BENCH_TAK_SECONDS`` (default
  30). The gateway turns them into unit status messages on Mosquitto, the console's ingest
  child stores them, the units panel and the map move. A 10 ms timer on the GUI thread
  stamps every tick; baseline: the same window, same run, no traffic. Target (issue 14):
  worst stall under 100 ms. Also reported: p99, the rate achieved, what the gateway put on
  the bus (at most one report per device per second; the rest coalesced), how long the
  store took to hold every device's last report, and the CPU seconds each process of the
  run used while busy (window process, ingest child, QtWebEngine, the load's TAK server):
  on a shared machine the stalls grow with other load, the CPU seconds much less.

  While busy, ``benchmarks.stall_watch.StallWatch`` samples the GUI thread's stack whenever
  a tick is 40 ms late and prints the worst stalls with what the thread was doing (and
  whether the watchdog itself got the CPU: if not, the whole process was waiting for one).
  ``IDESK_BENCH_PROFILE=FILE`` cProfiles the GUI thread while busy;
  ``IDESK_BENCH_PERF=FILE`` records its native stacks with ``perf``
  (``IDESK_BENCH_PERF_SCOPE=-p``: every thread of the window's process).

    python -m benchmarks tak
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
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
from tests.helpers.takdata import cordon_alert, device_cot, device_directory, device_directory_yaml
from tests.helpers.takpeer import TakServerPeer

ALERTS = 200
PLI_TCP = 2000
COT_RATE = 1000  # CoT position reports per second into the console's gateway
TAK_DEVICES = 500  # each reports twice a second
STALL_TARGET_MS = 100.0


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


def _gateway(
    broker_url: str, peer: TakServerPeer, pli_qos: int = 0, devices: int = 50
) -> TakGateway:
    settings = Settings(
        broker=bus_settings(broker_url, f"bench-gw{pli_qos}"),
        country="KE",
        agency="nps",
        tak=TakSettings(url=peer.url, queue_size=10_000, pli_qos=pli_qos),
    )
    gateway = TakGateway(settings, directory=device_directory(devices))
    gateway.start()
    peer.wait_client()
    return gateway


def _inbound_tcp(broker_url: str, pli_qos: int) -> tuple[float, float]:
    peer = TakServerPeer()
    gateway = _gateway(broker_url, peer, pli_qos, devices=PLI_TCP)
    inbox = Inbox()
    watcher = BusClient(bus_settings(broker_url, f"bench-w{pli_qos}"), on_message=inbox.on_message)
    inbox.auto_ack = watcher
    try:
        watcher.connect_and_wait()
        watcher.subscribe([Subscription("idesk/v1/actual/KE/nps/unit/+", qos=0)], timeout=10)
        now = datetime.now(UTC)
        # one report per device: each is its device's first, so none is coalesced
        stream = b"".join(device_cot(f"DEV-{i}", now=now) for i in range(PLI_TCP))
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


def _tak_seconds() -> float:
    return float(os.environ.get("IDESK_BENCH_TAK_SECONDS", "30"))


def _serve_devices(rate: int, seconds: float, devices: int) -> int:
    """``python -m benchmarks.bench_tak --serve RATE SECONDS DEVICES``: a TAK server in its
    own process relaying ``devices`` devices' position reports at ``rate`` CoT/s (in 10 ms
    slices), each report stamped when it is written. Prints its port, waits for the gateway
    and for "go" on stdin, then streams; last line ``sent N ELAPSED``."""
    peer = TakServerPeer()
    print(peer.port, flush=True)
    peer.wait_client(60)
    sys.stdin.readline()
    per_slice = max(1, rate // 100)
    total = int(rate * seconds)
    sent = 0
    t0 = time.perf_counter()
    while sent < total:
        delay = t0 + sent / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        now = datetime.now(UTC)
        chunk = b"".join(
            device_cot(
                f"DEV-{(sent + k) % devices}",
                now=now,
                lat=0.5 + ((sent + k) % devices) / 10_000,
                lon=34.0 + (sent + k) / 1_000_000,
            )
            for k in range(per_slice)
        )
        peer.broadcast(chunk)
        sent += per_slice
    elapsed = time.perf_counter() - t0
    print(f"sent {sent} {elapsed:.3f}", flush=True)
    sys.stdin.readline()
    peer.close()
    return 0


def _gui_row(measure: str, value: float, unit: str, **extra: object) -> dict[str, object]:
    base = extra.get("baseline_value")
    ratio = value / base if isinstance(base, float) and base else None
    return {"measure": measure, "value": value, "unit": unit, "ratio": ratio, **extra}


def _perf_record(seconds: float) -> subprocess.Popen[bytes] | None:
    """``IDESK_BENCH_PERF=FILE``: ``perf record`` the GUI thread (native stacks) while busy."""
    out = os.environ.get("IDESK_BENCH_PERF")
    if not out:
        return None
    cmd = [
        "perf",
        "record",
        "-F",
        "499",
        "-g",
        os.environ.get("IDESK_BENCH_PERF_SCOPE", "-t"),
        str(os.getpid()),
        "-o",
        out,
    ]
    return subprocess.Popen([*cmd, "--", "sleep", str(seconds)], stderr=subprocess.DEVNULL)


def _profile_start() -> Any:
    """``IDESK_BENCH_PROFILE=FILE``: cProfile the GUI thread (only it) while busy."""
    if not os.environ.get("IDESK_BENCH_PROFILE"):
        return None
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    return profile


def _profile_stop(profile: Any) -> None:
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["IDESK_BENCH_PROFILE"])


def _part(pid: int, me: int) -> str:
    """What a process of the run is, for the CPU rows."""
    if pid == me:
        return "window process"
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "other"
    for marker, name in (
        ("ingest_process", "ingest child"),
        ("QtWebEngine", "QtWebEngine (map)"),
        ("--serve", "TAK server (load)"),
        ("incident_desk tak", "headless gateway"),
        ("mosquitto", "Mosquitto"),
    ):
        if marker in cmd:
            return name
    return "other"


def _cpu_by_part(before: dict[int, float], after: dict[int, float]) -> dict[str, float]:
    me = os.getpid()
    parts: dict[str, float] = {}
    for pid, used in after.items():
        name = _part(pid, me)
        parts[name] = parts.get(name, 0.0) + used - before.get(pid, 0.0)
    return parts


def where(own_gateway: bool) -> str:
    return "the console's own gateway" if own_gateway else "incident-desk tak process"


def _gui_stall(own_gateway: bool) -> list[dict[str, object]]:
    """The window's event-loop stalls while 1,000 CoT/s come in (see the module docstring):
    through the console's own gateway (``own_gateway``, threads of the window's process), or
    through the headless ``incident-desk tak`` in its own process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_gui import measure_stalls, p99, run_until
    from benchmarks.stall_watch import StallWatch, cpu_seconds
    from incident_desk.runtime import ConsoleRuntime
    from incident_desk.ui.app import window_for_runtime

    seconds = _tak_seconds()
    root = Path(__file__).resolve().parents[1]
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="idesk-bench-tak-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "settings").mkdir()
        (tmp / "mosquitto").mkdir()
        directory = tmp / "directory.yaml"
        directory.write_text(device_directory_yaml(TAK_DEVICES), encoding="utf-8")
        args = [str(COT_RATE), str(seconds), str(TAK_DEVICES)]
        server = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.bench_tak", "--serve", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
        )
        assert server.stdin is not None
        assert server.stdout is not None
        tak_url = f"tcp://127.0.0.1:{int(server.stdout.readline())}"
        app = QApplication.instance() or QApplication([sys.argv[0] or "bench-tak"])
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings")
        )
        broker = start_mosquitto(tmp / "mosquitto")
        headless: subprocess.Popen[str] | None = None
        runtime: ConsoleRuntime | None = None
        window: Any = None
        try:
            settings = Settings(
                broker=bus_settings(broker.url, "idesk-bench-tak-console"),
                database_url=f"sqlite:///{tmp / 'console.db'}",
                country="KE",
                agency="nps",
                operator="bench",
                workstation="bench-ws",
                directory=directory,
                tak=TakSettings(url=tak_url, directory=directory) if own_gateway else None,
            )
            if not own_gateway:
                headless = subprocess.Popen(
                    [
                        *(sys.executable, "-m", "incident_desk", "tak", "--broker", broker.url),
                        *("--client-id", "bench-headless", "--tak", tak_url),
                        *("--directory", str(directory), "--country", "KE", "--agency", "nps"),
                    ],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                    cwd=root,
                )
            runtime = ConsoleRuntime(settings)
            window = window_for_runtime(runtime, sound=False)
            window.show()
            run_until(lambda: window.is_loaded, 60)
            runtime.start()
            assert runtime.bus.wait_subscribed(15), runtime.bus.state
            map_view = getattr(window, "map_view", None)
            if map_view is not None:
                run_until(lambda: map_view.is_loaded, 120)
            gateway = runtime.tak
            if gateway is not None:
                run_until(lambda: gateway.status().channels[0].connected, 30)
            run_until(lambda: False, 3)  # settle (the headless gateway connects meanwhile)
            idle = measure_stalls(seconds)
            server.stdin.write("go\n")
            server.stdin.flush()
            watch = StallWatch()
            ticker = QTimer()
            ticker.setTimerType(Qt.TimerType.PreciseTimer)
            ticker.setInterval(10)
            ticker.timeout.connect(watch.tick)
            ticker.start()
            watch.start()
            perf = _perf_record(seconds)
            cpu_before = cpu_seconds(os.getpid())
            profile = _profile_start()
            busy = measure_stalls(seconds)
            _profile_stop(profile)
            cpu = _cpu_by_part(cpu_before, cpu_seconds(os.getpid()))
            if perf is not None:
                perf.wait(30)
            watch.stop()
            ticker.stop()
            print(f"GUI thread while late ({where(own_gateway)}):", file=sys.stderr)
            print(watch.report(), file=sys.stderr, flush=True)
            _, sent_text, elapsed_text = server.stdout.readline().split()
            sent, elapsed = int(sent_text), float(elapsed_text)
            stopped = time.perf_counter()
            board = runtime.command
            last_sent = datetime.now(UTC) - timedelta(seconds=2)

            def caught_up() -> bool:
                units = [u for u in board.units() if u.id.startswith("nps-u")]
                return all(u.status_at is not None and u.status_at >= last_sent for u in units)

            held = run_until(caught_up, 120)
            drain_s = time.perf_counter() - stopped
            where_ = where(own_gateway)
            label = f"{COT_RATE:,} CoT/s, {TAK_DEVICES} devices, {seconds:g} s, {where_}"
            rows += [
                _gui_row(
                    f"GUI stall, worst ({label})",
                    max(busy),
                    "ms",
                    baseline="no traffic",
                    baseline_value=max(idle),
                    target=f"< {STALL_TARGET_MS:g} ms",
                ),
                _gui_row(
                    f"GUI stall, p99 ({label})",
                    p99(busy),
                    "ms",
                    baseline="no traffic",
                    baseline_value=p99(idle),
                ),
                _gui_row(
                    f"CoT rate achieved ({where_})", sent / elapsed, "CoT/s", target=f"{COT_RATE}"
                ),
                _gui_row(
                    f"store holds every device's last report, after the stream stopped ({where_})"
                    + ("" if held else " (NOT within 120 s)"),
                    drain_s,
                    "s",
                ),
            ]
            rows += [
                _gui_row(f"CPU while busy ({where_}): {name}", used, "CPU s", of=f"{seconds:g} s")
                for name, used in sorted(cpu.items())
                if name != "other"
            ]
            if gateway is not None:
                rows.append(
                    _gui_row(
                        f"CoT received by the gateway (of {sent:,} sent)",
                        float(gateway.status().cot_in),
                        "CoT",
                        target=f"{sent}",
                    )
                )
                status = gateway.status()
                rows.append(
                    _gui_row(
                        "position reports the gateway put on the bus (at most 1/device/s)",
                        float(status.published),
                        "messages",
                        coalesced=getattr(status, "coalesced", None),
                    )
                )
        finally:
            if server.poll() is None:
                server.stdin.write("\n")
                server.stdin.flush()
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    server.kill()
            if headless is not None:
                headless.terminate()
                try:
                    headless.communicate(timeout=20)
                except subprocess.TimeoutExpired:
                    headless.kill()
            if window is not None:
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
                QCoreApplication.processEvents()
            if runtime is not None:
                runtime.stop()
            broker.stop()
        del app
    return rows


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
    rows += _gui_stall(own_gateway=True)
    rows += _gui_stall(own_gateway=False)
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--serve":
        sys.exit(_serve_devices(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])))
    for row in run():
        print(row)
