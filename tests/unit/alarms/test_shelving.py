"""Shelving: reason required, one-shot and timed, logged, never Actual Extreme/Immediate,
released on restart."""

from __future__ import annotations

from datetime import timedelta

import pytest

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, AlarmError, AlarmState
from incident_desk.errors import IncidentDeskError
from incident_desk.store import Store
from tests.helpers.alarms import FakeClock, alert, alert_id, cancel, feed, update

SEVERE = {"severity": "Severe"}  # HIGH priority, Actual: may be shelved


def _raise(board: AlarmBoard, store: Store, message: cap.Alert, **kw: str) -> int:
    feed(board, store, message, **kw)
    found = board.alarm_for(alert_id(store, message))
    assert found is not None
    return found.id


def test_a_reason_is_required(board: AlarmBoard, store: Store) -> None:
    alarm_id = _raise(board, store, alert("A1", **SEVERE))
    with pytest.raises(AlarmError, match="reason") as raised:
        board.shelve(alarm_id, operator="j.otieno", reason="   ")
    assert isinstance(raised.value, IncidentDeskError)
    assert board.get(alarm_id).state is AlarmState.ACTIVE_UNACK  # type: ignore[union-attr]


def test_shelving_is_logged_to_the_timeline(board: AlarmBoard, store: Store) -> None:
    alarm_id = _raise(board, store, alert("A1", **SEVERE))
    changes = board.shelve(alarm_id, operator="j.otieno", reason="sensor test on site")
    shelved = board.get(alarm_id)
    assert shelved is not None
    assert shelved.state is AlarmState.SHELVED
    assert shelved.process_state is AlarmState.ACTIVE_UNACK
    assert board.annunciating() == []
    assert board.next_unacknowledged() is None
    entries = store.timeline()
    assert [e.id for e in entries] == list(changes.timeline)
    assert entries[0].actor == "j.otieno"
    assert entries[0].kind == "alarm-shelved"
    assert "sensor test on site" in entries[0].text
    assert entries[0].alert_id == alert_id(store, alert("A1", **SEVERE))


def test_a_one_shot_shelf_ends_when_the_alarm_returns_to_normal(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1", **SEVERE)
    alarm_id = _raise(board, store, first)
    board.shelve(alarm_id, operator="j.otieno", reason="known, crews on site")
    feed(board, store, cancel(first, "A2", at=timedelta(minutes=3)))
    alarm = board.get(alarm_id)
    assert alarm is not None
    assert alarm.shelf is None
    assert alarm.state is AlarmState.RTN_UNACK
    assert [e.kind for e in store.timeline()] == ["alarm-shelved", "alarm-unshelved"]


def test_a_timed_shelf_ends_on_time_and_the_alarm_sounds_again(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    alarm_id = _raise(board, store, alert("A1", **SEVERE))
    board.shelve(alarm_id, operator="j.otieno", reason="maintenance", duration=timedelta(hours=1))
    clock.advance(minutes=59)
    assert board.tick().raised == ()
    clock.advance(minutes=1)
    changes = board.tick()
    assert changes.raised == (alarm_id,)
    assert board.get(alarm_id).state is AlarmState.ACTIVE_UNACK  # type: ignore[union-attr]


def test_actual_extreme_immediate_cannot_be_shelved(board: AlarmBoard, store: Store) -> None:
    alarm_id = _raise(board, store, alert("A1", certainty="Possible"))
    with pytest.raises(AlarmError, match="Actual Extreme/Immediate"):
        board.shelve(alarm_id, operator="j.otieno", reason="noisy")
    assert board.get(alarm_id).shelf is None  # type: ignore[union-attr]


def test_an_exercise_extreme_immediate_may_be_shelved(board: AlarmBoard, store: Store) -> None:
    drill = alert("X1", status=cap.Status.EXERCISE)
    alarm_id = _raise(board, store, drill, exercise_id="EX-1")
    board.shelve(alarm_id, operator="j.otieno", reason="controller says ignore")
    assert board.get(alarm_id).state is AlarmState.SHELVED  # type: ignore[union-attr]
    logged = store.timeline()
    assert [e.exercise_id for e in logged] == ["EX-1"]  # stays in its exercise
    assert store.timeline(exercise_id="EX-1") == logged


def test_an_escalation_to_extreme_immediate_unshelves(board: AlarmBoard, store: Store) -> None:
    first = alert("A1", **SEVERE)
    alarm_id = _raise(board, store, first)
    board.shelve(alarm_id, operator="j.otieno", reason="crews on site")
    changes = feed(board, store, update(first, "A2", at=timedelta(minutes=2)))
    assert changes.raised == (alarm_id,)
    assert board.get(alarm_id).shelf is None  # type: ignore[union-attr]


def test_a_normal_alarm_or_a_second_shelf_is_refused(board: AlarmBoard, store: Store) -> None:
    first = alert("A1", **SEVERE)
    alarm_id = _raise(board, store, first)
    board.shelve(alarm_id, operator="a", reason="r")
    with pytest.raises(AlarmError, match="already shelved"):
        board.shelve(alarm_id, operator="a", reason="r")
    board.unshelve(alarm_id, operator="a")
    with pytest.raises(AlarmError, match="not shelved"):
        board.unshelve(alarm_id, operator="a")
    with pytest.raises(AlarmError, match="no alarm"):
        board.shelve(99_999, operator="a", reason="r")


def test_shelves_are_released_on_restart(store: Store, clock: FakeClock) -> None:
    before = AlarmBoard(store, console="ke-ncc-ws01", clock=clock)
    alarm_id = _raise(before, store, alert("A1", **SEVERE))
    before.shelve(alarm_id, operator="j.otieno", reason="long job", duration=timedelta(days=1))
    clock.advance(minutes=5)
    after = AlarmBoard(store, console="ke-ncc-ws01", clock=clock)
    changes = after.load()
    alarm = after.get(alarm_id)
    assert alarm is not None
    assert alarm.shelf is None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    assert [a.id for a in after.annunciating()] == [alarm_id]
    released = store.timeline()[-1]
    assert released.kind == "alarm-unshelved"
    assert "restart" in released.text
    assert released.id in changes.timeline
    again = AlarmBoard(store, console="ke-ncc-ws01", clock=clock)
    assert again.load().timeline == ()  # released once, not at every start
