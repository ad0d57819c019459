"""Exponential back-off with jitter for reconnects (pure logic, testable without a broker).

"Equal jitter": the n-th delay is ``base = min(max_s, min_s * 2**n)`` scaled by a random
factor in [0.5, 1.0], so a room of consoles that lost the broker together do not all knock
on its door in the same instant when it comes back.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["Backoff"]


class Backoff:
    """Delays for successive reconnect attempts; ``reset()`` after a successful connect."""

    def __init__(
        self,
        min_s: float = 0.5,
        max_s: float = 30.0,
        *,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if min_s <= 0 or max_s < min_s:
            raise ValueError("need 0 < min_s <= max_s")
        self.min_s = min_s
        self.max_s = max_s
        self._rand = rand
        self._attempt = 0

    @property
    def attempt(self) -> int:
        return self._attempt

    def next_delay(self) -> float:
        """The delay before the next attempt (and count the attempt)."""
        base = min(self.max_s, self.min_s * (2.0 ** min(self._attempt, 32)))
        self._attempt += 1
        return max(self.min_s / 2, base * (0.5 + 0.5 * self._rand()))

    def reset(self) -> None:
        self._attempt = 0
