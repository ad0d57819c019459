from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.reasoncodes import ReasonCode

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from incident_desk import cap
from incident_desk.changes import Changes, SeqGap
from incident_desk.errors import StoreError
from incident_desk.messaging.bus_types import ConnectionState
from incident_desk.messaging.said import reason_message, with_next_node
from incident_desk.store import QuarantineEntry, TimelineEntry
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.i18n import PSEUDO, translations
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.alert_table import Column, Roles
from incident_desk.ui.screenshot import save_screenshot
from incident_desk.ui.theme import current_theme
from tests.gui.fakes import T0, FakeConsole, FakeStore, State, make_alert, settle, wait_loaded
from tests.gui.textwalk import untranslated

CTRL = Qt.KeyboardModifier.ControlModifier

# Showing a top-level window on the offscreen platform logs this warning on every resize/show;
# it says the plugin has no window manager to tell about size hints, nothing about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _show(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window, timeout=3000):  # shortcuts need the active window
        window.show()
        window.activateWindow()


def _ack_text(window: MainWindow, alert_id: int) -> str:
    return window.model.index(window.model.row_of(alert_id), Column.ACK).data()


def test_initial_state(window: MainWindow) -> None:
    assert window.windowTitle() == "Incident Desk — REAL"
    assert window.mode_badge.text() == "REAL"
    assert window.proxy.rowCount() == 3
    assert [window.proxy.index(r, 0).data(Roles.ALERT_ID) for r in range(3)] == [3, 2, 1]
    assert set(window.alarms.active) == {3}  # the Extreme/Immediate one
    assert not window.alarm_banner.isHidden()
    assert "s3cret" not in window.database_label.text()
    assert "idesk:***@db" in window.database_label.text()
    for name in ("incidents_dock", "map_dock", "timeline_dock"):
        assert window.findChild(type(window.incidents_dock), name) is not None


def test_exercise_mode_is_in_title_and_badge(qtbot, store: FakeStore) -> None:
    win = MainWindow(
        FakeConsole(store, exercise_id="EX-KE-7"),
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    assert win.windowTitle() == "Incident Desk — EXERCISE EX-KE-7"
    assert win.mode_badge.text() == "EXERCISE EX-KE-7"
    assert win.mode_badge.property("exercise") == "true"


def test_ctrl_k_acknowledges_the_selected_alert(qtbot, window: MainWindow) -> None:
    _show(qtbot, window)
    assert window.select_alert(3)
    assert window.detail.alert_id == 3
    assert _ack_text(window, 3) == "UNACKNOWLEDGED"
    with qtbot.wait_signal(window.alarms.alarm_stopped, timeout=2000) as stopped:
        qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL)
    assert stopped.args == [3]
    assert window.console.acknowledged == [3]
    assert _ack_text(window, 3) == "acknowledged"
    assert not window.alarms.playing
    assert window.alarm_banner.isHidden()
    # the console's change record brings the stored Ack and the timeline entry in
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=2000)
    assert window.proxy.rowCount() == 3  # the Ack row marks alert 3, it is not a queue row
    assert window.timeline.model.rowCount() == 1
    assert "op.wanjiru@nbi-ws-01" in window.detail.acks.toPlainText()
    qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL)  # a second press does not send a second Ack
    assert window.console.acknowledged == [3]
    assert "already acknowledged" in window.message_bar.label.text()


