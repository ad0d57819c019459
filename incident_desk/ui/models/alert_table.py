"""The alert queue: a table model of alert ids and cached row summaries, plus its filter proxy.

Rows are ``QueueRow``s (``incident_desk.ui.models.queue_row``): light immutable summaries
of the stored alerts, made on the reader's worker thread, never the full ``StoredAlert``
with its CAP model, so 100,000 held rows stay cheap for the cyclic garbage collector. The
model reads rows by attribute only: any object with ``QueueRow``'s fields will do (tests
pass ``StoredAlert``s). It keeps them oldest-first internally and shows them newest-first,
so a batch of new alerts is one ``beginInsertRows(0, n-1)`` at the top and a 100,000-row
load is a single reset. What needs the full CAP message (the detail pane) reads the store.
"""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from incident_desk.rules import needs_acknowledgement
from incident_desk.ui.theme import exercise_tint, severity_colours

_Index = QModelIndex | QPersistentModelIndex

SEVERITY_RANK = {"Extreme": 4, "Severe": 3, "Moderate": 2, "Minor": 1, "Unknown": 0}
URGENCY_RANK = {"Immediate": 4, "Expected": 3, "Future": 2, "Past": 1, "Unknown": 0}


class Column(enum.IntEnum):
    MARKER = 0
    RECEIVED = 1
    SENT = 2
    SEVERITY = 3
    URGENCY = 4
    EVENT = 5
    SENDER = 6
    COUNTRY = 7
    AGENCY = 8
    STATUS = 9
    MSG_TYPE = 10
    INCIDENTS = 11
    ACK = 12
    TRUST = 13


HEADERS = {
    Column.MARKER: "",
    Column.RECEIVED: "Received",
    Column.SENT: "Sent",
    Column.SEVERITY: "Severity",
    Column.URGENCY: "Urgency",
    Column.EVENT: "Event / headline",
    Column.SENDER: "Sender",
    Column.COUNTRY: "Country",
    Column.AGENCY: "Agency",
    Column.STATUS: "Status",
    Column.MSG_TYPE: "Type",
    Column.INCIDENTS: "Incident(s)",
    Column.ACK: "Ack",
    Column.TRUST: "Trust",
}

# Signature check states (incident_desk.trust.TrustState) as the queue shows them.
TRUST_TEXT = {
    "unsigned": "unsigned",
    "unknown_signer": "unknown signer",
    "bad_signature": "BAD SIGNATURE",
    "signer_mismatch": "signer ≠ topic",
    None: "not checked",
}
TRUST_INVALID = frozenset({"bad_signature", "signer_mismatch"})
TRUST_RED = "#c62828"
# worst first, so an ascending sort puts the alerts to distrust on top
TRUST_RANK = {
    "bad_signature": 0,
    "signer_mismatch": 1,
    "unknown_signer": 2,
    "unsigned": 3,
    None: 4,
    "verified": 5,
}
TRUST_PLAIN = {
    "verified": "Verified: the signature matches and the signer may publish on this topic.",
    "unsigned": "Not signed: nothing proves which agency sent it.",
    "unknown_signer": (
        "Signed, but by a signer this console does not trust (not in the trust store)."
    ),
    "bad_signature": (
        "BAD SIGNATURE: the alert was changed after it was signed, or the signature is "
        "broken. Confirm by another channel before acting on it."
    ),
    "signer_mismatch": (
        "SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose "
        "topic carried it. Confirm by another channel before acting on it."
    ),
    None: "Not checked: stored before this console checked signatures.",
}


class Roles(enum.IntEnum):
    ALERT_ID = Qt.ItemDataRole.UserRole + 1
    SEVERITY = Qt.ItemDataRole.UserRole + 2
    IS_EXERCISE = Qt.ItemDataRole.UserRole + 3
    ACKNOWLEDGED = Qt.ItemDataRole.UserRole + 4
    SORT = Qt.ItemDataRole.UserRole + 5
    NEEDS_ACK = Qt.ItemDataRole.UserRole + 6


def local_time(value: datetime | None) -> str:
    """An aware datetime as local wall-clock text (the operator's time zone)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def short_time(value: datetime | None) -> str:
    """Compact local time for the queue: ``18:54:29`` today, ``11-28 18:54`` before.

    The full local and UTC times are in the cell's tooltip and the detail panel.
    """
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%m-%d %H:%M")


def utc_time(value: datetime | None) -> str:
    """An aware datetime as UTC text."""
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def trust_state(row: Any) -> str | None:
    return getattr(row, "trust_state", None)


def trust_text(row: Any) -> str:
    """The queue's Trust cell: ``✔ verified by KE/nps``, ``unsigned``, ``BAD SIGNATURE`` …"""
    state = trust_state(row)
    if state == "verified":
        signer = getattr(row, "trust_signer", None)
        return f"✔ verified by {signer}" if signer else "✔ verified"
    return TRUST_TEXT.get(state, str(state))


