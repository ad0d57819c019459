"""The console's live map: the real main window on a real SQLite store, incident board and
console, with the real QtWebEngine page offscreen and offline.

Every test waits for the page to load, asks it questions through ``runJavaScript`` and fails
on any JavaScript console error or any blocked network request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from incident_desk.cap import Alert, Area, MsgType, Severity
from incident_desk.changes import Changes
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard, IncidentSnapshot
from incident_desk.store import Store
from incident_desk.ui.theme import apply_theme
from tests.gui.fakes import settle, wait_loaded
from tests.helpers.alerts import BASE_TIME, incoming, make_alert
from tests.unit.incidents.build import NOW, circle, exercise_alert, square, with_area

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.map_view import MapView
from incident_desk.ui.screenshot import save_screenshot

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
LOAD_TIMEOUT_MS = 30_000
JS_TIMEOUT_MS = 10_000
OPERATOR = "op.wanjiru"
WORKSTATION = "nbi-ws-01"

pytestmark = [
    pytest.mark.qt_log_ignore(
        # Offscreen without a GPU, Qt probes OpenGL once per process and says it fell back
        # to software rendering: harmless, and outside our code.
        r"QRhiGles2: Failed to create",
        r"Failed to create RHI",
        r"GPUInfo not initialized",
        # tests/conftest.py passes --disable-gpu both in argv and QTWEBENGINE_CHROMIUM_FLAGS.
        r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
        # offscreen has no window manager to tell about size hints; not our code
        r"This plugin does not support propagateSizeHints",
        # the search box's result popup: offscreen cannot raise it or grab the keyboard
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]

# (CAP incidents id, headline, where): places in East Africa, CAP lat,lon order.
PLACES: list[tuple[str, str, Area]] = [
    ("KE-INC-1", "Explosion at Nairobi bus terminal", circle(-1.2864, 36.8172, 2.0)),
    ("KE-INC-2", "Gunfire reported near Mandera border post", square(3.93, 41.86, 0.08)),
    ("KE-INC-3", "Suspicious vehicle at Mombasa port gate", circle(-4.0435, 39.6682, 1.5)),
    ("UG-INC-4", "Armed group crossing at Busia", square(0.4606, 34.0907, 0.05)),
    ("SO-INC-5", "Attack on hotel in Mogadishu", circle(2.0469, 45.3182, 2.5)),
    ("KE-INC-6", "IED found on Garissa road", circle(-0.4532, 39.6461, 3.0)),
]
SEVERITIES = ["Extreme", "Severe", "Moderate", "Severe", "Extreme", "Minor"]


def _lookup(lat: float, lon: float) -> str | None:
    """A stand-in country lookup (the real one is tested in tests/unit/geo)."""
    return "KE" if lon >= 34.5 else "UG"


def _put(store: Store, *alerts: Alert, exercise_id: str | None = None) -> list[int]:
    result = store.write_batch([incoming(a, exercise_id=exercise_id) for a in alerts])
    return [r.alert_id for r in result.results]


def _alert(n: int, incident: str, headline: str, area: Area, severity: str = "Severe") -> Alert:
    base = make_alert(
        f"KE-NPS-{n:04d}",
        incidents=(incident,),
        headline=headline,
        sent=BASE_TIME + timedelta(minutes=n),
    )
    info = base.infos[0].model_copy(update={"areas": (area,), "severity": Severity(severity)})
    return base.model_copy(update={"infos": (info,)})


@dataclass
class Desk:
    store: Store
    board: IncidentBoard
    console: Console
    bridge: BusBridge
    window: MainWindow

    @property
    def map(self) -> MapView:
        view = self.window.map_view
        assert isinstance(view, MapView)
        return view


def _js(qtbot: Any, view: MapView, expression: str) -> Any:
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as callback:
        view.evaluate_json(expression, callback)
    return callback.args[0]


def _wait_js(qtbot: Any, view: MapView, expression: str, expected: Any) -> None:
    """Poll ``expression`` in the page until it equals ``expected``."""
    seen: list[Any] = []

    def check() -> None:
        view.evaluate_json(expression, seen.append)
        assert seen
        assert seen[-1] == expected

    qtbot.waitUntil(check, timeout=JS_TIMEOUT_MS)


def _near(lat: float, lon: float) -> str:
    """JS: the map is centred within 0.05° of ``lat, lon``."""
    return (
        f"(function(){{var c = idesk.map.getCenter();"
        f" return Math.abs(c.lat - ({lat})) < 0.05 && Math.abs(c.lng - ({lon})) < 0.05;}})()"
    )


def _shows_all(alert_ids: list[int]) -> str:
    """JS: every one of these alerts' areas is inside the visible map."""
    return " && ".join(
        f"idesk.map.getBounds().contains(idesk.layerOf('alert:{i}').getBounds())" for i in alert_ids
    )


