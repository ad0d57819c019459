"""Several consoles on one PostgreSQL database (docs/architecture.md §8): each alert is stored once,
and references are linked whichever console stored which end."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from incident_desk.cap import MsgType
from incident_desk.store import AddResult, IncomingAlert, Store
from tests.helpers.alerts import BASE_TIME, incoming, make_alert

STREAM = [
    incoming(make_alert(f"KE-police-{n:05d}", sent=BASE_TIME + timedelta(seconds=n)))
    for n in range(1200)
]


def _run_consoles(
    url: str, feeds: Sequence[Sequence[IncomingAlert]], batch: int = 100
) -> list[list[AddResult]]:
    """Each feed is ingested by its own Store (own engine and pool) on its own thread."""
    stores = [Store.open(url) for _ in feeds]
    start = threading.Barrier(len(feeds))

    def console(store: Store, feed: Sequence[IncomingAlert]) -> list[AddResult]:
        start.wait(timeout=30)
        results: list[AddResult] = []
        for first in range(0, len(feed), batch):
            results += store.add_alerts(feed[first : first + batch])
        return results

    try:
        with ThreadPoolExecutor(len(feeds)) as pool:
            futures = [pool.submit(console, s, f) for s, f in zip(stores, feeds, strict=True)]
            return [f.result(timeout=110) for f in futures]
    finally:
        for store in stores:
            store.close()


def test_two_consoles_ingesting_the_same_stream_store_each_alert_once(pg_url: str) -> None:
    feeds = [STREAM[:900], list(reversed(STREAM[300:]))]  # 600 alerts seen by both

    results = _run_consoles(pg_url, feeds)

    outcomes = Counter(r.outcome for per_console in results for r in per_console)
    assert outcomes == {"stored": 1200, "duplicate": 600}
    stored_by = Counter(
        r.key for per_console in results for r in per_console if r.outcome == "stored"
    )
    assert set(stored_by.values()) == {1}
    ids = {r.key: r.alert_id for per_console in results for r in per_console}
    store = Store.open(pg_url)
    try:
        assert store.count_alerts() == 1200
        assert store.count_quarantine() == 0
        sample = STREAM[600].alert
        found = store.find_alert(sample.key())
        assert found is not None
        assert found.id == ids[sample.key()]
    finally:
        store.close()


def test_a_conflicting_copy_from_another_console_is_quarantined_once(pg_url: str) -> None:
    alerts = [make_alert(f"UG-cp-{n:04d}") for n in range(300)]
    honest = [incoming(a) for a in alerts]
    altered = [
        incoming(a, raw=b"<alert>altered in transit</alert>" + a.identifier.encode())
        for a in alerts
    ]

    results = _run_consoles(pg_url, [honest, altered], batch=50)

    outcomes = Counter(r.outcome for per_console in results for r in per_console)
    assert outcomes == {"stored": 300, "conflict": 300}
    store = Store.open(pg_url)
    try:
        assert store.count_alerts() == 300
        assert store.count_quarantine() == 300
        assert all(q.reason.startswith("conflicting content") for q in store.list_quarantine())
    finally:
        store.close()


def test_links_resolve_when_each_end_is_stored_by_a_different_console(pg_url: str) -> None:
    originals = [make_alert(f"TZ-bg-{n:04d}", sender="border@tz.example") for n in range(400)]
    updates = [
        make_alert(
            f"TZ-bg-{n:04d}-u",
            sender="border@tz.example",
            sent=BASE_TIME + timedelta(minutes=1),
            msg_type=MsgType.UPDATE,
            references=(a,),
        )
        for n, a in enumerate(originals)
    ]

    _run_consoles(pg_url, [[incoming(a) for a in originals], [incoming(u) for u in updates]], 20)

    store = Store.open(pg_url)
    try:
        superseded = [a for a in originals if _superseded(store, a.key())]
        assert len(superseded) == 400
    finally:
        store.close()


def _superseded(store: Store, key: tuple[str, str, str]) -> bool:
    found = store.find_alert(key)
    assert found is not None
    return store.superseded(found.id)
