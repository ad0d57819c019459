"""The incident board in the main window, on a real SQLite store, board and console."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QInputDialog

from incident_desk.cap import Alert
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import TRANSITIONS, IncidentBoard, IncidentStatus
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.incident_board import STATUS_ACTIONS, status_action_allowed
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.incident_table import Column, IncidentTableModel, Roles
from incident_desk.ui.screenshot import save_screenshot
from incident_desk.ui.theme import ALARM_RED, severity_colours
from incident_desk.ui.timeline import RAW_ROLE
from tests.gui.fakes import wait_loaded
from tests.helpers.alerts import BASE_TIME, incoming, make_alert
from tests.unit.incidents.build import NOW, circle, country_lookup, exercise_alert, with_area

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
WAIT_MS = 3000

# Showing a top-level window on the offscreen platform logs this on every resize/show; it says
# the plugin has no window manager to tell about size hints, nothing about our code.
pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    # scripted dialogues of operator actions, step by step: each action completes in its
    # click (the threaded OpRunner path is tested in test_ops.py and test_main_window.py)
    pytest.mark.usefixtures("sync_ops"),
]

NAIROBI = circle(-1.286, 36.817)  # KE in the stand-in country lookup
KAMPALA = circle(0.347, 32.582)  # UG


def _alert(
    n: int, area: Any, *, incidents: tuple[str, ...] = (), event: str = "Explosion"
) -> Alert:
    return with_area(
        make_alert(
            f"KE-police-{n:04d}",
            sent=BASE_TIME.replace(minute=n),
            incidents=incidents,
            event=event,
            headline=f"{event} report {n}",
        ),
        area,
    )


class Desk:
    """A store with a few alerts, the board, the console and the main window over them."""

    def __init__(self, qtbot: Any, tmp_path: Path, exercise_id: str | None = None) -> None:
        self.qtbot = qtbot
        self.store = Store.open(f"sqlite:///{tmp_path / 'desk.db'}")
        self.board = IncidentBoard(self.store, country_lookup, clock=lambda: NOW)
        items = [
            incoming(_alert(1, NAIROBI, incidents=("KE-INC-7",))),
            incoming(_alert(2, KAMPALA, event="Armed attack")),
            incoming(_alert(3, NAIROBI, event="Suspicious vehicle")),
            incoming(exercise_alert("EX-other-1", "EX-OTHER", incidents=("DRILL-9",)),
                     exercise_id="EX-OTHER"),
            incoming(exercise_alert("EX-joined-1", "EX-1", incidents=("DRILL-1",)),
                     exercise_id="EX-1"),
        ]  # fmt: skip
        result = self.store.write_batch(items)
        self.ids = [r.alert_id for r in result.results]
        self.console = Console(
            self.store,
            Identity("KE", "nps", "nps.go.ke", "op.wanjiru", "nbi-ws-01"),
            board=self.board,
            exercise_id=exercise_id,
        )
        self.bridge = BusBridge()
        self.console.add_listener(self.bridge.post_changes)

    def open_window(self) -> MainWindow:
        win = MainWindow(
            self.console,
            self.bridge,
            db_label="sqlite://",
            broker_label="b:1883",
            sound=False,
            with_map=False,
        )
        self.qtbot.addWidget(win)
        wait_loaded(self.qtbot, win)
        return win

    def show(self, win: MainWindow) -> None:
        with self.qtbot.waitActive(win, timeout=WAIT_MS):  # shortcuts need the active window
            win.show()
            win.activateWindow()

    def incident_of(self, alert_index: int) -> Any:
        found = self.board.incident_for_alert(self.ids[alert_index])
        assert found is not None
        return found

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[Desk]:
    d = Desk(qtbot, tmp_path)
    yield d
    d.close()


def _rows(win: MainWindow) -> list[tuple[str, str, str, int]]:
    """(key, status, country, alerts) of every incident row shown, sorted by key."""
    proxy = win.incident_board.proxy
    return sorted(
        (
            proxy.index(r, Column.KEY).data(Roles.INCIDENT_KEY),
            proxy.index(r, Column.STATUS).data(),
            proxy.index(r, Column.COUNTRY).data(),
            proxy.index(r, Column.ALERTS).data(),
        )
        for r in range(proxy.rowCount())
    )


def _timeline(win: MainWindow) -> list[tuple[str, str, str, str]]:
    """(actor, kind id, incident key, text) of every timeline row shown (the Kind column
    shows the kind in words, its id is ``RAW_ROLE``)."""
    proxy = win.timeline.proxy
    return [
        (
            proxy.index(r, 1).data(),
            proxy.index(r, 3).data(RAW_ROLE),
            proxy.index(r, 4).data(),
            proxy.index(r, 5).data(),
        )
        for r in range(proxy.rowCount())
    ]


def _select_incidents(win: MainWindow, *incident_ids: int) -> None:
    board = win.incident_board
    assert board.select_incident(incident_ids[0])
    for incident_id in incident_ids[1:]:
        row = board.proxy.mapFromSource(board.model.index(board.model.row_of(incident_id), 0))
        board.view.selectionModel().select(
            QItemSelection(row, row),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


# -- the model ----------------------------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester: Any, desk: Desk) -> None:
    desk.board.correlate(desk.ids)
    snapshots = desk.board.list_incidents()
    assert len(snapshots) == 3  # KE-INC-7 (real) and the two exercises' drills
    model = IncidentTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_incidents(snapshots[:1])
    model.upsert(snapshots)  # one update in place, two inserts
    assert [model.index(r, Column.KEY).data() for r in range(3)] == [s.key for s in snapshots]
    assert model.index(0, Column.ALERTS).data() == 1
    exercise_row = next(r for r in range(3) if model.index(r, 0).data(Roles.IS_EXERCISE))
    assert model.index(exercise_row, Column.EXERCISE).data() == "EX"
    real_row = next(r for r in range(3) if not model.index(r, 0).data(Roles.IS_EXERCISE))
    assert model.index(real_row, Column.EXERCISE).data() == ""  # a real-only console
    assert (
        model.index(exercise_row, Column.EXERCISE)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Exercise EX-")
    )
    model.remove([snapshots[1].id])
    assert model.incident_ids() == [snapshots[0].id, snapshots[2].id]
    assert model.row_of(snapshots[1].id) is None
    qtmodeltester.check(model, force_py=True)


def test_status_buttons_follow_transitions() -> None:
    for current in IncidentStatus:
        allowed = {
            STATUS_ACTIONS[n][1] for n in STATUS_ACTIONS if status_action_allowed(n, current)
        }
        assert allowed == set(TRANSITIONS[current])
        assert status_action_allowed("incident_reopen", current) == (
            current == IncidentStatus.CLOSED
        )


# -- actions through the main window ------------------------------------------------------------


def test_ctrl_i_creates_an_incident_from_the_selected_alert(qtbot: Any, desk: Desk) -> None:
    win = desk.open_window()
    desk.show(win)
    assert _rows(win) == []
    assert win.select_alert(desk.ids[2])  # the suspicious vehicle: no CAP incident id
    with qtbot.wait_signal(win.bridge.changes_applied, timeout=WAIT_MS) as emitted:
        qtbot.keyClick(win.view, Qt.Key.Key_I, CTRL)
    key = "INC-KE-20260314-1"
    assert emitted.args[0].incidents == (desk.incident_of(2).id,)
    assert _rows(win) == [(key, "new", "KE", 1)]
    assert win.incident_board.current_incident_id() == desk.incident_of(2).id
    assert win.timeline.incident_label.text() == key
    qtbot.waitUntil(lambda: len(_timeline(win)) == 1, timeout=WAIT_MS)
    actor, kind, incident, text = _timeline(win)[0]
    assert (actor, kind, incident) == ("op.wanjiru", "incident.created", key)
    assert "Suspicious vehicle report 3" in text
    # a second Ctrl+I on the same alert is refused in plain words
    qtbot.keyClick(win.view, Qt.Key.Key_I, CTRL)
    assert win.message_bar.level == "error"
    assert f"already belongs to incident {key}" in win.message_bar.label.text()
    assert len(_rows(win)) == 1


def test_attach_then_the_queue_highlights_the_incident(qtbot: Any, desk: Desk) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")  # KE-INC-7
    win = desk.open_window()
    desk.show(win)
    survivor = desk.incident_of(0)
    assert win.incident_board.select_incident(survivor.id)
    assert win.select_alert(desk.ids[2])  # ungrouped: the board keeps its selection
    assert win.incident_board.current_incident_id() == survivor.id
    qtbot.keyClick(win.view, Qt.Key.Key_A, CTRL_SHIFT)
    assert _rows(win) == [("KE-INC-7", "new", "KE", 2)]
    assert desk.board.get(survivor.id).alert_ids == (desk.ids[0], desk.ids[2])  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(k == "incident.attach" for _, k, _, _ in _timeline(win)), timeout=WAIT_MS
    )
    assert ("op.wanjiru", "incident.attach") in {(a, k) for a, k, _, _ in _timeline(win)}
    # selecting another alert elsewhere, then the attached one, brings its incident back
    win.incident_board.view.clearSelection()
    win.incident_board.view.setCurrentIndex(win.incident_board.proxy.index(-1, -1))
    assert win.incident_board.current_incident_id() is None
    assert win.select_alert(desk.ids[1])
    assert win.incident_board.current_incident_id() is None  # alert 2 has no incident
    # the highlighted incident is the selected incident: the command panel, timeline and
    # exports follow it (the map already follows the alert itself)
    with qtbot.wait_signal(win.incident_board.incident_selected, timeout=WAIT_MS) as chosen:
        assert win.select_alert(desk.ids[2])
    assert chosen.args == [survivor.id]
    assert not win.incident_board.following_queue
    assert win.incident_board.current_incident_id() == survivor.id
    assert win.current_alert_id() == desk.ids[2]  # the queue keeps its selection
    assert win.timeline.incident_label.text() == "KE-INC-7"  # the alert has no CAP id itself


def test_merge_two_incidents_keeps_the_older(
    qtbot: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")
    desk.board.create_from_alert(desk.ids[1], "op.other", "ws-2")
    older, newer = desk.incident_of(0), desk.incident_of(1)
    win = desk.open_window()
    desk.show(win)
    asked: list[tuple[str, list[str], int]] = []
    answer: list[tuple[int, bool]] = [(0, False)]

    def get_item(_parent: Any, title: str, _label: str, items: list[str], current: int,
                 _editable: bool) -> tuple[str, bool]:  # fmt: skip
        asked.append((title, list(items), current))
        index, ok = answer[0]
        return items[index], ok

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    _select_incidents(win, newer.id, older.id)
    assert win.incident_board.buttons["merge_incidents"].isEnabled()
    qtbot.keyClick(win.incident_board.view, Qt.Key.Key_M, CTRL_SHIFT)  # cancelled
    assert asked == [
        (
            "Merge incidents",
            [
                f"Keep KE-INC-7 (older), merge {newer.key} into it",
                f"Keep {newer.key}, merge KE-INC-7 into it",
            ],
            0,
        )
    ]
    assert len(_rows(win)) == 2
    answer[0] = (0, True)
    qtbot.keyClick(win.incident_board.view, Qt.Key.Key_M, CTRL_SHIFT)
    assert _rows(win) == [("KE-INC-7", "new", "KE", 2)]
    assert desk.board.get(newer.id).merged_into == older.id  # type: ignore[union-attr]
    assert win.incident_board.current_incident_id() == older.id
    qtbot.waitUntil(
        lambda: sum(k == "incident.merge" for _, k, _, _ in _timeline(win)) == 2, timeout=WAIT_MS
    )


def test_merge_needs_two_incidents(desk: Desk) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")
    win = desk.open_window()
    win.incident_board.select_incident(desk.incident_of(0).id)
    assert not win.incident_board.buttons["merge_incidents"].isEnabled()
    win.actions_by_name["merge_incidents"].trigger()
    assert "exactly two incidents" in win.message_bar.label.text()


def test_status_lifecycle_and_a_refused_transition(qtbot: Any, desk: Desk) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")
    incident = desk.incident_of(0)
    win = desk.open_window()
    desk.show(win)
    board = win.incident_board
    assert board.select_incident(incident.id)

    def enabled() -> set[str]:
        return {n for n in STATUS_ACTIONS if board.buttons[n].isEnabled()}

    assert enabled() == {"incident_activate", "incident_close"}
    # Alt+2 (contain) on a new incident: the core refuses, the reason is shown
    qtbot.keyClick(board.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert win.message_bar.level == "error"
    assert not win.message_bar.isHidden()
    text = win.message_bar.label.text()
    assert "it has to be active before it is contained" in text
    assert "Traceback" not in text
    assert desk.board.get(incident.id).status == IncidentStatus.NEW  # type: ignore[union-attr]
    for button, status, then_enabled in (
        ("incident_activate", "active", {"incident_contain", "incident_close"}),
        ("incident_contain", "contained", {"incident_activate", "incident_close"}),
        ("incident_close", "closed", {"incident_reopen"}),
        ("incident_reopen", "active", {"incident_contain", "incident_close"}),
    ):
        qtbot.mouseClick(board.buttons[button], Qt.MouseButton.LeftButton)
        assert _rows(win) == [("KE-INC-7", status, "KE", 1)]
        assert enabled() == then_enabled
    qtbot.waitUntil(
        lambda: sum(k == "incident.status" for _, k, _, _ in _timeline(win)) == 4, timeout=WAIT_MS
    )
    statuses = [t for a, k, _, t in _timeline(win) if k == "incident.status"]
    assert statuses == [
        "Status new → active",
        "Status active → contained",
        "Status contained → closed",
        "Status closed → active",
    ]
    assert {a for a, k, _, _ in _timeline(win) if k == "incident.status"} == {"op.wanjiru"}


def test_note_appears_in_the_timeline_with_the_operator(
    qtbot: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")
    desk.board.create_from_alert(desk.ids[1], "op.other", "ws-2")
    win = desk.open_window()
    desk.show(win)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *_a, **_k: ("Cordon set at the bus terminal", True)),
    )
    assert win.incident_board.select_incident(desk.incident_of(0).id)
    qtbot.keyClick(win.incident_board.view, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(_timeline(win)) == 3, timeout=WAIT_MS)
    win.timeline.only_incident.setChecked(True)  # entries of the selected incident only
    assert _timeline(win) == [
        ("op.other", "incident.created", "KE-INC-7", _timeline(win)[0][3]),
        ("op.wanjiru", "incident.note", "KE-INC-7", "Cordon set at the bus terminal"),
    ]
    row = win.timeline.model.rowCount() - 1
    assert win.timeline.model.index(row, 2).data() == "nbi-ws-01"


def test_country_filter_lists_the_countries_present(qtbot: Any, desk: Desk) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")
    win = desk.open_window()
    combo = win.incident_board.country_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All countries", "KE"]
    # an incident in another country arrives the way ingest reports it
    desk.console.emit(desk.board.create_from_alert(desk.ids[1], "op.other", "ws-2"))
    qtbot.waitUntil(lambda: combo.count() == 3, timeout=WAIT_MS)
    assert [combo.itemText(i) for i in range(combo.count())] == ["All countries", "KE", "UG"]
    combo.setCurrentIndex(combo.findData("UG"))
    assert [(k, c) for k, _, c, _ in _rows(win)] == [("INC-UG-20260314-1", "UG")]
    win.incident_board.status_filter.setCurrentIndex(
        win.incident_board.status_filter.findData("closed")
    )
    assert _rows(win) == []
    win.incident_board.status_filter.setCurrentIndex(0)
    combo.setCurrentIndex(0)
    win.incident_board.text_filter.setText("ke-inc")
    assert [k for k, _, _, _ in _rows(win)] == ["KE-INC-7"]


def test_exercise_incidents_only_of_the_joined_exercise(qtbot: Any, tmp_path: Path) -> None:
    desk = Desk(qtbot, tmp_path, exercise_id="EX-1")
    try:
        desk.board.correlate(desk.ids)  # KE-INC-7 (real), DRILL-1 (EX-1), DRILL-9 (EX-OTHER)
        assert len(desk.board.list_incidents()) == 3
        win = desk.open_window()
        assert [k for k, _, _, _ in _rows(win)] == ["DRILL-1", "KE-INC-7"]
        board = win.incident_board
        drill = board.model.index(board.model.row_of(desk.incident_of(4).id), Column.EXERCISE)
        real = board.model.index(board.model.row_of(desk.incident_of(0).id), Column.EXERCISE)
        # a real incident among the drill's says so in words under its key (the queue's Mode
        # words), bold, without taking room from the title
        key = Column.KEY
        drill_key = board.model.index(board.model.row_of(desk.incident_of(4).id), key)
        real_key = board.model.index(board.model.row_of(desk.incident_of(0).id), key)
        assert (drill_key.data(), real_key.data()) == ("EX\nDRILL-1", "REAL\nKE-INC-7")
        assert real_key.data(Qt.ItemDataRole.FontRole).bold()
        assert real_key.data(Qt.ItemDataRole.BackgroundRole).color().name() == ALARM_RED
        assert real_key.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#ffffff"
        assert not (drill_key.data(Qt.ItemDataRole.FontRole) or QFont()).bold()
        assert (drill.data(), real.data()) == ("EX", "REAL")  # the optional Mode column
        assert real.data(Qt.ItemDataRole.ToolTipRole) == "Real incident, not the exercise"
        view = board.view
        rect = view.visualRect(board.proxy.mapFromSource(real_key))
        two_lines = 2 * QFontMetrics(view.font()).lineSpacing()
        assert rect.height() >= two_lines  # both lines shown, not cut
        background = Qt.ItemDataRole.BackgroundRole
        severe = severity_colours("Severe", None).background
        real_title = real.siblingAtColumn(Column.TITLE)
        drill_title = drill.siblingAtColumn(Column.TITLE)
        assert real_title.data(background).color().name() == severe  # both alerts are Severe
        assert drill_title.data(background).color().name() == severe  # the real code
        # the timeline pane follows the same rule: nothing of another exercise
        shown = {key for _, _, key, _ in _timeline(win)}
        assert {"DRILL-1", "KE-INC-7"} <= shown
        assert "DRILL-9" not in shown
        model = win.model
        assert any(model.row_at(r).exercise_id for r in range(model.rowCount()))  # in the queue
        assert win.queue.select_alert(desk.ids[4])  # the drill's alert, in the detail pane
        qtbot.waitUntil(lambda: win.detail.alert_id == desk.ids[4], timeout=WAIT_MS)
        win.console.exercise_id = None  # as Runtime.leave_exercise does after ENDEX
        win.left_exercise()  # out of the exercise every incident is real
        # and the drill's incident, alerts and entries leave the window (the store keeps
        # them): left on the board it looked like a real incident
        assert [k for k, _, _, _ in _rows(win)] == ["KE-INC-7"]
        real_key = board.model.index(board.model.row_of(desk.incident_of(0).id), key)
        assert real_key.data() == "KE-INC-7"
        assert real_key.siblingAtColumn(Column.EXERCISE).data() == ""
        assert {key for _, _, key, _ in _timeline(win)} == {"KE-INC-7"}
        assert model.rowCount() > 0
        assert not any(model.row_at(r).exercise_id for r in range(model.rowCount()))
        assert win.detail.alert_id is None
        assert len(desk.board.list_incidents()) == 3
    finally:
        desk.close()


def test_real_console_hides_every_exercise(qtbot: Any, desk: Desk) -> None:
    desk.board.correlate(desk.ids)
    win = desk.open_window()
    assert [k for k, _, _, _ in _rows(win)] == ["KE-INC-7"]
    assert {key for _, _, key, _ in _timeline(win)} == {"KE-INC-7"}
    # a change record about another exercise's incident does not bring it in
    drill = desk.incident_of(3)
    win.feed.note(desk.board.add_note(drill.id, "drill note", "op.x"))
    qtbot.waitUntil(lambda: win.refresh_count >= 1, timeout=WAIT_MS)
    assert [k for k, _, _, _ in _rows(win)] == ["KE-INC-7"]


def test_help_lists_the_incident_shortcuts(desk: Desk) -> None:
    win = desk.open_window()
    win.actions_by_name["help"].trigger()
    text = win.window_actions.help_box.text()
    for key in ("Ctrl+I", "Ctrl+Shift+A", "Ctrl+Shift+M", "Ctrl+Shift+N", "Ctrl+B", "Alt+1"):
        assert key in text
    win.window_actions.help_box.close()


def test_screenshot_with_incidents(qtbot: Any, tmp_path: Path) -> None:
    desk = Desk(qtbot, tmp_path, exercise_id="EX-1")  # one exercise incident shows, tinted
    desk.board.correlate(desk.ids)
    desk.board.create_from_alert(desk.ids[1], "op.wanjiru", "nbi-ws-01")
    desk.board.create_from_alert(desk.ids[2], "op.wanjiru", "nbi-ws-01")
    desk.board.set_status(desk.incident_of(0).id, "active", "op.wanjiru")
    desk.board.set_status(desk.incident_of(1).id, "closed", "op.wanjiru")
    win = desk.open_window()
    desk.show(win)
    win.resize(1600, 1000)
    win.select_alert(desk.ids[0])
    try:
        path = save_screenshot(win, ARTIFACTS / "incident-board.png")
    finally:
        desk.close()
    image = QImage(str(path))
    assert not image.isNull()
    assert [k for k, _, _, _ in _rows(win)] == [
        "DRILL-1",
        "INC-KE-20260314-1",
        "INC-UG-20260314-1",
        "KE-INC-7",
    ]
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 50


def test_ctrl_b_moves_the_keyboard_to_the_board(qtbot: Any, desk: Desk) -> None:
    desk.board.create_from_alert(desk.ids[0], "op.other", "ws-2")
    win = desk.open_window()
    desk.show(win)
    win.view.setFocus()
    assert win.incident_board.current_incident_id() is None
    qtbot.keyClick(win.view, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(win.incident_board.view.hasFocus, timeout=WAIT_MS)
    assert win.incident_board.current_incident_id() == desk.incident_of(0).id
    assert win.timeline.incident_label.text() == "KE-INC-7"


def test_a_console_without_a_board_says_so(qtbot: Any, window: MainWindow) -> None:
    assert window.incident_board.model.rowCount() == 0
    assert window.select_alert(2)
    window.actions_by_name["new_incident"].trigger()
    assert window.message_bar.level == "error"
    assert window.message_bar.label.text() == "This console has no incident board."
