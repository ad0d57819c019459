"""A unit whose TAK position report went stale, in the real map page (QtWebEngine, offline):
the feature ``mapfeed.unit_features`` builds carries ``stale`` and the page draws the marker
with the grey ``idesk-stale`` style (resources/map/idesk_map.css)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from incident_desk.command import UnitSnapshot

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.mapfeed import unit_features
from incident_desk.ui.map_view import MapView
from tests.gui.test_map_view import JS_TIMEOUT_MS, _js, map_view, pytestmark  # noqa: F401

STALE_AT = datetime(2026, 12, 5, 9, 14, tzinfo=UTC)


def _unit(unit_id: str, stale_at: datetime | None) -> UnitSnapshot:
    return UnitSnapshot(
        id=unit_id, callsign=unit_id.upper(), agency="nps", country="KE", kind="patrol",
        size=None, contact=None, status=None, lat=0.6362, lon=34.28,
        status_at=STALE_AT - timedelta(minutes=2), exercise_id=None,
        position_source="tak:ANDROID-1" if stale_at else None, position_stale_at=stale_at,
    )  # fmt: skip


def test_a_stale_unit_is_drawn_grey_and_a_current_one_is_not(
    qtbot: Any,
    map_view: MapView,  # noqa: F811  (the fixture of test_map_view.py)
) -> None:
    now = STALE_AT + timedelta(minutes=5)
    features = unit_features(
        [_unit("rdu-1", STALE_AT), _unit("rdu-2", now + timedelta(minutes=1))], now=now
    )
    with qtbot.waitSignal(map_view.batch_applied, timeout=JS_TIMEOUT_MS):
        map_view.push(features, [])
    classes = _js(
        qtbot,
        map_view,
        "[idesk.layerOf('unit:rdu-1').options.icon.options.className,"
        " idesk.layerOf('unit:rdu-2').options.icon.options.className]",
    )
    assert "idesk-stale" in classes[0].split()
    assert "idesk-stale" not in classes[1].split()
    grey = _js(
        qtbot,
        map_view,
        "(function(){var d = document.createElement('div');"
        " d.className = 'idesk-unit idesk-stale'; var s = document.createElement('span');"
        " s.className = 'idesk-sym';"
        " d.appendChild(s); document.body.appendChild(d);"
        " var c = getComputedStyle(s).backgroundColor; d.remove(); return c;})()",
    )
    assert grey == "rgb(158, 158, 158)"
