"""The exercise controller panel on a real console: real Mosquitto, SQLite, the real scenario
player behind ``ExerciseController``, the real main window (wired like ``run_gui``).

The console joins the drill as Uganda Police (``upf``) and runs the drill's controller
(``incident-desk gui --controller``); what the controller sends reaches the console's queue
through the broker and the ingest, and the MSEL shows each inject's state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTabBar

from incident_desk import timefmt
from incident_desk.changes import Changes
from incident_desk.display import strip_exercise_marking
from incident_desk.runtime import (
    DEMO_SCENARIO,
    ConsoleRuntime,
    ExerciseController,
    controller_runtime,
)
from incident_desk.scenario import Method, Scenario, identifier_for, load_scenario
from incident_desk.settings import Settings
from incident_desk.ui.alarm_panel import AlarmPanel
from incident_desk.ui.app import window_for_runtime
from incident_desk.ui.bidi import LRI, PDI
from incident_desk.ui.exercise_panel import ExercisePanel
from incident_desk.ui.handover_dialog import ProposeHandoverDialog
from incident_desk.ui.i18n import PSEUDO, translations
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.incident_table import Column as IncidentColumn
from incident_desk.ui.models.msel_table import Column
from incident_desk.ui.models.queue_columns import Column as QueueColumn
from incident_desk.ui.theme import apply_theme
from tests.gui.fakes import wait_loaded
from tests.gui.test_i18n_switch import choose, shown_texts, text_differences
from tests.gui.textwalk import findings
from tests.helpers.brokers import MosquittoBroker, bus_settings

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ARRIVE_MS = 15_000  # controller → broker → ingest → store → bridge → coalesced refresh
OBSERVE_MS = 10_000  # the MSEL reads acknowledgements at most every 2 s

pytestmark = pytest.mark.qt_log_ignore(
    # offscreen has no window manager to tell about size hints; not our code
    "This plugin does not support propagateSizeHints",
    # the window's live map (QtWebEngine): offscreen without a GPU (as in test_console_live.py)
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI",
    r"GPUInfo not initialized",
    r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
)


def _row(drill: Drill, alert_id: int, *, headline: str) -> Any:
    """A queue row of an alarming exercise alert (what the feed gives the alarm controller)."""
    from tests.gui.fakes import make_alert

    return make_alert(
        alert_id,
        severity="Extreme",
        urgency="Immediate",
        headline=headline,
        status="Exercise",
        exercise_id=drill.scenario.exercise.id,
    )


@dataclass
class Drill:
    runtime: ConsoleRuntime
    window: MainWindow
    panel: ExercisePanel
    controller: ExerciseController
    scenario: Scenario

    def identifier(self, number: int) -> str:
        inject = next(i for i in self.scenario.injects if i.number == number)
        return identifier_for(self.scenario, inject)

    def state(self, number: int) -> str:
        row = self.panel.model.row_of(number)
        assert row is not None
        return str(self.panel.model.index(row, Column.STATE).data())

    def queue_identifiers(self) -> set[str]:
        model = self.window.model
        return {model.row_at(r).identifier for r in range(model.rowCount())}


@contextmanager
def running_drill(
    qtbot: Any, mosquitto: MosquittoBroker, folder: Path, language: str = "en"
) -> Iterator[Drill]:
    """The controller's console of the demo drill, started in ``language`` in the console's
    theme, as ``incident-desk gui`` starts it: the theme before the window is built (applied
    after, it left the window 31 pixels wider in Swahili than the console is, so a check of
    the board's room passed or failed with the order the tests ran in)."""
    apply_theme(QApplication.instance(), "dark")  # type: ignore[arg-type]
    translations().set_language(language)
    settings = Settings(
        broker=bus_settings(mosquitto.url, "idesk-ws-upf"),
        database_url=f"sqlite:///{folder / 'console.db'}",
        country="UG",
        agency="upf",
        sender="upf.go.ug",
        operator="c.controller",
        workstation="ws-excon",
    )
    runtime = controller_runtime(settings, DEMO_SCENARIO, speed=1.0)
    assert runtime.controller is not None
    window = window_for_runtime(runtime, sound=False)
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    with qtbot.waitActive(window, timeout=5000):  # the shortcuts need the active window
        window.show()
        window.activateWindow()
    runtime.start()
    try:
        # nothing the controller sends may miss the console's session
        assert runtime.bus.wait_subscribed(10)
        assert window.exercise_panel is not None
        yield Drill(
            runtime,
            window,
            window.exercise_panel,
            runtime.controller,
            load_scenario(DEMO_SCENARIO),
        )
    finally:
        window.close()
        runtime.stop()
        translations().set_language("en")


@pytest.fixture
def drill(
    qtbot: Any, mosquitto: MosquittoBroker, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Drill]:
    """The controller's console; ``indirect`` parametrisation names its language (English)."""
    with running_drill(qtbot, mosquitto, tmp_path, getattr(request, "param", "en")) as drill:
        yield drill


I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = sorted(p.stem.rpartition("_")[2] for p in I18N.glob("incident_desk_*.ts"))


def _startex(qtbot: Any, drill: Drill) -> None:
    qtbot.mouseClick(drill.panel.buttons["startex"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drill.state(1) == "sent", timeout=ARRIVE_MS)


def test_msel_lists_every_inject_before_startex(qtmodeltester: Any, drill: Drill) -> None:
    qtmodeltester.check(drill.panel.model)
    model = drill.panel.model
    assert model.rowCount() == len(drill.scenario.injects)
    assert [model.entry_at(r).number for r in range(model.rowCount())] == list(range(1, 17))
    assert drill.state(1) == "pending"
    assert drill.state(7) == "held (contingency for 4)"
    assert model.index(0, Column.ROUTE).data() == "nps → bpu, upf, ura, ndoc"
    assert model.index(0, Column.MESSAGE).data().startswith("CAP Alert: Possible explosive")
    assert drill.panel.buttons["startex"].isEnabled()
    assert not drill.panel.buttons["pause"].isEnabled()
    assert drill.panel.clock_label.text() == "+00:00:00"
    assert drill.window.exercise_dock is not None
    assert drill.window.exercise_dock.isVisible()


@pytest.mark.parametrize("drill", ["ru"], indirect=True)
def test_the_msel_speaks_the_controllers_language(qtbot: Any, drill: Drill) -> None:
    """Inject states and the contingency note in Russian (they read "sent", "held
    (contingency for 4)" in every language before)."""
    assert drill.state(1) == "ожидает"
    assert drill.state(7) == "удержано (резерв для 4)"
    # how each inject is delivered, in words (it read "system", "phone" before); the demo
    # drill uses every method there is
    methods = {i.number: str(i.method) for i in drill.scenario.injects}
    assert set(methods.values()) == {str(m) for m in Method}
    words = {
        "system": "система",
        "phone": "телефон",
        "radio": "радио",
        "email": "эл. почта",
        "in_person": "лично",
        "media": "СМИ",
    }
    model = drill.panel.model
    shown = {n: model.index(model.row_of(n), Column.METHOD).data() for n in methods}
    assert shown == {n: words[m] for n, m in methods.items()}
    qtbot.mouseClick(drill.panel.buttons["startex"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drill.state(1) == "отправлено", timeout=ARRIVE_MS)
    # why an expected action is or is not observed (the tooltip): the report's words
    unsent = next(i.number for i in drill.scenario.injects if i.kind == "cap" and i.number > 1)
    observed = model.index(model.row_of(unsent), Column.OBSERVED)
    qtbot.waitUntil(
        lambda: observed.data(Qt.ItemDataRole.ToolTipRole) is not None, timeout=OBSERVE_MS
    )
    assert "оповещения этой вводной нет в хранилище" in observed.data(Qt.ItemDataRole.ToolTipRole)


def test_startex_sends_the_first_inject_to_the_msel_and_the_queue(
    qtbot: Any, qtmodeltester: Any, drill: Drill
) -> None:
    qtmodeltester.check(drill.panel.model)
    _startex(qtbot, drill)
    assert drill.controller.state == "running"
    qtbot.waitUntil(lambda: drill.identifier(1) in drill.queue_identifiers(), timeout=ARRIVE_MS)
    row = drill.panel.model.row_of(1)
    assert drill.panel.model.index(row, Column.SENT_AT).data() != ""
    assert drill.state(2) == "pending"  # at +00:03:00, three real minutes away at x1
    qtbot.waitUntil(lambda: "running" in drill.window.exercise_state.text(), timeout=ARRIVE_MS)
    # beside the mode badge, which names the exercise: "EXERCISE EX-… | running ×1 +00:00:…"
    # (the state line said "EXERCISE EX-…:" again, past a 1366-pixel screen in Swahili)
    window = drill.window
    window.show()
    qtbot.waitUntil(window.exercise_state.isVisible, timeout=2000)
    badge, state, broker = window.mode_badge, window.exercise_state, window.connection
    exercise = drill.scenario.exercise.id
    assert exercise in badge.text()
    assert exercise not in state.text()
    assert badge.geometry().right() < state.geometry().left()
    assert state.geometry().right() < broker.geometry().left()

    # the console (upf) acknowledges inject 1: the MSEL shows who acknowledged it
    alert_id = next(
        drill.window.model.row_at(r).id
        for r in range(drill.window.model.rowCount())
        if drill.window.model.row_at(r).identifier == drill.identifier(1)
    )
    assert drill.window.select_alert(alert_id)
    drill.window.acknowledge_selected()  # what Ctrl+K does
    qtbot.waitUntil(
        lambda: drill.panel.model.index(row, Column.ACKED_BY).data() == "upf.go.ug",
        timeout=OBSERVE_MS,
    )


def test_an_injects_times_are_read_on_the_exercise_clock(qtbot: Any, drill: Drill) -> None:
    """The scenario player stamps an inject on the exercise clock, which a drill at x20 runs
    ahead of the wall clock: the detail pane says "EX T+…" (as the exercise panel and the
    status bar do) and when the alert arrived on the wall clock, never a bare clock time an
    operator would set against the queue's "Received"."""
    _startex(qtbot, drill)
    qtbot.waitUntil(lambda: drill.identifier(1) in drill.queue_identifiers(), timeout=ARRIVE_MS)
    model = drill.window.model
    row = next(
        model.row_at(r)
        for r in range(model.rowCount())
        if model.row_at(r).identifier == drill.identifier(1)
    )
    assert drill.window.select_alert(row.id)
    detail = drill.window.detail
    qtbot.waitUntil(lambda: "EX T+" in detail.essentials.text(), timeout=5000)
    essentials = detail.essentials.text()
    assert "Sent:</b> EX T+00:00:00 — " in essentials
    assert "expires</b> EX T+" in essentials
    assert f"received</b> {timefmt.local(row.received_at)}" in essentials
    body = detail.body.toPlainText()
    assert "EX T+00:00:00 — EX " in body
    assert "(exercise clock)" in body
    # the wall-clock "Received" row is untouched
    assert timefmt.utc(row.received_at) in body


def test_pause_holds_the_clock_and_resume_continues_it(qtbot: Any, drill: Drill) -> None:
    _startex(qtbot, drill)
    qtbot.waitUntil(lambda: drill.controller.scenario_seconds() >= 1, timeout=5000)
    qtbot.mouseClick(drill.panel.buttons["pause"], Qt.MouseButton.LeftButton)
    assert drill.controller.state == "paused"
    held = drill.controller.clock.now()
    shown = drill.panel.clock_label.text()
    qtbot.wait(1200)
    assert drill.controller.clock.now() == held
    assert drill.panel.clock_label.text() == shown
    assert drill.panel.buttons["resume"].isEnabled()
    assert not drill.panel.buttons["pause"].isEnabled()
    qtbot.mouseClick(drill.panel.buttons["resume"], Qt.MouseButton.LeftButton)
    assert drill.controller.state == "running"
    qtbot.waitUntil(lambda: drill.controller.clock.now() > held + 0.5, timeout=5000)


def test_a_faster_speed_releases_the_next_inject_sooner(qtbot: Any, drill: Drill) -> None:
    _startex(qtbot, drill)
    box = drill.panel.speed_box
    index = box.findData(100.0)
    assert index >= 0
    box.setCurrentIndex(index)
    box.activated.emit(index)  # what a choice in the list does
    assert drill.controller.speed == 100.0
    assert "×100" in drill.panel.state_label.text()
    # inject 2 is at +00:03:00: 1.8 s at x100 (three minutes at x1)
    qtbot.waitUntil(lambda: drill.state(2) == "sent", timeout=10_000)
    qtbot.mouseClick(drill.panel.buttons["pause"], Qt.MouseButton.LeftButton)
    drill.panel.slower()
    assert drill.controller.speed == 50.0
    assert box.currentData() == 50.0


def test_step_and_jump_while_paused(qtbot: Any, qtmodeltester: Any, drill: Drill) -> None:
    qtmodeltester.check(drill.panel.model)
    _startex(qtbot, drill)
    qtbot.mouseClick(drill.panel.buttons["pause"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(drill.panel.buttons["step"], Qt.MouseButton.LeftButton)
    assert drill.state(2) == "sent"
    assert drill.panel.clock_label.text() == "+00:03:00"
    assert drill.controller.state == "paused"

    assert drill.panel.select_inject(6)
    qtbot.mouseClick(drill.panel.buttons["jump"], Qt.MouseButton.LeftButton)
    assert [drill.state(n) for n in (3, 4, 5)] == ["skipped"] * 3
    assert drill.state(6) == "pending"
    assert drill.panel.clock_label.text() == "+00:12:00"
    qtbot.mouseClick(drill.panel.buttons["step"], Qt.MouseButton.LeftButton)
    assert drill.state(6) == "sent"
    qtbot.waitUntil(lambda: drill.identifier(6) in drill.queue_identifiers(), timeout=ARRIVE_MS)
    assert drill.identifier(4) not in drill.queue_identifiers()  # skipped: never sent


def test_adhoc_cap_inject_arrives_in_the_queue(
    qtbot: Any, qtmodeltester: Any, drill: Drill
) -> None:
    qtmodeltester.check(drill.panel.model)
    _startex(qtbot, drill)
    qtbot.mouseClick(drill.panel.buttons["adhoc"], Qt.MouseButton.LeftButton)
    dialog = drill.panel.adhoc_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.cap_mode.setChecked(True)
    dialog.from_agency.setCurrentIndex(dialog.from_agency.findData("ura"))
    qtbot.keyClicks(dialog.headline, "Second tanker reported at Busia")
    dialog.severity.setCurrentText("Extreme")
    dialog.accept()

    model = drill.panel.model
    assert model.rowCount() == 17
    assert model.index(16, Column.NUMBER).data() == "17 (ad hoc)"
    assert drill.state(17) == "sent"
    assert model.index(16, Column.ROUTE).data().startswith("ura → ")
    identifier = drill.controller.adhoc_identifier(17)

    def arrived() -> Any:
        rows = [drill.window.model.row_at(r) for r in range(drill.window.model.rowCount())]
        return next((r for r in rows if r.identifier == identifier), None)

    qtbot.waitUntil(lambda: arrived() is not None, timeout=ARRIVE_MS)
    row = arrived()
    assert "Second tanker reported at Busia" in row.headline
    assert row.status == "Exercise"
    assert row.exercise_id == drill.scenario.exercise.id
    assert row.severity == "Extreme"
    assert row.sender == "ura.go.ug"

    # acknowledged at this console: the MSEL's ad-hoc row says by whom (read off the GUI thread)
    assert drill.window.select_alert(row.id)
    drill.window.acknowledge_selected()
    qtbot.waitUntil(
        lambda: model.index(16, Column.ACKED_BY).data() == "upf.go.ug", timeout=OBSERVE_MS
    )


def test_adhoc_free_text_needs_text(qtbot: Any, drill: Drill) -> None:
    _startex(qtbot, drill)
    drill.panel.open_adhoc_dialog()
    dialog = drill.panel.adhoc_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.expected, "Press officer answers")
    dialog.accept()  # no text typed: said in the dialog, which keeps what was typed
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "Type the message text" in dialog.problem.text()
    assert dialog.expected.text() == "Press officer answers"
    assert drill.panel.model.rowCount() == 16  # nothing sent
    qtbot.keyClicks(dialog.text, "Journalist calls the border post about a tanker")
    dialog.accept()
    assert drill.state(17) == "sent"
    assert "Journalist calls" in drill.panel.model.index(16, Column.MESSAGE).data()
    assert not dialog.isVisible()


def test_adhoc_dialog_speaks_the_controllers_language(qtbot: Any, drill: Drill) -> None:
    """CAP's code words in French in the lists; the alert keeps the code value."""
    translations().set_language("fr")
    try:
        drill.panel.open_adhoc_dialog()
        dialog = drill.panel.adhoc_dialog
        assert dialog is not None
        assert dialog.severity.currentText() == "Sévère"
        assert dialog.severity.currentData() == "Severe"
        assert dialog.urgency.currentText() == "Immédiate"
        assert dialog.expected.text() == ""  # no English text to send by mistake
        dialog.cap_mode.setChecked(True)
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.problem.text().startswith("⚠ ")
        assert "Type the CAP alert" not in dialog.problem.text()  # said in French
        dialog.reject()
    finally:
        translations().set_language("en")


def test_fire_a_held_contingency_inject(qtbot: Any, drill: Drill) -> None:
    _startex(qtbot, drill)
    assert drill.panel.select_inject(7)
    assert drill.panel.buttons["contingency"].isEnabled()
    assert drill.panel.select_inject(4)
    assert not drill.panel.buttons["contingency"].isEnabled()  # not a contingency inject
    assert drill.panel.select_inject(7)
    qtbot.mouseClick(drill.panel.buttons["contingency"], Qt.MouseButton.LeftButton)
    assert drill.state(7) == "sent"
    record = drill.controller.player.record(7)
    assert record.state == "sent"
    assert record.topic is not None
    assert record.topic.startswith(f"idesk/v1/exercise/{drill.scenario.exercise.id}/")
    assert not drill.panel.buttons["contingency"].isEnabled()


def test_keyboard_shortcuts_drive_the_clock(qtbot: Any, drill: Drill) -> None:
    window = drill.window
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_ALT)
    qtbot.waitUntil(lambda: drill.state(1) == "sent", timeout=ARRIVE_MS)
    assert drill.controller.state == "running"
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_ALT)
    assert drill.controller.state == "paused"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_ALT)
    assert drill.state(2) == "sent"
    qtbot.keyClick(window, Qt.Key.Key_Up, CTRL_ALT)
    assert drill.controller.speed == 2.0
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_ALT)
    assert drill.controller.state == "running"
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_ALT)
    assert drill.controller.state == "ended"


