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

import bisect
import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from operator import attrgetter

from incident_desk.alarms._journal import JournalRow, read, read_after
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
    if since is None:
        first = next((r for r in rows if _counts(r, exercise_id)), None)
        since = first.at if first is not None else until
    fold = Fold()
    period = [r for r in rows if r.at >= since]
    for row in rows[: len(rows) - len(period)]:
        fold.take(row, exercise_id)
    return kpis_of(fold, period, exercise_id, since, until, stale_after, exercise_seconds)


def _counts(row: JournalRow, exercise_id: str | None) -> bool:
    """Whether ``row`` is an alarm's, of the traffic the KPIs are about."""
    return row.alarm_id is not None and row.exercise_id == exercise_id


_FLOOD = (JournalEvent.FLOOD_START, JournalEvent.FLOOD_END)
_NOT_STATES = (JournalEvent.SHELVED, JournalEvent.UNSHELVED)

Key = tuple[str, int | None]


class Fold:
    """What the journal's rows up to some moment leave for the KPIs of a period that starts
    there: the annunciations not yet acknowledged, the alarms active (since when) and the
    consoles in flood (since when). Taking a row in costs the same whatever came before, so
    a period that slides forward folds in only the rows it leaves behind (:class:`KpiFollower`).
    """

    __slots__ = ("active_since", "floods", "raised")

    def __init__(self) -> None:
        self.raised: dict[Key, datetime] = {}
        self.active_since: dict[Key, datetime] = {}
        self.floods: dict[str, datetime] = {}

    def copy(self) -> Fold:
        other = Fold()
        other.raised = dict(self.raised)
        other.active_since = dict(self.active_since)
        other.floods = dict(self.floods)
        return other

    def take(self, row: JournalRow, exercise_id: str | None) -> datetime | None:
        """Take one row (rows in journal order); the annunciation an acknowledgement ends,
        if it ends one."""
        if row.event in _FLOOD:
            if row.event == JournalEvent.FLOOD_START:
                self.floods.setdefault(row.console, row.at)
            else:
                self.floods.pop(row.console, None)
        if not _counts(row, exercise_id):
            return None
        key = (row.console, row.alarm_id)
        acked = None
        if row.event == JournalEvent.RAISED:
            self.raised[key] = row.at
        elif row.event == JournalEvent.ACKNOWLEDGED:
            acked = self.raised.pop(key, None)
        if row.state is not None and row.event not in _NOT_STATES:
            if row.state in _ACTIVE:
                self.active_since.setdefault(key, row.at)
            else:
                self.active_since.pop(key, None)
        return acked


def kpis_of(
    fold: Fold,
    period: Sequence[JournalRow],
    exercise_id: str | None,
    since: datetime,
    until: datetime,
    stale_after: timedelta = STALE_AFTER,
    exercise_seconds: Callable[[datetime, datetime], float] | None = None,
) -> AlarmKpis:
    """The KPIs of [``since``, ``until``] from the journal's rows before ``since`` (folded)
    and those of the period (``since`` <= at <= ``until``, in journal order). ``fold`` is
    not changed."""
    state = fold.copy()
    raises: list[JournalRow] = []
    pairs: list[tuple[datetime, datetime]] = []
    floods: list[tuple[datetime, datetime]] = []
    shelved = 0
    for row in period:
        if row.event == JournalEvent.FLOOD_END and row.console in state.floods:
            floods.append((state.floods[row.console], row.at))
        acked = state.take(row, exercise_id)
        if acked is not None:
            pairs.append((acked, row.at))
        elif row.event == JournalEvent.RAISED and _counts(row, exercise_id):
            raises.append(row)
        elif row.event == JournalEvent.SHELVED and _counts(row, exercise_id):
            shelved += 1
    floods += [(at, until) for at in state.floods.values()]
    span = max(until - since, timedelta(0))
    acks = [(end - start).total_seconds() for start, end in pairs]
    scaled = [exercise_seconds(start, end) for start, end in pairs] if exercise_seconds else []
    stale = sum(1 for at in state.active_since.values() if until - at > stale_after)
    return AlarmKpis(
        since=since,
        until=until,
        exercise_id=exercise_id,
        alarms=len(raises),
        per_10_min=len(raises) / _periods(span),
        peak_10_min=_peak([r.at for r in raises]),
        flood_percent=100.0 * _flood_time(floods, since, until) / span if span else 0.0,
        standing=len(state.active_since),
        stale=stale,
        acknowledged=len(acks),
        mean_ack_s=statistics.fmean(acks) if acks else None,
        median_ack_s=statistics.median(acks) if acks else None,
        shelved=shelved,
        by_priority=_by_priority(raises),
        mean_ack_exercise_s=statistics.fmean(scaled) if scaled else None,
        median_ack_exercise_s=statistics.median(scaled) if scaled else None,
    )


