"""The evidence log's cost: ingest with the log on next to off, proofs, an export.

Measures (one process, one run, SQLite in a temporary folder):

- **ingest end to end, log on vs off**: as ``bench_ingest``: a publisher process sends N real
  CAP alerts through Mosquitto to ``incident-desk ingest --exit-after N``, whose database has
  the evidence log (on) or had its evidence triggers dropped before it started (off). Rate =
  N / (ingest exit - first publish). Two rounds, alternating; the best of each. Target: ratio
  on/off >= 0.9.
- **ingest store stage, log on vs off** (diagnostic): the store stage of ingest
  (``Store.write_batch`` of real CAP alerts, built and parsed before the clock starts, in
  batches of 500 as the pipeline writes them) into a store with the evidence log, and into
  the same schema with the evidence triggers dropped (the log off): the only stage the log
  changes, so its worst case.
- **inclusion proof in a log of N entries**: a log of N synthetic entries written straight
  into the evidence tables (hashes and tree nodes as the store computes them), then the
  median time of ``Ledger.inclusion`` for random leaves. Target: < 10 ms for N = 1,000,000.
- **export of an incident with M entries**: M timeline entries about one incident (logged by
  the store as usual), then ``export_incident`` to a zip (proofs, report, manifest, signature).
  Target: < 10 s for M = 10,000.

Environment: ``IDESK_BENCH_EVIDENCE_E2E`` (default 10,000 per run),
``IDESK_BENCH_EVIDENCE_ALERTS`` (default 5,000 per round),
``IDESK_BENCH_LOG_SIZE`` (default 1,000,000), ``IDESK_BENCH_EXPORT_ENTRIES`` (10,000).

    python -m benchmarks evidence
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from incident_desk.evidence._note import Signer  # noqa: E402
from incident_desk.evidence.export import ExportRequest, export_incident  # noqa: E402
from incident_desk.evidence.ledger import Ledger, entries_table, nodes_table, state_table  # noqa: E402
from incident_desk.store import IncomingAlert, Store  # noqa: E402
from incident_desk.store._schema import timeline_table  # noqa: E402
from incident_desk.tlog.merkle import STORED_FROM_LEVEL, Frontier, leaf_hash  # noqa: E402

BATCH = 500
ROUNDS = 3


def _alerts(count: int, salt: str) -> list[IncomingAlert]:
    from incident_desk import cap
    from tests.helpers.capgen import alert_bytes

    now = datetime.now(UTC)
    out = []
    for n in range(count):
        _alert, data = alert_bytes(n, sender=f"{salt}.go.ke")
        out.append(
            IncomingAlert(
                alert=cap.parse(data),
                raw=data,
                topic="idesk/v1/actual/KE/nps/alert",
                country="KE",
                agency="nps",
                received_at=now,
            )
        )
    return out


def _ingest_rate(store: Store, alerts: list[IncomingAlert]) -> float:
    t0 = time.perf_counter()
    for start in range(0, len(alerts), BATCH):
        store.write_batch(alerts[start : start + BATCH])
    return len(alerts) / (time.perf_counter() - t0)


def _log_off(store: Store) -> None:
    def drop(conn: Any) -> None:
        for table in ("alerts", "quarantine", "timeline"):
            conn.execute(text(f"DROP TRIGGER evidence_{table}"))

    store.transaction("drop the evidence triggers", drop)


def ingest_rows(tmp: Path, count: int) -> list[dict[str, object]]:
    on_rates, off_rates = [], []
    for r in range(ROUNDS):
        for log_on in (True, False):
            with Store.open(f"sqlite:///{tmp / f'ingest-{r}-{log_on}.db'}") as store:
                if not log_on:
                    _log_off(store)
                alerts = _alerts(count, f"r{r}{'on' if log_on else 'off'}")
                (on_rates if log_on else off_rates).append(_ingest_rate(store, alerts))
                if log_on:
                    assert Ledger(store).size() == count
    on, off = max(on_rates), max(off_rates)
    return [
        {
            "measure": f"ingest store stage, log off ({count} alerts)",
            "value": off,
            "unit": "alerts/s",
        },
        {
            "measure": f"ingest store stage, log on ({count} alerts)",
            "value": on,
            "unit": "alerts/s",
            "baseline": "log off",
            "baseline_value": off,
            "ratio": on / off,
            "target": "ratio >= 0.9",
        },
    ]


def _e2e_rate(tmp: Path, count: int, log_on: bool, tag: str) -> float:
    """``incident-desk ingest`` (a subprocess) storing ``count`` alerts from a publisher
    process through Mosquitto: alerts per second from the first publish to its exit."""
    import subprocess

    from tests.helpers.brokers import start_mosquitto

    from .bench_ingest import PUBLISHER, Lines, _env

    work = tmp / f"e2e-{tag}"
    (work / "mosquitto").mkdir(parents=True)
    db = work / "ingest.db"
    with Store.open(f"sqlite:///{db}") as store:
        if not log_on:
            _log_off(store)  # the schema stays at head: opening again does not restore them
    broker = start_mosquitto(work / "mosquitto")
    env = _env(work)
    procs: list[subprocess.Popen[str]] = []
    try:
        argv = [
            sys.executable,
            "-m",
            "incident_desk",
            "-v",
            "ingest",
            "--broker",
            broker.url,
            "--client-id",
            f"bench-ev-{tag}",
            "--db",
            f"sqlite:///{db}",
            "--exit-after",
            str(count),
        ]
        ingest = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        procs.append(ingest)
        _out, err = Lines(ingest.stdout), Lines(ingest.stderr)
        err.wait_for(" connected ", timeout=60)
        pub = subprocess.Popen(
            [sys.executable, "-c", PUBLISHER, broker.url, str(count)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        procs.append(pub)
        t0 = float(Lines(pub.stdout).wait_for("T0 ", timeout=600).split()[1])
        ingest.wait(timeout=900)
        took = time.monotonic() - t0
        if ingest.returncode != 0:
            raise RuntimeError("ingest failed:\n" + "\n".join(err.lines[-20:]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        broker.stop()
    with Store.open(f"sqlite:///{db}") as store:
        assert store.count_alerts() == count
        assert (Ledger(store).size() >= count) == log_on
    return count / took


def e2e_rows(tmp: Path, count: int) -> list[dict[str, object]]:
    on, off = [], []
    for r in range(2):
        for log_on in (False, True):
            (on if log_on else off).append(_e2e_rate(tmp, count, log_on, f"{r}{log_on}"))
    best_on, best_off = max(on), max(off)
    return [
        {
            "measure": f"ingest end to end, log off ({count:,} alerts)",
            "value": best_off,
            "unit": "alerts/s",
        },
        {
            "measure": f"ingest end to end, log on ({count:,} alerts)",
            "value": best_on,
            "unit": "alerts/s",
            "baseline": "log off",
            "baseline_value": best_off,
            "ratio": best_on / best_off,
            "target": "ratio >= 0.9",
        },
    ]


def _big_log(store: Store, size: int) -> None:
    """``size`` synthetic entries with their tree, straight into the evidence tables."""
    frontier = Frontier()
    now = datetime.now(UTC)
    chunk = 20_000

    def work(conn: Any) -> None:
        for start in range(0, size, chunk):
            entries, nodes = [], []
            for i in range(start, min(size, start + chunk)):
                entry = b'{"kind":"timeline","id":%d}' % i
                leaf = leaf_hash(entry)
                entries.append(
                    {
                        "leaf_index": i,
                        "source": "timeline",
                        "source_id": i,
                        "kind": "timeline",
                        "exercise_id": None,
                        "incident_key": None,
                        "entry": entry,
                        "leaf_hash": leaf,
                        "logged_at": now,
                    }
                )
                nodes += [
                    {"level": lv, "idx": ix, "hash": h}
                    for lv, ix, h in frontier.append(leaf)
                    if lv >= STORED_FROM_LEVEL
                ]
            conn.execute(insert(entries_table), entries)
            conn.execute(insert(nodes_table), nodes)
        conn.execute(state_table.update().values(size=frontier.size, frontier=frontier.pack()))

    store.transaction("build a big log", work)


def proof_rows(tmp: Path, size: int) -> list[dict[str, object]]:
    with Store.open(f"sqlite:///{tmp / 'big.db'}") as store:
        t0 = time.perf_counter()
        _big_log(store, size)
        built = time.perf_counter() - t0
        ledger = Ledger(store)
        rng = random.Random(7)
        times = []
        with store.reading("bench") as conn:
            for _ in range(200):
                index = rng.randrange(size)
                t = time.perf_counter()
                ledger.inclusion(conn, index, size)
                times.append(time.perf_counter() - t)
    return [
        {"measure": f"build a log of {size:,} entries (setup)", "value": built, "unit": "s"},
        {
            "measure": f"inclusion proof, log of {size:,} entries (median of 200)",
            "value": statistics.median(times) * 1000,
            "unit": "ms",
            "target": "< 10 ms at 1,000,000",
        },
    ]


def export_rows(tmp: Path, count: int) -> list[dict[str, object]]:
    table = timeline_table
    with Store.open(f"sqlite:///{tmp / 'export.db'}") as store:
        now = datetime.now(UTC)
        rows = [
            {
                "at": now,
                "actor": "op",
                "console": "ws1",
                "kind": "incident.note",
                "incident_id": "INC-BENCH-1",
                "alert_id": None,
                "exercise_id": None,
                "text": f"note {i}",
                "data": "{}",
            }
            for i in range(count)
        ]
        for start in range(0, count, 2000):
            store.transaction(
                "notes", lambda c, s=start: c.execute(insert(table), rows[s : s + 2000])
            )
        store.append_timeline("op", "incident.note", "unrelated")
        signer = Signer.generate("idesk/KE/nps")
        request = ExportRequest("INC-BENCH-1", "bench", "BENCH-1", "op")
        t0 = time.perf_counter()
        result = export_incident(store, signer, request, tmp / "bench.zip")
        took = time.perf_counter() - t0
    assert result.entries == count + 1
    return [
        {
            "measure": f"export an incident of {count:,} entries",
            "value": took,
            "unit": "s",
            "target": "< 10 s at 10,000",
        }
    ]


def run() -> list[dict[str, object]]:
    alerts = int(os.environ.get("IDESK_BENCH_EVIDENCE_ALERTS", "5000"))
    e2e = int(os.environ.get("IDESK_BENCH_EVIDENCE_E2E", "10000"))
    size = int(os.environ.get("IDESK_BENCH_LOG_SIZE", "1000000"))
    exported = int(os.environ.get("IDESK_BENCH_EXPORT_ENTRIES", "10000"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return (
            e2e_rows(folder, e2e)
            + ingest_rows(folder, alerts)
            + proof_rows(folder, size)
            + export_rows(folder, exported)
        )


if __name__ == "__main__":
    for row in run():
        print(row)
