"""A fit to the active incidents leaves the map's own controls their room (real page, offscreen).

Under the tabs at 1366×768 the map is about 360 × 200 pixels: the fit put the selected
incident's key ("NC-MALABA-01") under the layers button in the top right corner. What the
operator must see (the markers, the selection ring, the pinned key) stays clear of the zoom
buttons, the layers button, the scale and the licences, and inside the map.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.geo import point_feature
from incident_desk.ui.map_view import MapView
from tests.gui import test_map_view as base

pytestmark = base.pytestmark
map_view = base.map_view  # the fixture: fails on a JS error or a blocked request
_apply, _js, _wait_js_true = base._apply, base._js, base._wait_js_true

MALABA = (0.6359, 34.2786)  # north-east of the others: the top right corner of the fit
KAMPALA = (0.3476, 32.5825)
MASAKA = (-0.45, 31.9)  # south-west: the fit is as tall as the map

BOXES = """(function () {
  function box(el) {
    var r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
  }
  var c = idesk.map.getContainer();
  var controls = Array.from(c.querySelectorAll('.leaflet-control'))
    .filter(function (e) { var r = e.getBoundingClientRect(); return r.width && r.height; })
    .map(function (e) { return [e.className, box(e)]; });
  var pin = c.querySelector('.leaflet-tooltip.idesk-pin');
  var drawn = '.idesk-incident, .idesk-selected, .idesk-cluster';  // markers, ring, clusters
  var marks = Array.from(c.querySelectorAll(drawn)).map(box);
  return {map: box(c), pin: pin && box(pin), pinText: pin && pin.textContent,
          marks: marks, controls: controls, zoom: idesk.map.getZoom()};
})()"""


def _incident(n: int, at: tuple[float, float], key: str) -> dict[str, Any]:
    props = {"id": f"incident:{n}", "kind": "incident", "severity": "Severe", "status": "new",
             "exercise": False, "label": f"{key} Tanker", "key": key}  # fmt: skip
    return point_feature(at[0], at[1], props)


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def _inside(a: dict[str, float], outer: dict[str, float]) -> bool:
    return (
        a["left"] >= outer["left"]
        and a["right"] <= outer["right"]
        and a["top"] >= outer["top"]
        and a["bottom"] <= outer["bottom"]
    )


def _resize(qtbot: Any, view: MapView, width: int, height: int) -> None:
    view.resize(width, height)
    qtbot.waitUntil(
        lambda: _js(qtbot, view, "[window.innerWidth, window.innerHeight]") == [width, height],
        timeout=5000,
    )
    _js(qtbot, view, "idesk.map.invalidateSize({animate: false}) && 1")


def _fit_and_measure(qtbot: Any, view: MapView, selected: str) -> Any:
    with qtbot.waitCallback(timeout=base.JS_TIMEOUT_MS) as cb:
        view.select(selected, cb)
    assert cb.args == [True]
    _js(qtbot, view, "(window.__fitted = false, idesk.map.once('moveend',"
        " function () { window.__fitted = true; }), 1)")  # fmt: skip
    with qtbot.waitCallback(timeout=base.JS_TIMEOUT_MS) as cb:
        view.fit_active(cb)
    assert cb.args == [True]
    _wait_js_true(qtbot, view, "window.__fitted")
    return _js(qtbot, view, BOXES)


def _assert_clear(state: dict[str, Any], key: str) -> None:
    assert state["pinText"] == key
    seen = [("pinned key", state["pin"])] + [("marker", m) for m in state["marks"]]
    for what, box in seen:
        assert _inside(box, state["map"]), (what, box, state["map"])
        for name, control in state["controls"]:
            assert not _overlap(box, control), (what, box, name, control)


@pytest.mark.parametrize("size", [(360, 200), (363, 264)])
def test_a_fit_on_one_incident_keeps_its_key_clear_of_the_controls(
    qtbot: Any, map_view: MapView, size: tuple[int, int]
) -> None:
    _resize(qtbot, map_view, *size)
    _apply(qtbot, map_view, [_incident(1, MALABA, "NC-MALABA-01")], [])
    state = _fit_and_measure(qtbot, map_view, "incident:1")
    _assert_clear(state, "NC-MALABA-01")
    assert state["zoom"] == 12  # one point: the fit's closest zoom, as before


@pytest.mark.parametrize("size", [(360, 200), (363, 264), (900, 650)])
def test_a_fit_on_several_incidents_keeps_the_top_right_key_clear(
    qtbot: Any, map_view: MapView, size: tuple[int, int]
) -> None:
    _resize(qtbot, map_view, *size)
    incidents = [
        _incident(1, MALABA, "NC-MALABA-01"),
        _incident(2, KAMPALA, "KE-INC-7"),
        _incident(3, MASAKA, "UG-INC-3"),
    ]
    _apply(qtbot, map_view, incidents, [])
    state = _fit_and_measure(qtbot, map_view, "incident:1")
    _assert_clear(state, "NC-MALABA-01")  # markers, clusters, the ring and the key
    # The zoom the fit used to choose (30 px all round).
    before = _js(
        qtbot,
        map_view,
        "idesk.map.getBoundsZoom(L.latLngBounds("
        f"[{list(MALABA)}, {list(KAMPALA)}, {list(MASAKA)}]), false, L.point(60, 60))",
    )
    if size[0] >= 900:
        assert state["zoom"] == before  # a big map: as before
    else:
        assert before - 1 <= state["zoom"] <= before  # a small one: a step out at most


def test_a_fit_on_two_incidents_at_one_crossing_keeps_the_key_clear(
    qtbot: Any, map_view: MapView
) -> None:
    """A real alert at the crossing during the drill: two incidents a few kilometres apart."""
    _resize(qtbot, map_view, 360, 200)
    depot = (MALABA[0] - 0.02, MALABA[1] - 0.03)
    incidents = [_incident(1, MALABA, "NC-MALABA-01"), _incident(2, depot, "KE-INC-7")]
    _apply(qtbot, map_view, incidents, [])
    state = _fit_and_measure(qtbot, map_view, "incident:1")
    _assert_clear(state, "NC-MALABA-01")
    assert 9 <= state["zoom"] <= 12
