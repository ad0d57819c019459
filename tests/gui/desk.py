"""A working console for the language tests: a real SQLite store, an incident, the
directory's units, the alarm board with one alarm, and the Language menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from incident_desk.alarms import AlarmBoard
from incident_desk.command import CommandBoard, load_directory
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.language_menu import install_language_menu
from incident_desk.ui.layout import open_settings
from incident_desk.ui.main_window import MainWindow
from tests.gui.fakes import wait_loaded
from tests.helpers.alarms import FakeClock, alert, put
from tests.unit.command.build import DIRECTORY, T0, Clock
from tests.unit.incidents.build import country_lookup

KE_NPS = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
TITLE = "Vehicle bomb at Malaba border post"


def build_desk(qtbot: Any, tmp_path: Path, *, directory: bool = True) -> tuple[MainWindow, Store]:
    """The window (shown, 1366×768, loaded) and its store; the caller closes both
    (``directory``: the agency and unit directory loaded, as a configured console has it)."""
    clock = Clock(T0)
    store = Store.open(f"sqlite:///{tmp_path / 'ke.db'}")
    board = IncidentBoard(store, country_lookup, clock=clock)
    command = CommandBoard(store, KE_NPS, clock=clock, publish=lambda _t, _p: None)
    if directory:
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
    return win, store
