"""Item models for the console's views (STYLE.md 11-13)."""

from incident_desk.ui.models.alert_table import AlertFilterProxy, AlertTableModel, Column, Roles

__all__ = ["AlertFilterProxy", "AlertTableModel", "Column", "Roles"]
