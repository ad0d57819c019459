"""The units panel's table: a model of unit ids and cached snapshots, plus its filter.

Rows are frozen ``UnitSnapshot`` copies from ``CommandBoard.units()`` with, per unit, a short
text of its open assignment (``"NC-MALABA-01: Division A (en route)"``). Rows drag as
``UNIT_MIME_TYPE`` carrying the unit id (UTF-8), to be dropped on an incident.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from incident_desk import timefmt
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.bidi import ltr
from incident_desk.ui.models.base import ListTableModel

_Index = QModelIndex | QPersistentModelIndex

UNIT_MIME_TYPE = "application/x-idesk-unit"
ALL = ""


class Column(enum.IntEnum):
    CALLSIGN = 0
    AGENCY = 1
    KIND = 2
    STATUS = 3
    POSITION = 4
    UPDATED = 5
    ASSIGNMENT = 6


HEADERS = {
    Column.CALLSIGN: QT_TRANSLATE_NOOP("Headers", "Callsign"),
    Column.AGENCY: QT_TRANSLATE_NOOP("Headers", "Agency"),
    Column.KIND: QT_TRANSLATE_NOOP("Headers", "Kind"),
    Column.STATUS: QT_TRANSLATE_NOOP("Headers", "Status"),
    Column.POSITION: QT_TRANSLATE_NOOP("Headers", "Position"),
    Column.UPDATED: QT_TRANSLATE_NOOP("Headers", "Last update"),
    Column.ASSIGNMENT: QT_TRANSLATE_NOOP("Headers", "Assignment"),
}


class Roles(enum.IntEnum):
    UNIT_ID = Qt.ItemDataRole.UserRole + 1
    AGENCY = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4
    UPDATED = Qt.ItemDataRole.UserRole + 5  # the last update as a POSIX time (sorting)


def unit_mime(unit_id: str) -> QMimeData:
    """The drag payload of one unit."""
    mime = QMimeData()
    mime.setData(UNIT_MIME_TYPE, unit_id.encode())
    return mime


def unit_from_mime(mime: QMimeData | None) -> str | None:
    """The unit id a drag carries, or None if it carries no unit."""
    if mime is None or not mime.hasFormat(UNIT_MIME_TYPE):
        return None
    text = bytes(mime.data(UNIT_MIME_TYPE).data()).decode(errors="replace").strip()
    return text or None


#: unit states as the operator reads them (the code value stays in the data)
UNIT_STATUS_WORDS = {
    "available": QT_TRANSLATE_NOOP("UnitTable", "available"),
    "assigned": QT_TRANSLATE_NOOP("UnitTable", "assigned"),
    "en_route": QT_TRANSLATE_NOOP("UnitTable", "en route"),
    "on_scene": QT_TRANSLATE_NOOP("UnitTable", "on scene"),
    "out_of_service": QT_TRANSLATE_NOOP("UnitTable", "out of service"),
    "unknown": QT_TRANSLATE_NOOP("UnitTable", "unknown"),
}


def unit_status_word(status: object) -> str:
    """A unit status in the operator's language."""
    return _worded(UNIT_STATUS_WORDS, status)


#: unit kinds (the directory's ``UnitKind``) as the operator reads them
UNIT_KIND_WORDS = {
    "tactical_team": QT_TRANSLATE_NOOP("UnitTable", "tactical team"),
    "eod": QT_TRANSLATE_NOOP("UnitTable", "EOD (bomb disposal)"),
    "negotiators": QT_TRANSLATE_NOOP("UnitTable", "negotiators"),
    "border_patrol": QT_TRANSLATE_NOOP("UnitTable", "border patrol"),
    "ambulance": QT_TRANSLATE_NOOP("UnitTable", "ambulance"),
    "fire": QT_TRANSLATE_NOOP("UnitTable", "fire"),
    "k9": QT_TRANSLATE_NOOP("UnitTable", "K9 (dog unit)"),
    "command_post": QT_TRANSLATE_NOOP("UnitTable", "command post"),
    "other": QT_TRANSLATE_NOOP("UnitTable", "other"),
}


def unit_kind_word(kind: object) -> str:
    """A unit kind in the operator's language (one the directory does not list, as written)."""
    return _worded(UNIT_KIND_WORDS, kind)


def _worded(words: dict[str, str], value: object) -> str:
    """``value``'s word in ``words`` in the operator's language; else ``value`` spaced."""
    text = str(value)
    word = words.get(text)
    return QCoreApplication.translate("UnitTable", word) if word else text.replace("_", " ")


STALE_GREY = QColor("#8a8a8a")  # a unit whose TAK position report went stale


def status_text(unit: Any) -> str:
    return "unknown" if unit.status is None else str(unit.status)


def stale_since(unit: Any, now: datetime | None = None) -> datetime | None:
    """When the unit's TAK position report went stale (``UnitSnapshot.stale_since``), or None."""
    check = getattr(unit, "stale_since", None)
    return None if check is None else check(now or datetime.now(UTC))


