"""An inject's alarm lasts as long on the exercise clock as the scenario says.

The scenario player stamps an inject's CAP times on the exercise clock: at x20 its two-hour
``expires`` comes after six wall minutes, paused it does not come nearer, and a run with a
base time in the past (March here, December on the wall) must not expire on arrival. The
board judges an inject's expiry on the exercise clock the console learnt from the control
messages (the real ``ExerciseLink``) and reports each inject to it; a participant's own
exercise alert keeps the wall clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, AlarmState, Reason
from incident_desk.exercise import Command, ControlMessage, ExerciseState
from incident_desk.runtime import ExerciseLink
from incident_desk.scenario import parse_scenario, render_cap
from incident_desk.store import Store
from tests.helpers.alarms import FakeClock, alert, alert_id, feed
from tests.helpers.alerts import incoming
from tests.unit.exercise.conftest import BASE, SMALL

X0 = BASE  # T+0 on the exercise clock: 2026-03-14 09:30 UTC, the run's base time
W0 = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)  # the wall instant of STARTEX
EXERCISE = "EX-T1"
TOPIC = f"idesk/v1/exercise/{EXERCISE}/KE/nps/alert"


def control(state: str, command: str, scenario_time: int, speed: float) -> ControlMessage:
    return ControlMessage(
        exercise=EXERCISE,
        state=ExerciseState(state),
        command=Command(command),
        scenario_time=scenario_time,
        speed=speed,
        at=X0 + timedelta(seconds=scenario_time),
        by="Controller KE",
    )


def inject_1() -> cap.Alert:
    """Inject 1 of the small scenario: Severe/Immediate, sent at T+0, expires at T+02:00:00."""
    scenario = parse_scenario(SMALL)
    return render_cap(scenario, scenario.inject(1), X0)


def store_inject(store: Store, message: cap.Alert, received_at: datetime) -> list[int]:
    result = store.write_batch(
        [incoming(message, topic=TOPIC, received_at=received_at, exercise_id=EXERCISE)]
    )
    return list(result.stored_ids)


class Recording:
    """Exercise clocks that know nothing and record what the board reports."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, datetime, datetime]] = []

    def exercise_at(self, exercise_id: str, wall: datetime) -> datetime | None:
        return None

    def inject_seen(self, exercise_id: str, sent: datetime, received_at: datetime) -> None:
        self.seen.append((exercise_id, sent, received_at))


def test_at_x20_an_inject_alarm_returns_to_normal_after_six_wall_minutes(store: Store) -> None:
    link = ExerciseLink(EXERCISE)
    link.clock.offer(control("running", "STARTEX", 0, 20), W0)
    clock = FakeClock(W0)
    board = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=clock, exercise_clocks=link
    )
    message = inject_1()
    board.apply(store_inject(store, message, W0 + timedelta(seconds=1)))
    alarm = board.alarm_for(alert_id(store, message))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    clock.advance(minutes=5, seconds=50)  # T+01:56:40
    board.tick()
    alarm = board.alarm_for(alarm.alert_id)
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    clock.advance(seconds=20)  # T+02:03:20: past the inject's expires
    changes = board.tick()
    alarm = board.alarm_for(alarm.alert_id)
    assert alarm is not None
    assert changes.alarms == (alarm.id,)
    assert alarm.state is AlarmState.RTN_UNACK
    assert alarm.cleared_reason == Reason.EXPIRED
    assert alarm.cleared_at == clock.now  # the journal keeps wall time, not T+02:00:00


def test_a_paused_exercise_holds_its_injects_expiry(store: Store) -> None:
    link = ExerciseLink(EXERCISE)
    link.clock.offer(control("running", "STARTEX", 0, 20), W0)
    clock = FakeClock(W0)
    board = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=clock, exercise_clocks=link
    )
    message = inject_1()
    board.apply(store_inject(store, message, W0 + timedelta(seconds=1)))
    link.clock.offer(control("paused", "PAUSE", 1200, 20), W0 + timedelta(minutes=1))
    clock.advance(hours=3)  # a long hold: the exercise clock stands at T+00:20:00
    board.tick()
    alarm = board.alarm_for(alert_id(store, message))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    link.clock.offer(control("running", "RESUME", 1200, 20), clock.now)
    clock.advance(minutes=5, seconds=10)  # 100 exercise minutes more: T+02:03:20
    board.tick()
    alarm = board.alarm_for(alarm.alert_id)
    assert alarm is not None
    assert alarm.state is AlarmState.RTN_UNACK


