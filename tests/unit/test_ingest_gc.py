"""The ingest process's collector (``incident_desk.ingest.tune_gc``): start-up frozen, young
objects collected less often, cyclic garbage still collected. Run in a fresh interpreter: the
settings are process-wide and must not reach the test process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import gc, weakref
    from incident_desk.ingest import tune_gc
    from incident_desk.ingest._gc import YOUNG_THRESHOLD

    before = gc.get_threshold()
    tune_gc()
    after = gc.get_threshold()
    assert after == (YOUNG_THRESHOLD, before[1], before[2]), (before, after)
    assert gc.get_freeze_count() > 10_000, gc.get_freeze_count()

    class Node:
        pass

    # cyclic garbage made after start-up, never collected by hand: the collector still
    # takes it; at most about YOUNG_THRESHOLD container objects wait for it
    gone = []
    made = 20_000
    for _ in range(made):
        a, b = Node(), Node()
        a.other, b.other = b, a
        weakref.finalize(a, gone.append, 1)
        del a, b
    assert made - len(gone) <= YOUNG_THRESHOLD, len(gone)
    print("ok")
    """
)


def test_tune_gc_freezes_start_up_and_still_collects_cycles() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
