"""The alarm panel's KPIs of the last hour, read incrementally (``KpiFollower``).

The panel refreshes its figures every 30 s, and every 2 s while alarms change. It used to
read the console's whole journal each time: after months of service that is every row the
console ever wrote, read on the alarm worker while the operator's window waits for the
interpreter. The follower reads only the rows added since its last call and folds the rows
the hour has left behind. What an operator reads must not change: on a real store, over a
random journal of two consoles, real traffic and a drill, floods, shelving and a clock set
back, every refresh gives exactly the figures ``alarm_kpis`` computes from the whole journal.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import pytest

from incident_desk.alarms import KpiFollower, alarm_kpis
from incident_desk.alarms import _journal as journal
from incident_desk.alarms._model import AlarmState, JournalEvent
from incident_desk.store import Store
from tests.helpers.alarms import T0

CONSOLE = "ke-ncc-ws01"
HOUR = timedelta(hours=1)


def _journal_rows(rng: random.Random, start: datetime, count: int) -> list[dict[str, Any]]:
    """``count`` plausible journal rows from ``start`` on, now and then dated a little back
    (a board's clock is the wall clock: it can be set back)."""
    rows: list[dict[str, Any]] = []
    at = start
    for _ in range(count):
        at += timedelta(seconds=rng.choice((0, 1, 5, 30, 90, 400)))
        if rng.random() < 0.02:
            at -= timedelta(minutes=rng.choice((1, 20, 70)))
        console = rng.choice((CONSOLE, CONSOLE, CONSOLE, "ug-ncc-ws02"))
        roll = rng.random()
        if roll < 0.05:
            event = rng.choice((JournalEvent.FLOOD_START, JournalEvent.FLOOD_END))
            rows.append({"at": at, "console": console, "event": event.value})
            continue
        event, state = rng.choice(
            (
                (JournalEvent.RAISED, AlarmState.ACTIVE_UNACK),
                (JournalEvent.RAISED, AlarmState.ACTIVE_UNACK),
                (JournalEvent.ACKNOWLEDGED, AlarmState.ACTIVE_ACK),
                (JournalEvent.ACKNOWLEDGED, AlarmState.NORMAL),
                (JournalEvent.CLEARED, AlarmState.RTN_UNACK),
                (JournalEvent.CLEARED, AlarmState.NORMAL),
                (JournalEvent.PRIORITY, AlarmState.ACTIVE_UNACK),
                (JournalEvent.SHELVED, AlarmState.SHELVED),
                (JournalEvent.UNSHELVED, AlarmState.ACTIVE_ACK),
            )
        )
        alarm = rng.randrange(1, 40)
        rows.append(
            {
                "at": at,
                "console": console,
                "event": event.value,
                "alarm_id": alarm,
                "alert_id": alarm + rng.randrange(3),
                "state": state.value,
                "priority": rng.randrange(1, 5),
                "exercise_id": rng.choice((None, None, "EX-1")),
            }
        )
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_refresh_reads_what_the_whole_journal_says(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    follower = KpiFollower(CONSOLE)
    now = T0
    for _ in range(12):
        rows = _journal_rows(rng, now, rng.randrange(0, 60))
        journal.write(store, rows)
        now = max([now, *(row["at"] for row in rows)]) + timedelta(seconds=rng.randrange(60))
        wanted = [None] if rng.random() < 0.3 else [None, "EX-1"]
        since = now - HOUR
        figures = follower.kpis(store, wanted, since, now)
        assert [ex for ex, _ in figures] == wanted
        for exercise_id, kpis in figures:
            whole = alarm_kpis(store, exercise_id, since=since, until=now, console=CONSOLE)
            assert kpis == whole, (exercise_id, now)


def test_a_refresh_holds_the_hour_not_the_months_before(store: Store) -> None:
    """A console that has run for weeks: each refresh holds only what the last hour wrote."""
    old = [
        {
            "at": T0 + timedelta(minutes=10 * n),
            "console": CONSOLE,
            "event": "raised",
            "alarm_id": n,
            "alert_id": n,
            "state": AlarmState.ACTIVE_UNACK.value,
            "priority": 2,
        }
        for n in range(3_000)
    ]  # three weeks, one alarm every 10 minutes, never acknowledged
    journal.write(store, old)
    now = old[-1]["at"] + timedelta(minutes=5)
    follower = KpiFollower(CONSOLE)
    [(_, first)] = follower.kpis(store, [None], now - HOUR, now)
    assert (first.alarms, first.standing) == (6, 3_000)
    assert first.stale == 3_000 - 6 * 24  # active for more than a day
    assert follower.held == 6
    journal.write(store, [{**old[0], "at": now, "alarm_id": 5_000, "alert_id": 5_000}])
    later = now + timedelta(minutes=30)
    [(_, second)] = follower.kpis(store, [None], later - HOUR, later)
    assert second == alarm_kpis(store, since=later - HOUR, until=later, console=CONSOLE)
    assert (second.alarms, second.standing) == (4, 3_001)
    assert follower.held == 4
