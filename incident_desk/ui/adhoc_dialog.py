"""The controller's ad-hoc inject dialog: a free-text message or a CAP alert from a template,
sent into the running exercise (``ExerciseController.adhoc``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from incident_desk.cap import SEVERITIES
from incident_desk.scenario import CapTemplate, Scenario
from incident_desk.ui.cap_words import cap_word

URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")

Send = Callable[[str | CapTemplate, str | None, str], str | None]
"""Sends an inject: (message, from agency, expected action as typed) → None once sent, else
the reason it was refused, in the controller's words."""


class AdhocDialog(QDialog):
    """An ad-hoc inject: free text, or a simple CAP alert (headline, severity, urgency).

    OK checks what the inject needs, then sends it (``send``) before the dialog closes:
    what is missing, or why the send was refused (after ENDEX, the bus refused it), is said
    in the dialog, which stays open with what was typed. Once accepted, ``inject`` holds the
    message sent.
    """

    def __init__(
        self, scenario: Scenario, parent: QWidget | None = None, *, send: Send | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adhoc_dialog")
        self.setWindowTitle(self.tr("Ad-hoc inject"))
        self.scenario = scenario
        self.send = send
        self.inject: str | CapTemplate | None = None
        self.text_mode = QRadioButton(self.tr("Free text"))
        self.cap_mode = QRadioButton(self.tr("CAP alert"))
        self.text_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.text_mode)
        group.addButton(self.cap_mode)
        self.from_agency = QComboBox()
        for agency in scenario.agencies:
            self.from_agency.addItem(f"{agency.id} — {agency.name}", agency.id)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Message text (EXERCISE is added)"))
        self.headline = QLineEdit()
        # CAP's code words in the controller's language; the alert carries the code value
        self.severity = QComboBox()
        for value in SEVERITIES:
            self.severity.addItem(cap_word(value), value)
        self.severity.setCurrentIndex(self.severity.findData("Severe"))
        self.urgency = QComboBox()
        for value in URGENCIES:
            self.urgency.addItem(cap_word(value), value)
        self.urgency.setCurrentIndex(self.urgency.findData("Immediate"))
        self.expected = QLineEdit()
        self.expected.setPlaceholderText(self.tr("What the trainees should do (optional)"))
        self.problem = QLabel()  # what OK found missing; the dialog stays open
        self.problem.setObjectName("adhoc_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # a refusal may quote anything
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        modes = QHBoxLayout()
        modes.addWidget(self.text_mode)
        modes.addWidget(self.cap_mode)
        form.addRow(self.tr("Kind"), modes)
        form.addRow(self.tr("From agency"), self.from_agency)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("CAP headline"), self.headline)
        form.addRow(self.tr("CAP severity"), self.severity)
        form.addRow(self.tr("CAP urgency"), self.urgency)
        form.addRow(self.tr("Expected action"), self.expected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.text_mode.toggled.connect(self._sync)
        self._sync()

    @Slot()
    def _sync(self) -> None:
        text = self.text_mode.isChecked()
        self.text.setEnabled(text)
        for widget in (self.headline, self.severity, self.urgency):
            widget.setEnabled(not text)

    def accept(self) -> None:
        """OK: accepted only with what the inject needs and once it is sent; else the dialog
        says what is missing or why the send was refused, keeps what was typed and puts the
        cursor where it is needed."""
        try:
            message = self.message()
        except ValueError as exc:
            self._say(str(exc))
            (self.text if self.text_mode.isChecked() else self.headline).setFocus()
            return
        if self.send is not None:
            refusal = self.send(
                message, self.from_agency.currentData(), self.expected.text().strip()
            )
            if refusal is not None:
                self._say(refusal)
                return
        self.inject = message
        self.problem.setVisible(False)
        super().accept()

    def _say(self, problem: str) -> None:
        self.problem.setText("⚠ " + problem)
        self.problem.setVisible(True)

    def message(self) -> str | CapTemplate:
        """The inject's message.

        Raises:
            ValueError: a required field is empty (the text says which, translated).
        """
        if self.text_mode.isChecked():
            text = self.text.toPlainText().strip()
            if not text:
                raise ValueError(self.tr("Type the message text, or choose CAP alert."))
            return text
        headline = self.headline.text().strip()
        if not headline:
            raise ValueError(self.tr("Type the CAP alert's headline."))
        area = next(
            (i.message.cap.area for i in self.scenario.injects if i.message.cap is not None),
            None,
        )
        return CapTemplate.model_validate(
            {
                "incident": "ADHOC",
                "event": headline,
                "category": ["Other"],
                "urgency": self.urgency.currentData(),
                "severity": self.severity.currentData(),
                "certainty": "Likely",
                "headline": headline,
                "description": headline,
                "area": area
                or {"desc": "Exercise area", "circle": {"lat": 0.0, "lon": 0.0, "radius_km": 1}},
            }
        )
