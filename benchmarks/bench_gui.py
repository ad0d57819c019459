"""GUI event-loop stalls while 500 alerts/s arrive, with 100,000 alerts already stored.

The real path: the agency's publisher in its own process (as in a command centre) →
Mosquitto (started here) → in the console's process ``BusService`` (paho thread, ingest
worker) → SQLite store → ``BusBridge`` → the real
``MainWindow`` (offscreen), wired as ``incident_desk.ui.startup`` wires it. A 10 ms
``QTimer`` (precise) stamps every tick on the GUI thread; a *stall* is the gap between two
ticks (10 ms when the loop is idle). Baseline = the same window and store, no traffic.

- pre-fill: 100,000 real CAP documents (``tests/helpers/capgen``), ``Store.write_batch`` in
  batches of 1,000; its time is reported. Every alert alarms, as in a flood: Moderate/Expected
  is Low in the default priority table, 1 alert in 100 is Severe/Immediate (High).
- ``IDESK_BENCH_SECONDS``: length of each measuring window (default 60).
- ``IDESK_BENCH_PREFILL``: alerts stored before the window opens (default 100,000).
- ``IDESK_BENCH_GUI_DB``: instead of the pre-fill, a copy of this SQLite file (e.g. a year
  built by ``benchmarks/yeargen.py``: incidents, timeline and units too); the copy is
  measured, the file is left as it was.
  The window holds the newest page of them (``StoreFeed.FIRST_PAGE``) and what arrives;
  older ones are read only when the queue scrolls to them (docs/data-volume.md §3a).
- ``IDESK_BENCH_WATCH=1``: while alerts arrive, print to stderr the GUI thread's stack in the
  longest stalls (``benchmarks/stall_watch.py``). Off by default: the watchdog wakes every
  5 ms and takes the interpreter lock, which the figures should not carry.

Target: worst stall under 100 ms (also reported: p99).

    IDESK_BENCH_SECONDS=10 python -m benchmarks gui
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

RATE = 500  # alerts per second
TICK_MS = 10
TARGET_MS = 100.0
BATCH = 1_000


def _seconds() -> float:
    return float(os.environ.get("IDESK_BENCH_SECONDS", "60"))


def _prefill_count() -> int:
    return int(os.environ.get("IDESK_BENCH_PREFILL", "100000"))


def _cap(n: int, sender: str) -> tuple[Any, bytes]:
    """Alert ``n``: Moderate/Expected (a Low alarm), every 100th Severe/Immediate (High)."""
    from incident_desk import cap
    from tests.helpers.capgen import alert_bytes

    alert, data = alert_bytes(n, sender=sender)
    if n % 100 == 0:
        return alert, data
    info = alert.infos[0].model_copy(
        update={"severity": cap.Severity.MODERATE, "urgency": cap.Urgency.EXPECTED}
    )
    alert = alert.model_copy(update={"infos": (info,)})
    return alert, cap.dumps(alert)


def prefill(db_url: str, count: int) -> float:
    """Store ``count`` real CAP alerts in batches of ``BATCH``; returns the seconds it took."""
    from incident_desk.store import IncomingAlert, Store
    from incident_desk.topics import Mode, alert_topic

    topic = alert_topic(Mode.ACTUAL, "KE", "nps")
    store = Store.open(db_url)
    t0 = time.perf_counter()
    try:
        for start in range(0, count, BATCH):
            now = datetime.now(UTC)
            batch = []
            for n in range(start, min(count, start + BATCH)):
                alert, raw = _cap(n, "nps.go.ke")
                batch.append(
                    IncomingAlert(
                        raw=raw,
                        alert=alert,
                        topic=topic,
                        received_at=now,
                        country="KE",
                        agency="nps",
                    )
                )
            store.write_batch(batch)
        assert store.count_alerts() == count
    finally:
        store.close()
    return time.perf_counter() - t0


def _copy_store(source: Path, target: Path) -> int:
    """Copy a SQLite store (its WAL checkpointed into the copy); returns its alert count."""
    import sqlite3

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=65536)
        return int(dst.execute("SELECT count(*) FROM alerts").fetchone()[0])
    finally:
        dst.close()
        src.close()


def measure_stalls(seconds: float, *, watch: bool = False) -> list[float]:
    """Run the GUI loop for ``seconds``; the gaps (ms) between ticks of a 10 ms timer.
    ``watch``: print to stderr what the GUI thread was doing in the longest stalls
    (``benchmarks/stall_watch.py``), so a figure over the target names its cause."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from benchmarks.stall_watch import StallWatch

    ticks: list[float] = []
    watcher = StallWatch() if watch else None

    def tick() -> None:
        ticks.append(time.perf_counter())
        if watcher is not None:
            watcher.tick()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    timer.start()
    if watcher is not None:
        watcher.start()
    loop.exec()
    timer.stop()
    if watcher is not None:
        watcher.stop()
        print("GUI thread while late (500 alerts/s):", file=sys.stderr)
        print(watcher.report(), file=sys.stderr, flush=True)
    return [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]