def test_endex_skips_the_rest_and_the_aar_is_exported(
    qtbot: Any, drill: Drill, tmp_path: Path, confirmations: list[tuple[str, str]]
) -> None:
    _startex(qtbot, drill)
    qtbot.waitUntil(lambda: drill.identifier(1) in drill.queue_identifiers(), timeout=ARRIVE_MS)
    qtbot.mouseClick(drill.panel.buttons["endex"], Qt.MouseButton.LeftButton)
    assert confirmations[-1][0] == "ENDEX"  # the controller was asked first
    assert drill.controller.state == "ended"
    assert all(drill.state(n) == "skipped" for n in range(2, 17) if n != 7)
    assert drill.state(7).startswith("held")
    for name in ("startex", "pause", "resume", "step", "endex", "adhoc"):
        assert not drill.panel.buttons[name].isEnabled(), name
    qtbot.waitUntil(lambda: "ended" in drill.window.exercise_state.text(), timeout=ARRIVE_MS)

    written = drill.panel.export_aar(tmp_path / "aar")
    exercise = drill.scenario.exercise.id
    names = {p.name for p in written}
    assert {f"aar-{exercise}.csv", f"aar-{exercise}.json", f"aar-{exercise}.html"} <= names
    html = (tmp_path / "aar" / f"aar-{exercise}.html").read_text(encoding="utf-8")
    assert "EXERCISE" in html
    assert exercise in html
    assert "<h2>Alarms</h2>" in html  # the alarm journal's KPIs over the run
    assert "time to acknowledge" in html
    assert "After-action report written" in drill.window.message_bar.label.text()
    # a folder it cannot write is said as such, not as a bug
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the report's folder should be")
    assert drill.panel.export_aar(blocker) == []
    said = drill.window.message_bar.label.text()
    assert said.startswith("Export AAR: ")
    assert "unexpected" not in said
    # every joined console offers to leave the ended exercise
    ended = drill.window.advisories.ended
    qtbot.waitUntil(ended.isVisible, timeout=ARRIVE_MS)
    assert "has ended" in ended.label.text()
    assert ended.button.text() == "Leave exercise"


