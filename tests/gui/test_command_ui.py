"""Units, assignments, command and handover through the UI, on real stores and boards.

Each ``Desk`` is one console: a SQLite store, the incident board, the command board (its
publish port collects ``(topic, payload)``), the ``Console`` and the main window without a
map. Two desks of different agencies exchange their published events by hand, as the bus
would, and converge.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

from incident_desk import timefmt
from incident_desk.changes import Changes
from incident_desk.command import (
    AssignmentStatus,
    CommandBoard,
    ElementKind,
    ProposalState,
    load_directory,
)
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.command_panel import CommandPanel
from incident_desk.ui.establish_dialog import EstablishDialog
from incident_desk.ui.handover_dialog import HandoverDialog, ProposeHandoverDialog, brief_html
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.command_tree import CommandTreeModel
from incident_desk.ui.models.unit_table import (
    UNIT_MIME_TYPE,
    Column,
    Roles,
    UnitTableModel,
    unit_from_mime,
)
from incident_desk.ui.screenshot import save_screenshot
from incident_desk.ui.shortcuts import SHORTCUTS
from incident_desk.ui.units_panel import AssignDialog
from tests.gui.fakes import wait_loaded
from tests.helpers.alerts import incoming, make_alert
from tests.unit.command.build import DIRECTORY, T0, Clock
from tests.unit.incidents.build import country_lookup

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
WAIT_MS = 3000
KE_NPS = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
UG_UPF = Identity("UG", "upf", "upf.go.ug", "Supt Okello", "ug-upf-ws1")

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    # scripted dialogues of operator actions, step by step: each action completes in its
    # click (the threaded OpRunner path is tested in test_ops.py and test_main_window.py)
    pytest.mark.usefixtures("sync_ops"),
]


class Desk:
    """One console over a real store: incident board, command board, console, window."""

    def __init__(self, qtbot: Any, tmp_path: Path, identity: Identity, clock: Clock) -> None:
        self.qtbot = qtbot
        self.clock = clock
        self.store = Store.open(f"sqlite:///{tmp_path / (identity.workstation + '.db')}")
        self.board = IncidentBoard(self.store, country_lookup, clock=clock)
        self.sent: list[tuple[str, bytes]] = []
        self.command = CommandBoard(
            self.store, identity, clock=clock, publish=lambda t, p: self.sent.append((t, p))
        )
        self.command.load_directory(load_directory(DIRECTORY))
        self.board.create_at(0.6362, 36.28, "Vehicle bomb at Malaba border post", "op")
        [incident] = self.board.list_incidents()
        self.incident = incident
        self.console = Console(self.store, identity, board=self.board, command=self.command)
        self.bridge = BusBridge()
        self.console.add_listener(self.bridge.post_changes)
        self.win = MainWindow(
            self.console,
            self.bridge,
            db_label="sqlite://",
            broker_label="b:1883",
            sound=False,
            with_map=False,
        )
        qtbot.addWidget(self.win)
        wait_loaded(qtbot, self.win)
        assert self.win.incident_board.select_incident(self.incident.id)

    @property
    def panel(self) -> CommandPanel:
        return self.win.command_panel

    def receive(self, other: Desk) -> None:
        """Apply what ``other`` published (as the bus would) and let the window refresh."""
        for topic, payload in other.sent:
            self.console.emit(self.command.apply_bus_event(topic, payload))

    def commanders(self) -> list[str]:
        return [
            text for text, status in self.panel.model.texts("commander") if status == "in command"
        ]

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def ke(qtbot: Any, tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = Desk(qtbot, tmp_path, KE_NPS, clock)
    yield d
    d.close()


@pytest.fixture
def ug(qtbot: Any, tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = Desk(qtbot, tmp_path, UG_UPF, clock)
    yield d
    d.close()


def auto(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[Any], None]
) -> list[Any]:
    """Make ``cls.exec`` fill the dialog as an operator would and press OK (no blocking)."""
    shown: list[Any] = []

    def exec_(self: Any) -> int:
        shown.append(self)
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)
    return shown


def drop_unit(drop: Any, view: Any, index: QModelIndex, mime: Any) -> tuple[bool, QDropEvent]:
    """Drag ``mime`` over ``index`` of ``view`` and drop it there, handing each event to the
    view's drop filter as Qt would deliver it (Qt only delivers drag events of a real drag
    through ``QApplication``, so they cannot be sent). Returns (move accepted, the drop)."""
    point = view.visualRect(index).center()  # QDragMoveEvent takes a QPoint, QDropEvent a QPointF
    pos = QPointF(point)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    move = QDragMoveEvent(point, *args)
    assert drop.eventFilter(view.viewport(), move)
    event = QDropEvent(pos, *args)
    assert drop.eventFilter(view.viewport(), event)
    return move.isAccepted(), event


def unit_index(desk: Desk, unit_id: str) -> QModelIndex:
    panel = desk.win.units_panel
    row = panel.model.row_of(unit_id)
    assert row is not None
    return panel.proxy.mapFromSource(panel.model.index(row, 0))


def assignment_rows(desk: Desk) -> list[tuple[str, str]]:
    return desk.panel.model.texts("assignment")


# -- models -------------------------------------------------------------------------------------


def test_unit_model_passes_the_model_tester(qtmodeltester: Any, ke: Desk) -> None:
    model = UnitTableModel()
    qtmodeltester.check(model, force_py=True)
    units = ke.command.units()
    model.set_units(units[:3], {})
    model.upsert(units, {units[0].id: "NC: Division A (assigned)"})
    assert model.unit_ids() == [u.id for u in units]
    assert model.index(0, Column.ASSIGNMENT).data() == "NC: Division A (assigned)"
    assert model.index(0, Column.STATUS).data() == "unknown"
    mime = model.mimeData([model.index(2, Column.CALLSIGN)])
    assert mime.hasFormat(UNIT_MIME_TYPE)
    assert unit_from_mime(mime) == units[2].id
    model.set_assignments({})
    assert model.index(0, Column.ASSIGNMENT).data() == ""
    qtmodeltester.check(model, force_py=True)


def test_units_panel_filters_by_agency_kind_and_status(ke: Desk) -> None:
    panel = ke.win.units_panel
    assert len(panel.shown_unit_ids()) == 7  # the example directory's units
    assert panel.set_filter(Roles.AGENCY, "nps")
    assert sorted(panel.shown_unit_ids()) == ["nps-k9-1", "nps-rdu-1"]
    assert panel.set_filter(Roles.KIND, "k9")
    assert panel.shown_unit_ids() == ["nps-k9-1"]
    assert panel.set_filter(Roles.AGENCY, "")
    assert panel.set_filter(Roles.KIND, "tactical_team")
    assert sorted(panel.shown_unit_ids()) == ["nps-rdu-1", "rnp-tac-1"]
    assert panel.set_filter(Roles.STATUS, "unknown")
    assert len(panel.shown_unit_ids()) == 2
    assert not panel.set_filter(Roles.STATUS, "on_scene")  # no unit reported it yet


def test_command_tree_model_passes_the_model_tester(
    qtmodeltester: Any, ke: Desk, clock: Clock
) -> None:
    key = ke.incident.key
    ke.command.establish(key)
    clock.tick()
    ke.command.assign(key, unit_id="nps-rdu-1", element_kind="division", element_name="Div A")
    model = CommandTreeModel()
    qtmodeltester.check(model, force_py=True)
    args = (
        ke.command.command(key),
        ke.command.assignments(key),
        ke.command.participation(key),
        ke.command.proposals(key),
        clock(),
    )
    model.rebuild(*args)
    model.rebuild(*args)  # a rebuild over a filled tree
    assert [t for t, _s in model.texts("assignment")] == ["RDU-BUSIA-1"]
    assert model.texts("element") == [("Division: Div A", "")]
    assert model.texts("commander") == [
        ("Silver (tactical) — KE/nps: Insp Kamau · Incident Commander", "in command")
    ]
    qtmodeltester.check(model, force_py=True)


# -- assign, status, release --------------------------------------------------------------------


def test_drag_a_unit_onto_an_incident_assigns_it(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, ke: Desk
) -> None:
    shown = auto(
        monkeypatch,
        AssignDialog,
        lambda d: d.fill(
            element_kind=ElementKind.DIVISION,
            element_name="Division A (border post)",
            work="Cordon 200 m around the vehicle",
            report_to="RVP Malaba weighbridge",
        ),
    )
    units = ke.win.units_panel
    mime = units.model.mimeData([units.proxy.mapToSource(unit_index(ke, "nps-rdu-1"))])
    board_view = ke.win.incident_board.view
    target = board_view.model().index(0, 0)
    with qtbot.wait_signal(ke.bridge.changes_applied, timeout=WAIT_MS) as emitted:
        moved, event = drop_unit(ke.win.incident_drop, board_view, target, mime)
    assert moved
    assert event.isAccepted()
    [dialog] = shown
    assert dialog.incident.currentData() == ke.incident.key  # pre-filled from the drop
    assert dialog.unit.currentData() == "nps-rdu-1"
    [a] = ke.command.assignments(ke.incident.key)
    assert emitted.args[0].assignments == (a.id,)
    assert (a.unit_id, a.element_kind, a.element_name, a.report_to) == (
        "nps-rdu-1",
        ElementKind.DIVISION,
        "Division A (border post)",
        "RVP Malaba weighbridge",
    )
    assert a.status is AssignmentStatus.ASSIGNED
    assert [topic for topic, _p in ke.sent] == [ke.command.topic]  # published once
    assert assignment_rows(ke) == [
        ("RDU-BUSIA-1 — Cordon 200 m around the vehicle (report to RVP Malaba weighbridge)",
         "assigned")
    ]  # fmt: skip
    assert ke.panel.model.texts("element") == [("Division: Division A (border post)", "")]
    qtbot.waitUntil(
        lambda: units.model.assignment_text("nps-rdu-1").startswith(ke.incident.key),
        timeout=WAIT_MS,
    )


def test_a_drop_without_a_unit_or_target_is_refused(
    monkeypatch: pytest.MonkeyPatch, ke: Desk
) -> None:
    shown = auto(monkeypatch, AssignDialog, lambda d: None)
    from PySide6.QtCore import QMimeData

    plain = QMimeData()
    plain.setText("nps-rdu-1")
    view = ke.win.incident_board.view
    pos = QPointF(view.visualRect(view.model().index(0, 0)).center())
    event = QDropEvent(pos, Qt.DropAction.CopyAction, plain, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    assert not ke.win.incident_drop.eventFilter(view.viewport(), event)  # not ours: Qt's
    # a unit dropped on the command tree with no incident selected has no target
    ke.win.incident_board.view.selectionModel().clearCurrentIndex()
    ke.panel.set_incident(None)
    tree = ke.panel.tree
    units = ke.win.units_panel
    mime = units.model.mimeData([units.proxy.mapToSource(unit_index(ke, "nps-k9-1"))])
    moved, dropped = drop_unit(ke.win.command_drop, tree, tree.model().index(0, 0), mime)
    assert not moved
    assert not dropped.isAccepted()
    assert shown == []
    assert ke.command.assignments() == []


def test_assign_dialog_then_en_route_on_scene_release(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, ke: Desk, clock: Clock
) -> None:
    ke.win.show()
    auto(
        monkeypatch,
        AssignDialog,
        lambda d: d.fill(
            element_kind=ElementKind.POSITION,
            element_name="Operations Section Chief",
            person="Chief Insp Wafula",
        ),
    )
    assert ke.win.actions_by_name["assign_unit"].shortcut().toString() == "Ctrl+Shift+U"
    ke.win.actions_by_name["assign_unit"].trigger()
    [a] = ke.command.assignments(ke.incident.key)
    assert (a.person, a.unit_id, a.element_kind) == (
        "Chief Insp Wafula",
        None,
        ElementKind.POSITION,
    )
    assert ke.panel.current_assignment_id() == a.id  # the new line is selected
    buttons = ke.panel.buttons
    assert [buttons[n].isEnabled() for n in ("en_route", "on_scene", "release")] == [
        True,
        False,
        True,
    ]
    for name, status in (
        ("en_route", "en route"),
        ("on_scene", "on scene"),
        ("release", "released"),
    ):
        clock.tick()
        qtbot.mouseClick(buttons[name], Qt.MouseButton.LeftButton)
        assert ke.command.assignment(a.id).status.value == status.replace(" ", "_")
        assert assignment_rows(ke) == [("Chief Insp Wafula", status)]
    assert [s.status.value for s in ke.command.assignment(a.id).history] == [
        "assigned",
        "en_route",
        "on_scene",
        "released",
    ]
    # released is final: no button offers a move, and a stale request is refused in words
    assert not any(buttons[n].isEnabled() for n in ("en_route", "on_scene", "release"))
    assert "final" in buttons["en_route"].toolTip()
    published = len(ke.sent)
    ke.panel.set_status(AssignmentStatus.EN_ROUTE)
    assert ke.win.message_bar.isVisible()
    assert ke.win.message_bar.level == "error"
    assert ke.win.message_bar.label.text() == (
        "Could not set the assignment en route: Chief Insp Wafula: the assignment is released: "
        "that is final, it cannot go to en route"
    )
    assert len(ke.sent) == published  # nothing went on the bus
    assert ke.command.assignment(a.id).status is AssignmentStatus.RELEASED


def test_participation_is_set_from_the_panel(ke: Desk) -> None:
    panel = ke.panel
    panel.participation_agency.setCurrentIndex(panel.participation_agency.findData("UG/upf"))
    panel.participation_state.setCurrentIndex(panel.participation_state.findData("alerted"))
    panel.buttons["set_participation"].click()
    assert [(p.agency, p.state.value) for p in ke.command.participation(ke.incident.key)] == [
        ("upf", "alerted")
    ]
    assert panel.model.texts("agency") == [("UG/upf", "alerted")]
    panel.participation_state.setCurrentIndex(panel.participation_state.findData("deactivated"))
    panel.buttons["set_participation"].click()  # alerted cannot go straight to deactivated
    assert ke.win.message_bar.level == "error"
    assert "cannot go from alerted to deactivated" in ke.win.message_bar.label.text()


# -- command and handover -----------------------------------------------------------------------


@pytest.mark.usefixtures("nairobi")
def test_handover_across_the_border_on_two_consoles(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, ke: Desk, ug: Desk, clock: Clock
) -> None:
    key = ke.incident.key
    assert ug.incident.key == key  # the CAP incident key is the same on every console
    auto(monkeypatch, EstablishDialog, lambda d: None)  # defaults: single, own agency
    ke.panel.buttons["establish"].click()
    assert ke.commanders() == ["Silver (tactical) — KE/nps: Insp Kamau · Incident Commander"]
    assert not ke.panel.buttons["establish"].isEnabled()

    clock.tick()
    briefs = auto(monkeypatch, ProposeHandoverDialog, lambda d: d.choose_target("UG", "upf"))
    ke.panel.buttons["propose"].click()
    [sending] = briefs
    assert sending.brief_view.isReadOnly()
    assert "Insp Kamau" in sending.brief_view.toPlainText()  # block 9: current organisation
    assert "2. Incident number: " + key in sending.brief_view.toPlainText()
    [proposal] = ke.command.proposals(key)
    assert (proposal.to_country, proposal.to_agency) == ("UG", "upf")
    assert ke.panel.model.texts("proposal") == [
        (f"KE/nps → UG/upf (answer by {ke.panel.model.texts('proposal')[0][0].split('by ')[1]}",
         "proposed")
    ]  # fmt: skip
    assert ke.panel.check_incoming() == []  # not addressed to this console's agency

    # the receiving console hears the events and shows the non-modal dialog
    ug.receive(ke)
    qtbot.waitUntil(lambda: proposal.id in ug.panel.handover_dialogs, timeout=WAIT_MS)
    dialog = ug.panel.handover_dialogs[proposal.id]
    assert isinstance(dialog, HandoverDialog)
    assert not dialog.isModal()
    assert dialog.isVisible()
    assert "Vehicle bomb at Malaba border post" in dialog.brief_view.toPlainText()
    assert "KE/nps" in dialog.summary.text()
    # in the window's one clock, as the command tree's "answer by" (not UTC beside it)
    assert f"answer by {timefmt.local(proposal.expires_at, seconds=False)}" in (
        dialog.summary.text()
    )

    clock.tick()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert proposal.id not in ug.panel.handover_dialogs
    assert ug.command.proposal(proposal.id).state is ProposalState.ACCEPTED
    expected = ["Silver (tactical) — UG/upf: Supt Okello · Incident Commander"]
    assert ug.commanders() == expected

    # the accept goes back to the proposing console: both trees show the same commander
    ke.sent.clear()
    ke.receive(ug)
    qtbot.waitUntil(lambda: ke.commanders() == expected, timeout=WAIT_MS)
    assert ke.command.commanders_at(clock()) == ug.command.commanders_at(clock())


def test_a_refused_handover_keeps_command(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, ke: Desk, ug: Desk, clock: Clock
) -> None:
    ke.console.emit(ke.command.establish(ke.incident.key).changes)
    clock.tick()
    ke.console.emit(ke.command.propose_handover(ke.incident.key, "upf", "UG").changes)
    qtbot.waitUntil(lambda: len(ke.panel.model.texts("proposal")) == 1, timeout=WAIT_MS)
    ug.receive(ke)
    qtbot.waitUntil(lambda: len(ug.panel.handover_dialogs) == 1, timeout=WAIT_MS)
    [dialog] = ug.panel.handover_dialogs.values()
    assert not dialog.refuse_button.isEnabled()  # a refusal needs its reason
    qtbot.keyClicks(dialog.reason, "No EOD team free before 14:00")
    clock.tick()
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    [p] = ug.command.proposals(ke.incident.key)
    assert (p.state, p.reason) == (ProposalState.REFUSED, "No EOD team free before 14:00")
    ke.receive(ug)
    qtbot.waitUntil(lambda: ke.panel.model.texts("proposal") == [], timeout=WAIT_MS)
    assert ke.commanders() == ["Silver (tactical) — KE/nps: Insp Kamau · Incident Commander"]


def test_the_loser_of_a_race_is_told(
    qtbot: Any, tmp_path: Path, ke: Desk, ug: Desk, clock: Clock
) -> None:
    other = Desk(
        qtbot, tmp_path, Identity("UG", "upf", "upf.go.ug", "Insp Nakato", "ug-ws2"), clock
    )
    try:
        ke.command.establish(ke.incident.key)
        clock.tick()
        ke.command.propose_handover(ke.incident.key, "upf", "UG")
        ug.receive(ke)
        other.receive(ke)
        clock.tick()
        [pid] = [p.id for p in ug.command.incoming_proposals()]
        ug.panel.accept_handover(pid, "Supt Okello", "tactical")
        clock.tick()
        other.panel.accept_handover(pid, "Insp Nakato", "tactical")  # both think they won
        other.receive(ug)
        qtbot.waitUntil(lambda: "lost to" in other.win.message_bar.label.text(), timeout=WAIT_MS)
        assert other.win.message_bar.label.text().startswith("Accept by Insp Nakato")
        assert other.win.message_bar.level == "error"
    finally:
        other.close()


def test_brief_html_shows_the_ics_201_blocks(ke: Desk, clock: Clock) -> None:
    ke.command.establish(ke.incident.key)
    text = brief_html(ke.command.brief(ke.incident.key))
    for block in (
        "1. Incident name",
        "2. Incident number",
        "5. Situation summary",
        "9. Current organisation",
        "10. Resource summary",
        "6. Prepared by",
    ):
        assert block in text  # fmt: skip


# -- exports and screenshot ---------------------------------------------------------------------


def test_export_ics_204_and_214_as_pdf_and_csv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ke: Desk, clock: Clock
) -> None:
    key = ke.incident.key
    ke.command.establish(key)
    for unit in ("nps-rdu-1", "bpu-malaba-1"):
        clock.tick()
        ke.command.assign(key, unit_id=unit, element_kind="division", element_name="Div A")
    ke.panel.refresh()
    asked: list[str] = []

    def save_as(_parent: Any, caption: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(caption)
        return str(tmp_path / name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    assert ke.panel.export_button.isEnabled()
    for name in ("204_pdf", "204_csv", "214_pdf", "214_csv"):
        ke.panel.export_actions[name].trigger()
    assert len(asked) == 4
    pdf204 = tmp_path / f"ICS-204_{key}.pdf"
    pdf214 = tmp_path / f"ICS-214_{key}.pdf"
    for pdf in (pdf204, pdf214):
        assert pdf.read_bytes().startswith(b"%PDF")
        assert pdf.stat().st_size > 1000
    csv204 = (tmp_path / f"ICS-204_{key}.csv").read_text(encoding="utf-8")
    csv214 = (tmp_path / f"ICS-214_{key}.csv").read_text(encoding="utf-8")
    for text in (csv204, csv214):
        assert "RDU-BUSIA-1" in text
        assert "SIMBA-MALABA-1" in text
        assert list(csv.reader(io.StringIO(text)))  # well-formed CSV
    assert ke.win.message_bar.label.text().endswith(f"ICS-214_{key}.csv.")


def test_export_cancelled_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ke: Desk
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert ke.panel.export("204", "pdf") is None
    assert not list(tmp_path.glob("ICS-*"))


def test_help_lists_the_command_shortcuts(ke: Desk) -> None:
    names = {name: keys for name, _t, keys in SHORTCUTS}
    assert names["assign_unit"] == ("Ctrl+Shift+U",)
    all_keys = [k for _n, _t, keys in SHORTCUTS for k in keys]
    assert len(all_keys) == len(set(all_keys))  # no shortcut is bound twice
    assert ke.win.actions_by_name["show_command"].isEnabled()


def test_screenshot_of_the_command_ui(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, ke: Desk, clock: Clock
) -> None:
    key = ke.incident.key
    ke.command.establish(key)
    for unit, element, kind in (
        ("nps-rdu-1", "Division A (border post)", "division"),
        ("nps-k9-1", "Search Group", "group"),
        ("krcs-amb-1", "Staging Malaba", "staging"),
    ):
        clock.tick()
        ke.command.assign(key, unit_id=unit, element_kind=kind, element_name=element,
                          work="as briefed", report_to="RVP Malaba")  # fmt: skip
    clock.tick()
    [first, *_] = ke.command.assignments(key)
    ke.command.set_assignment_status(first.id, "en_route")
    ke.command.set_participation(key, "alerted", agency="upf", country="UG")
    ke.console.emit(ke.command.load_directory(load_directory(DIRECTORY)))
    ke.panel.refresh()
    ke.win.resize(1600, 950)
    ke.win.show()
    qtbot.waitExposed(ke.win, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(ke.panel.model.texts("assignment")) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(  # the units panel follows the broadcast units change
        lambda: (
            ke.win.units_panel.model.assignment_text("nps-rdu-1")
            == f"{key}: Division A (border post) (en route)"
        ),
        timeout=WAIT_MS,
    )
    ke.panel.select_assignment(first.id)
    path = save_screenshot(ke.win, ARTIFACTS / "command-ui.png")
    assert path.stat().st_size > 10_000


# -- the selection follows the operator ---------------------------------------------------------


def test_selecting_an_alert_makes_its_incident_the_one_commanded(qtbot: Any, ke: Desk) -> None:
    """Selecting an alert highlights its incident on the board: that incident is then the
    selected one, so Establish, Handover and the exports act on it (issue: the command panel
    did not follow the incident that looked selected)."""
    [stored] = ke.store.write_batch([incoming(make_alert("KE-nps-0042", incidents=()))]).results
    ke.board.attach(ke.incident.id, stored.alert_id, "Insp Kamau", "ke-nps-ws1")
    ke.console.emit(Changes(alerts=(stored.alert_id,), incidents=(ke.incident.id,)))
    qtbot.waitUntil(lambda: ke.win.model.row_of(stored.alert_id) is not None, timeout=WAIT_MS)
    ke.win.incident_board.view.selectionModel().clear()
    ke.panel.set_incident(None)
    assert not ke.panel.buttons["establish"].isEnabled()

    assert ke.win.select_alert(stored.alert_id)
    assert ke.win.incident_board.current_incident_id() == ke.incident.id
    assert ke.panel.incident_key == ke.incident.key
    assert ke.panel.buttons["establish"].isEnabled()
    assert ke.panel.buttons["assign"].isEnabled()
