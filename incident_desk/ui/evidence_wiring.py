"""Console → Export evidence package…: the core export (``incident_desk.evidence.export``)
from the window (docs/evidence.md).

The operator picks the incident (the selected one by default), says why and for which case,
and chooses a folder. The export runs on the window's ``OpRunner`` (off the GUI thread: it
signs a checkpoint and proves every entry of the incident), a busy dialog says what is being
done, and the result is said in plain words: where the file is, how many log entries it
proves against which checkpoint, and the command that checks it. The package holds the
report as HTML and as PDF (``incident_desk.ui.ics_pdf.pdf_bytes``, black on white).

An export is per incident: every log entry about it, whatever its time (a package that left
out part of an incident's history would prove less than it seems to).

One call from the window's start-up: ``install_evidence_export(window, settings)``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incident_desk.changes import Changes
from incident_desk.errors import ConfigError
from incident_desk.limits import read_pem
from incident_desk.settings import Settings

if TYPE_CHECKING:  # the export and its PDF are imported when one is made, not at start-up
    from incident_desk.evidence.export import ExportResult

log = logging.getLogger("incident_desk.ui")


@dataclass(frozen=True)
class ExportChoice:
    """What the operator chose in the dialog."""

    incident: str
    exercise_id: str | None
    reason: str
    reference: str
    folder: Path


@dataclass(frozen=True)
class Exported:
    """The core's result, and the change it made (its timeline entry) for the views."""

    result: ExportResult
    changes: Changes


def package_name(incident: str, reference: str, at: datetime) -> str:
    """``evidence-KE-INC-7-UG-DPP-2026-114-20261205-1403.zip``: safe on every file system."""
    raw = f"evidence-{incident}-{reference}-{at:%Y%m%d-%H%M%S}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw)[:150] + ".zip"


