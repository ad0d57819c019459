"""Alarm KPIs from the journal, on scripted sequences with answers worked out by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, alarm_kpis
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock, ack, alert, cancel, feed

HOUR = timedelta(hours=1)


def test_rates_standing_and_time_to_acknowledge(board: AlarmBoard, store: Store) -> None:
    a = alert("A1")  # Critical, received T0+2 s
    b = alert("B1", severity="Severe", at=timedelta(seconds=60))  # High, T0+62 s
    c = alert("C1", severity="Severe", at=timedelta(seconds=120))  # High, T0+122 s
    d = alert("D1", urgency="Expected", at=timedelta(minutes=5))  # High, never acknowledged
    feed(board, store, a)
    feed(board, store, ack(a, at=timedelta(seconds=30)))  # received T0+32 s: 30 s
    feed(board, store, b)
    feed(board, store, ack(b, at=timedelta(seconds=150)))  # received T0+152 s: 90 s
    feed(board, store, c)
    feed(board, store, cancel(c, "C2", at=timedelta(minutes=10)))  # cleared, unacknowledged
    feed(board, store, d)
    kpis = alarm_kpis(store, since=T0, until=T0 + HOUR)
    assert kpis.alarms == 4
    assert kpis.per_10_min == pytest.approx(4 / 6)
    assert kpis.peak_10_min == 4
    assert kpis.by_priority == (1, 3, 0, 0)
    assert kpis.acknowledged == 2
    assert kpis.mean_ack_s == pytest.approx(60.0)
    assert kpis.median_ack_s == pytest.approx(60.0)
    assert kpis.standing == 3  # A1 and B1 acknowledged but active, D1 active
    assert kpis.stale == 0
    assert kpis.flood_percent == 0.0
    assert kpis.shelved == 0


def test_stale_alarms_are_active_longer_than_a_day(board: AlarmBoard, store: Store) -> None:
    feed(board, store, alert("A1", expires=timedelta(days=3)))
    feed(board, store, alert("B1", expires=timedelta(days=3), at=timedelta(hours=2)))
    kpis = alarm_kpis(store, since=T0, until=T0 + timedelta(hours=25))
    assert (kpis.standing, kpis.stale) == (2, 1)


def test_percent_time_in_flood(board: AlarmBoard, store: Store, clock: FakeClock) -> None:
    for n in range(11):
        feed(board, store, alert(f"F{n}", severity="Moderate", at=timedelta(seconds=5 * n)))
    assert board.in_flood  # began at T0 (the clock has not moved)
    clock.advance(minutes=20)
    board.tick()
    assert not board.in_flood
    board.shelve(board.alarms()[0].id, operator="j.otieno", reason="flood clean-up")
    kpis = alarm_kpis(store, since=T0, until=T0 + HOUR)
    assert kpis.flood_percent == pytest.approx(100 * 20 / 60)
    assert (kpis.alarms, kpis.peak_10_min, kpis.shelved) == (11, 11, 1)


def test_exercise_and_real_alarms_are_counted_apart(board: AlarmBoard, store: Store) -> None:
    feed(board, store, alert("X1", status=cap.Status.EXERCISE), exercise_id="EX-1")
    feed(board, store, alert("X2", status=cap.Status.EXERCISE), exercise_id="EX-1")
    feed(board, store, alert("R1"))
    board.endex("EX-1", by="controller", at=T0 + timedelta(minutes=30))
    drill = alarm_kpis(store, "EX-1", since=T0, until=T0 + HOUR)
    real = alarm_kpis(store, since=T0, until=T0 + HOUR)
    assert (drill.alarms, drill.standing) == (2, 0)  # ENDEX returned them to normal
    assert (real.alarms, real.standing) == (1, 1)


def test_an_empty_journal_gives_zeros(store: Store) -> None:
    kpis = alarm_kpis(store, until=T0)
    assert (kpis.alarms, kpis.per_10_min, kpis.standing, kpis.mean_ack_s) == (0, 0.0, 0, None)