def test_speed_combo_and_status_clock_follow_the_controller(qtbot: Any, drill: Drill) -> None:
    """A speed set elsewhere (``--speed 40``, not a preset) shows in the combo, and the
    status bar's exercise clock runs while the drill runs."""
    assert drill.panel.speed_box.currentData() == 1.0
    drill.controller.set_speed(40.0)
    qtbot.waitUntil(lambda: drill.panel.speed_box.currentText() == "×40", timeout=3000)
    assert drill.panel.speed_box.currentData() == 40.0
    speeds = [drill.panel.speed_box.itemData(i) for i in range(drill.panel.speed_box.count())]
    assert speeds == sorted(speeds)  # ×40 sits between ×20 and ×50
    _startex(qtbot, drill)
    label = drill.window.exercise_state
    qtbot.waitUntil(lambda: "running ×40" in label.text(), timeout=ARRIVE_MS)
    qtbot.waitUntil(lambda: "+00:00:00" not in label.text(), timeout=5000)
    assert (drill.window.exercise_state.scenario_seconds() or 0) >= 1
    # one exercise clock on screen: the status bar says what the panel's clock says, at x40
    # too (a second's tick would put them 40 drill seconds apart)
    for _ in range(5):
        qtbot.wait(170)
        shown = drill.panel.clock_label.text()
        assert shown.startswith("+00:")
        assert f"{shown} (" in label.text(), (shown, label.text())


