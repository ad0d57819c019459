"""Search every stored alert from the window (Ctrl+Shift+S), not only the rows the queue holds.

The queue holds the newest page and what the operator scrolled to (``ui/store_feed.py``); its
filter bar filters those rows. This dialog asks the store (``alert_search.console_search``:
the full-text index, real traffic and the joined exercise only) on the feed's reader thread,
never on the GUI thread, a page of 100 hits at a time. Opening a hit selects it in the queue,
loading the queue down to it when it is near enough (``AlertActions.select_alert``), and
otherwise shows it in the detail pane without selecting a queue row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incident_desk import timefmt
from incident_desk.alert_search import console_search
from incident_desk.cap import SEVERITIES
from incident_desk.store import SearchQuery
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.cap_words import cap_word

if TYPE_CHECKING:
    from incident_desk.ui.main_window import MainWindow

PAGE = 100
_ID = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """Words, severity and country over every stored alert; double-click or Enter opens one.

    Attributes:
        hits: the hits shown, newest first (``SearchHit``).
        searches: how many searches have come back (tests wait on it).
    """

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("search_dialog")
        self.window_ = window
        self.hits: list[Any] = []
        self.searches = 0
        self._query: SearchQuery | None = None
        self.setWindowTitle(self.tr("Search all stored alerts"))
        self.words = QLineEdit()
        self.words.setObjectName("search_words")
        self.words.setPlaceholderText(
            self.tr("Words in the sender, event, headline, description or area")
        )
        self.severity = QComboBox()
        self.severity.addItem(self.tr("Any severity"), None)
        for value in SEVERITIES:
            self.severity.addItem(cap_word(value), value)
        self.country = QLineEdit()
        self.country.setObjectName("search_country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("Country (KE)"))
        self.country.setMaximumWidth(110)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.words.returnPressed.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.words, 1)
        row.addWidget(self.severity)
        row.addWidget(self.country)
        row.addWidget(self.search_button)
        self.status = QLabel(self.tr("Type words and press Enter."))
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("search_results")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sent (UTC)"),
                self.tr("Severity"),
                self.tr("Event"),
                self.tr("Headline"),
                self.tr("From"),
                self.tr("Country"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))
        self.more_button = QPushButton(self.tr("Older hits"))
        self.more_button.setEnabled(False)
        self.more_button.setToolTip(self.tr("Search first: older hits follow the newest 100"))
        self.more_button.clicked.connect(self.more)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        for button in (self.search_button, self.more_button, self.open_button, close):
            button.setAutoDefault(False)  # Enter searches (words) or opens (results) only
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)

    def keyPressEvent(self, event: Any) -> None:
        """Enter in the results opens the selected hit (elsewhere it searches)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.open_row(self.table.currentRow())
            return
        super().keyPressEvent(event)

    @Slot()
    def search(self) -> None:
        """A new search: the newest hits first."""
        country = self.country.text().strip().upper() or None
        self._query = SearchQuery(
            words=self.words.text().strip(),
            severity=self.severity.currentData(),
            country=country,
            limit=PAGE,
        )
        self.hits = []
        self.table.setRowCount(0)
        self._run(self._query)

    @Slot()
    def more(self) -> None:
        """The next page: hits older than the last one shown."""
        if self._query is None or not self.hits:
            return
        self._run(SearchQuery(**{**vars(self._query), "before_id": self.hits[-1].id}))

    def _run(self, query: SearchQuery) -> None:
        window = self.window_
        store, joined = window.store, window.console.exercise_id
        self.status.setText(self.tr("Searching…"))
        self.search_button.setEnabled(False)
        self.more_button.setEnabled(False)
        window.feed.read(lambda: console_search(store, query, joined), self._show, self._failed)

    def _show(self, hits: list[Any]) -> None:
        self.searches += 1
        self.search_button.setEnabled(True)
        start = len(self.hits)
        self.hits.extend(hits)
        self.table.setRowCount(len(self.hits))
        for offset, hit in enumerate(hits):
            values = (
                ltr(timefmt.utc(hit.sent_utc)),
                cap_word(hit.severity),
                auto(hit.event or ""),
                auto(hit.headline or ""),
                auto(hit.agency or hit.sender),
                hit.country or "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(_ID, hit.id)
                if column == 3:
                    item.setToolTip(text)
                self.table.setItem(start + offset, column, item)
        full = len(hits) >= PAGE
        self.more_button.setEnabled(full)
        self.more_button.setToolTip(
            self.tr("Show the next {count} older hits").format(count=PAGE)
            if full
            else self.tr("Every hit is shown")
        )
        if not self.hits:
            self.status.setText(self.tr("No stored alert matches."))
        else:
            self.status.setText(
                self.tr("{count} alerts shown, newest first. Double-click one to open it.").format(
                    count=f"{len(self.hits):,}"
                )
            )
        if start == 0 and self.hits:
            self.table.selectRow(0)

    def _failed(self, exc: Exception) -> None:
        self.searches += 1
        self.search_button.setEnabled(True)
        self.status.setText(self.tr("The search failed: {reason}").format(reason=str(exc)))

    def open_row(self, row: int) -> None:
        """Select the hit in the queue, or show it in the detail pane when the queue cannot
        reach it."""
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        alert_id = int(item.data(_ID))
        actions = self.window_.alert_actions
        if not actions.select_alert(alert_id):
            actions.on_current_alert_changed(alert_id)
            self.status.setText(
                self.tr(
                    "This alert is older than the queue loads at once: it is shown in the "
                    "detail pane; scroll the queue or search again to see its neighbours."
                )
            )
