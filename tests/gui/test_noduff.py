"""NO DUFF: a real alert while an exercise runs.

See docs/architecture.md §5 and docs/standards.md §6 rule 4.

Real Mosquitto, real runtimes and windows: one console joined to the drill runs its
controller; another agency publishes an **Actual** alert on the actual tree. The console shows
the full-window NO DUFF overlay naming the alert and alarms, the controller's clock is held
within a second, and a console that joins later learns it from the retained control state.
The fake-core tests pin down which stored alerts trigger it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from incident_desk import cap
from incident_desk.changes import Changes
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.runtime import DEMO_SCENARIO, ConsoleRuntime, controller_runtime
from incident_desk.scenario import load_scenario
from incident_desk.settings import Settings
from incident_desk.topics import Mode, alert_topic
from incident_desk.ui.app import window_for_runtime
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.noduff import TITLE
from tests.gui.fakes import FakeConsole, FakeStore, make_alert, settle, wait_loaded
from tests.helpers.brokers import MosquittoBroker, bus_settings, publish_alert
from tests.helpers.capgen import alert_bytes

NO_DUFF_LOGGED = pytest.mark.logs_expected(
    "incident_desk.runtime", "incident_desk.ui", match="NO DUFF"
)
"""A real alert during play is a WARNING on the bus side and in the window: the test's point."""

ARRIVE_MS = 15_000
UG_TOPIC = alert_topic(Mode.ACTUAL, "UG", "upf")
EXERCISE = load_scenario(DEMO_SCENARIO).exercise.id

pytestmark = pytest.mark.qt_log_ignore(
    # offscreen has no window manager to tell about size hints; not our code
    "This plugin does not support propagateSizeHints",
    # the window's live map (QtWebEngine): offscreen without a GPU (as in test_console_live.py)
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI",
    r"GPUInfo not initialized",
    r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
)


def _settings(url: str, tmp_path: Path, name: str) -> Settings:
    return Settings(
        broker=bus_settings(url, f"idesk-{name}"),
        database_url=f"sqlite:///{tmp_path / f'{name}.db'}",
        country="KE",
        agency="nps",
        sender="nps.go.ke",
        operator=f"op.{name}",
        workstation=name,
        exercise=EXERCISE,
    )


Opened = Callable[[ConsoleRuntime], MainWindow]


@pytest.fixture
def open_console(qtbot: Any) -> Iterator[Opened]:
    """Wire a window on a runtime like ``run_gui`` does, start it; stops them all after."""
    opened: list[tuple[ConsoleRuntime, MainWindow]] = []

    def open_(runtime: ConsoleRuntime) -> MainWindow:
        window = window_for_runtime(runtime, sound=False)
        qtbot.addWidget(window)
        wait_loaded(qtbot, window)
        window.show()
        runtime.start()
        opened.append((runtime, window))
        assert runtime.bus.wait_subscribed(10)
        return window

    yield open_
    for runtime, window in reversed(opened):
        window.close()
        runtime.stop()


@pytest.fixture
def real_agency(mosquitto: MosquittoBroker) -> Iterator[AlertPublisher]:
    client = BusClient(bus_settings(mosquitto.url, "agency-ug-upf"))
    client.connect_and_wait(10)
    try:
        yield AlertPublisher(client)
    finally:
        client.stop()


def _publish_real(publisher: AlertPublisher, headline: str) -> cap.Alert:
    alert, data = alert_bytes(901, headline=headline, sender="upf.go.ug")
    assert alert.status is cap.Status.ACTUAL
    publish_alert(publisher, UG_TOPIC, alert, data)
    return alert


