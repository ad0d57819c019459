"""Alarm board cost per stored alert, next to the store write it follows.

Ingest stores alerts in batches (``Store.write_batch``) and hands each batch's ``Changes`` to
the alarm board (``AlarmBoard.apply``). Per batch of 500 the mix is 300 new Critical/High
alerts, 100 Updates and 50 Cancels of earlier ones and 50 Acks from another console, on
SQLite in a temporary folder. Baseline = ``write_batch`` of the same batch; ``ratio`` = board
time / store time. The last row repeats the board measure once 20 000 alerts are stored, to
show the cost does not grow with the table (no full scans per alert); one row times
``AlarmBoard.view()`` (what the panel draws) with every alarm of the run still listed, one
the start-up replay (``AlarmBoard.load``) of the whole store.

    python -m benchmarks.bench_alarms
    python -m benchmarks alarms
"""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from incident_desk import cap
from incident_desk.alarms import AlarmBoard
from incident_desk.changes import Changes
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock, ack, alert, cancel, update
from tests.helpers.alerts import incoming

BATCH = 500


def _batch(n: int, earlier: list[cap.Alert]) -> list[cap.Alert]:
    out: list[cap.Alert] = []
    for i in range(300):
        severity = "Extreme" if i % 3 else "Severe"
        out.append(alert(f"B{n}-{i}", severity=severity, at=timedelta(seconds=n * 60 + i % 60)))
    base = earlier[-300:] if earlier else out
    at = timedelta(seconds=n * 60 + 30)
    out += [update(base[i], f"U{n}-{i}", severity="Moderate", at=at) for i in range(100)]
    out += [cancel(base[100 + i], f"C{n}-{i}", at=at) for i in range(50)]
    out += [ack(base[150 + i], at=at) for i in range(50)]
    return out


def _timed(store: Store, board: AlarmBoard, batch: list[cap.Alert]) -> tuple[float, float]:
    items = [incoming(a) for a in batch]
    t0 = time.perf_counter()
    result = store.write_batch(items)
    t1 = time.perf_counter()
    board.apply(Changes(alerts=result.stored_ids))
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def run() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"sqlite:///{Path(tmp)}/a.db") as st:
        clock = FakeClock(T0)
        board = AlarmBoard(st, console="bench", clock=clock)
        earlier: list[cap.Alert] = []
        store_s = board_s = 0.0
        late_board_s = late_store_s = 0.0
        batches = 40  # 20 000 alerts
        for n in range(batches):
            batch = _batch(n, earlier)
            earlier = batch[:300]
            clock.now = T0 + timedelta(minutes=n)
            s, b = _timed(st, board, batch)
            board.tick()
            if n < 5:
                store_s, board_s = store_s + s, board_s + b
            if n >= batches - 5:
                late_store_s, late_board_s = late_store_s + s, late_board_s + b
        live = len(board.alarms())
        t0 = time.perf_counter()
        board.view()
        view_s = time.perf_counter() - t0
        count = 5 * BATCH
        for label, s, b in (
            ("first 2 500 alerts", store_s, board_s),
            ("after 17 500 stored", late_store_s, late_board_s),
        ):
            rows.append(
                {
                    "measure": f"AlarmBoard.apply, {label}",
                    "value": count / b,
                    "unit": "alerts/s",
                    "baseline": "Store.write_batch",
                    "baseline_value": count / s,
                    "ratio": b / s,
                }
            )
        rows.append(
            {"measure": f"AlarmBoard.view() of {live} alarms", "value": view_s * 1000, "unit": "ms"}
        )
        restarted = AlarmBoard(st, console="bench", clock=clock)
        t0 = time.perf_counter()
        restarted.load(history=None)
        load_s = time.perf_counter() - t0
        rows.append(
            {
                "measure": f"AlarmBoard.load() of {batches * BATCH} alerts",
                "value": load_s,
                "unit": "s",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        extra = ""
        if "ratio" in row:
            extra = f"(store {row['baseline_value']:,.0f}/s, ratio {row['ratio']:.2f})"
        print(f"{row['measure']!s:44} {row['value']:>10,.1f} {row['unit']} {extra}")
