"""A row of buttons that adds a line when its dock is narrow, and buttons whose labels stay
whole.

``FlowLayout`` places its items left to right (right to left in Arabic) at their size
hints and starts a new line where the next one would not fit: the command dock under the
map at 1366×768 cut "Handover…" and ran "Set" and "Export" past its edge in English, and
cut five of its buttons in Arabic, when its buttons sat in fixed rows.

``WholeButton`` / ``WholeToolButton``: the theme draws a disabled button with a dashed
border (``ui/theme.py``), and Qt then sizes it as a style-sheet box, its text against the
border ("Close command" touched both edges); these ask for the text's width plus the
style's margins whatever their state.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)


class FlowLayout(QLayout):
    """Items at their size hints, left to right (or right to left), wrapping to new lines."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of every item."""
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(s.width() for s in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((s.height() for s in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: every other one goes to a line of its own."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (if ``move``); the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.x() + area.width():
                x, y, line = area.x(), y + line + gap, 0  # a new line
            if move:
                placed = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(self._direction(), area, placed))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight


def _text_room(widget: QWidget, text: str) -> int:
    """The text's width and the style's margins either side of it (and its border)."""
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
    return widget.fontMetrics().horizontalAdvance(text) + 2 * (margin + 2)


class WholeButton(QPushButton):
    """A push button never narrower than its label and the style's margins."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), _text_room(self, self.text())), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class WholeToolButton(QToolButton):
    """A tool button with a menu, never narrower than its label, the margins and the menu's
    arrow."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(max(hint.width(), _text_room(self, self.text()) + arrow), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