_FIELDS: tuple[tuple[tuple[str, ...], Column], ...] = (
    (("callsign",), Column.CALLSIGN),
    (("country", "agency"), Column.AGENCY),
    (("kind",), Column.KIND),
    (("status",), Column.STATUS),
    (("lat", "lon", "position_source", "position_stale_at"), Column.POSITION),
    (("reported_at", "status_at"), Column.UPDATED),
)


def updated_at(unit: Any) -> datetime | None:
    """What "Last update" shows: when the unit's latest report arrived on the wall clock
    (``UnitSnapshot.reported_at``; a drill inject's own time is on the exercise clock), or
    its own time for a unit stored before that was kept."""
    shown: datetime | None = getattr(unit, "reported_at", None) or unit.status_at
    return shown


def local_day(now: datetime) -> date:
    """The date of ``now`` on this machine's clock (what "today" means to the operator)."""
    return now.astimezone().date()


def updated_text(when: datetime | None, today: date) -> str:
    """What "Last update" shows: the time of day for a report of ``today``
    (``14:03 UTC``), the date and time for an older one; the full instant is on hover."""
    if when is None:
        return ""
    if local_day(when) == today:
        return timefmt.time_of_day(when)
    return timefmt.local(when)


def exercise_report_time(unit: Any) -> datetime | None:
    """A drill unit's report time on the exercise clock, when it differs from the wall
    instant shown (a fast drill runs ahead, a fixed base time lies behind), else None."""
    shown = getattr(unit, "reported_at", None)
    if unit.exercise_id is None or shown is None or unit.status_at is None:
        return None
    return unit.status_at if abs(unit.status_at - shown) >= timedelta(seconds=1) else None


def changed_columns(old: Any, new: Any, old_text: str, new_text: str) -> set[Column]:
    """The columns whose shown value differs between two snapshots of one unit (every column
    when the row's stale grey turns on or off)."""
    if (stale_since(old) is None) != (stale_since(new) is None):
        return set(Column)
    found = {
        column
        for names, column in _FIELDS
        if any(getattr(old, n, None) != getattr(new, n, None) for n in names)
    }
    if old_text != new_text:
        found.add(Column.ASSIGNMENT)
    return found


