"""Run store reads off the GUI thread and hand the results back to it (STYLE.md 7).

``BackgroundReader.run(fn, on_done, on_error)`` calls ``fn()`` on one worker
thread (reads are ordered: a later refresh never overtakes an earlier one) and then calls
``on_done(result)`` — or ``on_error(exc)`` — on the GUI thread, through a queued signal.
The worker touches only the store (which is thread-safe and returns frozen snapshots); it
never touches a widget or a model.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("incident_desk.ui")

T = TypeVar("T")


class BackgroundReader(QObject):
    """One worker thread for read-only calls; results arrive on the GUI thread.

    Signals:
        _delivered(object): internal, carries (callback, value) to the GUI thread.
    """

    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="idesk-ui-reader"
        )
        self._delivered.connect(self._deliver)
        self.pending = 0

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[None] | None:
        """Queue ``fn()``; its result goes to ``on_done`` (or its exception to ``on_error``)
        on the GUI thread. Returns None once shut down."""
        if self._executor is None:
            return None
        self.pending += 1
        fail = on_error or (lambda exc: log.error("background read failed: %s", exc))

        def work() -> None:
            try:
                value = fn()
            except Exception as exc:  # handed to on_error on the GUI thread
                self._delivered.emit((fail, exc))
                return
            self._delivered.emit((on_done, value))

        return self._executor.submit(work)

    @Slot(object)
    def _deliver(self, item: tuple[Callable[[Any], None], Any]) -> None:
        self.pending -= 1
        callback, value = item
        callback(value)

    def shutdown(self) -> None:
        """Wait for the running read, drop queued ones; no callback runs afterwards."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self._delivered.disconnect(self._deliver)
