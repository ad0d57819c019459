"""The alarm rate over a short run: never an extrapolation above the peak.

A controller review read "alarms per 10 minutes (average / peak) 48.3 / 4" in the
after-action report of a drill: 4 alarms in under a minute of wall clock were extrapolated to
a 10-minute rate. The average is per 10-minute period of the wall clock, a period begun
counting whole: over less than 10 minutes it is the count observed.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from incident_desk.alarms import AlarmBoard, alarm_kpis
from incident_desk.store import Store
from tests.helpers.alarms import T0, alert, feed


def test_four_alarms_in_under_a_minute_are_four_per_10_minutes(
    board: AlarmBoard, store: Store
) -> None:
    for n in range(4):
        feed(board, store, alert(f"A{n}", at=timedelta(seconds=10 * n)))
    kpis = alarm_kpis(store, since=T0, until=T0 + timedelta(seconds=50))
    assert (kpis.alarms, kpis.peak_10_min) == (4, 4)
    assert kpis.per_10_min == 4.0
    assert kpis.per_10_min <= kpis.peak_10_min


def test_over_25_minutes_the_average_is_per_begun_10_minute_period(
    board: AlarmBoard, store: Store
) -> None:
    for n, minute in enumerate((0, 1, 12, 24)):
        feed(board, store, alert(f"B{n}", at=timedelta(minutes=minute)))
    kpis = alarm_kpis(store, since=T0, until=T0 + timedelta(minutes=25))
    assert kpis.peak_10_min == 2
    assert kpis.per_10_min == pytest.approx(4 / 3)  # three periods: 0-10, 10-20, 20-25
    assert kpis.per_10_min <= kpis.peak_10_min
