"""Carry change records, broker state and exercise events from any thread onto the GUI thread.

The ingest process's reader thread, paho's network thread and the exercise controller call
the ``post_*`` methods; the bridge lives on the GUI thread. Every post crosses the thread
boundary **once**, as one queued call to the bridge itself, which then emits the public
signal on the GUI thread: every slot connected to it runs in that same event, in the order
they were connected. So two views of one state (the NO DUFF overlay and the exercise state in
the status bar, say) are never seen half-updated, whichever thread posted it. Nothing else
in ``ui/`` is touched from another thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("incident_desk.ui")


class GuiRelay(QObject):
    """Re-emits, on the thread this object lives on, what any thread posts.

    Subclasses declare public signals and post to them with ``_post(signal, value)``.
    """

    _posted = Signal(object, object)  # (bound public signal, value)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._emit_here)

    def _post(self, signal: Any, value: Any) -> None:
        self._posted.emit(signal, value)

    @Slot(object, object)
    def _emit_here(self, signal: Any, value: Any) -> None:
        signal.emit(value)


class BusBridge(GuiRelay):
    """The one crossing point from worker threads to the GUI thread.

    Signals:
        changes_applied: a ``incident_desk.changes.Changes`` record was produced by a write
            (ingest batch, acknowledgement, …). Argument: the frozen ``Changes``.
        connection_changed: the broker connection changed. Argument: the frozen
            ``incident_desk.messaging.ConnectionState`` (state, host, port, since, reason,
            next_retry_in).
        control_received: a control message of the joined exercise (``ControlMessage``, or
            None when the retained state was cleared).
        controller_event: a ``ControllerEvent`` of the exercise controller on this
            workstation.
    """

    changes_applied = Signal(object)
    connection_changed = Signal(object)
    control_received = Signal(object)
    controller_event = Signal(object)

    def post_changes(self, changes: Any) -> None:
        """Hand a change record to the GUI thread. Safe to call from any thread.

        Usable directly as a ``Console.add_listener`` callback.
        """
        if changes:
            self._post(self.changes_applied, changes)

    def post_state(self, state: Any) -> None:
        """Hand a broker ``ConnectionState`` to the GUI thread. Safe from any thread."""
        self._post(self.connection_changed, state)

    def post_control(self, message: Any) -> None:
        """Hand an exercise control message (or None) to the GUI thread. Safe from any thread."""
        self._post(self.control_received, message)

    def post_controller_event(self, event: Any) -> None:
        """Hand a controller event to the GUI thread. Safe from any thread."""
        self._post(self.controller_event, event)
