"""The page-to-Python half of the map: a QObject the page calls through QWebChannel."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("incident_desk.map")


class MapBridge(QObject):
    """Registered on the page's QWebChannel as ``idesk_bridge`` (see ``idesk_map.js``).

    Signals:
        feature_clicked(str): the operator clicked the item with this id (incident, CAP
            area or unit).
        create_incident_requested(float, float): right-click on the map at ``lat, lon``
            (CAP order): create an incident there.
        cursor_moved(float, float): the mouse is over ``lat, lon`` (at most every 50 ms).
        drawn(object): a drawing tool finished: ``{"shape": "circle", "center": [lat, lon],
            "radius_m": m}``, ``{"shape": "polygon", "points": [[lat, lon], ...]}`` or
            ``{"shape": "measure", "metres": m, "text": "1.23 km"}``.
    """

    feature_clicked = Signal(str)
    create_incident_requested = Signal(float, float)
    cursor_moved = Signal(float, float)
    drawn = Signal(object)

    @Slot(str)
    def on_feature_clicked(self, feature_id: str) -> None:
        log.debug("map: clicked %s", feature_id)
        self.feature_clicked.emit(feature_id)

    @Slot(float, float)
    def on_context_menu(self, lat: float, lon: float) -> None:
        log.debug("map: context menu at %.5f,%.5f", lat, lon)
        self.create_incident_requested.emit(lat, lon)

    @Slot(float, float)
    def on_cursor(self, lat: float, lon: float) -> None:
        self.cursor_moved.emit(lat, lon)

    @Slot(str)
    def on_drawn(self, payload: str) -> None:
        try:
            shape = json.loads(payload)
        except ValueError:
            log.error("map: a drawing the page sent is not JSON: %.200s", payload)
            return
        if isinstance(shape, dict):
            self.drawn.emit(shape)
