"""Every ISA-18.2 transition of an alarm, driven by stored CAP messages as ingest stores them."""

from __future__ import annotations

from datetime import timedelta

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, AlarmState, Priority, Reason, alarm_kpis
from incident_desk.console import Console
from incident_desk.identity import Identity
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock, ack, alert, alert_id, cancel, feed, put, update


def test_an_alert_raises_an_active_unacknowledged_alarm(board: AlarmBoard, store: Store) -> None:
    changes = feed(board, store, alert("A1"))
    alarm = board.alarm_for(alert_id(store, alert("A1")))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    assert alarm.priority is Priority.CRITICAL
    assert changes.raised == (alarm.id,)
    assert [a.id for a in board.annunciating()] == [alarm.id]


def test_an_ack_from_another_console_acknowledges(board: AlarmBoard, store: Store) -> None:
    first = alert("A1")
    feed(board, store, first)
    changes = feed(board, store, ack(first, by="nps.go.ug"))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_ACK
    assert alarm.acked_by == "nps.go.ug"
    assert changes.alarms == (alarm.id,)
    assert changes.raised == ()
    assert board.annunciating() == []
    assert board.is_active(alarm.alert_id)  # acknowledged, still active


def test_our_own_ack_through_the_console_acknowledges(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    first = alert("A1")
    feed(board, store, first)
    console = Console(store, Identity("KE", "nps", "nps.go.ke", "j.otieno", "ke-ncc-ws01"))
    changes = console.acknowledge(alert_id(store, first), now=clock.advance(seconds=40))
    board.apply(changes)
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_ACK
    assert alarm.acked_by == "nps.go.ke"


def test_an_update_below_alarm_level_returns_to_normal_with_why_and_who(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    feed(board, store, first)
    lowered = update(first, "A2", severity="Minor", at=timedelta(minutes=5))
    changes = feed(board, store, lowered)
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.RTN_UNACK  # never acknowledged: still to acknowledge
    assert alarm.cleared_reason == Reason.LOWERED
    assert alarm.cleared_by == "police@ke.example"
    assert alarm.alert_id == alert_id(store, lowered)
    assert changes.raised == ()
    assert board.annunciating() == []
    assert not board.is_active(alarm.alert_id)


def test_an_acknowledged_alarm_goes_straight_to_normal(board: AlarmBoard, store: Store) -> None:
    first = alert("A1")
    feed(board, store, first, ack(first))
    feed(board, store, update(first, "A2", urgency="Past", at=timedelta(minutes=5)))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.NORMAL


def test_acknowledging_a_returned_alarm_makes_it_normal(board: AlarmBoard, store: Store) -> None:
    first = alert("A1")
    lowered = update(first, "A2", severity="Minor", at=timedelta(minutes=5))
    feed(board, store, first)
    feed(board, store, lowered)
    feed(board, store, ack(lowered, at=timedelta(minutes=6)))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.NORMAL


def test_a_lower_priority_update_keeps_the_acknowledgement(board: AlarmBoard, store: Store) -> None:
    first = alert("A1")
    feed(board, store, first, ack(first))
    feed(board, store, update(first, "A2", severity="Severe", at=timedelta(minutes=5)))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert (alarm.state, alarm.priority) == (AlarmState.ACTIVE_ACK, Priority.HIGH)


def test_an_escalating_update_annunciates_again(board: AlarmBoard, store: Store) -> None:
    first = alert("A1", severity="Severe", urgency="Expected")
    feed(board, store, first, ack(first))
    changes = feed(board, store, update(first, "A2", at=timedelta(minutes=5)))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert (alarm.state, alarm.priority) == (AlarmState.ACTIVE_UNACK, Priority.CRITICAL)
    assert changes.raised == (alarm.id,)


def test_an_ack_of_an_older_version_does_not_acknowledge_an_escalation(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1", severity="Severe", urgency="Expected")
    feed(board, store, first)
    feed(board, store, update(first, "A2", at=timedelta(minutes=5)))
    feed(board, store, ack(first, at=timedelta(minutes=6)))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK


def test_a_cancel_returns_to_normal_and_raises_nothing_itself(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    feed(board, store, first, ack(first))
    all_clear = cancel(first, "A2", severity="Minor", urgency="Past", at=timedelta(minutes=9))
    changes = feed(board, store, all_clear)
    alarm = board.alarm_for(alert_id(store, all_clear))
    assert alarm is not None
    assert alarm.id == alert_id(store, first)
    assert alarm.state is AlarmState.NORMAL
    assert (alarm.cleared_reason, alarm.cleared_by) == (Reason.CANCELLED, "police@ke.example")
    assert changes.raised == ()
    assert [a.id for a in board.alarms()] == [alarm.id]


def test_a_cancel_of_an_unacknowledged_alarm_waits_quietly_for_acknowledgement(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    feed(board, store, first)
    feed(board, store, cancel(first, "A2", at=timedelta(minutes=9)))
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.RTN_UNACK
    assert board.annunciating() == []


def test_a_cancel_or_an_ack_alone_raises_no_alarm(board: AlarmBoard, store: Store) -> None:
    never_seen = alert("A1")
    changes = feed(board, store, cancel(never_seen, "A2"), ack(never_seen))
    assert not changes
    assert board.alarms() == []


def test_a_cancel_that_arrives_before_its_alert_keeps_it_quiet(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    feed(board, store, cancel(first, "A2", at=timedelta(minutes=1)))
    changes = feed(board, store, first)
    assert changes.raised == ()
    assert board.annunciating() == []


def test_an_ack_that_arrives_before_its_alert_acknowledges_it(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    feed(board, store, ack(first))
    feed(board, store, first)
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_ACK


def test_expiry_returns_to_normal(board: AlarmBoard, store: Store, clock: FakeClock) -> None:
    first = alert("A1", expires=timedelta(minutes=30))
    feed(board, store, first)
    clock.advance(minutes=29)
    assert not board.tick()
    clock.advance(minutes=2)
    changes = board.tick()
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert changes.alarms == (alarm.id,)
    assert alarm.state is AlarmState.RTN_UNACK
    assert (alarm.cleared_reason, alarm.cleared_by) == (Reason.EXPIRED, "expired")


def test_an_already_expired_alert_raises_nothing(
    board: AlarmBoard, store: Store, clock: FakeClock
) -> None:
    clock.advance(hours=2)
    changes = feed(board, store, alert("A1", expires=timedelta(hours=1)))
    assert not changes.raised
    assert board.alarms() == []


def test_endex_clears_exercise_alarms_and_leaves_real_ones(board: AlarmBoard, store: Store) -> None:
    drill = alert("X1", status=cap.Status.EXERCISE)
    real = alert("R1")
    feed(board, store, drill, exercise_id="EX-1")
    feed(board, store, real)
    changes = board.endex("EX-1", by="controller")
    drill_alarm = board.alarm_for(alert_id(store, drill))
    real_alarm = board.alarm_for(alert_id(store, real))
    assert drill_alarm is not None
    assert real_alarm is not None
    assert drill_alarm.state is AlarmState.NORMAL  # nobody acknowledges after ENDEX
    assert (drill_alarm.cleared_reason, drill_alarm.cleared_by) == (Reason.ENDEX, "controller")
    assert real_alarm.state is AlarmState.ACTIVE_UNACK
    assert changes.alarms == (drill_alarm.id,)
    late = alert("X2", status=cap.Status.EXERCISE, at=timedelta(minutes=1))
    assert not feed(board, store, late, exercise_id="EX-1").raised


def test_only_actual_and_the_joined_exercise_annunciate(board: AlarmBoard, store: Store) -> None:
    feed(board, store, alert("T1", status=cap.Status.TEST))
    other = alert("X9", status=cap.Status.EXERCISE)
    changes = feed(board, store, other, exercise_id="EX-OTHER")
    assert changes.raised == ()
    alarm = board.alarm_for(alert_id(store, other))
    assert alarm is not None
    assert alarm.state is AlarmState.SUPPRESSED
    assert [a.id for a in board.alarms()] == [alarm.id]
    board.set_exercise("EX-OTHER")
    assert [a.id for a in board.annunciating()] == [alarm.id]


def test_a_priority_below_alarm_level_raises_nothing(board: AlarmBoard, store: Store) -> None:
    changes = feed(board, store, alert("M1", severity="Minor"))
    assert not changes
    assert board.alarms() == []


def test_an_update_at_the_same_priority_is_reported_without_a_new_annunciation(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    feed(board, store, first, ack(first))
    newer = update(first, "A2", at=timedelta(minutes=2), headline="Second device found")
    changes = feed(board, store, newer)
    alarm = board.alarm_for(alert_id(store, first))
    assert alarm is not None
    assert changes.alarms == (alarm.id,)
    assert changes.raised == ()
    assert (alarm.alert_id, alarm.title) == (alert_id(store, newer), "Second device found")
    assert alarm.state is AlarmState.ACTIVE_ACK


def test_the_same_alerts_twice_change_nothing_and_journal_nothing_twice(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    changes = put(store, first, ack(first))
    board.apply(changes)
    before = alarm_kpis(store, until=T0 + timedelta(hours=1))
    assert not board.apply(changes)  # e.g. a console on a shared database sees them again
    assert alarm_kpis(store, until=T0 + timedelta(hours=1)) == before
    assert before.alarms == 1


def test_only_the_newest_version_of_an_unacknowledged_alarm_asks_for_attention(
    board: AlarmBoard, store: Store
) -> None:
    first = alert("A1")
    newer = update(first, "A2", at=timedelta(minutes=1))
    feed(board, store, first, newer)
    all_clear = cancel(newer, "A3", at=timedelta(minutes=2))
    assert board.awaits_acknowledgement(alert_id(store, newer))
    assert not board.awaits_acknowledgement(alert_id(store, first))  # superseded
    feed(board, store, ack(newer, at=timedelta(minutes=1, seconds=30)), all_clear)
    ids = [alert_id(store, m) for m in (first, newer, all_clear)]
    assert [board.awaits_acknowledgement(i) for i in ids] == [False, False, False]


def test_an_error_message_never_raises_an_alarm(board: AlarmBoard, store: Store) -> None:
    first = alert("A1", severity="Minor")
    rejected = alert("E1", msg_type=cap.MsgType.ERROR, references=(first,))
    assert not feed(board, store, first, rejected)
    assert board.alarms() == []


def test_a_drill_alarm_is_named_by_its_headline_not_its_mandated_marking(
    board: AlarmBoard, store: Store
) -> None:
    """Drill alerts open their headline with EXERCISE EXERCISE EXERCISE (the marking every
    exercise message carries): the alarm list, the banner and the shelving entry name the
    alarm by what follows, as the queue does; the traffic is said in its own column."""
    drill = alert(
        "X1",
        status=cap.Status.EXERCISE,
        headline="EXERCISE EXERCISE EXERCISE Malaba customs yard B evacuated",
    )
    feed(board, store, drill, exercise_id="EX-1")
    alarm = board.alarm_for(alert_id(store, drill))
    assert alarm is not None
    assert alarm.title == "Malaba customs yard B evacuated"
