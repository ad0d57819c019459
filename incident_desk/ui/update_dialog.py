"""Map → Publish update…: the CAP Update for the selected incident, with its cordons.

``UpdateAction`` is the window's action (Map menu, the incident board's context menu,
``Ctrl+Shift+P``); it is disabled, saying why in its tooltip and status tip, while the
selected incident cannot take an Update (``incident_update.update_refusal``). Triggered, it
reads the plan on the store feed's worker (``Console.update_plan``) and opens
``UpdateDialog``: headline, instruction, severity, urgency and certainty prefilled from the
latest alert in force, the areas that will go out (the alert's and every cordon), and an
EXERCISE marker in a drill. Publish runs ``Console.publish_update`` through the window's
``OpRunner``. The window holds no rule of its own: the core decides and builds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incident_desk import cap
from incident_desk.errors import IncidentDeskError, StoreError
from incident_desk.incident_update import UpdateEdits, UpdatePlan, update_refusal
from incident_desk.ui.cap_words import cap_word
from incident_desk.ui.ops import refusal_text


class UpdateDialog(QDialog):
    """The operator's last look at an Update before it goes out (edits, areas, traffic)."""

    def __init__(self, plan: UpdatePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("update_dialog")
        self.plan = plan
        incident = plan.incident
        self.setWindowTitle(self.tr("Publish update for {key}").format(key=incident.key))
        info = plan.info
        layout = QVBoxLayout(self)
        self.exercise_marker: QLabel | None = None
        if plan.exercise_id is not None:
            marker = QLabel(
                self.tr(
                    "EXERCISE {exercise}: this Update goes to the drill's participants only"
                ).format(exercise=plan.exercise_id)
            )
            marker.setObjectName("update_exercise_marker")
            marker.setStyleSheet(
                "background: #5b2a86; color: white; font-weight: bold; padding: 4px;"
            )
            layout.addWidget(marker)
            self.exercise_marker = marker
        layout.addWidget(
            QLabel(self.tr("{key}: {title}").format(key=incident.key, title=incident.title))
        )
        form = QFormLayout()
        self.headline = QLineEdit(plan.headline)
        self.headline.setObjectName("update_headline")
        self.headline.setMaxLength(150)
        form.addRow(self.tr("Headline"), self.headline)
        self.instruction = QPlainTextEdit(info.instruction or "")
        self.instruction.setObjectName("update_instruction")
        self.instruction.setFixedHeight(self.instruction.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Instruction"), self.instruction)
        self.severity = self._combo("update_severity", cap.Severity, info.severity)
        form.addRow(self.tr("Severity"), self.severity)
        self.urgency = self._combo("update_urgency", cap.Urgency, info.urgency)
        form.addRow(self.tr("Urgency"), self.urgency)
        self.certainty = self._combo("update_certainty", cap.Certainty, info.certainty)
        form.addRow(self.tr("Certainty"), self.certainty)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Areas that go out:")))
        self.areas = QListWidget()
        self.areas.setObjectName("update_areas")
        for area in plan.base_areas:
            self.areas.addItem(self.tr("{name} (from the alert)").format(name=area.area_desc))
        for drawn in plan.cordons:
            if drawn.shape == "circle" and drawn.radius_m is not None:
                text = self.tr("{name}: cordon, circle of {radius} m").format(
                    name=drawn.label, radius=f"{drawn.radius_m:.0f}"
                )
            else:
                text = self.tr("{name}: cordon, polygon of {count} corners").format(
                    name=drawn.label, count=len(drawn.points) - 1
                )
            self.areas.addItem(text)
        layout.addWidget(self.areas)
        references = QLabel(
            self.tr("Updates {count} alert(s) in force; latest {identifier} from {sender}.").format(
                count=len(plan.current),
                identifier=plan.latest.alert.identifier,
                sender=plan.latest.alert.sender,
            )
        )
        references.setWordWrap(True)
        layout.addWidget(references)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        publish = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        publish.setText(self.tr("Publish"))
        publish.setObjectName("update_publish")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.headline.textChanged.connect(lambda text: publish.setEnabled(bool(text.strip())))

    def _combo(self, name: str, kind: Any, current: Any) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for member in kind:
            combo.addItem(cap_word(member.value), member.value)
        combo.setCurrentIndex(max(0, combo.findData(current.value)))
        return combo

    def edits(self) -> UpdateEdits:
        """What the operator chose (the core adds the exercise marking where it belongs)."""
        return UpdateEdits(
            headline=self.headline.text().strip(),
            instruction=self.instruction.toPlainText().strip(),
            severity=self.severity.currentData(),
            urgency=self.urgency.currentData(),
            certainty=self.certainty.currentData(),
        )


class UpdateAction(QObject):
    """The window's "Publish update…" action and its dialog (``window``: the main window)."""

    def __init__(self, window: Any, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.action = action
        self.dialog: UpdateDialog | None = None
        board = window.incident_board
        view = board.view
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(action)
        board.incident_selected.connect(lambda _id: self.refresh())
        board.model.dataChanged.connect(lambda *_a: self.refresh())
        board.model.modelReset.connect(self.refresh)
        self.refresh()

    def _incident_id(self) -> int | None:
        incident_id: int | None = self.window.incident_board.current_incident_id()
        return incident_id

    def refusal(self) -> str | None:
        """Why the action is disabled now (words for the operator), None when enabled."""
        console = self.window.console
        if console.board is None or not hasattr(console, "publish_update"):
            return self.tr("This console cannot publish CAP Updates (no incident board).")
        incident_id = self._incident_id()
        snap = (
            self.window.incident_board.model.snapshot(incident_id)
            if incident_id is not None
            else None
        )
        if snap is None:
            return self.tr("Select an incident on the board to publish an update for it.")
        reason = update_refusal(snap, console.exercise_id)
        if reason is None:
            return None
        return self.tr("Cannot publish an update: {reason}").format(reason=refusal_text(reason))

    @Slot()
    def refresh(self) -> None:
        reason = self.refusal()
        self.action.setEnabled(reason is None)
        tip = reason or self.tr(
            "Publish a CAP Update for the selected incident with its cordons (Ctrl+Shift+P)"
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    @Slot()
    def trigger(self) -> None:
        """Read the plan off the GUI thread, then open the dialog."""
        reason = self.refusal()
        incident_id = self._incident_id()
        if reason is not None or incident_id is None:
            self.window.message_bar.show_message(reason or "", "error")
            return
        console = self.window.console
        self.window.feed.read(
            lambda: console.update_plan(incident_id), self._open, self._read_failed
        )

    def _read_failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.window.database_banner.set_error(str(exc))
        elif isinstance(exc, IncidentDeskError):
            self.window.message_bar.show_message(
                self.tr("Cannot publish an update: {reason}").format(
                    reason=refusal_text(getattr(exc, "reason", None) or str(exc))
                ),
                "error",
            )
        else:
            self.window.feed_view.on_read_failed(exc)

    def _open(self, plan: UpdatePlan) -> None:
        dialog = UpdateDialog(plan, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._publish(plan, dialog.edits()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def _publish(self, plan: UpdatePlan, edits: UpdateEdits) -> None:
        console = self.window.console
        incident_id = plan.incident.id

        def done(_changes: Any) -> None:
            self.window.message_bar.show_message(
                self.tr("Update for {key} published with {count} cordon(s).").format(
                    key=plan.incident.key, count=len(plan.cordons)
                )
            )

        self.window.ops.run(
            self.tr("publish the update"),
            lambda: console.publish_update(incident_id, edits),
            done,
            announce=False,
        )
