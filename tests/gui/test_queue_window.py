"""The windowed queue over a real SQLite store: the window opens with the newest page, older
pages load only when asked (``fetchMore``: the view scrolled to its last row), in order,
without duplicates, with their acknowledged and superseded state, keeping selection, sort
and the console's traffic (real / the joined exercise) exactly; the incident board opens
with open and recently closed incidents only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QModelIndex, Qt

from incident_desk import cap
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard, IncidentStatus
from incident_desk.mapfeed import incident_feature_id
from incident_desk.store import IncomingAlert, Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.alert_table import Column, Roles
from incident_desk.ui.store_feed import StoreFeed
from tests.gui.fakes import wait_loaded
from tests.helpers.alarms import ack, alert, cancel, put, update
from tests.helpers.alerts import incoming

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

KE = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
FIRST, PAGE = 300, 400  # small pages: a few thousand alerts make several


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StoreFeed, "FIRST_PAGE", FIRST)
    monkeypatch.setattr(StoreFeed, "OLDER_PAGE", PAGE)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'year.db'}") as s:
        yield s


def fill(store: Store, count: int, *, exercise_every: int = 0, start: int = 0) -> list[cap.Alert]:
    """``count`` Minor alerts (expired long ago: no alarm), one write per 500; every
    ``exercise_every``-th one (if set) in exercise EX-1, the one after it in EX-2."""
    made: list[cap.Alert] = []
    batch: list[IncomingAlert] = []
    for n in range(start, start + count):
        message = alert(f"KE-nps-{n:05d}", severity="Minor", at=timedelta(seconds=n))
        exercise = None
        if exercise_every and n % exercise_every == 0:
            exercise = "EX-1"
        elif exercise_every and n % exercise_every == 1:
            exercise = "EX-2"
        made.append(message)
        batch.append(incoming(message, exercise_id=exercise))
        if len(batch) == 500:
            store.write_batch(batch)
            batch = []
    if batch:
        store.write_batch(batch)
    return made


def open_window(
    qtbot: Any,
    store: Store,
    *,
    exercise_id: str | None = None,
    board: Any = None,
    map_pushes: list[list[Any]] | None = None,
) -> MainWindow:
    console = Console(store, KE, exercise_id=exercise_id, board=board)
    bridge = BusBridge()
    console.add_listener(bridge.post_changes)
    win = MainWindow(
        console, bridge, db_label="sqlite://", broker_label="b:1883", sound=False, with_map=False
    )
    qtbot.addWidget(win)
    if map_pushes is not None:  # what the feed gives the map (this window has no map page)
        win.map.push = lambda upsert, remove=None: map_pushes.append(upsert)  # type: ignore[method-assign]
    win.resize(1366, 768)
    win.show()
    wait_loaded(qtbot, win)
    return win


def shown_ids(win: MainWindow) -> list[int]:
    return [win.model.row_at(r).id for r in range(win.model.rowCount())]


def settled(qtbot: Any, win: MainWindow) -> None:
    """Wait for a page the view itself asked for (its last row showed) to be in."""
    qtbot.waitUntil(lambda: not win.feed.older_in_flight, timeout=10_000)


def more(win: MainWindow) -> bool:
    return win.feed.older_before > 0


def next_page(qtbot: Any, win: MainWindow) -> None:
    """Ask for the next older page as the view does and wait until it is in."""
    settled(qtbot, win)
    with qtbot.waitSignal(win.feed.older_read, timeout=10_000):
        assert win.proxy.canFetchMore(QModelIndex())
        win.proxy.fetchMore(QModelIndex())
        assert not win.queue.older_bar.isHidden()  # "Loading older alerts…"
        assert "older" in win.queue.older_label.text()
        assert not win.proxy.canFetchMore(QModelIndex())  # one page at a time
        assert win.feed.older_in_flight


def test_opens_with_the_newest_page_and_pages_back_in_order(qtbot: Any, store: Store) -> None:
    fill(store, 2_000)
    win = open_window(qtbot, store)
    top = store.list_alerts(limit=1)[0].id
    settled(qtbot, win)
    held = win.model.rowCount()
    assert held == FIRST  # bounded: the newest page only
    assert shown_ids(win) == list(range(top, top - held, -1))  # the newest, newest first
    while more(win):
        held = win.model.rowCount()
        next_page(qtbot, win)
        assert win.model.rowCount() == min(held + PAGE, 2_000)
        assert win.queue.older_bar.isHidden()
    ids = shown_ids(win)
    assert ids == list(range(top, top - 2_000, -1))  # every alert once, in order
    assert not win.proxy.canFetchMore(QModelIndex())


def test_scrolling_to_the_end_asks_for_the_next_page(qtbot: Any, store: Store) -> None:
    fill(store, 1_000)
    win = open_window(qtbot, store)
    settled(qtbot, win)
    held = win.model.rowCount()
    with qtbot.waitSignal(win.feed.older_read, timeout=10_000):
        win.view.scrollToBottom()
    qtbot.waitUntil(lambda: win.model.rowCount() == min(held + PAGE, 1_000))


def test_selection_and_sort_survive_page_loads_and_live_inserts(qtbot: Any, store: Store) -> None:
    fill(store, 1_200)
    win = open_window(qtbot, store)
    chosen = shown_ids(win)[5]
    assert win.select_alert(chosen)
    next_page(qtbot, win)
    assert win.queue.current_alert_id() == chosen
    changes = put(store, alert("KE-nps-live", severity="Minor", at=timedelta(hours=2)))
    win.console.emit(changes)
    qtbot.waitUntil(lambda: win.model.row_of(changes.alerts[0]) is not None, timeout=10_000)
    assert win.queue.current_alert_id() == chosen
    # sorted by headline, descending: older pages and live rows land in their sorted place
    win.view.horizontalHeader().setSortIndicator(Column.EVENT, Qt.SortOrder.DescendingOrder)
    assert win.queue.current_alert_id() == chosen
    next_page(qtbot, win)
    assert win.queue.current_alert_id() == chosen
    keys = [win.proxy.index(r, Column.EVENT).data(Roles.SORT) for r in range(win.proxy.rowCount())]
    assert keys == sorted(keys, reverse=True)
    assert len(set(shown_ids(win))) == win.model.rowCount() == FIRST + 2 * PAGE + 1


def test_an_older_page_knows_its_acknowledged_and_superseded_alerts(
    qtbot: Any, store: Store
) -> None:
    made = fill(store, 1_000)
    old, older, oldest = made[10], made[20], made[30]  # all three in the last page
    put(store, ack(older, at=timedelta(seconds=21)))  # its Ack: in the newest page
    put(store, update(oldest, "KE-nps-30-upd", severity="Minor", at=timedelta(seconds=31)))
    ids = {m.identifier: store.find_alert(m.key()).id for m in (old, older, oldest)}  # type: ignore[union-attr]
    win = open_window(qtbot, store)
    assert win.model.row_of(ids[older.identifier]) is None  # not held yet
    while more(win):
        next_page(qtbot, win)
    assert win.model.is_acknowledged(ids[older.identifier])
    assert not win.model.is_acknowledged(ids[old.identifier])
    assert win.model.is_superseded(ids[oldest.identifier])
    assert not win.model.is_superseded(ids[old.identifier])


def test_an_ack_or_cancel_stored_with_its_alert_in_an_older_page_marks_it(
    qtbot: Any, store: Store
) -> None:
    first = alert("KE-nps-first", severity="Minor")
    second = alert("KE-nps-second", severity="Minor")
    put(store, first, second, ack(first, at=timedelta(seconds=1)))  # older than the newest page
    put(store, cancel(second, "KE-nps-second-cancel", severity="Minor"))
    fill(store, 600, start=10)
    win = open_window(qtbot, store)
    next_page(qtbot, win)
    first_id, second_id = (store.find_alert(a.key()).id for a in (first, second))  # type: ignore[union-attr]
    assert win.model.row_of(first_id) is not None
    assert win.model.is_acknowledged(first_id)
    assert not win.model.is_acknowledged(second_id)
    assert win.model.is_superseded(second_id)
    assert win.model.index(win.model.row_of(second_id), 0).data(Roles.SUPERSEDED) == "cancelled"


@pytest.mark.parametrize("joined", [None, "EX-1"])
def test_older_pages_show_only_this_consoles_traffic(
    qtbot: Any, store: Store, joined: str | None
) -> None:
    fill(store, 1_500, exercise_every=3)  # real, EX-1, EX-2, real, ...
    real_alert = alert("KE-real-acked-by-drill", severity="Minor")
    put(store, real_alert)
    put(store, ack(real_alert), exercise_id="EX-2")  # another exercise's Ack
    fill(store, 700, start=5_000)
    win = open_window(qtbot, store, exercise_id=joined)
    while more(win):
        next_page(qtbot, win)
    held = [win.model.row_at(r) for r in range(win.model.rowCount())]
    traffic = {r.exercise_id for r in held}
    assert traffic == ({None} if joined is None else {None, "EX-1"})
    assert len(held) == sum(
        1 for a in store.list_alerts(limit=None) if a.exercise_id in (None, joined)
    )
    real_id = store.find_alert(real_alert.key()).id  # type: ignore[union-attr]
    assert win.model.row_of(real_id) is not None
    assert not win.model.is_acknowledged(real_id)  # exercise and real never mix


def test_a_filter_that_finds_nothing_stops_asking_after_a_few_pages(
    qtbot: Any, store: Store
) -> None:
    fill(store, FIRST + PAGE * 8)
    win = open_window(qtbot, store)
    pages: list[Any] = []
    win.feed.older_read.connect(pages.append)
    win.proxy.set_text("no alert says this")
    assert win.proxy.rowCount() == 0
    win.queue.want_older()  # the view is empty: it wants more
    limit = win.proxy.BARREN_PAGES
    qtbot.waitUntil(lambda: not win.queue.older_button.isHidden(), timeout=20_000)
    assert len(pages) == limit  # then it stops, with older alerts still stored
    assert win.feed.older_before > 0
    assert not win.proxy.canFetchMore(QModelIndex())
    assert "Ctrl+Shift+S" in win.queue.older_label.text()
    with qtbot.waitSignal(win.feed.older_read, timeout=10_000):
        win.queue.older_button.click()  # keep looking: the next pages
    assert len(pages) > limit


def _closed(board: IncidentBoard, clock: list[datetime], title: str, age: timedelta) -> int:
    clock[0] = datetime.now(UTC) - age
    made = board.create_at(-1.28, 36.82, title, "op")
    board.set_status(made.incidents[0], IncidentStatus.CLOSED, "op")
    return made.incidents[0]


def test_the_board_opens_with_open_and_recently_closed_incidents(qtbot: Any, store: Store) -> None:
    clock = [datetime.now(UTC)]
    board = IncidentBoard(store, clock=lambda: clock[0])
    old = [_closed(board, clock, f"Closed long ago {n}", timedelta(days=30 + n)) for n in range(3)]
    recent = _closed(board, clock, "Closed this morning", timedelta(hours=3))
    clock[0] = datetime.now(UTC) - timedelta(days=90)
    still_open = board.create_at(-1.28, 36.82, "Open since spring", "op").incidents[0]
    clock[0] = datetime.now(UTC)
    pushes: list[list[Any]] = []
    win = open_window(qtbot, store, board=board, map_pushes=pushes)
    model = win.incident_board.model
    assert set(model.incident_ids()) == {still_open, recent}
    # the map opens with the active incidents only
    assert [f["properties"]["id"] for f in pushes[0]] == [incident_feature_id(still_open)]
    button = win.incident_board.buttons["older_closed"]
    with qtbot.waitSignal(win.feed.closed_read, timeout=10_000):
        button.click()
    assert set(model.incident_ids()) == {still_open, recent, *old}
    with qtbot.waitSignal(win.feed.closed_read, timeout=10_000):
        button.click()  # nothing older: said, and the button is off
    assert not button.isEnabled()


def test_an_alert_asked_for_by_id_is_loaded_and_selected(qtbot: Any, store: Store) -> None:
    fill(store, 3_000)
    win = open_window(qtbot, store)
    settled(qtbot, win)
    top = store.list_alerts(limit=1)[0].id
    wanted = top - 2_000  # an alarm's alert, say: well below the newest page
    assert win.model.row_of(wanted) is None
    with qtbot.waitSignal(win.feed.older_read, timeout=10_000):
        assert win.select_alert(wanted)  # on its way
    assert win.queue.current_alert_id() == wanted
    ids = shown_ids(win)
    assert ids == list(range(top, wanted - 1, -1))  # everything down to it, once, in order
    next_page(qtbot, win)  # and paging goes on below it (the view may have asked too)
    held = win.model.rowCount()
    assert held >= len(ids) + PAGE
    assert shown_ids(win) == list(range(top, top - held, -1))
    win.feed.REACH = 10  # type: ignore[misc]  # too far below what is held: not this way
    assert not win.select_alert(1)
