"""The Units dock at 1366×768 (the tab under the map, ~360 pixels): callsign, status, last
update and assignment read without scrolling, English and Arabic; "Last update" says the
time of day for today's reports and the date for older ones, the whole instant on hover.
The operator review found "2026-12-07 …" even at 1920 and the time and the assignment
behind a horizontal scroll bar at 1366."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from incident_desk import timefmt
from incident_desk.command._model import UnitSnapshot
from incident_desk.ui.app import apply_theme
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.unit_table import Column, UnitFilterProxy, UnitTableModel
from tests.gui.desk import build_desk
from tests.gui.test_fit_1366 import choose

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("sync_ops")]

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
ASSIGNED = "NC-MALABA-01: Division A (en route)"


@pytest.fixture
def desk(qtbot: Any, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    """The console in its dark theme, its directory's units in the Units dock."""
    before = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_theme(qapp, "dark")
    win, store = build_desk(qtbot, tmp_path)
    yield win
    win.close()
    store.close()
    qapp.setStyleSheet(before[0])
    qapp.setPalette(before[1])
    qapp.setStyle(before[2])


def _feed(win: MainWindow) -> UnitSnapshot:
    """The directory's units as the dock shows them after today's reports: the longest
    callsign is en route and assigned, another on scene; the rest have not reported."""
    model = win.units_panel.model
    model.clock = lambda: NOW
    units = [model.unit(i) for i in model.unit_ids()]
    longest = max(units, key=lambda u: len(u.callsign))
    other = next(u for u in units if u is not longest)
    reports = {
        longest.id: {"status": "en_route", "lat": 0.6361, "lon": 34.2795},
        other.id: {"status": "on_scene"},
    }
    when = {"status_at": NOW - timedelta(hours=1), "reported_at": NOW - timedelta(hours=1)}
    fed = [u.model_copy(update={**reports[u.id], **when}) if u.id in reports else u for u in units]
    model.set_units(fed, {longest.id: ASSIGNED})
    return longest


def _room(win: MainWindow) -> int:
    view = win.units_panel.view
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_who_what_state_since_when_and_doing_what_read_without_scrolling_at_1366(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    win = desk
    choose(win, code)
    win.resize(1366, 768 - 60)
    win.layout_keeper.size_docks()
    win.units_dock.show()
    win.units_dock.raise_()
    longest = _feed(win)
    panel = win.units_panel
    view, header = panel.view, panel.view.horizontalHeader()
    qtbot.waitUntil(lambda: panel.isVisible() and view.viewport().width() > 0, timeout=2000)
    qtbot.wait(50)  # the deferred column fit
    assert win.units_dock.width() < 400  # the tab under the map
    viewport = view.viewport().width()
    margin = _room(win)
    metrics = QFontMetrics(view.font())
    for column in (Column.CALLSIGN, Column.STATUS, Column.UPDATED, Column.ASSIGNMENT):
        left = header.sectionViewportPosition(column)
        assert left >= 0, (code, column.name, left)
        assert left + header.sectionSize(column) <= viewport, (code, column.name)
    for column in (Column.CALLSIGN, Column.STATUS, Column.UPDATED):
        for row in range(panel.proxy.rowCount()):
            text = panel.proxy.index(row, column).data()
            assert metrics.horizontalAdvance(text) + margin <= header.sectionSize(column), text
    # the assignment: its incident key at least, whole on hover
    key = ASSIGNED.split(":")[0]
    assert metrics.horizontalAdvance(key) + margin <= header.sectionSize(Column.ASSIGNMENT)
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 0).data() == (longest.callsign)
    )
    hover = panel.proxy.index(row, Column.ASSIGNMENT).data(Qt.ItemDataRole.ToolTipRole)
    assert ASSIGNED in hover
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_at_1920_an_older_reports_date_and_time_read_whole(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    """At 1920×1080 the Arabic dock cut "Last update" to "2026-12-07 …"."""
    win = desk
    choose(win, code)
    win.resize(1920, 1080 - 60)
    win.layout_keeper.size_docks()
    win.units_dock.show()
    win.units_dock.raise_()
    longest = _feed(win)
    model = win.units_panel.model
    old = model.unit(longest.id).model_copy(update={"reported_at": NOW - timedelta(days=2)})
    model.upsert([old], {longest.id: ASSIGNED})
    panel = win.units_panel
    view, header = panel.view, panel.view.horizontalHeader()
    qtbot.waitUntil(lambda: panel.isVisible() and view.viewport().width() > 400, timeout=2000)
    qtbot.wait(50)  # the deferred column fit
    metrics, margin = QFontMetrics(view.font()), _room(win)
    shown = [panel.proxy.index(r, Column.UPDATED).data() for r in range(panel.proxy.rowCount())]
    assert timefmt.local(NOW - timedelta(days=2)) in "".join(shown)
    for column in (Column.CALLSIGN, Column.STATUS, Column.UPDATED):
        for row in range(panel.proxy.rowCount()):
            text = panel.proxy.index(row, column).data()
            assert metrics.horizontalAdvance(text) + margin <= header.sectionSize(column), text
        left = header.sectionViewportPosition(column)
        assert 0 <= left <= left + header.sectionSize(column) <= view.viewport().width()


def _unit(reported: datetime) -> UnitSnapshot:
    return UnitSnapshot(
        id="nps-u1",
        callsign="SIMBA-MALABA-1",
        agency="bpu",
        country="KE",
        kind="border_patrol",
        size=None,
        contact=None,
        status="en_route",
        lat=0.6361,
        lon=34.2795,
        status_at=reported,
        exercise_id=None,
        reported_at=reported,
    )


def test_last_update_says_the_hour_today_and_the_date_before(qtbot: Any) -> None:
    now = NOW
    model = UnitTableModel()
    model.clock = lambda: now
    today, yesterday = now - timedelta(hours=1), now - timedelta(days=1, minutes=5)
    model.set_units([_unit(today)], {})
    cell = model.index(0, Column.UPDATED)
    assert cell.data() == timefmt.time_of_day(today)
    assert f"Last update: {timefmt.local(today)}" in cell.data(Qt.ItemDataRole.ToolTipRole)
    model.set_units([_unit(yesterday)], {})
    assert model.index(0, Column.UPDATED).data() == timefmt.local(yesterday)
    # after midnight, the stale check redraws today's times with their date
    model.set_units([_unit(today)], {})
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.clock = lambda: now + timedelta(days=1)
        model.refresh_stale()
    assert changed.args[0].column() <= Column.UPDATED <= changed.args[1].column()
    assert model.index(0, Column.UPDATED).data() == timefmt.local(today)


def test_last_update_sorts_by_its_instant_not_its_text(qtbot: Any) -> None:
    """ "09:00 UTC" (today) is later than "2026-12-06 23:00:00 UTC" (yesterday)."""
    model = UnitTableModel()
    model.clock = lambda: NOW
    early = _unit(NOW - timedelta(hours=3)).model_copy(update={"id": "a", "callsign": "A"})
    late = _unit(NOW - timedelta(hours=13)).model_copy(update={"id": "b", "callsign": "B"})
    model.set_units([early, late], {})
    proxy = UnitFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.UPDATED, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.CALLSIGN).data() for r in range(2)] == ["B", "A"]
