"""The pseudo-locale on a working console: a real SQLite store with an incident under
command, units from the directory, an alarm on the board, timeline entries, and the dialogs an
operator opens (establish command, assign, hand over, shelve, confirm). Every visible text
must have gone through translation; data (callsigns, agencies, names, keys) is exempt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from incident_desk.alarms import AlarmBoard
from incident_desk.command import CommandBoard, load_directory
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.command_panel import EstablishDialog
from incident_desk.ui.handover_dialog import ProposeHandoverDialog
from incident_desk.ui.i18n import PSEUDO, translations
from incident_desk.ui.language_menu import install_language_menu
from incident_desk.ui.layout import open_settings
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.units_panel import AssignDialog
from tests.gui.fakes import wait_loaded
from tests.gui.textwalk import findings
from tests.helpers.alarms import FakeClock, alert, put
from tests.unit.command.build import DIRECTORY, T0, Clock
from tests.unit.incidents.build import country_lookup

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("sync_ops")]

KE_NPS = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
TITLE = "Vehicle bomb at Malaba border post"


@pytest.fixture
def pseudo() -> Iterator[None]:
    tr = translations()
    tr.set_language(PSEUDO)
    yield
    tr.set_language("en")


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path, pseudo: None) -> Iterator[MainWindow]:
    clock = Clock(T0)
    store = Store.open(f"sqlite:///{tmp_path / 'ke.db'}")
    board = IncidentBoard(store, country_lookup, clock=clock)
    command = CommandBoard(store, KE_NPS, clock=clock, publish=lambda _t, _p: None)
    command.load_directory(load_directory(DIRECTORY))
    board.create_at(0.6362, 36.28, TITLE, "op")
    console = Console(store, KE_NPS, board=board, command=command)
    alarms = AlarmBoard(store, console="ke-nps-ws1", clock=FakeClock())
    bridge = BusBridge()
    console.add_listener(bridge.post_changes)
    win = MainWindow(
        console,
        bridge,
        db_label="sqlite://",
        broker_label="b:1883",
        alarm_board=alarms,
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    install_language_menu(win, open_settings())
    win.resize(1366, 768)
    win.show()
    wait_loaded(qtbot, win)
    console.emit(put(store, alert("A1")))  # the hub applies it to the alarm board
    [incident] = board.list_incidents()
    assert win.incident_board.select_incident(incident.id)
    yield win
    win.close()
    store.close()


def data_values(win: MainWindow) -> list[str]:
    """Names, callsigns, agencies and titles from the directory and the store: data."""
    values = [TITLE, "Insp Kamau", "sqlite://", "b:1883", "Extreme threat A1", "op"]
    units = win.units_panel.model
    for r in range(units.rowCount()):
        for c in range(units.columnCount()):
            value = units.index(r, c).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and c in (0, 1, 2):  # callsign, agency, kind
                values.append(value)
    directory = load_directory(DIRECTORY)
    values += [a.name for a in directory.agencies] + [a.id for a in directory.agencies]
    values += [u.contact or "" for u in directory.units]
    return values


def walk_dialogs(monkeypatch: pytest.MonkeyPatch, found: list[str], data: list[str]) -> None:
    """Each modal dialog is walked when it would block, then cancelled."""

    def exec_(self: QDialog) -> int:
        self.show()
        found.extend(str(f) for f in findings(self, data))
        self.hide()
        return QDialog.DialogCode.Rejected

    for cls in (EstablishDialog, AssignDialog, ProposeHandoverDialog, QMessageBox):
        monkeypatch.setattr(cls, "exec", exec_)


def test_a_working_console_under_the_pseudo_locale(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, desk: MainWindow
) -> None:
    win = desk
    data = data_values(win)
    found: list[str] = []
    walk_dialogs(monkeypatch, found, data)
    win.command_panel.buttons["establish"].click()
    win.command_panel.buttons["assign"].click()
    win.request_quit()  # the confirmation (alarms sound): walked, then cancelled
    panel = win.alarm_hub.panel if win.alarm_hub is not None else None
    assert panel is not None
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0, timeout=5000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.shelve_button.click()
    assert panel.shelve_dialog is not None
    found += [str(f) for f in findings(panel.shelve_dialog, data)]
    panel.shelve_dialog.reject()
    for dock in (win.units_dock, win.command_dock, win.timeline_dock, win.alarm_dock):
        if dock is not None:
            dock.show()
            dock.raise_()
    found += [str(f) for f in findings(win, data)]
    assert found == [], "\n".join(found)
