"""The board's readers: in priority order without sorting per question, and never waiting for
the store while a feeding thread does (the window reads the board on its GUI thread)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

from incident_desk.alarms import AlarmBoard, AlarmChanges
from incident_desk.alarms._view import order_key
from incident_desk.store import Store
from tests.helpers.alarms import FakeClock, ack, alert, alert_id, cancel, feed, put, update


def _in_order(board: AlarmBoard) -> list[int]:
    return [a.id for a in sorted(board.alarms(), key=order_key)]


def test_the_listed_order_is_the_priority_order_after_every_kind_of_change(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    first = alert("A1", severity="Severe", urgency="Expected")  # a lower priority
    second = alert("A2", at=timedelta(seconds=5))
    third = alert("A3", severity="Severe", at=timedelta(seconds=9))
    feed(board, store, first, second, third)
    assert [a.id for a in board.alarms()] == _in_order(board)
    top = board.most_urgent()
    assert top is not None
    assert top.id == alert_id(store, second)

    feed(board, store, ack(second))  # acknowledged: below the annunciating ones
    assert [a.id for a in board.alarms()] == _in_order(board)
    assert alert_id(store, second) not in [a.alert_id for a in board.annunciating()]

    raised = update(first, "A1u", severity="Severe", at=timedelta(minutes=1))
    feed(board, store, raised)  # Expected -> Immediate: a higher priority
    feed(board, store, cancel(third, "A3c", at=timedelta(minutes=2)))  # returned to normal
    listed = [a.id for a in board.alarms()]
    assert listed == _in_order(board)
    assert [a.id for a in board.annunciating()] == listed[: len(board.annunciating())]
    assert all(a.annunciating for a in board.annunciating())

    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    board.shelve(alarm.id, operator="j.otieno", reason="known, on scene")
    assert alarm.id not in [a.id for a in board.annunciating()]
    assert [a.id for a in board.alarms()] == _in_order(board)

    clock.advance(seconds=3600)
    board.tick()  # the cancelled alarm is forgotten after a while
    assert [a.id for a in board.alarms()] == _in_order(board)
    assert alert_id(store, third) not in [a.alert_id for a in board.alarms()]


def test_a_reader_answers_while_the_feeding_thread_waits_for_the_database(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "desk.db"
    with Store.open(f"sqlite:///{path}") as store:
        board = AlarmBoard(store, console="ke-ncc-ws01", clock=clock)
        feed(board, store, alert("A1"))
        pending = put(store, alert("A2", at=timedelta(seconds=3)))
        blocker = sqlite3.connect(path, isolation_level=None)  # another process's writer
        blocker.execute("BEGIN IMMEDIATE")  # holds SQLite's write lock
        result: list[AlarmChanges] = []
        feeding = threading.Thread(target=lambda: result.append(board.apply(pending)))
        try:
            feeding.start()
            # The feeding thread reads, moves the alarm, then waits to write its journal;
            # once the new alarm is visible it is waiting on SQLite, and the readers answer.
            seen = _wait_for(lambda: len(board.annunciating()) == 2)
            assert seen, "the new alarm never became visible to a reader"
            assert feeding.is_alive(), "the feeding thread should still wait for SQLite"
            assert board.most_urgent() is not None
            assert len(board.view().groups) + 1 == 2  # pinned + one more
            assert board.next_unacknowledged() is not None
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
            feeding.join(timeout=30)
        assert not feeding.is_alive()
        assert result
        assert result[0].raised
        assert board.alarm_for(alert_id(store, alert("A2", at=timedelta(seconds=3)))) is not None


def _wait_for(condition: object, attempts: int = 2_000) -> bool:
    event = threading.Event()
    for _ in range(attempts):
        if condition():  # type: ignore[operator]
            return True
        event.wait(0.005)
    return False