class UnitTableModel(ListTableModel):
    """Units by id, in directory order (agency, id); updated in place."""

    HEADERS = tuple(HEADERS[c] for c in Column)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}
        self._assignment: dict[str, str] = {}
        self._stale: set[str] = set()  # units shown greyed (position report stale)
        #: the wall clock (tests set it); "today" is read from it when units come in and on
        #: each stale check, so a report of yesterday shows its date after midnight
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._today = local_day(self.clock())

    # -- feeding --------------------------------------------------------------------------------
    def set_units(self, units: Sequence[Any], assignments: Mapping[str, str]) -> None:
        """Replace everything (first load, or a new directory)."""
        self.beginResetModel()
        self._today = local_day(self.clock())
        self._ids = [u.id for u in units]
        self._rows = {u.id: u for u in units}
        self._assignment = dict(assignments)
        self.endResetModel()

    def upsert(self, units: Iterable[Any], assignments: Mapping[str, str]) -> None:
        """Changed units update their row, new ones are appended in one batch.

        One ``dataChanged`` over the span of changed rows AND only the columns that changed: a
        stream of position reports moves hundreds of units at a time, and a span that covers
        the column the view sorts by (agency) made the sort proxy re-sort every row, calling
        ``data()`` ~9,000 times per refresh on the GUI thread (issue 14). A move touches only
        Position and Last update.
        """
        self._new_day()
        new: list[Any] = []
        changed: list[int] = []
        columns: set[Column] = set()
        row_of = {unit_id: row for row, unit_id in enumerate(self._ids)}
        for u in units:
            if u.id in self._rows:
                text = assignments.get(u.id, "")
                found = changed_columns(self._rows[u.id], u, self._assignment.get(u.id, ""), text)
                self._rows[u.id] = u
                self._assignment[u.id] = text
                if found:
                    columns |= found
                    changed.append(row_of[u.id])
            else:
                new.append(u)
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), min(columns)), self.index(max(changed), max(columns))
            )
        if new:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for u in new:
                self._ids.append(u.id)
                self._rows[u.id] = u
                self._assignment[u.id] = assignments.get(u.id, "")
            self.endInsertRows()

    def refresh_stale(self, now: datetime | None = None) -> list[Any]:
        """Re-check which units' position reports are stale (time passes without a message):
        the rows that changed are redrawn and their units returned (for the map)."""
        when = now or self.clock()
        self._new_day(when)
        stale = {i for i, u in self._rows.items() if stale_since(u, when) is not None}
        flipped = sorted(stale ^ self._stale)
        self._stale = stale
        for unit_id in flipped:
            row = self._ids.index(unit_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return [self._rows[i] for i in flipped]

    def _new_day(self, now: datetime | None = None) -> None:
        """After midnight, "Last update" of yesterday's reports says their date."""
        today = local_day(now or self.clock())
        if today != self._today:
            self._today = today
            if self._ids:
                last = len(self._ids) - 1
                self.dataChanged.emit(
                    self.index(0, Column.UPDATED), self.index(last, Column.UPDATED)
                )

    def set_assignments(self, assignments: Mapping[str, str]) -> None:
        """New assignment texts; only the rows whose text changed are announced."""
        for row, unit_id in enumerate(self._ids):
            text = assignments.get(unit_id, "")
            if self._assignment.get(unit_id, "") != text:
                self._assignment[unit_id] = text
                cell = self.index(row, Column.ASSIGNMENT)
                self.dataChanged.emit(cell, cell)

    # -- reading --------------------------------------------------------------------------------
    def unit(self, unit_id: str) -> Any | None:
        return self._rows.get(unit_id)

    def unit_ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, unit_id: str) -> int | None:
        return self._ids.index(unit_id) if unit_id in self._rows else None

    def assignment_text(self, unit_id: str) -> str:
        return self._assignment.get(unit_id, "")

    def assignment_texts(self) -> list[str]:
        """Every unit's assignment text that is not empty."""
        return [text for text in self._assignment.values() if text]

    def values(self, role: Roles) -> list[str]:
        """The distinct values of one filter role, sorted (for the filter boxes)."""
        read = {
            Roles.UNIT_ID: lambda u: u.id,
            Roles.AGENCY: lambda u: u.agency,
            Roles.KIND: lambda u: u.kind,
            Roles.STATUS: status_text,
        }[role]  # the same values data() gives for these roles, without a call per cell
        return sorted({str(read(u)) for u in self._rows.values()})

    # -- Qt overrides ---------------------------------------------------------------------------
    def _count(self) -> int:
        return len(self._ids)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        unit_id = self._ids[index.row()]
        u = self._rows[unit_id]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(u, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(STALE_GREY) if stale_since(u) is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            size = (
                QCoreApplication.translate("UnitTable", ", {n} persons").format(n=u.size)
                if u.size
                else ""
            )
            contact = f"\n{u.contact}" if u.contact else ""
            when = updated_at(u)
            if column is Column.UPDATED and when is not None:  # the cell may say the hour only
                contact += "\n" + QCoreApplication.translate(
                    "UnitTable", "Last update: {time}"
                ).format(time=ltr(timefmt.local(when)))
            if column is Column.ASSIGNMENT and self._assignment.get(unit_id):
                contact += "\n" + self._assignment[unit_id]  # whole where the cell is cut
            since = stale_since(u)
            if since is not None:
                source = str(u.position_source or "").removeprefix("tak:")
                contact += "\n" + QCoreApplication.translate(
                    "UnitTable",
                    "Last position from TAK device {device}, stale since {time}: the device "
                    "has not reported since.",
                ).format(device=ltr(source), time=ltr(timefmt.local(since)))
            drill_time = exercise_report_time(u)
            if drill_time is not None:
                contact += "\n" + QCoreApplication.translate(
                    "UnitTable", "Report time on the exercise clock: {time}"
                ).format(time=ltr(timefmt.local(drill_time)))
            return f"{u.callsign} ({u.id}) — {u.country or '?'}/{u.agency}{size}{contact}"
        if role == Roles.UNIT_ID:
            return unit_id
        if role == Roles.AGENCY:
            return u.agency
        if role == Roles.KIND:
            return u.kind
        if role == Roles.STATUS:
            return status_text(u)
        if role == Roles.UPDATED:
            when = updated_at(u)
            return 0.0 if when is None else when.timestamp()
        return None

    def _display(self, u: Any, column: Column) -> str:
        if column is Column.CALLSIGN:
            return str(u.callsign)
        if column is Column.AGENCY:
            return f"{u.country}/{u.agency}" if u.country else str(u.agency)
        if column is Column.KIND:
            return unit_kind_word(u.kind)
        if column is Column.STATUS:
            return unit_status_word(status_text(u))
        if column is Column.POSITION:  # coordinates never mirror (right-to-left languages)
            if u.lat is None or u.lon is None:
                return ""
            since = stale_since(u)
            where = ltr(f"{u.lat:.4f}, {u.lon:.4f}")
            if since is None:
                return where
            stale = QCoreApplication.translate("UnitTable", "{where} (stale since {time})")
            return stale.format(where=where, time=ltr(timefmt.time_of_day(since)))
        if column is Column.UPDATED:
            return ltr(updated_text(updated_at(u), self._today))
        return self._assignment.get(u.id, "")

    def mimeTypes(self) -> list[str]:
        return [UNIT_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self._ids[i.row()] for i in indexes if i.isValid()]
        return unit_mime(ids[0] if ids else "")

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class UnitFilterProxy(QSortFilterProxyModel):
    """Filters by agency, kind and status (``ALL``: no filter on that field)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._want: dict[Roles, str] = {Roles.AGENCY: ALL, Roles.KIND: ALL, Roles.STATUS: ALL}
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, role: Roles, value: str) -> None:
        if self._want.get(role) == value:
            return
        self.beginFilterChange()
        self._want[role] = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """The last update sorts by its instant (its cells say the hour alone for today)."""
        if left.column() == Column.UPDATED:
            return bool(left.data(Roles.UPDATED) < right.data(Roles.UPDATED))
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return all(not want or index.data(role) == want for role, want in self._want.items())
