"""A new board (a restart) rebuilds the alarms from the store; ENDEX still holds."""

from __future__ import annotations

from datetime import timedelta

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, AlarmState, alarm_kpis
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
