"""The exercise controller's panel as a controller uses it: ad-hoc injects that are never lost,
the NO DUFF line that goes with its hold, the MSEL in the controller's language and clocks,
its buttons whole and its rows visible.

Real Mosquitto, SQLite, scenario player and main window, as in ``test_exercise_panel.py``
(whose ``running_drill`` builds the controller's console).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QStyle

from incident_desk import cap, timefmt
from incident_desk.errors import BusError
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.topics import Mode, alert_topic
from incident_desk.ui.i18n import translations
from incident_desk.ui.models.msel_table import Column
from tests.gui.test_exercise_panel import ARRIVE_MS, CTRL_ALT, Drill, running_drill
from tests.helpers.brokers import MosquittoBroker, bus_settings, publish_alert
from tests.helpers.capgen import alert_bytes

pytestmark = [
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints",
        # offscreen cannot raise a window: the dialog raised again (ad-hoc) is what it checks
        "This plugin does not support raise",
        r"QRhiGles2: Failed to create",
        r"Failed to create RHI",
        r"GPUInfo not initialized",
        r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
    ),
]

NO_DUFF_LOGGED = pytest.mark.logs_expected(
    "incident_desk.runtime", "incident_desk.ui", match="NO DUFF"
)


@pytest.fixture
def drill(
    qtbot: Any, mosquitto: MosquittoBroker, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Drill]:
    """The controller's console; ``indirect`` parametrisation names its language."""
    with running_drill(qtbot, mosquitto, tmp_path, getattr(request, "param", "en")) as drill:
        yield drill


