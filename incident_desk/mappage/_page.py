"""Build the folium shell once and point every script and stylesheet at local files.

folium 0.20's ``Map`` (a ``JSCSSMixin``) injects Leaflet 1.9.3, jQuery, Bootstrap, Font Awesome
and awesome-markers from public CDNs through its class-level ``default_js``/``default_css``.
We set both lists on the instance to our vendored copies (relative paths into the page
folder), add our own scripts the same way, and then check the rendered HTML: any ``http://``
or ``https://`` script or stylesheet raises :class:`OfflinePageError`.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
from pathlib import Path
from typing import Any

from incident_desk.errors import ConfigError
from incident_desk.places import Gazetteer
from incident_desk.shipped import resource_path

MAP_DIR = resource_path("map")
GEO_DIR = resource_path("geo")

#: The bridge object's name on the QWebChannel (the page looks for it).
BRIDGE_OBJECT_NAME = "idesk_bridge"
QWEBCHANNEL_SRC = "qrc:///qtwebchannel/qwebchannel.js"

# Files copied verbatim into the page folder: page-relative path -> source.
ASSETS: dict[str, Path] = {
    "lib/leaflet/leaflet.js": MAP_DIR / "leaflet" / "leaflet.js",
    "lib/leaflet/leaflet.css": MAP_DIR / "leaflet" / "leaflet.css",
    "lib/leaflet/LICENSE": MAP_DIR / "leaflet" / "LICENSE",
    **{
        f"lib/leaflet/images/{p.name}": p
        for p in sorted((MAP_DIR / "leaflet" / "images").glob("*.png"))
    },
    "lib/markercluster/leaflet.markercluster.js": MAP_DIR
    / "markercluster"
    / "leaflet.markercluster.js",
    "lib/markercluster/MarkerCluster.css": MAP_DIR / "markercluster" / "MarkerCluster.css",
    "lib/markercluster/MarkerCluster.Default.css": MAP_DIR
    / "markercluster"
    / "MarkerCluster.Default.css",
    "lib/markercluster/LICENSE": MAP_DIR / "markercluster" / "LICENSE",
    "lib/protomaps/protomaps-leaflet.js": MAP_DIR / "protomaps" / "protomaps-leaflet.js",
    "lib/protomaps/LICENSE": MAP_DIR / "protomaps" / "LICENSE",
    "idesk_map.js": MAP_DIR / "idesk_map.js",
    "idesk_map.css": MAP_DIR / "idesk_map.css",
}
# GeoJSON wrapped as scripts assigning a global (file:// pages cannot fetch() local files).
_GEO_SCRIPTS: dict[str, tuple[str, Path]] = {
    "geo/countries-50m.js": ("IDESK_COUNTRIES_50M", GEO_DIR / "countries-50m.geojson"),
    "geo/countries-110m.js": ("IDESK_COUNTRIES_110M", GEO_DIR / "countries-110m.geojson"),
    "geo/borders-fine.js": ("IDESK_BORDERS_FINE", GEO_DIR / "borders-fine.geojson"),
}

_JS = [
    ("leaflet", "lib/leaflet/leaflet.js"),
    ("leaflet_markercluster", "lib/markercluster/leaflet.markercluster.js"),
    ("protomaps_leaflet", "lib/protomaps/protomaps-leaflet.js"),
    ("qwebchannel", QWEBCHANNEL_SRC),
    ("idesk_countries_110m", "geo/countries-110m.js"),
    ("idesk_countries_50m", "geo/countries-50m.js"),
    ("idesk_borders_fine", "geo/borders-fine.js"),
    ("idesk_places", "geo/places.js"),
    ("idesk_map", "idesk_map.js"),
]
_CSS = [
    ("leaflet_css", "lib/leaflet/leaflet.css"),
    ("markercluster_css", "lib/markercluster/MarkerCluster.css"),
    ("markercluster_default_css", "lib/markercluster/MarkerCluster.Default.css"),
    ("idesk_map_css", "idesk_map.css"),
]

# East Africa, where the shipped scenarios start.
DEFAULT_CENTER = (1.5, 36.0)
DEFAULT_ZOOM = 5

_REF = re.compile(
    r"""<(?:script|link|img|iframe|source)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']""",
    re.IGNORECASE,
)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?["']?(https?:[^"')\s]+)""", re.IGNORECASE)


class OfflinePageError(ConfigError, RuntimeError):
    """The generated page would reach the network (a CDN reference slipped in)."""


@functools.cache
def _init_element() -> Any:
    """The element class that calls ``idesk.init(map, layerControl, options)`` after folium
    created both (defined on first use: folium, branca and jinja2 are imported only when a
    page is built, after the window's first paint, not when the console starts)."""
    from branca.element import MacroElement
    from jinja2 import Template

    class _Init(MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}\n"
            "idesk.init({{ this.map_name }}, {{ this.control_name }}, {{ this.options }});\n"
            "{% endmacro %}"
        )

        def __init__(self, map_name: str, control_name: str, options: dict[str, Any]) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # branca is partly typed
            self._name = "IdeskInit"
            self.map_name = map_name
            self.control_name = control_name
            self.options = json.dumps(options)

    return _Init


