"""Quiet but persistent notices: quarantined payloads and sequence gaps.

A status-bar button shows the counts (hidden while both are zero) and opens a dialog that
lists quarantine entries (time, topic, reason, size; the raw payload on select) and the
open gaps per publisher stream. Reasons are rendered from their message ids in the reader's
language (:func:`reason_text`); a gap is data (stream, numbers) under translated headers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incident_desk import timefmt
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.ui.bidi import auto
from incident_desk.ui.models.base import ListTableModel

_Index = QModelIndex | QPersistentModelIndex


def reason_text(entry: Any) -> str:
    """Why ``entry`` was quarantined, in the reader's language: its message id
    (``reason_msg``, written by ingest: incident_desk/ingest/_reasons.py) rendered now; an
    entry without one (older, or a free-text reason) shows its stored English reason."""
    msg = getattr(entry, "reason_msg", None)
    if isinstance(msg, dict):
        return render(msg, QCoreApplication.translate, auto)
    return str(entry.reason)


class QuarantineModel(ListTableModel):
    """Quarantine entries, newest first: time, topic, reason, size."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Received"),
        QT_TRANSLATE_NOOP("Headers", "Topic"),
        QT_TRANSLATE_NOOP("Headers", "Reason"),
        QT_TRANSLATE_NOOP("Headers", "Size"),
        QT_TRANSLATE_NOOP("Headers", "Source"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda e: (e.received_at, e.id), reverse=True)
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._rows[row]

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        e = self._rows[index.row()]
        values = (
            timefmt.local(e.received_at),
            e.topic or "—",
            reason_text(e),
            f"{len(e.raw)} B",
            e.source,
        )
        return values[index.column()]


class GapModel(ListTableModel):
    """Open sequence gaps: stream, missing range, how many."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Stream"),
        QT_TRANSLATE_NOOP("Headers", "Missing"),
        QT_TRANSLATE_NOOP("Headers", "Count"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_gaps(self, gaps: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = sorted(gaps, key=lambda g: (g.stream, g.first))
        self.endResetModel()

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        g = self._rows[index.row()]
        span = str(g.first) if g.first == g.last else f"{g.first}–{g.last}"
        return (g.stream, span, str(g.last - g.first + 1))[index.column()]


class NoticeButton(QToolButton):
    """Status-bar button "⚠ N quarantined · M gaps"; hidden while there is nothing to show.

    Signals:
        open_requested: the operator wants the notices dialog.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_button")
        self.setAutoRaise(True)
        self.quarantined = 0
        self.gaps = 0
        self.clicked.connect(self.open_requested)
        self.set_counts(0, 0)

    def set_counts(self, quarantined: int, gaps: int) -> None:
        self.quarantined, self.gaps = quarantined, gaps
        parts = []
        if quarantined:
            parts.append(self.tr("{n} quarantined").format(n=quarantined))
        if gaps:
            parts.append(self.tr("{n} missing").format(n=gaps))
        self.setText("⚠ " + " · ".join(parts) if parts else "")
        self.setToolTip(
            self.tr("Payloads set aside and messages missing from publisher streams (Ctrl+Shift+Q)")
        )
        self.setVisible(bool(parts))


class NoticesDialog(QDialog):
    """Lists quarantine entries (raw payload shown on select) and open sequence gaps."""

    def __init__(
        self, entries: Sequence[Any], gaps: Iterable[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notices_dialog")
        self.setWindowTitle(self.tr("Quarantine and missing messages"))
        self.resize(900, 520)
        self.quarantine_model = QuarantineModel(self)
        self.quarantine_model.set_entries(entries)
        self.gap_model = GapModel(self)
        self.gap_model.set_gaps(gaps)
        self.quarantine_view = QTableView()
        self.quarantine_view.setModel(self.quarantine_model)
        self.quarantine_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.quarantine_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.quarantine_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setPlaceholderText(self.tr("Select an entry to see the payload as received."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.quarantine_view)
        split.addWidget(self.raw)
        self.gap_view = QTableView()
        self.gap_view.setModel(self.gap_model)
        self.gap_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tabs = QTabWidget()
        tabs.addTab(split, self.tr("Quarantine ({n})").format(n=len(entries)))
        tabs.addTab(
            self.gap_view, self.tr("Missing messages ({n})").format(n=self.gap_model.rowCount())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.quarantine_view.selectionModel().currentRowChanged.connect(self._on_current_changed)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.raw.clear()
            return
        entry = self.quarantine_model.entry(current.row())
        self.raw.setPlainText(entry.raw.decode("utf-8", errors="replace"))
