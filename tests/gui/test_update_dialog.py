"""Map → Publish update… on a real console window (real map page, real SQLite store).

The operator selects an incident that has a cordon, opens the dialog (prefilled from the
latest alert, listing the areas that will go out), edits the headline and publishes: the
CAP Update is stored in the incident and queued for the bus. In a drill the dialog says
EXERCISE, and a real incident cannot be updated from it (the action says why).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt

from incident_desk import cap
from incident_desk.console import Console
from incident_desk.store import IncomingAlert, Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.update_dialog import UpdateDialog
from tests.gui import test_console_map as cm
from tests.gui.fakes import settle, wait_loaded
from tests.helpers.updates import CORDON, incident_alert, update_console

pytestmark = [*cm.pytestmark, pytest.mark.usefixtures("sync_ops")]
DRILL = "EX-MALABA-26"


class Desk:
    def __init__(self, qtbot: Any, store: Store, exercise: str | None) -> None:
        self.store = store
        self.console: Console = update_console(store, exercise=exercise)
        board, command = self.console.board, self.console.command
        assert board is not None
        assert command is not None
        self.ids: dict[str, int] = {}
        for name, traffic in (("real", None), ("drill", DRILL)):
            alert, raw = incident_alert(f"UG-upf-{name}", exercise=traffic, incidents=())
            mode = f"exercise/{traffic}" if traffic else "actual"
            incoming = IncomingAlert(
                raw=raw,
                alert=alert,
                topic=f"idesk/v1/{mode}/UG/upf/alert",
                received_at=datetime.now(UTC),
                exercise_id=traffic,
            )
            alert_id = store.write_batch([incoming]).results[0].alert_id
            board.create_from_alert(alert_id, "Insp Kamau")
            incident = board.incident_for_alert(alert_id)
            assert incident is not None
            self.ids[name] = incident.id
            if traffic == exercise:
                self.incident = incident
        lat, lon, radius, label = CORDON
        command.draw_circle(self.incident.key, lat, lon, radius, label)
        bridge = BusBridge()
        self.console.add_listener(bridge.post_changes)
        self.window = MainWindow(
            self.console, bridge, db_label="sqlite://", broker_label="-", sound=False
        )
        qtbot.addWidget(self.window)
        wait_loaded(qtbot, self.window)
        with qtbot.waitSignal(self.window.map.loaded, timeout=cm.LOAD_TIMEOUT_MS):
            self.window.resize(1400, 900)
            self.window.show()  # the map is built after the first paint
        view = self.window.map_view
        assert view is not None
        self.map = view
        self.action = self.window.map.actions["map_publish_update"]
        self.updates = self.window.map.update_action


def _desk(qtbot: Any, store: Store, exercise: str | None) -> Iterator[Desk]:
    d = Desk(qtbot, store, exercise)
    yield d
    cm._close(qtbot, d)  # type: ignore[arg-type]  # same window/map attributes


@pytest.fixture
def desk(qtbot: Any, sqlite_store: Store) -> Iterator[Desk]:
    yield from _desk(qtbot, sqlite_store, None)


@pytest.fixture
def drill_desk(qtbot: Any, sqlite_store: Store) -> Iterator[Desk]:
    yield from _desk(qtbot, sqlite_store, DRILL)


def _open_dialog(qtbot: Any, desk: Desk) -> UpdateDialog:
    assert desk.window.incident_board.select_incident(desk.incident.id)
    qtbot.waitUntil(desk.action.isEnabled, timeout=5000)
    desk.action.trigger()
    qtbot.waitUntil(lambda: desk.updates.dialog is not None, timeout=10_000)
    dialog = desk.updates.dialog
    assert dialog is not None
    return dialog


def test_the_dialog_publishes_an_update_with_the_cordon(qtbot: Any, desk: Desk) -> None:
    assert desk.action.shortcut().toString() == "Ctrl+Shift+P"
    assert desk.action in desk.window.incident_board.view.actions()  # its right-click menu
    dialog = _open_dialog(qtbot, desk)
    assert dialog.headline.text() == "Fuel tanker hijacked at Malaba border post"
    assert dialog.instruction.toPlainText() == "Avoid the border post."
    assert dialog.severity.currentData() == "Severe"
    assert dialog.exercise_marker is None
    areas = [dialog.areas.item(i).text() for i in range(dialog.areas.count())]
    assert areas == [
        "Malaba border post (from the alert)",
        "Cordon 500 m: cordon, circle of 500 m",
    ]
    dialog.headline.setText("Tanker contained in customs yard B")
    dialog.severity.setCurrentIndex(dialog.severity.findData("Extreme"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot, desk.window)

    after = desk.console.board.get(desk.incident.id)  # type: ignore[union-attr]
    assert after is not None
    updates = [desk.store.get_alert(i) for i in after.alert_ids]
    (update,) = [u for u in updates if u is not None and u.alert.msg_type is cap.MsgType.UPDATE]
    info = update.alert.infos[0]
    assert info.headline == "Tanker contained in customs yard B"
    assert info.severity is cap.Severity.EXTREME
    assert [a.area_desc for a in info.areas] == ["Malaba border post", "Cordon 500 m"]
    (queued,) = [q for q in desk.store.pending_outgoing("ke-nps-ws1") if q.identifier]
    assert queued.topic == "idesk/v1/actual/KE/nps/alert"
    assert "published" in desk.window.message_bar.label.text()


def test_cancel_publishes_nothing(qtbot: Any, desk: Desk) -> None:
    dialog = _open_dialog(qtbot, desk)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    settle(qtbot, desk.window)
    assert [q for q in desk.store.pending_outgoing("ke-nps-ws1") if q.identifier] == []


def test_in_a_drill_the_dialog_says_exercise_and_real_incidents_are_refused(
    qtbot: Any, drill_desk: Desk
) -> None:
    desk = drill_desk
    # a real incident on the drill console: the action is off and says why
    assert desk.window.incident_board.select_incident(desk.ids["real"])
    qtbot.waitUntil(lambda: not desk.action.isEnabled(), timeout=5000)
    assert "is real traffic and this console is in exercise" in desk.action.toolTip()
    assert desk.action.statusTip() == desk.action.toolTip()
    dialog = _open_dialog(qtbot, desk)
    assert dialog.exercise_marker is not None
    assert DRILL in dialog.exercise_marker.text()
    assert dialog.headline.text() == "Fuel tanker hijacked at Malaba border post"  # unmarked
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot, desk.window)
    (queued,) = [q for q in desk.store.pending_outgoing("ke-nps-ws1") if q.identifier]
    assert queued.topic == f"idesk/v1/exercise/{DRILL}/KE/nps/alert"
    assert b"<status>Exercise</status>" in queued.payload
