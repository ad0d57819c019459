"""The live incident map: a QtWebEngine view of the folium shell, fed GeoJSON batches.

The page is written once to a folder with its assets (``incident_desk.mappage.write_page``)
and loaded by file URL (never ``setHtml``: 2 MB cap). Updates never rebuild
it: :meth:`MapView.push` collects upserts and removals and a ``QTimer`` sends them as one
``idesk.applyBatch`` call at most every ``flush_interval_ms``.

Offline guarantee: every map page lives in one off-the-record profile whose request
interceptor lets through only ``file:``, ``qrc:``, ``data:``, ``blob:`` and ``idesk-tiles:``
(agency map packages, ``ui/map_tiles.py``) URLs, none of which leave the machine, plus the
origin of a configured agency tile server; anything else is blocked and logged as an error
on ``incident_desk.map``.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from incident_desk.cap import SEVERITIES, Status
from incident_desk.incidents import IncidentStatus
from incident_desk.mappage import BRIDGE_OBJECT_NAME, write_page
from incident_desk.mappkg import MapPackage
from incident_desk.trust.wording import WORDING, trust_marker
from incident_desk.ui.bidi import right_to_left
from incident_desk.ui.cap_words import cap_word
from incident_desk.ui.map_bridge import MapBridge
from incident_desk.ui.map_tiles import tile_handler

log = logging.getLogger("incident_desk.map")

_CAP_CODES = (*SEVERITIES, *(str(s) for s in Status))  # what a feature's severity/status hold
_INCIDENT_STATES = tuple(str(s) for s in IncidentStatus)

LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "blob", "idesk-tiles"})
Feature = Mapping[str, Any]


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that could leave the machine (Qt 6 calls it on the GUI thread).

    Attributes:
        blocked_urls: every URL blocked so far, oldest first (tests assert it stays empty).
        allowed_origins: ``scheme://host:port`` origins let through (an agency tile server).
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.blocked_urls: list[str] = []
        self.allowed_origins: set[str] = set()

    def allow_url_origin(self, url: str) -> None:
        origin = _origin(QUrl(url.replace("{", "").replace("}", "")))
        if origin:
            self.allowed_origins.add(origin)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # Qt override
        url = info.requestUrl()
        if url.scheme() in LOCAL_SCHEMES or _origin(url) in self.allowed_origins:
            return
        info.block(True)
        text = url.toDisplayString()
        self.blocked_urls.append(text)
        log.error("map: blocked a network request (offline map): %s", text)


def _origin(url: QUrl) -> str:
    if not url.isValid() or not url.host():
        return ""
    return f"{url.scheme()}://{url.host().lower()}:{url.port(-1)}"


_profile: QWebEngineProfile | None = None
_interceptor: OfflineInterceptor | None = None


def map_profile() -> tuple[QWebEngineProfile, OfflineInterceptor]:
    """The one off-the-record profile all map pages share, with its interceptor.

    It is a child of the application, so it outlives every page (Qt requires pages to be
    deleted before their profile).
    """
    global _profile, _interceptor  # one profile per process, by design
    if _profile is None or _interceptor is None:
        app = QCoreApplication.instance()
        _profile = QWebEngineProfile(app)  # no storage name: off the record, nothing on disk
        _interceptor = OfflineInterceptor(app)
        _profile.setUrlRequestInterceptor(_interceptor)
        _profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        _profile.setSpellCheckEnabled(False)
        tile_handler(_profile)  # before any page: Chromium asks for scheme handlers up front
    return _profile, _interceptor


class MapPage(QWebEnginePage):
    """Sends the page's JavaScript console to the ``incident_desk.map`` logger.

    Attributes:
        console_errors: every JS error message seen (``source:line: message``).
    """

    _LEVELS: ClassVar[dict[QWebEnginePage.JavaScriptConsoleMessageLevel, int]] = {
        QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: logging.INFO,
        QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
        QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
    }

    def __init__(self, profile: QWebEngineProfile, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self.console_errors: list[str] = []

    def javaScriptConsoleMessage(  # Qt override
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line_number: int,
        source_id: str,
    ) -> None:
        py_level = self._LEVELS.get(level, logging.INFO)
        source = source_id.rsplit("/", 1)[-1] or "page"
        if py_level >= logging.ERROR:
            self.console_errors.append(f"{source}:{line_number}: {message}")
        log.log(py_level, "js %s:%d: %s", source, line_number, message)


class MapView(QWebEngineView):
    """The live map. Feed it with :meth:`push`; it never reloads for an update.

    Signals:
        loaded(bool): the page finished loading (``True``) or failed (``False``).
        feature_clicked(str): an item (incident, area, unit) with this id was clicked.
        create_incident_requested(float, float): right-click at ``lat, lon`` (CAP order).
        cursor_moved(float, float): the mouse is over ``lat, lon`` (throttled in the page).
        drawn(object): a drawing tool finished (``MapBridge.drawn``: circle, polygon, measure).
        batch_applied(float): a batch reached the page; its in-page cost in milliseconds.

    Attributes:
        js_calls: how many batches have been sent (bursts collapse into few calls).
        page_dir: the folder holding ``index.html`` and its assets.

    Args:
        defer: do not write and load the page yet: :meth:`start_page` does (the window
            builds the whole view after its first paint instead: ``ui/map_wiring.py``).
    """

    MAX_ITEMS = 1_000  # features items (alerts, incidents, units) per page call

    loaded = Signal(bool)
    feature_clicked = Signal(str)
    create_incident_requested = Signal(float, float)
    cursor_moved = Signal(float, float)
    drawn = Signal(object)
    batch_applied = Signal(float)
    _page_written = Signal(str)  # index.html written by the worker ("": it failed)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tile_url: str | None = None,
        attribution: str | None = None,
        page_dir: Path | None = None,
        flush_interval_ms: int = 100,
        defer: bool = False,
    ) -> None:
        super().__init__(parent)
        profile, self._interceptor = map_profile()
        if tile_url:
            self._interceptor.allow_url_origin(tile_url)
        self._page = MapPage(profile, self)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, bool(tile_url)
        )
        self.setPage(self._page)
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject(BRIDGE_OBJECT_NAME, self.bridge)
        self._page.setWebChannel(self._channel)
        self.bridge.feature_clicked.connect(self.feature_clicked)
        self.bridge.create_incident_requested.connect(self.create_incident_requested)
        self.bridge.cursor_moved.connect(self.cursor_moved)
        self.bridge.drawn.connect(self.drawn)

        self._is_loaded = False
        self._upserts: dict[str, list[dict[str, Any]]] = {}
        self._removes: set[str] = set()
        self.js_calls = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(flush_interval_ms)
        self._timer.timeout.connect(self._flush)

        # set when the view goes (before its folder is removed): a page still being written
        # then fails quietly, it is not a fault
        self._gone = threading.Event()
        self.destroyed.connect(lambda *_, gone=self._gone: gone.set())
        if page_dir is None:
            page_dir = Path(tempfile.mkdtemp(prefix="incident-desk-map-"))
            # Removed with the view (a closure over the path, not over self).
            self.destroyed.connect(lambda *_: shutil.rmtree(page_dir, ignore_errors=True))
        self.page_dir = page_dir
        self._tile_url, self._attribution = tile_url, attribution
        self._page_started = False
        self.loadFinished.connect(self._on_load_finished)
        self._page_written.connect(self._load_index)
        if not defer:
            self.start_page()

    def start_page(self) -> None:
        """Write the page and its assets on a worker thread, then load it (once).

        Building the folium shell and copying the boundaries and the gazetteer costs about half
        a second of Python; the window builds the view after its first paint, and the thread
        keeps the page from freezing the window that is already on screen.
        """
        if self._page_started:
            return
        self._page_started = True
        page_dir, tile_url, attribution = self.page_dir, self._tile_url, self._attribution
        gone = self._gone

        def write() -> None:
            try:
                index = str(write_page(page_dir, tile_url=tile_url, attribution=attribution))
            except Exception as exc:
                if gone.is_set():  # the view was closed while its page was being written
                    return
                log.error("map: the page could not be written to %s: %s", page_dir, exc)
                index = ""
            # RuntimeError: the view was closed while the page was being written
            with contextlib.suppress(RuntimeError):
                self._page_written.emit(index)

        threading.Thread(target=write, name="map-page", daemon=True).start()

    @Slot(str)
    def _load_index(self, index: str) -> None:
        if not index:
            self._on_load_finished(False)
            return
        self.load(QUrl.fromLocalFile(index))

    @property
    def map_page(self) -> MapPage:
        return self._page

    @property
    def interceptor(self) -> OfflineInterceptor:
        return self._interceptor

    @property
    def is_loaded(self) -> bool:
        return self._is_loaded

    def page_labels(self) -> dict[str, Any]:
        """The words the page shows, in the console's language (``idesk.setLabels``)."""
        return {
            "exercise": self.tr("EXERCISE"),
            "status": {
                "available": self.tr("Available"),
                "assigned": self.tr("Assigned"),
                "en_route": self.tr("En route"),
                "on_scene": self.tr("On scene"),
                "out_of_service": self.tr("Out of service"),
                "unknown": self.tr("Status unknown"),
            },
            # the code values features carry, as words: CAP severity and status, an
            # incident's status, the trust marker of an alert the check did not verify
            "cap": {code: cap_word(code) for code in _CAP_CODES},
            "incident": {s: QCoreApplication.translate("core", s) for s in _INCIDENT_STATES},
            "trust": {
                state: trust_marker(state, QCoreApplication.translate)
                for state, wording in WORDING.items()
                if wording.marker is not None
            },
            "stale": self.tr("stale since {time}"),
            #: the map's data credit; {places} and {borders} are the licensed sources' own
            #: names (kept as their licences ask), only the words around them are translated
            "credit": self.tr("Natural Earth · places: {places} · borders: {borders}"),
            "direction": "rtl" if right_to_left() else "ltr",  # the credit's, in Arabic
            # the scale bar's lengths ({n}: a number of metres or of kilometres)
            "scale": {"m": self.tr("{n} m"), "km": self.tr("{n} km")},
            "layers": {
                "outline": self.tr("Outline map (offline)"),
                "countries": self.tr("Country boundaries (offline)"),
                "places": self.tr("Place names (offline)"),
                "areas": self.tr("CAP areas and cordons"),
                "units": self.tr("Units"),
                "incidents": self.tr("Incidents"),
            },
        }

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py): the page's words and what it
        has drawn follow."""
        if self._is_loaded:
            self._send_labels()

    def _send_labels(self) -> None:
        labels = json.dumps(self.page_labels(), ensure_ascii=False)
        self._page.runJavaScript(f"idesk.setLabels({labels})", 0)

    @Slot(bool)
    def _on_load_finished(self, ok: bool) -> None:
        self._is_loaded = ok
        if not ok:
            log.error("map: page failed to load from %s", self.page_dir)
        else:
            self._send_labels()
        self.loaded.emit(ok)
        if ok and (self._upserts or self._removes):
            self._timer.start()

    # -- live data ---------------------------------------------------------------------------

    def push(self, upsert: Iterable[Feature] = (), remove: Iterable[str] = ()) -> None:
        """Queue GeoJSON features to add/replace (by ``properties.id``) and ids to remove.

        Cheap to call in bursts: everything queued within ``flush_interval_ms`` reaches the
        page as one batch. Features sharing an id in one call form one item (an area with
        several shapes); a later call replaces an earlier one for the same id.
        """
        fresh: dict[str, list[dict[str, Any]]] = {}
        for feature in upsert:
            fid = str(feature["properties"]["id"])
            fresh.setdefault(fid, []).append(dict(feature))
        for fid in remove:
            fid = str(fid)
            self._upserts.pop(fid, None)
            fresh.pop(fid, None)
            self._removes.add(fid)
        self._upserts.update(fresh)
        if not self._timer.isActive():
            self._timer.start()

    def has_queued(self) -> bool:
        """True while features wait to be sent to the page."""
        return bool(self._upserts or self._removes)

    def flush_now(self) -> None:
        """Send whatever is queued now (no-op before the page has loaded)."""
        self._timer.stop()
        self._flush()

    @Slot()
    def _flush(self) -> None:
        if not self._is_loaded or not (self._upserts or self._removes):
            return
        # at most MAX_ITEMS items per call: a backlog (every stored area at first load)
        # reaches the page in slices, and the GUI thread never serialises megabytes at once
        ids = list(itertools.islice(self._upserts, self.MAX_ITEMS))
        upserts = [f for fid in ids for f in self._upserts.pop(fid)]
        removes = sorted(self._removes)
        payload: dict[str, Any] = {"upsert": upserts, "remove": removes}
        self._removes = set()
        if self._upserts:
            payload["more"] = True  # the page stages this slice and adds it with the last
            # a backlog (the first load) goes on at once, slice by slice: waiting the flush
            # interval between slices only delayed the full map (12 slices: 1.2 s of idling)
            QTimer.singleShot(0, self._flush)
        self.js_calls += 1
        started = time.perf_counter()
        script = f"idesk.applyBatch({json.dumps(payload, separators=(',', ':'))}).ms"

        def done(ms: object) -> None:
            value = float(ms) if isinstance(ms, int | float) else float("nan")
            log.debug(
                "map: batch of %d upserts/%d removes, %.1f ms in page, %.1f ms round trip",
                len(upserts),
                len(removes),
                value,
                (time.perf_counter() - started) * 1000,
            )
            self.batch_applied.emit(value)

        self._page.runJavaScript(script, 0, done)

    # -- view commands -----------------------------------------------------------------------

    def evaluate(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run ``script`` in the page after any queued batch; ``callback`` gets its value."""
        self.flush_now()
        if callback is None:
            self._page.runJavaScript(script, 0)
        else:
            self._page.runJavaScript(script, 0, callback)

    def remove_exercise(self, callback: Callable[[Any], None] | None = None) -> None:
        """Take every exercise item off the map, queued or drawn (the console left its
        exercise); ``callback`` gets how many drawn items went."""
        for fid in [f for f, shapes in self._upserts.items() if _of_exercise(shapes[0])]:
            del self._upserts[fid]
        self.evaluate("idesk.removeExercise()", callback)

    def fly_to(self, feature_id: str, callback: Callable[[Any], None] | None = None) -> None:
        """Centre the map on an item; ``callback(bool)`` says whether it was found."""
        self.evaluate(f"idesk.flyTo({json.dumps(feature_id)})", callback)

    def select(self, feature_id: str | None, callback: Callable[[Any], None] | None = None) -> None:
        """Pin the incident with this id (its ring and key stay on the map); None: no pin."""
        self.evaluate(f"idesk.select({json.dumps(feature_id)})", callback)

    def fly_to_point(
        self,
        lat: float,
        lon: float,
        zoom: int,
        label: str = "",
        callback: Callable[[Any], None] | None = None,
    ) -> None:
        """Fly to ``lat, lon`` at ``zoom`` and mark the point with ``label`` (a search result)."""
        args = json.dumps([lat, lon, zoom, label], ensure_ascii=False)[1:-1]
        self.evaluate(f"idesk.flyToPoint({args})", callback)

    def add_package(
        self, package: MapPackage, callback: Callable[[Any], None] | None = None
    ) -> bool:
        """Offer an open agency map package as a base layer (the layer control lists it).

        False when this process cannot serve packages (scheme not registered in time)."""
        handler = tile_handler(self._page.profile())
        if handler is None:
            return False
        handler.packages[package.key] = package
        desc = json.dumps(package.describe(), ensure_ascii=False)
        self.evaluate(f"idesk.addBasemap({desc})", callback)
        return True

    def use_basemap(self, key: str | None, callback: Callable[[Any], None] | None = None) -> None:
        """Show the package with this key as the base map (None: the offline outline map)."""
        self.evaluate(f"idesk.useBasemap({json.dumps(key)})", callback)

    def start_drawing(self, mode: str, callback: Callable[[Any], None] | None = None) -> None:
        """Turn on a drawing tool: ``circle``, ``polygon`` or ``measure`` (Esc cancels)."""
        self.evaluate(f"idesk.startDraw({json.dumps(mode)})", callback)

    def set_theme(self, name: str, callback: Callable[[Any], None] | None = None) -> None:
        """Restyle land, sea and borders for the console's ``dark`` or ``light`` theme."""
        self.evaluate(f"idesk.setTheme({json.dumps(name)})", callback)

    def fit_active(self, callback: Callable[[Any], None] | None = None) -> None:
        """Zoom to every active incident and area (``callback(bool)``: anything to show)."""
        self.evaluate("idesk.fitActive()", callback)

    def counts(self, callback: Callable[[Any], None]) -> None:
        """``callback({"incidents": n, "areas": n, "units": n})`` as the page sees it."""
        self.evaluate_json("idesk.counts()", callback)

    def evaluate_json(self, expression: str, callback: Callable[[Any], None]) -> None:
        """Evaluate ``expression`` and hand ``callback`` its value via JSON (objects, lists).

        ``runJavaScript`` results cross into Python reliably only as primitives, so the
        value travels as a JSON string; ``None`` if the expression threw or is undefined.
        """

        def parse(text: object) -> None:
            callback(json.loads(text) if isinstance(text, str) and text else None)

        self.evaluate(f"JSON.stringify({expression})", parse)


def _of_exercise(feature: dict[str, Any]) -> bool:
    return feature.get("properties", {}).get("exercise_id") is not None
