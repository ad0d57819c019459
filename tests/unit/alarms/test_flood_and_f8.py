"""Alarm flood (grouping per incident, pinned top alarm) and F8 in priority order."""

from __future__ import annotations

from datetime import timedelta

from incident_desk.alarms import AlarmBoard, AlarmState, Priority
from incident_desk.store import Store
from tests.helpers.alarms import FakeClock, ack, alert, alert_id, cancel, feed


def _burst(board: AlarmBoard, store: Store, count: int, start: int = 0) -> None:
    """``count`` Moderate alarms of incident KE-INC-7, one a minute/10 apart."""
    for n in range(start, start + count):
        message = alert(
            f"F{n}", severity="Moderate", urgency="Expected", at=timedelta(seconds=6 * n)
        )
        feed(board, store, message)


def test_more_than_ten_alarms_in_ten_minutes_is_a_flood(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    _burst(board, store, 10)
    assert not board.in_flood
    clock.advance(minutes=1)
    changes = feed(board, store, alert("F10", severity="Moderate", urgency="Expected"))
    assert board.in_flood
    assert changes.flood is True
    clock.advance(minutes=11)
    assert board.tick().flood is False
    assert not board.in_flood


def test_in_a_flood_alarms_group_by_incident_and_the_top_one_stays_pinned(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    _burst(board, store, 11)
    other = alert("B1", severity="Severe", urgency="Expected", incidents=("UG-INC-2",))
    critical = alert("C1", at=timedelta(minutes=2), incidents=("KE-INC-7",))
    clock.advance(minutes=2)
    feed(board, store, other, critical)
    view = board.view()
    assert view.flood
    assert view.pinned is not None
    assert view.pinned.id == alert_id(store, critical)
    keys = [g.key for g in view.groups]
    assert keys == ["UG-INC-2", "KE-INC-7"]  # the group with the higher top alarm first
    assert len(view.groups[1].alarms) == 11
    assert view.groups[1].top.priority is Priority.LOW


def test_without_a_flood_every_alarm_is_its_own_row(board: AlarmBoard, store: Store) -> None:
    _burst(board, store, 3)
    view = board.view()
    assert not view.flood
    assert view.pinned is not None
    assert [len(g.alarms) for g in view.groups] == [1, 1]


def test_f8_goes_to_the_highest_priority_unacknowledged_first(
    board: AlarmBoard, store: Store
) -> None:
    low = alert("L1", severity="Moderate", urgency="Expected")
    high = alert("H1", severity="Severe", at=timedelta(seconds=10))
    critical_old = alert("C1", at=timedelta(seconds=20))
    critical_new = alert("C2", at=timedelta(seconds=30))
    cleared = alert("X1", at=timedelta(seconds=40))
    feed(board, store, low, high, critical_old, critical_new, cleared)
    feed(board, store, cancel(cleared, "X2", at=timedelta(minutes=1)))
    walk = []
    current = board.next_unacknowledged()
    while current is not None and current.id not in walk:
        walk.append(current.id)
        current = board.next_unacknowledged(after=current.id)
    expected = [critical_old, critical_new, high, low, cleared]
    assert walk == [alert_id(store, m) for m in expected]
    rtn = board.get(walk[-1])
    assert rtn is not None
    assert rtn.state is AlarmState.RTN_UNACK


def test_a_limited_view_builds_the_first_groups_and_counts_the_rest(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    """The panel draws 200 groups of a flood of thousands: it asks for those only, and the
    view still says how many there are and every state on hand ("… and N more", the State
    column's width)."""
    _burst(board, store, 11)
    clock.advance(minutes=2)
    alone = [
        alert(f"L{n}", severity="Severe", urgency="Expected", incidents=(), at=timedelta(minutes=2))
        for n in range(3)
    ]
    other = alert("B1", severity="Severe", urgency="Expected", incidents=("UG-INC-2",))
    feed(board, store, other, *alone)
    feed(board, store, ack(alone[0]))
    full = board.view()
    assert full.flood
    # B1 (UG-INC-2) is pinned on top; then the three alone and KE-INC-7
    assert full.group_count == len(full.groups) == 4
    assert {a.state for g in full.groups for a in g.alarms} | {full.pinned.state} == full.states
    assert AlarmState.ACTIVE_ACK in full.states
    for limit in (0, 1, 2, 4, 5, 9):
        part = board.view(limit=limit)
        assert part.groups == full.groups[:limit]
        assert part.group_count == full.group_count
        assert part.states == full.states
        assert part.pinned == full.pinned


def test_a_limited_view_without_a_flood_counts_every_alarm_as_a_group(
    board: AlarmBoard, store: Store
) -> None:
    _burst(board, store, 4)
    full = board.view()
    assert not full.flood
    part = board.view(limit=1)
    assert part.groups == full.groups[:1]
    assert part.group_count == full.group_count == 3
