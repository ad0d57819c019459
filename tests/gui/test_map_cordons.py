"""Drawing a cordon and measuring a distance on the real map page of a real console.

The operator selects an incident, picks Map → Draw a cordon, clicks on the map and names the
area: it becomes an ``area.draw`` command event (stored, published, in the timeline) and is
drawn on the map from the console's own change records, as on every console that receives it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QInputDialog

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.command import CommandBoard, load_directory
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.map_view import MapView
from tests.gui import test_console_map as cm
from tests.gui.fakes import wait_loaded
from tests.unit.incidents.build import NOW

pytestmark = [*cm.pytestmark, pytest.mark.usefixtures("sync_ops")]
DIRECTORY = Path(__file__).resolve().parents[2] / "resources" / "directory"
KE_NPS = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")


class Desk:
    def __init__(self, qtbot: Any, store: Store) -> None:
        self.store = store
        self.board = IncidentBoard(store, lambda lat, lon: "KE", clock=lambda: NOW)
        self.sent: list[tuple[str, bytes]] = []
        self.command = CommandBoard(
            store, KE_NPS, clock=lambda: NOW, publish=lambda t, p: self.sent.append((t, p))
        )
        self.command.load_directory(load_directory(DIRECTORY / "example-directory.yaml"))
        self.board.create_at(0.6359, 34.2786, "Tanker in Malaba customs yard B", "op")
        [self.incident] = self.board.list_incidents()
        console = Console(store, KE_NPS, board=self.board, command=self.command)
        bridge = BusBridge()
        console.add_listener(bridge.post_changes)
        self.window = MainWindow(
            console, bridge, db_label="sqlite://", broker_label="-", sound=False
        )
        qtbot.addWidget(self.window)
        wait_loaded(qtbot, self.window)
        with qtbot.waitSignal(self.window.map.loaded, timeout=cm.LOAD_TIMEOUT_MS):
            self.window.resize(1400, 900)
            self.window.show()  # the map is built after the first paint
        view = self.window.map_view
        assert isinstance(view, MapView)
        self.map = view
        cm._wait_js(qtbot, view, "!!(window.idesk && idesk.ready && idesk.bridgeReady)", True)
        assert self.window.incident_board.select_incident(self.incident.id)
        cm._js(qtbot, view, "idesk.map.setView([0.6359, 34.2786], 15, {animate: false}) && 1")


@pytest.fixture
def desk(qtbot: Any, sqlite_store: Store) -> Iterator[Desk]:
    d = Desk(qtbot, sqlite_store)
    yield d
    cm._close(qtbot, d)  # type: ignore[arg-type]  # same window/map attributes


def _click(view: MapView, lat: float, lon: float, event: str = "click") -> None:
    view.evaluate(f"idesk.map.fire('{event}', {{latlng: L.latLng({lat}, {lon})}})")


def test_a_circle_cordon_becomes_an_incident_area_on_the_map_and_in_the_timeline(
    qtbot: Any, desk: Desk, monkeypatch: Any
) -> None:
    asked: list[str] = []

    def name_it(parent: Any, title: str, label: str, mode: Any, text: str) -> tuple[str, bool]:
        asked.append(text)
        return "Cordon around the tanker", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(name_it))
    action = desk.window.map.actions["map_draw_circle"]
    action.trigger()
    cm._wait_js(qtbot, desk.map, "idesk.drawing()", "circle")
    _click(desk.map, 0.6359, 34.2786)  # centre
    _click(desk.map, 0.6359 + 500 / 111_195, 34.2786)  # edge, 500 m north (Leaflet sphere)
    qtbot.waitUntil(lambda: bool(desk.sent), timeout=cm.JS_TIMEOUT_MS)
    assert asked == ["Cordon 500 m"]  # the suggested name gives the radius
    [area] = desk.command.drawn_areas(desk.incident.key)
    assert area.label == "Cordon around the tanker"
    assert area.radius_m == pytest.approx(500, abs=2)
    item = f"cordon:{desk.incident.key}:{area.id}"
    cm._wait_js(qtbot, desk.map, f"!!idesk.layerOf('{item}')", True)
    style = cm._js(qtbot, desk.map, f"idesk.layerOf('{item}').getLayers()[0].options.className")
    assert "idesk-cordon" in style
    radius = cm._js(qtbot, desk.map, f"idesk.layerOf('{item}').getLayers()[0].getRadius()")
    assert radius == pytest.approx(500, abs=2)
    texts = [e.text for e in desk.store.timeline(desk.incident.key)]
    assert any(
        t.startswith("Cordon around the tanker drawn by Insp Kamau: circle of") for t in texts
    )
    # what was published is the command event every other console applies
    topic, payload = desk.sent[-1]
    assert topic == desk.command.topic
    assert b'"type": "area.draw"' in payload


def test_a_polygon_cordon_and_a_measured_distance(qtbot: Any, desk: Desk, monkeypatch: Any) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Yard B", True)))
    desk.window.map.actions["map_draw_polygon"].trigger()
    cm._wait_js(qtbot, desk.map, "idesk.drawing()", "polygon")
    for lat, lon in ((0.640, 34.272), (0.640, 34.281), (0.631, 34.281), (0.631, 34.272)):
        _click(desk.map, lat, lon)
    _click(desk.map, 0.631, 34.272, "dblclick")
    qtbot.waitUntil(lambda: bool(desk.command.drawn_areas(desk.incident.key)), timeout=5000)
    [yard] = desk.command.drawn_areas(desk.incident.key)
    assert (yard.label, len(yard.points)) == ("Yard B", 5)
    cm._wait_js(qtbot, desk.map, f"!!idesk.layerOf('cordon:{desk.incident.key}:{yard.id}')", True)

    desk.window.map.actions["map_measure"].trigger()
    cm._wait_js(qtbot, desk.map, "idesk.drawing()", "measure")
    _click(desk.map, 0.6359, 34.2786)
    _click(desk.map, 0.6359, 34.2876)  # about 1 km east on the equator
    _click(desk.map, 0.6359, 34.2876, "dblclick")
    qtbot.waitUntil(
        lambda: "Distance: 1.00 km" in desk.window.message_bar.label.text(), timeout=5000
    )
    cm._wait_js(qtbot, desk.map, "Math.round(idesk.lastMeasure)", 1001)
    # a measurement is no area of the incident
    assert len(desk.command.drawn_areas(desk.incident.key)) == 1


def test_drawing_needs_a_selected_incident(qtbot: Any, desk: Desk) -> None:
    desk.window.map.pin_incident(None)
    desk.window.map.actions["map_draw_circle"].trigger()
    assert "Select the incident" in desk.window.message_bar.label.text()
    assert cm._js(qtbot, desk.map, "idesk.drawing()") is None
