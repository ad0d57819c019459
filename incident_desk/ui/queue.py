"""The alert queue widget: filter bar over a table of stored alerts, newest first."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from incident_desk.ui.filter_bar import AlertFilterBar
from incident_desk.ui.models.alert_table import AlertFilterProxy, AlertTableModel, Roles
from incident_desk.ui.models.queue_columns import COLUMNS, Column


class AlertQueue(QWidget):
    """The queue: ``model`` (all rows) → ``proxy`` (filters) → ``view``.

    Clicking a header sorts the *model* (fast for 100,000 rows); the proxy keeps its order.

    Signals:
        current_alert_changed: the selected alert changed; argument: its id, or None.
    """

    current_alert_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AlertTableModel(self)
        self.proxy = AlertFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("alert_view")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        header.setMinimumSectionSize(18)
        # the headline takes every pixel left over (it stretches); the rest fit their words
        header.setSectionResizeMode(Column.EVENT, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: dict[Column, QAction] = {}
        for column, spec in COLUMNS.items():
            header.resizeSection(column, spec.width)
            header.setSectionHidden(column, not spec.shown)
            if not spec.hideable:
                continue
            action = QAction(self.model.tr(spec.header), header)
            action.setCheckable(True)
            action.setChecked(spec.shown)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            header.addAction(action)
            self.column_actions[column] = action
        self.filter_bar = AlertFilterBar(self.proxy)
        self.loading_label = QLabel()
        self.loading_label.setObjectName("queue_loading")
        self.loading_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def set_loading(self, count: int | None) -> None:
        """``loading 12,000…`` while the first fill runs; None hides it."""
        self.loading_label.setVisible(count is not None)
        if count is not None:
            self.loading_label.setText(
                self.tr("Loading stored alerts… {count} so far").format(count=f"{count:,}")
            )

    def current_alert_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Roles.ALERT_ID) if index.isValid() else None

    @Slot(int)
    def select_alert(self, alert_id: int) -> bool:
        """Select an alert; False if it is not held or the filters hide it."""
        row = self.model.row_of(alert_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._select_row(index.row())
        return True

    def step_unacknowledged(self, step: int) -> bool:
        """Select the next (+1) or previous (-1) row that still needs an acknowledgement."""
        count = self.proxy.rowCount()
        current = self.view.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else count)
        for i in range(1, count + 1):
            row = (start + step * i) % count
            if self.proxy.index(row, 0).data(Roles.NEEDS_ACK):
                self._select_row(row)
                return True
        return False

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        alert_id = current.data(Roles.ALERT_ID) if current.isValid() else None
        self.proxy.keep_visible(alert_id)
        self.current_alert_changed.emit(alert_id)

    @Slot(int, Qt.SortOrder)
    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
