"""The units table under a stream of moves: only the cells that changed are announced, so the
view's sort (by agency) is not redone for every move, and the table still shows each move
and status change (issue 14)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from incident_desk.command._model import UnitSnapshot
from incident_desk.ui.models.unit_table import Column, UnitFilterProxy, UnitTableModel

T0 = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


def _unit(i: int, lon: float, status: str = "available", seconds: int = 0) -> UnitSnapshot:
    return UnitSnapshot(
        id=f"nps-u{i}",
        callsign=f"UNIT-{i}",
        agency="nps" if i % 2 else "kdf",
        country="KE",
        kind="border_patrol",
        size=None,
        contact=None,
        status=status,
        lat=0.5,
        lon=lon,
        status_at=T0 + timedelta(seconds=seconds),
        exercise_id=None,
    )


def _spans(model: UnitTableModel) -> list[tuple[int, int, int, int]]:
    seen: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles=None: seen.append((a.row(), a.column(), b.row(), b.column()))
    )
    return seen


def test_moves_announce_only_position_and_time_and_the_view_shows_them(qtbot: Any) -> None:
    model = UnitTableModel()
    proxy = UnitFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.AGENCY, Qt.SortOrder.AscendingOrder)
    model.set_units([_unit(i, 34.0) for i in range(6)], {})
    spans = _spans(model)
    model.upsert([_unit(i, 34.5, seconds=1) for i in range(6)], {})
    assert spans == [(0, Column.POSITION, 5, Column.UPDATED)]  # agency (the sort) not touched
    assert "0.5000, 34.5000" in model.index(3, Column.POSITION).data()
    shown = [proxy.index(r, Column.POSITION).data() for r in range(proxy.rowCount())]
    assert all("34.5000" in text for text in shown)

    spans.clear()
    model.upsert([_unit(2, 34.5, status="en_route", seconds=2)], {})
    assert spans == [(2, Column.STATUS, 2, Column.UPDATED)]
    assert "en route" in model.index(2, Column.STATUS).data()

    spans.clear()
    model.upsert([_unit(4, 34.5, seconds=1)], {"nps-u4": "NC: Division A (assigned)"})
    assert spans == [(4, Column.ASSIGNMENT, 4, Column.ASSIGNMENT)]

    spans.clear()
    model.upsert([_unit(5, 34.5, seconds=1)], {})  # the same report again: nothing to redraw
    assert spans == []


def test_a_refresh_of_500_moves_reads_only_the_rows_on_screen(qtbot: Any, monkeypatch: Any) -> None:
    """Fitting columns to every row re-read all 500 units after each refresh (~20,000
    ``data()`` calls on the GUI thread, 5 times a second under a TAK storm)."""
    from PySide6.QtCore import QCoreApplication

    from incident_desk.ui.units_panel import UnitsPanel

    calls = [0]
    original = UnitTableModel.data

    def counted(self: UnitTableModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        calls[0] += 1
        return original(self, index, role)

    monkeypatch.setattr(UnitTableModel, "data", counted)
    panel = UnitsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.set_units([_unit(i, 34.0) for i in range(500)], [])
    panel.show()
    qtbot.waitExposed(panel)
    QCoreApplication.processEvents()
    calls[0] = 0
    panel.upsert_units([_unit(i, 34.5, seconds=1) for i in range(500)], [])
    QCoreApplication.processEvents()
    assert 0 < calls[0] < 5_000, calls[0]
    shown = panel.proxy.index(0, Column.POSITION).data()
    assert "34.5000" in shown


def test_an_assignments_state_reads_in_the_readers_language(qapp: Any) -> None:
    """The units table's assignment column said "(en route)" in English in every language."""
    from types import SimpleNamespace

    from incident_desk.command import AssignmentStatus
    from incident_desk.ui.i18n import translations
    from incident_desk.ui.units_panel import assignment_texts

    moving = SimpleNamespace(
        unit_id="nps-rdu-1",
        incident_key="NC-MALABA-01",
        element_name="Division A",
        status=AssignmentStatus.EN_ROUTE,
    )
    done = SimpleNamespace(**{**vars(moving), "status": AssignmentStatus.RELEASED})
    try:
        translations().set_language("ru")
        assert assignment_texts([moving, done]) == {
            "nps-rdu-1": "NC-MALABA-01: Division A (в пути)"
        }
    finally:
        translations().set_language("en")
    assert assignment_texts([moving]) == {"nps-rdu-1": "NC-MALABA-01: Division A (en route)"}


def test_a_units_status_is_in_sight_in_the_tab_under_the_map(qtbot: Any) -> None:
    """In the 380-pixel tab under the map (1366×768) the status was the fourth column, cut
    behind the unit's kind ("пограничный патруль") and a scroll bar."""
    from incident_desk.ui.units_panel import UnitsPanel

    panel = UnitsPanel()
    qtbot.addWidget(panel)
    panel.set_units([_unit(1, 34.1, "out_of_service"), _unit(2, 34.2)], [])
    panel.resize(380, 300)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.view.horizontalHeader()
    assert header.visualIndex(Column.STATUS) == 1  # right after the callsign
    end = header.sectionViewportPosition(Column.STATUS) + header.sectionSize(Column.STATUS)
    assert end <= panel.view.viewport().width(), (end, panel.view.viewport().width())
