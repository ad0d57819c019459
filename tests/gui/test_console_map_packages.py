"""Agency map packages in the console: from the settings list and Map → Add map package…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtWidgets import QFileDialog

from tests.gui import test_console_map as cm
from tests.gui.test_map_packages import _share_of
from tests.helpers.mappkgs import make_mbtiles

pytestmark = cm.pytestmark
store = cm.store
open_desk = cm.open_desk


def test_a_bad_package_is_named_and_the_map_keeps_working_with_the_good_one(
    qtbot: Any, open_desk: Callable[..., cm.Desk], tmp_path: Path, monkeypatch: Any
) -> None:
    desk = open_desk()
    window = desk.window
    broken = tmp_path / "broken.mbtiles"
    broken.write_bytes(b"PK\x03\x04 a zip file, not a map")
    good = make_mbtiles(tmp_path / "kenya-topo.mbtiles", (200, 30, 30))
    with qtbot.waitSignal(window.ops.failed, timeout=cm.JS_TIMEOUT_MS) as failed:
        window.map.add_packages([broken])
    assert failed.args == [
        f"Could not add the map package: {broken}: not a map package (neither an MBTiles"
        " SQLite file nor PMTiles)",
        "error",
    ]
    assert str(broken) in window.message_bar.label.text()
    # Map → Add map package… with the good file: it becomes the base map.
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), ""))
    )
    action = window.map.actions["map_add_package"]
    assert action.text() == "Map: add map package…"
    with qtbot.waitSignal(window.ops.finished, timeout=cm.JS_TIMEOUT_MS):
        action.trigger()
    assert "Map package added: Test raster" in window.message_bar.label.text()
    key = next(iter(window.map.packages))
    cm._wait_js(qtbot, desk.map, "idesk.activeBasemap()", key)
    cm._js(qtbot, desk.map, "idesk.map.setView([0.6, 34.2], 3, {animate: false}) && 1")
    qtbot.waitUntil(lambda: _share_of(desk.map, (200, 30, 30)) > 0.5, timeout=cm.JS_TIMEOUT_MS)
    assert cm._js(qtbot, desk.map, "idesk.counts()") == {"incidents": 0, "areas": 0, "units": 0}
    assert desk.map.interceptor.blocked_urls == []
