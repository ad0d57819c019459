"""The live map in the window: fed from the store feed, wired both ways to the selection.

The page (``MapView``, QtWebEngine) is built just after the window's first paint: until then
the dock shows "Loading map…" and whatever the window sends the map (features, the pinned
incident, a flight, the theme) waits here and reaches the page once it has loaded. It is fed
what the window's background reads bring (every alert area and incident once it has loaded,
then only what changed: never a reload). A click
on the map selects that incident or alert in the console; selecting an alert or an incident
flies the map there; a right-click opens a new incident at that point (an operator action
through the window's ``OpRunner``). Units come from the command board when it changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QLineEdit

from incident_desk.errors import StoreError
from incident_desk.mapfeed import (
    alert_feature_id,
    incident_feature_id,
    parse_feature_id,
    unit_update,
)
from incident_desk.mappkg import MapPackage, open_package
from incident_desk.places import Findable, Hit
from incident_desk.ui.map_cordons import CordonTools
from incident_desk.ui.map_menu import build_map_menu
from incident_desk.ui.map_panel import MapPanel
from incident_desk.ui.theme import current_theme
from incident_desk.ui.update_dialog import UpdateAction

log = logging.getLogger("incident_desk.ui")


class MapWiring(QObject):
    """The map dock's page and its connections to the rest of the window.

    Signals:
        loaded(bool): the page finished loading (``True``, and what waited is applied) or
            failed (``False``).

    Attributes:
        shown: this console shows a live map (False without one, fake-core unit tests only,
            and once the window has removed it).
        view: the ``MapView``; None until it is built (just after the window's first paint)
            and without a map.
        ready: the page has loaded and takes batches.
    """

    loaded = Signal(bool)

    def __init__(
        self,
        window: Any,
        *,
        with_map: bool,
        tile_url: str | None,
        attribution: str | None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.shown = with_map
        self.view: Any = None
        self.panel: MapPanel | None = None
        self.cordons: CordonTools | None = None
        self.update_action: UpdateAction | None = None  # Map → Publish update…
        self.pinned_incident: int | None = None  # the selected incident, pinned on the map
        self.ready = False
        self._incidents: dict[str, Findable] = {}
        self._units: dict[str, Findable] = {}
        self.actions: dict[str, QAction] = {}
        self.packages: dict[str, MapPackage] = {}  # key -> open package shown as a layer
        self._waiting: list[tuple[MapPackage, bool]] = []  # opened before the page loaded
        self._following = True  # False while a map click drives the selection
        # sent before the page could take it: features before the view exists, and the last
        # command of each kind ("move": a flight or a fit, "draw": a drawing tool)
        self._queued: list[tuple[list[Any], list[str]]] = []
        self._exercise_found: set[str] = set()  # findable ids of exercise items
        self._on_load: dict[str, Callable[[Any], object]] = {}
        self._tile_url, self._attribution = tile_url, attribution
        if not with_map:
            return
        from incident_desk.ui import first_paint

        # QtWebEngine (its profile starts Chromium) and the page (about half a second of
        # Python, on a worker thread) wait until the window is on screen
        placeholder = QLabel(self.tr("Loading map…"))
        placeholder.setObjectName("map_placeholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setMinimumSize(250, 150)
        self.panel = MapPanel(placeholder, self.findables)
        window.map_dock.setWidget(self.panel)
        first_paint.after(window, self.build_view)
        self.panel.hit_chosen.connect(self.go_to)
        self.panel.readout.copied.connect(
            lambda text: window.message_bar.show_message(self.tr("Copied {text}").format(text=text))
        )
        self.cordons = CordonTools(self)
        self.actions = build_map_menu(
            window,
            {
                "map_search": self.focus_search,
                "map_draw_circle": self.cordons.draw_circle,
                "map_draw_polygon": self.cordons.draw_polygon,
                "map_measure": self.cordons.measure,
                "map_add_package": self.ask_for_package,
                "map_publish_update": self.publish_update,
            },
        )
        self.update_action = UpdateAction(window, self.actions["map_publish_update"])
        window.queue.current_alert_changed.connect(self.follow_alert)
        window.incident_board.incident_selected.connect(self.follow_incident)

    @Slot()
    def build_view(self) -> None:
        """Build the live map in place of "Loading map…" (once; not after ``remove``) and
        hand it the features sent so far; the page is written on a worker thread."""
        if not self.shown or self.view is not None or self.panel is None:
            return
        from incident_desk.ui.map_view import MapView  # QtWebEngine only where a map is shown

        view = MapView(tile_url=self._tile_url, attribution=self._attribution)
        view.setObjectName("map_view")
        view.setMinimumSize(250, 150)
        panel = self.panel
        view.cursor_moved.connect(lambda lat, lon: panel.readout.show_position((lat, lon)))
        if self.cordons is not None:
            view.drawn.connect(self.cordons.on_drawn)
        view.loaded.connect(self._on_loaded)
        view.feature_clicked.connect(self._on_feature_clicked)
        view.create_incident_requested.connect(self.create_incident_at)
        self.view = view
        panel.set_view(view)
        queued, self._queued = self._queued, []
        for upsert, remove in queued:
            view.push(upsert, remove)

    def when_loaded(self, kind: str, command: Callable[[Any], object]) -> None:
        """Run ``command(view)`` now if the page has loaded, else once it has (the last
        command of each ``kind`` is kept: only the latest flight matters)."""
        if not self.shown:
            return
        if self.view is not None and self.ready:
            command(self.view)
        else:
            self._on_load[kind] = command

    @Slot()
    def publish_update(self) -> None:
        """Map → Publish update…: the selected incident's CAP Update with its cordons."""
        if self.update_action is not None:
            self.update_action.trigger()

    def push(self, upsert: list[Any], remove: list[str] | None = None) -> None:
        if not self.shown or not (upsert or remove):
            return
        self._remember(upsert, remove or [])
        if self.view is not None:
            self.view.push(upsert, remove or [])
        else:
            self._queued.append((list(upsert), list(remove or [])))

    def remove_exercise(self) -> None:
        """The console left its exercise: its incidents, areas, units and cordons leave the
        map and the map's search (the store keeps them)."""
        self._queued = [
            ([f for f in upsert if f["properties"].get("exercise_id") is None], remove)
            for upsert, remove in self._queued
        ]
        for fid in self._exercise_found:
            self._incidents.pop(fid, None)
            self._units.pop(fid, None)
        self._exercise_found.clear()
        if self.view is not None:
            self.view.remove_exercise()

    def refresh_cordons(self, keys: set[str]) -> None:
        """The command of these incidents changed: redraw their drawn areas."""
        if self.cordons is not None and keys:
            self.cordons.refresh(keys)

    def push_units(self, units: list[Any]) -> None:
        if self.view is None or not self.ready:
            return
        update = unit_update(units, self.window.console.exercise_id)
        if update:
            self._remember(update.upsert, update.remove)
            self.view.push(update.upsert, update.remove)

    def _remember(self, upsert: list[Any], remove: list[str]) -> None:
        """Keep what the search box can find: incidents by key, units by callsign."""
        for fid in remove:
            self._incidents.pop(fid, None)
            self._units.pop(fid, None)
        for feature in upsert:
            props = feature.get("properties", {})
            kind, fid = props.get("kind"), str(props.get("id", ""))
            if kind not in ("incident", "unit") or feature["geometry"]["type"] != "Point":
                continue
            lon, lat = feature["geometry"]["coordinates"][:2]
            if props.get("exercise_id") is not None:
                self._exercise_found.add(fid)
            if kind == "incident":
                text = str(props.get("key") or props.get("label") or fid)
                self._incidents[fid] = Findable(text, str(props.get("label", "")), lat, lon, fid)
            else:
                text = str(props.get("label") or fid)
                self._units[fid] = Findable(text, str(props.get("agency", "")), lat, lon, fid)

    def findables(self) -> list[Findable]:
        return [*self._incidents.values(), *self._units.values()]

    # -- agency map packages ------------------------------------------------------------

    def add_packages(self, paths: list[Any], *, show_first: bool = True) -> None:
        """Open each package off the GUI thread and offer it as a base layer; a bad file is
        reported (file and problem) and skipped. ``show_first``: the first good one becomes
        the base map."""
        if not self.shown:
            return
        for n, path in enumerate(paths):
            self.window.ops.run(
                self.tr("add the map package"),
                lambda p=path: open_package(p),
                lambda package, show=(show_first and n == 0): self._package_opened(package, show),
                announce=False,
            )

    @Slot()
    def ask_for_package(self) -> None:
        """Map → Add map package…: pick an MBTiles or PMTiles file and show it."""
        if not self.shown:
            self.window.message_bar.show_message(self.tr("The map is not shown in this console."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Add map package"),
            "",
            self.tr("Map packages (*.mbtiles *.pmtiles);;All files (*)"),
        )
        if path:
            self.add_packages([path])

    def _package_opened(self, package: MapPackage, show: bool) -> None:
        if not self.shown:
            package.close()
            return
        if self.view is None or not self.ready:
            self._waiting.append((package, show))
            return
        old = self.packages.pop(package.key, None)
        if old is not None:
            old.close()
        if not self.view.add_package(package):
            package.close()
            self.window.message_bar.show_message(
                self.tr("Map packages cannot be shown in this console (see the log)."), "error"
            )
            return
        self.packages[package.key] = package
        if show:
            self.view.use_basemap(package.key)
        self.window.message_bar.show_message(
            self.tr("Map package added: {name} ({path})").format(
                name=package.name, path=package.path
            )
        )

    @Slot()
    def focus_search(self) -> None:
        if self.panel is None:
            self.window.message_bar.show_message(self.tr("The map is not shown in this console."))
            return
        self.window.map_dock.show()
        self.window.map_dock.raise_()
        self.panel.focus_search()

    @Slot(object)
    def go_to(self, hit: Hit) -> None:
        """Fly to a search result: an incident (pinned), a unit, a place or coordinates."""
        if not self.shown:
            return
        if hit.kind == "incident":
            parsed = parse_feature_id(hit.target)
            self.pin_incident(parsed[1] if parsed else None)
        if hit.target:
            self.when_loaded("move", lambda view: view.fly_to(hit.target))
        else:
            self.when_loaded(
                "move", lambda view: view.fly_to_point(hit.lat, hit.lon, hit.zoom, hit.text)
            )

    def remove(self) -> None:
        """Delete the page now: every page must go before the shared web profile. A map
        not built yet never will be."""
        view, self.view = self.view, None
        shown, self.shown = self.shown, False
        self.ready = False
        self._queued.clear()
        self._on_load.clear()
        if not shown:
            return
        if view is not None:
            view.loadFinished.disconnect()  # a load cut short here is no failure to report
            view.stop()
        self.window.map_dock.setWidget(QLabel(self.tr("Map closed")))
        if view is not None:
            view.setParent(None)
            view.deleteLater()
        for package in self.packages.values():
            package.close()
        self.packages.clear()
        for package, _show in self._waiting:
            package.close()
        self._waiting.clear()
        panel, self.panel = self.panel, None
        if panel is not None:
            panel.setParent(None)
            panel.deleteLater()

    @Slot(bool)
    def _on_loaded(self, ok: bool) -> None:
        """The page is up: it takes what ``push`` queued meanwhile, in bounded batches, the
        theme, the pinned incident and the last flight asked for; the units follow from the
        command board."""
        if self.view is None or self.ready:
            return
        if not ok:
            self.loaded.emit(False)
            return
        self.ready = True
        self.apply_theme()
        if self.pinned_incident:
            self.view.select(incident_feature_id(self.pinned_incident))
        commands, self._on_load = self._on_load, {}
        for command in commands.values():
            command(self.view)
        waiting, self._waiting = self._waiting, []
        for package, show in waiting:
            self._package_opened(package, show)
        if self.cordons is not None:
            self.cordons.refresh()  # every incident's drawn areas
        board = self.window.console.command
        if board is not None:
            try:
                self.push_units(board.units())
            except StoreError as exc:
                self.window.database_banner.set_error(str(exc))
        self.loaded.emit(True)

    def apply_theme(self) -> None:
        """The map in the console's theme (a dark map in the dark theme)."""
        app = QApplication.instance()
        if self.view is not None and self.ready and isinstance(app, QApplication):
            self.view.set_theme(current_theme(app))

    @Slot(str)
    def _on_feature_clicked(self, feature_id: str) -> None:
        """A click on the map selects that incident or alert in the console."""
        parsed = parse_feature_id(feature_id)
        if parsed is None:
            return
        kind, item_id = parsed
        self._following = False
        try:
            if kind == "alert":
                self.window.select_alert(item_id)
            else:
                self._select_incident(item_id)
        finally:
            self._following = True

    def pin_incident(self, incident_id: int | None) -> None:
        """Pin the selected incident on the map with its key (None: take the pin away)."""
        self.pinned_incident = incident_id or None
        if self.view is not None and self.ready:  # else applied once the page has loaded
            self.view.select(incident_feature_id(incident_id) if incident_id else None)

    def _select_incident(self, incident_id: int) -> None:
        board = self.window.console.board
        incident = board.get(incident_id) if board is not None else None
        if incident is None:
            return
        self.pin_incident(incident_id)
        self.window.incident_board.select_incident(incident_id)
        if not any(self.window.select_alert(a) for a in incident.alert_ids):
            self.window.timeline.set_current_incident(incident.key)
            self.window.message_bar.show_message(
                self.tr("Incident {key}: {title}").format(key=incident.key, title=incident.title)
            )

    @Slot(object)
    def follow_alert(self, alert_id: int | None) -> None:
        """Selecting an alert flies the map to its area, else to its incident."""
        if alert_id is None or not self.shown or not self._following:
            return

        board = self.window.console.board
        incident = board.incident_for_alert(alert_id) if board is not None else None
        self.pin_incident(incident.id if incident is not None else None)

        def fallback(found: object) -> None:
            if found is True or incident is None or self.view is None:
                return
            self.view.fly_to(incident_feature_id(incident.id))

        self.when_loaded("move", lambda view: view.fly_to(alert_feature_id(alert_id), fallback))

    @Slot(int)
    def follow_incident(self, incident_id: int) -> None:
        if self.window.incident_board.following_queue:
            return  # the queue's alert took the board there: the map follows the alert
        if incident_id and self.shown and self._following:
            self.pin_incident(incident_id)
            self.when_loaded("move", lambda view: view.fly_to(incident_feature_id(incident_id)))

    @Slot(float, float)
    def create_incident_at(self, lat: float, lon: float) -> None:
        """Right-click on the map: a new incident at that point, after asking for a title."""
        console = self.window.console
        board = console.board
        if board is None:
            self.window.message_bar.show_message(
                self.tr("This console cannot create incidents."), "error"
            )
            return
        title, ok = QInputDialog.getText(
            self.window,
            self.tr("New incident"),
            self.tr("Title of the new incident at {lat}, {lon}:").format(
                lat=f"{lat:.5f}", lon=f"{lon:.5f}"
            ),
            QLineEdit.EchoMode.Normal,
            self.tr("Incident at {lat}, {lon}").format(lat=f"{lat:.4f}", lon=f"{lon:.4f}"),
        )
        if not ok:
            return
        identity = console.identity
        self.window.ops.run(
            self.tr("create the incident"),
            lambda: board.create_at(
                lat,
                lon,
                title,
                identity.operator,
                exercise_id=console.exercise_id,
                console=identity.workstation,
            ),
        )

    @Slot()
    def fit_active(self) -> None:
        if not self.shown:
            self.window.message_bar.show_message(self.tr("The map is not shown in this console."))
            return

        def done(found: object) -> None:
            if found is not True:
                self.window.message_bar.show_message(
                    self.tr("No active incidents or areas to show on the map.")
                )

        self.when_loaded("move", lambda view: view.fit_active(done))

    @Slot()
    def show_selected(self) -> None:
        alert_id = self.window.current_alert_id()
        if alert_id is None:
            self.window.message_bar.show_message(
                self.tr("Select an alert to show on the map first.")
            )
            return
        if not self.shown:
            self.window.message_bar.show_message(self.tr("The map is not shown in this console."))
            return
        self.window.map_dock.show()
        self.window.map_dock.raise_()
        self.follow_alert(alert_id)
