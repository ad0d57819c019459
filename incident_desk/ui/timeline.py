"""The timeline pane: an append-only log of what happened and who did it (ICS-214 shaped).

Newest entries at the bottom; the filter shows everything or only the current incident.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_desk import timefmt
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.timeline_kinds import actor_label, kind_label
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.models.base import ListTableModel

_Index = QModelIndex | QPersistentModelIndex
INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1
# the stored value of a cell shown in words: the entry's kind id, its actor as written
RAW_ROLE = Qt.ItemDataRole.UserRole + 2


TIME, ACTOR, CONSOLE, KIND, INCIDENT, WHAT = range(6)  # the model's columns
WHAT_WIDTH = 260  # "What happened", shown second
KIND_WIDTH = 150


class TimelineModel(ListTableModel):
    """Timeline entries in id order (oldest first); only ever appended to."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Time"),
        QT_TRANSLATE_NOOP("Headers", "Actor"),
        QT_TRANSLATE_NOOP("Headers", "Console"),
        QT_TRANSLATE_NOOP("Headers", "Kind"),
        QT_TRANSLATE_NOOP("Headers", "Incident"),
        QT_TRANSLATE_NOOP("Headers", "What happened"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._ids: set[int] = set()

    def last_id(self) -> int:
        return self._rows[-1].id if self._rows else 0

    def append_entries(self, entries: Sequence[Any]) -> int:
        """Append entries not yet held, in id order, with one begin/endInsertRows."""
        fresh = sorted((e for e in entries if e.id not in self._ids), key=lambda e: e.id)
        if not fresh:
            return 0
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._ids.update(e.id for e in fresh)
        self.endInsertRows()
        return len(fresh)

    def keep_only(self, keep: Callable[[Any], bool]) -> int:
        """Drop the entries ``keep`` refuses, in one model reset (the console left its
        exercise: the drill's entries leave the pane). Returns how many went."""
        kept = [e for e in self._rows if keep(e)]
        gone = len(self._rows) - len(kept)
        if gone:
            self.beginResetModel()
            self._rows = kept
            self._ids = {e.id for e in kept}
            self.endResetModel()
        return gone

    def _count(self) -> int:
        return len(self._rows)

    def what_happened(self, e: Any) -> str:
        """The entry in the reader's language: a core message (``data["msg"]``, written by
        incident_desk/messages.py) is rendered from its id and arguments now; an entry
        without one (older, or free text such as a note) shows its stored text."""
        msg = e.data.get("msg") if isinstance(e.data, dict) else None
        text = render(msg, QCoreApplication.translate, auto) if isinstance(msg, dict) else e.text
        if e.exercise_id:
            return self.tr("EXERCISE · {text}").format(text=text)
        return text

    def retranslate(self) -> None:
        """The language changed: every visible row renders again (its kind and actor words,
        what happened)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, WHAT))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == INCIDENT_ROLE:
            return e.incident_id
        column = index.column()
        if role == RAW_ROLE:
            return {ACTOR: e.actor, KIND: e.kind}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ACTOR, KIND):
            # the words and the id an integrator looks for: "Incident opened
            # (incident.created)"; an id the table does not know is shown as it is
            raw = e.kind if column == KIND else e.actor
            said = str(self.data(index))
            return raw if said == raw else f"{said} ({ltr(raw)})"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == WHAT:
                return self.what_happened(e)
            values = (
                timefmt.local(e.at),
                actor_label(e.actor, QCoreApplication.translate),
                e.console or "",
                kind_label(e.kind, QCoreApplication.translate),
                e.incident_id or "",
            )
            return values[column]
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Everything, or only the entries of one incident."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._incident: str | None = None
        self._only_incident = False

    def set_incident(self, incident_id: str | None) -> None:
        self.beginFilterChange()
        self._incident = incident_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_incident(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_incident = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._only_incident:
            return True
        model = self.sourceModel()
        value = model.data(model.index(source_row, 0, source_parent), INCIDENT_ROLE)
        return self._incident is not None and value == self._incident


class TimelinePane(QWidget):
    """The log table with a "current incident only" switch; follows the newest entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("timeline_view")
        self.view.setModel(self.proxy)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.resizeSection(TIME, 150)
        header.resizeSection(KIND, KIND_WIDTH)  # the kind in words ("Handover proposed")
        # a name wider than its column ends in "…", whole on hover (not clipped at both ends)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # what happened comes right after the time: in the tab under the map on a laptop
        # screen (380 pixels) it was the last column, out of sight behind a scroll bar; the
        # last column shown takes what room is left
        header.moveSection(header.visualIndex(WHAT), 1)
        header.resizeSection(WHAT, WHAT_WIDTH)
        header.setStretchLastSection(True)
        self.only_incident = QCheckBox(self.tr("Current incident only"))
        self.only_incident.toggled.connect(self.proxy.set_only_incident)
        self.incident_label = QLabel(self.tr("(no incident selected)"))
        bar = QHBoxLayout()
        bar.addWidget(self.only_incident)
        bar.addWidget(self.incident_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    @Slot(object)
    def set_current_incident(self, incident_id: str | None) -> None:
        self.proxy.set_incident(incident_id)
        self.incident_label.setText(incident_id or self.tr("(no incident selected)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)

    def append_entries(self, entries: Sequence[Any]) -> int:
        at_bottom = (
            self.view.verticalScrollBar().value() >= self.view.verticalScrollBar().maximum() - 2
        )
        added = self.model.append_entries(entries)
        if added and at_bottom:
            self.view.scrollToBottom()
        return added
