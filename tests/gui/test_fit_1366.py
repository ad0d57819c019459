"""Words an operator under stress must read whole on a 1366×768 screen: the command dock's
buttons (English and Arabic) and the queue's severity and message type (Russian)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QStyle, QStyleOptionViewItem

from incident_desk.ui.app import apply_theme
from incident_desk.ui.cap_words import cap_word, short_severity
from incident_desk.ui.i18n import translations
from incident_desk.ui.lines_delegate import lines_height
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.incident_table import Column as BoardColumn
from incident_desk.ui.models.queue_columns import Column
from tests.gui.desk import build_desk

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("sync_ops")]

SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
TYPES = ("Alert", "Update", "Cancel")


@pytest.fixture
def desk(qtbot: Any, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    """The console in its dark theme, as an operator sees it (a disabled button's dashed
    border makes Qt size it as a style-sheet box, its text against the border)."""
    before = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_theme(qapp, "dark")
    translations().set_language("en")
    win, store = build_desk(qtbot, tmp_path)
    yield win
    translations().set_language("en")
    win.close()
    store.close()
    qapp.setStyleSheet(before[0])
    qapp.setPalette(before[1])
    qapp.setStyle(before[2])


def choose(win: MainWindow, code: str) -> None:
    """Language menu → the language, as the operator does."""
    menu = win.findChild(QMenu, "language_menu")
    assert menu is not None
    [action] = [a for a in menu.actions() if a.objectName() == f"action_language_{code}"]
    action.trigger()
    QCoreApplication.processEvents()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_command_button_reads_whole_in_the_dock_at_1366(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    """In fixed rows the command dock under the map cut "Handover…" and ran "Set" and
    "Export" past its right edge; in Arabic five buttons were cut. Each group of controls
    now adds a line when the dock is narrow: every label fits its button, every button is
    inside the dock, disabled (dashed border) or not."""
    win = desk
    choose(win, code)
    win.resize(1366, 768 - 60)
    win.layout_keeper.size_docks()
    win.command_dock.show()
    win.command_dock.raise_()
    win.command_panel.buttons["answer"].show()  # as while a handover offer waits
    qtbot.wait(200)
    panel = win.command_panel
    assert panel.isVisible()
    assert panel.minimumSizeHint().width() <= win.command_dock.width()
    buttons: list[QAbstractButton] = [*panel.buttons.values(), panel.export_button]
    assert any(not b.isEnabled() for b in buttons)  # the dashed ones are checked too
    for button in buttons:
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        need = button.fontMetrics().horizontalAdvance(button.text()) + 2 * margin
        assert need <= button.width(), (code, button.text(), need, button.width())
        place = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
        assert panel.rect().contains(place), (code, button.text(), place, panel.rect())


def _bold(win: MainWindow) -> QFontMetrics:
    font = QFont(win.queue.view.font())
    font.setBold(True)  # an unacknowledged row's weight
    return QFontMetrics(font)


def test_russian_severity_and_type_read_whole_at_1920_and_apart_at_1366(
    qtbot: Any, desk: MainWindow
) -> None:
    """The queue cut "Чрезвычайная" (Extreme) to "Чрезвыча…" even at 1920×1080 and
    "Оповещение"/"Обновление" (Alert/Update) to "Опове…"/"Обнов…": the Severity and Type
    columns had no words to fit. At 1920 both read whole; at 1366 the severity is said as
    the filter buttons say it ("Чрезв.") and the message type stays whole."""
    win = desk
    view, header = win.queue.view, win.queue.view.horizontalHeader()
    metrics = _bold(win)
    cell = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    win.resize(1920, 1080)
    choose(win, "ru")
    qtbot.waitUntil(lambda: view.viewport().width() > 900, timeout=2000)
    qtbot.wait(50)
    for value in SEVERITIES:
        word = cap_word(value)
        assert metrics.horizontalAdvance(word) + cell <= header.sectionSize(Column.SEVERITY), word
        assert win.queue.severity_text(value, header.sectionSize(Column.SEVERITY)) == word
    for value in TYPES:
        word = cap_word(value)
        assert metrics.horizontalAdvance(word) + cell <= header.sectionSize(Column.MSG_TYPE), word
    win.resize(1366, 768 - 60)
    qtbot.waitUntil(lambda: view.viewport().width() < 800, timeout=2000)
    qtbot.wait(50)
    room = header.sectionSize(Column.SEVERITY)
    shown = [win.queue.severity_text(value, room) for value in SEVERITIES]
    assert len(set(shown)) == len(SEVERITIES)  # told apart
    for value, text in zip(SEVERITIES, shown, strict=True):
        assert text in (cap_word(value), short_severity(value))
        assert metrics.horizontalAdvance(text) + cell <= room, text
    for value in TYPES:
        word = cap_word(value)
        assert metrics.horizontalAdvance(word) + cell <= header.sectionSize(Column.MSG_TYPE), word


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_drill_incidents_mode_word_and_key_both_fit_its_row(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    """During a drill each key has EX or REAL above it. In Arabic the word's line is half
    again as tall as a Latin line, and the key wraps in the narrow column: the cell showed
    "تمرين…" alone, the incident's key gone. Both lines are drawn, each in its own band."""
    win = desk
    choose(win, code)
    board = win.incident_board
    board.set_exercise_mode(True)
    board.view.clearSelection()
    qtbot.wait(50)
    index = board.proxy.index(0, 0)  # the key column
    word, key = index.data().split("\n")
    bold = QFont(board.view.font())
    bold.setBold(True)
    rect = board.view.visualRect(index)
    assert lines_height(bold, f"{word}\n{key}") <= rect.height(), code
    # each line drawn in its own band, cut at its own end, never wrapped onto a third
    option = QStyleOptionViewItem()
    option.rect = rect
    delegate = board.view.itemDelegateForColumn(BoardColumn.KEY)
    delegate.initStyleOption(option, index)
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    shown_word, shown_key = option.text.split("\u2028")  # Qt's form of "\n"
    assert shown_word == word
    assert shown_key[:3] == key[:3]
    assert shown_key[-2:] == key[-2:]  # cut in the middle: the key's number stays
    assert option.fontMetrics.horizontalAdvance(shown_key) <= rect.width()
