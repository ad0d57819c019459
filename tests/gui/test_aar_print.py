"""The after-action report printed: the EXERCISE bands never cover a row.

A controller review printed the AAR page (``ctl_ar/aar_html-p2.png``): from page 2 on, the
fixed top band hid the repeated table header and the bottom band the last row of the page.
Here the page of a report with a long timeline is printed to PDF by QtWebEngine (what a
browser's Print does), each page is rendered, the purple bands are found in the pixels and
every text of every row is placed on its page by the PDF's own text geometry: none may lie
under a band, and none may be lost.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QMarginsF, QSize, QUrl
from PySide6.QtGui import QColor, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWebEngineCore import QWebEnginePage

from incident_desk.exercise import build_aar, write_html
from incident_desk.scenario import parse_scenario
from incident_desk.store import Store
from tests.unit.exercise.conftest import BASE, SMALL
from tests.unit.exercise.test_aar import stored_run

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.qt_log_ignore(
        # Offscreen without a GPU, Qt probes OpenGL once per process and says it fell back
        # to software rendering: harmless, and outside our code (as in test_console_map).
        r"QRhiGles2: Failed to create",
        r"Failed to create RHI",
        r"GPUInfo not initialized",
        r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
    ),
]

ROWS = 90
SCALE = 1.5  # image pixels per PDF point
BAND = QColor("#5b2a86")


def _purple(color: QColor) -> bool:
    return (
        abs(color.red() - BAND.red()) < 24
        and abs(color.green() - BAND.green()) < 24
        and abs(color.blue() - BAND.blue()) < 24
    )


def _bands(doc: QPdfDocument, page: int) -> list[tuple[float, float]]:
    """The vertical extents (PDF points) of the purple bands of ``page``."""
    size = doc.pagePointSize(page)
    image = doc.render(page, QSize(int(size.width() * SCALE), int(size.height() * SCALE)))
    x = image.width() // 50  # near the left edge: band, never text
    out: list[tuple[float, float]] = []
    start = None
    for y in range(image.height()):
        if _purple(image.pixelColor(x, y)):
            start = y if start is None else start
        elif start is not None:
            out.append((start / SCALE, y / SCALE))
            start = None
    if start is not None:
        out.append((start / SCALE, image.height() / SCALE))
    return out


def _print(qtbot: Any, html: Path, pdf: Path) -> QPdfDocument:
    page = QWebEnginePage()
    with qtbot.waitSignal(page.loadFinished, timeout=30_000) as loaded:
        page.load(QUrl.fromLocalFile(str(html)))
    assert loaded.args == [True]
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(10, 14, 10, 14),
    )
    with qtbot.waitSignal(page.pdfPrintingFinished, timeout=60_000) as printed:
        page.printToPdf(str(pdf), layout)
    assert printed.args[1] is True
    doc = QPdfDocument(None)
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    return doc


def test_no_row_and_no_table_header_lies_under_an_exercise_band(qtbot: Any, tmp_path: Path) -> None:
    small = parse_scenario(SMALL, "small.yaml")
    store = Store.open(f"sqlite:///{tmp_path / 'aar.db'}")
    try:
        stored_run(store, small)
        for n in range(ROWS):
            store.append_timeline(
                "IC",
                "note",
                f"row{n:03d} situation report",
                at=BASE + timedelta(minutes=10, seconds=n),
                exercise_id="EX-T1",
            )
        html = write_html(build_aar(store, small), tmp_path)
    finally:
        store.close()
    doc = _print(qtbot, html, tmp_path / "aar.pdf")
    assert doc.pageCount() >= 3
    seen: set[str] = set()
    headers = 0
    for page in range(doc.pageCount()):
        bands = _bands(doc, page)
        assert len(bands) == 2, (page, bands)  # the marking, top and bottom of every page
        text = doc.getAllText(page).text()
        found = [(m.group(), m.start(), len(m.group())) for m in re.finditer(r"row\d{3}", text)]
        found += [(m.group(), m.start(), len(m.group())) for m in re.finditer(r"wall clock", text)]
        for word, start, length in found:
            box = doc.getSelectionAtIndex(page, start, length).boundingRectangle()
            for top, bottom in bands:
                assert box.bottom() <= top or box.top() >= bottom, (page + 1, word, box, bands)
            if word.startswith("row"):
                seen.add(word)
            elif page > 0:
                headers += 1
    assert seen == {f"row{n:03d}" for n in range(ROWS)}
    assert headers >= doc.pageCount() - 1  # the timeline's header repeated on later pages
