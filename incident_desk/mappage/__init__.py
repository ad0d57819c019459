"""The map page shell, built once with folium and served from local files (Qt-free).

- :func:`build_page` returns the HTML of the shell: Leaflet and plugins from local files,
  an empty layer per kind, the offline country boundaries and the page logic
  (``resources/map/idesk_map.js``). It never contains a CDN reference.
- :func:`write_page` writes that HTML plus every asset it references into one folder, ready
  for ``QWebEngineView.load(QUrl.fromLocalFile(...))`` (never ``setHtml``: 2 MB cap).
"""

from incident_desk.mappage._page import (
    ASSETS,
    BRIDGE_OBJECT_NAME,
    GEO_DIR,
    MAP_DIR,
    QWEBCHANNEL_SRC,
    OfflinePageError,
    build_page,
    external_references,
    write_page,
)

__all__ = [
    "ASSETS",
    "BRIDGE_OBJECT_NAME",
    "GEO_DIR",
    "MAP_DIR",
    "QWEBCHANNEL_SRC",
    "OfflinePageError",
    "build_page",
    "external_references",
    "write_page",
]
