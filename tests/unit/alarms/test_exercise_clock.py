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
from incident_desk.alarms._board import ExerciseClocks
from incident_desk.runtime import ExerciseLink
from incident_desk.scenario import parse_scenario, render_cap
from incident_desk.store import Store
from tests.helpers.alarms import FakeClock, alert, alert_id, feed
from tests.helpers.alerts import incoming
from tests.helpers.drill import T0_EXERCISE, control
from tests.unit.exercise.conftest import SMALL

X0 = T0_EXERCISE  # T+0 on the exercise clock: 2026-03-14 09:30 UTC, the run's base time
W0 = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)  # the wall instant of STARTEX
EXERCISE = "EX-T1"
TOPIC = f"idesk/v1/exercise/{EXERCISE}/KE/nps/alert"


def inject_1() -> cap.Alert:
    """Inject 1 of the small scenario: Severe/Immediate, sent at T+0, expires at T+02:00:00."""
    scenario = parse_scenario(SMALL)
    return render_cap(scenario, scenario.inject(1), X0)


def store_inject(store: Store, message: cap.Alert, received_at: datetime) -> list[int]:
    result = store.write_batch(
        [incoming(message, topic=TOPIC, received_at=received_at, exercise_id=EXERCISE)]
    )
    return list(result.stored_ids)


def started(speed: float) -> ExerciseLink:
    """A console's link to the exercise, which heard STARTEX at ``W0`` at ``speed``."""
    link = ExerciseLink(EXERCISE)
    link.clock.offer(control("running", "STARTEX", 0, speed), W0)
    return link


def drill_board(store: Store, clocks: ExerciseClocks) -> tuple[AlarmBoard, FakeClock]:
    """The joined console's alarm board, its wall clock at ``W0``."""
    clock = FakeClock(W0)
    board = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=clock, exercise_clocks=clocks
    )
    return board, clock


def state_now(board: AlarmBoard, alert: int) -> AlarmState:
    """The alarm's state after a tick (what the window's once-a-second tick shows)."""
    board.tick()
    alarm = board.alarm_for(alert)
    assert alarm is not None
    return alarm.state


