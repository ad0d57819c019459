"""The map dock's content: a search box above the live map and a coordinate readout below.

The search box (Ctrl+L) asks :func:`incident_desk.places.find` for places of the offline
gazetteer, the console's incidents (by key) and units (by callsign), and typed coordinates
(decimal degrees or MGRS); choosing a result flies the map there. The search is an in-memory
scan of about 12,000 names (well under 100 ms, see ``benchmarks/bench_map.py``), so it runs
on the GUI thread as the operator types; it touches neither the store nor the network.

The readout shows the cursor position in decimal degrees and MGRS; a click on it copies
both to the clipboard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from incident_desk.coords import format_decimal, to_mgrs
from incident_desk.errors import ConfigError
from incident_desk.places import Findable, Gazetteer, Hit, find

log = logging.getLogger("incident_desk.map")

_gazetteer: Gazetteer | None = None
_gazetteer_failed = False


def shipped_gazetteer() -> Gazetteer | None:
    """The shipped gazetteer, loaded once per process (None if its file is damaged)."""
    global _gazetteer, _gazetteer_failed  # one read per process, by design
    if _gazetteer is None and not _gazetteer_failed:
        try:
            _gazetteer = Gazetteer.load()
        except ConfigError as exc:
            _gazetteer_failed = True
            log.error("map: place search without places: %s", exc)
    return _gazetteer


class CoordinateReadout(QLabel):
    """The cursor's position under the map; a click copies it.

    Signals:
        copied(str): the text put on the clipboard.
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_coordinates")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Cursor position; click to copy it"))
        self._position: tuple[float, float] | None = None
        self.show_position(None)

    def position_text(self) -> str:
        if self._position is None:
            return ""
        lat, lon = self._position
        mgrs = to_mgrs(lat, lon)
        return f"{format_decimal(lat, lon)}  {mgrs}".strip()

    def show_position(self, position: tuple[float, float] | None) -> None:
        self._position = position
        text = self.position_text()
        self.setText(text or self.tr("Move the cursor over the map for its coordinates"))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        text = self.position_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)
        super().mousePressEvent(event)


class MapPanel(QWidget):
    """Search box, map view and coordinate readout, top to bottom.

    The view may be a placeholder ("Loading map…") until :meth:`set_view` puts the live map
    in its place.

    Signals:
        hit_chosen(object): the operator chose a :class:`incident_desk.places.Hit`.
    """

    hit_chosen = Signal(object)

    def __init__(
        self,
        view: QWidget,
        findables: Callable[[], Iterable[Findable]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("map_panel")
        self._findables = findables
        self.hits: list[Hit] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("map_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find a place, incident key, callsign or coordinates (Ctrl+L)")
        )
        self.search.setAccessibleName(self.tr("Map search"))
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self.update_hits)
        self.search.returnPressed.connect(self._choose_first)
        self.completer.activated[QModelIndex].connect(self._choose_index)  # type: ignore[index]
        self.readout = CoordinateReadout(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(view, 1)
        layout.addWidget(self.readout)
        self._layout, self.view = layout, view

    def set_view(self, view: QWidget) -> None:
        """Put ``view`` (the live map) where the placeholder was; the placeholder goes."""
        old, self.view = self.view, view
        self._layout.replaceWidget(old, view)
        old.hide()
        old.deleteLater()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _describe(self, hit: Hit) -> str:
        kinds = {
            "coordinates": self.tr("coordinates"),
            "incident": self.tr("incident"),
            "unit": self.tr("unit"),
            "country": self.tr("country"),
            "capital": self.tr("capital"),
            "town": self.tr("town"),
            "crossing": self.tr("border crossing"),
            "site": self.tr("scenario place"),
        }
        kind = kinds.get(hit.kind, hit.kind)
        extra = hit.detail.split(", ", 1)[1] if hit.kind in kinds and ", " in hit.detail else ""
        if hit.kind in ("coordinates", "incident", "unit"):
            extra = hit.detail
        return f"{hit.text} — {kind}{', ' + extra if extra else ''}"

    @Slot(str)
    def update_hits(self, text: str) -> list[Hit]:
        """Search for ``text`` and show the results under the box."""
        self.hits = find(text, shipped_gazetteer(), self._findables())
        self._model.setStringList([self._describe(h) for h in self.hits])
        if self.hits and self.search.hasFocus():
            self.completer.complete()
        return self.hits

    @Slot()
    def _choose_first(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return  # the popup's own activation follows
        if not self.hits:
            self.update_hits(self.search.text())
        if self.hits:
            self.hit_chosen.emit(self.hits[0])

    @Slot(QModelIndex)
    def _choose_index(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.hits):
            self.hit_chosen.emit(self.hits[row])