@functools.cache
def _page_places() -> str:
    """The gazetteer rows the page labels, as compact JSON (built once per process)."""
    rows = Gazetteer.load().as_page_rows()
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def external_references(page: str) -> list[str]:
    """Every ``http(s)://`` URL a tag in ``page`` would load (scripts, styles, images...)."""
    refs = [m.group(1) for m in _REF.finditer(page)]
    refs += _CSS_IMPORT.findall(page)
    return [r for r in refs if r.lower().startswith(("http://", "https://", "//"))]


def build_page(*, tile_url: str | None = None, attribution: str | None = None) -> str:
    """The map shell as HTML, referencing assets by page-relative paths (see :func:`write_page`).

    Args:
        tile_url: an optional agency tile server (``https://tiles.example/{z}/{x}/{y}.png``);
            it becomes a base layer. The offline country boundaries are always there.
        attribution: the tile layer's attribution text (required by most tile licences).
    """
    import folium
    from branca.element import Figure

    fmap = folium.Map(
        location=list(DEFAULT_CENTER),
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        control_scale=True,
        world_copy_jump=True,
    )
    # Instance attributes shadow folium's CDN lists (class attributes of JSCSSMixin).
    fmap.default_js = list(_JS)
    fmap.default_css = list(_CSS)
    if tile_url:
        folium.TileLayer(
            tiles=tile_url,
            attr=attribution or "Agency tile server",
            name="Agency tiles",
            overlay=False,
            control=True,
        ).add_to(fmap)
    control = folium.LayerControl(collapsed=True, position="topright")
    control.add_to(fmap)
    options = {"hasTiles": bool(tile_url)}
    _init_element()(fmap.get_name(), control.get_name(), options).add_to(fmap)
    root = fmap.get_root()
    if isinstance(root, Figure):
        root.title = "Incident Desk map"
    page: str = root.render()
    page = page.replace("<head>", '<head>\n    <meta name="referrer" content="no-referrer" />', 1)
    bad = external_references(page)
    if bad:
        raise OfflinePageError(f"map page references remote resources: {bad}")
    return page


def write_page(
    directory: Path, *, tile_url: str | None = None, attribution: str | None = None
) -> Path:
    """Write ``index.html`` and every asset it references into ``directory``; return the path.

    The country GeoJSON is wrapped into ``geo/countries-*.js`` (``window.IDESK_COUNTRIES_*``)
    because a ``file://`` page may load scripts but not ``fetch()`` sibling files.
    """
    directory.mkdir(parents=True, exist_ok=True)
    for rel, source in ASSETS.items():
        target = directory / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for rel, (global_name, source) in _GEO_SCRIPTS.items():
        target = directory / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_text(encoding="utf-8").strip()
        target.write_text(f"window.{global_name} = {data};\n", encoding="utf-8")
    places = directory / "geo" / "places.js"
    places.write_text(f"window.IDESK_PLACES = {_page_places()};\n", encoding="utf-8")
    index = directory / "index.html"
    index.write_text(build_page(tile_url=tile_url, attribution=attribution), encoding="utf-8")
    return index
