"""Where ingest time goes: the writer's work on N alerts, profiled on one thread.

Not a benchmark row (``python -m benchmarks`` runs only ``bench_*.py``): a tool for the
profile summary in docs/data-volume.md. It builds the same ``IngestPipeline`` +
``IngestRoute`` as ``incident-desk ingest`` on a fresh SQLite file, wraps N generated alerts
as the bus would (``Envelope`` with the publisher's user properties), and calls the writer's
batch step on this thread under ``cProfile`` (the real writer runs it on its own thread,
where a process-wide profiler does not look). What it cannot show is paho's own thread
(socket reads, PUBACKs): ``bench_ingest``'s raw subscriber measures that part.

    python -m benchmarks.profile_ingest [N] [--no-evidence] [tottime]
    python -m benchmarks.profile_ingest [N] --plain

``--plain`` runs the same steps without the profiler, after a first batch and the ingest
process's collector settings (``tune_gc``), and prints the CPU per alert: what to run under
``valgrind --tool=callgrind`` to compare two versions by instructions (once with N and once
with 0, the difference divided by N; it includes building the N messages, the same in both
versions), which a shared machine's noise cannot move.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

from incident_desk.messaging.envelope import Envelope


def envelopes(count: int, *, first: int = 0) -> list[Envelope]:
    """``count`` distinct alerts (numbers from ``first``) as the bus delivers them."""
    from tests.helpers.capgen import alert_bytes

    out = []
    for n in range(first, first + count):
        _alert, data = alert_bytes(n, sender="upf.go.ug")
        props = (("content-type", "application/cap+xml"), ("stream", "bench"), ("seq", str(n + 1)))
        out.append(
            Envelope(
                topic="idesk/v1/actual/UG/upf/alert",
                payload=data,
                qos=1,
                retain=False,
                mid=n % 65535 + 1,
                user_properties=props,
            )
        )
    return out


def profile(count: int, *, evidence: bool = True, plain: bool = False) -> str:
    from benchmarks.bench_evidence import _log_off as drop_evidence_triggers
    from incident_desk.identity import Identity
    from incident_desk.ingest import IngestPipeline, IngestRoute
    from incident_desk.settings import Settings
    from incident_desk.store import Store

    messages = envelopes(count)
    with tempfile.TemporaryDirectory(prefix="idesk-profile-") as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'p.db'}")
        if not evidence:
            drop_evidence_triggers(store)
        route = IngestRoute(store, Identity.from_settings(Settings()))
        pipeline = IngestPipeline(store, on_event=route.event, on_stored=route.stored)
        batch = 500
        if plain:
            from incident_desk.ingest import tune_gc

            pipeline._process(envelopes(batch, first=count))  # statements compiled, caches warm
            tune_gc()
        profiler = cProfile.Profile()
        start = time.process_time()
        if not plain:
            profiler.enable()
        for i in range(0, count, batch):
            pipeline._process(messages[i : i + batch])  # the writer's step
        profiler.disable()
        cpu = time.process_time() - start
        store.close()
    if plain:
        per_alert = f", {cpu / count * 1e6:.0f} us CPU per alert" if count else ""
        return f"# {count} alerts{per_alert}"
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats(
        sys.argv[-1] if sys.argv[-1] in ("tottime", "cumulative") else "cumulative"
    ).print_stats(40)
    head = f"# {count} alerts, {cpu / count * 1e6:.0f} us CPU per alert (profiled)\n"
    return head + text.getvalue()


if __name__ == "__main__":
    args = sys.argv[1:]
    n = next((int(a) for a in args if a.isdigit()), 5000)
    print(profile(n, evidence="--no-evidence" not in args, plain="--plain" in args))
