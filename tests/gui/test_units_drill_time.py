"""The Units dock's "Last update" is on the wall clock for a drill's units too: a scenario
player's unit inject is dated on the exercise clock (minutes ahead in a fast drill), and the
dock showed that date beside every other wall-clock time of the console."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from incident_desk import timefmt
from incident_desk.command import CommandBoard
from incident_desk.ui.models.unit_table import Column, Roles, UnitTableModel
from tests.unit.command.build import KE, T0, Clock, console
from tests.unit.command.test_unit_report_time import EXERCISE, _inject_reports


def test_a_fast_drills_unit_shows_when_its_report_arrived(qtbot: Any, tmp_path: Path) -> None:
    clock = Clock()
    ke = console(tmp_path, KE, clock)
    board = CommandBoard(ke.store, KE, mode="exercise", exercise_id=EXERCISE, clock=clock)
    topic, payload = next(
        (t, p) for t, p in _inject_reports(base=T0) if json.loads(p)["time"] > T0.isoformat()
    )
    dated = datetime.fromisoformat(json.loads(payload)["time"])  # the exercise clock
    clock.now = T0 + (dated - T0) / 20  # played at ×20: it arrives well before that date
    board.apply_bus_event(topic, payload)
    unit_id = json.loads(payload)["unit"]
    model = UnitTableModel()
    model.set_units(board.units(), {})
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(Roles.UNIT_ID) == unit_id
    )
    shown = model.index(row, Column.UPDATED).data()
    assert timefmt.local(clock.now) in shown
    assert timefmt.local(dated) not in shown
    assert dated - clock.now > timedelta(minutes=1)
    hover = model.index(row, Column.CALLSIGN).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Report time on the exercise clock: {timefmt.local(dated)}" in hover
    ke.store.close()
