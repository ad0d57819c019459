"""Quiet but persistent notices: quarantined payloads and sequence gaps.

A status-bar button shows the counts (hidden while both are zero) and opens a dialog that
lists quarantine entries (when, EX/REAL, country/agency, reason, size, source; on select the
whole topic, the whole reason and the payload as received, in hex when it is not text) and
the open gaps per publisher stream. Reasons are rendered from their message ids in the
reader's language (:func:`reason_text`); the row leads with a plain sentence
(:func:`reason_headline`: the XML parser's own words stay in the tooltip and the detail); a
gap is data (stream, numbers) under translated headers.
"""

from __future__ import annotations

import enum
import re
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
    QLabel,
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
from incident_desk.topics import Mode, Topic, TopicError, parse_topic
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.models.base import ListTableModel
from incident_desk.ui.models.queue_columns import mode_word

_Index = QModelIndex | QPersistentModelIndex


def reason_text(entry: Any) -> str:
    """Why ``entry`` was quarantined, in the reader's language: its message id
    (``reason_msg``, written by ingest: incident_desk/ingest/_reasons.py) rendered now; an
    entry without one (older, or a free-text reason) shows its stored English reason."""
    msg = getattr(entry, "reason_msg", None)
    if isinstance(msg, dict):
        return render(msg, QCoreApplication.translate, auto)
    return str(entry.reason)


# -- the row's plain sentence ----------------------------------------------------------------
#: ingest's sentence for bytes the XML parser refused (incident_desk/ingest/_reasons.py); its
#: ``detail`` is libxml2's own message ("Premature end of data in tag alert line 1, line 1,
#: column 166"), which the row replaces with one of the plain problems below
NOT_WELL_FORMED = "Not well-formed XML: {detail}"
_OLD_NOT_WELL_FORMED = "not well-formed XML: "  # the stored English reason of older entries

PLAIN_XML = {
    "binary": QT_TRANSLATE_NOOP("Notices", "the payload is binary data, not text"),
    "not_xml": QT_TRANSLATE_NOOP(
        "Notices", "the payload is not XML (it does not begin with a tag)"
    ),
    "cut": QT_TRANSLATE_NOOP("Notices", "the document is cut short, before its tags are closed"),
    "mismatch": QT_TRANSLATE_NOOP("Notices", "a closing tag does not match the tag it closes"),
    "extra": QT_TRANSLATE_NOOP("Notices", "more text follows the end of the document"),
    "entity": QT_TRANSLATE_NOOP("Notices", "an “&” code in the text is not valid XML"),
    "chars": QT_TRANSLATE_NOOP(
        "Notices", "it holds characters XML does not allow, or bytes not in its encoding"
    ),
    "tag": QT_TRANSLATE_NOOP("Notices", "a tag or its attributes are written wrongly"),
    "other": QT_TRANSLATE_NOOP("Notices", "it breaks the rules of XML"),
}
_ON_LINE = QT_TRANSLATE_NOOP("Notices", "{problem}, on line {line}")
_WHERE = re.compile(r",? line (\d+), column (\d+)$")
_MESSAGE_KINDS = (  # libxml2's message → the plain problem; the first that matches decides
    (("Premature end of data", "EndTag: '</' not found"), "cut"),
    (("Opening and ending tag mismatch",), "mismatch"),
    (("Extra content at the end",), "extra"),
    (("Entity", "EntityRef", "CharRef", "xmlParseCharRef"), "entity"),
    (("invalid Char", "Invalid bytes", "not proper UTF-8", "Char 0x", "encoding"), "chars"),
    (("AttValue", "Attribute", "attributes construct", "Specification mandates"), "tag"),
)


def payload_text(raw: bytes) -> str | None:
    """``raw`` as text, or None when it is not text a person can read as written: bytes that
    are not UTF-8 (UTF-16/32 only with their byte-order mark), or control characters."""
    codec = "utf-8-sig"
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        codec = "utf-32"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    if any((ord(c) < 32 and c not in "\t\n\r") or c == "\x7f" for c in text):
        return None
    return text


def _at_end(raw: bytes, line: int, column: int) -> bool:
    """Whether libxml2's ``line``/``column`` is where the bytes end."""
    lines = raw.rstrip().split(b"\n")
    return line >= len(lines) and column >= len(lines[-1])


def plain_xml_problem(detail: str, raw: bytes) -> dict[str, Any]:
    """What libxml2's ``detail`` (its message about ``raw``) means, in plain words: a
    message (context ``Notices``) to render; the line is said when the payload has more than
    one."""
    found = _WHERE.search(detail)
    line, column = (int(found[1]), int(found[2])) if found else (0, 0)
    head = raw.lstrip().removeprefix(b"\xef\xbb\xbf")
    kind = next(
        (k for marks, k in _MESSAGE_KINDS if any(m in detail for m in marks)),
        "cut" if found and _at_end(raw, line, column) else "other",
    )
    if payload_text(raw) is None and not head.startswith(b"<"):
        kind = "binary"
    elif kind == "other" and "Start tag expected" in detail:
        kind = "not_xml"
    problem = {"id": PLAIN_XML[kind], "ctx": "Notices"}
    if kind in ("binary", "not_xml") or line == 0 or raw.rstrip().count(b"\n") == 0:
        return problem
    return {"id": _ON_LINE, "ctx": "Notices", "args": {"problem": problem, "line": line}}