def _wait_still(qtbot: Any, view: MapView) -> None:
    """Wait for the end of a pan/zoom animation: no move under way and a whole zoom level
    (a flight passes through fractional zooms and may fire ``moveend`` on its way)."""
    _wait_js(
        qtbot, view, "window.__ideskTestMoving === false && idesk.map.getZoom() % 1 === 0", True
    )


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """A real store (tests/helpers/stores.py), not the GUI suite's FakeStore."""
    return sqlite_store


@pytest.fixture
def open_desk(qtbot: Any, store: Store) -> Iterator[Callable[..., Desk]]:
    """Builds the console (optionally joined to an exercise) once the store is seeded."""
    made: list[Desk] = []

    def make(exercise_id: str | None = None) -> Desk:
        board = IncidentBoard(store, _lookup, clock=lambda: NOW)
        identity = Identity(
            country="KE", agency="nps", sender="nps.go.ke", operator=OPERATOR,
            workstation=WORKSTATION,
        )  # fmt: skip
        console = Console(store, identity, exercise_id=exercise_id, board=board)
        bridge = BusBridge()
        console.add_listener(bridge.post_changes)  # as startup.run_gui wires it
        window = MainWindow(console, bridge, db_label="sqlite://", broker_label="-", sound=False)
        qtbot.addWidget(window)
        wait_loaded(qtbot, window)
        desk = Desk(store, board, console, bridge, window)
        made.append(desk)
        with qtbot.waitSignal(window.map.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            window.resize(1600, 1000)
            window.show()  # the map is built after the first paint
        assert blocker.args == [True]
        _wait_js(qtbot, desk.map, "!!(window.idesk && idesk.ready && idesk.bridgeReady)", True)
        desk.map.evaluate(
            "window.__ideskTestMoving = false;"
            " idesk.map.on('movestart', function () { window.__ideskTestMoving = true; });"
            " idesk.map.on('moveend', function () { window.__ideskTestMoving = false; });"
        )
        return desk

    yield make
    for desk in made:
        _close(qtbot, desk)


def _close(qtbot: Any, desk: Desk) -> None:
    """No JS error and no blocked request happened; closing deletes the view at once
    (every page must be gone before the shared profile)."""
    view = desk.window.map_view
    if view is None:
        return
    assert view.map_page.console_errors == []
    assert view.interceptor.blocked_urls == []
    gone: list[bool] = []
    view.destroyed.connect(lambda: gone.append(True))
    desk.window.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=JS_TIMEOUT_MS)
    assert desk.window.map_view is None


def _seed(store: Store, board: IncidentBoard) -> list[int]:
    ids = _put(
        store,
        *(
            _alert(n, inc, headline, area, SEVERITIES[n])
            for n, (inc, headline, area) in enumerate(PLACES)
        ),
    )
    board.correlate(ids)
    return ids


def _incident_of(board: IncidentBoard, alert_id: int) -> IncidentSnapshot:
    incident = board.incident_for_alert(alert_id)
    assert incident is not None
    return incident


