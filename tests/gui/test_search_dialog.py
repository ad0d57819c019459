"""Search all stored alerts from the window (Ctrl+Shift+S): the store's full-text index, read
off the GUI thread, real traffic and the joined exercise only; a hit the queue does not hold
is still opened (selected when near enough, else shown in the detail pane)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QDateTime, Qt

from incident_desk import timefmt
from incident_desk.alert_search import console_search
from incident_desk.store import SearchQuery, Store
from incident_desk.ui.search_dialog import SearchDialog, TimeRange
from incident_desk.ui.store_feed import StoreFeed
from incident_desk.ui.theme import REAL_MARK
from tests.gui.test_queue_window import fill, open_window
from tests.helpers.alarms import T0, alert, alert_id
from tests.helpers.alerts import incoming
from tests.helpers.stores import small_search

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


def put_named(
    store: Store,
    identifier: str,
    headline: str,
    *,
    exercise: str | None = None,
    agency: str = "police",
    sent: datetime = T0 + timedelta(seconds=1),
) -> int:
    message = alert(identifier, severity="Minor", headline=headline, at=sent - T0)
    stored = incoming(message, exercise_id=exercise).model_copy(update={"agency": agency})
    store.write_batch([stored])
    return alert_id(store, message)


def open_search(qtbot: Any, store: Store) -> SearchDialog:
    win = open_window(qtbot, store)
    win.window_actions.show_search()
    dialog = win.window_actions.search_dialog
    assert dialog is not None
    return dialog


def choose(when: TimeRange, preset: int) -> None:
    when.preset.setCurrentIndex(when.preset.findData(preset))


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
    headline, when = dialog.table.item(0, 4), dialog.table.item(0, 1)
    assert headline is not None
    assert when is not None
    assert "Malaba weighbridge" in headline.text()
    sent = T0 + timedelta(seconds=1)  # the window's clock: local time, UTC in the hover
    assert when.text() == timefmt.local(sent)
    assert when.toolTip() == f"{timefmt.local(sent)} / {timefmt.utc(sent)}"
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
    assert [h.id for h in console_search(store, query, None).hits] == [real]
    assert [h.id for h in console_search(store, query, "EX-1").hits] == [mine, real]
    # asking for every exercise does not widen what a console may see
    wide = SearchQuery(words="checkpoint", any_exercise=True, exercise_id="EX-2")
    assert [h.id for h in console_search(store, wide, "EX-1").hits] == [mine, real]


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


def test_a_page_that_stopped_at_its_span_says_how_far_back_and_older_hits_goes_on(
    qtbot: Any, pg_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a large PostgreSQL store in miniature: a page searches 50 ids past the newest 10
    small_search(monkeypatch, common=1, recent=(10,), span=50)  # its two alerts are common
    old = put_named(pg_store, "KE-nps-old", "Roadblock at Malaba", sent=T0)
    fill(pg_store, 120, start=10)  # newer alerts without the word
    new = put_named(pg_store, "KE-nps-new", "Roadblock at Busia")
    dialog = open_search(qtbot, pg_store)

    assert not dialog.open_button.isEnabled()  # nothing selected yet: nothing to open
    assert search(qtbot, dialog, "roadblock") == [new]
    assert dialog.open_button.isEnabled()  # the newest hit is selected
    status = dialog.status.text()
    assert "Searched the alerts received since" in status
    assert dialog.more_button.isEnabled()  # not greyed out: older alerts are left
    assert dialog.more_button.toolTip() == dialog.tr("Search the alerts received before those")
    for _ in range(5):  # each press searches one span further back
        before = dialog.searches
        dialog.more()
        qtbot.waitUntil(lambda n=before: dialog.searches > n, timeout=10_000)
        if not dialog.more_button.isEnabled():
            break
    assert [h.id for h in dialog.hits] == [new, old]
    assert not dialog.more_button.isEnabled()
    assert dialog.status.text() == dialog.tr(
        "%n alert(s) shown, newest first. Double-click one to open it.", "", 2
    )


def test_an_agency_narrows_the_search_and_the_codes_stored_are_offered(
    qtbot: Any, store: Store
) -> None:
    police = put_named(store, "KE-nps-a1", "Roadblock at Malaba", agency="police")
    upf = put_named(store, "UG-upf-a2", "Roadblock at Busia", agency="upf")
    put_named(store, "KE-kdf-a3", "Convoy at Busia", agency="kdf")
    dialog = open_search(qtbot, store)
    qtbot.waitUntil(lambda: dialog.agency_codes.stringList() == ["kdf", "police", "upf"])
    dialog.agency.setText("UPF ")  # as typed: the codes are lower-case
    assert search(qtbot, dialog, "roadblock") == [upf]
    dialog.agency.setText("police")
    assert search(qtbot, dialog, "") == [police]
    dialog.agency.clear()
    assert sorted(search(qtbot, dialog, "roadblock")) == sorted([police, upf])


def test_a_custom_time_range_includes_both_minutes_shown(qtbot: Any, store: Store) -> None:
    at = T0 + timedelta(hours=2)
    put_named(store, "KE-nps-t0", "Fire at depot", sent=at - timedelta(minutes=1))
    first = put_named(store, "KE-nps-t1", "Fire at depot", sent=at)
    last = put_named(
        store, "KE-nps-t2", "Fire at depot", sent=at + timedelta(minutes=30, seconds=59)
    )
    put_named(store, "KE-nps-t3", "Fire at depot", sent=at + timedelta(minutes=31))
    dialog = open_search(qtbot, store)
    when = dialog.when
    choose(when, TimeRange.CUSTOM)
    assert when.start.isVisible()
    assert when.end.isVisible()
    when.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(at.timestamp())))
    when.end.setDateTime(
        QDateTime.fromSecsSinceEpoch(int((at + timedelta(minutes=30)).timestamp()))
    )
    assert search(qtbot, dialog, "fire") == [last, first]
    assert search(qtbot, dialog, "") == [last, first]  # no words: newest sent first
    before = dialog.searches
    when.end.setDateTime(QDateTime.fromSecsSinceEpoch(int((at - timedelta(hours=1)).timestamp())))
    dialog.search()
    assert dialog.searches == before  # not sent to the store
    assert dialog.status.text() == dialog.tr("The time range ends before it starts.")


def test_a_preset_reaches_back_from_now(qtbot: Any, store: Store) -> None:
    now = datetime.now(UTC)
    hour = put_named(store, "KE-nps-h", "Flood on A104", sent=now - timedelta(hours=1))
    days = put_named(store, "KE-nps-d", "Flood on A104", sent=now - timedelta(days=3))
    put_named(store, "KE-nps-m", "Flood on A104", sent=now - timedelta(days=40))
    dialog = open_search(qtbot, store)
    when = dialog.when
    assert not when.start.isVisible()  # any time: no fields to fill
    choose(when, 24)
    assert search(qtbot, dialog, "flood") == [hour]
    choose(when, 7 * 24)
    assert search(qtbot, dialog, "flood") == [days, hour]
    choose(when, 0)
    assert len(search(qtbot, dialog, "flood")) == 3
    choose(when, 7 * 24)
    choose(when, TimeRange.CUSTOM)  # the fields start from the preset shown before
    shown = when.start.dateTime().toSecsSinceEpoch()
    assert abs(shown - (now - timedelta(days=7)).timestamp()) < 120


def test_an_inject_found_reads_its_sent_time_on_the_exercise_clock(
    qtbot: Any, store: Store
) -> None:
    """An inject is stamped on the exercise clock: its hit says ``EX T+00:04:00`` (as the
    queue and the detail pane do), a participant's own exercise alert its local time."""
    from incident_desk.scenario import parse_scenario, render_cap
    from tests.unit.exercise.conftest import BASE, SMALL

    scenario = parse_scenario(SMALL)
    inject = render_cap(scenario, scenario.inject(5), BASE)  # "Second device found", T+00:04:00
    store.write_batch(
        [
            incoming(
                inject,
                topic="idesk/v1/exercise/EX-T1/KE/nps/alert",
                received_at=datetime.now(UTC),
                exercise_id="EX-T1",
            )
        ]
    )
    own = put_named(store, "UG-upf-own", "Second device report", exercise="EX-T1")
    win = open_window(qtbot, store, exercise_id="EX-T1")
    win.window_actions.show_search()
    dialog = win.window_actions.search_dialog
    assert dialog is not None
    found = search(qtbot, dialog, "second device")
    assert len(found) == 2
    cells = {hit.id: dialog.table.item(row, 1) for row, hit in enumerate(dialog.hits)}
    injected = alert_id(store, inject)
    assert cells[injected].text() == "EX T+00:04:00"
    assert "exercise clock" in cells[injected].toolTip()
    # the headline as the queue shows it: the mandated EXERCISE EXERCISE EXERCISE dropped
    headlines = {hit.id: dialog.table.item(row, 4).text() for row, hit in enumerate(dialog.hits)}
    stored = store.get_alert(injected)
    assert stored is not None
    assert stored.headline is not None
    assert stored.headline.startswith("EXERCISE EXERCISE EXERCISE ")
    assert headlines[injected] == stored.headline.removeprefix("EXERCISE EXERCISE EXERCISE ")
    sent = store.get_alert(own)
    assert sent is not None
    assert cells[own].text() == timefmt.local(sent.sent_utc)


