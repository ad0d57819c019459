"""The alert queue's filter proxy: what the filter bar asks for, over ``AlertTableModel``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, QTimer

from incident_desk.ui.models.alert_table import AlertTableModel, Roles

_Index = QModelIndex | QPersistentModelIndex


class AlertFilterProxy(QSortFilterProxyModel):
    """Filters the alert queue and sorts it by each column's ``Roles.SORT`` key.

    Empty filters accept everything; text matching is case-insensitive over headline,
    event, sender, identifier and incidents. Without a sort column the source order
    (newest first) is kept.

    Older pages: the view asks for more while its last row shows, through this proxy to
    the model. A filter that matches nothing in older alerts would have it read the whole
    year page by page; after ``BARREN_PAGES`` pages in a row that showed nothing new
    (``page_applied``) the proxy stops asking, until the filter changes or the operator
    asks again (``resume_fetching``).
    """

    BARREN_PAGES = 5

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
        self._latest_only = False
        self._keep: int | None = None  # the selected alert: never hidden by "latest only"
        self._show_acks = False
        self._trust_states: frozenset[str | None] = frozenset()
        self.barren_pages = 0  # older pages in a row that added no row to what is shown

    def canFetchMore(self, parent: _Index) -> bool:
        return self.barren_pages < self.BARREN_PAGES and super().canFetchMore(parent)

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            super().fetchMore(parent)

    def page_applied(self, shown_before: int) -> None:
        """An older page is in; ``shown_before``: this proxy's rows before it."""
        self.barren_pages = 0 if self.rowCount() > shown_before else self.barren_pages + 1

    def paused(self) -> bool:
        """Fetching older pages stopped: the last pages showed nothing through the filter."""
        return self.barren_pages >= self.BARREN_PAGES

    def resume_fetching(self) -> None:
        self.barren_pages = 0

    def _set(self, name: str, value: Any) -> None:
        if getattr(self, name) != value:
            self.barren_pages = 0  # another filter: older pages may show something again
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

    def set_latest_only(self, value: bool) -> None:
        """Collapse alert chains: hide the versions a later Update or Cancel replaced (the
        selected alert stays; the detail's History tab shows the whole chain)."""
        self._set("_latest_only", bool(value))

    def keep_visible(self, alert_id: int | None) -> None:
        """The selected alert, shown even when "latest only" would hide it (an Update that
        arrives while the operator reads the previous version does not pull it away).
        Once the operator moves on, the version left behind is collapsed."""
        before, self._keep = self._keep, alert_id
        if self._latest_only and before is not None and before != alert_id:
            QTimer.singleShot(0, self, self._refilter)  # not inside the selection change

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

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
        if self._trust_states and row.trust_state not in self._trust_states:
            return False
        if self._incident and not any(self._incident in i.casefold() for i in row.incidents):
            return False
        if self._unacknowledged_only and not model.state(row).needs_ack(row):
            return False
        if self._latest_only and model.is_superseded(row.id) and row.id != self._keep:
            return False
        if self._text:
            hay = " ".join(
                (row.headline or "", row.event or "", row.sender, row.identifier, *row.incidents)
            ).casefold()
            if self._text not in hay:
                return False
        return True
