"""The alert queue: a table model of alert ids and cached row summaries (its filter proxy:
``alert_filter.py``).

Rows are ``QueueRow``s (``incident_desk.ui.models.queue_row``): light immutable summaries
of the stored alerts, made on the reader's worker thread, never the full ``StoredAlert``
with its CAP model, so 100,000 held rows stay cheap for the cyclic garbage collector. The
model reads rows by attribute only: any object with ``QueueRow``'s fields will do (tests
pass ``StoredAlert``s). It keeps them oldest-first internally and shows them newest-first,
so a batch of new alerts is one ``beginInsertRows(0, n-1)`` at the top and a page of older
ones (``append_older``) one ``beginInsertRows`` at the bottom. The model is a window onto the
store: it holds the newest page and what the operator scrolled to; ``canFetchMore`` /
``fetchMore`` ask its older-page source (the store feed) for the next page, which arrives
later through ``append_older``. What needs the full CAP message (the detail pane) reads the
store.
"""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from incident_desk.trust.wording import WORDING
from incident_desk.ui.models.queue_columns import COLUMNS, Column, RowState, is_exercise
from incident_desk.ui.theme import REAL_MARK, severity_colours

_Index = QModelIndex | QPersistentModelIndex

__all__ = [
    "COLUMNS",
    "AlertTableModel",
    "Column",
    "Roles",
    "is_exercise",
]

TRUST_RED = "#c62828"


def _invalid(state: str | None) -> bool:
    wording = WORDING.get(state)
    return wording is not None and wording.invalid


class Roles(enum.IntEnum):
    ALERT_ID = Qt.ItemDataRole.UserRole + 1
    SEVERITY = Qt.ItemDataRole.UserRole + 2
    IS_EXERCISE = Qt.ItemDataRole.UserRole + 3
    ACKNOWLEDGED = Qt.ItemDataRole.UserRole + 4
    SORT = Qt.ItemDataRole.UserRole + 5
    NEEDS_ACK = Qt.ItemDataRole.UserRole + 6
    SUPERSEDED = Qt.ItemDataRole.UserRole + 7


_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        *Roles,
    }
)


