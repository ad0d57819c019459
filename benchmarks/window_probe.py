"""One console window over a stored year, in its own process: when is it usable, how big is it.

``python -m benchmarks.window_probe URL SPAWNED_AT`` opens the store at ``URL`` with a real
``Console`` and ``IncidentBoard`` (no bus: nothing arrives during the measurement; no map
page unless ``IDESK_WINDOW_MAP=1``: its web engine runs in processes of its own), shows the
``MainWindow`` offscreen and prints one JSON line:

- ``usable_s``: from just before the window is built to the queue holding the newest
  stored alert and the board its incidents (the first page and the bootstrap applied);
- ``from_spawn_s``: the same end point from ``SPAWNED_AT`` (the parent's ``time.monotonic``
  just before spawning: interpreter, imports, store open included);
- ``rss_mb``: this process's resident memory once usable (``VmRSS``);
- ``queue_rows`` / ``board_rows``: what the window holds then;
- ``older_page_ms``: one older page the queue asks for (``fetchMore``) until it is shown;
- ``board_ms``: the board's read as the window makes it (open + closed in the last 24 h,
  ``IncidentBoard.list_recent``), median of 5; ``timeline_ms``: one incident's timeline
  (``IncidentBoard.timeline``), median of 5.

``benchmarks/bench_year.py`` runs it on the year and on a nearly empty store.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _median_ms(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(url: str, spawned_at: float) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    from incident_desk.console import Console
    from incident_desk.identity import Identity
    from incident_desk.incidents import IncidentBoard
    from incident_desk.store import Store
    from incident_desk.ui.bus_bridge import BusBridge
    from incident_desk.ui.main_window import MainWindow
    from incident_desk.ui.store_feed import StoreFeed

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(url)
    board = IncidentBoard(store)
    newest = store.list_alerts(limit=1)
    top = newest[0].id if newest else None
    console = Console(store, Identity("KE", "nps", "nps.go.ke", "Bench", "bench-ws"), board=board)
    bridge = BusBridge()
    start = time.monotonic()
    win = MainWindow(
        console,
        bridge,
        db_label=url,
        broker_label="none",
        sound=False,
        with_map=os.environ.get("IDESK_WINDOW_MAP") == "1",
    )
    win.resize(1366, 768)
    win.show()
    booted: list[object] = []
    win.feed.bootstrapped.connect(booted.append)

    def usable() -> bool:
        queue_ok = top is None or win.model.row_of(top) is not None
        return queue_ok and bool(booted) and win.is_loaded

    while not usable():
        app.processEvents()
        time.sleep(0.001)
    end = time.monotonic()
    rss = _rss_mb()
    result = {
        "usable_s": end - start,
        "from_spawn_s": end - spawned_at,
        "rss_mb": rss,
        "queue_rows": float(win.model.rowCount()),
        "board_rows": float(win.incident_board.model.rowCount()),
    }
    pages: list[object] = []
    win.feed.older_read.connect(pages.append)
    while win.feed.older_in_flight:
        app.processEvents()
    if win.proxy.canFetchMore(QModelIndex()):
        t0 = time.perf_counter()
        win.proxy.fetchMore(QModelIndex())
        while not pages:
            app.processEvents()
            time.sleep(0.001)
        result["older_page_ms"] = (time.perf_counter() - t0) * 1000
    result["board_ms"] = _median_ms(lambda: board.list_recent(StoreFeed.RECENT_CLOSED))
    opened = board.list_incidents(open_only=True)
    if opened:
        result["timeline_ms"] = _median_ms(lambda: board.timeline(opened[-1].id))
    win.feed.stop()
    win.close()
    store.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], float(sys.argv[2]))), flush=True)
    os._exit(0)  # no teardown of Qt and the store threads to wait for: the numbers are out
