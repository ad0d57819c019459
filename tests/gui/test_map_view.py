"""The live map in a real QtWebEngine page, offscreen and offline.

Every test loads the shell from its folder, waits for ``loaded(True)``, talks to the page
through ``runJavaScript`` and asserts on what the page reports. The ``map_view`` fixture
fails a test on any JavaScript console error or any blocked network request.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QUrl

from incident_desk.cap import Area, Circle, Point, Polygon
from incident_desk.geo import area_to_geojson, point_feature

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.ui.map_view import MapView

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
LOAD_TIMEOUT_MS = 30_000
JS_TIMEOUT_MS = 10_000

pytestmark = [
    pytest.mark.qt_log_ignore(
        # Offscreen without a GPU, Qt probes OpenGL once per process and says it fell back
        # to software rendering: harmless, and outside our code.
        r"QRhiGles2: Failed to create",
        r"Failed to create RHI",
        r"GPUInfo not initialized",
        # tests/conftest.py passes --disable-gpu both in argv and QTWEBENGINE_CHROMIUM_FLAGS.
        r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
    ),
]


def _js(qtbot: Any, view: MapView, expression: str) -> Any:
    """The JSON-decoded value of ``expression`` in the page."""
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        view.evaluate_json(expression, callback)
    return callback.args[0]


def _wait_js_true(qtbot: Any, view: MapView, expression: str) -> None:
    seen: list[Any] = []

    def check() -> None:
        view.evaluate_json(f"Boolean({expression})", seen.append)
        assert seen
        assert seen[-1] is True

    qtbot.waitUntil(check, timeout=JS_TIMEOUT_MS)


def _incident(n: int, lat: float, lon: float, **extra: Any) -> dict[str, Any]:
    props = {
        "id": f"inc-{n}",
        "kind": "incident",
        "severity": ["Extreme", "Severe", "Moderate", "Minor"][n % 4],
        "status": "new",
        "exercise": False,
        "label": f"Incident {n}",
        **extra,
    }
    return point_feature(lat, lon, props)


def _unit(n: int, lat: float, lon: float, agency: str = "police") -> dict[str, Any]:
    props = {
        "id": f"unit-{n}",
        "kind": "unit",
        "agency": agency,
        "status": "available",
        "exercise": False,
        "label": f"{agency} {n}",
    }
    return point_feature(lat, lon, props)


def _area(n: int, area: Area, **extra: Any) -> list[dict[str, Any]]:
    props = {"id": f"area-{n}", "kind": "area", "severity": "Severe", "status": "Actual"}
    return area_to_geojson(area, {**props, **extra})


def _square(lat: float, lon: float, d: float) -> Polygon:
    pts = [(lat, lon), (lat, lon + d), (lat + d, lon + d), (lat + d, lon), (lat, lon)]
    return Polygon(points=tuple(Point(lat=a, lon=b) for a, b in pts))


def _apply(qtbot: Any, view: MapView, upsert: list[dict[str, Any]], remove: list[str]) -> None:
    with qtbot.waitSignal(view.batch_applied, timeout=JS_TIMEOUT_MS):
        view.push(upsert, remove)


@pytest.fixture
def map_view(qtbot: Any) -> Iterator[MapView]:
    view = MapView()
    try:
        view.resize(900, 650)
        view.show()
        blocked_before = len(view.interceptor.blocked_urls)
        with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            pass
        assert blocker.args == [True]
        _wait_js_true(qtbot, view, "window.idesk && idesk.ready && idesk.bridgeReady")
        yield view
        assert view.map_page.console_errors == []
        assert view.interceptor.blocked_urls[blocked_before:] == []
    finally:
        # Delete the view (and its page) now: Qt wants every page gone before the shared
        # profile, which lives until the application quits.
        gone: list[bool] = []
        view.destroyed.connect(lambda: gone.append(True))
        view.stop()
        view.close()
        view.deleteLater()
        qtbot.waitUntil(lambda: bool(gone), timeout=JS_TIMEOUT_MS)


def test_page_loads_offline_with_its_layers(qtbot: Any, map_view: MapView) -> None:
    state = _js(
        qtbot,
        map_view,
        "{leaflet: L.version, cluster: typeof L.markerClusterGroup,"
        " countries: window.IDESK_COUNTRIES_50M.features.length,"
        " coarse: window.IDESK_COUNTRIES_110M.features.length,"
        " overlays: idesk.map.getPane('idesk-countries') !== undefined,"
        " counts: idesk.counts(), protocol: location.protocol}",
    )
    assert state == {
        "leaflet": "1.9.4",
        "cluster": "function",
        "countries": 241,
        "coarse": 177,
        "overlays": True,
        "counts": {"incidents": 0, "areas": 0, "units": 0},
        "protocol": "file:",
    }


def test_counts_match_after_upserts_and_removes(qtbot: Any, map_view: MapView) -> None:
    incidents = [_incident(i, 0.3 + i * 0.01, 34.0 + i * 0.01) for i in range(40)]
    units = [
        _unit(i, 0.5, 34.5 + i * 0.01, ["police", "military", "fire"][i % 3]) for i in range(15)
    ]
    malaba = Point(lat=0.636, lon=34.272)
    areas = [
        *_area(1, Area(area_desc="Malaba", circles=(Circle(center=malaba, radius_km=3),))),
        *_area(2, Area(area_desc="Box", polygons=(_square(0.4, 34.0, 0.1),))),
        # Two shapes, one item.
        *_area(
            3,
            Area(
                area_desc="Busia",
                polygons=(_square(0.45, 34.05, 0.05),),
                circles=(Circle(center=Point(lat=0.46, lon=34.09), radius_km=1),),
            ),
        ),
    ]
    _apply(qtbot, map_view, incidents + units + areas, [])
    assert _js(qtbot, map_view, "idesk.counts()") == {"incidents": 40, "areas": 3, "units": 15}
    assert _js(qtbot, map_view, "idesk.layerOf('area-3').getLayers().length") == 2

    # Replace by id (no duplicates), remove some of each kind, remove an unknown id.
    replaced = [_incident(i, 1.0, 35.0, status="closed") for i in range(5)]
    _apply(qtbot, map_view, replaced, ["inc-39", "unit-0", "area-2", "no-such-id"])
    assert _js(qtbot, map_view, "idesk.counts()") == {"incidents": 39, "areas": 2, "units": 14}
    latlng = _js(qtbot, map_view, "idesk.layerOf('inc-0').getLatLng()")
    assert latlng == {"lat": 1.0, "lng": 35.0}  # GeoJSON lon,lat arrived as lat,lng

    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        map_view.counts(callback)
    assert callback.args == [{"incidents": 39, "areas": 2, "units": 14}]


def test_a_burst_of_pushes_becomes_few_js_calls(qtbot: Any, map_view: MapView) -> None:
    calls_before = map_view.js_calls
    with qtbot.waitSignal(map_view.batch_applied, timeout=JS_TIMEOUT_MS):
        for i in range(1000):
            map_view.push([_incident(i, -1.0 + (i % 50) * 0.02, 36.0 + (i // 50) * 0.02)])
    assert _js(qtbot, map_view, "idesk.counts().incidents") == 1000
    assert map_view.js_calls - calls_before <= 3


def test_click_on_marker_and_area_emits_feature_clicked(qtbot: Any, map_view: MapView) -> None:
    area = Area(area_desc="Malaba", circles=(Circle(center=Point(lat=0.6, lon=34.3), radius_km=2),))
    _apply(qtbot, map_view, [_incident(7, 0.63, 34.31), *_area(9, area)], [])
    with qtbot.waitSignal(map_view.feature_clicked, timeout=JS_TIMEOUT_MS) as blocker:
        map_view.evaluate("idesk.layerOf('inc-7').fire('click')")
    assert blocker.args == ["inc-7"]
    with qtbot.waitSignal(map_view.feature_clicked, timeout=JS_TIMEOUT_MS) as blocker:
        # propagate=true, as a real DOM click does, so the area's group hears its shape.
        map_view.evaluate("idesk.layerOf('area-9').getLayers()[0].fire('click', {}, true)")
    assert blocker.args == ["area-9"]


def test_context_menu_requests_an_incident_at_the_point(qtbot: Any, map_view: MapView) -> None:
    with qtbot.waitSignal(map_view.create_incident_requested, timeout=JS_TIMEOUT_MS) as blocker:
        map_view.evaluate("idesk.map.fire('contextmenu', {latlng: L.latLng(0.636, 34.272)})")
    lat, lon = blocker.args
    assert (lat, lon) == (pytest.approx(0.636), pytest.approx(34.272))


def test_fly_to_and_fit_active(qtbot: Any, map_view: MapView) -> None:
    area = Area(area_desc="Box", polygons=(_square(32.5, 38.8, 0.2),))
    _apply(qtbot, map_view, [_incident(1, -1.29, 36.82), *_area(1, area)], [])
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        map_view.fly_to("inc-1", callback)
    assert callback.args == [True]
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        map_view.fly_to("area-1", callback)
    assert callback.args == [True]
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        map_view.fly_to("nope", callback)
    assert callback.args == [False]
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        map_view.fit_active(callback)
    assert callback.args == [True]


def test_exercise_items_get_the_exercise_style(qtbot: Any, map_view: MapView) -> None:
    area = Area(area_desc="Drill", polygons=(_square(0.4, 34.0, 0.1),))
    upsert = [
        _incident(1, 0.5, 34.2, exercise=True),
        _incident(2, 0.6, 34.2),
        *_area(1, area, exercise=True, status="Exercise"),
        {
            **_unit(1, 0.5, 34.3),
            "properties": {**_unit(1, 0.5, 34.3)["properties"], "exercise": True},
        },
    ]
    _apply(qtbot, map_view, upsert, [])
    ex = _js(
        qtbot,
        map_view,
        "(function(){var o = idesk.layerOf('inc-1').options; return {dash: o.dashArray,"
        " color: o.color, fill: o.fillColor,"
        " tip: idesk.layerOf('inc-1').getTooltip().getContent()}})()",
    )
    assert ex["dash"]
    assert ex["color"] == "#7b1fa2"
    assert ex["fill"] == "url(#idesk-exercise-hatch)"
    assert "EXERCISE" in ex["tip"]
    real = _js(qtbot, map_view, "idesk.layerOf('inc-2').options")
    assert real["dashArray"] is None
    assert real["color"] != "#7b1fa2"
    assert "EXERCISE" not in _js(
        qtbot, map_view, "idesk.layerOf('inc-2').getTooltip().getContent()"
    )
    area_style = _js(
        qtbot,
        map_view,
        "(function(){var g = idesk.layerOf('area-1').getLayers()[0];"
        " var p = g.getLayers ? g.getLayers()[0] : g; return p.options})()",
    )
    assert area_style["dashArray"]
    assert area_style["fillColor"] == "url(#idesk-exercise-hatch)"
    assert _js(qtbot, map_view, "!!document.getElementById('idesk-exercise-hatch')") is True
    unit_class = _js(qtbot, map_view, "idesk.layerOf('unit-1').options.icon.options.className")
    assert "idesk-exercise" in unit_class


@pytest.mark.logs_expected(
    "incident_desk.map", match="page failed to load|blocked a network request"
)  # the refused load ends in a failed page load, reported as it settles (often at teardown)
def test_remote_requests_are_blocked_and_logged(
    qtbot: Any, map_view: MapView, caplog: pytest.LogCaptureFixture
) -> None:
    interceptor = map_view.interceptor
    before = len(interceptor.blocked_urls)
    # From a file:// page Chromium already refuses remote subresources and navigations
    # (LocalContentCanAccessRemoteUrls is off); a load started from Qt is what reaches the
    # interceptor, the last line of defence.
    with caplog.at_level(logging.ERROR, logger="incident_desk.map"):
        map_view.load(QUrl("https://cdn.example.invalid/leaflet.js"))
        qtbot.waitUntil(lambda: len(interceptor.blocked_urls) > before, timeout=JS_TIMEOUT_MS)
    assert interceptor.blocked_urls[before:] == ["https://cdn.example.invalid/leaflet.js"]
    assert any("blocked a network request" in r.getMessage() for r in caplog.records)
    del interceptor.blocked_urls[before:]  # expected here; the fixture checks for strays


def test_with_a_tile_server_only_its_origin_is_allowed(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    view = MapView(tile_url="https://tiles.agency.invalid/{z}/{x}/{y}.png", attribution="Agency")
    try:
        interceptor = view.interceptor
        assert "https://tiles.agency.invalid:-1" in interceptor.allowed_origins
        with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            pass
        assert blocker.args == [True]
        before = len(interceptor.blocked_urls)
        assert _js(qtbot, view, "Object.keys(idesk.map._layers).length > 0") is True
        with caplog.at_level(logging.ERROR, logger="incident_desk.map"):
            view.evaluate("new Image().src = 'https://elsewhere.example.invalid/x.png'")
            qtbot.waitUntil(lambda: len(interceptor.blocked_urls) > before, timeout=JS_TIMEOUT_MS)
        # Tiles were requested too (they fail: no such host), but none was blocked.
        assert interceptor.blocked_urls[before:] == ["https://elsewhere.example.invalid/x.png"]
        del interceptor.blocked_urls[before:]
    finally:
        gone: list[bool] = []
        view.destroyed.connect(lambda: gone.append(True))
        view.stop()
        view.close()
        view.deleteLater()
        qtbot.waitUntil(lambda: bool(gone), timeout=JS_TIMEOUT_MS)


def test_screenshot_of_east_africa(qtbot: Any, map_view: MapView) -> None:
    places = [
        (0.636, 34.272, "Malaba crossing"),
        (0.463, 34.092, "Busia crossing"),
        (-1.286, 36.817, "Nairobi CBD"),
        (0.347, 32.582, "Kampala"),
        (-4.043, 39.668, "Mombasa port"),
        (3.52, 39.05, "Moyale"),
        (2.04, 45.34, "Mogadishu"),
        (-6.8, 39.28, "Dar es Salaam"),
    ]
    upsert: list[dict[str, Any]] = [
        _incident(i, lat, lon, label=name, exercise=(i == 5))
        for i, (lat, lon, name) in enumerate(places)
    ]
    upsert += [_incident(100 + i, -1.3 + (i % 7) * 0.01, 36.8 + (i // 7) * 0.01) for i in range(30)]
    upsert += [
        _unit(i, 0.2 + i * 0.15, 34.6 + (i % 3) * 0.3, ["police", "military", "fire"][i % 3])
        for i in range(6)
    ]
    upsert += _area(
        1,
        Area(
            area_desc="Malaba 15 km",
            circles=(Circle(center=Point(lat=0.636, lon=34.272), radius_km=15),),
        ),
    )
    upsert += _area(
        2,
        Area(area_desc="Drill zone", polygons=(_square(-3.0, 37.0, 1.0),)),
        exercise=True,
        status="Exercise",
    )
    upsert += _area(
        3, Area(area_desc="Border strip", polygons=(_square(3.0, 40.0, 1.2),)), severity="Extreme"
    )
    _apply(qtbot, map_view, upsert, [])
    _js(qtbot, map_view, "idesk.map.setView([-0.5, 37.0], 6, {animate: false}).getZoom()")
    # markercluster fades clusters in and out after a zoom: wait until it is done.
    _wait_js_true(
        qtbot,
        map_view,
        "!idesk.incidents._inZoomAnimation && !idesk.units._inZoomAnimation"
        " && !document.querySelector('.leaflet-cluster-anim')",
    )
    map_view.evaluate("idesk.lastRenderMs = null")
    _apply(
        qtbot, map_view, [_incident(999, 1.0, 38.0, severity="Minor", status="acknowledged")], []
    )
    _wait_js_true(qtbot, map_view, "idesk.lastRenderMs !== null")
    assert _js(qtbot, map_view, "idesk.map.getZoom()") == 6
    image = map_view.grab().toImage()
    assert image.width() == 900
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 25) for y in range(0, image.height(), 25)
    }
    assert len(colours) > 5  # sea, land, borders, markers: not a blank page
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / "map.png"))


def test_a_change_in_place_restyles_the_same_marker(qtbot: Any, map_view: MapView) -> None:
    _apply(qtbot, map_view, [_incident(1, 0.5, 34.2, severity="Minor")], [])
    before = _js(qtbot, map_view, "L.stamp(idesk.layerOf('inc-1'))")
    minor = _js(qtbot, map_view, "idesk.layerOf('inc-1').options.fillColor")
    _apply(qtbot, map_view, [_incident(1, 0.5, 34.2, severity="Extreme", exercise=True)], [])
    assert _js(qtbot, map_view, "L.stamp(idesk.layerOf('inc-1'))") == before  # same layer
    after = _js(qtbot, map_view, "idesk.layerOf('inc-1').options")
    assert after["fillColor"] == "url(#idesk-exercise-hatch)"
    assert after["fillColor"] != minor
    assert after["radius"] == 10  # Extreme
    _apply(qtbot, map_view, [_incident(1, 0.6, 34.2, severity="Extreme")], [])  # moved
    assert _js(qtbot, map_view, "L.stamp(idesk.layerOf('inc-1'))") != before
    assert _js(qtbot, map_view, "idesk.counts().incidents") == 1


def test_a_deferred_map_loads_only_when_started(qtbot: object) -> None:
    view = MapView(defer=True)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    qtbot.wait(300)  # type: ignore[attr-defined]
    assert not view.is_loaded
    assert not (view.page_dir / "index.html").exists()
    with qtbot.waitSignal(view.loaded, timeout=30_000) as blocker:  # type: ignore[attr-defined]
        view.start_page()
        view.start_page()  # twice is once
    assert blocker.args == [True]
    assert (view.page_dir / "index.html").exists()


def test_leaving_an_exercise_takes_its_items_off_the_map(qtbot: Any, map_view: MapView) -> None:
    """After ENDEX and "Leave exercise" the console shows real traffic only: the drill's
    incidents, areas and units leave the page, queued ones too; the real ones stay."""
    drill = {"exercise": True, "exercise_id": "EX-1"}
    area = Area(area_desc="Drill", polygons=(_square(0.4, 34.0, 0.1),))
    unit = _unit(1, 0.5, 34.3)
    _apply(
        qtbot,
        map_view,
        [
            _incident(1, 0.5, 34.2, **drill),
            _incident(2, 0.6, 34.2),
            *_area(1, area, status="Exercise", **drill),
            {**unit, "properties": {**unit["properties"], **drill}},
            _unit(2, 0.5, 34.4),
        ],
        [],
    )
    assert _js(qtbot, map_view, "idesk.counts()") == {"incidents": 2, "areas": 1, "units": 2}
    map_view.push([_incident(3, 0.7, 34.2, **drill)])  # queued, not yet on the page
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        map_view.remove_exercise(callback)
    assert callback.args == [3]
    assert _js(qtbot, map_view, "idesk.counts()") == {"incidents": 1, "areas": 0, "units": 1}
    assert _js(qtbot, map_view, "idesk.layerOf('inc-2') !== null")
    assert _js(qtbot, map_view, "idesk.layerOf('inc-3') === null")
