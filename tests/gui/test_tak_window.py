"""TAK in the window: the gateway's counters in the status bar (a real gateway between a real
Mosquitto and a loopback TAK server), and units whose TAK position report went stale greyed
in the units panel and flagged for the map (a real SQLite store and command board)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from incident_desk.command import CommandBoard, load_directory
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.mapfeed import unit_update
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from incident_desk.store import Store
from incident_desk.timefmt import time_of_day
from incident_desk.topics import Mode, unit_topic
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.unit_table import STALE_GREY, Column
from incident_desk.ui.tak_status import install_tak_status
from tests.gui.fakes import wait_loaded
from tests.helpers.brokers import MosquittoBroker, bus_settings
from tests.helpers.takdata import device_cot, device_directory
from tests.helpers.takpeer import TakServerPeer
from tests.unit.command.build import DIRECTORY

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def peer() -> Iterator[TakServerPeer]:
    made = TakServerPeer()
    yield made
    made.close()


@pytest.fixture
def gateway(mosquitto: MosquittoBroker, peer: TakServerPeer) -> Iterator[TakGateway]:
    settings = Settings(
        broker=bus_settings(mosquitto.url, "gw-window"),
        country="KE",
        agency="nps",
        sender="nps.go.ke",
        tak=TakSettings(url=peer.url, reconnect_min_s=0.2, reconnect_max_s=0.5),
    )
    made = TakGateway(settings, directory=device_directory(3))
    made.start()
    yield made
    made.stop()


# the server going away is seen by whichever side of the link touches it first: the reader
# (closed, read failed), a reconnection, or a send in flight (broken pipe, reset)
@pytest.mark.logs_expected(
    "incident_desk.tak",
    match="closed the connection|cannot connect|read from .* failed|send to .* failed",
)
def test_the_status_bar_counts_tak_traffic_and_says_when_the_server_is_gone(
    qtbot: Any, window: MainWindow, gateway: TakGateway, peer: TakServerPeer
) -> None:
    wiring = install_tak_status(window, gateway.status)
    label = wiring.indicator
    peer.wait_client()
    host = peer.url.split("://")[1]
    qtbot.waitUntil(lambda: f"TAK {host} connected" in label.text(), timeout=10_000)
    assert "#2e7d32" in label.text()  # green
    now = datetime.now(UTC).replace(microsecond=0)
    peer.broadcast(device_cot("DEV-1", now=now) + device_cot("DEV-2", now=now))
    peer.broadcast(device_cot("DEV-3", now=now, lat=95.0))  # off the globe: refused
    qtbot.waitUntil(lambda: "2 devices" in label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "1 refused" in label.text(), timeout=10_000)
    assert "CoT in 3 / out" in label.text()
    tip = label.toolTip()
    assert f"real traffic: {peer.url} connected" in tip
    assert "Refused 1×" in tip
    peer.close()  # the TAK server goes away: red, and why
    qtbot.waitUntil(lambda: "not connected" in label.text(), timeout=10_000)
    assert "#c62828" in label.text()
    assert "last error" in label.toolTip()


def _pli(stale: datetime, at: datetime) -> bytes:
    """What the gateway publishes for a TAK position report of nps-rdu-1 (pli_message)."""
    return (
        '{"schema": "idesk.unit-status/1", "unit": "nps-rdu-1", "agency": "nps",'
        ' "callsign": "RDU-BUSIA-1", "status": "available",'
        ' "position": {"lat": 0.6362, "lon": 34.28},'
        f' "time": "{at.isoformat()}", "exercise": null, "source": "tak:ANDROID-5f2c",'
        f' "stale": "{stale.isoformat()}", "tak_callsign": "RDU 1"}}'
    ).encode()


def test_a_unit_whose_tak_report_went_stale_is_greyed_with_since_when(
    qtbot: Any, tmp_path: Path
) -> None:
    identity = Identity("KE", "nps", "nps.go.ke", "op.wanjiru", "nbi-ws-01")
    with Store.open(f"sqlite:///{tmp_path / 'units.db'}") as store:
        command = CommandBoard(store, identity)
        command.load_directory(load_directory(DIRECTORY))
        console = Console(store, identity, command=command)
        bridge = BusBridge()
        console.add_listener(bridge.post_changes)
        window = MainWindow(
            console, bridge, db_label="sqlite://", broker_label="-", sound=False, with_map=False
        )
        qtbot.addWidget(window)
        wait_loaded(qtbot, window)
        model = window.units_panel.model
        topic = unit_topic(Mode.ACTUAL, "KE", "nps", "nps-rdu-1")
        now = datetime.now(UTC).replace(microsecond=0)
        stale_at = now + timedelta(seconds=2)  # the device's report holds two seconds
        console.emit(command.apply_bus_event(topic, _pli(stale_at, now)))

        def cell(column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            row = model.row_of("nps-rdu-1")
            assert row is not None
            return model.index(row, column).data(role)

        qtbot.waitUntil(lambda: cell(Column.POSITION) == "0.6362, 34.2800", timeout=5_000)
        assert cell(Column.CALLSIGN, Qt.ItemDataRole.ForegroundRole) is None
        assert model.refresh_stale(now) == []  # current: nothing to redraw
        # time passes, no message: the wiring's periodic check greys it (and hands it to the map)
        later = stale_at + timedelta(seconds=1)
        flipped = model.refresh_stale(later)
        assert [u.id for u in flipped] == ["nps-rdu-1"]
        [feature] = unit_update(flipped, now=later).upsert
        assert feature["properties"]["stale"] is True
        qtbot.waitUntil(lambda: "stale since" in cell(Column.POSITION), timeout=5_000)
        assert cell(Column.POSITION) == f"0.6362, 34.2800 (stale since {time_of_day(stale_at)})"
        assert cell(Column.CALLSIGN, Qt.ItemDataRole.ForegroundRole).color() == STALE_GREY
        assert "has not reported since" in cell(Column.CALLSIGN, Qt.ItemDataRole.ToolTipRole)
        window.command.check_stale()  # the periodic check itself runs without a map
        # a new report: current again
        fresh = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=1)
        console.emit(command.apply_bus_event(topic, _pli(fresh + timedelta(minutes=2), fresh)))
        qtbot.waitUntil(lambda: "stale" not in cell(Column.POSITION), timeout=5_000)
        assert cell(Column.CALLSIGN, Qt.ItemDataRole.ForegroundRole) is None
