"""Search every stored alert from the window (Ctrl+Shift+S), not only the rows the queue holds.

The queue holds the newest page and what the operator scrolled to (``ui/store_feed.py``); its
filter bar filters those rows. This dialog asks the store (``alert_search.console_search``:
the full-text index and indexed filters, real traffic and the joined exercise only) on the
feed's reader thread, never on the GUI thread, a page of 100 hits at a time. Opening a hit
selects it in the queue, loading the queue down to it when it is near enough
(``AlertActions.select_alert``), and otherwise shows it in the detail pane without selecting
a queue row.

Filters: severity, country, agency (the code of the topic, completed from the codes the
store holds) and when the alert was sent: a preset an operator picks in one move ("Last 24
hours") or a custom from/to. Times are the window's clock: local time, its offset stated
(``incident_desk/timefmt.py``), in the range as in the results.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QStringListModel, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
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
from incident_desk.display import strip_exercise_marking
from incident_desk.store import SearchPage, SearchQuery
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.cap_words import cap_word
from incident_desk.ui.models.queue_columns import is_exercise, mode_word
from incident_desk.ui.ops import refusal_text
from incident_desk.ui.theme import REAL_MARK

if TYPE_CHECKING:
    from incident_desk.ui.main_window import MainWindow

log = logging.getLogger("incident_desk.ui")

PAGE = 100
_ID = Qt.ItemDataRole.UserRole
_MODE, _SENT, _HEADLINE = 0, 1, 4  # result columns: Mode, Sent, Severity, Event, Headline…


class TimeRange(QWidget):
    """When the alert was sent: any time, the last 24 hours, 7 or 30 days, or a custom
    from/to pair (both minutes included), in the window's clock (local time; the offset is
    shown next to the pair)."""

    CUSTOM = -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox()
        self.preset.setObjectName("search_time")
        self.preset.addItem(self.tr("Any time"), 0)
        self.preset.addItem(self.tr("Last 24 hours"), 24)
        self.preset.addItem(self.tr("Last 7 days"), 7 * 24)
        self.preset.addItem(self.tr("Last 30 days"), 30 * 24)
        self.preset.addItem(self.tr("Custom…"), self.CUSTOM)
        self.start = _minute_edit("search_from")
        self.end = _minute_edit("search_to")
        self.zone = QLabel()
        self._hours = 0  # the preset chosen before "Custom…": the pair starts from it
        self._custom = (
            QLabel(self.tr("from", "time range: from this minute")),
            self.start,
            QLabel(self.tr("to", "time range: up to this minute")),
            self.end,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        for widget in (*self._custom, self.zone):
            layout.addWidget(widget)
        self.preset.currentIndexChanged.connect(self._chosen)
        self._chosen()

    @property
    def custom(self) -> bool:
        return bool(self.preset.currentData() == self.CUSTOM)

    @Slot()
    def _chosen(self) -> None:
        hours = int(self.preset.currentData())
        if hours == self.CUSTOM:  # from the preset shown before (else a day) up to now
            now = datetime.now(UTC)
            self.start.setDateTime(_qdt(now - timedelta(hours=self._hours or 24)))
            self.end.setDateTime(_qdt(now))
            self.zone.setText(ltr(_zone(now)))
        else:
            self._hours = hours
        for widget in (*self._custom, self.zone):
            widget.setVisible(hours == self.CUSTOM)

    def bounds(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        """``since`` (included) and ``until`` (excluded) for a search made at ``now``."""
        hours = int(self.preset.currentData())
        if hours == self.CUSTOM:
            return _py(self.start), _py(self.end) + timedelta(minutes=1)
        if hours:
            return now - timedelta(hours=hours), None
        return None, None


def _minute_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setLocale(QLocale.c())  # one unambiguous format in every language: Latin digits
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a time reads left to right
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _qdt(t: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(t.timestamp()))


def _py(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def _sent_texts(hit: Any) -> tuple[str, str]:
    """A hit's Sent cell and its tooltip: local time (and UTC in the tooltip), or for an
    inject of the scenario player its time on the exercise clock (``EX T+00:07:00``)."""
    if hit.inject_offset is not None:
        offset = timefmt.exercise_offset(hit.inject_offset)
        instant = timefmt.exercise_instant(hit.sent_utc, translate=QCoreApplication.translate)
        return offset, f"{offset} — {instant}"
    sent = timefmt.local(hit.sent_utc)
    return sent, f"{sent} / {timefmt.utc(hit.sent_utc)}"


def _zone(now: datetime) -> str:
    """This machine's offset as the window writes it after a time: ``UTC+03:00``."""
    return timefmt.local(now).rsplit(" ", 1)[1]


