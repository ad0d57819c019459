"""ICS-204 / ICS-214 forms as PDF: QTextDocument HTML, paginated by hand onto a QPdfWriter
so every page gets the form header, a page number and, for an exercise, the EXERCISE
band and a diagonal watermark (docs/architecture.md §5: every view, print and export).

Paper is always black on white, whatever the application's theme: the page is filled white,
the text document gets an explicit black-on-white palette and style sheet (QTextDocument
otherwise takes the application palette: light grey text in the dark theme). The exercise
marking is a purple band of its own above the title (never over it); red is left for real
traffic, so a real form has no colour at all.

In the operator's language: the form's labels come translated (``incident_desk.exports``
with ``translate``), the page furniture here too; Arabic forms are laid out right to left
(the table's first column on the right). Text is set in the shipped Noto fonts
(incident_desk/ui/fonts.py), embedded in the PDF, so Arabic and Cyrillic print as glyphs.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from incident_desk.exports import EXERCISE_MARK, IcsForm
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.bidi import LRI, PDI, isolate
from incident_desk.ui.fonts import css_families, paper_font

RESOLUTION = 150  # dpi of the PDF's coordinate system (text stays vector)
INK = QColor(0, 0, 0)
PAPER = QColor(255, 255, 255)
EXERCISE_PURPLE = QColor(91, 42, 134)  # the exercise colour (purple is for exercise only)
_STYLE = "body, p, td, th, b, i { color: #000000; } table { border-color: #000000; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("IcsPdf", text)


def _direction(rtl: bool) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def _rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


#: a time in the one format (incident_desk/timefmt.py), kept left to right inside Arabic
_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?(?: UTC(?:[+-]\d{2}:\d{2})?)?")


def _bidi(text: str) -> str:
    """A cell of an Arabic form: each time isolated left to right, the cell isolated in its
    own first strong direction (a Latin callsign stays Latin, an Arabic sentence Arabic)."""
    inner = _TIME.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)
    return isolate(inner) if inner else inner


def form_html(form: IcsForm, rtl: bool = False) -> str:
    """The body of the form (header blocks, tables) as simple HTML for QTextDocument."""

    def e(text: str) -> str:
        return html.escape(_bidi(text) if rtl else text)

    parts = [
        "<table width='100%' cellspacing='0' cellpadding='3' border='1'>",
        *(f"<tr><td width='28%'><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in form.header),
        "</table><br/>",
    ]

    def table(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
        parts.append("<table width='100%' cellspacing='0' cellpadding='3' border='1'>")
        parts.append("<tr>" + "".join(f"<th bgcolor='#dddddd'>{e(c)}</th>" for c in columns))
        parts.append("</tr>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
        if not rows:
            none = e(_tr(QT_TRANSLATE_NOOP("IcsPdf", "none")))
            parts.append(f"<tr><td colspan='{len(columns)}'><i>{none}</i></td></tr>")
        parts.append("</table>")

    table(form.columns, form.rows)
    for title, columns, rows in form.extra:
        parts.append(f"<br/><p><b>{e(title)}</b></p>")
        table(columns, rows)
    direction = "rtl" if rtl else "ltr"
    return (
        f"<html dir='{direction}'><body dir='{direction}' style='font-family: {css_families()};"
        " font-size:8pt; color:#000000; background-color:#ffffff'>"
        + "".join(parts)
        + "</body></html>"
    )


def paper_palette() -> QPalette:
    """Black ink on white paper for every colour role a text document may use."""
    palette = QPalette()
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, INK)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(role, PAPER)
    return palette


def write_pdf(form: IcsForm, path: str | os.PathLike[str], *, rtl: bool | None = None) -> int:
    """Write ``form`` as an A4 landscape PDF; returns the number of pages. ``rtl``: right to
    left (default: as the application is laid out, i.e. for Arabic)."""
    rtl = _rtl() if rtl is None else rtl
    writer = QPdfWriter(os.fspath(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{form.form} {form.title}: {form.incident_name}")
    writer.setCreator("Incident Desk")
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(paint.width()), float(paint.height())
    band = RESOLUTION * 0.45  # title band and footer band, in device pixels
    marking = RESOLUTION * 0.32 if form.is_exercise else 0.0  # the exercise band above

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(_STYLE)
    doc.setDefaultFont(paper_font(8))
    option = QTextOption(doc.defaultTextOption())
    option.setTextDirection(_direction(rtl))
    doc.setDefaultTextOption(option)
    doc.setHtml(form_html(form, rtl))
    top = marking + band
    body_height = height - top - band
    doc.setPageSize(QSizeF(width, body_height))
    pages = max(1, doc.pageCount())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF {os.fspath(path)!r}")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.fillRect(QRectF(0, 0, width, height), PAPER)
            if form.is_exercise:
                _exercise_band(painter, form, width, marking)
            _header(painter, form, width, marking, band, rtl)
            painter.save()
            painter.translate(0, top - page * body_height)
            clip = QRectF(0, page * body_height, width, body_height)
            painter.setClipRect(clip)
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, form, page, pages, width, height, band, rtl)
            if form.is_exercise:
                _watermark(painter, width, height)
    finally:
        painter.end()
    return pages


def _exercise_band(painter: QPainter, form: IcsForm, width: float, height: float) -> None:
    """The exercise marking in its own purple band at the top of the page."""
    painter.save()
    painter.fillRect(QRectF(0, 0, width, height), EXERCISE_PURPLE)
    painter.setFont(paper_font(9, bold=True))
    painter.setPen(PAPER)
    painter.drawText(
        QRectF(0, 0, width, height),
        Qt.AlignmentFlag.AlignCenter,
        f"{EXERCISE_MARK} — {form.exercise_id}",
    )
    painter.restore()


def _header(
    painter: QPainter, form: IcsForm, width: float, top: float, band: float, rtl: bool
) -> None:
    """The form title, in black, in the band below the exercise band (if any)."""
    painter.save()
    painter.setFont(paper_font(11, bold=True))
    # the form number and the incident key keep their own order inside Arabic
    key = f"\u2066{form.form}\u2069" if rtl else form.form
    title = f"{key} {form.title} — {form.incident_name} ({form.incident_key})"
    painter.setPen(INK)
    painter.setLayoutDirection(_direction(rtl))
    painter.drawText(  # leading: the left edge, or the right one in Arabic
        QRectF(0, top, width, band),
        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    painter.restore()


def _footer(
    painter: QPainter,
    form: IcsForm,
    page: int,
    pages: int,
    width: float,
    height: float,
    band: float,
    rtl: bool,
) -> None:
    painter.save()
    painter.setFont(paper_font(8))
    text = _tr(QT_TRANSLATE_NOOP("IcsPdf", "{form} — page {page} of {pages}"))
    text = text.format(form=form.form, page=page + 1, pages=pages)
    painter.setPen(INK)
    if form.is_exercise:
        text = f"{EXERCISE_MARK} — {text}"
        painter.setPen(EXERCISE_PURPLE)
    painter.setLayoutDirection(_direction(rtl))
    painter.drawText(
        QRectF(0, height - band, width, band),
        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignBottom,
        text,
    )
    painter.restore()


def _watermark(painter: QPainter, width: float, height: float) -> None:
    painter.save()
    painter.setFont(paper_font(72, bold=True))
    painter.setPen(QColor(91, 42, 134, 40))
    painter.translate(QPointF(width / 2, height / 2))
    painter.rotate(-30)
    painter.drawText(
        QRectF(-width, -height / 4, 2 * width, height / 2), Qt.AlignmentFlag.AlignCenter, "EXERCISE"
    )
    painter.restore()


def write_pdf_headless(form: IcsForm, path: str | os.PathLike[str]) -> int:
    """:func:`write_pdf` without a window: for the CLI (``incident-desk export ics204``).

    Uses the running QGuiApplication, or starts one on the offscreen platform (fonts only:
    no display is needed) and shuts it down again: a caller in the same process (a test, a
    script) can start its own QApplication afterwards.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        app = QGuiApplication(["incident-desk-export", "-platform", "offscreen"])
        try:
            return write_pdf(form, path)
        finally:
            app.shutdown()  # ``del`` alone left the instance alive
            del app
    return write_pdf(form, path)


def pdf_bytes(form: IcsForm) -> bytes:
    """:func:`write_pdf_headless` into memory, for a file that goes inside another one (the
    evidence package's ``report.pdf``). Safe on a worker thread (a PDF paint device and a
    text document, no widget)."""
    with tempfile.TemporaryDirectory(prefix="idesk-pdf-") as tmp:
        path = Path(tmp) / "form.pdf"
        write_pdf_headless(form, path)
        return path.read_bytes()