def trust_description(row: Any) -> str:
    """The trust state in plain words, with the verifier's detail (detail panel, tooltip)."""
    state = trust_state(row)
    plain = TRUST_PLAIN.get(state, str(state))
    detail = getattr(row, "trust_detail", None)
    return f"{plain} ({detail})" if detail else plain


def is_exercise(row: Any) -> bool:
    return bool(row.exercise_id) or row.status == "Exercise"


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
        self._pos: dict[int, int] = {}  # alert id -> index into _rows
        self._acked: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._trust_red = QBrush(QColor(TRUST_RED))
        self._brush_cache: dict[tuple[str | None, str | None, bool], tuple[Any, Any]] = {}
        # when sorted by a column: indices into _rows in ascending key order, their keys
        # ((sort key, id), same order, for bisect) and whether the display is descending
        self._view: list[int] | None = None
        self._vkeys: list[tuple[Any, int]] = []
        self._desc = False
        self._display_rows: dict[int, int] | None = None  # index into _rows -> ascending pos
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.DescendingOrder)

    # -- Qt overrides ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._view is None else len(self._view)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return HEADERS[Column(section)]
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

    def _value(self, row: Any, col: int, role: int) -> Any:
        """``data()`` of one served role for ``row`` (a ``QueueRow``) at column ``col``."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Roles.ALERT_ID:
            return row.id
        if role == Roles.SEVERITY:
            return row.severity
        if role == Roles.IS_EXERCISE:
            return is_exercise(row)
        if role == Roles.ACKNOWLEDGED:
            return row.id in self._acked
        if role == Roles.NEEDS_ACK:
            return needs_acknowledgement(row) and row.id not in self._acked
        if role == Roles.SORT:
            return self._sort_key(row, col)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == Column.TRUST
            and trust_state(row) in TRUST_INVALID
        ):
            return self._trust_red
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = self._brushes(row)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.FontRole:
            if col == Column.TRUST and trust_state(row) in TRUST_INVALID:
                return self._bold
            return self._bold if needs_acknowledgement(row) and row.id not in self._acked else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (Column.RECEIVED, Column.SENT):
                when = row.received_at if col == Column.RECEIVED else row.sent_utc
                return f"{local_time(when)} local / {utc_time(when)}"
            if col == Column.TRUST:
                return trust_description(row)
            return row.headline or row.event
        return None

    # -- public API -----------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        view = self._view
        if view is not None:
            return self._rows[view[len(view) - 1 - row if self._desc else row]]
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
        return len(self._rows) - 1 - pos

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
            self._view = sorted(range(len(self._rows)), key=keys.__getitem__)
            self._vkeys = [keys[i] for i in self._view]
            self._desc = order == Qt.SortOrder.DescendingOrder
        self._display_rows = None
        moved = [self.index(self.row_of(alert_id) or 0, col) for alert_id, col in held]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def alert(self, alert_id: int) -> Any | None:
        pos = self._pos.get(alert_id)
        return None if pos is None else self._rows[pos]

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
        self._view, self._vkeys, self._display_rows = None, [], None
        self._sort = (-1, Qt.SortOrder.DescendingOrder)
        self._pos = {r.id: i for i, r in enumerate(ordered)}
        self._acked = set(acknowledged)
        self.endResetModel()

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
        start = len(self._rows)
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
        column = self._sort[0]
        new = sorted(((self._sort_key(r, column), r.id), i) for i, r in enumerate(fresh, start))
        places = [bisect.bisect_left(self._vkeys, key) for key, _i in new]
        done = 0
        for place, group in itertools.groupby(zip(places, new, strict=True), key=lambda t: t[0]):
            items = [item for _place, item in group]
            self._insert_sorted(place + done, items)
            done += len(items)
        return len(fresh)

    def _insert_sorted(self, asc: int, items: list[tuple[tuple[Any, int], int]]) -> None:
        """Insert ``items`` (key, index into _rows) at ascending position ``asc``."""
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

    # -- helpers --------------------------------------------------------------------------------
    def _display(self, row: Any, col: int) -> Any:
        if col == Column.MARKER:
            return "●" if needs_acknowledgement(row) and row.id not in self._acked else ""
        if col == Column.RECEIVED:
            return short_time(row.received_at)
        if col == Column.SENT:
            return short_time(row.sent_utc)
        if col == Column.SEVERITY:
            return row.severity or ""
        if col == Column.URGENCY:
            return row.urgency or ""
        if col == Column.EVENT:
            text = row.headline or row.event or ""
            if row.event and row.headline and row.event.lower() not in row.headline.lower():
                text = f"{row.event}: {row.headline}"
            return f"EXERCISE · {text}" if is_exercise(row) else text
        if col == Column.SENDER:
            return row.sender
        if col == Column.COUNTRY:
            return row.country or ""
        if col == Column.AGENCY:
            return row.agency or ""
        if col == Column.STATUS:
            return row.status
        if col == Column.MSG_TYPE:
            return row.msg_type
        if col == Column.INCIDENTS:
            return ", ".join(row.incidents)
        if col == Column.ACK:
            if not needs_acknowledgement(row):
                return "—"
            return "acknowledged" if row.id in self._acked else "UNACKNOWLEDGED"
        if col == Column.TRUST:
            return trust_text(row)
        return None

    def _sort_key(self, row: Any, col: int) -> Any:
        if col == Column.RECEIVED:
            return row.received_at.timestamp()
        if col == Column.SENT:
            return row.sent_utc.timestamp()
        if col == Column.SEVERITY:
            return SEVERITY_RANK.get(row.severity or "", -1)
        if col == Column.URGENCY:
            return URGENCY_RANK.get(row.urgency or "", -1)
        if col in (Column.MARKER, Column.ACK):
            return 1 if needs_acknowledgement(row) and row.id not in self._acked else 0
        if col == Column.TRUST:
            return (TRUST_RANK.get(trust_state(row), 4), trust_text(row).casefold())
        value = self._display(row, col)
        return value.casefold() if isinstance(value, str) else value

    def _brushes(self, row: Any) -> tuple[Any, Any]:
        key = (row.severity, row.urgency, is_exercise(row))
        cached = self._brush_cache.get(key)
        if cached is None:
            colours = severity_colours(row.severity, row.urgency)
            bg_name = exercise_tint(colours.background) if key[2] else colours.background
            bg = QBrush(QColor(bg_name)) if bg_name else None
            fg_name = colours.foreground
            if key[2]:  # the purple tint needs its own contrast
                fg_name = "#ffffff" if colours.background else "#000000"
            fg = QBrush(QColor(fg_name)) if fg_name else None
            cached = self._brush_cache[key] = (bg, fg)
        return cached


class AlertFilterProxy(QSortFilterProxyModel):
    """Filters the alert queue and sorts it by each column's ``Roles.SORT`` key.

    Empty filters accept everything; text matching is case-insensitive over headline,
    event, sender, identifier and incidents. Without a sort column the source order
    (newest first) is kept.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(Roles.SORT)
        self._severities: frozenset[str] = frozenset()
        self._urgencies: frozenset[str] = frozenset()
        self._category = ""
        self._country = ""
        self._agency = ""
        self._status = ""
        self._incident = ""
        self._text = ""
        self._unacknowledged_only = False
        self._show_acks = False
        self._trust_states: frozenset[str | None] = frozenset()

    def _set(self, name: str, value: Any) -> None:
        if getattr(self, name) != value:
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_severities(self, values: Iterable[str]) -> None:
        self._set("_severities", frozenset(values))

    def set_urgencies(self, values: Iterable[str]) -> None:
        self._set("_urgencies", frozenset(values))

    def set_category(self, value: str) -> None:
        self._set("_category", value.strip())

    def set_country(self, value: str) -> None:
        self._set("_country", value.strip().upper())

    def set_agency(self, value: str) -> None:
        self._set("_agency", value.strip().lower())

    def set_status(self, value: str) -> None:
        self._set("_status", value.strip())

    def set_incident(self, value: str) -> None:
        self._set("_incident", value.strip().casefold())

    def set_text(self, value: str) -> None:
        self._set("_text", value.strip().casefold())

    def set_unacknowledged_only(self, value: bool) -> None:
        self._set("_unacknowledged_only", bool(value))

    def set_trust_states(self, values: Iterable[str | None]) -> None:
        """Show only alerts in these trust states (``verified``, ``unsigned``,
        ``unknown_signer``, ``bad_signature``, ``signer_mismatch``; None = not checked)."""
        self._set("_trust_states", frozenset(values))

    def set_show_acks(self, value: bool) -> None:
        """Show CAP Ack messages as rows (hidden by default: they mark other rows instead)."""
        self._set("_show_acks", bool(value))

    def multiData(self, index: _Index, roleDataSpan: Any) -> None:
        """Forward a view's roles-of-one-cell request to the source model in one Python call
        (``QSortFilterProxyModel`` would otherwise ask the source one ``data()`` per role)."""
        model = self.sourceModel()
        if isinstance(model, AlertTableModel):
            model.multiData(self.mapToSource(index), roleDataSpan)
        else:
            super().multiData(index, roleDataSpan)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AlertTableModel):
            return True
        row = model.row_at(source_row)
        if not self._show_acks and row.msg_type == "Ack":
            return False
        if self._severities and (row.severity or "Unknown") not in self._severities:
            return False
        if self._urgencies and (row.urgency or "Unknown") not in self._urgencies:
            return False
        if self._category and self._category not in row.categories:
            return False
        if self._country and (row.country or "").upper() != self._country:
            return False
        if self._agency and (row.agency or "").lower() != self._agency:
            return False
        if self._status and row.status != self._status:
            return False
        if self._trust_states and trust_state(row) not in self._trust_states:
            return False
        if self._incident and not any(self._incident in i.casefold() for i in row.incidents):
            return False
        if self._unacknowledged_only and not (
            needs_acknowledgement(row) and not model.is_acknowledged(row.id)
        ):
            return False
        if self._text:
            hay = " ".join(
                (row.headline or "", row.event or "", row.sender, row.identifier, *row.incidents)
            ).casefold()
            if self._text not in hay:
                return False
        return True
