"""The garbage collector of a process whose work is the ingest (issue #18).

Reading, storing and correlating an alert allocates a few hundred container objects (lxml
proxies, the CAP models, rows, dicts), nearly all freed by reference counting as soon as the
batch is written. CPython still counts each allocation towards a collection of the youngest
generation (every 700 by default) and, every hundred of those, scans every object the process
holds: the SQLAlchemy, pydantic and lxml structures start-up built included. Measured on the
writer's batch step (10,000 alerts, ``benchmarks/profile_ingest.py``'s pipeline): 18-21 µs of
CPU per alert went to the collector, 7-8 % of the step, in 353 collections, five of them full
scans of about 45 ms each, time the writer held the interpreter lock.

:func:`tune_gc` runs once, when the ingest process has started (imports, store, trust store):
what start-up built is moved out of the collector's sight (``gc.freeze``: it lives as long as
the process anyway) and the youngest generation is collected every :data:`YOUNG_THRESHOLD`
allocations. Objects in reference cycles still go, a little later (at most that many
container objects wait); nothing else changes. With both: under 1 µs per alert.
"""

from __future__ import annotations

import gc
from typing import Final

YOUNG_THRESHOLD: Final = 10_000
"""Allocations (less deallocations) of container objects between collections of the youngest
generation; CPython's default is 700."""


def tune_gc() -> None:
    """Set this process's collector for the ingest: call once, after start-up."""
    gc.collect()  # start-up's own garbage goes now, not frozen with the rest
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
