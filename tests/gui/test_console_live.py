"""The real main window on a real ``ConsoleRuntime``, a real Mosquitto and SQLite.

Wired exactly as ``incident_desk.ui.startup.run_gui`` wires it (bridge → window → start);
alerts come from another agency's ``AlertPublisher`` through the broker, and what the
console sends back (CAP Acks) is read off the broker by an independent client.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from incident_desk import cap
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.runtime import ConsoleRuntime
from incident_desk.settings import Settings
from incident_desk.topics import Mode, alert_topic
from incident_desk.ui.app import window_for_runtime
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.alert_table import Column
from tests.gui.fakes import settle, wait_loaded
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings, publish_alert
from tests.helpers.capgen import alert_bytes
from tests.helpers.logfail import BROKER_OUTAGE

CTRL = Qt.KeyboardModifier.ControlModifier
ARRIVE_MS = 15_000  # broker → ingest → store → bridge → 200 ms coalesced refresh
RECONNECT_MS = 20_000
UG_TOPIC = alert_topic(Mode.ACTUAL, "UG", "upf")
UG_SENDER = "upf.go.ug"
OWN_ACK_TOPIC = "idesk/v1/actual/KE/nps/ack"

pytestmark = pytest.mark.qt_log_ignore(
    # offscreen has no window manager to tell about size hints; not our code
    "This plugin does not support propagateSizeHints",
    # the window's live map (QtWebEngine): offscreen without a GPU, Qt probes OpenGL once
    # per process and says it fell back to software rendering (as in test_map_view.py)
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI",
    r"GPUInfo not initialized",
    # tests/conftest.py passes --disable-gpu both in argv and QTWEBENGINE_CHROMIUM_FLAGS
    r"Note 'webEngineArgs' are overridden by QTWEBENGINE_CHROMIUM_FLAGS",
)


@dataclass
class Live:
    runtime: ConsoleRuntime
    window: MainWindow
    broker: MosquittoBroker
    publisher: AlertPublisher


def _cap(
    n: int,
    *,
    headline: str = "Explosion reported at bus terminal",
    severity: cap.Severity = cap.Severity.MODERATE,
    urgency: cap.Urgency = cap.Urgency.EXPECTED,
) -> tuple[cap.Alert, bytes]:
    """Alert ``n`` from the Ugandan police, with the given headline, severity and urgency."""
    alert, _ = alert_bytes(n, headline=headline, sender=UG_SENDER)
    info = alert.infos[0].model_copy(update={"severity": severity, "urgency": urgency})
    alert = alert.model_copy(update={"infos": (info,)})
    return alert, cap.dumps(alert)


def _publish(pub: AlertPublisher, alert: cap.Alert, data: bytes) -> None:
    publish_alert(pub, UG_TOPIC, alert, data)


def _queue_rows(window: MainWindow) -> list[Any]:
    """The alerts in the model that are queue rows (CAP Acks only mark other rows)."""
    return [
        window.model.row_at(r)
        for r in range(window.model.rowCount())
        if window.model.row_at(r).msg_type != "Ack"
    ]


def _wait_rows(qtbot: Any, window: MainWindow, count: int) -> None:
    qtbot.waitUntil(lambda: len(_queue_rows(window)) >= count, timeout=ARRIVE_MS)
    assert len(_queue_rows(window)) == count


def _row_id(window: MainWindow, identifier: str) -> int:
    ids = [r.id for r in _queue_rows(window) if r.identifier == identifier]
    assert len(ids) == 1, f"{identifier}: {ids}"
    return int(ids[0])


def _ack_text(window: MainWindow, alert_id: int) -> str:
    row = window.model.row_of(alert_id)
    assert row is not None
    return str(window.model.index(row, Column.ACK).data())


def _connected(window: MainWindow) -> bool:
    state = window.broker_banner.state
    return state is not None and state.state == "connected"


@pytest.fixture
def live(qtbot: Any, mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[Live]:
    settings = Settings(
        broker=bus_settings(mosquitto.url, "idesk-ws-test"),
        database_url=f"sqlite:///{tmp_path / 'console.db'}",
        country="KE",
        agency="nps",
        operator="t.tester",
        workstation="ws-test",
    )
    runtime = ConsoleRuntime(settings)
    window = window_for_runtime(runtime, sound=False)
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    with qtbot.waitActive(window, timeout=5000):  # Ctrl+K needs the active window
        window.show()
        window.activateWindow()
    runtime.start()
    client = BusClient(bus_settings(mosquitto.url, "agency-ug-upf"))
    try:
        qtbot.waitUntil(lambda: _connected(window), timeout=RECONNECT_MS)
        # "connected" comes with the CONNACK; what others publish before the broker has our
        # SUBACK is not routed to a new session (under load the first burst was lost)
        assert runtime.bus.wait_subscribed(10)
        client.connect_and_wait(10)
        yield Live(runtime, window, mosquitto, AlertPublisher(client))
    finally:
        client.stop()
        window.close()
        runtime.stop()


def test_alerts_from_another_agency_appear_in_the_queue(qtbot: Any, live: Live) -> None:
    sent = [_cap(n) for n in range(5)]
    for alert, data in sent:
        _publish(live.publisher, alert, data)
    _wait_rows(qtbot, live.window, 5)
    rows = _queue_rows(live.window)
    assert {r.identifier for r in rows} == {a.identifier for a, _ in sent}
    assert {r.sender for r in rows} == {UG_SENDER}
    assert {(r.country, r.agency) for r in rows} == {("UG", "upf")}
    assert live.window.proxy.rowCount() == 5
    assert live.runtime.store.count_alerts() == 5


def test_filter_text_and_sort_by_severity(qtbot: Any, live: Live) -> None:
    specs = [
        (0, "Suspicious parcel at border post", cap.Severity.MINOR),
        (1, "Explosion at Malaba market", cap.Severity.EXTREME),
        (2, "Gunfire reported near Busia crossing", cap.Severity.SEVERE),
        (3, "Suspicious vehicle at Busia crossing", cap.Severity.MODERATE),
    ]
    for n, headline, severity in specs:
        _publish(live.publisher, *_cap(n, headline=headline, severity=severity))
    window = live.window
    _wait_rows(qtbot, window, 4)

    qtbot.keyClicks(window.filter_bar.text, "busia")
    assert window.proxy.rowCount() == 2
    shown = {window.proxy.index(r, Column.EVENT).data() for r in range(2)}
    assert all("Busia" in text for text in shown), shown
    window.filter_bar.text.clear()
    assert window.proxy.rowCount() == 4

    header = window.view.horizontalHeader()
    header.setSortIndicator(Column.SEVERITY, Qt.SortOrder.DescendingOrder)  # a header click
    severities = [window.proxy.index(r, Column.SEVERITY).data() for r in range(4)]
    assert severities == ["Extreme", "Severe", "Moderate", "Minor"]
    header.setSortIndicator(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
    severities = [window.proxy.index(r, Column.SEVERITY).data() for r in range(4)]
    assert severities == ["Minor", "Moderate", "Severe", "Extreme"]


def test_ctrl_k_sends_a_cap_ack_to_the_broker_and_stops_the_alarm(qtbot: Any, live: Live) -> None:
    inbox = Inbox()
    watcher = BusClient(bus_settings(live.broker.url, "ack-watcher"), on_message=inbox.on_message)
    inbox.auto_ack = watcher
    watcher.subscribe(["idesk/v1/actual/+/+/ack"])
    watcher.connect_and_wait(10)
    try:
        calm, calm_data = _cap(1, severity=cap.Severity.MINOR, urgency=cap.Urgency.FUTURE)
        alarming, alarming_data = _cap(
            2, severity=cap.Severity.EXTREME, urgency=cap.Urgency.IMMEDIATE
        )
        window = live.window
        with qtbot.wait_signal(window.alarms.alarm_started, timeout=ARRIVE_MS) as started:
            _publish(live.publisher, calm, calm_data)
            _publish(live.publisher, alarming, alarming_data)
        _wait_rows(qtbot, window, 2)
        alarm_id = _row_id(window, alarming.identifier)
        assert started.args == [alarm_id]
        assert set(window.alarms.active) == {alarm_id}
        assert not window.alarm_banner.isHidden()
        assert _ack_text(window, alarm_id) == "UNACKNOWLEDGED"

        # select the alarming row with the mouse, then Ctrl+K
        source_row = window.model.row_of(alarm_id)
        assert source_row is not None
        proxy_row = window.proxy.mapFromSource(window.model.index(source_row, 0))
        rect = window.view.visualRect(window.proxy.index(proxy_row.row(), Column.EVENT))
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_alert_id() == alarm_id
        with qtbot.wait_signal(window.alarms.alarm_stopped, timeout=5000) as stopped:
            qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL)
        assert stopped.args == [alarm_id]
        assert window.alarms.active == {}
        assert window.alarm_banner.isHidden()
        assert _ack_text(window, alarm_id) == "acknowledged"
        assert _ack_text(window, _row_id(window, calm.identifier)) == "UNACKNOWLEDGED"

        (envelope,) = inbox.wait_messages(1, timeout=10)
        assert envelope.topic == OWN_ACK_TOPIC
        ack = cap.parse(envelope.payload)
        assert ack.msg_type is cap.MsgType.ACK
        assert [r.key() for r in ack.references] == [alarming.reference().key()]
        assert ack.sender == "nps.ke"
        # the Ack is stored and shown in the detail pane, with who sent it
        stored_ack = live.runtime.store.find_alert((ack.sender, ack.identifier, ack.sent.text))
        assert stored_ack is not None
        qtbot.waitUntil(
            lambda: "t.tester@ws-test" in window.detail.acks.toPlainText(), timeout=5000
        )
    finally:
        watcher.stop()


@BROKER_OUTAGE
def test_broker_loss_shows_the_banner_and_recovery_hides_it(qtbot: Any, live: Live) -> None:
    window = live.window
    assert window.broker_banner.isHidden()
    live.broker.stop()
    qtbot.waitUntil(lambda: not window.broker_banner.isHidden(), timeout=RECONNECT_MS)
    assert "DISCONNECTED" in window.broker_banner.label.text()
    down = window.broker_banner.state
    assert down is not None
    assert down.state in {"disconnected", "connecting"}

    live.broker.start()
    qtbot.waitUntil(lambda: _connected(window), timeout=RECONNECT_MS)
    assert window.broker_banner.isHidden()
    assert live.runtime.bus.state.state == "connected"
    assert live.runtime.bus.wait_subscribed(10)  # the restarted broker has our subscriptions

    # the agency's publisher reconnects on its own (same client, same session)
    qtbot.waitUntil(lambda: live.publisher._bus.is_connected, timeout=RECONNECT_MS)  # type: ignore[attr-defined]
    alert, data = _cap(42, headline="After the outage: explosion at Tororo")
    _publish(live.publisher, alert, data)
    _wait_rows(qtbot, window, 1)
    assert _queue_rows(window)[0].identifier == alert.identifier


@BROKER_OUTAGE
def test_an_ack_during_a_broker_outage_shows_at_once_and_goes_out_on_recovery(
    qtbot: Any, live: Live
) -> None:
    inbox = Inbox()
    watcher = BusClient(bus_settings(live.broker.url, "ack-watcher"), on_message=inbox.on_message)
    inbox.auto_ack = watcher
    watcher.subscribe([OWN_ACK_TOPIC])  # a persistent session: it keeps what comes meanwhile
    watcher.connect_and_wait(10)
    try:
        alarming, data = _cap(3, severity=cap.Severity.EXTREME, urgency=cap.Urgency.IMMEDIATE)
        window = live.window
        with qtbot.wait_signal(window.alarms.alarm_started, timeout=ARRIVE_MS):
            _publish(live.publisher, alarming, data)
        _wait_rows(qtbot, window, 1)  # the alarm may sound before the queue's next read
        alarm_id = _row_id(window, alarming.identifier)
        assert window.select_alert(alarm_id)

        live.broker.stop()
        qtbot.waitUntil(lambda: not window.broker_banner.isHidden(), timeout=RECONNECT_MS)
        with qtbot.wait_signal(window.alarms.alarm_stopped, timeout=5000):
            qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL)
        assert _ack_text(window, alarm_id) == "acknowledged"
        assert window.alarm_banner.isHidden()
        qtbot.waitUntil(lambda: window.outbox_indicator.isVisible(), timeout=5000)
        assert window.outbox_indicator.text() == "1 message waiting for the broker"
        assert inbox.messages == []

        live.broker.start()
        (envelope,) = inbox.wait_messages(1, topic=OWN_ACK_TOPIC, timeout=30)
        ack = cap.parse(envelope.payload)
        assert [r.key() for r in ack.references] == [alarming.reference().key()]
        qtbot.waitUntil(lambda: not window.outbox_indicator.isVisible(), timeout=RECONNECT_MS)
    finally:
        watcher.stop()


def _trigger(qtbot: Any, window: MainWindow, action: str) -> None:
    """Press the window's action ``action`` and wait until the core call it makes is done."""
    window.actions_by_name[action].trigger()
    settle(qtbot, window)


