"""A table cell of several lines, each drawn whole or cut at its own end.

Qt wraps a cell's text and lays its lines out as one block: an incident key too wide for its
column wrapped onto a third line, or an Arabic line (half again as tall as a Latin one) left
too little room for the next, and the cell showed its first line alone, cut ("تمرين…"), the
key gone. Here the lines are the text's own (``\\n``), never wrapped: each is drawn in its own
band, as tall as that line needs, and ends in "…" if it is too wide (the whole text stays in
the cell's tooltip). :func:`lines_height` is the height a row needs for them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

__all__ = ["LinesDelegate", "lines_height"]

_LINE = "\u2028"  # QChar.LineSeparator: how a cell's "\n" reaches the style


def _line_heights(font: QFont, lines: list[str]) -> list[int]:
    """Each line's height as Qt lays it out in ``font`` (with its fallback fonts)."""
    heights = []
    for text in lines:
        layout = QTextLayout(text or " ", font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1 << 16)
        layout.endLayout()
        heights.append(int(line.height() + 0.999))
    return heights


def lines_height(font: QFont, text: str) -> int:
    """The height the lines of ``text`` (``\\n``) take in ``font``, one above the other."""
    return sum(_line_heights(font, text.replace(_LINE, "\n").split("\n")))


class LinesDelegate(QStyledItemDelegate):
    """Draws each line of the cell's text in its own band, cut to the cell's width: in the
    middle by default, so an incident key keeps its number ("KE-nps…0093"), read out over the
    radio, where a cut at the end left "KE-nps-INC-0…")."""

    def __init__(
        self, parent: QObject | None = None, elide: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle
    ) -> None:
        super().__init__(parent)
        self.elide = elide

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        width = option.rect.width() - 2 * (_margin(option) + 1)
        metrics = option.fontMetrics
        option.text = _LINE.join(
            metrics.elidedText(line, self.elide, width)
            for line in option.text.replace("\n", _LINE).split(_LINE)
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = opt.text.split(_LINE)
        opt.text = ""  # the style draws the cell (background, selection, focus) without it
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        margin = _margin(opt) + 1
        area = opt.rect.adjusted(margin, 0, -margin, 0)
        heights = _line_heights(opt.font, lines)
        top = area.top() + (area.height() - sum(heights)) // 2
        align = QStyle.visualAlignment(opt.direction, opt.displayAlignment)
        align = (align & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        painter.setLayoutDirection(opt.direction)
        for text, height in zip(lines, heights, strict=True):
            painter.drawText(QRect(area.left(), top, area.width(), height), align, text)
            top += height
        painter.restore()


def _margin(option: QStyleOptionViewItem) -> int:
    style = option.widget.style() if option.widget is not None else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