def measure_until(condition: Any, timeout_s: float = 300) -> list[float]:
    """Like ``measure_stalls``, but until ``condition()`` holds (checked each tick)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ticks: list[float] = []
    loop = QEventLoop()

    def tick() -> None:
        ticks.append(time.perf_counter())
        if condition():
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return [(b - a) * 1000 for a, b in itertools.pairwise(ticks)] or [0.0]


def run_until(condition: Any, timeout_s: float) -> bool:
    """Run the GUI loop until ``condition()`` is true (checked every 20 ms) or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return bool(condition())


def p99(gaps: list[float]) -> float:
    return statistics.quantiles(gaps, n=100)[98] if len(gaps) >= 2 else float("nan")


class Publisher(threading.Thread):
    """Publishes pre-built CAP documents at ``RATE``/s (QoS 1, not waiting per message)."""

    def __init__(self, url: str, docs: list[tuple[Any, bytes]]) -> None:
        super().__init__(name="bench-publisher", daemon=True)
        from incident_desk.messaging import AlertPublisher, BusClient
        from incident_desk.topics import Mode, alert_topic
        from tests.helpers.brokers import bus_settings

        self.client = BusClient(bus_settings(url, "bench-agency-ug-upf"))
        self.client.connect_and_wait(10)
        self.publisher = AlertPublisher(self.client)
        self.topic = alert_topic(Mode.ACTUAL, "UG", "upf")
        self.docs = docs
        self.sent = 0
        self.stop_event = threading.Event()
        self.elapsed = 0.0

    def run(self) -> None:
        t0 = time.perf_counter()
        for i, (alert, data) in enumerate(self.docs):
            due = t0 + i / RATE
            delay = due - time.perf_counter()
            if delay > 0 and self.stop_event.wait(delay):
                break
            self.publisher.publish_cap(
                self.topic,
                data,
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc(),
                wait=i == len(self.docs) - 1,  # the last one waits: all are at the broker
            )
            self.sent += 1
        self.elapsed = time.perf_counter() - t0


def _publisher_process(url: str, first: int, count: int) -> int:
    """``python -m benchmarks.bench_gui --publish URL FIRST COUNT``: the agency's publisher
    in its own process, as in a command centre (the console never hosts it)."""
    publisher = Publisher(url, [_cap(first + i, "upf.go.ug") for i in range(count)])
    print("ready", flush=True)
    publisher.run()
    publisher.client.stop()
    print(f"sent {publisher.sent} {publisher.elapsed:.3f}", flush=True)
    return 0


def start_publisher_process(url: str, first: int, count: int) -> Any:
    import subprocess

    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_gui", "--publish", url, str(first), str(count)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        raise RuntimeError("the publisher process did not start")
    return proc


def _row(
    measure: str,
    value: float,
    unit: str,
    baseline: str | None = None,
    baseline_value: float | None = None,
    target: str | None = None,
) -> dict[str, object]:
    ratio = value / baseline_value if baseline_value else None
    return {
        "measure": measure,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "ratio": ratio,
        "target": target,
    }


