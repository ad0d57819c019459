"""F1 lists every shortcut in a dialog that fits the screen: the message box around the whole
table was 1,038 pixels tall in English and 1,312 in Arabic, its last rows and its Close
button off a 768- (or 1080-) pixel screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QStyle

from incident_desk.ui.i18n import translations
from incident_desk.ui.shortcuts import EXERCISE_SHORTCUTS, FRAME_ROOM, SHORTCUTS, help_box
from incident_desk.ui.theme import apply_theme

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

SCREEN = QRect(0, 0, 1366, 768)


@pytest.fixture
def window(qtbot: Any, qapp: QApplication) -> Iterator[QMainWindow]:
    before = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_theme(qapp, "dark")
    found = QMainWindow()
    qtbot.addWidget(found)
    found.resize(SCREEN.size())
    yield found
    translations().set_language("en")
    qapp.setStyleSheet(before[0])
    qapp.setPalette(before[1])
    qapp.setStyle(before[2])


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_help_fits_a_1366_by_768_screen_and_every_row_can_be_reached(
    qtbot: Any, window: QMainWindow, code: str
) -> None:
    translations().set_language(code)
    box = help_box(window, SCREEN)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    # the dialog and a window manager's frame around it (title bar: FRAME_ROOM) are on the
    # screen, Close too
    assert SCREEN.contains(QRect(box.pos(), box.size() + FRAME_ROOM))
    close = box.buttons.button(QDialogButtonBox.StandardButton.Close)
    place = QRect(close.mapTo(box, QPoint(0, 0)), close.size())
    assert box.rect().contains(place)
    assert close.isVisible()
    # every shortcut is a row; the table scrolls to the last one, nothing cut sideways
    table = box.table
    assert table.rowCount() == len(SHORTCUTS) + len(EXERCISE_SHORTCUTS) + 2  # + map's
    assert table.verticalScrollBar().maximum() > 0  # it does scroll at 768
    assert table.horizontalScrollBar().maximum() == 0
    table.scrollToBottom()
    last = table.visualItemRect(table.item(table.rowCount() - 1, 1))
    assert table.viewport().rect().contains(last)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for row in range(table.rowCount()):
        for column in (0, 1):  # the keys in bold
            item = table.item(row, column)
            need = QFontMetrics(item.font()).horizontalAdvance(item.text()) + margin
            assert need <= table.columnWidth(column), (code, item.text())


def test_the_help_uses_the_screen_it_opens_on_and_still_lists_the_keys(
    qtbot: Any, window: QMainWindow
) -> None:
    box = help_box(window)
    qtbot.addWidget(box)
    box.show()
    screen = window.screen().availableGeometry()
    assert screen.contains(box.frameGeometry())
    assert box.height() <= screen.height()
    for keys in ("Ctrl+K", "Ctrl+Shift+Q", "F1", "Ctrl+Alt+S", "Ctrl+L"):
        assert keys in box.text()