class AlertTableModel(QAbstractTableModel):
    """Stored alerts, newest first, with acknowledgement state.

    Rows are ``QueueRow`` summaries (or anything with their fields); ``row_at(r)`` gives
    the one shown at row ``r``, ``alert(id)`` the one of an alert id.
    ``sort`` orders the model itself (one Python ``sorted`` over precomputed keys, a fraction
    of a second for 100,000 rows); a proxy sorting through ``data()`` would take far longer.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []  # oldest first; shown reversed
        # a *logical* index: _rows[index + _base]. Older pages go in front of _rows and only
        # move _base, so the positions held (here and in _view) stay valid: O(page), not O(rows)
        self._base = 0
        self._pos: dict[int, int] = {}  # alert id -> logical index into _rows
        self._acked: set[int] = set()
        self._superseded: dict[int, str] = {}  # alert id -> "superseded" / "cancelled"
        self.exercise_mode = False  # the console joined an exercise: real rows say REAL
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._trust_red = QBrush(QColor(TRUST_RED))
        self._grey = QBrush(QColor("#8a8f96"))
        self._real = tuple(QBrush(QColor(c)) for c in REAL_MARK)  # REAL during a drill
        self._brush_cache: dict[tuple[str | None, str | None], tuple[Any, Any]] = {}
        # when sorted by a column: indices into _rows in ascending key order, their keys
        # ((sort key, id), same order, for bisect) and whether the display is descending
        self._view: list[int] | None = None
        self._vkeys: list[tuple[Any, int]] = []
        self._desc = False
        self._display_rows: dict[int, int] | None = None  # index into _rows -> ascending pos
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.DescendingOrder)
        # where older pages come from (``set_older_source``): can it give one now, ask for one
        self._older_can: Callable[[], bool] | None = None
        self._older_fetch: Callable[[], object] | None = None

    # -- Qt overrides ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._view is None else len(self._view)

    def canFetchMore(self, parent: _Index) -> bool:
        """Older alerts are stored than held, and no page of them is on its way."""
        if parent.isValid() or self._older_can is None:
            return False
        return self._older_can()

    def fetchMore(self, parent: _Index) -> None:
        """Ask for the next older page; it arrives later (``append_older``), never here: the
        store is read on the feed's worker, not on the GUI thread."""
        if self.canFetchMore(parent) and self._older_fetch is not None:
            self._older_fetch()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if (
            horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(Column)
        ):  # the tooltip: the whole name where a narrow column ends it in "…"
            header = COLUMNS[Column(section)].header  # marked QT_TRANSLATE_NOOP("Headers", …)
            return QCoreApplication.translate("Headers", header) if section else ""
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED_ROLES:
            return None
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        return self._value(self.row_at(index.row()), index.column(), role)

    def multiData(self, index: _Index, roleDataSpan: Any) -> None:
        """Every role a view asks of one cell, in one call into Python.

        The delegate asks ~8 roles per cell per paint; as ``data()`` calls, each one takes
        the GIL anew, and waits for it while a worker thread holds it. Views call this
        directly, and ``AlertFilterProxy.multiData`` forwards here.
        """
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        row = self.row_at(index.row()) if valid else None
        col = index.column()
        for i in range(len(roleDataSpan)):
            item = roleDataSpan[i]
            role = item.role()
            value = None
            if row is not None and role in _SERVED_ROLES:
                value = self._value(row, col, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def state(self, row: Any) -> RowState:
        """What this console knows of ``row`` beyond the alert (acked, superseded, mode)."""
        return RowState(row.id in self._acked, self._superseded.get(row.id), self.exercise_mode)

    def _value(self, row: Any, col: int, role: int) -> Any:
        """``data()`` of one served role for ``row`` (a ``QueueRow``) at column ``col``."""
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[Column(col)].cell(row, self.state(row))
        if role == Roles.ALERT_ID:
            return row.id
        if role == Roles.SEVERITY:
            return row.severity
        if role == Roles.IS_EXERCISE:
            return is_exercise(row)
        if role == Roles.ACKNOWLEDGED:
            return row.id in self._acked
        if role == Roles.NEEDS_ACK:
            return self.state(row).needs_ack(row)
        if role == Roles.SUPERSEDED:
            return self._superseded.get(row.id)
        if role == Roles.SORT:
            return COLUMNS[Column(col)].sort_key(row, self.state(row))
        if col == Column.MODE and self.exercise_mode and not is_exercise(row):
            # a real alert among the drill's: its REAL is white on the alarm red and bold,
            # however the row is coloured or whether it is acknowledged
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                return self._real[role == Qt.ItemDataRole.ForegroundRole]
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        invalid_trust = col == Column.TRUST and _invalid(row.trust_state)
        if role == Qt.ItemDataRole.ForegroundRole and invalid_trust:
            return self._trust_red
        superseded = row.id in self._superseded
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if superseded:  # replaced or cancelled: grey, no severity colour
                return None if role == Qt.ItemDataRole.BackgroundRole else self._grey
            bg, fg = self._brushes(row)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.FontRole:
            if invalid_trust or self.state(row).needs_ack(row):
                return self._bold
            return self._struck if superseded else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = COLUMNS[Column(col)].tooltip
            text = tip(row) if tip is not None else ""
            return text or row.headline or row.event
        return None

    # -- public API -----------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        view = self._view
        if view is not None:
            return self._rows[view[len(view) - 1 - row if self._desc else row] + self._base]
        return self._rows[len(self._rows) - 1 - row]

    def row_of(self, alert_id: int) -> int | None:
        pos = self._pos.get(alert_id)
        if pos is None:
            return None
        view = self._view
        if view is not None:
            if self._display_rows is None:
                self._display_rows = {p: r for r, p in enumerate(view)}
            asc = self._display_rows.get(pos)
            if asc is None:
                return None
            return len(view) - 1 - asc if self._desc else asc
        return len(self._rows) - 1 - pos - self._base

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order rows by ``column``'s sort key (column -1: newest first, the default)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.row_at(i.row()).id, i.column()) for i in persistent]
        self._sort = (column, order)
        if column < 0 or column >= len(Column):
            self._view, self._vkeys = None, []
        else:
            keys = [(self._sort_key(r, column), r.id) for r in self._rows]
            ordered = sorted(range(len(self._rows)), key=keys.__getitem__)
            self._vkeys = [keys[i] for i in ordered]
            self._view = [i - self._base for i in ordered]
            self._desc = order == Qt.SortOrder.DescendingOrder
        self._display_rows = None
        moved = [self.index(self.row_of(alert_id) or 0, col) for alert_id, col in held]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def alert(self, alert_id: int) -> Any | None:
        pos = self._pos.get(alert_id)
        return None if pos is None else self._rows[pos + self._base]

    def last_id(self) -> int | None:
        """The highest alert id held (for ``store.list_alerts(after_id=...)``)."""
        return max(self._pos) if self._pos else None

    def acknowledged_ids(self) -> frozenset[int]:
        return frozenset(self._acked)

    def acknowledged_set(self) -> set[int]:
        """The acknowledged ids themselves, without a copy (read only, please)."""
        return self._acked

    def is_acknowledged(self, alert_id: int) -> bool:
        return alert_id in self._acked

    def set_rows(self, rows: Sequence[Any], acknowledged: Iterable[int] = ()) -> None:
        """Replace everything (first load): one model reset, no per-row signals."""
        self.beginResetModel()
        ordered = sorted(rows, key=lambda r: r.id)
        self._rows = ordered
        self._base = 0
        self._view, self._vkeys, self._display_rows = None, [], None
        self._sort = (-1, Qt.SortOrder.DescendingOrder)
        self._pos = {r.id: i for i, r in enumerate(ordered)}
        self._acked = set(acknowledged)
        self.endResetModel()

    def keep_only(self, keep: Callable[[Any], bool]) -> int:
        """Drop the rows ``keep`` refuses, in one model reset, and sort again as before (the
        console left its exercise: the drill's alerts leave the queue, the store keeps them).
        Returns how many rows went."""
        kept = [r for r in self._rows if keep(r)]
        gone = len(self._rows) - len(kept)
        if gone:
            column, order = self._sort
            self.set_rows(kept, self._acked & {r.id for r in kept})
            if column >= 0:
                self.sort(column, order)
        return gone

    def append_alerts(self, rows: Sequence[Any]) -> int:
        """Insert a batch of new (higher-id) alerts; cost O(batch), not O(rows held).

        Newest-first (the default): one begin/endInsertRows at the top. Sorted by a column:
        each new row's place is found by bisection over the held keys, and each run of
        new rows that lands together is one begin/endInsertRows (a time or severity sort
        gives one run per distinct key, not one per row). Alerts already held are skipped.
        Returns how many rows were inserted.
        """
        fresh: list[Any] = []
        seen: set[int] = set()
        for r in sorted(rows, key=lambda r: r.id):
            if r.id not in self._pos and r.id not in seen:
                fresh.append(r)
                seen.add(r.id)
        if not fresh:
            return 0
        start = len(self._rows) - self._base  # logical index of the first new row
        if self._view is None:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows.extend(fresh)
            for i, r in enumerate(fresh, start):
                self._pos[r.id] = i
            self.endInsertRows()
            return len(fresh)
        self._rows.extend(fresh)  # not shown until the view takes them (rowCount: the view)
        for i, r in enumerate(fresh, start):
            self._pos[r.id] = i
        self._merge_into_view(fresh, start)
        return len(fresh)

    def append_older(self, rows: Sequence[Any]) -> int:
        """Insert a page of older alerts (ids below every one held), read because the
        operator scrolled to them; cost O(page). Newest-first: one begin/endInsertRows at
        the bottom; sorted by a column: bisected into place as ``append_alerts`` does. Rows
        already held, or not older than the oldest held, are skipped (pages never overlap).
        Returns how many rows were inserted."""
        floor = self._rows[0].id if self._rows else None
        fresh: list[Any] = []
        seen: set[int] = set()
        for r in sorted(rows, key=lambda r: r.id):
            if r.id in seen or r.id in self._pos or (floor is not None and r.id >= floor):
                continue
            fresh.append(r)
            seen.add(r.id)
        if not fresh:
            return 0
        count = len(fresh)
        start = -self._base - count  # logical index of the first (oldest) new row
        if self._view is None:
            held = len(self._rows)
            self.beginInsertRows(QModelIndex(), held, held + count - 1)
        self._rows[0:0] = fresh
        self._base += count
        for i, r in enumerate(fresh, start):
            self._pos[r.id] = i
        if self._view is None:
            self.endInsertRows()
        else:
            self._merge_into_view(fresh, start)
        return count

    def set_older_source(self, can: Callable[[], bool], fetch: Callable[[], object]) -> None:
        """Where older pages come from: ``can()`` (more are stored and none is on its way)
        and ``fetch()`` (ask for the next one; it comes back through ``append_older``)."""
        self._older_can, self._older_fetch = can, fetch

    def _merge_into_view(self, fresh: list[Any], start: int) -> None:
        """Put ``fresh`` (logical indices from ``start``) into the sorted view, one
        begin/endInsertRows per run of rows that lands together."""
        column = self._sort[0]
        new = sorted(((self._sort_key(r, column), r.id), i) for i, r in enumerate(fresh, start))
        places = [bisect.bisect_left(self._vkeys, key) for key, _i in new]
        done = 0
        for place, group in itertools.groupby(zip(places, new, strict=True), key=lambda t: t[0]):
            items = [item for _place, item in group]
            self._insert_sorted(place + done, items)
            done += len(items)

    def _insert_sorted(self, asc: int, items: list[tuple[tuple[Any, int], int]]) -> None:
        """Insert ``items`` (key, logical index into _rows) at ascending position ``asc``."""
        assert self._view is not None
        held, count = len(self._view), len(items)
        first = held - asc if self._desc else asc
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        self._vkeys[asc:asc] = [key for key, _i in items]
        self._view[asc:asc] = [i for _key, i in items]
        self._display_rows = None
        self.endInsertRows()

    def set_acknowledged(self, alert_id: int, acknowledged: bool = True) -> bool:
        """Mark one alert acknowledged (or, after a refused Ack, not); announces only that
        row. False if nothing changed or the row is not held."""
        if (alert_id in self._acked) == acknowledged:
            return False
        if acknowledged:
            self._acked.add(alert_id)
        else:
            self._acked.discard(alert_id)
        row = self.row_of(alert_id)
        if row is None:
            return False
        self.dataChanged.emit(
            self.index(row, 0),
            self.index(row, len(Column) - 1),
            [
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.FontRole,
                Roles.ACKNOWLEDGED,
                Roles.NEEDS_ACK,
                Roles.SORT,
            ],
        )
        return True

    def set_superseded(self, superseded: dict[int, str]) -> None:
        """Alerts a later Update or Cancel replaced (id → "superseded" / "cancelled"): they
        are greyed and struck through and no longer ask for attention."""
        for alert_id, why in superseded.items():
            if self._superseded.get(alert_id) == why:
                continue
            self._superseded[alert_id] = why
            row = self.row_of(alert_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def is_superseded(self, alert_id: int) -> bool:
        return alert_id in self._superseded

    # -- helpers --------------------------------------------------------------------------------
    def _sort_key(self, row: Any, col: int) -> Any:
        return COLUMNS[Column(col)].sort_key(row, self.state(row))

    def _brushes(self, row: Any) -> tuple[Any, Any]:
        """The severity colours, exactly the same for exercise and real rows: exercise is
        marked by the Traffic column and the exercise band, never by tinting the code."""
        key = (row.severity, row.urgency)
        cached = self._brush_cache.get(key)
        if cached is None:
            colours = severity_colours(row.severity, row.urgency)
            bg = QBrush(QColor(colours.background)) if colours.background else None
            fg = QBrush(QColor(colours.foreground)) if colours.foreground else None
            cached = self._brush_cache[key] = (bg, fg)
        return cached
