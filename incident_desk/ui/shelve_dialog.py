"""The dialog that shelves an alarm (ISA-18.2 shelving): a reason is required, and for how
long (until it returns to normal, 15 minutes, 1 hour, 8 hours). Opened from the alarm panel
(``incident_desk/ui/alarm_panel.py``)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incident_desk.alarms import Alarm


class ShelveDialog(QDialog):
    """Asks why and for how long to shelve an alarm; OK only with a reason."""

    DURATIONS = ((None, 0), (15, 1), (60, 2), (480, 3))  # minutes (None: one-shot)

    def __init__(self, alarm: Alarm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shelve alarm"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (required, goes to the timeline)"))
        self.duration = QComboBox()
        labels = (
            self.tr("Until it returns to normal"),
            self.tr("15 minutes"),
            self.tr("1 hour"),
            self.tr("8 hours"),
        )
        for (minutes, _), label in zip(self.DURATIONS, labels, strict=True):
            self.duration.addItem(label, minutes)
        form = QFormLayout()
        form.addRow(self.tr("Alarm"), QLabel(alarm.title))
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("For"), self.duration)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def chosen_duration(self) -> timedelta | None:
        minutes = self.duration.currentData()
        return None if minutes is None else timedelta(minutes=int(minutes))

    @Slot()
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))