class ExportDialog(QDialog):
    """Asks for the incident, the reason, the case reference and the folder; it only asks."""

    def __init__(
        self,
        incidents: list[tuple[str, str, str | None]],
        current: str | None,
        folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_export_dialog")
        self.setWindowTitle(self.tr("Export evidence package"))
        self.incident = QComboBox()
        for key, title, exercise in incidents:
            mark = self.tr(" (EXERCISE {id})").format(id=exercise) if exercise else ""
            self.incident.addItem(f"{key} — {title}{mark}", (key, exercise))
        if current is not None:
            for i in range(self.incident.count()):
                if self.incident.itemData(i)[0] == current:
                    self.incident.setCurrentIndex(i)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. mutual legal assistance request from UG"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("the case or request number, e.g. UG-DPP-114"))
        self.folder = QLineEdit(folder)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Incident"), self.incident)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Case reference"), self.reference)
        form.addRow(self.tr("Folder"), where)
        note = QLabel(
            self.tr(
                "The package holds every log entry about the incident, whatever its time, with "
                "the proofs that it was not changed, and a report (HTML and PDF). The export "
                "itself is logged with your name, the reason and the reference."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for edit in (self.reason, self.reference, self.folder):
            edit.textChanged.connect(self._check)
        self._check()

    @Slot()
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the evidence package"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def _check(self) -> None:
        ok = bool(
            self.incident.count()
            and self.reason.text().strip()
            and self.reference.text().strip()
            and self.folder.text().strip()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> ExportChoice:
        key, exercise = self.incident.currentData()
        return ExportChoice(
            incident=key,
            exercise_id=exercise,
            reason=self.reason.text().strip(),
            reference=self.reference.text().strip(),
            folder=Path(self.folder.text().strip()).expanduser(),
        )


class EvidenceWiring(QObject):
    """The menu action, the dialog and the export for one window.

    Attributes:
        action: Console → Export evidence package….
        dialog / progress: while open (tests drive them).
        last_result: the last package written (None before the first).
    """

    def __init__(self, window: Any, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialog: ExportDialog | None = None
        self.progress: QProgressDialog | None = None
        self.last_result: ExportResult | None = None
        self._folder = str(Path.home())
        self.action = QAction(self.tr("Export evidence package…"), window)
        self.action.setObjectName("action_export_evidence")
        self.action.triggered.connect(self.ask)
        window.console_menu.addAction(self.action)
        window.actions_by_name["export_evidence"] = self.action

    def _incidents(self) -> list[tuple[str, str, str | None]]:
        model = self.window.incident_board.model
        snaps = [model.snapshot(i) for i in model.incident_ids()]
        return [(s.key, s.title, s.exercise_id) for s in snaps if s is not None]

    @Slot()
    def ask(self) -> None:
        incidents = self._incidents()
        if not incidents:
            self.window.message_bar.show_message(
                self.tr("There is no incident to export: evidence is exported per incident.")
            )
            return
        board = self.window.incident_board
        current_id = board.current_incident_id()
        current = board.model.snapshot(current_id) if current_id else None
        self.dialog = ExportDialog(
            incidents, current.key if current else None, self._folder, self.window
        )
        self.dialog.accepted.connect(self._on_accepted)
        self.dialog.open()

    @Slot()
    def _on_accepted(self) -> None:
        if self.dialog is None:
            return
        choice = self.dialog.choice()
        self.dialog = None
        self.export(choice)

    def export(self, choice: ExportChoice) -> None:
        """Run the export off the GUI thread, with a busy dialog until it is done."""
        self._folder = str(choice.folder)
        out = choice.folder / package_name(choice.incident, choice.reference, datetime.now(UTC))
        self.progress = QProgressDialog(
            self.tr(
                "Exporting the evidence package of {incident}: signing a checkpoint and "
                "proving every log entry about it…"
            ).format(incident=choice.incident),
            "",
            0,
            0,
            self.window,
        )
        self.progress.setObjectName("evidence_export_progress")
        self.progress.setCancelButton(None)  # the log entry is written first: no half export
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.window.ops.run(
            self.tr("export the evidence package"),
            lambda: self._export(choice, out),
            lambda exported: self._done(choice, exported),
            self._close_progress,
        )

    def _export(self, choice: ExportChoice, out: Path) -> Exported:
        """Worker thread: the core export; an unwritable folder is said plainly."""
        from incident_desk.evidence.config import signer_from, witness_verifiers
        from incident_desk.evidence.export import ExportRequest, export_incident
        from incident_desk.trust import TrustStore
        from incident_desk.ui.ics_pdf import pdf_bytes

        settings, identity = self.settings, self.window.console.identity
        if not choice.folder.is_dir():
            raise ConfigError(f"there is no folder {choice.folder}")
        request = ExportRequest(
            incident=choice.incident,
            reason=choice.reason,
            reference=choice.reference,
            actor=identity.operator,
            console=identity.workstation,
            exercise_id=choice.exercise_id,
            witnesses=tuple(w.vkey() for w in witness_verifiers(settings)),
            trust_store=TrustStore.load(settings.trust_store) if settings.trust_store else None,
            tsa_roots=read_pem(settings.evidence.tsa_roots, "a TSA root certificate"),
        )
        try:
            result = export_incident(
                self.window.store,
                signer_from(settings),
                request,
                out,
                tsa_url=settings.evidence.tsa_url,
                render_pdf=pdf_bytes,
            )
        except OSError as exc:
            raise ConfigError(f"cannot write {out}: {exc.strerror or exc}") from exc
        return Exported(result, Changes(timeline=(result.timeline_id,)))

    def _done(self, choice: ExportChoice, exported: Exported) -> None:
        self._close_progress()
        result = self.last_result = exported.result
        self.window.message_bar.show_message(
            self.tr(
                "Evidence package written: {path}. It proves {n} log entries of {incident} "
                "against the signed checkpoint of {size} entries; the report is inside as HTML "
                "and PDF. Anyone can check it offline with: incident-desk evidence verify {name}"
            ).format(
                path=result.path,
                n=result.entries,
                incident=choice.incident,
                size=result.checkpoint.size,
                name=result.path.name,
            )
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None


def install_evidence_export(window: Any, settings: Settings) -> EvidenceWiring:
    """Console → Export evidence package… on ``window`` (kept on the window)."""
    wiring = EvidenceWiring(window, settings)
    window.evidence_export = wiring
    return wiring
