"""Would ingest gain from the writer in a process of its own? A probe, not a benchmark row.

The ingest runs the bus client (paho's thread) and the writer (CAP reading, SQLite, the
evidence log, correlation) in one process, so they share one interpreter lock. This probe
measures, on the machine it runs on, what a second process would give, with the same
publisher process, the same alerts and a Mosquitto of its own for every phase:

- ``raw``: the do-nothing paho subscriber of ``bench_ingest`` (the baseline);
- ``inproc``: ``BusService`` with the ``IngestRoute``, as ``incident-desk ingest`` runs it;
- ``split``: the same ``BusClient`` in this process, handing each burst of messages over a
  pipe to a writer process that runs the same ``IngestPipeline`` and ``IngestRoute``; the
  writer's acknowledgements (after its commit, in arrival order) come back over a second
  pipe and the bus process sends the PUBACKs. Throw-away wiring: no reconnects, no outbox,
  no shutdown ordering beyond what a measurement needs.

Each rate is N / (time the Nth message was stored, or received for ``raw`` − the publisher's
first publish), as in ``bench_ingest``. Phases alternate in rounds, so a noisy minute hurts
all three. docs/data-volume.md §2 "Fourteenth look" has what it showed on the 2-core machine.

    python -m benchmarks.split_ingest_probe [N] [ROUNDS]
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TOPIC_FILTER = "idesk/v1/actual/#"
MODES = ("raw", "inproc", "split")


def _writer_process(data: Any, back: Any, db: str) -> None:
    """The split's writer: the ingest pipeline and route on ``db``, fed from ``data``."""
    from incident_desk.identity import Identity
    from incident_desk.ingest import IngestPipeline, IngestRoute, tune_gc
    from incident_desk.settings import Settings
    from incident_desk.store import Store

    store = Store.open(db)
    route = IngestRoute(store, Identity.from_settings(Settings()))
    lock = threading.Lock()

    def ack(batch: Any) -> None:
        with lock:
            back.send(len(batch))

    pipeline = IngestPipeline(
        store, ack=ack, on_event=route.event, on_stored=route.stored, on_batch_end=route.flush
    )
    tune_gc()
    pipeline.start()
    ready_cpu = time.process_time()
    back.send("ready")
    while (items := data.recv()) is not None:
        for envelope in items:
            pipeline.submit(envelope)
    pipeline.stop()
    store.close()
    with lock:
        back.send(("end", time.process_time() - ready_cpu))


class _Split:
    """The split's bus side: a ``BusClient`` here, the writer in a spawned process."""

    def __init__(self, url: str, db: str, count: int, done: threading.Event) -> None:
        from incident_desk.messaging.client import BusClient
        from tests.helpers.brokers import bus_settings

        ctx = multiprocessing.get_context("spawn")
        data_r, self.data_w = ctx.Pipe(duplex=False)
        self.back_r, back_w = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_writer_process, args=(data_r, back_w, db))
        self.proc.start()
        if self.back_r.recv() != "ready":
            raise RuntimeError("the writer process did not start")
        self.count, self.done, self.stored_at = count, done, 0.0
        self.writer_cpu = 0.0
        self.ended = threading.Event()
        self.inflight: collections.deque[Any] = collections.deque()
        self.waiting: list[Any] = []
        self.cv = threading.Condition()
        self.client = BusClient(bus_settings(url, "probe-split"), on_message=self._on_message)
        threading.Thread(target=self._forward, daemon=True).start()
        threading.Thread(target=self._acks, daemon=True).start()
        self.client.subscribe([TOPIC_FILTER])
        self.client.connect_and_wait(15)
        self.client.wait_subscribed(15)

    def _on_message(self, envelope: Any) -> None:  # paho's thread
        with self.cv:
            self.waiting.append(envelope)
            self.cv.notify()

    def _forward(self) -> None:
        while True:
            with self.cv:
                self.cv.wait_for(lambda: self.waiting)
                items, self.waiting = self.waiting, []
                self.inflight.extend(items)
            self.data_w.send(items)

    def _acks(self) -> None:
        stored = 0
        while not isinstance(count := self.back_r.recv(), tuple):
            self.client.ack_all([self.inflight.popleft() for _ in range(count)])
            stored += count
            if stored >= self.count and not self.done.is_set():
                self.stored_at = time.monotonic()
                self.done.set()
        self.writer_cpu = count[1]
        self.ended.set()

    def close(self) -> None:
        """Stop the writer (it reports its CPU since it was ready), then the client."""
        self.data_w.send(None)
        self.ended.wait(60)
        self.proc.join(60)
        self.client.stop()