def run() -> list[dict[str, object]]:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from benchmarks._qt import application
    from incident_desk.runtime import ConsoleRuntime
    from incident_desk.settings import Settings
    from incident_desk.ui.app import window_for_runtime
    from incident_desk.ui.store_feed import StoreFeed
    from tests.helpers.brokers import bus_settings, start_mosquitto

    seconds = _seconds()
    count = _prefill_count()
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="idesk-bench-gui-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "settings").mkdir()
        (tmp / "mosquitto").mkdir()
        db_url = f"sqlite:///{tmp / 'console.db'}"

        given = os.environ.get("IDESK_BENCH_GUI_DB")
        if given:
            t_copy = time.perf_counter()
            count = _copy_store(Path(given), tmp / "console.db")
            rows.append(
                _row(f"copy of {given} ({count:,} alerts)", time.perf_counter() - t_copy, "s")
            )
        else:
            prefill_s = prefill(db_url, count)
            rows.append(
                _row(
                    f"pre-fill {count:,} alerts (write_batch x{BATCH:,}, real CAP)", prefill_s, "s"
                )
            )
        docs = range(int(RATE * seconds))  # what the publisher process will send

        app = application("bench-gui")
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings")
        )
        broker = start_mosquitto(tmp / "mosquitto")
        runtime: ConsoleRuntime | None = None
        window: Any = None
        try:
            settings = Settings(
                broker=bus_settings(broker.url, "idesk-bench-console"),
                database_url=db_url,
                country="KE",
                agency="nps",
                operator="bench",
                workstation="bench-ws",
            )
            t0 = time.perf_counter()
            runtime = ConsoleRuntime(settings)
            window = window_for_runtime(runtime, sound=False)
            window.show()
            open_s = time.perf_counter() - t0
            rows.append(_row(f"window shown with {count:,} alerts stored", open_s, "s"))
            # the queue reads the newest page on a worker thread (older pages only when
            # scrolled to: ui/store_feed.py); the GUI loop runs meanwhile
            first = min(count, StoreFeed.FIRST_PAGE)
            filling = measure_until(lambda: window.is_loaded and window.model.rowCount() >= first)
            assert window.model.rowCount() >= first, window.model.rowCount()
            rows.append(
                _row(
                    f"queue shows the newest {first:,} of {count:,} alerts (from opening)",
                    time.perf_counter() - t0,
                    "s",
                )
            )
            rows.append(_row("GUI stall, worst, while the queue fills", max(filling), "ms"))
            runtime.start()
            assert runtime.bus.wait_subscribed(10), runtime.bus.state
            # warm-up: the live map (if any) loads and takes every stored area (in slices)
            map_view = getattr(window, "map_view", None)
            if map_view is not None:
                loaded = run_until(lambda: map_view.is_loaded, 120)
                if map_view.has_queued():  # else the map took every area while the queue filled
                    map_stalls = measure_until(lambda: not map_view.has_queued(), 300)
                    rows.append(
                        _row(
                            "GUI stall, worst, while the map takes the areas",
                            max(map_stalls),
                            "ms",
                        )
                    )
                rows.append(
                    _row(
                        f"map loaded and fed {count:,} stored alerts (from opening)"
                        + ("" if loaded else " (NOT within 120 s)"),
                        time.perf_counter() - t0,
                        "s",
                    )
                )
            run_until(lambda: False, 2)  # settle
            refreshes_before = window.refresh_count

            idle = measure_stalls(seconds)

            shown_before = window.model.rowCount()
            proc = start_publisher_process(broker.url, count, len(docs))
            busy = measure_stalls(seconds, watch=os.environ.get("IDESK_BENCH_WATCH") == "1")
            out, _ = proc.communicate(timeout=60)
            _, sent_text, elapsed_text = out.split()[-3:]
            published = int(sent_text)
            publisher_elapsed = float(elapsed_text)
            # catch-up: everything published is stored and shown (bounded, GUI loop running)
            drain_t0 = time.perf_counter()
            run_until(lambda: window.model.rowCount() >= shown_before + published, 120)
            drain_s = time.perf_counter() - drain_t0
            shown = window.model.rowCount() - shown_before
            rate_label = f"{RATE} alerts/s for {seconds:g} s over {count:,} stored"
            rows.append(
                _row(
                    f"GUI stall, worst ({rate_label})",
                    max(busy),
                    "ms",
                    "no traffic",
                    max(idle),
                    f"< {TARGET_MS:g} ms",
                )
            )
            rows.append(
                _row(f"GUI stall, p99 ({rate_label})", p99(busy), "ms", "no traffic", p99(idle))
            )
            rows.append(
                _row(
                    "publish rate achieved (publisher process)",
                    published / publisher_elapsed if publisher_elapsed else 0.0,
                    "alerts/s",
                    target=f"{RATE}",
                )
            )
            rows.append(
                _row(
                    f"alerts shown in the queue (of {published:,} published)",
                    float(shown),
                    "alerts",
                    target=f"{published}",
                )
            )
            rows.append(_row("catch-up after publishing stopped", drain_s, "s"))
            rows.append(
                _row(
                    "window refreshes during the run",
                    float(window.refresh_count - refreshes_before),
                    "refreshes",
                )
            )
        finally:
            if window is not None:
                window.close()
                window.deleteLater()  # every web page before the web profile goes
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
                QCoreApplication.processEvents()
            if runtime is not None:
                runtime.stop()
            broker.stop()
        del app
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--publish":
        sys.exit(_publisher_process(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
    for row in run():
        print(row)
