"""What the operator does to the selected alert, and where the selection leads.

- Acknowledge (Ctrl+K): through ``console.acknowledge`` on the window's ``OpRunner``; the row
  shows "acknowledged" and its alarm stops at once, a refusal puts both back and says why.
- F8 / Shift+F8: the next unacknowledged alarm by priority (the alarm board), else the next
  unacknowledged row of the queue.
- Selection: the selected alert fills the detail pane (read off the GUI thread), filters the
  timeline to its incident and selects that incident on the board (command panel, exports
  follow it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from incident_desk.rules import can_acknowledge
from incident_desk.ui.detail import read_detail

if TYPE_CHECKING:
    from incident_desk.ui.main_window import MainWindow


class AlertActions(QObject):
    """Acknowledgement, F8 and selection of ``window``'s queue."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.queue.current_alert_changed.connect(self.on_current_alert_changed)
        window.incident_board.incident_selected.connect(self.on_incident_selected)
        window.alarm_banner.alert_requested.connect(self.select_alert)
        if window.alarm_hub is not None:
            window.alarm_hub.alert_requested.connect(self.select_alert)

    # -- selection ---------------------------------------------------------------------------
    def current_alert_id(self) -> int | None:
        return self.window.queue.current_alert_id()

    @Slot(int)
    def select_alert(self, alert_id: int) -> bool:
        """Select an alert; one older than the rows the queue holds is loaded first and
        selected when it is in (True: selected, or on its way)."""
        return self.window.queue.select_alert(alert_id) or self.window.feed_view.bring(alert_id)

    @Slot(object)
    def on_current_alert_changed(self, alert_id: int | None) -> None:
        w = self.window
        if alert_id is None:
            w.detail.clear()
            w.timeline.set_current_incident(None)
            return
        w.detail.begin(alert_id)  # its data is read off the GUI thread
        store = w.store
        w.feed.read(
            lambda: read_detail(store, alert_id),
            lambda data: w.detail.show_data(alert_id, data),
            w.feed_view.on_read_failed,
        )
        row = w.model.alert(alert_id)
        w.timeline.set_current_incident(
            row.incidents[0] if row is not None and row.incidents else None
        )
        owner = w.incident_board.highlight_alert(alert_id)  # its incident is selected
        if owner is not None:
            w.timeline.set_current_incident(owner.key)

    @Slot(int)
    def on_incident_selected(self, incident_id: int) -> None:
        """The board's current incident drives the timeline filter (entries hold its key)."""
        board = self.window.incident_board
        snap = board.model.snapshot(incident_id) if incident_id else None
        if snap is not None:
            self.window.timeline.set_current_incident(snap.key)

    # -- acknowledging -----------------------------------------------------------------------
    @Slot()
    def acknowledge_selected(self) -> None:
        """Acknowledge the selected alert (Ctrl+K)."""
        w = self.window
        alert_id = self.current_alert_id()
        if alert_id is None:
            w.message_bar.show_message(self.tr("Select an alert to acknowledge first."))
            return
        row = w.model.alert(alert_id)
        if row is not None and not can_acknowledge(row):
            w.message_bar.show_message(
                self.tr("A CAP {type} is not itself acknowledged.").format(type=row.msg_type)
            )
            return
        if w.model.is_acknowledged(alert_id):
            w.message_bar.show_message(self.tr("This alert is already acknowledged."))
            return
        self.acknowledge([alert_id])

    @Slot(list)
    def acknowledge(self, alert_ids: list[int]) -> None:
        """Acknowledge these alerts through ``console.acknowledge`` (off the GUI thread).

        The row shows "acknowledged" and its alarm stops at once; a refusal puts both back
        and says why. A second press while the first is on its way sends nothing more.
        """
        for alert_id in alert_ids:
            if self.window.model.is_acknowledged(alert_id):
                self.window.alarms.acknowledge(alert_id)
                continue
            self.mark_acknowledged(alert_id)
            self._send(alert_id)

    def mark_acknowledged(self, alert_id: int) -> None:
        self.window.model.set_acknowledged(alert_id)
        self.window.alarms.acknowledge(alert_id)

    def _send(self, alert_id: int) -> None:
        console = self.window.console
        self.window.ops.run(
            self.tr("acknowledge"),
            lambda: console.acknowledge(alert_id),
            on_failed=lambda: self._unmark(alert_id),
            announce=False,  # Console.acknowledge announces its own changes
        )

    def _unmark(self, alert_id: int) -> None:
        model = self.window.model
        model.set_acknowledged(alert_id, False)
        row = model.alert(alert_id)
        if row is not None:
            self.window.alarms.consider([row], model.acknowledged_set())

    # -- F8 ----------------------------------------------------------------------------------
    def step_unacknowledged(self, step: int) -> bool:
        w = self.window
        if w.alarm_hub is not None and step > 0:  # F8: highest priority first
            alarm = w.alarm_hub.next_alarm(self.current_alert_id())
            if alarm is not None and self.select_alert(alarm.alert_id):
                return True
        if w.queue.step_unacknowledged(step):
            return True
        w.message_bar.show_message(self.tr("No unacknowledged alerts in the queue."))
        return False

    @Slot()
    def select_next_unacknowledged(self) -> None:
        self.step_unacknowledged(+1)

    @Slot()
    def select_previous_unacknowledged(self) -> None:
        self.step_unacknowledged(-1)