def test_failed_acknowledge_is_shown_in_plain_words(qtbot, store: FakeStore) -> None:
    console = FakeConsole(store, fail="the broker refused the Ack: not authorised")
    win = MainWindow(
        console,
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    win.select_alert(2)
    win.actions_by_name["acknowledge"].trigger()
    settle(qtbot, win)
    assert console.acknowledged == [2]
    assert not win.message_bar.isHidden()
    assert win.message_bar.level == "error"
    assert "not authorised" in win.message_bar.label.text()
    assert _ack_text(win, 2) == "UNACKNOWLEDGED"


def test_bursts_coalesce_into_one_refresh(qtbot, window: MainWindow, store: FakeStore) -> None:
    before = window.refresh_count
    other_ack = make_alert(
        7, msg_type="Ack", sender="upf.go.ug", references=(store.alerts[2].alert.reference(),)
    )
    store.add(
        make_alert(4),
        make_alert(5, severity="Severe", urgency="Immediate"),
        make_alert(6),
        other_ack,
    )
    calls = len(store.calls)
    for i in (4, 5, 6, 7):
        window.bridge.changes_applied.emit(Changes(alerts=(i,)))
    qtbot.waitUntil(lambda: window.model.rowCount() == 7, timeout=2000)
    assert window.refresh_count == before + 1
    assert store.calls[calls:] == ["list_alerts(after_id=3)"]
    assert [window.proxy.index(r, 0).data(Roles.ALERT_ID) for r in range(3)] == [6, 5, 4]
    assert set(window.alarms.active) == {3, 5}
    assert _ack_text(window, 2) == "acknowledged"  # acknowledged by another console's Ack
    assert window.rate.rate() == 3


def test_broker_banner_follows_connection_state(qtbot, window: MainWindow) -> None:
    banner = window.broker_banner
    assert banner.isHidden()
    window.bridge.connection_changed.emit(
        State("disconnected", since=T0, next_retry_in=10.0, reason="network down")
    )
    assert not banner.isHidden()
    text = banner.label.text()
    assert text.startswith("BROKER DISCONNECTED since ")
    assert "working on local data" in text
    assert "reconnecting in 10 s" in text
    assert "network down" in text
    qtbot.waitUntil(lambda: "reconnecting in 9 s" in banner.label.text(), timeout=3000)
    window.bridge.connection_changed.emit(State("connecting"))
    assert not banner.isHidden()
    assert "reconnecting now" in banner.label.text()
    window.bridge.connection_changed.emit(State("connected"))
    assert banner.isHidden()
    assert "broker.local:1883: connected" in window.connection.text()


@pytest.mark.parametrize("code", ["ru", "ar", "pseudo"])
def test_the_broker_banner_and_its_reason_speak_the_operators_language(
    qtbot, window: MainWindow, code: str
) -> None:
    """The red banner an operator sees when the bus is down, and the status bar's tooltip,
    were English in every language ("BROKER REFUSED since … (Not authorized (reason code
    135))"): the banner's words and the client's reason (``ConnectionState.said``) are
    translated, the address and the reason code are data."""
    refused = ConnectionState(
        "refused",
        "broker.local",
        1883,
        T0,
        "Not authorized (reason code 135); next: bus2:1883",
        next_retry_in=10.0,
        said=with_next_node(
            reason_message(ReasonCode(PacketTypes.CONNACK, identifier=135)), "bus2:1883"
        ).data(),
    )
    translations().set_language(code)
    try:
        window.bridge.connection_changed.emit(refused)
        text = window.broker_banner.label.text()
        tip = window.connection.toolTip()
        for shown in (text, tip):
            assert "135" in shown
            assert "bus2:1883" in shown
            if code == PSEUDO:  # every word went through translation
                assert untranslated(shown, []) is None, shown
                continue
            for english in ("BROKER", "reconnecting", "Not authorized", "reason code", "next"):
                assert english not in shown
        translations().set_language("en")  # switched back live: English again
        assert window.broker_banner.label.text().startswith("BROKER REFUSED since ")
        assert "(Not authorized (reason code 135); next: bus2:1883)" in (
            window.broker_banner.label.text()
        )
    finally:
        translations().set_language("en")


def test_the_database_banner_says_why_in_the_operators_language(qtbot, window: MainWindow) -> None:
    """ "DATABASE UNAVAILABLE — Could not store alerts: the database is locked by another
    program" was English in every language: the banner and why are the reader's words."""
    translations().set_language("ru")
    try:
        window.bridge.changes_applied.emit(
            Changes(
                store_error="Could not store alerts: the database is locked by another "
                "program (try again in a moment)."
            )
        )
        qtbot.waitUntil(lambda: not window.database_banner.isHidden(), timeout=2000)
        text = window.database_banner.label.text()
        assert "база данных заблокирована другой программой" in text
        assert "Could not" not in text
        assert "locked" not in text
        translations().set_language("en")  # live: English again, the action left out
        text = window.database_banner.label.text()
        assert text.startswith(
            "DATABASE UNAVAILABLE — the database is locked by another program (try again in "
            "a moment). New alerts"
        )
    finally:
        translations().set_language("en")


def test_database_banner(qtbot, window: MainWindow) -> None:
    window.bridge.changes_applied.emit(Changes(store_error="the disk is full"))
    qtbot.waitUntil(lambda: not window.database_banner.isHidden(), timeout=2000)
    assert "DATABASE UNAVAILABLE — the disk is full" in window.database_banner.label.text()
    window.bridge.changes_applied.emit(Changes(store_ok=True))
    qtbot.waitUntil(window.database_banner.isHidden, timeout=2000)


def test_quarantine_and_gap_notice(qtbot, window: MainWindow, store: FakeStore) -> None:
    assert window.notice_button.isHidden()
    store.quarantine.append(
        QuarantineEntry(
            id=1,
            raw=b"<junk/>",
            topic="idesk/v1/actual/KE/nps/alert",
            reason="not CAP",
            received_at=T0,
            source="bus",
        )
    )
    window.bridge.changes_applied.emit(Changes(quarantined=(1,), gaps=(SeqGap("KE/nps", 10, 12),)))
    # the gap shows at once; the quarantine count follows from the background read
    qtbot.waitUntil(
        lambda: window.notice_button.text() == "⚠ 1 quarantined · 3 missing", timeout=5000
    )
    assert not window.notice_button.isHidden()
    window.actions_by_name["show_notices"].trigger()  # read off the GUI thread, then shown
    qtbot.waitUntil(lambda: window.window_actions.notices_dialog is not None, timeout=5000)
    dialog = window.window_actions.notices_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.quarantine_model.index(0, 2).data() == "not CAP"
    assert dialog.gap_model.index(0, 1).data() == "10–12"
    dialog.close()


def test_f8_walks_unacknowledged_alerts(qtbot, window: MainWindow) -> None:
    _show(qtbot, window)
    window.model.set_acknowledged(2)
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert window.current_alert_id() == 3
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert window.current_alert_id() == 1  # 2 is acknowledged: skipped
    qtbot.keyClick(window.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_alert_id() == 3


def test_shortcuts_are_bound(window: MainWindow) -> None:
    keys = {n: [s.toString() for s in a.shortcuts()] for n, a in window.actions_by_name.items()}
    assert keys["acknowledge"] == ["Ctrl+K"]
    assert keys["focus_filter"] == ["Ctrl+F"]
    assert keys["mute"] == ["Ctrl+M"]
    assert keys["show_notices"] == ["Ctrl+Shift+Q"]
    assert keys["quit"] == ["Ctrl+Q"]  # Ctrl+W is not a way to quit by accident
    assert keys["help"] == ["F1"]
    window.actions_by_name["mute"].trigger()
    assert window.alarms.muted
    assert window.actions_by_name["mute"].isChecked()


def test_focus_filter_and_theme(qtbot, window: MainWindow, settings_path: Path) -> None:
    _show(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.filter_bar.text.hasFocus, timeout=2000)
    app = QApplication.instance()
    before = current_theme(app)
    window.actions_by_name["toggle_theme"].trigger()
    try:
        assert current_theme(app) != before
        assert window.settings.value("theme") == current_theme(app)
    finally:
        window.actions_by_name["toggle_theme"].trigger()
    assert current_theme(app) == before


def test_layout_is_restored(qtbot, store: FakeStore, settings_path: Path) -> None:
    first = MainWindow(
        FakeConsole(store),
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(first)
    wait_loaded(qtbot, first)
    _show(qtbot, first)
    # the offscreen screen is narrow (width gets clamped); a height just above the minimum
    height = first.minimumSizeHint().height() + 17
    first.resize(first.width(), height)
    qtbot.waitUntil(lambda: first.height() == height, timeout=2000)
    first.timeline_dock.hide()
    first.close()
    files = list(settings_path.rglob("*.ini"))
    assert [f.name for f in files] == ["incident-desk.ini"]
    assert (
        QSettings(str(files[0]), QSettings.Format.IniFormat).value("main_window/state") is not None
    )
    second = MainWindow(
        FakeConsole(store),
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(second)
    wait_loaded(qtbot, second)
    assert second.timeline_dock.isHidden()
    assert not second.map_dock.isHidden()
    assert second.height() == height


def test_screenshot_is_not_blank(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _show(qtbot, window)
    window.select_alert(3)
    path = save_screenshot(window, tmp_path / "shots" / "main.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() > 400
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 50


def test_selection_follows_incident_and_header_sorts(qtbot, window: MainWindow) -> None:
    assert window.select_alert(1)
    assert window.timeline.incident_label.text() == "INC-7"
    assert window.detail.alert_id == 1
    window.view.horizontalHeader().setSortIndicator(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
    assert [window.proxy.index(r, Column.SEVERITY).data() for r in range(3)] == [
        "Minor",
        "Severe",
        "Extreme",
    ]
    assert window.current_alert_id() == 1  # the selection stays on the same alert
    window.filter_bar.text.setText("explosion")
    assert window.proxy.rowCount() == 1
    assert not window.select_alert(2)  # filtered out


def test_help_lists_every_shortcut(qtbot, window: MainWindow) -> None:
    window.actions_by_name["help"].trigger()
    text = window.window_actions.help_box.text()
    for key in (
        "Ctrl+K",
        "Ctrl+F",
        "F8",
        "Shift+F8",
        "Ctrl+M",
        "Ctrl+T",
        "Ctrl+Shift+Q",
        "F1",
        "Ctrl+Q",
    ):
        assert key in text
    window.window_actions.help_box.close()


class ThreadRecordingStore:
    """Wraps a ``FakeStore``: every method call is recorded with the thread it ran on."""

    def __init__(self, inner: FakeStore) -> None:
        self.inner = inner
        self.calls: list[tuple[str, int]] = []

    def __getattr__(self, name: str) -> object:
        value = getattr(self.inner, name)
        if not callable(value):
            return value

        def call(*args: object, **kwargs: object) -> object:
            self.calls.append((name, threading.get_ident()))
            return value(*args, **kwargs)

        return call


def test_the_gui_thread_never_reads_the_store_on_load_or_refresh(qtbot, store: FakeStore) -> None:
    recording = ThreadRecordingStore(store)
    console = FakeConsole(store)
    console.store = recording  # type: ignore[assignment]
    gui = threading.get_ident()
    win = MainWindow(
        console,
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    _show(qtbot, win)
    wait_loaded(qtbot, win)
    assert win.proxy.rowCount() == 3
    assert {n for n, _t in recording.calls} >= {"list_alerts", "timeline", "count_quarantine"}
    assert [n for n, t in recording.calls if t == gui] == []  # the first fill: all off-thread

    assert win.select_alert(2)  # an operator's click may read its alert (detail)
    recording.calls.clear()
    ack = make_alert(
        8, msg_type="Ack", sender="upf.go.ug", references=(store.alerts[2].alert.reference(),)
    )
    store.add(make_alert(7, severity="Extreme", urgency="Immediate"), ack)
    store.quarantine.append(
        QuarantineEntry(id=1, raw=b"x", topic="t", reason="not CAP", received_at=T0, source="bus")
    )
    store.entries.append(
        TimelineEntry(
            id=1, at=T0, actor="op", console="ws", kind="note", incident_id=None,
            alert_id=None, exercise_id=None, text="Road closed",
        )
    )  # fmt: skip
    win.bridge.changes_applied.emit(Changes(alerts=(7, 8), quarantined=(1,), timeline=(1,)))
    qtbot.waitUntil(lambda: "upf.go.ug" in win.detail.acks.toPlainText(), timeout=3000)
    qtbot.waitUntil(lambda: win.model.rowCount() == 5, timeout=3000)  # the delta read
    assert _ack_text(win, 2) == "acknowledged"
    assert set(win.alarms.active) == {3, 7}
    assert win.timeline.model.rowCount() == 1
    assert win.notice_button.text().startswith("⚠ 1 quarantined")
    names = {n for n, _t in recording.calls}
    assert names >= {"list_alerts", "timeline", "count_quarantine", "acks_for"}
    assert [n for n, t in recording.calls if t == gui] == []


def test_default_layout_fits_a_1366_by_768_screen(qtbot, window: MainWindow) -> None:
    """Every dock present (incidents, map, timeline, units, command): the window can shrink
    to 1366×768, the map is on the right, the board on the left, the rest tabbed below."""
    _show(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366, hint
    assert hint.height() <= 768 - 60, hint  # the task bar and the title bar
    area = window.dockWidgetArea
    assert area(window.incidents_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert area(window.map_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    bottom = [window.timeline_dock, window.units_dock, window.command_dock]
    assert {area(d) for d in bottom} == {Qt.DockWidgetArea.BottomDockWidgetArea}
    assert set(window.tabifiedDockWidgets(window.timeline_dock)) == set(bottom[1:])
    assert not window.map_dock.isHidden()
    assert window.filter_bar.minimumSizeHint().width() < 800
    assert window.filter_bar.more_row.isHidden()
    window.filter_bar.country.setText("UG")
    assert window.filter_bar.more.text() == "More filters (1)"


class FlakyStore(FakeStore):
    """Its timeline read fails once with a ``StoreError`` (a locked database)."""

    def __init__(self, alerts: list) -> None:
        super().__init__(alerts)
        self.fail_next_timeline = False

    def timeline(self, *args: object, **kwargs: object) -> list:  # type: ignore[override]
        if self.fail_next_timeline:
            self.fail_next_timeline = False
            raise StoreError("Could not read the timeline: database is locked")
        return super().timeline(*args, **kwargs)  # type: ignore[arg-type]


def test_a_failed_background_read_is_repeated_not_skipped(qtbot, store: FakeStore) -> None:
    flaky = FlakyStore(list(store.alerts.values()))
    win = MainWindow(
        FakeConsole(flaky),
        BusBridge(),
        db_label="sqlite://",
        broker_label="b:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    win.RETRY_MS = 50
    flaky.add(make_alert(4), make_alert(5))
    flaky.fail_next_timeline = True
    win.bridge.changes_applied.emit(Changes(alerts=(4, 5), timeline=(1,)))
    qtbot.waitUntil(lambda: not win.database_banner.isHidden(), timeout=3000)
    assert "database is locked" in win.database_banner.label.text()
    # the alerts read before the failure are read again, not lost
    qtbot.waitUntil(lambda: win.model.rowCount() == 5, timeout=3000)
    assert win.model.row_of(4) is not None


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_selected_alert_can_be_read_on_real_screens(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    """At 1366×768 the detail pane shrank to its title: the headline, severity, instruction,
    area and time of the selected alert must be visible, not cut, on a laptop too."""
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.layout_keeper.size_docks()
    assert window.select_alert(3)
    essentials = window.detail.essentials
    qtbot.waitUntil(essentials.isVisible, timeout=5000)
    text = essentials.text()
    for expected in ("Extreme / Immediate", "Keep the public away from the area.", "Busia"):
        assert expected in text, expected
    assert "Sent:" in text
    assert "Explosion" in window.detail.title.text()
    # laid out in full: as tall as its text needs, and inside the window
    assert essentials.height() >= essentials.heightForWidth(essentials.width()) - 2
    top_left = essentials.mapTo(window, essentials.rect().topLeft())
    assert window.rect().contains(top_left)
    assert top_left.y() + essentials.height() <= window.height()


def test_an_alert_chain_greys_the_replaced_versions_and_collapses_to_the_latest(
    qtbot, window: MainWindow, store: FakeStore
) -> None:
    """An Update replaces alert 3 and a Cancel ends the chain: the earlier versions are
    greyed and struck through, only the newest asks for attention, and "Latest only" shows
    the current version alone (the selected row stays while the operator reads it)."""
    first = store.alerts[3]
    update = make_alert(
        4,
        severity="Extreme",
        urgency="Immediate",
        event="Explosion",
        msg_type="Update",
        references=(_ref(first),),
    )
    store.add(update)
    window.bridge.changes_applied.emit(Changes(alerts=(4,)))
    qtbot.waitUntil(lambda: window.model.is_superseded(3), timeout=3000)
    row = window.model.row_of(3)
    font = window.model.index(row, Column.EVENT).data(Qt.ItemDataRole.FontRole)
    assert font is not None
    assert font.strikeOut()
    assert window.model.index(row, Column.MSG_TYPE).data() == "Alert (superseded)"
    assert not window.model.is_superseded(4)

    def shown():
        return {
            window.proxy.index(r, 0).data(Roles.ALERT_ID) for r in range(window.proxy.rowCount())
        }

    assert {3, 4} <= shown()
    window.filter_bar.latest.setChecked(True)
    assert 3 not in shown()
    assert 4 in shown()
    window.filter_bar.latest.setChecked(False)
    assert {3, 4} <= shown()

    # reading version 4 when the Cancel arrives: the row stays until the operator moves on
    window.filter_bar.latest.setChecked(True)
    assert window.select_alert(4)
    cancel = make_alert(5, msg_type="Cancel", event="All clear", references=(_ref(update),))
    store.add(cancel)
    window.bridge.changes_applied.emit(Changes(alerts=(5,)))
    qtbot.waitUntil(lambda: window.model.is_superseded(4), timeout=3000)
    assert (
        window.model.index(window.model.row_of(4), Column.MSG_TYPE).data() == "Update (cancelled)"
    )
    assert {4, 5} <= shown()
    assert window.current_alert_id() == 4
    assert window.select_alert(5)  # the operator moves on: the cancelled version collapses
    qtbot.waitUntil(lambda: 4 not in shown(), timeout=2000)
    assert window.current_alert_id() == 5


def _ref(row: Any) -> cap.Reference:
    return cap.Reference(sender=row.sender, identifier=row.identifier, sent=row.sent_text)