@pytest.mark.parametrize("drill", LANGUAGES, indirect=True)
def test_window_with_every_dock_fits_1366_by_768(qtbot: Any, drill: Drill) -> None:
    window = drill.window
    assert window.exercise_dock is not None
    assert window.minimumSizeHint().width() <= 1366
    # three injects alarming, as in the Northern Corridor drill a few minutes in: the banner
    # must not push the window past the screen (it wrapped to seven lines before)
    window.resize(1366, 768 - 60)  # what a 768-pixel screen gives it, less the task bar
    window.show()
    window.layout_keeper.size_docks()  # first run on a screen this low: tabs under the map
    # (the height is the arrangement's a 768-pixel screen gets: Arabic's taller lines make the
    # tabs-below arrangement, which only screens 900 pixels high get, 730 pixels high)
    assert window.minimumSizeHint().height() <= 768 - 60
    narrowest = window.minimumSizeHint().width()
    long = "Possible explosive device in fuel tanker at Malaba border post, cordon 500 m"
    rows = [_row(drill, i, headline=f"{long} ({i})") for i in (901, 902, 903)]
    for row in rows:  # as NO DUFF forces them (the board decides for stored alerts)
        window.alarms.force(row)
    window.alarms.set_muted(True)  # the longest count line: "… — sound muted (+1 more …)"
    qtbot.waitUntil(lambda: window.alarm_banner.isVisible(), timeout=2000)
    qtbot.wait(200)  # the layout settles (a wrapping label asks for height for its width)
    window.resize(1366, 768 - 60)
    qtbot.wait(200)
    assert window.height() <= 768 - 60
    banner = window.alarm_banner
    # one line as the labels show it (Arabic script sets taller lines than the Latin font's)
    line = max(label.sizeHint().height() for label in (banner.label, *banner.lines))
    assert banner.height() <= 3 * line + 16  # count + two alarms, never wrapped
    # the banner takes no width: the incident board keeps what it had, and its titles can be
    # read on two lines (the Russian count line took 45 pixels from them, leaving "Possi…";
    # at least eight letters a line, which Swahili's wide centre column leaves)
    assert window.minimumSizeHint().width() <= narrowest
    board = window.incident_board.view.horizontalHeader()
    title = board.sectionSize(IncidentColumn.TITLE)
    assert title >= 8 * window.incident_board.view.fontMetrics().averageCharWidth(), title
    # exercise or real reads whole in the queue (Swahili's "ZOEZI" was "ZO…": the room the
    # hidden Sender column left was not given to it)
    queue = window.queue.view
    bold = QFont(queue.font())
    bold.setBold(True)
    # a name too long for its MSEL column ends in "…" ("da tangu STAR" in Swahili before)
    msel = drill.panel.view.horizontalHeader()
    assert msel.textElideMode() == Qt.TextElideMode.ElideRight
    tr = QCoreApplication.translate
    for word in (tr("AlertQueue", "EX"), tr("AlertQueue", "REAL")):
        room = queue.horizontalHeader().sectionSize(QueueColumn.MODE)
        assert QFontMetrics(bold).horizontalAdvance(word) + 6 <= room, (word, room)
    detail = window.detail
    assert detail.visibleRegion().boundingRect().height() > 150  # the selected alert is legible
    assert window.exercise_dock in window.tabifiedDockWidgets(window.timeline_dock)
    # every working tab shows its whole name, in every language: the banner sends the
    # operator to "the Alarms tab", and "Al…" between "Un…" and "Ex…" (Russian "Трев…") is
    # not a place to find under stress
    docks = {window.timeline_dock, *window.tabifiedDockWidgets(window.timeline_dock)}
    assert window.alarm_dock in docks
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 1]
    names = {bar.tabText(i) for bar in bars for i in range(bar.count())}
    assert {d.windowTitle() for d in docks} <= names
    shortened = [
        (bar.tabText(i), bar.tabRect(i).width(), bar.tabSizeHint(i).width())
        for bar in bars
        for i in range(bar.count())
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ]
    assert shortened == []  # (name, width shown, width needed)