@NO_DUFF_LOGGED
def test_a_real_alert_during_play_holds_the_clock_and_covers_every_console(
    qtbot: Any,
    mosquitto: MosquittoBroker,
    tmp_path: Path,
    open_console: Opened,
    real_agency: AlertPublisher,
) -> None:
    runtime = controller_runtime(_settings(mosquitto.url, tmp_path, "excon"), DEMO_SCENARIO)
    controller = runtime.controller
    assert controller is not None
    window = open_console(runtime)
    assert not window.no_duff_overlay.isVisible()
    controller.startex()
    assert controller.state == "running"

    headline = "Real fire at Malaba fuel depot"
    published_at = time.monotonic()
    alert = _publish_real(real_agency, headline)
    qtbot.waitUntil(lambda: controller.state == "no_duff", timeout=1000)
    assert time.monotonic() - published_at < 1.0
    assert [e.key for e in controller.no_duff_events] == [alert.key()]
    held = controller.clock.now()

    overlay = window.no_duff_overlay
    # both the control topic (NO_DUFF state) and the stored alert itself reach the console
    qtbot.waitUntil(lambda: bool(overlay.alerts) and overlay.isVisible(), timeout=ARRIVE_MS)
    assert overlay.title.text() == TITLE
    assert headline in overlay.details.text()
    assert "upf.go.ug" in overlay.details.text()
    assert overlay.geometry() == window.rect()  # the whole window
    stored = runtime.store.find_alert(alert.key())
    assert stored is not None
    assert stored.status == "Actual"
    assert stored.exercise_id is None
    assert stored.id in window.alarms.active  # Moderate/Expected, but NO DUFF alarms anyway
    assert window.alarm_banner.isVisible()
    # the controller panel hears of it and shows the held state
    panel = window.exercise_panel
    qtbot.waitUntil(lambda: "NO DUFF" in panel.state_label.text(), timeout=ARRIVE_MS)
    assert panel.buttons["resume"].isEnabled()
    qtbot.waitUntil(lambda: "NO DUFF" in window.exercise_state.text(), timeout=ARRIVE_MS)
    assert controller.clock.now() == held
    assert "is held" in overlay.note.text()
    # the controller resumes before the operator dismisses: the overlay stays (the real alert
    # is still theirs) and no longer says the clock is held
    controller.resume()
    qtbot.waitUntil(lambda: "no longer held" in overlay.note.text(), timeout=ARRIVE_MS)
    assert overlay.isVisible()

    # dismissing is explicit and acknowledges the real alert
    qtbot.mouseClick(overlay.dismiss_button, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    assert stored.id not in window.alarms.active
    settle(qtbot, window)
    assert [a.sender for a in runtime.store.acks_for(stored.id)] == ["nps.go.ke"]


@NO_DUFF_LOGGED
def test_a_late_joining_console_learns_no_duff_from_the_control_topic(
    qtbot: Any,
    mosquitto: MosquittoBroker,
    tmp_path: Path,
    open_console: Opened,
    real_agency: AlertPublisher,
) -> None:
    runtime = controller_runtime(_settings(mosquitto.url, tmp_path, "excon"), DEMO_SCENARIO)
    controller = runtime.controller
    assert controller is not None
    open_console(runtime)
    controller.startex()
    _publish_real(real_agency, "Real flooding on the Busia road")
    qtbot.waitUntil(lambda: controller.state == "no_duff", timeout=ARRIVE_MS)

    late = ConsoleRuntime(_settings(mosquitto.url, tmp_path, "late"))
    window = open_console(late)
    assert window.exercise_panel is None  # no controller on this workstation
    overlay = window.no_duff_overlay
    qtbot.waitUntil(overlay.isVisible, timeout=ARRIVE_MS)
    assert "Real flooding on the Busia road" in overlay.details.text()
    assert "NO DUFF" in window.exercise_state.text()
    assert overlay.dismiss_button.text() == "Dismiss (seen)"
    qtbot.mouseClick(overlay.dismiss_button, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()


# -- which stored alerts trigger it (fake core) ---------------------------------------------------


def _fake_window(qtbot: Any, exercise_id: str | None) -> tuple[MainWindow, FakeStore]:
    store = FakeStore([make_alert(1, severity="Minor", urgency="Future", event="Old")])
    window = MainWindow(
        FakeConsole(store, exercise_id),
        BusBridge(),
        db_label="sqlite:///fake.db",
        broker_label="broker.local:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    window.show()
    return window, store


def _store(window: MainWindow, store: FakeStore, row: Any) -> None:
    store.add(row)
    window.bridge.changes_applied.emit(Changes(alerts=(row.id,)))


@NO_DUFF_LOGGED
def test_a_console_joined_to_an_exercise_raises_no_duff_for_any_real_alert(qtbot: Any) -> None:
    window, store = _fake_window(qtbot, "EX-1")
    _store(window, store, make_alert(2, status="Exercise", exercise_id="EX-1", event="Drill"))
    _store(window, store, make_alert(3, msg_type="Ack", event="An ack"))
    qtbot.wait(300)
    assert not window.no_duff_overlay.isVisible()
    _store(window, store, make_alert(4, severity="Minor", urgency="Future", event="Real thing"))
    qtbot.waitUntil(window.no_duff_overlay.isVisible, timeout=2000)
    assert "Real thing" in window.no_duff_overlay.details.text()
    assert 4 in window.alarms.active
    assert 1 not in window.alarms.active  # stored before: not a NO DUFF event here


@NO_DUFF_LOGGED
def test_a_real_cancel_during_a_drill_covers_the_console_too(qtbot: Any) -> None:
    """The core holds the drill clock for a real Cancel; the console shows why (one rule)."""
    window, store = _fake_window(qtbot, "EX-1")
    _store(window, store, make_alert(2, msg_type="Cancel", event="All clear at Malaba"))
    qtbot.waitUntil(window.no_duff_overlay.isVisible, timeout=2000)
    assert "All clear at Malaba" in window.no_duff_overlay.details.text()
    assert 2 in window.alarms.active
    qtbot.mouseClick(window.no_duff_overlay.dismiss_button, Qt.MouseButton.LeftButton)
    assert 2 not in window.alarms.active
    assert window.model.is_acknowledged(2)
    settle(qtbot, window)
    assert window.console.acknowledged == [2]


def test_a_live_console_shows_no_no_duff(qtbot: Any) -> None:
    window, store = _fake_window(qtbot, None)
    _store(window, store, make_alert(2, severity="Minor", urgency="Future", event="Real"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=2000)
    qtbot.wait(300)
    assert not window.no_duff_overlay.isVisible()
    assert window.alarms.active == {}
