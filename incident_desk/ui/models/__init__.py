"""Item models for the console's views."""

from incident_desk.ui.models.alert_filter import AlertFilterProxy
from incident_desk.ui.models.alert_table import AlertTableModel, Column, Roles
from incident_desk.ui.models.queue_row import QueueRow, queue_row

__all__ = ["AlertFilterProxy", "AlertTableModel", "Column", "QueueRow", "Roles", "queue_row"]