def test_a_speed_change_heard_on_the_control_topic_moves_the_expiry(store: Store) -> None:
    link = ExerciseLink(EXERCISE)
    link.clock.offer(control("running", "STARTEX", 0, 1), W0)
    clock = FakeClock(W0)
    board = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=clock, exercise_clocks=link
    )
    message = inject_1()
    board.apply(store_inject(store, message, W0))
    # ten minutes at x1, then the controller goes to x100 (the player publishes CLOCK)
    link.clock.offer(control("running", "CLOCK", 600, 100), W0 + timedelta(minutes=10))
    clock.advance(minutes=10, seconds=60)  # 100 exercise minutes later: T+01:50:00
    board.tick()
    alarm = board.alarm_for(alert_id(store, message))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    clock.advance(seconds=7)  # T+02:01:40
    board.tick()
    alarm = board.alarm_for(alarm.alert_id)
    assert alarm is not None
    assert alarm.state is AlarmState.RTN_UNACK


def test_without_the_exercise_clock_an_inject_lasts_its_own_length_from_arrival(
    store: Store,
) -> None:
    """A console that heard no control message (or another exercise's inject): the inject's
    age since it arrived counts at x1, so it lives expires - sent (two hours), not until the
    wall clock reaches an exercise-clock instant (March: expired on arrival)."""
    clocks = Recording()
    clock = FakeClock(W0)
    board = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=clock, exercise_clocks=clocks
    )
    message = inject_1()
    board.apply(store_inject(store, message, W0))
    assert clocks.seen == [(EXERCISE, X0, W0)]  # the board reported the inject (an anchor)
    clock.advance(hours=1, minutes=59)
    board.tick()
    alarm = board.alarm_for(alert_id(store, message))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    clock.advance(minutes=2)
    board.tick()
    alarm = board.alarm_for(alarm.alert_id)
    assert alarm is not None
    assert alarm.state is AlarmState.RTN_UNACK
    # a restarted console rebuilds the same alarm from the store, and still judges it so
    again = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=FakeClock(W0 + timedelta(hours=1))
    )
    again.load(history=None)
    rebuilt = again.alarm_for(alarm.alert_id)
    assert rebuilt is not None
    assert rebuilt.state is AlarmState.ACTIVE_UNACK


def test_a_participants_own_exercise_alert_keeps_the_wall_clock(store: Store) -> None:
    """An exercise alert another system sent (no inject number) is stamped on the wall clock:
    it expires at its ``expires`` whatever the exercise clock says, and is no anchor."""
    link = ExerciseLink(EXERCISE)
    link.clock.offer(control("running", "STARTEX", 0, 20), W0)
    clocks = Recording()
    start = W0
    clock = FakeClock(start)
    board = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=clock, exercise_clocks=clocks
    )
    own = alert("UG-1", status=cap.Status.EXERCISE, expires=timedelta(minutes=30))
    own = own.model_copy(update={"sent": cap.CapTime.from_datetime(start)})
    info = own.infos[0].model_copy(
        update={"expires": cap.CapTime.from_datetime(start + timedelta(minutes=30))}
    )
    own = own.model_copy(update={"infos": (info,)})
    feed(board, store, own, exercise_id=EXERCISE)
    assert clocks.seen == []
    clock.advance(minutes=29)
    board.tick()
    alarm = board.alarm_for(alert_id(store, own))
    assert alarm is not None
    assert alarm.state is AlarmState.ACTIVE_UNACK
    clock.advance(minutes=2)
    board.tick()
    alarm = board.alarm_for(alarm.alert_id)
    assert alarm is not None
    assert alarm.state is AlarmState.RTN_UNACK
    assert alarm.cleared_at == start + timedelta(minutes=30)  # exactly at its expires