def test_incident_create_merge_close_through_the_window(
    qtbot: Any, live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = live.window
    board_widget = window.incident_board
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QInputDialog

    from incident_desk.incidents import IncidentStatus

    # two alerts without a CAP incidents id: ingest correlation opens nothing by itself
    sent = []
    for n, headline in ((1, "Explosion at Malaba market"), (2, "Second blast at Malaba")):
        alert, _ = _cap(n, headline=headline, severity=cap.Severity.SEVERE)
        alert = alert.model_copy(update={"incidents": ()})
        _publish(live.publisher, alert, cap.dumps(alert))
        sent.append(alert)
    _wait_rows(qtbot, window, 2)
    board = live.runtime.board
    assert board.list_incidents() == []
    assert board_widget.model.rowCount() == 0

    opened = []
    for alert in sent:
        assert window.select_alert(_row_id(window, alert.identifier))
        _trigger(qtbot, window, "new_incident")
        owner = board.incident_for_alert(_row_id(window, alert.identifier))
        assert owner is not None, window.message_bar.label.text()
        opened.append(owner.id)
    qtbot.waitUntil(lambda: board_widget.model.rowCount() == 2, timeout=ARRIVE_MS)
    assert sorted(board_widget.model.incident_ids()) == sorted(opened)

    # select both on the board, merge, keep the older one (the dialog's first choice)
    selection = board_widget.view.selectionModel()
    selection.clearSelection()
    for incident_id in opened:
        row = board_widget.proxy.mapFromSource(
            board_widget.model.index(board_widget.model.row_of(incident_id), 0)
        )
        selection.select(
            row,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(board_widget.selected_incident_ids()) == sorted(opened)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **_kw: (args[3][0], True))
    _trigger(qtbot, window, "merge_incidents")
    survivor_id, other_id = opened
    merged = board.get(survivor_id)
    assert merged is not None, window.message_bar.label.text()
    assert merged.merged_into is None
    assert sorted(merged.alert_ids) == sorted(_row_id(window, a.identifier) for a in sent)
    other = board.get(other_id)
    assert other is not None
    assert other.merged_into == survivor_id
    qtbot.waitUntil(lambda: board_widget.model.incident_ids() == [survivor_id], timeout=ARRIVE_MS)

    # close the survivor; the board row says so
    assert board_widget.select_incident(survivor_id)
    _trigger(qtbot, window, "incident_close")
    closed = board.get(survivor_id)
    assert closed is not None
    assert closed.status == IncidentStatus.CLOSED
    qtbot.waitUntil(
        lambda: board_widget.model.snapshot(survivor_id).status == IncidentStatus.CLOSED,
        timeout=ARRIVE_MS,
    )
