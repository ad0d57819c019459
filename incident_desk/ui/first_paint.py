"""Log when the console window is first painted: how long start-up took, for operators and
``benchmarks/bench_startup.py``.

The line (INFO, logger ``incident_desk.ui``) carries the system-wide monotonic clock, so a
process that started the console can subtract its own start stamp.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject

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
