"""Work off the GUI thread, results back on it: store reads (``BackgroundReader``) and
operator actions (``OpRunner``).

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
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.messages import render
from incident_desk.refusals import refusal_message
from incident_desk.ui.bidi import auto

log = logging.getLogger("incident_desk.ui")

T = TypeVar("T")


def refusal_text(reason: str) -> str:
    """A core refusal's reason in the operator's language (``incident_desk/refusals.py``:
    the sentence it was written from, rendered now; an unknown one as written)."""
    return render(refusal_message(reason).data(), QCoreApplication.translate, auto)


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


class OpRunner(QObject):
    """Runs operator actions: one core call at a time, off the GUI thread.

    ``run(doing, call, on_done)`` calls ``call()`` on the one worker thread that writes for
    this window (so a slow database never freezes the screen, and two actions never race
    each other), then, on the GUI thread:

    - success: ``on_done(result)``; the ``Changes`` the call returned (or the ``changes`` of
      what it returned, e.g. a command board's ``Issued``) are announced through
      ``announce`` (the console's listeners: every view of every window, and the bus side);
    - an expected failure (``IncidentDeskError``): ``failed`` with plain words
      ("Could not assign the unit: …"), level "error";
    - anything else is a bug: logged with its traceback, and ``failed`` says so plainly.

    Signals:
        failed(str, str): text for the operator and its level ("error").
        finished(): an action finished (either way); tests and busy cursors wait on it.
    """

    failed = Signal(str, str)
    finished = Signal()
    _delivered = Signal(object)

    @staticmethod
    def make_executor() -> Executor:
        """The one writer thread of a window (GUI tests may swap in a synchronous one)."""
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="idesk-ui-ops")

    def __init__(self, announce: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announce = announce
        self._executor: Executor | None = self.make_executor()
        self._delivered.connect(self._deliver)
        self.pending = 0

    def run(
        self,
        doing: str,
        call: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[], None] | None = None,
        *,
        announce: bool = True,
    ) -> bool:
        """Queue one action; False once shut down (nothing runs). ``announce=False`` for a
        core call that announces its changes itself (``Console.acknowledge``)."""
        if self._executor is None:
            return False
        self.pending += 1

        def work() -> None:
            try:
                value = call()
            except IncidentDeskError as exc:
                reason = refusal_text(getattr(exc, "reason", None) or str(exc))
                text = QCoreApplication.translate("OpRunner", "Could not {doing}: {reason}")
                text = text.format(doing=doing, reason=reason)
                self._delivered.emit((False, text, on_done, on_failed))
                return
            except Exception as exc:  # a bug: the traceback goes to the log
                log.exception("operator action failed: %s", doing)
                text = QCoreApplication.translate(
                    "OpRunner", "Could not {doing} (unexpected error, logged): {error}"
                ).format(doing=doing, error=exc)
                self._delivered.emit((False, text, on_done, on_failed))
                return
            changes = getattr(value, "changes", value)
            if announce and isinstance(changes, Changes) and changes:
                self._announce(changes)
            self._delivered.emit((True, value, on_done, on_failed))

        self._executor.submit(work)
        return True

    @Slot(object)
    def _deliver(self, item: tuple[bool, Any, Any, Any]) -> None:
        self.pending -= 1
        ok, value, on_done, on_failed = item
        try:
            if ok and on_done is not None:
                on_done(value)
            elif not ok:
                if on_failed is not None:
                    on_failed()
                self.failed.emit(value, "error")
        finally:
            self.finished.emit()

    def shutdown(self) -> None:
        """Finish the running action and any queued ones (an operator's action is never
        dropped); no callback runs afterwards."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
        with contextlib.suppress(RuntimeError, TypeError):
            self._delivered.disconnect(self._deliver)
