"""Units and incidents an operator can read on the real map page (offscreen, offline).

Callsigns in full (hidden at low zoom), unit status as a word and a symbol, tooltips kept
inside the view, the selected incident pinned with its key.
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
_apply, _js = base._apply, base._js

LONG = "SIMBA-MALABA-1 OF THE NORTHERN CORRIDOR BORDER POLICE UNIT"


def _unit(uid: str, lat: float, lon: float, status: str, label: str) -> dict[str, Any]:
    props = {
        "id": uid,
        "kind": "unit",
        "agency": "police",
        "status": status,
        "exercise": False,
        "label": label,
    }
    return point_feature(lat, lon, props)


def _units_page_state(qtbot: Any, view: MapView) -> Any:
    return _js(
        qtbot,
        view,
        "Array.from(document.querySelectorAll('.idesk-unit')).map(function (e) {"
        " var cs = e.querySelector('.idesk-callsign');"
        " return {callsign: cs.textContent, shown: getComputedStyle(cs).display !== 'none',"
        " symbol: e.querySelector('.idesk-sym').textContent}; })"
        ".sort(function (a, b) { return a.callsign < b.callsign ? -1 : 1; })",
    )


def test_callsigns_in_full_with_status_symbol_and_word(qtbot: Any, map_view: MapView) -> None:
    units = [
        _unit("unit:a", 0.6362, 34.2800, "on_scene", "SIMBA-MALABA-1"),
        _unit("unit:b", 0.4608, 34.1115, "en_route", "RDU-BUSIA-1"),
        _unit("unit:c", 0.6928, 34.1809, "out_of_service", "UPF-EOD-TORORO"),
    ]
    _apply(qtbot, map_view, units, [])
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 11, {animate: false}) && 1")
    state = _units_page_state(qtbot, map_view)
    assert state == [
        {"callsign": "RDU-BUSIA-1", "shown": True, "symbol": "\u2192"},
        {"callsign": "SIMBA-MALABA-1", "shown": True, "symbol": "\u25c6"},
        {"callsign": "UPF-EOD-TORORO", "shown": True, "symbol": "\u2715"},
    ]
    tip = _js(qtbot, map_view, "idesk.layerOf('unit:a').getTooltip().getContent()")
    assert "SIMBA-MALABA-1" in tip
    assert "<b>On scene</b>" in tip
    tip = _js(qtbot, map_view, "idesk.layerOf('unit:c').getTooltip().getContent()")
    assert "<b>Out of service</b>" in tip
    # At a country-wide zoom the callsigns give way (the symbol stays).
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 5, {animate: false}) && 1")
    low = _js(
        qtbot,
        map_view,
        "Array.from(document.querySelectorAll('.idesk-callsign'))"
        ".map(function (e) { return getComputedStyle(e).display; })",
    )
    assert len(low) == 3
    assert set(low) == {"none"}


def test_page_words_come_from_python(qtbot: Any, map_view: MapView) -> None:
    labels = map_view.page_labels()
    assert _js(qtbot, map_view, "idesk.labels.status") == labels["status"]
    shown = _js(
        qtbot,
        map_view,
        "Array.from(document.querySelectorAll('.leaflet-control-layers label span span'))"
        ".map(function (s) { return s.textContent.trim(); })",
    )
    assert shown == list(labels["layers"].values())


def test_a_tooltip_near_the_edge_stays_inside_the_view(qtbot: Any, map_view: MapView) -> None:
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 11, {animate: false}) && 1")
    corners = _js(
        qtbot,
        map_view,
        "(function () { var b = idesk.map.getBounds(); return ["
        " [b.getNorth(), b.getEast()], [b.getSouth(), b.getEast()],"
        " [b.getNorth(), b.getWest()], [b.getSouth(), b.getWest()]]; })()",
    )
    units = [
        _unit(f"unit:{i}", lat - (0.002 if lat > 0.6 else -0.002), lon, "assigned", LONG)
        for i, (lat, lon) in enumerate(corners)
    ]
    _apply(qtbot, map_view, units, [])
    for i in range(len(units)):
        inside = _js(
            qtbot,
            map_view,
            f"(function () {{ var l = idesk.layerOf('unit:{i}'); l.openTooltip();"
            " var r = l.getTooltip().getElement().getBoundingClientRect();"
            " var c = idesk.map.getContainer().getBoundingClientRect();"
            " l.closeTooltip();"
            " return [r.left >= c.left, r.right <= c.right, r.top >= c.top,"
            " r.bottom <= c.bottom, r.width > 50]; })()",
        )
        assert inside == [True] * 5, f"unit {i} at {corners[i]}: {inside}"


def test_the_selected_incident_is_pinned_with_its_key(qtbot: Any, map_view: MapView) -> None:
    def incident(severity: str, lon: float = 34.28) -> dict[str, Any]:
        props = {
            "id": "incident:7",
            "kind": "incident",
            "severity": severity,
            "status": "new",
            "exercise": False,
            "label": "KE-2026-0007 Tanker in yard B",
            "key": "KE-2026-0007",
        }
        return point_feature(0.636, lon, props)

    others = [
        point_feature(0.636 + i * 1e-4, 34.28, {"id": f"incident:{i}", "kind": "incident"})
        for i in range(20, 30)
    ]
    _apply(qtbot, map_view, [incident("Minor"), *others], [])
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 6, {animate: false}) && 1")
    with qtbot.waitCallback(timeout=10_000) as cb:
        map_view.select("incident:7", cb)
    assert cb.args == [True]
    # Pinned even while its marker is inside a cluster at this zoom.
    assert _js(qtbot, map_view, "idesk.pinnedKey()") == "KE-2026-0007"
    _apply(qtbot, map_view, [incident("Extreme", lon=34.30)], [])  # moved: the pin follows
    assert _js(qtbot, map_view, "idesk.pinnedKey()") == "KE-2026-0007"
    assert _js(qtbot, map_view, "idesk.selection.getLayers()[0].getLatLng().lng") == 34.30
    _apply(qtbot, map_view, [], ["incident:7"])
    assert _js(qtbot, map_view, "idesk.pinnedKey()") is None


def test_place_names_appear_by_zoom(qtbot: Any, map_view: MapView) -> None:
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 5, {animate: false}) && 1")
    _js(qtbot, map_view, "idesk.places.redraw() || 1")
    wide = set(_js(qtbot, map_view, "idesk.placesDrawn()"))
    assert {"Kenya", "Uganda", "Nairobi", "Kampala"} <= wide
    assert "Tororo" not in wide  # a town of 48,500 waits for a closer zoom
    _js(qtbot, map_view, "idesk.map.setView([0.64, 34.2], 9, {animate: false}) && 1")
    _js(qtbot, map_view, "idesk.places.redraw() || 1")
    close = set(_js(qtbot, map_view, "idesk.placesDrawn()"))
    assert {"Tororo", "Busia", "Malaba One-Stop Border Post and customs yards"} <= close
    _js(qtbot, map_view, "idesk.map.setView([0.64, 34.2], 10, {animate: false}) && 1")
    _js(qtbot, map_view, "idesk.places.redraw() || 1")
    assert "Kenya" not in set(_js(qtbot, map_view, "idesk.placesDrawn()"))


def test_fly_to_a_found_point_marks_it(qtbot: Any, map_view: MapView) -> None:
    with qtbot.waitCallback(timeout=10_000) as cb:
        map_view.fly_to_point(0.6359, 34.2786, 14, "Malaba", cb)
    assert cb.args == [True]
    assert _js(qtbot, map_view, "idesk.found.getTooltip().getContent()") == "Malaba"
    qtbot.waitUntil(lambda: _js(qtbot, map_view, "idesk.map.getZoom()") == 14, timeout=10_000)


def _luminance(rgb: str) -> float:
    """Relative brightness 0..255 of a CSS ``rgb(...)``/``rgba(...)`` colour."""
    parts = [float(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]


def test_the_dark_map_restyles_land_controls_tooltips_and_labels(
    qtbot: Any, map_view: MapView
) -> None:
    unit = _unit("unit:a", 0.6362, 34.2800, "on_scene", "SIMBA-MALABA-1")
    incident = point_feature(
        0.63, 34.27, {"id": "incident:1", "kind": "incident", "severity": "Extreme"}
    )
    _apply(qtbot, map_view, [unit, incident], [])
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 11, {animate: false}) && 1")
    probe = (
        "(function () { var l = idesk.layerOf('unit:a'); l.openTooltip();"
        " var s = function (sel) { return getComputedStyle(document.querySelector(sel)); };"
        " var out = {zoom: s('.leaflet-control-zoom-in').backgroundColor,"
        " tip: getComputedStyle(l.getTooltip().getElement()).backgroundColor,"
        " callsign: s('.idesk-callsign').backgroundColor,"
        " text: s('.idesk-callsign').color,"
        " sea: getComputedStyle(idesk.map.getContainer()).backgroundColor,"
        " land: idesk.countryLayers[0].getLayers()[0].options.fillColor,"
        " marker: idesk.layerOf('incident:1').options.fillColor};"
        " l.closeTooltip(); return out; })()"
    )
    light = _js(qtbot, map_view, probe)
    with qtbot.waitCallback(timeout=10_000) as cb:
        map_view.set_theme("dark", cb)
    assert cb.args == ["dark"]
    dark = _js(qtbot, map_view, probe)
    for key in ("zoom", "tip", "callsign", "sea"):
        assert _luminance(light[key]) > 150, (key, light[key])
        assert _luminance(dark[key]) < 60, (key, dark[key])
    assert _luminance(dark["text"]) > 200  # light text on the dark label
    assert dark["land"] == "#283038"
    assert dark["marker"] == light["marker"]  # symbols keep their meaning: not an inversion
    # Place names are drawn in light ink on the dark map.
    _js(qtbot, map_view, "idesk.map.setView([0.6, 34.2], 8, {animate: false}) && 1")
    ink = _js(
        qtbot,
        map_view,
        "(function () { var c = document.querySelector('canvas.idesk-places');"
        " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, best = 0;"
        " for (var i = 0; i < d.length; i += 4) { if (d[i + 3] === 255) {"
        " best = Math.max(best, 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2]); } }"
        " return best; })()",
    )
    assert ink > 200


def test_the_finer_border_takes_over_at_operational_zooms(qtbot: Any, map_view: MapView) -> None:
    state = (
        "[!!idesk.fineBorders && idesk.map.hasLayer(idesk.fineBorders),"
        " idesk.countryLayers[0].getLayers()[0].options.weight]"
    )
    _js(qtbot, map_view, "idesk.map.setView([0.64, 34.28], 6, {animate: false}) && 1")
    assert _js(qtbot, map_view, state) == [False, 0.8]
    _js(qtbot, map_view, "idesk.map.setView([0.64, 34.28], 14, {animate: false}) && 1")
    assert _js(qtbot, map_view, state) == [True, 0]
    # The KE-UG line passes within a kilometre of the Malaba border post (the 1:50m
    # outline is about 6 km off there).
    nearest_km = _js(
        qtbot,
        map_view,
        "(function () { var best = 1e9, post = L.latLng(0.6359, 34.2786);"
        " idesk.fineBorders.eachLayer(function (l) {"
        " if (l.feature.properties.pair !== 'KE-UG') { return; }"
        " l.getLatLngs().forEach(function (part) { part.forEach(function (p) {"
        " best = Math.min(best, post.distanceTo(p)); }); }); });"
        " return best / 1000; })()",
    )
    assert nearest_km < 1.0


def test_the_shipped_data_is_attributed(qtbot: Any, map_view: MapView) -> None:
    text = _js(
        qtbot, map_view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert "GeoNames (CC BY 4.0)" in text
    assert "© OpenStreetMap contributors (ODbL)" in text


def test_the_attribution_leaves_a_small_map_its_room(qtbot: Any, map_view: MapView) -> None:
    """Under the tabs at 1366×768 the map is about 360 × 260 pixels: the licences' words
    stay whole and on screen but take two lines, not a third of the map (three lines at
    folium's 16 px)."""
    map_view.resize(363, 264)
    qtbot.waitUntil(lambda: _js(qtbot, map_view, "window.innerWidth") == 363, timeout=5000)
    box = _js(
        qtbot,
        map_view,
        "(function () { var a = document.querySelector('.leaflet-control-attribution');"
        " var r = a.getBoundingClientRect(); return {top: r.top, bottom: r.bottom,"
        " height: r.height, view: window.innerHeight}; })()",
    )
    assert box["bottom"] <= box["view"]  # the whole text on screen
    assert box["height"] <= box["view"] / 6, box


def test_no_place_name_is_drawn_under_the_pinned_incident_key(
    qtbot: Any, map_view: MapView
) -> None:
    """The Northern Corridor's incident at Malaba: its pinned key label sat on top of the
    crossing's name ("…der Post and customs yards" showing past it). A name that the pinned
    label would cover is left out while it is pinned, and comes back after."""
    crossing = "Malaba One-Stop Border Post and customs yards"
    _js(qtbot, map_view, "idesk.map.setView([0.64, 34.2], 9, {animate: false}) && 1")
    _js(qtbot, map_view, "idesk.places.redraw() || 1")
    assert crossing in _js(qtbot, map_view, "idesk.placesDrawn()")
    props = {"id": "incident:9", "kind": "incident", "severity": "Severe", "status": "new",
             "exercise": False, "label": "UG-INC-9 Tanker", "key": "UG-INC-9"}  # fmt: skip
    _apply(qtbot, map_view, [point_feature(0.6359, 34.2786, props)], [])
    with qtbot.waitCallback(timeout=10_000) as cb:
        map_view.select("incident:9", cb)
    assert cb.args == [True]
    assert _js(qtbot, map_view, "idesk.pinnedKey()") == "UG-INC-9"
    drawn = _js(qtbot, map_view, "idesk.placesDrawn()")
    assert crossing not in drawn
    assert "Tororo" in drawn  # names the label does not cover stay
    with qtbot.waitCallback(timeout=10_000) as cb:
        map_view.select(None, cb)
    assert crossing in _js(qtbot, map_view, "idesk.placesDrawn()")