def test_a_real_hit_and_a_drill_hit_never_look_alike(qtbot: Any, store: Store) -> None:
    """The results say EX or REAL as the queue does: during a drill a real alert's REAL is
    white and bold on the alarm red (the headline's EXERCISE words are dropped, as in the
    queue, so the Mode column is what tells them apart)."""
    real = put_named(store, "KE-nps-real", "Explosion at Moi Avenue")
    drill = put_named(store, "KE-nps-drill", "Explosion at Malaba border post", exercise="EX-T1")
    win = open_window(qtbot, store, exercise_id="EX-T1")
    win.window_actions.show_search()
    dialog = win.window_actions.search_dialog
    assert dialog is not None
    assert sorted(search(qtbot, dialog, "explosion")) == sorted([real, drill])
    mode = {hit.id: dialog.table.item(row, 0) for row, hit in enumerate(dialog.hits)}
    assert (mode[real].text(), mode[drill].text()) == ("REAL", "EX")
    assert dialog.table.horizontalHeaderItem(0).text() == "Mode"
    assert mode[real].background().color().name() == REAL_MARK[0]
    assert mode[real].foreground().color().name() == REAL_MARK[1]
    assert mode[real].font().bold()
    assert mode[drill].background().style() == Qt.BrushStyle.NoBrush


def test_a_search_the_database_refuses_says_why_in_the_readers_language(
    qtbot: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A locked database: the dialog says so in Russian, once ("Could not search the alerts:
    the database is locked …" was English inside the Russian sentence)."""
    from incident_desk.errors import StoreError
    from incident_desk.ui.i18n import translations

    dialog = open_search(qtbot, store)

    def locked(*_args: Any, **_kwargs: Any) -> Any:
        raise StoreError(
            "Could not search the alerts: the database is locked by another program (try "
            "again in a moment)."
        )

    monkeypatch.setattr(store, "search", locked)
    translations().set_language("ru")
    try:
        before = dialog.searches
        dialog.words.setText("tanker")
        dialog.search()
        qtbot.waitUntil(lambda: dialog.searches > before, timeout=10_000)
        text = dialog.status.text()
        assert "база данных заблокирована другой программой" in text
        assert "Could not" not in text
    finally:
        translations().set_language("en")
