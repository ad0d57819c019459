"""Search all stored alerts from the window (Ctrl+Shift+S): the store's full-text index, read
off the GUI thread, real traffic and the joined exercise only; a hit the queue does not hold
is still opened (selected when near enough, else shown in the detail pane)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from incident_desk.alert_search import console_search
from incident_desk.store import SearchQuery, Store
from incident_desk.ui.search_dialog import SearchDialog
from incident_desk.ui.store_feed import StoreFeed
from tests.gui.test_queue_window import fill, open_window
from tests.helpers.alarms import alert, alert_id
from tests.helpers.alerts import incoming

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StoreFeed, "FIRST_PAGE", 200)
    monkeypatch.setattr(StoreFeed, "OLDER_PAGE", 200)
    monkeypatch.setattr(StoreFeed, "REACH", 300)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(f"sqlite:///{tmp_path / 'search.db'}") as s:
        yield s


def put_named(store: Store, identifier: str, headline: str, *, exercise: str | None = None) -> int:
    message = alert(identifier, severity="Minor", headline=headline, at=timedelta(seconds=1))
    store.write_batch([incoming(message, exercise_id=exercise)])
    return alert_id(store, message)


def search(qtbot: Any, dialog: SearchDialog, words: str) -> list[int]:
    before = dialog.searches
    dialog.words.setText(words)
    dialog.search()
    qtbot.waitUntil(lambda: dialog.searches > before, timeout=10_000)
    return [hit.id for hit in dialog.hits]


def test_a_search_finds_an_alert_far_below_the_rows_the_queue_holds(
    qtbot: Any, store: Store
) -> None:
    old = put_named(store, "KE-nps-tanker", "Fuel tanker abandoned at Malaba weighbridge")
    fill(store, 1_000, start=10)  # the tanker alert is 1,000 alerts below the newest
    win = open_window(qtbot, store)
    assert win.model.row_of(old) is None  # the queue does not hold it
    win.actions_by_name["search_alerts"].trigger()
    dialog = win.window_actions.search_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert search(qtbot, dialog, "weighbridge") == [old]
    assert dialog.table.rowCount() == 1
    assert "Malaba weighbridge" in dialog.table.item(0, 3).text()
    assert dialog.table.item(0, 0).text().endswith("UTC")
    dialog.open_row(0)  # beyond the queue's reach: shown in the detail pane
    qtbot.waitUntil(lambda: "weighbridge" in win.detail.title.text(), timeout=10_000)
    assert search(qtbot, dialog, "nothingmatchesthis") == []
    assert dialog.status.text() == dialog.tr("No stored alert matches.")


def test_a_hit_near_the_queue_is_loaded_and_selected(qtbot: Any, store: Store) -> None:
    near = put_named(store, "KE-nps-near", "Suspicious parcel at Busia market")
    fill(store, 250, start=10)
    win = open_window(qtbot, store)
    assert win.model.row_of(near) is None
    win.window_actions.show_search()
    dialog = win.window_actions.search_dialog
    assert dialog is not None
    assert search(qtbot, dialog, "parcel busia") == [near]
    dialog.open_row(0)
    qtbot.waitUntil(lambda: win.queue.current_alert_id() == near, timeout=10_000)


def test_a_console_searches_real_traffic_and_its_own_exercise_only(store: Store) -> None:
    real = put_named(store, "KE-nps-r", "Checkpoint drill words real")
    mine = put_named(store, "KE-nps-x1", "Checkpoint drill words mine", exercise="EX-1")
    put_named(store, "KE-nps-x2", "Checkpoint drill words other", exercise="EX-2")
    query = SearchQuery(words="checkpoint")
    assert [h.id for h in console_search(store, query, None)] == [real]
    assert [h.id for h in console_search(store, query, "EX-1")] == [mine, real]
    # asking for every exercise does not widen what a console may see
    wide = SearchQuery(words="checkpoint", any_exercise=True, exercise_id="EX-2")
    assert [h.id for h in console_search(store, wide, "EX-1")] == [mine, real]


def test_older_hits_page_on(qtbot: Any, store: Store) -> None:
    ids = [put_named(store, f"KE-nps-p{n:03d}", f"Roadblock report {n}") for n in range(130)]
    win = open_window(qtbot, store)
    win.window_actions.show_search()
    dialog = win.window_actions.search_dialog
    assert dialog is not None
    first = search(qtbot, dialog, "roadblock")
    assert first == sorted(ids, reverse=True)[:100]
    assert dialog.more_button.isEnabled()
    before = dialog.searches
    dialog.more()
    qtbot.waitUntil(lambda: dialog.searches > before, timeout=10_000)
    assert [h.id for h in dialog.hits] == sorted(ids, reverse=True)
    assert not dialog.more_button.isEnabled()
