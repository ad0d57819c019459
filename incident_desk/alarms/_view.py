"""Ordering and grouping of alarms for the panel, the banner and F8 (pure functions)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import datetime

from incident_desk.alarms._model import Alarm, AlarmGroup, AlarmState, AlarmView

_RANK = {
    AlarmState.ACTIVE_UNACK: 0,
    AlarmState.ACTIVE_ACK: 1,
    AlarmState.RTN_UNACK: 2,
    AlarmState.SHELVED: 3,
    AlarmState.SUPPRESSED: 4,
    AlarmState.NORMAL: 5,
}
_NEVER = datetime.max


OrderKey = tuple[int, int, datetime, int]


def order_key(alarm: Alarm) -> OrderKey:
    """Annunciating first, then acknowledged, cleared-unacknowledged, out of service,
    normal; within each: priority (1 first), then the longest waiting."""
    priority = int(alarm.priority) if alarm.priority is not None else 9
    raised = alarm.raised_at.replace(tzinfo=None) if alarm.raised_at else _NEVER
    return (_RANK[alarm.state], priority, raised, alarm.id)


def annunciating_end(order: Sequence[tuple[OrderKey, int]]) -> int:
    """In a list of ``(order_key, id)`` kept sorted, where the annunciating alarms end (they
    rank first)."""
    return bisect.bisect_left(order, ((_RANK[AlarmState.ACTIVE_ACK],),))


def next_unacknowledged(alarms: Iterable[Alarm], after: int | None = None) -> Alarm | None:
    """F8: the highest-priority unacknowledged alarm (active ones before cleared ones).
    ``alarms`` come in ``order_key`` order.

    With ``after`` (the alarm shown now) the next one in that order, wrapping around, so
    pressing F8 again walks every unacknowledged alarm in priority order.
    """
    waiting = [a for a in alarms if a.state.unacknowledged]
    if not waiting:
        return None
    ids = [a.id for a in waiting]
    if after in ids:
        return waiting[(ids.index(after) + 1) % len(waiting)]
    return waiting[0]


def build_view(alarms: Iterable[Alarm], *, flood: bool, limit: int | None = None) -> AlarmView:
    """The pinned top alarm and the rest: per incident in a flood, else one by one.
    ``alarms`` come in ``order_key`` order. With ``limit``, only the first ``limit`` groups
    are built (what a panel draws; a flood of thousands of alarms is thousands of groups),
    the others only counted."""
    rows = list(alarms)
    pinned = next((a for a in rows if a.state.active), None)
    groups: dict[str, list[Alarm]] = {}
    beyond: set[str] = set()  # incidents past the limit: counted, not built
    alone_beyond = 0  # alarms alone past the limit
    room = len(rows) if limit is None else limit
    for alarm in rows:
        if pinned is not None and alarm.id == pinned.id:
            continue
        incident = alarm.incident if flood else None
        if incident is None:  # a group of its own, named as ``Alarm.group_key`` names it
            if len(groups) < room:
                groups[f"alarm-{alarm.id}"] = [alarm]
            else:
                alone_beyond += 1
            continue
        held = groups.get(incident)
        if held is not None:
            held.append(alarm)
        elif len(groups) < room:
            groups[incident] = [alarm]
        else:
            beyond.add(incident)
    return AlarmView(
        flood=flood,
        pinned=pinned,
        groups=tuple(AlarmGroup(key, tuple(items)) for key, items in groups.items()),
        group_count=len(groups) + len(beyond) + alone_beyond,
        states=frozenset(a.state for a in rows),
    )
