"""The alert queue widget: filter bar over a table of stored alerts, newest first.

The table is a window onto the store: it opens with the newest page, and the view asks
for older pages (``canFetchMore``/``fetchMore``) as the operator scrolls down; "Loading
older alerts…" shows while one is on its way. A filter that matches nothing in several
older pages in a row stops that (``AlertFilterProxy.BARREN_PAGES``): the line under the
table says so, offers to keep looking, and names Search all stored alerts (Ctrl+Shift+S,
``ui/search_dialog.py``: indexed, over every stored alert) for the rest.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_desk.ui.cap_words import cap_word, short_severity
from incident_desk.ui.filter_bar import AlertFilterBar
from incident_desk.ui.models.alert_filter import AlertFilterProxy
from incident_desk.ui.models.alert_table import AlertTableModel, Roles
from incident_desk.ui.models.queue_columns import (
    COLUMNS,
    FIT_MAX,
    HEADLINE_SHARE,
    SEVERITY_RANK,
    Column,
)

ROW_HEIGHT = 22  # pixels a queue row takes
MIN_ROWS = 3  # rows the queue always shows, whatever the detail below needs


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
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        header.setMinimumSectionSize(18)
        # the queue never gives way below MIN_ROWS rows to the detail below it (whose title and
        # essentials are always shown whole): in Arabic, with a real alert's strip, a NO DUFF
        # notice and a long instruction, it was squeezed to one and a half rows
        self.view.setMinimumHeight(
            header.sizeHint().height() + MIN_ROWS * ROW_HEIGHT + 2 * self.view.frameWidth()
        )
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
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
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
        self.view.setItemDelegateForColumn(Column.SEVERITY, _SeverityDelegate(self))
        # the widths the operator sees before any fitting: the first-run widths, then what
        # the operator drags a column to (``fit_columns`` adds room to these, never takes)
        self._base = {column: spec.width for column, spec in COLUMNS.items()}
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)
        self.view.viewport().installEventFilter(self)
        self.fit_columns()

    def _show_column(self, column: Column, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        # either way the others' room changes: a 1366-pixel screen hides the Sender, and
        # its 92 pixels let Swahili's "ZOEZI" (exercise) read whole, where it was "ZO…"
        self.fit_columns()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and new > 0 and column in self._base:
            self._base[Column(column)] = new  # the operator's own width (or a restored one)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view.viewport()
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self.fit_columns()  # a wider queue has room for more whole words (not taller)
        return False

    def fit_columns(self) -> None:
        """Widen shown columns until each one's name and, where its words must read whole
        (``QueueColumn.words``: exercise or real, the trust states), the longest of them,
        bold as an unacknowledged row draws it, show whole in the reader's language, up to
        ``FIT_MAX`` each, from their own widths (``_base``: first-run or the operator's),
        as far as the Headline keeps ``HEADLINE_SHARE`` of the queue's width (the Mode
        column's exercise or real at any width, ``QueueColumn.whole``): the columns with
        words first, then the others in their order. Called at start, after a saved
        layout is restored, on a language switch and when the queue's width changes: the
        Trust column's 84 pixels cut "could not check" and "без подписи" (unsigned) to
        "без подпи…", the Mode column Swahili's "ZOEZI" to "ZO…", and a centred name too
        long for its column lost both ends ("mepokelewa")."""
        header = self.view.horizontalHeader()
        width = self.view.viewport().width()
        if width <= 0:
            return
        style = self.view.style()
        cell, cell_room = self._cell_metrics()
        # a header's text margins (a header's name is never cut for the sort indicator: it
        # shows on one column at a time, and the name's tooltip is whole)
        head_room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4
        shown = [
            column
            for column in COLUMNS
            if not header.isSectionHidden(column)
            and header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch
        ]
        spare = width - int(width * HEADLINE_SHARE) - sum(self._base[c] for c in shown)
        widths = {column: self._base[column] for column in shown}
        # the columns whose words must read whole first (exercise or real and the message
        # type at any width, then the severity, the urgency, the signature)
        whole = [column for column in shown if COLUMNS[column].whole]
        first = whole + [c for c in shown if COLUMNS[c].words is not None and c not in whole]
        for column in first + [column for column in shown if column not in first]:
            spec = COLUMNS[column]
            name = QCoreApplication.translate("Headers", spec.header)
            words = spec.words() if spec.words is not None else ()
            need = max(
                [cell.horizontalAdvance(word) + cell_room for word in words]
                + [header.fontMetrics().horizontalAdvance(name) + head_room]
            )
            room = FIT_MAX if spec.whole else spare  # exercise or real: whatever it costs
            extra = max(0, min(min(need, FIT_MAX) - widths[column], room))
            widths[column] += extra
            spare -= extra
        self._fitting = True
        try:
            for column, size in widths.items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _cell_metrics(self) -> tuple[QFontMetrics, int]:
        """The metrics of a cell's bold text (an unacknowledged row's) and its margins."""
        bold = QFont(self.view.font())
        bold.setBold(True)
        frame = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        return QFontMetrics(bold), 2 * (frame + 1) + 6

    def severity_text(self, value: str, width: int) -> str:
        """A severity as the Severity column ``width`` pixels wide says it: the CAP word in
        full when every severity's fits ("Чрезвычайная" at 1920), else each as short as the
        filter buttons say it ("Чрезв.", the incident board's too): never "Чрезвыча…", and
        never two forms in one column."""
        metrics, room = self._cell_metrics()
        longest = max(metrics.horizontalAdvance(cap_word(s)) for s in SEVERITY_RANK)
        return cap_word(value) if longest + room <= width else short_severity(value)

    def retranslate_ui(self) -> None:
        """The language changed: room for the new words (the model words its cells itself)."""
        self.fit_columns()

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


class _SeverityDelegate(QStyledItemDelegate):
    """Draws the Severity column's word in full or short, as ``AlertQueue.severity_text``
    says for the column's width (the cell's tooltip stays the headline, as the row's)."""

    def __init__(self, queue: AlertQueue) -> None:
        super().__init__(queue)
        self.queue = queue

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        codes = {cap_word(value): value for value in SEVERITY_RANK}
        value = codes.get(option.text)
        if value is not None:
            width = self.queue.view.horizontalHeader().sectionSize(Column.SEVERITY)
            option.text = self.queue.severity_text(value, width)
