"""Agency map packages drawn by the real map page, served locally (no request leaves).

Each test builds its MBTiles or PMTiles file, offers it to the page, switches to it and
checks the pixels of the grabbed view: the package's colour is on screen, the attribution
is shown, and the interceptor blocked nothing (the ``map_view`` fixture checks that too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtGui import QColor

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.mappkg import open_package
from incident_desk.ui.map_tiles import tile_handler
from incident_desk.ui.map_view import MapView
from tests.gui import test_map_view as base
from tests.helpers.mappkgs import make_mbtiles, make_pmtiles, make_vector_pmtiles

pytestmark = base.pytestmark
map_view = base.map_view
_js = base._js


def _share_of(view: MapView, rgb: tuple[int, int, int]) -> float:
    """The share of sampled pixels of the view that have about this colour."""
    image = view.grab().toImage()
    hits = total = 0
    for x in range(5, image.width(), 20):
        for y in range(5, image.height(), 20):
            c = QColor(image.pixel(x, y))
            total += 1
            if max(abs(c.red() - rgb[0]), abs(c.green() - rgb[1]), abs(c.blue() - rgb[2])) < 12:
                hits += 1
    return hits / total


def _show(qtbot: Any, view: MapView, path: Path) -> str:
    package = open_package(path)
    view.destroyed.connect(package.close)
    assert view.add_package(package)
    with qtbot.waitCallback(timeout=10_000) as cb:
        view.use_basemap(package.key, cb)
    assert cb.args == [True]
    _js(qtbot, view, "idesk.map.setView([0.6, 34.2], 3, {animate: false}) && 1")
    layer = f"idesk.basemaps['{package.key}']"
    base._wait_js_true(qtbot, view, f"{layer}.isLoading && !{layer}.isLoading()")
    return package.key


@pytest.mark.parametrize(
    ("maker", "rgb", "attribution"),
    [
        (make_mbtiles, (200, 30, 30), "© Test Survey Agency"),
        (make_pmtiles, (30, 30, 200), "© Test Mapping Unit"),
        (make_vector_pmtiles, (214, 207, 191), "© Test Vector Survey"),  # the plain fill
    ],
)
def test_a_package_is_drawn_from_local_tiles(
    qtbot: Any, map_view: MapView, tmp_path: Path, maker: Any, rgb: Any, attribution: str
) -> None:
    assert _share_of(map_view, rgb) < 0.02  # a stray pixel of a label may come close
    suffix = "mbtiles" if maker is make_mbtiles else "pmtiles"
    path = tmp_path / f"agency.{suffix}"
    key = _show(qtbot, map_view, maker(path) if maker is make_vector_pmtiles else maker(path, rgb))
    qtbot.waitUntil(lambda: _share_of(map_view, rgb) > 0.5, timeout=10_000)
    handler = tile_handler(map_view.map_page.profile())
    assert handler is not None
    assert handler.served > 0
    text = _js(
        qtbot, map_view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert attribution in text
    assert _js(qtbot, map_view, "idesk.activeBasemap()") == key
    assert _js(qtbot, map_view, "idesk.tileErrors || 0") == 0
    # Back to the offline outline map: the package's colour goes, the land fill returns.
    with qtbot.waitCallback(timeout=10_000) as cb:
        map_view.use_basemap(None, cb)
    qtbot.waitUntil(lambda: _share_of(map_view, rgb) < 0.02, timeout=10_000)
    assert map_view.interceptor.blocked_urls == []
