"""The alarm panel and the per-priority sound on a real SQLite store and the core board."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from incident_desk import cap, timefmt
from incident_desk.alarms import AlarmBoard, AlarmChanges, Priority
from incident_desk.exercise import Command, ControlMessage, ExerciseState
from incident_desk.store import Store
from incident_desk.ui.alarm_hub import AlarmHub
from incident_desk.ui.alarm_panel import INCIDENT, STATE, TITLE, TRAFFIC, WHY, AlarmPanel
from incident_desk.ui.alarm_sound import PrioritySound, sound_file
from tests.helpers.alarms import T0, FakeClock, ack, alert, alert_id, cancel, feed, put, update


@pytest.fixture
def board(sqlite_store: Store) -> AlarmBoard:
    return AlarmBoard(sqlite_store, console="ke-ncc-ws01", clock=FakeClock())


@pytest.fixture
def panel(qtbot, board: AlarmBoard) -> AlarmPanel:  # type: ignore[no-untyped-def]
    widget = AlarmPanel(board, operator="j.otieno")
    qtbot.addWidget(widget)
    widget.show()  # a hidden panel redraws only when shown
    return widget


@pytest.fixture
def hub(qtbot, board: AlarmBoard) -> Iterator[AlarmHub]:  # type: ignore[no-untyped-def]
    """The window's alarm hub on ``board``; its worker is finished before Qt tears down (a
    result delivered to a deleted hub would crash the process)."""
    made = AlarmHub(board, operator="j.otieno", sound=False)
    qtbot.addWidget(made.panel)
    made.panel.show()
    yield made
    made.shutdown()


def _row(panel: AlarmPanel, index: int = 0) -> list[str]:
    deadline = time.monotonic() + 5
    while panel.refresh_pending and time.monotonic() < deadline:  # drawn every 250 ms at most
        QTest.qWait(10)
    item = panel.tree.topLevelItem(index)
    assert item is not None
    return [item.text(c) for c in range(panel.tree.columnCount())]


def _select_first(panel: AlarmPanel) -> None:
    _row(panel)
    item = panel.tree.topLevelItem(0)
    assert item is not None
    panel.tree.setCurrentItem(item)


def test_an_alarm_shows_priority_and_state_in_words(
    panel: AlarmPanel, board: AlarmBoard, sqlite_store: Store
) -> None:
    first = alert("A1")
    panel.on_changes(feed(board, sqlite_store, first))
    row = _row(panel)
    # its state comes right after its priority: a narrow dock shows both unscrolled
    assert row[:4] == ["1 Critical", "Active, not acknowledged", "REAL", "Extreme threat A1"]
    assert row[INCIDENT] == "KE-INC-7"
    item = panel.tree.topLevelItem(0)
    assert item is not None
    assert not item.icon(0).isNull()
    assert item.toolTip(TRAFFIC) == "Real traffic"
    panel.on_changes(feed(board, sqlite_store, ack(first)))
    assert _row(panel)[STATE] == "Active, acknowledged"
    assert "acknowledged by nps.go.ug" in _row(panel)[WHY]


@pytest.mark.usefixtures("nairobi")
def test_a_cancel_shows_why_and_by_whom(
    panel: AlarmPanel, board: AlarmBoard, sqlite_store: Store
) -> None:
    first = alert("A1")
    feed(board, sqlite_store, first)
    panel.on_changes(feed(board, sqlite_store, cancel(first, "A2", at=timedelta(minutes=4))))
    row = _row(panel)
    assert row[STATE] == "Cleared, not acknowledged"
    # the window's one clock (the queue's and the detail pane's), not UTC beside local time
    at = timefmt.local(datetime(2026, 3, 14, 9, 34, 2, tzinfo=UTC))
    assert row[WHY] == f"cancelled by police@ke.example at {at}"


@pytest.mark.usefixtures("nairobi")
def test_shelving_through_the_dialog_needs_a_reason(
    qtbot, panel: AlarmPanel, board: AlarmBoard, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    panel.on_changes(feed(board, sqlite_store, alert("A1", severity="Severe")))
    _select_first(panel)
    qtbot.mouseClick(panel.shelve_button, Qt.MouseButton.LeftButton)
    dialog = panel.shelve_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setText("bomb squad on site, known")
    dialog.duration.setCurrentIndex(2)  # 1 hour
    assert ok.isEnabled()
    with qtbot.wait_signal(panel.alarms_changed, timeout=2000) as emitted:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert isinstance(emitted.args[0], AlarmChanges)
    assert _row(panel)[STATE] == "Shelved"
    until = timefmt.local(datetime(2026, 3, 14, 10, 30, tzinfo=UTC))
    assert f"shelved by j.otieno until {until}: bomb squad on site" in _row(panel)[WHY]
    assert sqlite_store.timeline()[-1].kind == "alarm-shelved"
    _select_first(panel)
    qtbot.mouseClick(panel.unshelve_button, Qt.MouseButton.LeftButton)
    assert _row(panel)[STATE] == "Active, not acknowledged"


def test_an_actual_extreme_immediate_alarm_is_refused_in_plain_words(
    panel: AlarmPanel, board: AlarmBoard, sqlite_store: Store
) -> None:
    panel.on_changes(feed(board, sqlite_store, alert("A1")))
    _select_first(panel)
    panel.shelve_selected("noisy", None)
    assert "cannot be shelved" in panel.message.text()
    assert _row(panel)[STATE] == "Active, not acknowledged"


def test_a_flood_groups_by_incident_with_the_top_alarm_pinned(
    panel: AlarmPanel, board: AlarmBoard, sqlite_store: Store
) -> None:
    for n in range(11):
        feed(board, sqlite_store, alert(f"F{n}", severity="Moderate", at=timedelta(seconds=n)))
    critical = alert("C1", incidents=("UG-INC-2",), at=timedelta(seconds=30))
    panel.on_changes(feed(board, sqlite_store, critical))
    assert _row(panel, 0)[:4] == [
        "1 Critical",
        "Active, not acknowledged",
        "REAL",
        "Top: Extreme threat C1",
    ]
    assert panel.flood_label.isVisibleTo(panel)
    assert panel.tree.topLevelItemCount() == 2  # the pinned alarm and one incident group
    group = panel.tree.topLevelItem(1)
    assert group is not None
    assert (group.text(INCIDENT), group.childCount()) == ("KE-INC-7", 10)


def test_show_asks_for_the_newest_version_of_the_chain(
    qtbot, panel: AlarmPanel, board: AlarmBoard, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    first = alert("A1")
    newer = update(first, "A2", at=timedelta(minutes=1))
    feed(board, sqlite_store, first)
    panel.on_changes(feed(board, sqlite_store, newer))
    _select_first(panel)
    with qtbot.wait_signal(panel.alert_requested, timeout=2000) as emitted:
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [alert_id(sqlite_store, newer)]


def test_the_kpi_lines_show_the_last_hour_real_and_exercise_apart(
    qtbot, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    board = AlarmBoard(sqlite_store, console="ke-ncc-ws01", exercise_id="EX-1", clock=clock)
    panel = AlarmPanel(board, operator="j.otieno")
    qtbot.addWidget(panel)
    panel.show()
    first = alert("A1")
    feed(board, sqlite_store, first)
    feed(board, sqlite_store, ack(first, at=timedelta(seconds=45)))
    drill = alert("X1", status=cap.Status.EXERCISE, at=timedelta(minutes=1))
    feed(board, sqlite_store, drill, exercise_id="EX-1")
    clock.advance(minutes=10)
    panel.refresh()
    rows = [_row(panel, i)[1:4] for i in range(panel.tree.topLevelItemCount())]
    # the console's own exercise is "EX" (its id is in the status bar and the hover)
    assert ["Active, not acknowledged", "EX", "Extreme threat X1"] in rows
    panel.refresh_kpis()
    real, exercise = panel.kpi_label.text().split("\n")
    assert real.startswith("Real, last hour: 0.2 alarms per 10 min (peak 1)")
    assert "standing 1" in real
    assert "median time to acknowledge 45 s" in real
    assert exercise.startswith("Exercise EX-1, last hour: 0.2 alarms per 10 min")
    assert "median time to acknowledge –" in exercise
    assert "standing 1" in exercise
    # ENDEX: the list says Normal at once, and the figures follow within seconds, not 30
    # (a reviewer saw "standing 3" under three struck-through Normal alarms)
    panel.on_changes(board.endex("EX-1", by="excon"))
    qtbot.waitUntil(lambda: "standing 0" in panel.kpi_label.text().split("\n")[1], timeout=5000)


def test_the_sound_follows_the_most_urgent_annunciating_alarm(
    qtbot, board: AlarmBoard, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    sound = PrioritySound(board, sound=False)
    low = alert("L1", severity="Moderate", urgency="Expected")
    sound.on_changes(feed(board, sqlite_store, low))
    assert sound.playing is Priority.LOW
    critical = alert("C1", at=timedelta(seconds=5))
    sound.on_changes(feed(board, sqlite_store, critical))
    assert sound.playing is Priority.CRITICAL
    sound.set_muted(True)
    assert sound.playing is None
    sound.on_changes(feed(board, sqlite_store, alert("C2", at=timedelta(seconds=9))))  # new
    assert (sound.muted, sound.playing) == (False, Priority.CRITICAL)  # a new alarm resounds
    sound.on_changes(
        feed(board, sqlite_store, ack(critical), ack(alert("C2", at=timedelta(seconds=9))))
    )
    assert sound.playing is Priority.LOW


def test_every_priority_has_its_own_sound_file() -> None:
    files = [Path(sound_file(p)) for p in Priority]
    assert all(f.is_file() for f in files)
    assert len({f.read_bytes() for f in files}) == 4


def test_the_hub_feeds_ticks_and_walks_f8(
    qtbot, hub: AlarmHub, board: AlarmBoard, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    hub.start()
    low = alert("L1", severity="Moderate", urgency="Expected", expires=timedelta(minutes=5))
    critical = alert("C1", at=timedelta(seconds=5))
    raised: list[AlarmChanges] = []
    hub.alarms_changed.connect(lambda changes: raised.append(changes) if changes.raised else None)
    hub.on_changes(put(sqlite_store, low, critical))
    assert hub.wait_idle()  # the board is fed on the hub's worker
    qtbot.waitUntil(lambda: bool(raised), timeout=5000)  # and the result reaches the window
    qtbot.waitUntil(lambda: hub.sound.playing is Priority.CRITICAL, timeout=5000)
    first = hub.next_alarm()
    assert first is not None
    assert first.alert_id == alert_id(sqlite_store, critical)
    second = hub.next_alarm(first.alert_id)
    assert second is not None
    assert second.alert_id == alert_id(sqlite_store, low)
    board.clock.advance(minutes=6)  # type: ignore[attr-defined]
    hub.tick()  # the low alarm expired
    assert hub.wait_idle()
    assert hub.next_alarm(first.alert_id) is not None
    assert board.alarm_for(alert_id(sqlite_store, low)).state.value == (  # type: ignore[union-attr]
        "returned-to-normal-unacknowledged"
    )


def test_the_hub_ends_exercise_alarms_on_an_endex_control_message(
    hub: AlarmHub, board: AlarmBoard, sqlite_store: Store
) -> None:
    board.set_exercise("EX-1")
    drill = alert("X1", status=cap.Status.EXERCISE)
    real = alert("R1", at=timedelta(seconds=3))
    hub.on_changes(put(sqlite_store, drill, exercise_id="EX-1"))
    hub.on_changes(put(sqlite_store, real))
    assert hub.wait_idle()  # the board is fed on the hub's worker
    endex = ControlMessage(
        exercise="EX-1",
        state=ExerciseState.ENDED,
        command=Command.ENDEX,
        scenario_time=3600,
        speed=20.0,
        at=T0 + timedelta(hours=1),  # T+01:00:00 on the exercise clock: 3 wall minutes at x20
        by="controller@ke",
    )
    hub.on_control(endex)
    assert hub.wait_idle()  # the ENDEX ran on the board after the alerts it ends
    ended = board.alarm_for(alert_id(sqlite_store, drill))
    assert ended is not None
    assert (ended.state.value, ended.cleared_by) == ("normal", "controller@ke")
    assert ended.cleared_at == board.clock()  # the wall instant it was heard
    assert [a.alert_id for a in board.annunciating()] == [alert_id(sqlite_store, real)]


def test_a_hidden_panel_redraws_only_once_shown(
    qtbot, board: AlarmBoard, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    """Under load the alarm view of thousands of alarms is not free: a panel in a hidden tab
    skips its redraws and catches up when the operator opens it."""
    panel = AlarmPanel(board, operator="j.otieno")
    qtbot.addWidget(panel)
    changes = board.apply(put(sqlite_store, alert("H1")))
    panel.on_changes(changes)
    assert not panel.refresh_pending
    assert panel.tree.topLevelItemCount() == 0
    panel.show()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=2000)


def test_another_exercises_alarm_names_its_exercise(qtbot, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    """A console joined to EX-1 marks its own drill's alarms "EX"; one of another exercise
    says which ("EX EX-2"), and the hover names the exercise in full."""
    board = AlarmBoard(sqlite_store, console="ke-ncc-ws01", exercise_id="EX-1", clock=FakeClock())
    panel = AlarmPanel(board, operator="j.otieno")
    qtbot.addWidget(panel)
    panel.show()
    feed(board, sqlite_store, alert("X1", status=cap.Status.EXERCISE), exercise_id="EX-1")
    other = alert("Y1", status=cap.Status.EXERCISE, at=timedelta(seconds=5))
    feed(board, sqlite_store, other, exercise_id="EX-2")
    panel.refresh()
    items = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    by_title = {item.text(TITLE): item for item in items if item is not None}
    assert by_title["Extreme threat X1"].text(TRAFFIC) == "EX"
    assert by_title["Extreme threat X1"].toolTip(TRAFFIC) == "Exercise EX-1"
    assert by_title["Extreme threat Y1"].text(TRAFFIC) == "EX EX-2"
    assert by_title["Extreme threat Y1"].toolTip(TITLE) == "Extreme threat Y1"


def test_every_priority_reads_whole_in_every_language_whatever_alarm_came_first(
    qapp, board: AlarmBoard, panel: AlarmPanel, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    """The columns were sized once to the first alarms: a Medium one first left a later
    "1 Critical" cut to "1 Крити…" in Russian. Each priority and each traffic word reads
    whole, as the view itself measures it in the console's theme, in every language."""
    from incident_desk.ui.alarm_panel import PRIORITY
    from incident_desk.ui.app import apply_theme
    from incident_desk.ui.i18n import translations

    apply_theme(qapp, "dark")  # the theme's padding counts
    first = alert("A1", severity="Severe", urgency="Expected")
    panel.on_changes(feed(board, sqlite_store, first))
    assert _row(panel)[0] != "1 Critical"  # the columns are sized to a lesser one first
    try:
        for code in ("ru", "fr", "sw", "ar", "en"):
            translations().set_language(code)
            panel.on_changes(feed(board, sqlite_store, alert(f"C-{code}")))  # critical now
            _row(panel)
            for column in (PRIORITY, TRAFFIC):
                words = {panel.tree.topLevelItem(0).text(column)}
                need, room = panel.tree.sizeHintForColumn(column), panel.tree.columnWidth(column)
                assert need <= room, (code, words, need, room)
    finally:
        translations().set_language("en")


