"""The alert queue widget: filter bar over a table of stored alerts, newest first.

The table is a window onto the store: it opens with the newest page, and the view asks
for older pages (``canFetchMore``/``fetchMore``) as the operator scrolls down; "Loading
older alerts…" shows while one is on its way. A filter that matches nothing in several
older pages in a row stops that (``AlertFilterProxy.BARREN_PAGES``): the line under the
table says so, offers to keep looking, and names Search all stored alerts (Ctrl+Shift+S,
``ui/search_dialog.py``: indexed, over every stored alert) for the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_desk.ui.filter_bar import AlertFilterBar
from incident_desk.ui.models.alert_filter import AlertFilterProxy
from incident_desk.ui.models.alert_table import AlertTableModel, Roles
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
            # the header's own name (context "Headers", as the model shows it)
            action = QAction(QCoreApplication.translate("Headers", spec.header), header)
            action.setCheckable(True)
            action.setChecked(spec.shown)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            header.addAction(action)
            self.column_actions[column] = action
        self.filter_bar = AlertFilterBar(self.proxy)
        self.loading_label = QLabel()
        self.loading_label.setObjectName("queue_loading")
        self.loading_label.setVisible(False)
        self.older_label = QLabel()
        self.older_label.setObjectName("queue_older")
        self.older_label.setWordWrap(True)
        self.older_button = QPushButton(self.tr("Keep looking"))
        self.older_button.setObjectName("queue_older_more")
        self.older_button.setAutoDefault(False)
        self.older_button.clicked.connect(self.keep_looking)
        self.older_bar = QWidget()
        older = QHBoxLayout(self.older_bar)
        older.setContentsMargins(2, 0, 2, 0)
        older.addWidget(self.older_label, 1)
        older.addWidget(self.older_button)
        self.older_bar.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.view)
        layout.addWidget(self.older_bar)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def set_loading(self, count: int | None) -> None:
        """``loading 12,000…`` while the first fill runs; None hides it."""
        self.loading_label.setVisible(count is not None)
        if count is not None:
            self.loading_label.setText(
                self.tr("Loading stored alerts… {count} so far").format(count=f"{count:,}")
            )

    def set_loading_older(self, loading: bool) -> None:
        """ "Loading older alerts…" while a page the view asked for is on its way."""
        if loading:
            self.older_label.setText(self.tr("Loading older alerts…"))
            self.older_button.setVisible(False)
        self.older_bar.setVisible(loading)

    def older_page_applied(self, shown_before: int, *, more: bool) -> None:
        """A page of older alerts is in (``shown_before``: rows shown before it). Ask for
        the next while the table is not full, unless the filter showed nothing new for
        ``BARREN_PAGES`` pages: then say so and wait for the operator."""
        self.proxy.page_applied(shown_before)
        self.set_loading_older(False)
        if more and self.proxy.paused():
            self.older_label.setText(
                self.tr(
                    "No alert matches the filter in the last {count} pages of older alerts. "
                    "Keep looking, or search every stored alert (Ctrl+Shift+S)."
                ).format(count=self.proxy.BARREN_PAGES)
            )
            self.older_button.setVisible(True)
            self.older_bar.setVisible(True)
            return
        self.want_older()

    def want_older(self) -> None:
        """Ask for the next older page if the table's last row shows (the view asks by
        itself only when rows were inserted or the operator scrolls)."""
        rows = self.proxy.rowCount()
        if rows:
            last = self.view.visualRect(self.proxy.index(rows - 1, 0))
            if not last.isValid() or last.top() >= self.view.viewport().height():
                return
        self.proxy.fetchMore(QModelIndex())

    @Slot()
    def keep_looking(self) -> None:
        """The operator asks for more older pages after the filter found nothing."""
        self.older_bar.setVisible(False)
        self.proxy.resume_fetching()
        self.proxy.fetchMore(QModelIndex())

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
