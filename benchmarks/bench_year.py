"""A year of data: search, incident board, timeline and ingest with it loaded, next to a
nearly empty store, on SQLite and PostgreSQL.

Both stores are built by ``benchmarks/yeargen.py`` in the same run: the year
(``IDESK_YEAR_ALERTS`` alerts, default 100,000 so ``make bench`` takes minutes; the issue's
year is 2,000,000) and the baseline (20 alerts, one incident). Each query is timed as the
median of several runs through the core API the console and the CLI use:

- ``Store.search``: a place (rare word), an event (a word in one alert of ten), words with a
  filter, filters only, a month's time window, a word that is in no alert; 100 hits a page;
- the incident board (``IncidentBoard.list_incidents(open_only=True)``), the window's board
  read (``IncidentBoard.list_recent``: open + closed in the last 24 h) and one incident's
  timeline (``IncidentBoard.timeline``); also, for the record, ``list_incidents()`` without
  a filter (every incident of the year with its alert ids: what the board read before #18);
- the console window over each store, in a process of its own
  (``benchmarks/window_probe.py``): time until usable (the queue shows the newest alert, the
  board its incidents), the GUI process's resident memory then, one older page of the queue;
- ingest: the writer's batch step (classify, store, correlate, evidence log; as
  ``profile_ingest``) on 3,000 new alerts into each store; rate = alerts / CPU second.

``IDESK_YEAR_BACKENDS=sqlite`` (or ``postgresql``) runs one of the two.
PostgreSQL: ``IDESK_BENCH_PG_URL`` (default the local test server), in a fresh schema
dropped afterwards; its rows are left out, with a row saying so, when it is not reachable.

Target: every query < 300 ms with the year loaded; ingest ≥ 0.9 × the baseline's rate;
window usable < 1.5 s, GUI process < 600 MB.

    IDESK_YEAR_ALERTS=2000000 python -m benchmarks year
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.yeargen import generate

TARGET_MS = 300.0
TARGET_INGEST = 0.9
TARGET_USABLE_S = 1.5
TARGET_RSS_MB = 600.0
ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
INGEST_ALERTS = 3000


def _alerts() -> int:
    return int(os.environ.get("IDESK_YEAR_ALERTS", "100000"))


def _median_ms(call: Callable[[], object]) -> float:
    call()  # warm (statement cache, pages)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextmanager
def _postgres() -> Iterator[str | None]:
    import sqlalchemy as sa

    base = os.environ.get(
        "IDESK_BENCH_PG_URL",
        os.environ.get("IDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
    )
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError:
        admin.dispose()
        yield None
        return
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _ingest_rate(url: str, offset: int) -> float:
    """Alerts per CPU second of the writer's batch step into the store at ``url``."""
    from benchmarks.profile_ingest import envelopes
    from incident_desk.identity import Identity
    from incident_desk.ingest import IngestPipeline, IngestRoute
    from incident_desk.settings import Settings
    from incident_desk.store import Store

    messages = envelopes(INGEST_ALERTS, first=offset)
    store = Store.open(url)
    try:
        route = IngestRoute(store, Identity.from_settings(Settings()))
        pipeline = IngestPipeline(store, on_event=route.event, on_stored=route.stored)
        start = time.process_time()
        for i in range(0, len(messages), 500):
            pipeline._process(messages[i : i + 500])  # the writer's step, on this thread
        return len(messages) / (time.process_time() - start)
    finally:
        store.close()