def test_at_1366_the_state_is_in_view_and_a_normal_alarm_does_not_look_standing(
    qapp, sqlite_store: Store
) -> None:  # type: ignore[no-untyped-def]
    """Under the map at 1366×768 the dock is about 350 pixels wide: with the State fourth,
    acknowledged and (after ENDEX) normal alarms read "1 Critical / 3 Medium / 4 Low" like
    standing ones, their state scrolled out of view. The state comes right after the
    priority, whole, in every language; the Alarm column takes what is left; an alarm back
    to normal is struck through (its row says "Normal" too), an acknowledged one is not
    bold."""
    from incident_desk.ui.alarm_panel import PRIORITY
    from incident_desk.ui.app import apply_theme
    from incident_desk.ui.i18n import translations

    apply_theme(qapp, "dark")
    board = AlarmBoard(sqlite_store, console="ke-ncc-ws01", exercise_id="EX-1", clock=FakeClock())
    panel = AlarmPanel(board, operator="j.otieno")
    try:
        panel.resize(350, 300)
        panel.show()
        long = "Device confirmed behind the tanker cab; cordon enlarged to 800 m"
        drill = [
            alert(
                f"X{n}",
                status=cap.Status.EXERCISE,
                headline=f"{long} {n}",
                incidents=(f"KE-INC-{n}",),
                at=timedelta(seconds=n),
            )
            for n in (1, 2)
        ]
        for message in drill:
            feed(board, sqlite_store, message, exercise_id="EX-1")
        panel.on_changes(feed(board, sqlite_store, ack(drill[0], at=timedelta(minutes=1))))
        assert {_row(panel, i)[STATE] for i in range(2)} == {
            "Active, acknowledged",
            "Active, not acknowledged",
        }
        panel.on_changes(board.endex("EX-1", by="controller@ke"))
        rows = [_row(panel, i) for i in range(panel.tree.topLevelItemCount())]
        assert rows
        assert {row[STATE] for row in rows} == {"Normal"}
        for i in range(panel.tree.topLevelItemCount()):
            item = panel.tree.topLevelItem(i)
            assert item is not None
            assert item.font(PRIORITY).strikeOut()
            assert not item.font(PRIORITY).bold()
        for code in ("en", "ru", "fr", "sw", "ar"):
            translations().set_language(code)
            panel.retranslate_ui()
            feed(board, sqlite_store, alert(f"R-{code}"))  # real, standing, not acknowledged
            panel.refresh()
            tree, header = panel.tree, panel.tree.header()
            visible = tree.viewport().width()
            # the State's whole section is in view unscrolled, and wide enough for its words
            assert header.sectionPosition(STATE) + header.sectionSize(STATE) <= visible, code
            assert tree.sizeHintForColumn(STATE) <= tree.columnWidth(STATE), code
            if code != "ru":  # (Russian's priority, state and traffic words take it all)
                assert header.sectionPosition(TITLE) < visible  # the Alarm column begins
            assert header.visualIndex(STATE) == header.visualIndex(PRIORITY) + 1
    finally:
        translations().set_language("en")
        panel.close()


