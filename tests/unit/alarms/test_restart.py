"""A new board (a restart) rebuilds the alarms from the store; ENDEX still holds."""

from __future__ import annotations

from datetime import timedelta

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, AlarmState, _journal, alarm_kpis
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock, ack, alert, alert_id, cancel, feed


def test_states_are_rebuilt_without_journaling_them_again(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    acked, open_, gone = alert("A1"), alert("B1", at=timedelta(seconds=5)), alert("C1")
    feed(board, store, acked, open_, gone)
    feed(board, store, ack(acked), cancel(gone, "C2", at=timedelta(minutes=1)), ack(gone))
    before = alarm_kpis(store, until=T0 + timedelta(hours=1))
    clock.advance(minutes=3)
    restarted = AlarmBoard(store, console="ke-ncc-ws01", clock=clock)
    changes = restarted.load()
    states = {a.alert_id: a.state for a in restarted.alarms()}
    assert states[alert_id(store, acked)] is AlarmState.ACTIVE_ACK
    assert states[alert_id(store, open_)] is AlarmState.ACTIVE_UNACK
    assert set(changes.alarms) == {a.id for a in restarted.alarms()}
    assert alarm_kpis(store, until=T0 + timedelta(hours=1)) == before


def test_endex_holds_after_a_restart(board: AlarmBoard, store: Store, clock: FakeClock) -> None:
    drill = alert("X1", status=cap.Status.EXERCISE)
    feed(board, store, drill, exercise_id="EX-1")
    board.endex("EX-1", by="controller")
    restarted = AlarmBoard(store, console="ke-ncc-ws01", exercise_id="EX-1", clock=clock)
    restarted.load()
    assert restarted.annunciating() == []


def test_alarms_cleared_long_before_the_restart_are_not_listed(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    old, current = alert("A1"), alert("B1", at=timedelta(hours=1))
    feed(board, store, old, ack(old))
    feed(board, store, cancel(old, "A2", at=timedelta(minutes=5)))
    clock.advance(hours=1)
    feed(board, store, current)
    restarted = AlarmBoard(store, console="ke-ncc-ws01", clock=clock)
    restarted.load()
    assert [a.alert_id for a in restarted.alarms()] == [alert_id(store, current)]


def test_endex_heard_again_is_journaled_once(board: AlarmBoard, store: Store) -> None:
    feed(board, store, alert("X1", status=cap.Status.EXERCISE), exercise_id="EX-1")
    board.endex("EX-1", by="controller", at=T0 + timedelta(minutes=5))
    board.endex("EX-1", by="someone else", at=T0 + timedelta(minutes=9))
    with store.reading("test") as conn:
        rows = _journal.read(conn, events=["endex"])
    assert [(r.actor, r.at) for r in rows] == [("controller", T0 + timedelta(minutes=5))]
