"""At most one position report per unit per second onto the bus (a storm is coalesced).

A TAK device reports its position about once a second. Many more from one device is a
misbehaving device or a replay, and every report passed on costs every console a store
write: at 1,000 CoT/s the console's store fell behind and its window stalled (issue 14).
So the gateway passes a unit's report on at once when it says something new, and otherwise
holds only the *latest* one until the unit's second is up:

- the first report of a unit, and a report whose unit status differs from the last one
  passed on, go at once (a status change is never delayed);
- within ``interval_s`` of the last report passed on, a new one replaces the held one (the
  older held one is dropped: a newer position supersedes it);
- ``due()`` hands back the held reports whose second is up; the gateway calls it from its
  worker loop, so the last position of a storm reaches the bus within about a second.

Emergency beacons never come here (``TakInbound`` publishes them on their own path).
Thread-safe: each TAK channel's reader thread offers, the gateway's worker takes what is due.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

__all__ = ["PLI_INTERVAL_S", "PliThrottle"]

PLI_INTERVAL_S: Final = 1.0

T = TypeVar("T")


@dataclass(slots=True)
class _Unit(Generic[T]):
    sent_at: float
    status: str
    held: T | None = None


class PliThrottle(Generic[T]):
    """Decides, per unit key, whether a report goes now or is held (see the module).

    Args:
        interval_s: the least time between two reports of one unit passed on, unless the
            unit's status changed.
        monotonic: the time source (tests pass their own).
    """

    def __init__(
        self,
        interval_s: float = PLI_INTERVAL_S,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._interval = interval_s
        self._now = monotonic
        self._lock = threading.Lock()
        self._units: dict[Hashable, _Unit[T]] = {}
        self._held: dict[Hashable, None] = {}  # keys holding a report (due() reads only these)
        self.coalesced = 0  # reports replaced by a newer one before they were passed on

    def offer(self, key: Hashable, status: str, report: T) -> bool:
        """True: pass ``report`` on now. False: it is held (the latest for ``key``)."""
        now = self._now()
        with self._lock:
            unit = self._units.get(key)
            if unit is None or unit.status != status or now - unit.sent_at >= self._interval:
                if unit is not None and unit.held is not None:
                    self.coalesced += 1  # this newer report supersedes the held one
                    del self._held[key]
                self._units[key] = _Unit(now, status)
                return True
            if unit.held is not None:
                self.coalesced += 1
            unit.held = report
            self._held[key] = None
            return False

    def due(self, *, everything: bool = False) -> list[T]:
        """The held reports whose unit's interval is up (each passed on once); with
        ``everything``, all held ones (the gateway is stopping: the last positions go out)."""
        now = self._now()
        out: list[T] = []
        with self._lock:
            for key in list(self._held):
                unit = self._units[key]
                if unit.held is not None and (everything or now - unit.sent_at >= self._interval):
                    out.append(unit.held)
                    unit.held = None
                    unit.sent_at = now
                    del self._held[key]
        return out

    def held(self) -> int:
        """How many reports are held now (waiting for their unit's second)."""
        with self._lock:
            return len(self._held)