def test_page_counts_match_the_store_and_follow_changes(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk]
) -> None:
    ids = _seed(store, IncidentBoard(store, _lookup, clock=lambda: NOW))
    # Another exercise's traffic is in the database but not on this (real) console.
    drill = with_area(exercise_alert("EX-9-1", "EX-9", incidents=("EX-INC-1",)), circle(0.3, 34))
    [drill_id] = _put(store, drill, exercise_id="EX-9")
    IncidentBoard(store, _lookup, clock=lambda: NOW).correlate([drill_id])

    desk = open_desk()
    incidents = [i for i in desk.board.list_incidents() if i.exercise_id is None]
    assert len(incidents) == len(PLACES)
    expected = {"incidents": len(PLACES), "areas": len(ids), "units": 0}
    _wait_js(qtbot, desk.map, "idesk.counts()", expected)
    assert _js(qtbot, desk.map, f"!!idesk.layerOf('alert:{drill_id}')") is False

    # Live: one more alert with two shapes, a Cancel of the Mombasa alert, one more incident.
    extra = _alert(
        20,
        "KE-INC-20",
        "Grenade attack at Eldoret market",
        Area(
            area_desc="market and road",
            polygons=square(0.5143, 35.2698, 0.02).polygons,
            circles=circle(0.52, 35.28, 0.5).circles,
        ),
    )
    mombasa = store.get_alert(ids[2])
    assert mombasa is not None
    cancel = make_alert(
        "KE-NPS-0099",
        msg_type=MsgType.CANCEL,
        references=(mombasa.alert,),
        sent=BASE_TIME + timedelta(hours=1),
        incidents=("KE-INC-3",),
    )
    new_ids = _put(store, extra, cancel)
    derived = desk.board.correlate(new_ids)
    assert derived.incidents
    # One change record per stored batch, as ingest emits it (stored ids + correlation).
    changes = Changes(alerts=tuple(new_ids), incidents=derived.incidents, timeline=derived.timeline)
    calls_before = desk.map.js_calls
    with qtbot.waitSignal(desk.map.batch_applied, timeout=JS_TIMEOUT_MS):
        desk.console.emit(changes)
    expected = {"incidents": len(PLACES) + 1, "areas": len(ids), "units": 0}
    _wait_js(qtbot, desk.map, "idesk.counts()", expected)
    assert desk.map.js_calls - calls_before == 1  # one coalesced batch, no reload
    assert _js(qtbot, desk.map, f"!!idesk.layerOf('alert:{ids[2]}')") is False
    assert _js(qtbot, desk.map, f"idesk.layerOf('alert:{new_ids[0]}').getLayers().length") == 2
    assert _js(qtbot, desk.map, "location.protocol") == "file:"


def test_clicking_an_incident_marker_selects_it_in_the_console(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk]
) -> None:
    ids = _seed(store, IncidentBoard(store, _lookup, clock=lambda: NOW))
    desk = open_desk()
    _wait_js(qtbot, desk.map, "idesk.counts().incidents", len(PLACES))
    target = _incident_of(desk.board, ids[3])  # Busia
    assert desk.window.current_alert_id() is None

    with qtbot.waitSignal(desk.map.feature_clicked, timeout=JS_TIMEOUT_MS) as clicked:
        desk.map.evaluate(f"idesk.layerOf('incident:{target.id}').fire('click')")
    assert clicked.args == [f"incident:{target.id}"]
    assert desk.window.current_alert_id() == ids[3]
    assert desk.window.detail.alert_id == ids[3]
    assert desk.window.incident_board.current_incident_id() == target.id

    # An area click selects its alert.
    with qtbot.waitSignal(desk.map.feature_clicked, timeout=JS_TIMEOUT_MS) as clicked:
        desk.map.evaluate(
            f"idesk.layerOf('alert:{ids[1]}').getLayers()[0].fire('click', {{}}, true)"
        )
    assert clicked.args == [f"alert:{ids[1]}"]
    assert desk.window.current_alert_id() == ids[1]


