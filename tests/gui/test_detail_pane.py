"""The detail pane in the main window: the selected alert's essentials are shown whole in
every language, however little room the window gives the pane; and while the console plays
an exercise a real alert's detail says, in a red strip of its own, that it is not part of it."""

from __future__ import annotations

import html
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from incident_desk.ui.bidi import FSI, PDI
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.detail_html import essentials_html
from incident_desk.ui.i18n import translations
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.queue import MIN_ROWS
from tests.gui.fakes import FakeConsole, FakeStore, make_alert, wait_loaded

LANGUAGES = ["ar", "en", "fr", "ru", "sw"]


def _window(qtbot: Any, store: FakeStore, exercise_id: str | None) -> MainWindow:
    win = MainWindow(
        FakeConsole(store, exercise_id=exercise_id),
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    wait_loaded(qtbot, win)
    return win


def _whole(label: Any) -> bool:
    return label.isHidden() or label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_essentials_are_shown_whole_however_small_the_pane(
    qtbot: Any, store: FakeStore, code: str, size: tuple[int, int]
) -> None:
    """In Arabic at 1366×768 the essentials lost their "Sent" and "From" lines without a
    trace (the label needed ~130 px, the layout gave it 73): the title, the essentials and the
    signature line are always as tall as their text needs, whatever room the queue above
    leaves the pane (banners, the splitter dragged down); the tabs below give way and scroll."""
    translations().set_language(code)
    try:
        window = _window(qtbot, store, "EX-KE-7")
        window.resize(*size)
        window.layout_keeper.size_docks()
        assert window.select_alert(3)  # a real alert, during the exercise
        detail = window.detail
        qtbot.waitUntil(detail.essentials.isVisible, timeout=5000)
        window.splitter.setSizes([10_000, 1])  # the queue takes all it can
        qtbot.wait(50)
        assert window.minimumSizeHint().height() <= size[1] - 60  # the task bar's room
        labels = (detail.real_strip, detail.title, detail.essentials, detail.trust)
        for label in labels:
            needed = label.heightForWidth(label.width())
            assert _whole(label), (label.objectName(), label.height(), needed)
        text = detail.essentials.text()
        for line in ("Keep the public away", "Busia", "nps.go.ke"):
            assert line in text, line
        # the tabs are still there below them, inside the pane
        bottom = detail.tabs.mapTo(detail, detail.tabs.rect().bottomLeft()).y()
        assert detail.tabs.tabBar().isVisible()
        assert bottom <= detail.height()
        # and the queue above never gives way below three rows to them (in Arabic, with a
        # real alert's strip and a long instruction, it kept one and a half)
        window.splitter.setSizes([1, 10_000])  # the detail takes all it can
        qtbot.wait(50)
        view = window.queue.view
        rows = view.viewport().height() / view.verticalHeader().defaultSectionSize()
        assert rows >= MIN_ROWS, rows
        assert window.minimumSizeHint().height() <= size[1] - 60
    finally:
        translations().set_language("en")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_real_alert_during_an_exercise_says_so_in_a_strip(qtbot: Any, code: str) -> None:
    """No duff: a real incident while the console plays a drill. Its detail had no strip of
    its own ("REAL" was a small word in the type line) under the purple EXERCISE band: it
    gets a red one, in words, and an exercise alert keeps its purple one."""
    store = FakeStore(
        [
            make_alert(1, status="Exercise", exercise_id="EX-KE-7", event="Drill fire"),
            make_alert(2, severity="Severe", urgency="Immediate", event="Real fire"),
        ]
    )
    translations().set_language(code)
    try:
        window = _window(qtbot, store, "EX-KE-7")
        detail = window.detail
        assert window.select_alert(2)
        qtbot.waitUntil(detail.essentials.isVisible, timeout=5000)
        assert not detail.real_strip.isHidden()
        assert detail.watermark.isHidden()
        strip = detail.real_strip.text()
        if code == "en":
            assert strip == "REAL ALERT — NOT PART OF THE EXERCISE"
        assert "#c62828" in detail.real_strip.styleSheet()  # the alarm red, not purple
        assert window.select_alert(1)
        qtbot.waitUntil(lambda: not detail.watermark.isHidden(), timeout=5000)
        assert detail.real_strip.isHidden()
        assert window.select_alert(2)
        qtbot.waitUntil(lambda: not detail.real_strip.isHidden(), timeout=5000)
        window.console.exercise_id = None  # as Runtime.leave_exercise does after ENDEX
        window.left_exercise()  # real traffic only: everything is real, no strip
        assert detail.real_strip.isHidden()
    finally:
        translations().set_language("en")


def test_a_real_only_console_shows_no_real_strip(qtbot: Any, store: FakeStore) -> None:
    """Out of an exercise every alert is real: no strip (as before)."""
    window = _window(qtbot, store, None)
    assert window.select_alert(3)
    qtbot.waitUntil(window.detail.essentials.isVisible, timeout=5000)
    assert window.detail.real_strip.isHidden()
    assert window.detail.watermark.isHidden()


@pytest.fixture
def right_to_left(qapp: Any) -> Any:
    """The application laid out right to left, as in Arabic (restored after)."""
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(before)


def test_the_alerts_own_words_keep_their_direction_in_arabic(right_to_left: None) -> None:
    """In Arabic an English instruction's full stop jumped to its start (".Leave yard B on
    foot … engines"): the instruction, each area and the sender are direction isolates."""
    stored = make_alert(
        1, sender="upf.go.ug", event="Explosion", headline="Malaba customs yard B evacuated"
    )
    info = stored.alert.first_info
    assert info is not None
    text = essentials_html(stored)
    assert f"{FSI}{info.instruction}{PDI}" in text
    for area in info.areas:
        assert f"{FSI}{html.escape(area.area_desc)}{PDI}" in text
    sender = info.sender_name or stored.alert.sender
    assert f"{FSI}{html.escape(sender)}{PDI}" in text
    # left to right, the text is as it always was
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert FSI not in essentials_html(stored)
    assert f"</b> {info.instruction}<br>" in essentials_html(stored)


def test_the_essentials_shrink_back_when_they_need_less(qtbot: Any) -> None:
    """A label's heightForWidth never goes below its minimum height: once a long alert (or a
    narrow pane) had raised it, a short one kept the old height, its lines centred in a gap."""
    store = FakeStore([make_alert(1)])
    panel = AlertDetail(store)
    qtbot.addWidget(panel)
    panel.resize(260, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_alert(1)
    narrow = panel.essentials.minimumHeight()
    panel.resize(1200, 600)
    qtbot.waitUntil(lambda: panel.essentials.width() == 1200, timeout=2000)
    wide = panel.essentials.minimumHeight()
    assert wide < narrow
    panel.essentials.setMinimumHeight(0)
    assert wide == panel.essentials.heightForWidth(1200)


def test_a_page_long_instruction_is_cut_at_a_word_and_says_where_it_is_whole() -> None:
    """The essentials are always shown whole above the tabs: a page-long instruction or a
    list of thirty areas would push the window off a 1366×768 screen. They are cut, marked,
    and whole in the Alert tab."""
    stored = make_alert(1)
    info = stored.alert.first_info
    assert info is not None
    long = " ".join(f"step{n} do this carefully" for n in range(60))
    areas = tuple(
        info.areas[0].model_copy(update={"area_desc": f"Sector {n} of the border post"})
        for n in range(30)
    )
    alert = stored.alert.model_copy(
        update={"infos": (info.model_copy(update={"instruction": long, "areas": areas}),)}
    )
    text = essentials_html(stored.model_copy(update={"alert": alert}))
    assert "step0 do this" in text
    assert "step59" not in text
    assert "(continued in the Alert tab)" in text
    assert "Sector 0 of the border post" in text
    assert "Sector 29" not in text
    assert "more in the Alert tab" in text
    assert len(text) < 1500  # bounded whatever the alert holds
    # a short instruction is whole and not marked
    assert "continued" not in essentials_html(stored)
