"""``incident-desk ingest``: the console's bus side without a screen (a journal recorder).

The same ``BusService`` and ``IngestRoute`` as the console's ingest child: alerts stored,
incidents correlated, unit and command events applied, bad payloads quarantined.
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
import time
from typing import Any

from incident_desk.cli._options import (
    add_broker_options,
    add_trust_options,
    count,
    seconds,
    settings_from,
)

log = logging.getLogger("incident_desk.ingest")


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "ingest",
        help="record the alert bus into the store, headless",
        description=(
            "Subscribe at QoS 1 with a persistent session and store every alert, exactly as "
            "the console does. The same --client-id reconnects to the same session, so "
            "nothing published while it was away is lost. Every alert's signature is checked "
            "against the trust store (--trust-store or the settings' trust_store); the trust "
            "policy decides whether unverified alerts are stored with a warning or "
            "quarantined. The last line is a summary."
        ),
    )
    p.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: the user's SQLite file)")
    p.add_argument("--exercise", metavar="ID", help="join this exercise instead of real traffic")
    p.add_argument("--exit-after", type=count, metavar="N", help="stop after N messages")
    p.add_argument(
        "--exit-idle",
        type=seconds,
        metavar="SECONDS",
        help="stop after this long without messages",
    )
    add_trust_options(p)
    add_broker_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.identity import Identity
    from incident_desk.ingest import IngestRoute, tune_gc
    from incident_desk.messaging.service import BusService
    from incident_desk.store import Store
    from incident_desk.topics import console_filters

    settings = settings_from(args)
    trust = BusService.trust_from(settings)  # a missing trust store folder fails before the db
    store = Store.open(settings.database_url)
    route = IngestRoute(store, Identity.from_settings(settings), exercise_id=args.exercise)
    done = threading.Event()
    service = BusService(
        settings.broker,
        store,
        filters=console_filters(args.exercise),
        route=route,
        trust=trust,
    )
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    tune_gc()  # start-up done: the rest of this process's life is the ingest
    try:
        service.start(wait_s=15)
        started = time.monotonic()
        while not done.wait(0.05):
            stats = service.stats
            if args.exit_after is not None and stats.received >= args.exit_after:
                break
            if args.exit_idle is not None:
                last = max(service.pipeline.last_activity, started)
                if time.monotonic() - last >= args.exit_idle:
                    break
    finally:
        service.stop()
        store.close()
    print(service.stats.summary())
    return 0
