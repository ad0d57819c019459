"""The window's first paint: log when it happened, and run deferred start-up work after it.

The log line (INFO, logger ``incident_desk.ui``) carries the system-wide monotonic clock, so a
process that started the console can subtract its own start stamp
(``benchmarks/bench_startup.py``). :func:`after` is how work that the operator does not need
in the first second (the map page: folium, boundaries, gazetteer) waits until the window is
on screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger("incident_desk.ui")

#: when this process got as far as importing the console (set at import)
IMPORTED_AT = time.monotonic()


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.monotonic()
            watched.removeEventFilter(self)
            log.info(
                "first paint at monotonic %.6f (%.2f s after the console's import)",
                now,
                now - IMPORTED_AT,
            )
        return False


def watch(window: QObject) -> None:
    """Log the first paint of ``window`` once (the filter is parented to it)."""
    window.installEventFilter(_FirstPaint(window))


class _After(QObject):
    def __init__(self, watched: QObject, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._callback: Callable[[], None] | None = callback

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._watched.removeEventFilter(self)
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self.fire)  # after this paint, not inside it
        return False


def after(widget: QObject, callback: Callable[[], None], *, at_latest_ms: int = 3_000) -> None:
    """Call ``callback`` once, just after ``widget``'s first paint, or after ``at_latest_ms``
    if it is not painted by then (a window built hidden, as in tests)."""
    hook = _After(widget, callback)
    widget.installEventFilter(hook)
    QTimer.singleShot(at_latest_ms, hook, hook.fire)