class SearchDialog(QDialog):
    """Words, severity, country, agency and time over every stored alert; double-click or
    Enter opens one.

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
        self._next: int | None = None  # the next page's before_id
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
        self.agency = QLineEdit()
        self.agency.setObjectName("search_agency")
        self.agency.setPlaceholderText(self.tr("Agency (upf)"))
        self.agency.setToolTip(self.tr("The agency's code in the topics it publishes on"))
        self.agency.setMaximumWidth(140)
        self.agency_codes = QStringListModel(self)
        completer = QCompleter(self.agency_codes, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.agency.setCompleter(completer)
        self.when = TimeRange()
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        for field in (self.words, self.country, self.agency):
            field.returnPressed.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.words, 1)
        row.addWidget(self.search_button)
        filters = QHBoxLayout()
        for widget in (self.severity, self.country, self.agency, self.when):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.status = QLabel(self.tr("Type words and press Enter."))
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("search_results")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mode"),
                self.tr("Sent"),
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
        header = self.table.horizontalHeader()
        # every column but the headline as wide as its text: a time is never cut short
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_HEADLINE, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))
        self.more_button = QPushButton(self.tr("Older hits"))
        self.more_button.setEnabled(False)
        self.more_button.setToolTip(self.tr("Search first: older hits follow the newest 100"))
        self.more_button.clicked.connect(self.more)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.open_button.setEnabled(False)  # until a hit is selected: never enabled for nothing
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectedItems()))
        )
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
        layout.addLayout(filters)
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

    def showEvent(self, event: Any) -> None:
        """Each time the dialog opens, the agency codes stored so far complete the field."""
        super().showEvent(event)
        self.window_.feed.read(self.window_.store.agencies, self._set_agencies, self._no_agencies)

    def _set_agencies(self, codes: list[str]) -> None:
        self.agency_codes.setStringList(codes)

    def _no_agencies(self, exc: Exception) -> None:
        log.warning("search: the agency codes could not be read: %s", exc)  # typing still works

    @Slot()
    def search(self) -> None:
        """A new search: the newest hits first."""
        since, until = self.when.bounds(datetime.now(UTC))
        if since is not None and until is not None and since >= until:
            self.status.setText(self.tr("The time range ends before it starts."))
            return
        self._query = SearchQuery(
            words=self.words.text().strip(),
            severity=self.severity.currentData(),
            country=self.country.text().strip().upper() or None,
            agency=self.agency.text().strip().lower() or None,
            since=since,
            until=until,
            limit=PAGE,
        )
        self.hits = []
        self._next = None
        self.table.setRowCount(0)
        self._run(self._query)

    @Slot()
    def more(self) -> None:
        """The next page: hits older than those shown, or older than where the last page's
        search stopped."""
        if self._query is None or self._next is None:
            return
        self._run(SearchQuery(**{**vars(self._query), "before_id": self._next}))

    def _mark_mode(self, item: QTableWidgetItem, exercise: bool, joined: bool) -> None:
        """The Mode cell as the queue marks it: EX (exercise traffic), and during a drill a
        real alert's REAL white and bold on the alarm red, so the two never look alike."""
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        if exercise:
            item.setToolTip(self.tr("Exercise traffic"))
        elif joined:
            background, text = REAL_MARK
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(text)))
            item.setToolTip(self.tr("Real alert, not the exercise"))

    def _run(self, query: SearchQuery) -> None:
        window = self.window_
        store, joined = window.store, window.console.exercise_id
        self.status.setText(self.tr("Searching…"))
        self.search_button.setEnabled(False)
        self.more_button.setEnabled(False)
        window.feed.read(lambda: console_search(store, query, joined), self._show, self._failed)

    def _show(self, page: SearchPage) -> None:
        self.searches += 1
        self.search_button.setEnabled(True)
        hits, self._next = page.hits, page.next_before_id
        start = len(self.hits)
        self.hits.extend(hits)
        self.table.setRowCount(len(self.hits))
        joined = self.window_.console.exercise_id is not None
        for offset, hit in enumerate(hits):
            sent, tip = _sent_texts(hit)
            exercise = is_exercise(hit)
            values = (
                mode_word(exercise, joined),  # the queue's rule: EX, REAL during a drill
                ltr(sent),
                cap_word(hit.severity),
                auto(hit.event or ""),
                auto(strip_exercise_marking(hit.headline or "")),  # as the queue shows it
                auto(hit.agency or hit.sender),
                hit.country or "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(_ID, hit.id)
                if column == _MODE:
                    self._mark_mode(item, exercise, joined)
                elif column == _SENT:
                    item.setToolTip(tip)
                elif column == _HEADLINE:
                    item.setToolTip(text)
                self.table.setItem(start + offset, column, item)
        self.more_button.setEnabled(self._next is not None)
        if page.stopped_early:
            self.more_button.setToolTip(self.tr("Search the alerts received before those"))
        elif self._next is not None:
            self.more_button.setToolTip(
                self.tr("Show the next {count} older hits").format(count=PAGE)
            )
        else:
            self.more_button.setToolTip(self.tr("Every hit is shown"))
        shown = self.tr(
            "%n alert(s) shown, newest first. Double-click one to open it.", "", len(self.hits)
        )
        if page.searched_back_to is not None:  # a big store: one page searches a span of it
            self.status.setText(
                self.tr(
                    "{shown} Searched the alerts received since {time}; Older hits searches "
                    "further back."
                ).format(
                    shown=shown if self.hits else self.tr("No match yet."),
                    time=timefmt.local(page.searched_back_to, seconds=False),
                )
            )
        elif not self.hits:
            self.status.setText(self.tr("No stored alert matches."))
        else:
            self.status.setText(shown)
        if start == 0 and self.hits:
            self.table.selectRow(0)

    def _failed(self, exc: Exception) -> None:
        self.searches += 1
        self.search_button.setEnabled(True)
        reason = refusal_text(str(exc)).rstrip(".")  # a database failure in the reader's words
        self.status.setText(self.tr("The search failed: {reason}").format(reason=reason))

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
