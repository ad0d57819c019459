"""Questions that guard an irreversible or disruptive step: quit while alarms sound or a
drill runs, ENDEX, closing an incident or its command.

One function, so every such question looks and reads the same (the safe answer is the
default button) and GUI tests can answer it for the operator.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
    """Ask ``text``; True only if the operator pressed ``confirm`` (Cancel is the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
