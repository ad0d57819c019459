"""Carry change records and broker state from any thread onto the GUI thread (STYLE.md 5).

paho's network thread and the ingest worker call ``post_changes`` / ``post_state``; the
bridge lives on the GUI thread, so a signal emitted from another thread arrives queued and
its slots run on the GUI thread. Nothing else in ``ui/`` is touched from another thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("incident_desk.ui")


class BusBridge(QObject):
    """The one crossing point from worker threads to the GUI thread.

    Signals:
        changes_applied: a ``incident_desk.changes.Changes`` record was produced by a write
            (ingest batch, acknowledgement, …). Argument: the frozen ``Changes``.
        connection_changed: the broker connection changed. Argument: the frozen
            ``incident_desk.messaging.ConnectionState`` (state, host, port, since, reason,
            next_retry_in).
    """

    changes_applied = Signal(object)
    connection_changed = Signal(object)

    def post_changes(self, changes: Any) -> None:
        """Hand a change record to the GUI thread. Safe to call from any thread.

        Usable directly as a ``Console.add_listener`` callback.
        """
        if not changes:
            return
        self.changes_applied.emit(changes)

    def post_state(self, state: Any) -> None:
        """Hand a broker ``ConnectionState`` to the GUI thread. Safe to call from any thread.

        Usable directly as the bus client's ``on_state`` callback.
        """
        self.connection_changed.emit(state)
