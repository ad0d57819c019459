"""The incident board's table: a model of incident ids and cached snapshots, plus its filter.

Rows are frozen ``IncidentSnapshot`` copies from ``IncidentBoard``; the model keeps them in
id order (oldest first) and is updated in place: changed rows emit ``dataChanged``, new ones
one ``beginInsertRows`` per batch, gone ones (merged, or no longer visible) are removed.
Sorting and filtering (status, country, text) happen in ``IncidentFilterProxy``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from incident_desk import timefmt
from incident_desk.display import display_headline
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.bidi import ltr
from incident_desk.ui.cap_words import cap_word, short_severity
from incident_desk.ui.models.base import ListTableModel
from incident_desk.ui.models.queue_columns import SEVERITY_RANK, mode_word
from incident_desk.ui.theme import REAL_MARK, severity_colours

_Index = QModelIndex | QPersistentModelIndex

CLOSED_FOREGROUND = "#8a939c"  # a closed incident is greyed out, readable on both themes
STATUS_RANK = {"new": 0, "active": 1, "contained": 2, "closed": 3}


class Column(enum.IntEnum):
    KEY = 0
    TITLE = 1
    STATUS = 2
    SEVERITY = 3
    COUNTRY = 4
    ALERTS = 5
    UPDATED = 6
    EXERCISE = 7


HEADERS = {
    Column.KEY: QT_TRANSLATE_NOOP("Headers", "Incident"),
    Column.TITLE: QT_TRANSLATE_NOOP("Headers", "Title"),
    Column.STATUS: QT_TRANSLATE_NOOP("Headers", "Status"),
    Column.SEVERITY: QT_TRANSLATE_NOOP("Headers", "Severity"),
    Column.COUNTRY: QT_TRANSLATE_NOOP(
        "Headers", "CC"
    ),  # ISO 3166 alpha-2: two letters need no wide header
    Column.ALERTS: QT_TRANSLATE_NOOP("Headers", "Alerts"),
    Column.UPDATED: QT_TRANSLATE_NOOP("Headers", "Age"),
    Column.EXERCISE: QT_TRANSLATE_NOOP("Headers", "Mode"),
}


class Roles(enum.IntEnum):
    INCIDENT_ID = Qt.ItemDataRole.UserRole + 1
    INCIDENT_KEY = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    SEVERITY = Qt.ItemDataRole.UserRole + 4
    COUNTRY = Qt.ItemDataRole.UserRole + 5
    IS_EXERCISE = Qt.ItemDataRole.UserRole + 6
    SORT = Qt.ItemDataRole.UserRole + 7


def incident_colours(severity: str | None, status: str) -> tuple[Any, Any]:
    """(background, foreground) brushes of one incident row (None: the theme's default).

    Severity sets the colour (as in the alert queue); a closed incident loses it and is
    greyed. Exercise incidents keep exactly the real colours (the Mode column says EX, or
    REAL for a real incident while the console is in an exercise): trainees learn the colour
    code they use for real.
    """
    bg: str | None
    fg: str | None
    if status == "closed":
        bg, fg = None, CLOSED_FOREGROUND
    else:
        colours = severity_colours(severity, None)
        bg, fg = colours.background, colours.foreground
    return (
        QBrush(QColor(bg)) if bg else None,
        QBrush(QColor(fg)) if fg else None,
    )


class IncidentTableModel(ListTableModel):
    """Incidents (``IncidentSnapshot``), oldest first; ``snapshot(id)`` gives one row's data."""

    HEADERS = tuple(HEADERS[c] for c in Column)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        # the console joined an exercise: every key has EX or REAL above it, as the alert
        # queue's Mode column (out of one every incident is real and nothing is added)
        self.exercise_mode = False
        self._real = tuple(QBrush(QColor(c)) for c in REAL_MARK)  # background, text

    def set_exercise_mode(self, on: bool) -> None:
        """The console joined (or left) an exercise: the key's first line (and the Mode
        column) follow."""
        if on == self.exercise_mode:
            return
        self.exercise_mode = on
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _real_in_drill(self, row: Any) -> bool:
        return self.exercise_mode and row.exercise_id is None

    # -- Qt overrides ---------------------------------------------------------------------------
    def _count(self) -> int:
        return len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row = self._rows[self._ids[index.row()]]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.EXERCISE:
                return mode_word(bool(row.exercise_id), self.exercise_mode)
            if col == Column.KEY and self.exercise_mode:  # EX or REAL, then the key: a long
                # key wraps and is cut at the cell's end, never the mode word
                return f"{mode_word(bool(row.exercise_id), True)}\n{row.key}"
            return self._display(row, col)
        if role == Roles.INCIDENT_ID:
            return row.id
        if role == Roles.INCIDENT_KEY:
            return row.key
        if role == Roles.STATUS:
            return str(row.status)
        if role == Roles.SEVERITY:
            return row.severity
        if role == Roles.COUNTRY:
            return row.country
        if role == Roles.IS_EXERCISE:
            return row.exercise_id is not None
        if role == Roles.SORT:
            return self._sort_key(row, col)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if col in (Column.KEY, Column.EXERCISE) and self._real_in_drill(row):
                # the key of a real incident among the drill's: white on the alarm red, as the
                # alert queue's REAL (the rest of the row keeps the severity code)
                return self._real[role == Qt.ItemDataRole.ForegroundRole]
            bg, fg = incident_colours(row.severity, str(row.status))
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.FontRole:
            if col in (Column.KEY, Column.EXERCISE) and self._real_in_drill(row):
                return self._bold  # the real incident among the drill's
            return self._bold if col == Column.STATUS and row.status == "new" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    # -- public API -----------------------------------------------------------------------------
    def incident_ids(self) -> list[int]:
        return list(self._ids)

    def snapshot(self, incident_id: int) -> Any | None:
        return self._rows.get(incident_id)

    def row_of(self, incident_id: int) -> int | None:
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return None

    def countries(self) -> list[str]:
        """The countries of the incidents held, sorted (unknown ones left out)."""
        return sorted({r.country for r in self._rows.values() if r.country})

    def set_incidents(self, snapshots: Sequence[Any]) -> None:
        """Replace everything (first load): one model reset."""
        self.beginResetModel()
        ordered = sorted(snapshots, key=lambda s: s.id)
        self._ids = [s.id for s in ordered]
        self._rows = {s.id: s for s in ordered}
        self.endResetModel()

    def upsert(self, snapshots: Iterable[Any]) -> None:
        """Update held rows in place, append new ones (one insert per batch)."""
        fresh: list[Any] = []
        for snap in snapshots:
            row = self.row_of(snap.id)
            if row is None:
                fresh.append(snap)
                continue
            self._rows[snap.id] = snap
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        fresh = sorted({s.id: s for s in fresh}.values(), key=lambda s: s.id)
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._ids.extend(s.id for s in fresh)
            self._rows.update((s.id, s) for s in fresh)
            self.endInsertRows()

    def remove(self, incident_ids: Iterable[int]) -> None:
        """Drop rows (highest first, one removal each: merges are rare)."""
        rows = sorted(
            (r for r in (self.row_of(i) for i in set(incident_ids)) if r is not None),
            reverse=True,
        )
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[self._ids.pop(row)]
            self.endRemoveRows()

    # -- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _display(row: Any, col: Column) -> Any:
        match col:
            case Column.KEY:
                return row.key
            case Column.TITLE:
                return display_headline(row.title, None, row.key)
            case Column.STATUS:  # the core's state words (incident_desk/messages.py WORDS)
                return QCoreApplication.translate("core", str(row.status))
            case Column.SEVERITY:  # a narrow column: the short word ("Чрезв."), whole on hover
                return short_severity(row.severity)
            case Column.COUNTRY:
                return row.country or ""
            case Column.ALERTS:
                return len(row.alert_ids)
            case Column.UPDATED:  # how long ago; the tooltip has the time, local and UTC
                return age_text(row.updated_at)
            case Column.EXERCISE:  # data() says EX or REAL with the console's mode
                return mode_word(bool(row.exercise_id), False)
        return None  # pragma: no cover - every column is matched above

    @staticmethod
    def _sort_key(row: Any, col: Column) -> Any:
        match col:
            case Column.STATUS:
                return STATUS_RANK.get(str(row.status), 9)
            case Column.SEVERITY:
                return SEVERITY_RANK.get(row.severity or "", -1)
            case Column.ALERTS:
                return len(row.alert_ids)
            case Column.UPDATED:
                return row.updated_at.timestamp()
            case Column.EXERCISE:
                return row.exercise_id or ""
        return str(IncidentTableModel._display(row, col) or "").casefold()

    @staticmethod
    def _tooltip(row: Any, col: Column) -> str:
        if col == Column.SEVERITY and row.severity:
            return cap_word(row.severity)
        if col == Column.UPDATED:
            return f"{timefmt.local(row.updated_at)} / {timefmt.utc(row.updated_at)}"
        if col == Column.EXERCISE and row.exercise_id:
            return QCoreApplication.translate("IncidentTable", "Exercise {id}").format(
                id=row.exercise_id
            )
        if col == Column.EXERCISE:
            return QCoreApplication.translate("IncidentTable", "Real incident, not the exercise")
        if row.lat is not None:
            return QCoreApplication.translate(
                "IncidentTable", "{key}: {title} at {position} — created by {who}"
            ).format(
                key=row.key,
                title=row.title,
                position=ltr(f"{row.lat:.4f},{row.lon:.4f}"),
                who=row.created_by,
            )
        return QCoreApplication.translate(
            "IncidentTable", "{key}: {title} — created by {who}"
        ).format(key=row.key, title=row.title, who=row.created_by)


def age_text(when: datetime, now: datetime | None = None) -> str:
    """How long ago, in one short word: ``now``, ``5 min``, ``3 h``, ``2 d`` (translated)."""
    seconds = ((now or datetime.now(UTC)) - when).total_seconds()
    if seconds < 60:  # a narrow column: French says "< 1 min" ("maintenant" did not fit)
        return QCoreApplication.translate("IncidentTable", "now")
    if seconds < 3600:
        minutes = int(seconds // 60)
        return QCoreApplication.translate(
            "IncidentTable", "{0} min", "minutes ago, in a narrow column"
        ).format(minutes)
    if seconds < 86400:
        hours = int(seconds // 3600)
        return QCoreApplication.translate(
            "IncidentTable", "{0} h", "hours ago, in a narrow column"
        ).format(hours)
    days = int(seconds // 86400)
    return QCoreApplication.translate(
        "IncidentTable", "{0} d", "days ago, in a narrow column"
    ).format(days)


def age_words() -> list[str]:
    """The longest texts ``age_text`` can show (now, 59 min, 23 h, 99 d), as the reader's
    language words them: what the Age column must have room for."""
    now = datetime.now(UTC)
    spans = (timedelta(0), timedelta(minutes=59), timedelta(hours=23), timedelta(days=99))
    return [age_text(now - span, now) for span in spans]


ALL = ""  # the "any" entry of the status and country filters


class IncidentFilterProxy(QSortFilterProxyModel):
    """Filters by status, country and text (key or title); sorts by ``Roles.SORT``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ALL
        self._country = ALL
        self._text = ""
        self.setSortRole(Roles.SORT)
        self.setDynamicSortFilter(True)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_country(self, country: str) -> None:
        self.beginFilterChange()
        self._country = country
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._status and model.data(index, Roles.STATUS) != self._status:
            return False
        if self._country and model.data(index, Roles.COUNTRY) != self._country:
            return False
        if self._text:
            key = str(model.data(index, Roles.INCIDENT_KEY))
            title = str(model.data(model.index(source_row, Column.TITLE, source_parent)))
            return self._text in key.casefold() or self._text in title.casefold()
        return True
