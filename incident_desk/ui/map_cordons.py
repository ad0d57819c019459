"""Cordons and distances on the map: the drawing tools of the Map menu, wired to the core.

Map → Draw a cordon (circle / polygon) turns on the page's drawing tool; the finished shape
comes back (``MapView.drawn``), the operator names it, and it becomes an ``area.draw``
command event on the selected incident through the window's ``OpRunner``
(``CommandBoard.draw_circle`` / ``draw_polygon``). Like every command event it is published,
applied by every console and written to the timeline; each console draws the incident's
areas when its command changes (``refresh``). Map → Measure distance shows the length of
the line clicked on the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit

from incident_desk.errors import StoreError
from incident_desk.mapfeed import CORDON_PREFIX, cordon_features


class CordonTools(QObject):
    """The drawing tools of one map (``wiring``: its ``MapWiring``)."""

    def __init__(self, wiring: Any) -> None:
        super().__init__(wiring)
        self.wiring = wiring
        self.window = wiring.window
        self._shown: dict[str, set[str]] = {}  # incident key -> cordon item ids on the map

    def _board(self) -> Any:
        return self.window.console.command

    def _incident(self) -> Any:
        """The selected (pinned) incident's snapshot, or None."""
        incident_id = self.wiring.pinned_incident
        board = self.window.console.board
        return board.get(incident_id) if board is not None and incident_id else None

    def start(self, mode: str) -> None:
        if not self.wiring.shown:
            self.window.message_bar.show_message(self.tr("The map is not shown in this console."))
            return
        if mode != "measure":
            if self._board() is None:
                self.window.message_bar.show_message(
                    self.tr("This console cannot draw on incidents (no command board)."), "error"
                )
                return
            if self._incident() is None:
                self.window.message_bar.show_message(
                    self.tr("Select the incident to draw the cordon on first.")
                )
                return
        self.window.map_dock.show()
        self.window.map_dock.raise_()
        self.wiring.when_loaded("draw", lambda view: view.start_drawing(mode))
        hints = {
            "circle": self.tr("Click the centre of the cordon, then its edge (Esc cancels)."),
            "polygon": self.tr(
                "Click the corners of the cordon; double-click or Enter to finish (Esc cancels)."
            ),
            "measure": self.tr("Click the points to measure; double-click to finish (Esc clears)."),
        }
        self.window.message_bar.show_message(hints[mode])

    @Slot()
    def draw_circle(self) -> None:
        self.start("circle")

    @Slot()
    def draw_polygon(self) -> None:
        self.start("polygon")

    @Slot()
    def measure(self) -> None:
        self.start("measure")

    @Slot(object)
    def on_drawn(self, shape: dict[str, Any]) -> None:
        """A tool finished: show a distance, or store a cordon on the selected incident."""
        kind = shape.get("shape")
        if kind == "measure":
            self.window.message_bar.show_message(
                self.tr("Distance: {text}").format(text=str(shape.get("text", "")))
            )
            return
        board, incident = self._board(), self._incident()
        if board is None or incident is None or kind not in ("circle", "polygon"):
            self.window.message_bar.show_message(
                self.tr("Select the incident to draw the cordon on first.")
            )
            return
        default = (
            self.tr("Cordon {radius} m").format(radius=f"{float(shape['radius_m']):.0f}")
            if kind == "circle"
            else self.tr("Cordon")
        )
        label, ok = QInputDialog.getText(
            self.window,
            self.tr("Cordon on {key}").format(key=incident.key),
            self.tr("Name of the area drawn on incident {key} ({title}):").format(
                key=incident.key, title=incident.title
            ),
            QLineEdit.EchoMode.Normal,
            default,
        )
        if not ok:
            return
        actor = self.window.console.identity.operator
        if kind == "circle":
            lat, lon = (float(v) for v in shape["center"])
            radius = float(shape["radius_m"])

            def call() -> Any:
                return board.draw_circle(incident.key, lat, lon, radius, label, actor=actor)
        else:
            points = [(float(p[0]), float(p[1])) for p in shape["points"]]

            def call() -> Any:
                return board.draw_polygon(incident.key, points, label, actor=actor)

        self.window.ops.run(self.tr("draw the cordon"), call)

    def refresh(self, keys: set[str] | None = None) -> None:
        """Draw the current areas of these incidents (None: of every incident that has
        any), taking away those removed since. The store is read on the window's feed
        worker, like the command docks' reads; the map is fed on the GUI thread."""
        board, view = self._board(), self.wiring.view
        if board is None or view is None or not self.wiring.ready:
            return

        def read() -> dict[str, list[Any]]:
            wanted = sorted(keys) if keys is not None else board.incidents_with_areas()
            return {key: board.drawn_areas(key) for key in wanted}

        self.window.feed.read(read, self._show, self._failed)

    def _show(self, areas: dict[str, list[Any]]) -> None:
        view = self.wiring.view
        if view is None:
            return
        for key, drawn in areas.items():
            features = cordon_features(drawn)
            ids = {str(f["properties"]["id"]) for f in features}
            gone = sorted(self._shown.get(key, set()) - ids)
            self._shown[key] = ids
            if features or gone:
                view.push(features, gone)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.window.database_banner.set_error(str(exc))
        else:  # as the command docks do with an unexpected read failure
            self.window.feed_view.on_read_failed(exc)

    @staticmethod
    def is_cordon(feature_id: str) -> bool:
        return feature_id.startswith(CORDON_PREFIX)