class Recording:
    """Exercise clocks that know nothing and record what the board reports."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, datetime, datetime]] = []

    def exercise_at(self, exercise_id: str, wall: datetime) -> datetime | None:
        return None

    def inject_seen(self, exercise_id: str, sent: datetime, received_at: datetime) -> None:
        self.seen.append((exercise_id, sent, received_at))


def test_at_x20_an_inject_alarm_returns_to_normal_after_six_wall_minutes(store: Store) -> None:
    board, clock = drill_board(store, started(20))
    message = inject_1()
    board.apply(store_inject(store, message, W0 + timedelta(seconds=1)))
    alert = alert_id(store, message)
    assert state_now(board, alert) is AlarmState.ACTIVE_UNACK  # not expired on arrival
    clock.advance(minutes=5, seconds=50)  # T+01:56:40
    assert state_now(board, alert) is AlarmState.ACTIVE_UNACK
    clock.advance(seconds=20)  # T+02:03:20: past the inject's expires
    changes = board.tick()
    alarm = board.alarm_for(alert)
    assert alarm is not None
    assert changes.alarms == (alarm.id,)
    assert alarm.state is AlarmState.RTN_UNACK
    assert alarm.cleared_reason == Reason.EXPIRED
    assert alarm.cleared_at == clock.now  # the journal keeps wall time, not T+02:00:00


def test_a_paused_exercise_holds_its_injects_expiry(store: Store) -> None:
    link = started(20)
    board, clock = drill_board(store, link)
    message = inject_1()
    board.apply(store_inject(store, message, W0 + timedelta(seconds=1)))
    alert = alert_id(store, message)
    link.clock.offer(control("paused", "PAUSE", 1200, 20), W0 + timedelta(minutes=1))
    clock.advance(hours=3)  # a long hold: the exercise clock stands at T+00:20:00
    assert state_now(board, alert) is AlarmState.ACTIVE_UNACK
    link.clock.offer(control("running", "RESUME", 1200, 20), clock.now)
    clock.advance(minutes=5, seconds=10)  # 100 exercise minutes more: T+02:03:20
    assert state_now(board, alert) is AlarmState.RTN_UNACK


def test_a_speed_change_heard_on_the_control_topic_moves_the_expiry(store: Store) -> None:
    link = started(1)
    board, clock = drill_board(store, link)
    message = inject_1()
    board.apply(store_inject(store, message, W0))
    alert = alert_id(store, message)
    # ten minutes at x1, then the controller goes to x100 (the player publishes CLOCK)
    link.clock.offer(control("running", "CLOCK", 600, 100), W0 + timedelta(minutes=10))
    clock.advance(minutes=10, seconds=60)  # 100 exercise minutes later: T+01:50:00
    assert state_now(board, alert) is AlarmState.ACTIVE_UNACK
    clock.advance(seconds=7)  # T+02:01:40
    assert state_now(board, alert) is AlarmState.RTN_UNACK


def test_without_the_exercise_clock_an_inject_lasts_its_own_length_from_arrival(
    store: Store,
) -> None:
    """A console that heard no control message (or another exercise's inject): the inject's
    age since it arrived counts at x1, so it lives expires - sent (two hours), not until the
    wall clock reaches an exercise-clock instant (March: expired on arrival)."""
    clocks = Recording()
    board, clock = drill_board(store, clocks)
    message = inject_1()
    board.apply(store_inject(store, message, W0))
    alert = alert_id(store, message)
    assert clocks.seen == [(EXERCISE, X0, W0)]  # the board reported the inject (an anchor)
    clock.advance(hours=1, minutes=59)
    assert state_now(board, alert) is AlarmState.ACTIVE_UNACK
    clock.advance(minutes=2)
    assert state_now(board, alert) is AlarmState.RTN_UNACK
    # a restarted console rebuilds the same alarm from the store, and still judges it so
    again = AlarmBoard(
        store, console="ke-ncc-ws01", exercise_id=EXERCISE, clock=FakeClock(W0 + timedelta(hours=1))
    )
    again.load(history=None)
    rebuilt = again.alarm_for(alert)
    assert rebuilt is not None
    assert rebuilt.state is AlarmState.ACTIVE_UNACK


def test_a_participants_own_exercise_alert_keeps_the_wall_clock(store: Store) -> None:
    """An exercise alert another system sent (no inject number) is stamped on the wall clock:
    it expires at its ``expires`` whatever the exercise clock says (x20 here), and is no
    anchor of it."""
    link = started(20)
    board, clock = drill_board(store, link)
    own = alert("UG-1", status=cap.Status.EXERCISE, expires=timedelta(minutes=30))
    own = own.model_copy(update={"sent": cap.CapTime.from_datetime(W0)})
    info = own.infos[0].model_copy(
        update={"expires": cap.CapTime.from_datetime(W0 + timedelta(minutes=30))}
    )
    own = own.model_copy(update={"infos": (info,)})
    feed(board, store, own, exercise_id=EXERCISE)
    alert_ = alert_id(store, own)
    told = link.clock.map()
    assert told is not None
    assert len(told.anchors) == 1  # STARTEX only: the alert is no anchor
    clock.advance(minutes=29)
    assert state_now(board, alert_) is AlarmState.ACTIVE_UNACK
    clock.advance(minutes=2)
    assert state_now(board, alert_) is AlarmState.RTN_UNACK
    cleared = board.alarm_for(alert_)
    assert cleared is not None
    assert cleared.cleared_at == W0 + timedelta(minutes=30)  # exactly at its expires


def test_an_inject_that_raises_no_alarm_still_sets_the_exercise_clock(store: Store) -> None:
    """The board leaves the alerts of no alarm priority out of its reads, but not an
    exercise's: a Minor inject is an anchor of the exercise clock all the same."""
    clocks = Recording()
    board, _clock = drill_board(store, clocks)
    message = inject_1()
    minor = message.infos[0].model_copy(update={"severity": cap.Severity.MINOR})
    board.apply(store_inject(store, message.model_copy(update={"infos": (minor,)}), W0))
    assert board.alarms() == []
    assert clocks.seen == [(EXERCISE, X0, W0)]
