"""The filter bar above the alert queue: free text, severity toggles, urgency and facets.

One row holds what operators use all the time (text, severities, "Unacknowledged"); the
rarely used facets (urgency, category, status, country, agency, incident) sit on a second
row behind "More filters", so the queue fits a 1366-pixel screen beside its docks.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incident_desk.cap import SEVERITIES, Category, Status, Urgency
from incident_desk.ui.cap_words import cap_word, short_severity
from incident_desk.ui.models.alert_filter import AlertFilterProxy


class AlertFilterBar(QWidget):
    """Drives an ``AlertFilterProxy``; every control maps to one proxy setter.

    ``more`` (a checkable "More filters" button) shows or hides ``more_row``; it names how
    many of the hidden facets are set, so a forgotten filter is never invisible.
    """

    def __init__(self, proxy: AlertFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self.text = QLineEdit()
        self.text.setObjectName("filter_edit")
        self.text.setPlaceholderText(self.tr("Filter: headline, event, sender, incident (Ctrl+F)"))
        self.text.setToolTip(
            self.tr("Filter: headline, event, sender, identifier, incident (Ctrl+F)")
        )
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(90)
        self.text.textChanged.connect(proxy.set_text)
        main = QHBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(3)
        main.addWidget(self.text, 1)
        self.severity_buttons: dict[str, QToolButton] = {}
        for name in SEVERITIES:
            button = QToolButton()
            # the button says the word short where the language's is long (tooltip: in full)
            button.setText(short_severity(name))
            button.setCheckable(True)
            button.setToolTip(self._severity_tip(name))
            button.toggled.connect(self._on_severity_toggled)
            self.severity_buttons[name] = button
            main.addWidget(button)
        self.unacknowledged = QCheckBox(self.tr("Unacked"))
        self.unacknowledged.setToolTip(
            self.tr("Show only alerts still waiting for an acknowledgement")
        )
        self.unacknowledged.toggled.connect(proxy.set_unacknowledged_only)
        main.addWidget(self.unacknowledged)
        self.latest = QCheckBox(self.tr("Latest only"))
        self.latest.setObjectName("latest_only")
        self.latest.setToolTip(
            self.tr(
                "Collapse alert chains: hide the versions that a later Update or Cancel "
                "replaced (the detail's History tab shows the whole chain)"
            )
        )
        self.latest.toggled.connect(proxy.set_latest_only)
        main.addWidget(self.latest)
        self.more = QToolButton()
        self.more.setObjectName("more_filters")
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("Urgency, category, status, country, agency, incident"))
        self.more.toggled.connect(self._on_more_toggled)
        main.addWidget(self.more)

        self.urgency = self._combo(
            self.tr("Any urgency"), [u.value for u in Urgency], proxy.set_urgencies, multi=True
        )
        self.category = self._combo(
            self.tr("Any category"), [c.value for c in Category], proxy.set_category
        )
        self.status = self._combo(
            self.tr("Any status"), [s.value for s in Status], proxy.set_status
        )
        self.country = self._line(self.tr("Country"), proxy.set_country, 70)
        self.agency = self._line(self.tr("Agency"), proxy.set_agency, 80)
        self.incident = self._line(self.tr("Incident"), proxy.set_incident, 110)
        self.more_row = QWidget()
        self.more_row.setObjectName("more_filters_row")
        extra = QHBoxLayout(self.more_row)
        extra.setContentsMargins(0, 0, 0, 0)
        extra.setSpacing(3)
        for widget in (
            self.urgency,
            self.category,
            self.status,
            self.country,
            self.agency,
            self.incident,
        ):
            extra.addWidget(widget)
        extra.addStretch(1)
        self.more_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(main)
        layout.addWidget(self.more_row)
        self._update_more()

    def _combo(self, any_text: str, values: list[str], setter, *, multi: bool = False) -> QComboBox:  # type: ignore[no-untyped-def]
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        combo.addItem(any_text, "")
        for v in values:
            combo.addItem(cap_word(v), v)  # shown translated, filtered by the code value

        def apply(_index: int) -> None:
            value = combo.currentData() or ""
            setter({value} if (multi and value) else (set() if multi else value))
            self._update_more()

        combo.currentIndexChanged.connect(apply)
        return combo

    def _line(self, placeholder: str, setter, width: int) -> QLineEdit:  # type: ignore[no-untyped-def]
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(width)
        edit.textChanged.connect(setter)
        edit.textChanged.connect(self._update_more)
        return edit

    def hidden_filters(self) -> int:
        """How many of the "More filters" facets are set."""
        combos = (self.urgency, self.category, self.status)
        edits = (self.country, self.agency, self.incident)
        return sum(1 for c in combos if c.currentIndex() > 0) + sum(
            1 for e in edits if e.text().strip()
        )

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py). The facets' CAP words are said
        again from their code values: the English "Unknown" is both a severity button's short
        form and a CAP word in the lists below it, which the lists' owner (this bar) cannot
        tell apart (a switch gave the urgency list Russian's "Неизв.")."""
        for combo in (self.urgency, self.category, self.status):
            for i in range(1, combo.count()):  # entry 0: "Any …"
                combo.setItemText(i, cap_word(combo.itemData(i)))
        # the severity buttons' tooltips name the severity in full (read back, "Extreme" was
        # the short form as the board says it: "Чрезв.")
        for name, button in self.severity_buttons.items():
            button.setToolTip(self._severity_tip(name))
        self._update_more()

    def _severity_tip(self, name: str) -> str:
        return self.tr("Show only checked severities ({severity})").format(severity=cap_word(name))

    @Slot()
    def _update_more(self) -> None:
        count = self.hidden_filters()
        self.more.setText(
            self.tr("More filters ({n})").format(n=count) if count else self.tr("More filters")
        )

    @Slot(bool)
    def _on_more_toggled(self, checked: bool) -> None:
        self.more_row.setVisible(checked)

    @Slot(bool)
    def _on_severity_toggled(self, _checked: bool) -> None:
        self._proxy.set_severities(n for n, b in self.severity_buttons.items() if b.isChecked())

    @Slot()
    def focus_text(self) -> None:
        self.text.setFocus()
        self.text.selectAll()
