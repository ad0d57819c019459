"""The command panel: the command structure of the incident selected on the board.

Thin by design: every button is one ``CommandBoard`` call as this console's operator, run by
the window's ``OpRunner`` (off the GUI thread); its ``Issued.changes`` reach every view (the
board also publishes the event through its port). A refusal (``CommandError``) reaches the
operator as its ``reason``. Incoming handover proposals open a non-modal
``HandoverDialog`` ("Answer handover offer…" opens one closed unanswered); a lost race
("… lost to …" on the timeline) is said in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from incident_desk.command import (
    AssignmentStatus,
    ParticipationState,
    assignment_refusal,
)
from incident_desk.errors import IncidentDeskError
from incident_desk.exports import ics204, ics214, to_csv
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui import confirm
from incident_desk.ui.command_handovers import ANSWER_OFFER, IncomingHandovers
from incident_desk.ui.establish_dialog import EstablishDialog
from incident_desk.ui.flow import FlowLayout, WholeButton, WholeToolButton
from incident_desk.ui.handover_dialog import HandoverDialog, ProposeHandoverDialog
from incident_desk.ui.ics_pdf import write_pdf
from incident_desk.ui.models.command_tree import STATE_WORDS, CommandTreeModel, Roles
from incident_desk.ui.ops import OpRunner
from incident_desk.ui.units_panel import AssignDialog

log = logging.getLogger("incident_desk.ui")

# button name -> (text, target status)
STATUS_BUTTONS: dict[str, tuple[str, AssignmentStatus]] = {
    "en_route": (QT_TRANSLATE_NOOP("CommandPanel", "En route"), AssignmentStatus.EN_ROUTE),
    "on_scene": (QT_TRANSLATE_NOOP("CommandPanel", "On scene"), AssignmentStatus.ON_SCENE),
    "release": (QT_TRANSLATE_NOOP("CommandPanel", "Release"), AssignmentStatus.RELEASED),
}
#: an agency's participation in an incident's command, as the operator reads it
PARTICIPATION_WORDS = {
    "alerted": QT_TRANSLATE_NOOP("CommandPanel", "alerted"),
    "standing_by": QT_TRANSLATE_NOOP("CommandPanel", "standing by"),
    "active": QT_TRANSLATE_NOOP("CommandPanel", "active"),
    "deactivated": QT_TRANSLATE_NOOP("CommandPanel", "deactivated"),
    "unable": QT_TRANSLATE_NOOP("CommandPanel", "unable"),
}
EXPORTS = {"204": ics204, "214": ics214}


class CommandPanel(IncomingHandovers, QWidget):
    """Command tree, participation control and command/assignment/export buttons.

    Args:
        console: the core ``Console`` (``command``, ``identity``, ``emit``).
        incidents: (key, title) of the incidents the operator may assign to.

    Signals:
        message_requested: plain words for the operator; arguments: text, level.
    """

    message_requested = Signal(str, str)

    def __init__(
        self,
        console: Any,
        incidents: Callable[[], list[tuple[str, str]]],
        *,
        ops: OpRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("command_panel")
        self.console = console
        self.ops = ops
        self.command = console.command
        self._incidents = incidents
        self.incident_key: str | None = None
        self.handover_dialogs: dict[str, HandoverDialog] = {}
        self.pending_offers: dict[str, Any] = {}
        self._set_aside: set[str] = set()
        self._seen_lost: set[int] = set()

        self.title = QLabel(self.tr("Select an incident on the board."))
        self.title.setObjectName("command_title")
        self.title.setWordWrap(True)
        self.model = CommandTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("command_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setIndentation(14)
        self.tree.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.participation_agency = QComboBox()
        self.participation_agency.setObjectName("participation_agency")
        self.participation_state = QComboBox()
        self.participation_state.setObjectName("participation_state")
        for state in ParticipationState:
            word = PARTICIPATION_WORDS.get(state.value, state.value.replace("_", " "))
            self.participation_state.addItem(self.tr(word), state.value)

        self.buttons: dict[str, QPushButton] = {}
        rows: list[list[tuple[str, str, Callable[[], object]]]] = [
            [
                ("answer", ANSWER_OFFER, self.answer_offers),  # shown while an offer waits
                ("establish", QT_TRANSLATE_NOOP("CommandPanel", "Establish…"), self.establish),
                (
                    "propose",
                    QT_TRANSLATE_NOOP("CommandPanel", "Handover…"),
                    self.propose_handover,
                ),
                (
                    "close_command",
                    QT_TRANSLATE_NOOP("CommandPanel", "Close command"),
                    self.close_command,
                ),
                ("assign", QT_TRANSLATE_NOOP("CommandPanel", "Assign…"), self.assign),
            ],
            [(n, t, self._status_slot(n)) for n, (t, _s) in STATUS_BUTTONS.items()],
        ]
        self.export_button = WholeToolButton()
        self.export_button.setObjectName("button_export")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("ICS-204 assignment list / ICS-214 activity log"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        titles = {
            ("204", "pdf"): self.tr("ICS-204 Assignment List as PDF…"),
            ("204", "csv"): self.tr("ICS-204 Assignment List as CSV…"),
            ("214", "pdf"): self.tr("ICS-214 Activity Log as PDF…"),
            ("214", "csv"): self.tr("ICS-214 Activity Log as CSV…"),
        }
        for form in ("204", "214"):
            for fmt in ("pdf", "csv"):
                action = menu.addAction(titles[(form, fmt)])
                action.setObjectName(f"action_export_{form}_{fmt}")
                action.triggered.connect(lambda _c=False, f=form, x=fmt: self.export(f, x))
                self.export_actions[f"{form}_{fmt}"] = action
        self.export_button.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        # each group of controls flows, adding a line when the dock is narrow: in fixed rows
        # the dock under the map at 1366×768 cut "Handover…" and ran "Set" and "Export"
        # past its edge (five buttons cut in Arabic)
        part = FlowLayout()
        part.addWidget(QLabel(self.tr("Participation:")))
        part.addWidget(self.participation_agency)
        part.addWidget(self.participation_state)
        set_button = self._button(
            "set_participation", QT_TRANSLATE_NOOP("CommandPanel", "Set"), self.set_participation
        )
        part.addWidget(set_button)
        layout.addLayout(part)
        for row in rows:
            line = FlowLayout()
            for name, text, slot in row:
                line.addWidget(self._button(name, text, slot))
            layout.addLayout(line)
        line.addWidget(self.export_button)  # beside the status buttons
        self._fill_agencies()
        self._update_buttons()
        self._show_offers()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = WholeButton(self.tr(text))  # marked QT_TRANSLATE_NOOP("CommandPanel", …)
        button.setObjectName(f"button_{name}")
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    # -- data -----------------------------------------------------------------------------------
    def set_incident(self, key: str | None, title: str = "") -> None:
        """Show the command of another incident (None: none selected)."""
        self.incident_key = key
        self.title.setText(
            f"<b>{key}</b> — {title}" if key else self.tr("Select an incident on the board.")
        )
        self.refresh()

    def refresh(self) -> None:
        """Re-read the shown incident's command, assignments, participation and proposals
        (now: after this console's own action; ``CommandWiring`` reads off the GUI thread
        and calls ``show_view``)."""
        self.show_view(self.incident_key, read_view(self.command, self.incident_key))

    def show_view(self, key: str | None, view: CommandView) -> None:
        """Show what ``read_view`` read for incident ``key`` (if it is still the one shown)."""
        if key != self.incident_key:
            return  # the operator moved on while it was read
        current = self.current_assignment_id()
        self.model.rebuild(*view)
        self.tree.expandAll()
        if current is not None:
            self.select_assignment(current)
        self._update_buttons()

    def _fill_agencies(self) -> None:
        if self.command is None:
            return
        box = self.participation_agency
        chosen = box.currentData()
        box.clear()
        for a in self.command.agencies():
            box.addItem(f"{a['country']}/{a['id']}", f"{a['country']}/{a['id']}")
        box.setCurrentIndex(max(0, box.findData(chosen)))

    def reload_directory(self) -> None:
        self._fill_agencies()

    # -- selection ------------------------------------------------------------------------------
    def current_assignment_id(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        found = index.siblingAtColumn(0).data(Roles.ASSIGNMENT_ID)
        return str(found) if found else None

    def select_assignment(self, assignment_id: str) -> bool:
        index = self.model.find_assignment(assignment_id)
        if index is None:
            return False
        self.tree.setCurrentIndex(index)
        return True

    # -- operator calls -------------------------------------------------------------------------
    def _run(
        self,
        doing: str,
        call: Callable[[Any], Any],
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """One command board call through the window's ``OpRunner``; when it is done the
        panel shows the result at once and ``then(issued)`` runs."""
        board = self.command
        if board is None:
            self._say(self.tr("This console has no command board."), "error")
            return

        def done(issued: Any) -> None:
            self.refresh()
            if then is not None:
                then(issued)

        self.ops.run(doing, lambda: call(board), done)

    def _need_incident(self, what: str) -> str | None:
        if self.incident_key is None:
            self._say(self.tr("Select an incident on the board to {what}.").format(what=what))
        return self.incident_key

    @Slot()
    def establish(self) -> None:
        key = self._need_incident(self.tr("establish command"))
        if key is None or self.command is None:
            return
        ident = self.console.identity
        dialog = EstablishDialog(
            self.command.agencies(),
            (ident.country, ident.agency),
            ident.operator,
            self.command.tiers.label,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        mode, members = dialog.values()
        self._run(
            self.tr("establish command"),
            lambda b: b.establish(key, mode=mode, members=members or None, actor=ident.operator),
            lambda _issued: self._say(
                (
                    self.tr("Single command established for {key}.")
                    if mode.value == "single"
                    else self.tr("Unified command established for {key}.")
                ).format(key=key)
            ),
        )

    @Slot()
    def propose_handover(self) -> None:
        key = self._need_incident(self.tr("propose a handover"))
        if key is None or self.command is None:
            return
        ident = self.console.identity
        try:
            brief = self.command.brief(key)
        except IncidentDeskError as exc:
            self._say(
                self.tr("Could not build the handover brief: {error}").format(error=exc), "error"
            )
            return
        others = [
            a
            for a in self.command.agencies()
            if (a["country"], a["id"]) != (ident.country, ident.agency)
        ]
        dialog = ProposeHandoverDialog(brief, others, self.command.now(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._run(
            self.tr("propose the handover"),
            lambda b: b.propose_handover(
                key,
                v["to_agency"],
                v["to_country"],
                effective_at=v["effective_at"],
                expires_at=v["expires_at"],
                actor=ident.operator,
            ),
            lambda _issued: self._say(
                self.tr("Handover of {key} proposed to {target}.").format(
                    key=key, target=f"{v['to_country']}/{v['to_agency']}"
                )
            ),
        )

    @Slot()
    def close_command(self) -> None:
        key = self._need_incident(self.tr("close its command"))
        if key is None:
            return
        if not confirm.ask(
            self,
            self.tr("Close command"),
            self.tr("Close the command of {key}? Every console sees it closed.").format(key=key),
            self.tr("Close command"),
        ):
            return
        self._run(
            self.tr("close command"),
            lambda b: b.close_command(key, actor=self.console.identity.operator),
        )

    @Slot()
    def assign(self, unit_id: str | None = None, incident_key: str | None = None) -> None:
        """The assignment dialog, pre-filled with a unit and incident if given."""
        if self.command is None:
            self._say(self.tr("This console has no command board."), "error")
            return None
        incidents = self._incidents()
        if not incidents:
            self._say(self.tr("There is no incident to assign to."))
            return None
        dialog = AssignDialog(
            incidents,
            self.command.units(),
            self.command.now(),
            incident_key=incident_key or self.incident_key,
            unit_id=unit_id,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        r = dialog.request()

        def assigned(issued: Any) -> None:
            who = issued.event.data.get("callsign") or r.person or r.unit_id
            self._say(
                self.tr("{who} assigned to {key}: {element}.").format(
                    who=who, key=r.incident_key, element=r.element_name
                )
            )
            if r.incident_key == self.incident_key:
                self.select_assignment(issued.event.id)

        self._run(
            self.tr("assign"),
            lambda b: b.assign(
                r.incident_key,
                unit_id=r.unit_id,
                person=r.person,
                element_kind=r.element_kind,
                element_name=r.element_name,
                work=r.work,
                report_to=r.report_to,
                report_at=r.report_at,
                actor=self.console.identity.operator,
            ),
            assigned,
        )

    def set_status(self, target: AssignmentStatus) -> None:
        assignment_id = self.current_assignment_id()
        if assignment_id is None:
            self._say(self.tr("Select an assignment in the command tree first."))
            return
        self._run(
            self.tr("set the assignment {status}").format(
                status=QCoreApplication.translate("CommandTree", STATE_WORDS[target.value])
            ),
            lambda b: b.set_assignment_status(
                assignment_id, target, actor=self.console.identity.operator
            ),
        )

    @Slot()
    def set_participation(self) -> None:
        key = self._need_incident(self.tr("set an agency's participation"))
        target = self.participation_agency.currentData()
        if key is None or target is None:
            return
        country, agency = str(target).split("/", 1)
        state = ParticipationState(self.participation_state.currentData())
        self._run(
            self.tr("set {agency} {state}").format(
                agency=f"{country}/{agency}",
                state=self.tr(PARTICIPATION_WORDS.get(state.value, state.value)),
            ),
            lambda b: b.set_participation(
                key, state, agency=agency, country=country, actor=self.console.identity.operator
            ),
        )

    @Slot()
    def export(self, form: str, fmt: str) -> Path | None:
        """ICS-204 or ICS-214 of the shown incident as PDF or CSV, to a file the operator
        chooses. Exercise incidents carry the EXERCISE marker (the exports do it)."""
        key = self._need_incident(self.tr("export its ICS-{form}").format(form=form))
        if key is None or self.command is None:
            return None
        suffix = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export ICS-{form} of {key}").format(form=form, key=key),
            f"ICS-{form}_{key}.{fmt}",
            suffix,
        )
        if not path:
            return None
        try:  # the form in the operator's language
            filled = EXPORTS[form](self.command, key, translate=QCoreApplication.translate)
            if fmt == "pdf":
                write_pdf(filled, path)
            else:
                Path(path).write_text(to_csv(filled), encoding="utf-8", newline="")
        except (OSError, IncidentDeskError) as exc:
            self._say(
                self.tr("Could not export ICS-{form}: {error}").format(form=form, error=exc),
                "error",
            )
            return None
        self._say(
            self.tr("ICS-{form} of {key} written to {path}.").format(form=form, key=key, path=path)
        )
        return Path(path)

    # -- helpers --------------------------------------------------------------------------------
    def _status_slot(self, name: str) -> Callable[[], None]:
        target = STATUS_BUTTONS[name][1]
        return lambda: self.set_status(target)

    def _say(self, text: str, level: str = "info") -> None:
        self.message_requested.emit(text, level)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        board, key_ = self.command, self.incident_key
        has, key = board is not None, key_ is not None
        command = board.command(key_) if board is not None and key_ is not None else None
        open_ = command is not None and command.open
        self.buttons["establish"].setEnabled(has and key and not open_)
        self.buttons["propose"].setEnabled(open_)
        self.buttons["close_command"].setEnabled(open_)
        self.buttons["assign"].setEnabled(has)
        self.buttons["set_participation"].setEnabled(has and key)
        self.export_button.setEnabled(has and key)
        index = self.tree.currentIndex()
        status = index.siblingAtColumn(0).data(Roles.STATUS) if index.isValid() else None
        is_assignment = index.isValid() and index.siblingAtColumn(0).data(Roles.ASSIGNMENT_ID)
        for name, (_text, target) in STATUS_BUTTONS.items():
            refusal = (
                assignment_refusal(AssignmentStatus(status), target)
                if is_assignment and status
                else self.tr("select an assignment")
            )
            self.buttons[name].setEnabled(refusal is None)  # valid transitions only
            self.buttons[name].setToolTip(refusal or "")


CommandView = tuple[Any, list[Any], list[Any], list[Any], datetime]
"""What the command tree shows: command, assignments, participation, proposals, now."""


def read_view(board: Any, key: str | None) -> CommandView:
    """Read the command tree of incident ``key`` (any thread: the board reads the store)."""
    if board is None or key is None:
        return (None, [], [], [], _now(board))
    return (
        board.command(key),
        list(board.assignments(key)),
        list(board.participation(key)),
        list(board.proposals(key)),
        board.now(),
    )


def _now(board: Any) -> datetime:
    return board.now() if board is not None else datetime.now(UTC)