def _rows_for(backend: str, year_url: str, empty_url: str, count: int) -> list[dict[str, object]]:
    from incident_desk.incidents import IncidentBoard
    from incident_desk.store import SearchQuery, Store
    from incident_desk.ui.store_feed import StoreFeed

    rows: list[dict[str, object]] = []
    t0 = time.perf_counter()
    generate(year_url, alerts=count)
    load = time.perf_counter() - t0
    generate(empty_url, alerts=20)
    rows.append(
        {
            "measure": f"{backend}: load a year, {count:,} alerts (bulk, triggers on)",
            "value": count / load,
            "unit": "alerts/s",
        }
    )
    month = (datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    queries = {
        "search a place ('garissa airport')": SearchQuery(words="garissa airport"),
        "search an event word ('explosion')": SearchQuery(words="explosion"),
        "search word + severity + country": SearchQuery(
            words="hostage", severity="Extreme", country="KE"
        ),
        "filters only: severity + agency": SearchQuery(severity="Severe", agency="nps"),
        "time window: one month": SearchQuery(since=month[0], until=month[1]),
        "search a word in no alert": SearchQuery(words="zanzibar"),
    }
    year, empty = Store.open(year_url), Store.open(empty_url)
    try:
        for label, query in queries.items():
            base = _median_ms(lambda q=query: empty.search(q))  # type: ignore[misc]
            value = _median_ms(lambda q=query: year.search(q))  # type: ignore[misc]
            rows.append(_ms_row(f"{backend}: {label}", value, base))
        boards = IncidentBoard(year), IncidentBoard(empty)
        base = _median_ms(lambda: boards[1].list_incidents(exercise_id=None, open_only=True))
        value = _median_ms(lambda: boards[0].list_incidents(exercise_id=None, open_only=True))
        rows.append(_ms_row(f"{backend}: incident board (open incidents)", value, base))
        recent = StoreFeed.RECENT_CLOSED
        base = _median_ms(lambda: boards[1].list_recent(recent))
        value = _median_ms(lambda: boards[0].list_recent(recent))
        rows.append(_ms_row(f"{backend}: window's board (open + closed in 24 h)", value, base))
        some = boards[0].list_incidents(exercise_id=None, open_only=True)[0].id
        base = _median_ms(lambda: boards[1].timeline(1))
        value = _median_ms(lambda: boards[0].timeline(some))
        rows.append(_ms_row(f"{backend}: one incident's timeline", value, base))
        start = time.perf_counter()
        everything = boards[0].list_incidents()
        rows.append(
            {
                "measure": f"{backend}: list_incidents() unfiltered ({len(everything):,})",
                "value": (time.perf_counter() - start) * 1000,
                "unit": "ms",
                "target": "(what the board read before #18; not a target)",
            }
        )
    finally:
        year.close()
        empty.close()
    rows += _window_rows(backend, year_url, empty_url)
    base_rate = _ingest_rate(empty_url, offset=10_000_000)
    year_rate = _ingest_rate(year_url, offset=20_000_000)
    rows.append(
        {
            "measure": f"{backend}: ingest writer step, year loaded",
            "value": year_rate,
            "unit": "alerts/CPU s",
            "baseline": "nearly empty store",
            "baseline_value": base_rate,
            "ratio": year_rate / base_rate,
            "target": f">= {TARGET_INGEST} x baseline",
        }
    )
    return rows


def _probe(url: str, runs: int = 3) -> dict[str, float]:
    """``benchmarks/window_probe.py`` on the store at ``url``, each run in a fresh process;
    the median of ``runs`` for each figure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    results = []
    for _ in range(runs):
        spawned = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.window_probe", url, repr(spawned)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        k: statistics.median(r[k] for r in results)
        for k in results[0]
        if all(k in r for r in results)
    }


def _window_rows(backend: str, year_url: str, empty_url: str) -> list[dict[str, object]]:
    """The window over the year next to the window over a nearly empty store."""
    base, year = _probe(empty_url), _probe(year_url)
    held = f"{year['queue_rows']:,.0f} alerts, {year['board_rows']:,.0f} incidents held"
    rows: list[dict[str, object]] = []
    for key, label, target in (
        ("usable_s", f"window usable: newest alert + board ({held})", TARGET_USABLE_S),
        ("from_spawn_s", "window usable, from process start", None),
    ):
        rows.append(
            {
                "measure": f"{backend}: {label}",
                "value": year[key],
                "unit": "s",
                "baseline": "nearly empty store",
                "baseline_value": base[key],
                "ratio": year[key] / base[key] if base[key] else None,
                **({"target": f"< {target:g} s"} if target else {}),
            }
        )
    rows.append(
        {
            "measure": f"{backend}: GUI process memory once usable (RSS)",
            "value": year["rss_mb"],
            "unit": "MB",
            "baseline": "nearly empty store",
            "baseline_value": base["rss_mb"],
            "ratio": year["rss_mb"] / base["rss_mb"],
            "target": f"< {TARGET_RSS_MB:g} MB",
        }
    )
    if "older_page_ms" in year:
        rows.append(
            {
                "measure": f"{backend}: queue scrolls to one older page (read + shown)",
                "value": year["older_page_ms"],
                "unit": "ms",
                "target": f"< {TARGET_MS:g} ms",
            }
        )
    return rows


def _ms_row(measure: str, value: float, base: float) -> dict[str, object]:
    return {
        "measure": measure,
        "value": value,
        "unit": "ms",
        "baseline": "nearly empty store",
        "baseline_value": base,
        "ratio": value / base if base else None,
        "target": f"< {TARGET_MS:g} ms",
    }


def run() -> list[dict[str, object]]:
    count = _alerts()
    rows: list[dict[str, object]] = []
    backends = os.environ.get("IDESK_YEAR_BACKENDS", "sqlite,postgresql").split(",")
    with tempfile.TemporaryDirectory(prefix="idesk-bench-year-") as tmp:
        if "sqlite" not in backends:
            return rows + _postgres_rows(count)
        rows += _rows_for(
            "SQLite",
            f"sqlite:///{Path(tmp) / 'year.db'}",
            f"sqlite:///{Path(tmp) / 'empty.db'}",
            count,
        )
    return rows + (_postgres_rows(count) if "postgresql" in backends else [])


def _postgres_rows(count: int) -> list[dict[str, object]]:
    with _postgres() as year_url, _postgres() as empty_url:
        if year_url is None or empty_url is None:
            return [{"measure": "PostgreSQL: not reachable, rows left out", "value": 0}]
        return _rows_for("PostgreSQL", year_url, empty_url, count)


if __name__ == "__main__":
    for row in run():
        print(row)