def test_selecting_in_the_console_flies_the_map_there(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk]
) -> None:
    ids = _seed(store, IncidentBoard(store, _lookup, clock=lambda: NOW))
    desk = open_desk()
    _wait_js(qtbot, desk.map, "idesk.counts().areas", len(PLACES))
    _wait_still(qtbot, desk.map)
    zoom_before = _js(qtbot, desk.map, "idesk.map.getZoom()")

    assert _js(qtbot, desk.map, _near(3.93, 41.86)) is False
    assert desk.window.select_alert(ids[1])  # Mandera: its area
    _wait_js(qtbot, desk.map, _near(3.93, 41.86), True)
    _wait_still(qtbot, desk.map)
    assert _js(qtbot, desk.map, "idesk.map.getZoom()") > zoom_before
    # Its incident is pinned on the map with its key.
    mandera = _incident_of(desk.board, ids[1])
    _wait_js(qtbot, desk.map, "idesk.pinnedKey()", mandera.key)

    # Selecting an incident on the board flies to it too.
    mogadishu = _incident_of(desk.board, ids[4])
    assert mogadishu.lat is not None
    assert mogadishu.lon is not None
    assert desk.window.incident_board.select_incident(mogadishu.id)
    _wait_js(qtbot, desk.map, _near(mogadishu.lat, mogadishu.lon), True)
    _wait_js(qtbot, desk.map, "idesk.pinnedKey()", mogadishu.key)
    _wait_still(qtbot, desk.map)

    # "Fit active incidents" frames every incident and area again.
    keys = {
        n: [k.toString() for k in a.shortcuts()] for n, a in desk.window.actions_by_name.items()
    }
    assert keys["fit_active"] == ["Ctrl+Shift+F"]
    assert keys["show_on_map"] == ["Ctrl+Shift+L"]
    desk.window.actions_by_name["fit_active"].trigger()
    _wait_js(qtbot, desk.map, _shows_all(ids), True)
    _wait_still(qtbot, desk.map)

    # "Show on map" goes back to the alert selected in the queue (Mandera).
    assert desk.window.current_alert_id() == ids[1]
    desk.window.actions_by_name["show_on_map"].trigger()
    _wait_js(qtbot, desk.map, _near(3.93, 41.86), True)