def test_the_banners_most_urgent_are_the_head_of_the_full_order(
    hub: AlarmHub, board: AlarmBoard, sqlite_store: Store
) -> None:
    """The banner reads the three most urgent alarms and the count without listing every
    alarm of a flood: what it reads is the head of the full order, NO DUFF's forced first."""
    from incident_desk.ui.alarm import AlarmController
    from tests.gui.fakes import make_alert

    ctl = AlarmController(sound=False)
    ctl.attach(hub)
    messages = [
        alert(f"M{n}", severity=s, urgency=u, at=timedelta(seconds=n))
        for n, (s, u) in enumerate(
            [("Severe", "Expected"), ("Extreme", "Immediate"), ("Moderate", "Expected")] * 2
        )
    ]
    feed(board, sqlite_store, *messages)
    ctl.sync()
    assert ctl.count == 6
    for n in range(8):
        assert [i for i, _ in ctl.most_urgent(n)] == ctl.in_order()[:n]
    assert ctl.force(make_alert(900, severity="Minor", headline="Real alert during the drill"))
    assert ctl.count == 7
    assert ctl.most_urgent(1)[0][0] == 900  # NO DUFF's forced alarm leads
    for n in range(9):
        assert [i for i, _ in ctl.most_urgent(n)] == ctl.in_order()[:n]
    # then the board's order: the two Extreme/Immediate ones, the longest waiting first
    assert [i for i, _ in ctl.most_urgent(3)][1:] == [
        alert_id(sqlite_store, messages[k]) for k in (1, 4)
    ]
