"""Words an operator under stress must read whole on a 1366×768 screen: the command dock's
buttons (English and Arabic) and the queue's severity and message type (Russian)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
)

from incident_desk.command import ProposalSnapshot, ProposalState
from incident_desk.ui.app import apply_theme
from incident_desk.ui.bidi import FSI, PDI, auto
from incident_desk.ui.cap_words import cap_word, short_severity
from incident_desk.ui.i18n import translations
from incident_desk.ui.lines_delegate import lines_height
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.incident_table import Column as BoardColumn
from incident_desk.ui.models.queue_columns import Column
from incident_desk.ui.theme import apply_text_scale
from tests.gui.desk import build_desk
from tests.gui.fakes import make_alert
from tests.gui.test_exercise_panel import Drill, running_drill
from tests.helpers.brokers import MosquittoBroker

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


# -- the alarm banner and the tabs under the map --------------------------------------------

SENDER = "tororo-district.police.go.ug"
WORDS = (cap_word, short_severity)
LONG_HEADLINE = "Possible explosive device in fuel tanker at Malaba border post, cordon 500 m"


@pytest.mark.parametrize("code", ["en", "ru", "ar"])
def test_an_alarm_line_keeps_who_raised_it_and_how_bad_it_is_at_1366(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    """Each alarm line was cut at its end: at 1366 with a long headline the sender (who
    raised it) was gone and the headline was cut. Severity/urgency and the sender are now
    whole; only the headline is cut, at its end, its start readable; the whole line is the
    tooltip. In Arabic the headline and the sender are each isolated in their direction."""
    win = desk
    choose(win, code)
    win.resize(1366, 768 - 60)
    win.layout_keeper.size_docks()
    rows = [
        make_alert(
            900 + i,
            severity=severity,
            urgency="Immediate",
            headline=f"{LONG_HEADLINE} ({i})",
            sender=SENDER,
        )
        for i, severity in enumerate(("Extreme", "Severe"))
    ]
    for row in rows:  # as NO DUFF forces them
        win.alarms.force(row)
    banner = win.alarm_banner
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    qtbot.wait(100)  # the banner is laid out at its width
    assert win.minimumSizeHint().width() <= 1366
    for line, row in zip(banner.lines, rows, strict=True):
        shown, metrics = line.text(), line.fontMetrics()
        assert metrics.horizontalAdvance(shown) <= line.width(), (code, shown)
        # severity/urgency whole, the severity said short where the room is tight (as the
        # queue and the filter buttons say it at 1366)
        heads = [f"{say(row.severity)}/{cap_word('Immediate')} · " for say in WORDS]
        [head] = {h for h in heads if shown.startswith(h)} or {shown}
        tail = f" — {auto(SENDER)}"
        assert shown.endswith(tail), (code, shown)  # who raised it, whole
        headline = shown[len(head) : -len(tail)]
        assert headline == auto(headline.strip(FSI + PDI))  # isolated in Arabic
        start = headline.strip(FSI + PDI)
        assert start.endswith("…")
        assert LONG_HEADLINE.startswith(start[:-1]), start  # the headline's start
        assert len(start) > 10, start  # at 1366 more than a word of it
        assert f"{LONG_HEADLINE} (" in line.toolTip()
        assert SENDER in line.toolTip()


@pytest.mark.parametrize("code", ["en", "fr", "ar", "ru", "sw"])
def test_the_alarm_count_reads_whole_with_its_pointer_to_the_alarms_tab_at_1366(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    """Three alarms and two lines: the count line says where the third is ("+1 more in the
    Alarms tab"). In Russian it was cut to "(ещё 1 на вкладке «Т…" at 1366: the operator lost
    where to look. Every shipped catalogue's count line reads whole there."""
    win = desk
    choose(win, code)
    win.resize(1366, 768 - 60)
    win.layout_keeper.size_docks()
    for i, severity in enumerate(("Extreme", "Severe", "Moderate")):
        win.alarms.force(make_alert(950 + i, severity=severity, headline=LONG_HEADLINE))
    banner = win.alarm_banner
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    qtbot.wait(100)  # the banner is laid out at its width
    whole = banner.text().splitlines()[0]
    assert whole.endswith(")"), whole  # "(+N more in the Alarms tab)" is said
    assert banner.label.text() == whole, (code, banner.label.text())


DRILL_LOG = pytest.mark.qt_log_ignore(
    # the drill console's live map (QtWebEngine) offscreen without a GPU
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI",
    r"GPUInfo not initialized",
    r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
    # the offer's dialog raised over the window: offscreen has no window manager
    r"This plugin does not support raise\(\)",
)


def _offer_waits(drill: Drill, monkeypatch: pytest.MonkeyPatch) -> None:
    """A handover offer from Kenya's police waits for this console's answer, its dialog set
    aside (Esc): the Command tab counts it."""
    board = drill.window.console.command
    assert board is not None
    now = board.now()
    offer = ProposalSnapshot(
        id="p-1",
        incident_key="KE-NPS-2026-0007",
        exercise_id=drill.controller.exercise_id,
        from_agency="nps",
        from_country="KE",
        from_console="ke-nps-ws1",
        to_agency="upf",
        to_country="UG",
        to_console=None,
        brief={},
        proposed_at=now,
        proposed_by="Insp Kamau",
        expires_at=now + timedelta(hours=1),
        effective_at=now,
        state=ProposalState.PROPOSED,
        answered_by=None,
        answered_at=None,
        reason=None,
    )
    monkeypatch.setattr(board, "incoming_proposals", lambda: [offer])
    panel = drill.window.command_panel
    [dialog] = panel.check_incoming()
    dialog.reject()
    assert panel.pending_offers


def _working_tabs(qtbot: Any, window: MainWindow) -> QTabBar:
    """The row of working tabs under the map, once the window has laid it out (the row
    they had below the centre goes when the layout settles)."""
    dock = window.command_dock
    bars: list[QTabBar] = []

    def settled() -> bool:
        options = Qt.FindChildOption.FindDirectChildrenOnly
        bars[:] = [
            b
            for b in window.findChildren(QTabBar, options=options)
            if b.isVisible() and b.count() > 1
        ]
        return len(bars) == 1 and dock.windowTitle() in {t for t, _, _ in _names(bars[0])}

    qtbot.waitUntil(settled, timeout=2000)
    return bars[0]


def _names(bar: QTabBar) -> list[tuple[str, int, int]]:
    """Each tab's name, the width it has and the width its whole name needs."""
    return [
        (bar.tabText(i), bar.tabRect(i).width(), bar.tabSizeHint(i).width())
        for i in range(bar.count())
    ]


@DRILL_LOG
@pytest.mark.parametrize("code", ["en", "ru", "ar"])
def test_every_tab_under_the_map_reads_whole_with_an_offer_waiting_at_1366(
    qtbot: Any,
    mosquitto: MosquittoBroker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: str,
) -> None:
    """During a drill an offer waiting made the Command tab "(1) offers waiting — Command":
    it took half the row of tabs under the map and Qt cut the others alike, the Alarms tab to
    "Al…" (Russian "Тр…") while the banner sends the operator to "the Alarms tab". The tab
    now counts the offers in a word's room, and every name reads whole."""
    with running_drill(qtbot, mosquitto, tmp_path, code) as drill:
        window = drill.window
        window.resize(1366, 768 - 60)
        window.layout_keeper.size_docks()  # a 768-pixel screen: the tabs go under the map
        _offer_waits(drill, monkeypatch)
        title = window.command_dock.windowTitle()
        name = QCoreApplication.translate("CommandWiring", "Command")
        assert title != name
        assert "1" in title
        assert name in title  # the tab's name in the operator's language ("Штаб")
        docks = [window.timeline_dock, window.units_dock, window.alarm_dock]
        docks += [window.exercise_dock, window.command_dock]
        tabs = _names(_working_tabs(qtbot, window))
        assert [t for t, _, _ in tabs] == [d.windowTitle() for d in docks if d is not None]
        cut = [(name, shown, need) for name, shown, need in tabs if shown < need]
        assert cut == []  # (name, width shown, width needed)


@DRILL_LOG
def test_the_alarms_tab_stays_whole_when_the_tabs_cannot_all_fit(
    qtbot: Any, mosquitto: MosquittoBroker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the largest text size (View → Text size, 150%) the five names cannot all fit
    beside the map: the others give the room and keep their whole name as their tooltip;
    the Alarms tab, where the banner sends the operator, stays whole."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with running_drill(qtbot, mosquitto, tmp_path, "en") as drill:
        window = drill.window
        try:
            apply_text_scale(app, 150)
            window.resize(1366, 768 - 60)
            window.layout_keeper.size_docks()
            _offer_waits(drill, monkeypatch)
            bar = _working_tabs(qtbot, window)
            tabs = _names(bar)
            assert window.alarm_dock is not None
            alarms = window.alarm_dock.windowTitle()
            cut = [name for name, shown, need in tabs if shown < need]
            assert cut  # the case: not every name fits
            assert alarms not in cut
            for index, (name, _shown, _need) in enumerate(tabs):
                assert bar.tabToolTip(index) == name  # a cut name, whole on hover
        finally:
            apply_text_scale(app, 100)