def phase(mode: str, url: str, count: int, db: str) -> tuple[float, float]:
    """One ingest phase (``inproc`` or ``split``) in this process: (alerts/s, the ingest's CPU
    µs per alert: this process's, and the writer process's for ``split``)."""
    from benchmarks.bench_ingest import PUBLISHER, Spawner

    done = threading.Event()
    finished = [0.0]
    closing: list[Any] = []
    if mode == "inproc":
        from incident_desk.identity import Identity
        from incident_desk.ingest import IngestRoute, tune_gc
        from incident_desk.messaging.service import BusService
        from incident_desk.settings import Settings
        from incident_desk.store import Store
        from tests.helpers.brokers import bus_settings

        store = Store.open(db)
        route = IngestRoute(store, Identity.from_settings(Settings()))
        service = BusService(
            bus_settings(url, "probe-inproc"), store, filters=[TOPIC_FILTER], route=route
        )
        tune_gc()
        service.start(wait_s=15)

        def watch_inproc() -> None:
            service.pipeline.wait_for(lambda s: s.received >= count, 900)
            finished[0] = time.monotonic()
            done.set()

        threading.Thread(target=watch_inproc, daemon=True).start()
        closing.append(service.stop)
    else:
        from incident_desk.ingest import tune_gc

        split = _Split(url, db, count, done)
        tune_gc()
        closing.append(split.close)
    cpu0 = time.process_time()
    with Spawner({**os.environ, "PYTHONPATH": str(ROOT)}) as spawn:  # bench_ingest's
        publisher, out, _err = spawn([sys.executable, "-c", PUBLISHER, url, str(count)])
        t0 = float(out.wait_for("T0 ", timeout=900).split()[1])
        out.wait_for("DONE ", timeout=900)
        publisher.wait(60)
    if not done.wait(900):
        raise RuntimeError(f"{mode}: not all {count} messages arrived")
    cpu = time.process_time() - cpu0
    for close in closing:
        close()
    if mode == "split":
        finished[0] = split.stored_at
        cpu += split.writer_cpu  # the writer process's, from its start to its end
    return count / (finished[0] - t0), cpu / count * 1e6


def main(argv: list[str]) -> int:
    if argv[:1] == ["--phase"]:
        mode, url, count, db = argv[1], argv[2], int(argv[3]), argv[4]
        rate, cpu = phase(mode, url, count, db)
        print(f"RESULT {rate:.1f} {cpu:.1f}", flush=True)
        os._exit(0)  # paho and pipe threads are daemons: do not wait for them
    from benchmarks.bench_ingest import Spawner, _env, raw_phase
    from tests.helpers.brokers import start_mosquitto

    count = int(argv[0]) if argv else 20_000
    rounds = int(argv[1]) if len(argv) > 1 else 2
    print(f"# {count:,} alerts, {rounds} rounds, phases {', '.join(MODES)} in turn")
    print(f"{'round':>5}  {'mode':<7} {'alerts/s':>9} {'x raw':>6} {'ingest CPU us/alert':>20}")
    for n in range(1, rounds + 1):
        raw_rate = 1.0  # set by the round's first phase
        for mode in MODES:
            with tempfile.TemporaryDirectory(prefix="idesk-split-probe-") as tmp_name:
                tmp = Path(tmp_name)
                (tmp / "mosquitto").mkdir()
                broker = start_mosquitto(tmp / "mosquitto")
                try:
                    if mode == "raw":  # bench_ingest's own baseline phase
                        with Spawner(_env(tmp)) as spawn:
                            raw_rate = raw_phase(spawn, broker, count).rate
                        print(f"{n:>5}  {mode:<7} {raw_rate:9,.0f} {1:6.2f}", flush=True)
                        continue
                    out = subprocess.run(
                        [
                            *(sys.executable, "-m", "benchmarks.split_ingest_probe", "--phase"),
                            *(mode, broker.url, str(count), f"sqlite:///{tmp / 'ingest.db'}"),
                        ],
                        cwd=ROOT,
                        capture_output=True,
                        text=True,
                        timeout=1800,
                        env={**os.environ, "HOME": tmp_name, "XDG_DATA_HOME": tmp_name},
                    )
                finally:
                    broker.stop()
            result = [line for line in out.stdout.splitlines() if line.startswith("RESULT")]
            if not result:
                print(f"{mode} failed:\n{out.stderr[-3000:]}", file=sys.stderr)
                return 1
            rate, cpu = (float(v) for v in result[0].split()[1:])
            ratio = rate / raw_rate
            print(f"{n:>5}  {mode:<7} {rate:9,.0f} {ratio:6.2f} {cpu:20.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