def _startex(qtbot: Any, drill: Drill) -> None:
    qtbot.mouseClick(drill.panel.buttons["startex"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drill.panel.model.state(1) == "sent", timeout=ARRIVE_MS)


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# -- ad-hoc injects ----------------------------------------------------------------------------


def test_a_second_ad_hoc_request_raises_the_open_dialog_whose_ok_sends(
    qtbot: Any, drill: Drill
) -> None:
    """A filled dialog, then the button and Ctrl+Alt+A again: the one dialog comes back with
    what was typed, and its OK sends it (a second, empty dialog took the first one's place
    and the first one's OK sent nothing, without a word)."""
    _startex(qtbot, drill)
    panel = drill.panel
    qtbot.mouseClick(panel.buttons["adhoc"], Qt.MouseButton.LeftButton)
    first = panel.adhoc_dialog
    assert first is not None
    assert first.isVisible()
    text = "Driver of the fuel tanker found at the Busia weighbridge; he asks for the police."
    first.text.setPlainText(text)
    first.expected.setText("Log it and inform UPF Tororo")
    qtbot.mouseClick(panel.buttons["adhoc"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(drill.window, Qt.Key.Key_A, CTRL_ALT)
    assert panel.adhoc_dialog is first
    assert first.isVisible()
    assert first.text.toPlainText() == text
    assert [d for d in panel.findChildren(type(first)) if d.isVisible()] == [first]

    _ok(first)
    assert not first.isVisible()
    assert [i.message.text for i in drill.controller.adhoc_injects()] == [text]
    assert drill.panel.model.state(17) == "sent"
    assert drill.window.message_bar.label.text() == "Ad-hoc inject 17 sent."
    # the next request opens a fresh, empty dialog
    panel.open_adhoc_dialog()
    assert panel.adhoc_dialog is not first
    assert panel.adhoc_dialog is not None
    assert panel.adhoc_dialog.text.toPlainText() == ""


def test_a_refused_ad_hoc_inject_keeps_the_dialog_open_with_the_reason(
    qtbot: Any, drill: Drill, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The send happens before the dialog closes: refused (the bus, ENDEX meanwhile), the
    dialog says why and keeps what was typed (it had closed, the text lost)."""
    _startex(qtbot, drill)
    panel = drill.panel
    panel.open_adhoc_dialog()
    dialog = panel.adhoc_dialog
    assert dialog is not None
    dialog.cap_mode.setChecked(True)
    dialog.headline.setText("Second device reported at Malaba rail siding")

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise BusError("the broker refused the message")

    with monkeypatch.context() as patched:
        patched.setattr(drill.controller, "inject_adhoc", refused)
        _ok(dialog)
        assert dialog.isVisible()
        assert dialog.problem.isVisible()
        assert "the broker refused the message" in dialog.problem.text()
        assert dialog.headline.text() == "Second device reported at Malaba rail siding"

    drill.controller.endex()  # another controller's ENDEX, or Ctrl+Alt+E, while it is open
    _ok(dialog)
    assert dialog.isVisible()
    assert "ended" in dialog.problem.text()
    assert dialog.headline.text() == "Second device reported at Malaba rail siding"
    assert drill.controller.adhoc_injects() == []
    assert dialog.inject is None
    dialog.reject()


# -- NO DUFF -----------------------------------------------------------------------------------


@pytest.fixture
def real_agency(mosquitto: MosquittoBroker) -> Iterator[AlertPublisher]:
    client = BusClient(bus_settings(mosquitto.url, "agency-ug-upf-real"))
    client.connect_and_wait(10)
    try:
        yield AlertPublisher(client)
    finally:
        client.stop()


def _real_alert(qtbot: Any, drill: Drill, publisher: AlertPublisher) -> None:
    alert, data = alert_bytes(907, headline="Real fire at Malaba fuel depot", sender="upf.go.ug")
    assert alert.status is cap.Status.ACTUAL
    publish_alert(publisher, alert_topic(Mode.ACTUAL, "UG", "upf"), alert, data)
    qtbot.waitUntil(lambda: drill.controller.state == "no_duff", timeout=ARRIVE_MS)
    bar = drill.window.message_bar
    qtbot.waitUntil(lambda: "Malaba fuel depot" in bar.label.text(), timeout=ARRIVE_MS)


@NO_DUFF_LOGGED
def test_the_no_duff_line_goes_when_play_resumes(
    qtbot: Any, drill: Drill, real_agency: AlertPublisher
) -> None:
    """After Resume the status says "running" and the red line said the clock was held."""
    _startex(qtbot, drill)
    _real_alert(qtbot, drill, real_agency)
    bar = drill.window.message_bar
    assert "Real fire at Malaba fuel depot" in bar.label.text()
    assert "the exercise clock is held" in bar.label.text()
    assert bar.level == "error"
    drill.window.no_duff_overlay.dismiss()
    qtbot.mouseClick(drill.panel.buttons["resume"], Qt.MouseButton.LeftButton)
    assert drill.controller.state == "running"
    assert not bar.isVisible()


@NO_DUFF_LOGGED
def test_the_no_duff_line_goes_at_endex_but_not_a_later_line(
    qtbot: Any, drill: Drill, real_agency: AlertPublisher
) -> None:
    _startex(qtbot, drill)
    _real_alert(qtbot, drill, real_agency)
    drill.window.no_duff_overlay.dismiss()
    bar = drill.window.message_bar
    drill.controller.endex()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    # a line shown since is not the panel's to take away
    bar.show_message("Directory loaded from x.yaml.", "error")
    drill.panel.refresh_clock()
    assert bar.isVisible()


@NO_DUFF_LOGGED
@pytest.mark.parametrize("drill", ["fr"], indirect=True)
def test_the_no_duff_line_and_overlay_speak_the_controllers_language(
    qtbot: Any, drill: Drill, real_agency: AlertPublisher
) -> None:
    """The line and the overlay's "Exercise control" were the English summary the control
    topic carries ("NO DUFF: real Alert from …"); both are rendered from its message id."""
    _startex(qtbot, drill)
    _real_alert(qtbot, drill, real_agency)
    [event] = drill.controller.no_duff_events
    line = drill.window.message_bar.label.text()
    assert event.summary not in line
    assert "Alerte" in line  # CAP's message type in French
    assert "Real fire at Malaba fuel depot" in line  # the headline is data
    overlay = drill.window.no_duff_overlay
    qtbot.waitUntil(lambda: "Conduite de l’exercice" in overlay.details.text(), timeout=ARRIVE_MS)
    assert "real Alert from" not in overlay.details.text()
    assert "Alerte" in overlay.details.text()


# -- the MSEL --------------------------------------------------------------------------------


@pytest.mark.parametrize("drill", ["fr"], indirect=True)
def test_the_msels_messages_read_in_the_controllers_language(drill: Drill) -> None:
    """CAP's message type and a unit's status in French, the unit by its callsign (Arabic
    read "CAP Alert: …" and "Unit krcs-amb-1 → on_scene")."""
    model = drill.panel.model
    first = model.index(model.row_of(1), Column.MESSAGE).data()
    assert first.startswith("Alerte CAP")
    assert "Possible explosive device" in first
    unit = next(
        i.number
        for i in drill.scenario.injects
        if i.message.unit is not None and i.message.unit.unit == "krcs-amb-1"
    )
    text = model.index(model.row_of(unit), Column.MESSAGE).data()
    assert "KRCS-BUSIA-AMB-1" in text
    assert "sur place" in text
    assert "krcs-amb-1" not in text
    assert "on_scene" not in text


def test_the_msel_says_which_clock_each_time_is_on(qtbot: Any, drill: Drill) -> None:
    """ "Sent at" was a bare local clock time beside exercise-clock offsets: the header says
    it is the wall clock and the time's hover gives its date, zone and UTC."""
    _startex(qtbot, drill)
    model = drill.panel.model
    row = model.row_of(1)
    record = model.record(1)
    assert record is not None
    assert record.sent_at is not None
    header = model.headerData(Column.SENT_AT, Qt.Orientation.Horizontal)
    assert "wall clock" in header
    tip = model.headerData(Column.SENT_AT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "local time" in tip
    assert timefmt.local(record.sent_at).rsplit(" ", 1)[1] in tip
    offset_tip = model.headerData(
        Column.OFFSET, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "exercise clock" in offset_tip
    cell = model.index(row, Column.SENT_AT)
    assert cell.data() == timefmt.clock(record.sent_at)
    hover = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert timefmt.local(record.sent_at) in hover
    assert timefmt.utc(record.sent_at) in hover


def _button_cut(button: Any) -> bool:
    margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    needed = QFontMetrics(button.font()).horizontalAdvance(button.text()) + 2 * margin
    return button.width() < needed


@pytest.mark.parametrize("drill", ["ar"], indirect=True)
def test_the_panels_buttons_are_whole_in_arabic_at_1366(qtbot: Any, drill: Drill) -> None:
    """ "Fire contingency" lost its first letter in Arabic at 1366×768 (a three-column grid
    of equal cells); each button now has its label's width and stays inside the panel."""
    window = drill.window
    window.resize(1366, 768 - 60)
    window.show()
    window.layout_keeper.size_docks()
    assert window.exercise_dock is not None
    window.exercise_dock.raise_()
    qtbot.wait(200)
    panel = drill.panel
    room = panel.rect()
    for name, button in {**panel.buttons, "answer_key": panel.answer_key}.items():
        assert not _button_cut(button), (name, button.text(), button.width())
        placed = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
        assert room.contains(placed), (name, placed, room)
    assert window.minimumSizeHint().width() <= 1366


@pytest.mark.parametrize("drill", ["en", "ar"], indirect=True)
@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_msel_shows_several_injects(qtbot: Any, drill: Drill, size: tuple[int, int]) -> None:
    """Two of sixteen MSEL rows showed at 1920×1080: the table keeps at least four rows
    in view (``ExercisePanel.MIN_ROWS``), and the window still fits its screen (Arabic's
    taller lines too)."""
    width, height = size
    window = drill.window
    window.resize(width, height - 60)
    window.show()
    window.layout_keeper.size_docks()  # under 900 pixels high: the tabs go under the map
    qtbot.wait(200)  # the docks settle in their places
    window.resize(width, height - 60)
    assert window.exercise_dock is not None
    window.exercise_dock.raise_()
    qtbot.wait(200)
    view = drill.panel.view
    rows = view.viewport().height() // view.rowHeight(0)
    assert rows >= 4, rows
    assert window.minimumSizeHint().height() <= height - 60
    assert window.height() == height - 60


def test_a_language_switch_keeps_the_msel_worded(qtbot: Any, drill: Drill) -> None:
    """The MSEL's words are looked up when shown: a switch to French rewords them."""
    model = drill.panel.model
    translations().set_language("fr")
    try:
        assert model.index(0, Column.MESSAGE).data().startswith("Alerte CAP")
    finally:
        translations().set_language("en")
    assert re.match(r"CAP Alert: ", model.index(0, Column.MESSAGE).data())
