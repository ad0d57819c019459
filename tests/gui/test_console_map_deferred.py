"""The live map is built after the window's first paint: until then the map dock says
"Loading map…", and what the console sent the map meanwhile (the stored incidents and
areas, the selected alert's flight and pinned incident, the theme) is on the page once it
has loaded. Real main window, real SQLite store, real QtWebEngine page (offscreen, offline).
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtWidgets import QLabel

from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.map_view import MapView
from incident_desk.ui.theme import apply_theme
from tests.gui import test_console_map as cm
from tests.gui.fakes import wait_loaded
from tests.unit.incidents.build import NOW

pytestmark = cm.pytestmark
store = cm.store


def _window(
    qtbot: Any, store: Store, *, closed_by_test: bool = False
) -> tuple[MainWindow, IncidentBoard]:
    board = IncidentBoard(store, cm._lookup, clock=lambda: NOW)
    identity = Identity(
        country="KE", agency="nps", sender="nps.go.ke", operator=cm.OPERATOR,
        workstation=cm.WORKSTATION,
    )  # fmt: skip
    console = Console(store, identity, board=board)
    bridge = BusBridge()
    console.add_listener(bridge.post_changes)
    window = MainWindow(console, bridge, db_label="sqlite://", broker_label="-", sound=False)
    if not closed_by_test:  # else pytest-qt would close it a second time
        qtbot.addWidget(window)
    return window, board


def _placeholder(window: MainWindow) -> QLabel | None:
    return window.map_dock.findChild(QLabel, "map_placeholder")


def test_what_the_console_sent_before_the_map_was_built_is_on_it(
    qtbot: Any, store: Store, qapp: Any
) -> None:
    ids = cm._seed(store, IncidentBoard(store, cm._lookup, clock=lambda: NOW))
    apply_theme(qapp, "dark")  # the page starts light
    window, board = _window(qtbot, store)
    wait_loaded(qtbot, window)  # the stored incidents and areas were sent to the map

    # Not painted yet: no web view, the dock says the map is coming.
    assert window.map_view is None
    placeholder = _placeholder(window)
    assert placeholder is not None
    assert placeholder.text() == "Loading map…"
    # The operator selects the Mandera alert before the map is there.
    assert window.select_alert(ids[1])
    mandera = cm._incident_of(board, ids[1])

    with qtbot.waitSignal(window.map.loaded, timeout=cm.LOAD_TIMEOUT_MS) as blocker:
        window.resize(1600, 1000)
        window.show()
    assert blocker.args == [True]
    view = window.map_view
    assert isinstance(view, MapView)
    assert view.isVisible()
    qtbot.waitUntil(lambda: _placeholder(window) is None, timeout=cm.JS_TIMEOUT_MS)
    expected = {"incidents": len(cm.PLACES), "areas": len(ids), "units": 0}
    cm._wait_js(qtbot, view, "idesk.counts()", expected)
    cm._wait_js(qtbot, view, "idesk.pinnedKey()", mandera.key)
    cm._wait_js(qtbot, view, cm._near(3.93, 41.86), True)
    assert cm._js(qtbot, view, "idesk.theme") == "dark"
    cm._close(qtbot, cm.Desk(store, board, window.console, window.bridge, window))  # type: ignore[arg-type]


def test_a_window_closed_before_its_first_paint_never_builds_the_map(
    qtbot: Any, store: Store
) -> None:
    window, _board = _window(qtbot, store, closed_by_test=True)
    wait_loaded(qtbot, window)
    window.close()
    assert _placeholder(window) is None
    window.map.build_view()  # what the first paint would have done
    assert window.map_view is None
    window.deleteLater()