@pytest.mark.parametrize("drill", LANGUAGES, indirect=True)
def test_the_arranged_window_fits_1366_with_the_drill_running(qtbot: Any, drill: Drill) -> None:
    """The check above reads the window's least width before its docks are arranged; once
    they are (the units, command and exercise docks tabbed under the map), each is no
    narrower than its contents, and French needed 1,379 pixels (the units dock's three
    filter boxes sized to their longest entry) and Swahili 1,439 (the exercise panel's state
    on one line, its buttons, the queue's filter row)."""
    window = drill.window
    window.resize(1366, 768 - 60)
    window.show()
    window.layout_keeper.size_docks()
    qtbot.wait(100)
    assert window.minimumSizeHint().width() <= 1366
    # the drill running: the status bar's longest line (state, speed, clock, the command and
    # who gave it) beside the mode badge
    qtbot.mouseClick(drill.panel.buttons["startex"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "STARTEX" in window.exercise_state.text(), timeout=ARRIVE_MS)
    assert window.minimumSizeHint().width() <= 1366


def test_the_answer_key_is_hidden_until_the_controller_asks(drill: Drill) -> None:
    """The MSEL's expected actions are the drill's answer key: a player at a console that
    also runs the controller (``--demo``) does not see them unless shown on purpose."""
    panel = drill.window.exercise_panel
    assert panel is not None
    assert panel.view.isColumnHidden(Column.EXPECTED)
    panel.answer_key.setChecked(True)
    assert not panel.view.isColumnHidden(Column.EXPECTED)
    panel.answer_key.setChecked(False)
    assert panel.view.isColumnHidden(Column.EXPECTED)


def test_the_drill_brings_its_agencies_and_units_for_command_and_handover(
    qtbot: Any, drill: Drill, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without any code the console knows the drill's agencies and units: Establish lists
    them, Assign offers the units, and the handover dialog has other agencies to hand to
    (issue: the Establish dialog listed no agencies and the handover target list was empty)."""
    window = drill.window
    assert window.advisories.directory.isHidden()  # a directory is loaded: no warning
    agencies = {(a["country"], a["id"]) for a in window.console.command.agencies()}
    assert {(a.country, a.id) for a in drill.scenario.agencies} <= agencies
    assert {u.id for u in drill.scenario.units} <= set(window.units_panel.model.unit_ids())
    # an incident of the drill, its command established, then Propose handover…
    board = window.console.board
    board.create_at(
        0.636,
        34.272,
        "Handover test",
        "c.controller",
        exercise_id=drill.controller.exercise_id,
        console="ws-excon",
    )
    window.feed.note(Changes(incidents=tuple(i.id for i in board.list_incidents())))
    qtbot.waitUntil(lambda: window.incident_board.model.rowCount() >= 1, timeout=ARRIVE_MS)
    incident = next(i for i in board.list_incidents() if i.title == "Handover test")
    key = incident.key
    window.command.command_panel.set_incident(key, incident.title)
    window.console.command.establish(key, actor="c.controller")
    shown: list[Any] = []

    def exec_(dialog: Any) -> int:
        shown.append(dialog)
        return 0  # cancelled: only the targets are checked here

    monkeypatch.setattr(ProposeHandoverDialog, "exec", exec_)
    window.command.command_panel.propose_handover()
    [dialog] = shown
    targets = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert targets, "no agency to hand over to"
    assert not any("UG/upf" in t for t in targets)  # never to ourselves


def _drill_data(drill: Drill) -> list[str]:
    """What the drill puts on screen as data: the scenario's agencies and units, the MSEL's
    own text (routes, messages, expected actions), every stored alert's content, the keys."""
    scenario = drill.scenario
    values = [scenario.exercise.id, scenario.exercise.name]
    values += [a.id for a in scenario.agencies] + [a.name for a in scenario.agencies]
    units = drill.runtime.command.units()  # the units the console lists
    values += [u.callsign for u in units] + [u.contact or "" for u in units]
    values.append("EXERCISE EXERCISE EXERCISE")  # the mandated marking stays as it is
    model = drill.panel.model
    for row in range(model.rowCount()):
        for column in (Column.ROUTE, Column.MESSAGE, Column.EXPECTED, Column.ACKED_BY):
            values.append(str(model.index(row, column).data() or ""))
    store = drill.runtime.store
    exercise = scenario.exercise.id
    for alert in store.list_alerts(limit=None, exercise_id=exercise):
        cap_alert = alert.alert
        values += [alert.sender, cap_alert.note or "", cap_alert.source or ""]
        values += [cap_alert.restriction or "", cap_alert.addresses or ""]
        for info in cap_alert.infos:
            values += [p.value_name for p in info.parameters] + [p.value for p in info.parameters]
            values += [info.headline or "", info.event, info.sender_name or ""]
            values += [info.description or "", info.instruction or "", info.contact or ""]
            values += [area.area_desc for area in info.areas]
    # the timeline's Kind column shows the entry's type in words, its tooltip the type id
    # ("incident.created"); its Actor column who wrote it (an operator as written)
    values += [e.kind for e in store.timeline()] + [e.actor for e in store.timeline()]
    return [strip_exercise_marking(v) for v in values] + values


#: what two consoles of one drill show differently whatever their language: the broker's
#: port and the time the session began, the database file
_OWN_TO_EACH = ("connection_indicator", "database_label")


@pytest.mark.parametrize("code", ["ar", "ru"])
def test_a_drill_console_switched_live_reads_as_one_started_in_that_language(
    qtbot: Any, mosquitto: MosquittoBroker, tmp_path: Path, code: str
) -> None:
    """The exercise controller's console (exercise panel, alarm figures, units, command),
    switched from English, reads widget by widget as one started in that language. A
    switch left the alarm panel's exercise figures in English and Arabic's drill speeds
    without their left-to-right isolation; the one before it found the units' "active"
    worded as another panel's, and a list of the filter bar's CAP words with a severity
    button's short form ("Неизв.")."""
    seen = {}
    for started_in in ("en", code):
        folder = tmp_path / started_in
        folder.mkdir()
        with running_drill(qtbot, mosquitto, folder, started_in) as drill:
            panel = drill.window.findChild(AlarmPanel)  # its figures: real and exercise lines
            qtbot.waitUntil(lambda p=panel: p.kpi_label.text().count("\n") == 1, timeout=5000)
            if started_in == "en":
                choose(drill.window, code)
            seen[started_in] = [
                (where, text)
                for where, text in shown_texts(drill.window)
                if where.split(" ")[-1] not in _OWN_TO_EACH
            ]
    switched, started = seen["en"], seen[code]  # the order of widgets may differ
    assert sorted(switched) == sorted(started), text_differences(switched, started)


@pytest.mark.parametrize("drill", [PSEUDO], indirect=True)
def test_a_running_drill_under_the_pseudo_locale(qtbot: Any, drill: Drill) -> None:
    """The controller's console a few injects into the drill (paused), an alert selected,
    the exercise, timeline and units tabs shown: every text it shows went through
    translation. The MSEL's states, delivery methods and notes, the units' kinds and the
    broker's session did not, until this walk found them."""
    window = drill.window
    qtbot.mouseClick(drill.panel.buttons["startex"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drill.panel.model.state(1) == "sent", timeout=ARRIVE_MS)
    drill.controller.pause()
    for _ in range(4):  # the next injects, as the controller's Step button sends them
        drill.controller.step()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 2, timeout=ARRIVE_MS)
    assert window.select_alert(window.model.row_at(0).id)
    found: list[str] = []
    for dock in (window.units_dock, window.timeline_dock, window.exercise_dock):
        assert dock is not None
        dock.show()
        dock.raise_()
        qtbot.wait(200)
        found += [str(f) for f in findings(window, _drill_data(drill))]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


@pytest.mark.parametrize("drill", ["ar"], indirect=True)
def test_exercise_times_and_speeds_keep_their_order_in_arabic(qtbot: Any, drill: Drill) -> None:
    """ "+00:14:53" read "00:14:53+" and "×20" "20×" in the Arabic panel, MSEL and status
    bar: the sign went to the other end. Each is kept left to right (LRI … PDI)."""
    qtbot.mouseClick(drill.panel.buttons["startex"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drill.panel.model.state(1) == "sent", timeout=ARRIVE_MS)
    drill.panel.refresh_clock()
    isolated = re.compile(f"{LRI}[+×][^{PDI}]*{PDI}")
    assert isolated.fullmatch(drill.panel.clock_label.text())
    model = drill.panel.model
    assert isolated.fullmatch(model.index(model.row_of(2), Column.OFFSET).data())
    assert isolated.search(drill.panel.state_label.text())
    assert isolated.fullmatch(drill.panel.speed_box.currentText())
    qtbot.waitUntil(
        lambda: len(isolated.findall(drill.window.exercise_state.text())) == 2, timeout=5000
    )
