"""A backlog reaches the page in slices that join the map together with the last one.

The first load (every stored incident, unit and area) goes to the page ``MAX_ITEMS`` at a
time; the page builds each slice's items at once but hands them to their layers only with the
last slice (``more: true`` on the others), so the clusters are drawn once, not once per slice.
What the operator relies on: after the last slice everything is on the map, an item removed
or restyled while its slice waited is removed or restyled, and nothing is drawn twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.ui.map_view import MapView
from tests.gui import test_map_view as mv

pytestmark = mv.pytestmark


@pytest.fixture
def map_view(qtbot: Any) -> Iterator[MapView]:
    yield from mv.map_view.__wrapped__(qtbot)  # type: ignore[attr-defined]


def _on_map(qtbot: Any, view: MapView, feature_id: str) -> bool:
    group = "idesk.units" if feature_id.startswith("unit-") else "idesk.incidents"
    return bool(mv._js(qtbot, view, f"{group}.hasLayer(idesk.layerOf('{feature_id}'))"))


def test_slices_join_the_map_with_the_last_one(qtbot: Any, map_view: MapView) -> None:
    map_view.MAX_ITEMS = 4
    incidents = [mv._incident(n, 0.5 + n * 0.01, 34.0) for n in range(10)]
    units = [mv._unit(n, 0.4, 34.0 + n * 0.01) for n in range(2)]
    # after each page call: was it marked "more", and was the first incident drawn yet?
    mv._js(
        qtbot,
        map_view,
        "(function () { var apply = idesk.applyBatch; idesk.seen = [];"
        " idesk.applyBatch = function (b) { var r = apply(b);"
        " idesk.seen.push([b.more === true,"
        " idesk.incidents.hasLayer(idesk.layerOf('inc-0'))]); return r; }; })() || 1",
    )
    applied: list[float] = []
    map_view.batch_applied.connect(applied.append)
    calls_before = map_view.js_calls
    map_view.push(incidents + units, [])
    map_view.flush_now()
    qtbot.waitUntil(lambda: not map_view.has_queued(), timeout=mv.JS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(applied) == map_view.js_calls - calls_before, timeout=10_000)
    assert map_view.js_calls - calls_before == 3
    assert mv._js(qtbot, map_view, "idesk.seen") == [[True, False], [True, False], [False, True]]
    assert mv._js(qtbot, map_view, "idesk.counts()") == {"incidents": 10, "areas": 0, "units": 2}
    assert all(_on_map(qtbot, map_view, f"inc-{n}") for n in range(10))
    assert _on_map(qtbot, map_view, "unit-1")


def test_an_item_removed_or_restyled_while_its_slice_waits(qtbot: Any, map_view: MapView) -> None:
    """Driven in the page directly: a slice with ``more``, then changes, then the last."""
    first = [mv._incident(n, 0.5 + n * 0.01, 34.0) for n in range(3)]
    script = "idesk.applyBatch({batch}) && 1"
    import json

    def apply(batch: dict[str, Any]) -> None:
        mv._js(qtbot, map_view, script.format(batch=json.dumps(batch)))

    apply({"upsert": first, "remove": [], "more": True})
    assert not _on_map(qtbot, map_view, "inc-1")
    closed = mv._incident(1, 0.51, 34.0, status="closed")
    apply({"upsert": [closed], "remove": ["inc-2"], "more": True})  # restyled, and removed
    apply({"upsert": [mv._incident(7, 0.6, 34.1)], "remove": []})  # the last slice
    assert mv._js(qtbot, map_view, "idesk.counts().incidents") == 3
    assert _on_map(qtbot, map_view, "inc-0")
    assert _on_map(qtbot, map_view, "inc-1")
    assert _on_map(qtbot, map_view, "inc-7")
    assert mv._js(qtbot, map_view, "idesk.layerOf('inc-2')") is None
    layers = mv._js(qtbot, map_view, "idesk.incidents.getLayers().length")
    assert layers == 3  # nothing twice, nothing removed left behind
    opacity = mv._js(qtbot, map_view, "idesk.layerOf('inc-1').options.fillOpacity")
    assert opacity == pytest.approx(0.35)  # closed: faded