def reason_headline(entry: Any) -> str:
    """The row's reason: a sentence the operator understands, in their language. XML the
    parser refused says what is wrong in plain words (its own message stays in the tooltip
    and the detail: :func:`reason_text`); every other reason is its sentence."""
    msg = getattr(entry, "reason_msg", None)
    detail: str | None = None
    if isinstance(msg, dict) and msg.get("id") == NOT_WELL_FORMED:
        detail = str((msg.get("args") or {}).get("detail", ""))
    elif msg is None and str(entry.reason).startswith(_OLD_NOT_WELL_FORMED):
        detail = str(entry.reason).removeprefix(_OLD_NOT_WELL_FORMED)
    if detail is None:
        return reason_text(entry)
    problem = render(plain_xml_problem(detail, entry.raw), QCoreApplication.translate, auto)
    return render(
        {"id": NOT_WELL_FORMED, "args": {"detail": problem}}, QCoreApplication.translate, auto
    )


# -- where it came from ----------------------------------------------------------------------
_TEST = QT_TRANSLATE_NOOP("Notices", "TEST")


def topic_of(entry: Any) -> Topic | None:
    """The entry's topic parsed, or None (no topic, or one outside the scheme)."""
    try:
        return parse_topic(entry.topic) if entry.topic else None
    except TopicError:
        return None


def mode_text(topic: Topic | None) -> str:
    """EX, REAL or TEST: the traffic the payload came in with (the queue's words)."""
    if topic is None:
        return "—"
    if topic.mode is Mode.TEST:
        return QCoreApplication.translate("Notices", _TEST)
    return mode_word(topic.mode is Mode.EXERCISE, exercise_mode=True)


def origin_text(entry: Any, topic: Topic | None) -> str:
    """Country/agency of the topic (``KE/nps``); a topic outside the scheme as written."""
    if topic is not None and topic.agency:
        return ltr(f"{topic.country}/{topic.agency}")
    return ltr(entry.topic) if entry.topic else "—"


# -- a payload that is not text ----------------------------------------------------------------
HEX_LIMIT = 256 * 1024


def hex_dump(raw: bytes, limit: int = HEX_LIMIT) -> str:
    """``raw`` as ``hexdump -C`` shows it: offset, sixteen bytes in hex, the printable ASCII
    (``.`` for the rest); at most ``limit`` bytes, then the count of those left out."""
    lines = []
    for offset in range(0, min(len(raw), limit), 16):
        chunk = raw[offset : offset + 16]
        hexes = " ".join(f"{b:02x}" for b in chunk[:8]), " ".join(f"{b:02x}" for b in chunk[8:])
        ascii_ = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}  {hexes[0]:<23}  {hexes[1]:<23}  |{ascii_}|")
    if len(raw) > limit:
        lines.append(
            QCoreApplication.translate("Notices", "… {n} more bytes not shown").format(
                n=len(raw) - limit
            )
        )
    return "\n".join(lines)


class QColumn(enum.IntEnum):
    """The quarantine list's columns (model order; the view shows ORIGIN after MODE)."""

    RECEIVED = 0
    MODE = 1
    REASON = 2
    SIZE = 3
    SOURCE = 4
    ORIGIN = 5


class QuarantineModel(ListTableModel):
    """Quarantine entries, newest first: time, mode, reason, size, source, country/agency."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Received"),
        QT_TRANSLATE_NOOP("Headers", "Mode"),
        QT_TRANSLATE_NOOP("Headers", "Reason"),
        QT_TRANSLATE_NOOP("Headers", "Size"),
        QT_TRANSLATE_NOOP("Headers", "Source"),
        QT_TRANSLATE_NOOP("Headers", "Agency"),
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
        column = QColumn(index.column())
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column is QColumn.RECEIVED:
            return ltr(timefmt.local(e.received_at))
        if column in (QColumn.MODE, QColumn.ORIGIN):
            if tip:  # the raw topic (exercise id, kind) where the row shows its parts
                return ltr(e.topic) if e.topic else None
            topic = topic_of(e)
            return mode_text(topic) if column is QColumn.MODE else origin_text(e, topic)
        if column is QColumn.REASON:  # the parser's own words are in the tooltip
            return reason_text(e) if tip else reason_headline(e)
        if column is QColumn.SIZE:
            return ltr(f"{len(e.raw)} B")
        return e.source


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
        self.quarantine_view.verticalHeader().setVisible(False)
        header = self.quarantine_view.horizontalHeader()
        # when and where from read whole ("2026-12-07 …" and "idesk/v1/…" hid both); the
        # reason takes the rest, whole in its tooltip
        for column in QColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QColumn.REASON, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(QColumn.ORIGIN), QColumn.MODE + 1)
        self.detail = QLabel()
        self.detail.setObjectName("quarantine_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setPlaceholderText(self.tr("Select an entry to see the payload as received."))
        self.raw.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # XML and bytes
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.detail)
        below.addWidget(self.raw, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.quarantine_view)
        split.addWidget(lower)
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
        self.detail.hide()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.raw.clear()
            self.detail.clear()
            self.detail.hide()
            return
        entry = self.quarantine_model.entry(current.row())
        text = payload_text(entry.raw)
        plain, parsers = reason_headline(entry), reason_text(entry)
        lines = [
            self.tr("Topic: {topic}").format(topic=ltr(entry.topic) if entry.topic else "—"),
            self.tr("Reason: {reason}").format(reason=plain),
        ]
        if parsers != plain:  # the parser's own words, for IT
            lines.append(self.tr("As the XML parser says it: {reason}").format(reason=parsers))
        if text is None:
            lines.append(
                self.tr(
                    "Not UTF-8 text: shown as bytes (offset, hexadecimal, the bytes that are "
                    "ASCII characters)."
                )
            )
        self.detail.setText("\n".join(lines))
        self.detail.show()
        self.raw.setPlainText(hex_dump(entry.raw) if text is None else text)