class KpiFollower:
    """The KPIs of a period that slides forward (the alarm panel's last hour), each call
    reading only the journal rows added since the previous one: the rows the period has left
    behind are folded (:class:`Fold`) and dropped, so a call costs what the period holds,
    never the whole journal of a console that has run for months. Same figures as
    :func:`alarm_kpis` over the same rows.

    One caller at a time (the alarm worker). A console's rows are written by its own board
    alone, so a row never appears below the last id read; a row dated before the part already
    folded (the clock set back), a period that moves back or an exercise not followed yet make
    the next call read the console's journal again from the start.
    """

    def __init__(self, console: str | None) -> None:
        self.console = console
        self._last_id = 0
        self._horizon: datetime | None = None  # the rows before it are folded
        self._rows: list[JournalRow] = []  # the rows from the horizon on, in journal order
        self._folds: dict[str | None, Fold] = {}

    @property
    def held(self) -> int:
        """How many journal rows the follower holds (those from the period's start on)."""
        return len(self._rows)

    def _clear(self) -> None:
        self._last_id, self._horizon, self._rows, self._folds = 0, None, [], {}

    def kpis(
        self,
        store: Store,
        exercise_ids: Sequence[str | None],
        since: datetime,
        until: datetime,
    ) -> list[tuple[str | None, AlarmKpis]]:
        """The KPIs of [``since``, ``until``] of each of ``exercise_ids`` (None: real)."""
        with store.reading("read the alarm journal") as conn:
            last, new = read_after(conn, self.console, self._last_id)
            if not self._fits(new, since, exercise_ids):
                self._clear()
                last, new = read_after(conn, self.console, 0)
        for exercise_id in exercise_ids:
            self._folds.setdefault(exercise_id, Fold())
        self._last_id = last
        if any(a.at > b.at for a, b in pairwise([*self._rows[-1:], *new])):
            self._rows += new
            self._rows.sort(key=attrgetter("at"))  # stable: added order within an instant
        else:
            self._rows += new
        self._advance(since)
        end = bisect.bisect_right(self._rows, until, key=attrgetter("at"))
        period = self._rows[:end]
        return [(ex, kpis_of(self._folds[ex], period, ex, since, until)) for ex in exercise_ids]

    def _fits(
        self, new: list[JournalRow], since: datetime, exercise_ids: Sequence[str | None]
    ) -> bool:
        horizon = self._horizon
        if horizon is None:
            return True
        return (
            since >= horizon
            and all(ex in self._folds for ex in exercise_ids)
            and all(row.at >= horizon for row in new)
        )

    def _advance(self, since: datetime) -> None:
        """Fold the rows before ``since`` into every followed traffic's fold, drop them."""
        done = bisect.bisect_left(self._rows, since, key=attrgetter("at"))
        for row in self._rows[:done]:
            for exercise_id, fold in self._folds.items():
                fold.take(row, exercise_id)
        del self._rows[:done]
        self._horizon = since


def _periods(span: timedelta) -> int:
    """The 10-minute periods ``span`` covers, a period begun counting whole (at least one)."""
    return max(1, math.ceil(span / TEN_MINUTES))


def _peak(times: Sequence[datetime]) -> int:
    best = 0
    start = 0
    for end, at in enumerate(times):
        while at - times[start] >= TEN_MINUTES:
            start += 1
        best = max(best, end - start + 1)
    return best


def _flood_time(
    intervals: list[tuple[datetime, datetime]], since: datetime, until: datetime
) -> timedelta:
    """Time in [since, until] during which at least one console was in flood."""
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
