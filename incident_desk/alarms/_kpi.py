"""Alarm-system KPIs (ISA-18.2 / EEMUA 191) from the alarm journal.

``alarm_kpis`` is what the after-action report and the alarm panel call. Definitions (also in
``docs/alarms.md``):

* alarms: annunciations (``raised`` rows, re-raises after an escalation included);
  ``per_10_min`` their average per 10-minute period: the count divided by the number of
  10-minute periods the period spans, a period begun counting as a whole one (so over less
  than 10 minutes it is the count observed, never an extrapolation above the peak);
  ``peak_10_min`` the most in any 10 minutes. Both windows are measured on
  the **wall clock**, the time the operators lived through (a drill at ×20 fits 200
  exercise minutes into 10 wall minutes: that is the load the console put on them);
* ``flood_percent``: share of the period a console was in alarm flood;
* ``standing``: alarms active (acknowledged or not) at the end of the period;
* ``stale``: alarms that by then had been active for longer than ``stale_after`` (24 h);
* time to acknowledge: from an annunciation to its acknowledgement (mean and median), on the
  wall clock; in a drill also on the exercise clock (``exercise_seconds``: the run's
  wall → exercise mapping, so that at ×20 a 30-second acknowledgement counts as 10 exercise
  minutes, comparable with the MSEL's deadlines);
* ``shelved``: shelve actions in the period.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from incident_desk.alarms._journal import JournalRow, read
from incident_desk.alarms._model import AlarmState, JournalEvent
from incident_desk.store import Store

TEN_MINUTES = timedelta(minutes=10)
STALE_AFTER = timedelta(hours=24)
_ACTIVE = {AlarmState.ACTIVE_UNACK.value, AlarmState.ACTIVE_ACK.value}


@dataclass(frozen=True)
class AlarmKpis:
    """The alarm KPIs of one period (see the module docstring for the definitions)."""

    since: datetime
    until: datetime
    exercise_id: str | None
    alarms: int
    per_10_min: float
    peak_10_min: int
    flood_percent: float
    standing: int
    stale: int
    acknowledged: int
    mean_ack_s: float | None
    median_ack_s: float | None
    shelved: int
    by_priority: tuple[int, int, int, int]  # annunciations of priority 1, 2, 3, 4
    mean_ack_exercise_s: float | None = None  # on the exercise clock (a drill's report)
    median_ack_exercise_s: float | None = None


def alarm_kpis(
    store: Store,
    exercise_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    console: str | None = None,
    stale_after: timedelta = STALE_AFTER,
    exercise_seconds: Callable[[datetime, datetime], float] | None = None,
) -> AlarmKpis:
    """The KPIs of the alarms of ``exercise_id`` (None: real traffic) on every console (or
    ``console``) between ``since`` (default: the first journal row) and ``until`` (now).
    ``exercise_seconds(start, end)``: the exercise seconds between two wall instants, for the
    times to acknowledge on the exercise clock."""
    until = until or datetime.now(UTC)
    with store.reading("read the alarm journal") as conn:
        rows = read(conn, console=console, until=until)
    flood_rows = [r for r in rows if r.event in (JournalEvent.FLOOD_START, JournalEvent.FLOOD_END)]
    rows = [r for r in rows if r.alarm_id is not None and r.exercise_id == exercise_id]
    if since is None:
        since = rows[0].at if rows else until
    in_period = [r for r in rows if r.at >= since]
    raises = [r for r in in_period if r.event == JournalEvent.RAISED]
    span = max(until - since, timedelta(0))
    pairs = _ack_pairs(rows, since)
    acks = [(end - start).total_seconds() for start, end in pairs]
    scaled = [exercise_seconds(start, end) for start, end in pairs] if exercise_seconds else []
    standing, stale = _standing(rows, until, stale_after)
    return AlarmKpis(
        since=since,
        until=until,
        exercise_id=exercise_id,
        alarms=len(raises),
        per_10_min=len(raises) / _periods(span),
        peak_10_min=_peak([r.at for r in raises]),
        flood_percent=100.0 * _flood_time(flood_rows, since, until) / span if span else 0.0,
        standing=standing,
        stale=stale,
        acknowledged=len(acks),
        mean_ack_s=statistics.fmean(acks) if acks else None,
        median_ack_s=statistics.median(acks) if acks else None,
        shelved=sum(1 for r in in_period if r.event == JournalEvent.SHELVED),
        by_priority=_by_priority(raises),
        mean_ack_exercise_s=statistics.fmean(scaled) if scaled else None,
        median_ack_exercise_s=statistics.median(scaled) if scaled else None,
    )


def _periods(span: timedelta) -> int:
    """The 10-minute periods ``span`` covers, a period begun counting whole (at least one)."""
    return max(1, math.ceil(span / TEN_MINUTES))


def _key(row: JournalRow) -> tuple[str, int | None]:
    return (row.console, row.alarm_id)


def _ack_pairs(rows: Sequence[JournalRow], since: datetime) -> list[tuple[datetime, datetime]]:
    """(annunciated, acknowledged) of every acknowledgement in the period."""
    raised: dict[tuple[str, int | None], datetime] = {}
    pairs: list[tuple[datetime, datetime]] = []
    for row in rows:
        if row.event == JournalEvent.RAISED:
            raised[_key(row)] = row.at
        elif row.event == JournalEvent.ACKNOWLEDGED and _key(row) in raised and row.at >= since:
            pairs.append((raised.pop(_key(row)), row.at))
    return pairs


def _standing(
    rows: Sequence[JournalRow], until: datetime, stale_after: timedelta
) -> tuple[int, int]:
    active_since: dict[tuple[str, int | None], datetime] = {}
    for row in rows:
        if row.state is None or row.event in (JournalEvent.SHELVED, JournalEvent.UNSHELVED):
            continue
        key = _key(row)
        if row.state in _ACTIVE:
            active_since.setdefault(key, row.at)
        else:
            active_since.pop(key, None)
    stale = sum(1 for at in active_since.values() if until - at > stale_after)
    return len(active_since), stale


def _peak(times: Sequence[datetime]) -> int:
    best = 0
    start = 0
    for end, at in enumerate(times):
        while at - times[start] >= TEN_MINUTES:
            start += 1
        best = max(best, end - start + 1)
    return best


def _flood_time(rows: Iterable[JournalRow], since: datetime, until: datetime) -> timedelta:
    """Time in [since, until] during which at least one console was in flood."""
    intervals: list[tuple[datetime, datetime]] = []
    started: dict[str, datetime] = {}
    for row in rows:
        if row.event == JournalEvent.FLOOD_START:
            started.setdefault(row.console, row.at)
        elif row.console in started:
            intervals.append((started.pop(row.console), row.at))
    intervals += [(at, until) for at in started.values()]
    total = timedelta(0)
    edge = since
    for start, end in sorted(intervals):
        start, end = max(start, edge), min(end, until)
        if end > start:
            total += end - start
            edge = end
    return total


def _by_priority(raises: Iterable[JournalRow]) -> tuple[int, int, int, int]:
    counts = [0, 0, 0, 0]
    for row in raises:
        if row.priority in (1, 2, 3, 4):
            counts[row.priority - 1] += 1
    return (counts[0], counts[1], counts[2], counts[3])