def test_right_click_creates_an_incident_at_that_point(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = open_desk()
    asked: list[tuple[Any, ...]] = []

    def get_text(*args: Any) -> tuple[str, bool]:
        asked.append(args)
        return "Roadblock at Malaba", True

    monkeypatch.setattr("incident_desk.ui.map_wiring.QInputDialog.getText", get_text)
    with qtbot.waitSignal(desk.map.create_incident_requested, timeout=JS_TIMEOUT_MS):
        desk.map.evaluate("idesk.map.fire('contextmenu', {latlng: L.latLng(0.636, 34.272)})")
    assert len(asked) == 1
    assert asked[0][-1] == "Incident at 0.6360, 34.2720"  # the suggested title
    settle(qtbot, desk.window)  # the core call runs off the GUI thread

    [created] = desk.board.list_incidents()
    assert (created.lat, created.lon) == (pytest.approx(0.636), pytest.approx(34.272))
    assert created.title == "Roadblock at Malaba"
    assert created.created_by == OPERATOR
    assert created.exercise_id is None
    [entry] = [e for e in store.timeline() if e.kind == "incident.created"]
    assert (entry.actor, entry.console) == (OPERATOR, WORKSTATION)
    assert "Roadblock at Malaba" in entry.text
    _wait_js(qtbot, desk.map, f"!!idesk.layerOf('incident:{created.id}')", True)
    _wait_js(
        qtbot,
        desk.map,
        f"idesk.layerOf('incident:{created.id}').getLatLng()",
        {"lat": 0.636, "lng": 34.272},
    )
    # The console's timeline shows it as well.
    qtbot.waitUntil(lambda: desk.window.timeline.model.rowCount() == 1, timeout=JS_TIMEOUT_MS)

    # Cancelling the dialog creates nothing.
    monkeypatch.setattr(
        "incident_desk.ui.map_wiring.QInputDialog.getText", lambda *a: ("ignored", False)
    )
    with qtbot.waitSignal(desk.map.create_incident_requested, timeout=JS_TIMEOUT_MS):
        desk.map.evaluate("idesk.map.fire('contextmenu', {latlng: L.latLng(1.0, 35.0)})")
    assert len(desk.board.list_incidents()) == 1


def test_exercise_console_draws_its_exercise_items_distinctly(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _seed(store, IncidentBoard(store, _lookup, clock=lambda: NOW))
    drill = with_area(exercise_alert("EX-1-1", "EX-1", incidents=("EX-INC-1",)), circle(0.3, 34))
    [drill_id] = _put(store, drill, exercise_id="EX-1")
    IncidentBoard(store, _lookup, clock=lambda: NOW).correlate([drill_id])
    desk = open_desk("EX-1")
    drill_incident = _incident_of(desk.board, drill_id)
    _wait_js(qtbot, desk.map, "idesk.counts().incidents", len(PLACES) + 1)

    style = (  # null until the layer exists (polled below: no page error meanwhile)
        "(function(id){var l = idesk.layerOf(id); if (!l) { return null; }"
        " var o = l.options; return {dash: !!o.dashArray, color: o.color}})"
    )
    ex = _js(qtbot, desk.map, f"{style}('incident:{drill_incident.id}')")
    real = _js(qtbot, desk.map, f"{style}('incident:{_incident_of(desk.board, ids[0]).id}')")
    assert ex == {"dash": True, "color": "#7b1fa2"}
    assert real["color"] != "#7b1fa2"
    area = _js(
        qtbot,
        desk.map,
        f"idesk.layerOf('alert:{drill_id}').getLayers()[0].options.fillColor",
    )
    assert area == "url(#idesk-exercise-hatch)"

    # A right-click in an exercise console creates an exercise incident.
    monkeypatch.setattr(
        "incident_desk.ui.map_wiring.QInputDialog.getText", lambda *a: ("Drill cordon", True)
    )
    with qtbot.waitSignal(desk.map.create_incident_requested, timeout=JS_TIMEOUT_MS):
        desk.map.evaluate("idesk.map.fire('contextmenu', {latlng: L.latLng(0.31, 34.01)})")
    settle(qtbot, desk.window)
    [made] = [i for i in desk.board.list_incidents() if i.title == "Drill cordon"]
    assert made.exercise_id == "EX-1"
    _wait_js(qtbot, desk.map, f"{style}('incident:{made.id}')", {"dash": True, "color": "#7b1fa2"})


def test_screenshot_of_the_console_with_the_map(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk]
) -> None:
    ids = _seed(store, IncidentBoard(store, _lookup, clock=lambda: NOW))
    desk = open_desk()
    _wait_js(qtbot, desk.map, "idesk.counts()", {"incidents": 6, "areas": 6, "units": 0})
    desk.window.select_alert(ids[0])  # Nairobi, as an operator would
    _wait_js(qtbot, desk.map, _near(-1.2864, 36.8172), True)
    _wait_still(qtbot, desk.map)
    with qtbot.waitCallback(timeout=JS_TIMEOUT_MS) as fitted:
        desk.map.fit_active(fitted)
    assert fitted.args == [True]
    _wait_js(qtbot, desk.map, _shows_all(ids), True)
    _wait_still(qtbot, desk.map)
    # first-run layout at 1600×1000: the map is the full-height right-hand column
    assert desk.map.width() >= 400
    assert desk.map.height() >= 800
    path = save_screenshot(desk.window, ARTIFACTS / "console-map.png")
    assert path.stat().st_size > 50_000


def test_the_map_follows_the_console_theme(
    qtbot: Any, open_desk: Callable[..., Desk], qapp: Any
) -> None:
    """A dark console gets a dark map (land, sea and borders restyled), and back."""
    apply_theme(qapp, "dark")
    try:
        desk = open_desk()
        _wait_js(qtbot, desk.map, "idesk.theme", "dark")
        sea = "getComputedStyle(idesk.map.getContainer()).backgroundColor"
        _wait_js(qtbot, desk.map, sea, "rgb(14, 26, 36)")
        land = "idesk.countryLayers[0].getLayers()[0].options.fillColor"
        assert _js(qtbot, desk.map, land) == "#283038"
        desk.window.toggle_theme()
        _wait_js(qtbot, desk.map, "idesk.theme", "light")
        assert _js(qtbot, desk.map, land) == "#f4f1ea"
    finally:
        apply_theme(qapp, "dark")


def test_ctrl_l_finds_places_incidents_and_coordinates_and_flies_there(
    qtbot: Any, store: Store, open_desk: Callable[..., Desk]
) -> None:
    ids = _seed(store, IncidentBoard(store, _lookup, clock=lambda: NOW))
    desk = open_desk()
    _wait_js(qtbot, desk.map, "idesk.counts().areas", len(PLACES))
    _wait_still(qtbot, desk.map)
    window = desk.window
    with qtbot.waitActive(window, timeout=JS_TIMEOUT_MS):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.map.panel
    assert panel is not None
    qtbot.waitUntil(panel.search.hasFocus, timeout=JS_TIMEOUT_MS)

    # A place of the offline gazetteer: the border post the drill names.
    qtbot.keyClicks(panel.search, "Malaba One")
    assert panel.hits[0].text == "Malaba One-Stop Border Post and customs yards"
    panel.completer.popup().hide()
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    _wait_js(qtbot, desk.map, _near(0.6359, 34.2786), True)
    _wait_js(qtbot, desk.map, "idesk.found.getTooltip().getContent()", panel.hits[0].text)

    # An incident by its key: flown to and pinned.
    busia = _incident_of(desk.board, ids[3])
    panel.search.clear()
    qtbot.keyClicks(panel.search, busia.key)
    assert (panel.hits[0].kind, panel.hits[0].target) == ("incident", f"incident:{busia.id}")
    panel.completer.popup().hide()
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    _wait_js(qtbot, desk.map, "idesk.pinnedKey()", busia.key)
    assert busia.lat is not None
    assert busia.lon is not None
    _wait_js(qtbot, desk.map, _near(busia.lat, busia.lon), True)

    # MGRS typed in: the map goes there.
    _wait_still(qtbot, desk.map)
    panel.search.clear()
    qtbot.keyClicks(panel.search, "37M DS 00000 00000")
    hit = panel.hits[0]
    assert hit.kind == "coordinates"
    panel.completer.popup().hide()
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    _wait_js(qtbot, desk.map, _near(hit.lat, hit.lon), True)


def test_cursor_readout_in_degrees_and_mgrs_copies_on_click(
    qtbot: Any, open_desk: Callable[..., Desk]
) -> None:
    desk = open_desk()
    panel = desk.window.map.panel
    assert panel is not None
    readout = panel.readout
    desk.map.evaluate("idesk.map.fire('mousemove', {latlng: L.latLng(0.6359, 34.2786)})")
    qtbot.waitUntil(lambda: "0.63590, 34.27860" in readout.text(), timeout=JS_TIMEOUT_MS)
    assert readout.text() == "0.63590, 34.27860  36N XF 42279 70303"
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(readout.copied, timeout=JS_TIMEOUT_MS):
        qtbot.mouseClick(readout, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0.63590, 34.27860  36N XF 42279 70303"
    assert "Copied 0.63590, 34.27860" in desk.window.message_bar.label.text()
