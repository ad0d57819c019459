from __future__ import annotations

from PySide6.QtWidgets import QWidget

from incident_desk.ui.alarm import AlarmBanner, AlarmController, is_alarming
from tests.gui.fakes import make_alert


def test_which_alerts_alarm() -> None:
    assert is_alarming(make_alert(1, severity="Extreme", urgency="Immediate"), None)
    assert is_alarming(make_alert(1, severity="Severe", urgency="Immediate"), None)
    assert not is_alarming(make_alert(1, severity="Severe", urgency="Expected"), None)
    assert not is_alarming(make_alert(1, severity="Moderate", urgency="Immediate"), None)
    assert not is_alarming(
        make_alert(1, severity="Extreme", urgency="Immediate", msg_type="Cancel"), None
    )
    ex = make_alert(
        1, severity="Extreme", urgency="Immediate", status="Exercise", exercise_id="EX-1"
    )
    assert not is_alarming(ex, None)  # a real-mode console ignores drills
    assert is_alarming(ex, "EX-1")  # ... the joined exercise alarms
    assert not is_alarming(ex, "EX-2")
    assert not is_alarming(
        make_alert(1, severity="Extreme", urgency="Immediate", status="Test"), None
    )


def test_alarm_runs_until_acknowledged(qtbot) -> None:
    ctl = AlarmController(sound=False)
    rows = [
        make_alert(1, severity="Extreme", urgency="Immediate"),
        make_alert(2),
        make_alert(3, severity="Severe", urgency="Immediate"),
    ]
    with qtbot.wait_signals([ctl.alarm_started, ctl.alarm_started], timeout=1000):
        assert ctl.consider(rows) == [1, 3]
    assert set(ctl.active) == {1, 3}
    assert ctl.playing
    assert not ctl.has_audio
    assert ctl.consider(rows) == []  # no second start for the same alert
    with qtbot.wait_signal(ctl.alarm_stopped, timeout=1000) as stopped:
        ctl.acknowledge(1)
    assert stopped.args == [1]
    assert ctl.playing
    ctl.acknowledge(3)
    assert not ctl.active
    assert not ctl.playing


def test_already_acknowledged_do_not_alarm() -> None:
    ctl = AlarmController(sound=False)
    assert (
        ctl.consider([make_alert(1, severity="Extreme", urgency="Immediate")], acknowledged={1})
        == []
    )
    assert not ctl.playing


def test_mute_silences_but_keeps_the_alarm(qtbot) -> None:
    ctl = AlarmController(sound=False)
    ctl.consider([make_alert(1, severity="Extreme", urgency="Immediate")])
    ctl.toggle_mute()
    assert ctl.muted
    assert not ctl.playing
    assert set(ctl.active) == {1}
    ctl.toggle_mute()
    assert ctl.playing


def test_banner_flashes_lists_and_hides(qtbot) -> None:
    ctl = AlarmController(sound=False)
    host = QWidget()  # inside a window, as in the app (a top-level banner upsets offscreen Qt)
    qtbot.addWidget(host)
    banner = AlarmBanner(ctl, host)
    assert banner.isHidden()
    assert not banner.flashing
    ctl.consider(
        [make_alert(7, severity="Extreme", urgency="Immediate", headline="Gunfire at <market>")]
    )
    assert not banner.isHidden()
    assert banner.flashing
    assert "Gunfire at <market>" in banner.text()
    first = banner.styleSheet()
    qtbot.waitUntil(lambda: banner.styleSheet() != first, timeout=2000)  # it alternates
    with qtbot.wait_signal(banner.alert_requested, timeout=1000) as req:
        banner.show_button.click()
    assert req.args == [7]
    banner.mute_button.click()
    assert ctl.muted
    assert "sound muted" in banner.text()
    ctl.acknowledge(7)
    assert banner.isHidden()
    assert not banner.flashing


def test_controller_works_without_an_audio_device(qtbot) -> None:
    ctl = AlarmController(sound=True)  # offscreen CI: no QtMultimedia backend or no device
    ctl.consider([make_alert(1, severity="Severe", urgency="Immediate")])
    assert ctl.playing
    if not ctl.has_audio:
        assert ctl.active[1].id == 1
    ctl.acknowledge(1)
    assert not ctl.playing


def test_no_text_of_the_banner_widens_the_window_and_muted_is_said_before_the_rest(
    qtbot,
) -> None:
    """The count line in Russian needed 400 pixels: with an alarm up the centre column grew
    by 45 and the incident board's titles shrank to five letters. The banner's lines are cut
    to the width it is given; what the operator must not miss comes first."""
    ctl = AlarmController(sound=False)
    host = QWidget()
    qtbot.addWidget(host)
    banner = AlarmBanner(ctl, host)
    host.show()
    ctl.consider([make_alert(i, severity="Extreme", urgency="Immediate") for i in (1, 2, 3, 4)])
    ctl.set_muted(True)
    buttons = banner.show_button.sizeHint().width() + banner.mute_button.sizeHint().width()
    full = banner.label.fontMetrics().horizontalAdvance(banner.label.toolTip())
    assert banner.minimumSizeHint().width() < buttons + 60 < full + buttons
    banner.resize(buttons + 320, banner.sizeHint().height())
    assert banner.label.text().startswith("ALARM: 4 unacknowledged — sound muted")
    assert banner.label.text().endswith("…")
    assert (
        banner.label.toolTip()
        == "ALARM: 4 unacknowledged — sound muted (+2 more in the Alarms tab)"
    )


def test_the_banner_stays_three_lines_at_most_and_names_the_most_urgent(qtbot) -> None:
    ctl = AlarmController(sound=False)
    host = QWidget()
    qtbot.addWidget(host)
    banner = AlarmBanner(ctl, host)
    host.resize(520, 200)  # the centre column of a 1366-pixel screen, or less
    host.show()
    one_line = banner.lines[0].fontMetrics().height()
    long = "Armed group reported moving from the border crossing towards the market " * 2
    ctl.consider([make_alert(7, severity="Extreme", urgency="Immediate", headline="Short one")])
    height_with_one = banner.sizeHint().height()
    ctl.consider(
        [make_alert(i, severity="Extreme", urgency="Immediate", headline=long) for i in (8, 9, 10)]
    )
    banner.resize(520, banner.sizeHint().height())
    assert banner.sizeHint().height() <= height_with_one + one_line + 4  # one more line, no wrap
    assert banner.label.text().startswith("ALARM: 4 unacknowledged")
    assert "ALARM: 4 unacknowledged (+2 more in the Alarms tab)" in banner.text()
    assert banner.label.toolTip() == "ALARM: 4 unacknowledged (+2 more in the Alarms tab)"
    # cut to the width in its headline, with a mark; severity/urgency and sender whole
    shown = banner.lines[0].text()
    assert shown.startswith("Extreme/Immediate · Armed group")
    assert shown.endswith("… — nps.go.ke")
    assert long.strip() in banner.lines[0].toolTip()  # the whole text on hover
    assert long.strip() in banner.text()
    with qtbot.wait_signal(banner.alert_requested, timeout=1000) as req:
        banner.show_button.click()
    assert req.args == [10]  # without a board: the newest first
