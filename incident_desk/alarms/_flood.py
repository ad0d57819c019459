"""Alarm flood detection (EEMUA 191): more than ``count`` annunciations within ``window``."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta


class FloodDetector:
    """A sliding window of annunciation times of one console.

    Attributes:
        count, window: more than ``count`` annunciations within ``window`` is a flood.
        active: True while in flood.
    """

    def __init__(self, count: int, window: timedelta) -> None:
        self.count = count
        self.window = window
        self.active = False
        self._times: deque[datetime] = deque()

    def raised(self, at: datetime) -> None:
        self._times.append(at)

    def update(self, now: datetime) -> bool | None:
        """Drop what left the window; the new state when it changed, else None."""
        start = now - self.window
        while self._times and self._times[0] < start:
            self._times.popleft()
        flood = len(self._times) > self.count
        if flood == self.active:
            return None
        self.active = flood
        return flood

    def describe(self) -> str:
        return f"{len(self._times)} alarms in {self.window}"
