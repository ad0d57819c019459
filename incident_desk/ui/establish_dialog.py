"""Establish command of an incident: single or unified command, one incident commander per
agency taking part (the directory's agencies), each with a tier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incident_desk.command import CommandMode, MemberSpec, Tier


class EstablishDialog(QDialog):
    """Single or unified command: one incident commander per agency taking part."""

    def __init__(
        self,
        agencies: list[dict[str, Any]],
        own: tuple[str, str],
        operator: str,
        tier_label: Callable[[Tier], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("establish_dialog")
        self.setWindowTitle(self.tr("Establish command"))
        self.mode = QComboBox()
        self.mode.setObjectName("establish_mode")
        self.mode.addItem(
            self.tr("Single command (one Incident Commander)"), CommandMode.SINGLE.value
        )
        self.mode.addItem(self.tr("Unified command (one IC per agency)"), CommandMode.UNIFIED.value)
        grid = QGridLayout()
        heads = ("", self.tr("Agency"), self.tr("Incident Commander"), self.tr("Tier"))
        for col, text in enumerate(heads):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.rows: list[tuple[QCheckBox, tuple[str, str], QLineEdit, QComboBox]] = []
        for r, a in enumerate(agencies, start=1):
            key = (a["country"], a["id"])
            check = QCheckBox()
            name = QLineEdit(operator if key == own else "")
            tier = QComboBox()
            for t in Tier:
                tier.addItem(tier_label(t), t.value)
            tier.setCurrentIndex(tier.findData(Tier.TACTICAL.value))
            check.setChecked(key == own)
            grid.addWidget(check, r, 0)
            grid.addWidget(QLabel(f"{a['country']}/{a['id']} — {a['name']}"), r, 1)
            grid.addWidget(name, r, 2)
            grid.addWidget(tier, r, 3)
            self.rows.append((check, key, name, tier))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def set_member(self, country: str, agency: str, name: str, tier: Tier = Tier.TACTICAL) -> None:
        for check, key, edit, box in self.rows:
            if key == (country, agency):
                check.setChecked(True)
                edit.setText(name)
                box.setCurrentIndex(box.findData(Tier(tier).value))

    def values(self) -> tuple[CommandMode, list[MemberSpec]]:
        members = [
            MemberSpec(key[1], key[0], edit.text().strip(), Tier(box.currentData()))
            for check, key, edit, box in self.rows
            if check.isChecked()
        ]
        return CommandMode(self.mode.currentData()), members
