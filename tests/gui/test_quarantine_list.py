"""The quarantine list (Ctrl+Shift+Q) says when a payload arrived, on which traffic and from
which agency, and why it was set aside in plain words; a payload that is not text is shown
as bytes. The operator review found "2026-12-07 …", "idesk/v1/…", libxml2's "Premature end
of data in tag alert line 1, line 1, column 166" and U+FFFD characters in its place."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from incident_desk import timefmt
from incident_desk.ingest import classify
from incident_desk.store import QuarantineEntry
from incident_desk.ui.i18n import translations
from incident_desk.ui.notices import NoticesDialog, QColumn, hex_dump, plain_xml_problem
from tests.unit.test_quarantine_reasons import Msg

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

EX = "idesk/v1/exercise/EX-NCORRIDOR-26"
CUT = (
    b"<?xml version='1.0'?><alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'>"
    b"<identifier>KE-nps-broken-1</identifier><sender>nps@nps.go.ke</sender>"
    b"<sent>yesterday</sent>"
)
BINARY = b"\xff\xfe\x00garbage\x00\x01 not xml at all"
MISMATCH = b"<alert>\n  <info>\n  <event></info>\n</alert>\n"
WHEN = datetime(2026, 12, 7, 0, 37, 13, tzinfo=UTC)


def _entry(i: int, topic: str, raw: bytes) -> QuarantineEntry:
    """A quarantine entry as ingest writes it (its reason and message id from ``classify``)."""
    rejected = classify(Msg(topic, raw)).rejected
    assert rejected is not None
    return QuarantineEntry(
        id=i,
        raw=raw,
        topic=topic,
        reason=rejected.reason,
        received_at=WHEN,
        source="bus",
        reason_msg=rejected.reason_msg,
    )


ENTRIES = [
    _entry(1, f"{EX}/KE/nps/alert", CUT),
    _entry(2, f"{EX}/UG/upf/alert", BINARY),
    _entry(3, "idesk/v1/actual/RW/rnp/alert", MISMATCH),
]


@pytest.fixture
def dialog(qtbot: Any) -> NoticesDialog:
    found = NoticesDialog(ENTRIES, [])
    qtbot.addWidget(found)
    found.resize(900, 520)  # its own size, as Ctrl+Shift+Q opens it
    found.show()
    qtbot.waitExposed(found)
    return found


def _row(dialog: NoticesDialog, raw: bytes) -> int:
    model = dialog.quarantine_model
    [row] = [r for r in range(model.rowCount()) if model.entry(r).raw == raw]
    return row


def _cell(dialog: NoticesDialog, raw: bytes, column: QColumn, role: Any = None) -> Any:
    model = dialog.quarantine_model
    index = model.index(_row(dialog, raw), column)
    return index.data() if role is None else index.data(role)


def _reads_whole(dialog: NoticesDialog, column: QColumn) -> None:
    view = dialog.quarantine_view
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    room = view.horizontalHeader().sectionSize(column)
    for row in range(dialog.quarantine_model.rowCount()):
        text = dialog.quarantine_model.index(row, column).data()
        assert view.fontMetrics().horizontalAdvance(text) + margin <= room, (text, room)


def test_when_which_traffic_and_which_agency_read_whole(dialog: NoticesDialog) -> None:
    assert _cell(dialog, CUT, QColumn.RECEIVED) == timefmt.local(WHEN)
    assert [_cell(dialog, raw, QColumn.MODE) for raw in (CUT, BINARY, MISMATCH)] == [
        "EX",
        "EX",
        "REAL",
    ]
    assert [_cell(dialog, raw, QColumn.ORIGIN) for raw in (CUT, BINARY, MISMATCH)] == [
        "KE/nps",
        "UG/upf",
        "RW/rnp",
    ]
    for column in (QColumn.RECEIVED, QColumn.MODE, QColumn.ORIGIN, QColumn.SIZE):
        _reads_whole(dialog, column)
    # the whole topic (the exercise id, the kind) on hover; the country/agency beside the mode
    hover = _cell(dialog, CUT, QColumn.ORIGIN, Qt.ItemDataRole.ToolTipRole)
    assert hover == f"{EX}/KE/nps/alert"
    header = dialog.quarantine_view.horizontalHeader()
    assert header.visualIndex(QColumn.ORIGIN) == header.visualIndex(QColumn.MODE) + 1
    assert "Topic" not in [
        dialog.quarantine_model.headerData(c, Qt.Orientation.Horizontal) for c in QColumn
    ]


def test_the_row_says_why_in_plain_words_and_the_parsers_words_stay_in_the_detail(
    dialog: NoticesDialog,
) -> None:
    cut = _cell(dialog, CUT, QColumn.REASON)
    assert cut == "Not well-formed XML: the document is cut short, before its tags are closed"
    assert "Premature end" not in cut
    assert "column" not in cut
    mismatch = _cell(dialog, MISMATCH, QColumn.REASON)
    assert mismatch == (
        "Not well-formed XML: a closing tag does not match the tag it closes, on line 3"
    )
    assert _cell(dialog, BINARY, QColumn.REASON) == (
        "Not well-formed XML: the payload is binary data, not text"
    )
    hover = _cell(dialog, CUT, QColumn.REASON, Qt.ItemDataRole.ToolTipRole)
    assert "Premature end of data in tag" in hover
    dialog.quarantine_view.setCurrentIndex(dialog.quarantine_model.index(_row(dialog, CUT), 0))
    assert dialog.detail.isVisible()
    assert f"{EX}/KE/nps/alert" in dialog.detail.text()
    assert "Premature end of data in tag" in dialog.detail.text()  # the parser's, for IT
    # but the detail's reason leads with the plain words, as the row does
    assert "Reason: Not well-formed XML: the document is cut short" in dialog.detail.text()


def test_the_plain_reason_follows_the_readers_language(dialog: NoticesDialog) -> None:
    translations().set_language("fr")
    assert _cell(dialog, CUT, QColumn.REASON).startswith("XML mal formé : ")


def test_a_payload_that_is_not_text_is_shown_as_bytes(dialog: NoticesDialog) -> None:
    dialog.quarantine_view.setCurrentIndex(dialog.quarantine_model.index(_row(dialog, BINARY), 0))
    shown = dialog.raw.toPlainText()
    assert "\ufffd" not in shown
    assert shown.splitlines() == [
        "00000000  ff fe 00 67 61 72 62 61  67 65 00 01 20 6e 6f 74  |...garbage.. not|",
        "00000010  20 78 6d 6c 20 61 74 20  61 6c 6c                 | xml at all|",
    ]
    assert "hexadecimal" in dialog.detail.text()
    # text stays text
    dialog.quarantine_view.setCurrentIndex(dialog.quarantine_model.index(_row(dialog, CUT), 0))
    assert dialog.raw.toPlainText() == CUT.decode()
    assert "hexadecimal" not in dialog.detail.text()


def test_a_long_payload_in_hex_says_what_it_leaves_out() -> None:
    dump = hex_dump(bytes(range(256)) * 2, limit=64)
    assert len(dump.splitlines()) == 5
    assert dump.splitlines()[-1] == "… 448 more bytes not shown"


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        (b"<a>x</a><b/>", "more text follows the end of the document"),
        (b"<a>&foo</a>", "an “&” code in the text is not valid XML"),
        (b'{"a": 1}', "the payload is not XML (it does not begin with a tag)"),
        (b"<a x=1/>", "a tag or its attributes are written wrongly"),
        (b"<alert", "the document is cut short, before its tags are closed"),
        (b"<a>\n<b>\xff</b>\n</a>", "{problem}, on line {line}"),
    ],
)
def test_the_parsers_usual_messages_have_plain_words(raw: bytes, plain: str) -> None:
    rejected = classify(Msg("idesk/v1/actual/KE/nps/alert", raw)).rejected
    assert rejected is not None
    assert rejected.reason_msg is not None
    assert rejected.reason_msg["id"] == "Not well-formed XML: {detail}"
    assert plain_xml_problem(rejected.reason_msg["args"]["detail"], raw)["id"] == plain
