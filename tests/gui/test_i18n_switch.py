"""Switching the language of the open window, live: English → Arabic → Russian → English.

Asserts what an operator sees: the layout direction (Arabic right to left, the others left to
right), known labels in docks, menus, actions, table headers and the detail pane, times and
coordinates in Latin digits and kept left to right, and the dock layout untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.exceptions import TimeoutError as QtBotTimeout

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTabBar,
    QWidget,
)

from incident_desk.cap import SEVERITIES
from incident_desk.trust import details as said
from incident_desk.trust.wording import WORDING, trust_label, trust_sentence
from incident_desk.ui.bidi import LRI, PDI
from incident_desk.ui.cap_words import short_severity
from incident_desk.ui.i18n import resolve_language, translations
from incident_desk.ui.language_menu import SETTINGS_KEY
from incident_desk.ui.layout import open_settings
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.incident_table import Column as IncidentColumn
from incident_desk.ui.models.incident_table import age_text, age_words
from incident_desk.ui.models.queue_columns import COLUMNS, FIT_MAX, HEADLINE_SHARE, Column
from tests.gui.desk import build_desk

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("sync_ops")]

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
LATIN_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC([+-]\d{2}:\d{2})?$")

#: what the operator reads, per language: incidents dock, Acknowledge action, queue's
#: Severity header, Language menu, the detail pane's first tab, the severity filter button
#: Extreme (short where the language's word is long: the CAP word in full, "Чрезвычайная",
#: is what a live switch showed there)
EXPECTED = {
    "en": ("Incidents", "Acknowledge", "Severity", "&Language", "Alert", "Extreme"),
    "ar": ("الحوادث", "إقرار", "الخطورة", "&اللغة", "تنبيه", "قصوى"),
    "ru": ("Происшествия", "Подтвердить", "Серьёзность", "&Язык", "Оповещение", "Чрезв."),
}


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    translations().set_language("en")
    win, store = build_desk(qtbot, tmp_path)
    yield win
    translations().set_language("en")
    win.close()
    store.close()


def choose(win: MainWindow, code: str) -> None:
    """Language menu → the language, as the operator does."""
    menu = win.findChild(QMenu, "language_menu")
    assert menu is not None
    [action] = [a for a in menu.actions() if a.objectName() == f"action_language_{code}"]
    action.trigger()
    QCoreApplication.processEvents()  # LanguageChange events are posted


def seen(win: MainWindow) -> tuple[str, ...]:
    menu = win.findChild(QMenu, "language_menu")
    assert menu is not None
    severity = win.model.headerData(Column.SEVERITY, Qt.Orientation.Horizontal)
    return (
        win.incidents_dock.windowTitle(),
        win.actions_by_name["acknowledge"].text(),
        severity,
        menu.title(),
        win.detail.tabs.tabText(0),
        win.filter_bar.severity_buttons["Extreme"].text(),
    )


def docks(win: MainWindow) -> dict[str, Any]:
    return {
        d.objectName(): (win.dockWidgetArea(d), d.isFloating(), d.isHidden())
        for d in (win.incidents_dock, win.map_dock, win.timeline_dock, win.units_dock)
    }


def mirrored(layout: dict[str, Any]) -> dict[str, Any]:
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    swap = {left: right, right: left}
    return {name: (swap.get(area, area), *rest) for name, (area, *rest) in layout.items()}


def test_english_arabic_russian_english_live(qtbot: Any, desk: MainWindow) -> None:
    win = desk
    layout = docks(win)
    assert seen(win) == EXPECTED["en"]
    assert win.layoutDirection() == LTR

    choose(win, "ar")
    assert QApplication.layoutDirection() == RTL
    assert win.layoutDirection() == RTL  # docks, tables, dialogs, status bar follow
    assert win.statusBar().layoutDirection() == RTL
    assert win.units_panel.view.layoutDirection() == RTL
    assert seen(win) == EXPECTED["ar"]
    assert docks(win) == mirrored(layout)  # board right, map left; nothing else moved
    # a unit's position stays left to right inside Arabic, in Latin digits
    units = win.units_panel.model
    positions = [
        units.index(r, 4).data() for r in range(units.rowCount()) if units.index(r, 4).data()
    ]
    assert all(p.startswith(LRI) and p.endswith(PDI) for p in positions)
    # the timeline reads in Arabic; its times keep the one format, Latin digits
    timeline = win.timeline.model
    assert timeline.rowCount() > 0
    times = {timeline.index(r, 0).data() for r in range(timeline.rowCount())}
    assert all(LATIN_TIME.match(t) for t in times), times
    assert "أُنشئ الحادث" in timeline.index(0, 5).data()

    choose(win, "ru")
    assert QApplication.layoutDirection() == LTR
    assert win.layoutDirection() == LTR
    assert seen(win) == EXPECTED["ru"]
    assert docks(win) == layout
    assert timeline.index(0, 5).data().startswith("Создано происшествие")
    # Arabic words "Acknowledge" (the action) and "Ack" (the queue's column) alike: each
    # reads as its own text again in Russian (the action read the column's word before)
    assert win.queue.column_actions[Column.ACK].text() == "Подтверждение"
    assert win.actions_by_name["acknowledge"].text() == "Подтвердить"
    # the command panel's buttons, written in a mixin of the panel, followed the switch too
    # (they stayed English after a live switch: "Establish…", "Handover…", "Assign…")
    buttons = {name: b.text() for name, b in win.command_panel.buttons.items()}
    assert buttons["establish"] == "Установить…"
    assert buttons["propose"] == "Передать…"
    assert [n for n, t in buttons.items() if t.isascii()] == []

    choose(win, "en")
    assert seen(win) == EXPECTED["en"]
    assert win.layoutDirection() == LTR
    assert docks(win) == layout
    assert timeline.index(0, 5).data().startswith("Created incident")
    assert open_settings().value(SETTINGS_KEY) == "en"  # the choice is remembered


def test_a_dialog_opened_in_arabic_is_right_to_left(qtbot: Any, desk: MainWindow) -> None:
    win = desk
    choose(win, "ar")
    win.show_notices()
    qtbot.waitUntil(lambda: win.window_actions.notices_dialog is not None, timeout=5000)
    dialog = win.window_actions.notices_dialog
    assert dialog is not None
    assert dialog.layoutDirection() == RTL
    assert dialog.windowTitle() == "الحجر والرسائل المفقودة"


@pytest.mark.parametrize(
    ("explicit", "saved", "system", "expected"),
    [
        ("ar", "ru", "fr_FR", "ar"),  # --language / the setting first
        (None, "ru", "fr_FR", "ru"),  # then the operator's last choice
        (None, None, "fr_FR", "fr"),  # then the OS locale
        (None, None, "sw-KE", "sw"),
        (None, None, "de_DE", "en"),  # no catalog: English
        (None, "xx", "C", "en"),
    ],
)
def test_which_language_the_console_starts_in(
    explicit: str | None, saved: str | None, system: str, expected: str
) -> None:
    assert resolve_language(explicit, saved, system) == expected


@pytest.mark.parametrize("code", ["en", "fr", "ar", "ru", "sw"])
def test_every_language_fits_a_1366_pixel_screen(qtbot: Any, tmp_path: Path, code: str) -> None:
    """Longer words must not push the window past a laptop's width (translators shorten
    the narrow buttons: docs/translating.md)."""
    translations().set_language(code)
    win, store = build_desk(qtbot, tmp_path)
    try:
        assert win.minimumSizeHint().width() <= 1366
    finally:
        translations().set_language("en")
        win.close()
        store.close()


def shown_texts(win: QWidget) -> list[tuple[str, str]]:
    """Every text an operator can read on the window's widgets and actions, widget by widget
    in the window's own order: labels, buttons, titles, placeholders, list entries, tabs,
    tooltips, menu entries (widgets with none left out)."""
    out = []
    for w in [win, *win.findChildren(QWidget)]:
        words = [w.toolTip()]
        if isinstance(w, QAbstractButton | QLabel):
            text = w.text()
            # cut to the widget's width ("police@ke.ex…"), which the layout sets: its tooltip
            # holds it whole
            if not (text.endswith("…") and w.toolTip().startswith(text[:-1])):
                words.append(text)
        if isinstance(w, QGroupBox):
            words.append(w.title())
        if isinstance(w, QLineEdit):
            words.append(w.placeholderText())
        if isinstance(w, QComboBox):
            words += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabBar):
            words += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QMenu):
            words.append(w.title())
        for action in w.actions():
            words += [action.text(), action.toolTip()]
        if any(words):  # a widget with no text (the map's page, made after first paint)
            out.append((f"{type(w).__name__} {w.objectName()}", " | ".join(words)))
    return out


def text_differences(switched: list[tuple[str, str]], started: list[tuple[str, str]]) -> str:
    """The texts that differ, widget by widget: (switched, started), of the widgets whose
    texts the other window shows nowhere."""
    out = []
    unmatched = [x for x in switched if x not in started], [y for y in started if y not in switched]
    for (where, a), (_where, b) in zip(*unmatched, strict=False):
        pairs = zip(a.split(" | "), b.split(" | "), strict=False)
        out += [f"{where}: {x!r} / {y!r}" for x, y in pairs if x != y]
    return "\n".join(out) or f"{len(switched)} widgets with texts / {len(started)}"


@pytest.mark.parametrize("code", ["ru", "fr", "ar", "sw"])
def test_a_live_switch_reads_as_a_console_started_in_that_language(
    qtbot: Any, tmp_path: Path, code: str
) -> None:
    """A console switched from English reads, widget by widget, as one started in that
    language. A switch left the severity filter buttons with the CAP words in full
    ("Чрезвычайная" for the button's "Чрезв.": the filter bar needed 797 pixels and the
    window no longer fitted 1366), "(draft)" in English in the Language menu, and the
    tooltip "Incident: activate (or re-escalate) (Alt+1)" in English."""
    translations().set_language("en")
    (tmp_path / "switched").mkdir()
    (tmp_path / "started").mkdir()
    switched, store_a = build_desk(qtbot, tmp_path / "switched")
    started = store_b = None
    try:
        choose(switched, code)
        started, store_b = build_desk(qtbot, tmp_path / "started")

        def differences() -> list[tuple[str, str]]:
            a, b = shown_texts(switched), shown_texts(started)
            return [x for x in a if x not in b] + [y for y in b if y not in a]

        # each window shows its alarm and counts its alert when its hub has run
        try:
            qtbot.waitUntil(lambda: not differences(), timeout=5000)
        except QtBotTimeout:
            pytest.fail(text_differences(shown_texts(switched), shown_texts(started)))
        assert switched.minimumSizeHint().width() <= 1366
    finally:
        translations().set_language("en")
        for win, store in ((switched, store_a), (started, store_b)):
            if win is not None:
                win.close()
            if store is not None:
                store.close()


def test_the_menu_offers_the_translated_languages_each_in_its_own_name(
    qtbot: Any, desk: MainWindow
) -> None:
    menu = desk.findChild(QMenu, "language_menu")
    assert menu is not None
    names = [a.text() for a in menu.actions()]
    assert [a.objectName() for a in menu.actions()] == [
        f"action_language_{code}" for code in ("en", "fr", "ar", "ru", "sw")
    ]
    assert names[0] == "\u2068English\u2069"  # reviewed: no "(draft)"; every name isolated
    assert all(name.endswith("(draft)") for name in names[1:])  # awaiting native review
    assert "\u2068العربية\u2069 (draft)" in names  # isolated: the mark stays after the name


def test_a_column_name_too_long_for_its_column_ends_in_an_ellipsis_and_is_whole_on_hover(
    qtbot: Any, desk: MainWindow
) -> None:
    """Russian "Серьёзность" in the board's 62-pixel severity column: the header shows
    "Серь…" (Qt clipped a centred name at both ends: "ерьёзност") and its tooltip the name."""
    win = desk
    choose(win, "ru")
    board = win.incident_board.view.horizontalHeader()
    assert board.textElideMode() == Qt.TextElideMode.ElideRight
    # the same in the working tabs' tables (the timeline's, the units')
    for view in (win.timeline.view, win.units_panel.view):
        assert view.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideRight
    # (the queue's columns are sized to their names; eliding there cut "Mode" to "Mo…" beside
    # its sort indicator)
    for view in (win.incident_board.view, win.queue.view):
        model = view.model()
        names = [
            model.headerData(s, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for s in range(model.columnCount())
        ]
        tips = [
            model.headerData(s, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for s in range(model.columnCount())
        ]
        assert "Серьёзность" in names
        assert tips == names


def test_the_incident_boards_narrow_columns_read_whole_in_every_language(
    qtbot: Any, desk: MainWindow
) -> None:
    """The board's Age column (44 pixels) cut Russian "сейчас" (now) to "сей…" and English
    "59 min" to "59 m…", and said minutes, hours and days in English in every language;
    its Severity column (62) cut "Чрезвычайная": the column is widened for its words, the
    severity is said as short as the filter buttons say it, whole on hover."""
    win = desk
    view = win.incident_board.view
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    cell = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    now = datetime.now(UTC)
    ages = {"ru": "5 мин", "fr": "3 h", "sw": "siku 2", "ar": "2 ي", "en": "2 d"}
    spans = {"ru": timedelta(minutes=5), "fr": timedelta(hours=3)}
    for code, expected in ages.items():
        choose(win, code)
        assert age_text(now - spans.get(code, timedelta(days=2)), now) == expected
        for word in age_words():
            room = header.sectionSize(IncidentColumn.UPDATED)
            assert metrics.horizontalAdvance(word) + cell <= room, (code, word, room)
        for severity in SEVERITIES:
            shown = short_severity(severity)
            room = header.sectionSize(IncidentColumn.SEVERITY)
            assert metrics.horizontalAdvance(shown) + cell <= room, (code, shown, room)
    [incident] = win.incident_board.board.list_incidents()
    win.incident_board.model.upsert([incident.model_copy(update={"severity": "Extreme"})])
    choose(win, "ru")
    cell = view.model().index(0, IncidentColumn.SEVERITY)
    assert (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole)) == ("Чрезв.", "Чрезвычайная")
    choose(win, "en")


def _room_for_bold(view: Any, text: str) -> int:
    font = QFont(view.font())
    font.setBold(True)  # an unacknowledged row's weight
    return QFontMetrics(font).horizontalAdvance(text)


def test_every_trust_state_reads_whole_in_the_queue_in_every_language_switched_to(
    qtbot: Any, desk: MainWindow
) -> None:
    """The Trust column's 84 pixels cut "could not check" in English and "без подписи"
    (unsigned) to "без подпи…" in Russian, the Mode column Swahili's "ZOEZI" (exercise) to
    "ZO…", and a centred column name lost both ends ("mepokelewa"): each column is widened
    for its words and its name on a switch, as far as the Headline keeps its share of the
    queue (HEADLINE_SHARE; each column at most FIT_MAX)."""
    win = desk
    win.resize(1920, 1080)  # room for them all (at 1366 the Headline's share comes first)
    win.show()
    view = win.queue.view
    header = view.horizontalHeader()
    tr = QCoreApplication.translate
    for code in ("en", "ru", "fr", "sw"):
        choose(win, code)
        width = header.sectionSize(Column.TRUST)
        for state in WORDING:
            label = trust_label(state, translate=tr)
            # its text and a cell's margins (a cut text ends in "…")
            assert _room_for_bold(view, label) + 6 <= width, (code, label, width)
        assert width <= FIT_MAX
        for word in (tr("AlertQueue", "EX"), tr("AlertQueue", "REAL")):
            assert _room_for_bold(view, word) + 6 <= header.sectionSize(Column.MODE), word
        for column in Column:
            if header.isSectionHidden(column) or column == Column.EVENT:
                continue
            name = view.model().headerData(column, Qt.Orientation.Horizontal)
            room = header.fontMetrics().horizontalAdvance(name)
            assert room < header.sectionSize(column), (code, name)
    # on a 1366-pixel screen the Headline keeps its share of the queue, whatever the words,
    # less what the message type takes to read whole (an Alert and an Update must be told
    # apart: "Опове…" beside "Обнов…" could not be; Swahili's "Tahadhari" takes 21 pixels)
    win.resize(1366, 708)
    qtbot.waitUntil(lambda: view.viewport().width() < 800, timeout=2000)
    kind = header.sectionSize(Column.MSG_TYPE) - COLUMNS[Column.MSG_TYPE].width
    share = int(view.viewport().width() * HEADLINE_SHARE) - 1
    assert header.sectionSize(Column.EVENT) >= share - kind
    choose(win, "en")


@pytest.mark.parametrize("code", ["ru", "fr", "en"])
def test_a_signature_line_says_it_wholly_in_the_readers_language(
    qtbot: Any, desk: MainWindow, code: str
) -> None:
    """The detail pane's signature line: the state's sentence and the verifier's detail both
    in the reader's language (Russian read "… (the alert is not signed)", and "(signed by
    KE/nps (issued by the CA in KE.pem))" stayed English until the details were forms); the
    names in it (signer, file) stay as they are. A detail that only says again what the
    sentence says is left out: "Not signed: nothing proves which agency sent it." once."""
    choose(desk, code)
    tr = QCoreApplication.translate
    line = trust_sentence("unsigned", said.NOT_SIGNED(), translate=tr)
    assert line == tr("core", "Not signed: nothing proves which agency sent it.")
    assert "(" not in line
    verified = said.SIGNED_BY(signer="KE/nps", why=said.ISSUED_BY(ca="KE.pem"))
    mismatch = said.OTHER_TOPIC(signer="KE/nps", topic="UG/upf")
    for state, detail in (("verified", verified), ("signer_mismatch", mismatch)):
        line = trust_sentence(state, detail, translate=tr)
        if code == "en":
            assert line.endswith(f"({detail})")
            continue
        assert [w for w in ("signed by", "issued by", "topic") if w in line] == []
        assert "KE/nps" in line
        assert ("KE.pem" if state == "verified" else "UG/upf") in line
