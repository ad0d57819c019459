"""The map page shell as a string: offline, complete, and built without Qt."""

from __future__ import annotations

import re
from pathlib import Path

import folium
import pytest

from incident_desk.mappage import (
    MAP_DIR,
    QWEBCHANNEL_SRC,
    OfflinePageError,
    build_page,
    external_references,
    write_page,
)
from incident_desk.mappage import _page as page_module

TAG_REFS = re.compile(r"""<(script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']""", re.I)


def _refs(page: str) -> list[tuple[str, str]]:
    return [(m.group(1).lower(), m.group(2)) for m in TAG_REFS.finditer(page)]


@pytest.mark.parametrize(
    "tile_url", [None, "https://tiles.agency.example/{z}/{x}/{y}.png"], ids=["bare", "tiles"]
)
def test_no_remote_script_or_stylesheet(tile_url: str | None) -> None:
    page = build_page(tile_url=tile_url, attribution="© Agency")
    refs = _refs(page)
    assert refs, "the shell must load Leaflet from somewhere"
    for _tag, url in refs:
        assert not url.lower().startswith(("http://", "https://", "//")), url
    assert external_references(page) == []
    for cdn in ("cdn.jsdelivr", "code.jquery", "bootstrap", "cdnjs", "fontawesome", "netdna"):
        assert cdn not in page


def test_shell_contains_the_libraries_layers_and_bridge() -> None:
    page = build_page()
    srcs = [url for tag, url in _refs(page) if tag == "script"]
    assert srcs == [
        "lib/leaflet/leaflet.js",
        "lib/markercluster/leaflet.markercluster.js",
        "lib/protomaps/protomaps-leaflet.js",
        QWEBCHANNEL_SRC,
        "geo/countries-110m.js",
        "geo/countries-50m.js",
        "geo/borders-fine.js",
        "geo/places.js",
        "idesk_map.js",
    ]
    hrefs = [url for tag, url in _refs(page) if tag == "link"]
    assert "lib/leaflet/leaflet.css" in hrefs
    assert "idesk_map.css" in hrefs
    assert "L.control.layers(" in page
    assert re.search(r"idesk\.init\(map_\w+, layer_control_\w+, \{", page)
    assert "L.tileLayer" not in page  # no tiles unless configured
    assert len(page) < 50_000  # the boundaries travel in countries-*.js, not inline


def test_tile_layer_only_when_configured() -> None:
    page = build_page(
        tile_url="https://tiles.agency.example/{z}/{x}/{y}.png", attribution="Agency A"
    )
    assert "L.tileLayer" in page
    assert "https://tiles.agency.example/{z}/{x}/{y}.png" in page
    assert "Agency A" in page


def test_folium_class_defaults_are_left_alone() -> None:
    build_page()
    assert any("cdn" in url for _name, url in folium.Map.default_js)  # per instance override


def test_a_cdn_reference_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    assert external_references('<script src="https://cdn.x/leaflet.js"></script>') == [
        "https://cdn.x/leaflet.js"
    ]
    assert external_references('<link rel="stylesheet" href="//cdn.x/a.css"/>') == ["//cdn.x/a.css"]
    assert external_references("<style>@import url('https://fonts.x/css');</style>") == [
        "https://fonts.x/css"
    ]
    bad_js = [*page_module._JS, ("jquery", "https://code.jquery.com/jquery-3.7.1.min.js")]
    monkeypatch.setattr(page_module, "_JS", bad_js)
    with pytest.raises(OfflinePageError, match=r"code\.jquery\.com"):
        build_page()


def test_write_page_ships_every_referenced_file(tmp_path: Path) -> None:
    index = write_page(tmp_path / "map")
    page = index.read_text(encoding="utf-8")
    for _tag, url in _refs(page):
        if url.startswith("qrc:"):
            continue  # served by Qt itself
        assert (index.parent / url).is_file(), url
    countries = (index.parent / "geo" / "countries-50m.js").read_text(encoding="utf-8")
    assert countries.startswith("window.IDESK_COUNTRIES_50M = {")
    assert (index.parent / "lib" / "leaflet" / "images" / "layers.png").is_file()
    assert (index.parent / "lib" / "leaflet" / "LICENSE").is_file()
    # Leaflet's stylesheet points at its images relatively, and they are there.
    css = (index.parent / "lib" / "leaflet" / "leaflet.css").read_text(encoding="utf-8")
    for image in re.findall(r"url\((images/[^)]+)\)", css):
        assert (index.parent / "lib" / "leaflet" / image).is_file(), image


def test_page_script_offers_the_documented_api() -> None:
    js = (MAP_DIR / "idesk_map.js").read_text(encoding="utf-8")
    for name in ("applyBatch", "flyTo", "fitActive", "counts", "lastBatchMs", "init"):
        assert f"idesk.{name} =" in js
    assert "on_feature_clicked" in js
    assert "on_context_menu" in js
    assert "EXERCISE" in js
    for vendored in (
        MAP_DIR / "leaflet" / "leaflet.js",
        MAP_DIR / "markercluster" / "leaflet.markercluster.js",
    ):
        text = vendored.read_text(encoding="utf-8")
        assert "sourceMappingURL" not in text
