"""The filter bar above the alert queue: free text, severity toggles, urgency and facets."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from incident_desk.cap import Category, Status, Urgency
from incident_desk.ui.models.alert_table import AlertFilterProxy

SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")


class AlertFilterBar(QWidget):
    """Drives an ``AlertFilterProxy``; every control maps to one proxy setter."""

    def __init__(self, proxy: AlertFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self.text = QLineEdit()
        self.text.setObjectName("filter_edit")
        self.text.setPlaceholderText(
            "Filter: headline, event, sender, identifier, incident (Ctrl+F)"
        )
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(proxy.set_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        self.severity_buttons: dict[str, QToolButton] = {}
        for name in SEVERITIES:
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setToolTip(f"Show only checked severities ({name})")
            button.toggled.connect(self._on_severity_toggled)
            self.severity_buttons[name] = button
            layout.addWidget(button)
        self.urgency = self._combo(
            "Any urgency", [u.value for u in Urgency], proxy.set_urgencies, multi=True
        )
        self.category = self._combo("Any category", [c.value for c in Category], proxy.set_category)
        self.status = self._combo("Any status", [s.value for s in Status], proxy.set_status)
        for combo in (self.urgency, self.category, self.status):
            layout.addWidget(combo)
        self.country = self._line("Country", proxy.set_country, 70)
        self.agency = self._line("Agency", proxy.set_agency, 80)
        self.incident = self._line("Incident", proxy.set_incident, 110)
        for edit in (self.country, self.agency, self.incident):
            layout.addWidget(edit)
        self.unacknowledged = QCheckBox("Unacknowledged")
        self.unacknowledged.toggled.connect(proxy.set_unacknowledged_only)
        layout.addWidget(self.unacknowledged)

    def _combo(self, any_text: str, values: list[str], setter, *, multi: bool = False) -> QComboBox:  # type: ignore[no-untyped-def]
        combo = QComboBox()
        combo.addItem(any_text, "")
        for v in values:
            combo.addItem(v, v)

        def apply(_index: int) -> None:
            value = combo.currentData() or ""
            setter({value} if (multi and value) else (set() if multi else value))

        combo.currentIndexChanged.connect(apply)
        return combo

    def _line(self, placeholder: str, setter, width: int) -> QLineEdit:  # type: ignore[no-untyped-def]
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(width)
        edit.textChanged.connect(setter)
        return edit

    @Slot(bool)
    def _on_severity_toggled(self, _checked: bool) -> None:
        self._proxy.set_severities(n for n, b in self.severity_buttons.items() if b.isChecked())

    @Slot()
    def focus_text(self) -> None:
        self.text.setFocus()
        self.text.selectAll()
