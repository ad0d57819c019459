"""The scenario player: plays an MSEL on a :class:`VirtualClock` into one exercise tree.

Qt-free and paho-free: it publishes through a :class:`PublishPort` (the bus adapter in
``incident_desk.messaging.exercise_bus``, or a fake in tests) and every message goes through
the separation guard first. Thread-safe: the controller's commands (pause, resume, speed,
step, jump, NO DUFF…) may come from any thread while a :class:`PlayerThread` plays.

Rules:

- Injects go out in (offset, number) order, each at most once; pause, resume and speed changes
  never reorder, skip or repeat one. A forward jump marks the injects it passes **skipped**.
- Contingency injects (``contingency_for``) are **held**: they go out only when the controller
  fires them (:meth:`Player.fire_contingency`), rendered at the scenario time they are fired.
  Unused ones stay "held" in the record.
- Ad-hoc injects (:meth:`Player.inject_adhoc`) get the next number after the file's highest
  (and after earlier ad-hoc ones) and are rendered with the same deterministic renderer.
- CAP ``sent`` = base time + inject offset, control ``at`` = base time + scenario time, so a
  run with a fixed base time reproduces its bytes: :func:`render_run` gives the exact sequence
  an uninterrupted run publishes (STARTEX, the injects, ENDEX at the last inject's offset).
- NO DUFF (:meth:`Player.no_duff`) holds the clock at once and publishes a retained NO_DUFF
  control state naming the real alert; :meth:`Player.resume` continues play.
- Once play has started, a speed change, a jump or a step publishes the control state again
  (command CLOCK, same state, new scenario time and speed): every console's exercise clock
  (``ControlClock``) learns the change from it, not only the controller's own.
- An inject's CAP times are on the exercise clock; the MQTT expiry it is published with is
  the wall instant at which the exercise clock, at the current speed, reaches its
  ``expires``: at ×20 a two-hour inject lapses on the broker after six wall minutes, at ×0.25
  after eight hours, and a run with a base time in the past is still delivered.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from incident_desk.cap import Alert
from incident_desk.scenario import (
    CapTemplate,
    ClockState,
    ClockStateError,
    Inject,
    Message,
    Method,
    Scenario,
    Schedule,
    UnitUpdate,
    VirtualClock,
    format_duration,
    identifier_for,
)

from ._control import (
    Command,
    ControlMessage,
    ExerciseState,
)
from ._guard import assert_exercise_topic
from ._messages import PublishedMessage, PublishPort, send
from ._render import (
    TopicFor,
    control_message,
    inject_topic,
    regular_injects,
    render_message,
    utc_base,
)

__all__ = ["InjectRecord", "Player", "PlayerEvent", "PlayerThread", "RecordState"]

log = logging.getLogger(__name__)

_DUE_TOLERANCE_S = 1e-3  # scenario seconds

RecordState = Literal["pending", "held", "sent", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class InjectRecord:
    """What happened to one inject.

    Attributes:
        number, offset, kind: from the MSEL (offset as played for contingency/ad-hoc ones).
        state: pending, held (contingency not fired), sent, skipped or failed.
        sent_at: the real (wall-clock) time it was handed to the bus.
        scenario_time: the scenario seconds at that moment.
        topic: where it went.
        contingency_for, adhoc: the inject's role.
        error: why publishing failed.
    """

    number: int
    offset: str
    kind: str
    state: RecordState
    sent_at: datetime | None = None
    scenario_time: float | None = None
    topic: str | None = None
    contingency_for: int | None = None
    adhoc: bool = False
    error: str | None = None


@dataclass(frozen=True, slots=True)
class PlayerEvent:
    """Something the player did (given to ``on_event`` on the thread that did it).

    Attributes:
        kind: "control", "inject", "skipped" or "failed".
        message: the published message, if any.
        record: the inject record after the event (inject events only).
        control: the control message (control events only).
        monotonic: ``time.monotonic()`` when it happened (lateness measurements).
    """

    kind: Literal["control", "inject", "skipped", "failed"]
    message: PublishedMessage | None = None
    record: InjectRecord | None = None
    control: ControlMessage | None = None
    monotonic: float = 0.0


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Player:
    """Plays one scenario into its exercise tree (see the module docstring).

    Attributes:
        scenario: the MSEL.
        clock: the exercise clock (shared with whoever displays it).
        published: every message handed to the bus, in order.
        changed: set on every control change (a sleeping runner wakes on it).

    ``base_time`` is T+0 on the exercise clock: inject ``sent`` = base time + offset. None
    (what a controller at a console does) takes the wall instant of STARTEX, so that at ×1
    the exercise clock reads the wall clock and an inject's ``sent`` and ``expires`` mean
    what they say to every console, however long the briefing before STARTEX lasted. A
    given base time (``incident-desk scenario run --base-time``) makes a run reproducible.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        publish: PublishPort,
        clock: VirtualClock,
        base_time: datetime | None,
        controller: str,
        on_event: Callable[[PlayerEvent], None] | None = None,
        topic_for: TopicFor = inject_topic,
        wallclock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.scenario = scenario
        self.exercise_id = scenario.exercise.id
        self.clock = clock
        self._base = None if base_time is None else utc_base(base_time)
        self.controller = controller
        self.on_event = on_event
        self._port = publish
        self._topic_for = topic_for
        self._wallclock = wallclock
        self._lock = threading.RLock()
        self.changed = threading.Event()
        self.published: list[PublishedMessage] = []
        regular = regular_injects(scenario)
        self._schedule: Schedule[Inject] = Schedule(regular, clock)
        self._held: dict[int, Inject] = {
            i.number: i for i in scenario.ordered_injects() if i.contingency_for is not None
        }
        self._records: dict[int, InjectRecord] = {}
        for inject in scenario.ordered_injects():
            self._records[inject.number] = InjectRecord(
                number=inject.number,
                offset=inject.offset,
                kind=inject.kind,
                state="held" if inject.contingency_for is not None else "pending",
                contingency_for=inject.contingency_for,
            )
        self._adhoc: dict[int, Inject] = {}
        self._next_number = max(i.number for i in scenario.injects) + 1
        self._no_duff = False
        self._last_control: ControlMessage | None = None

    # -- state ------------------------------------------------------------------------

    @property
    def state(self) -> Literal["planned", "running", "paused", "no_duff", "ended"]:
        with self._lock:
            if self._no_duff and self.clock.state is ClockState.PAUSED:
                return "no_duff"
            return self.clock.state.value

    @property
    def records(self) -> list[InjectRecord]:
        """One record per inject (file injects in play order, then ad-hoc ones)."""
        with self._lock:
            return list(self._records.values())

    def record(self, number: int) -> InjectRecord:
        with self._lock:
            return self._records[number]

    @property
    def last_control(self) -> ControlMessage | None:
        return self._last_control

    @property
    def finished(self) -> bool:
        """True when no scheduled inject is pending (held contingencies do not count)."""
        with self._lock:
            return self._schedule.cursor.next_pending() is None

    @property
    def base_time(self) -> datetime:
        """T+0 on the exercise clock: the base time given, else the wall instant of the first
        control message (STARTEX); before it, now."""
        base = self._base
        return utc_base(self._wallclock()) if base is None else base

    def scenario_seconds(self) -> int:
        """The scenario time in whole seconds."""
        return int(self.clock.now())

    def real_seconds_until_next(self) -> float | None:
        with self._lock:
            return self._schedule.real_seconds_until_next()

    # -- controller commands ----------------------------------------------------------

    def startex(self) -> ControlMessage:
        with self._lock:
            self.clock.startex()
            return self._control(Command.STARTEX, ExerciseState.RUNNING)

    def pause(self, reason: str | None = None) -> ControlMessage:
        with self._lock:
            self.clock.pause()
            return self._control(Command.PAUSE, ExerciseState.PAUSED, reason)

    def resume(self, reason: str | None = None) -> ControlMessage:
        with self._lock:
            self.clock.resume()
            self._no_duff = False
            return self._control(Command.RESUME, ExerciseState.RUNNING, reason)

    def set_speed(self, speed: float) -> None:
        """Change the speed (×0.25 to ×100); once play has started, the control state goes
        out again with it (command CLOCK)."""
        with self._lock:
            self.clock.set_speed(speed)
            self.changed.set()
            self._clock_moved()

    def step(self) -> list[PublishedMessage]:
        """Release the next scheduled inject now (the clock moves to its offset)."""
        with self._lock:
            if self.clock.state is ClockState.ENDED:
                raise ClockStateError("cannot step after ENDEX")
            inject = self._schedule.step()
            self.changed.set()
            if inject is None:
                return []
            self._clock_moved()
            return [self._play(inject)]

    def jump_to_inject(self, number: int) -> list[int]:
        """Move the clock to inject ``number``; the pending injects before it are skipped.

        Returns the numbers of the skipped injects.
        """
        with self._lock:
            if number in self._held:
                raise ValueError(
                    f"inject {number} is a contingency inject: fire it with fire_contingency"
                )
            if self.clock.state is ClockState.ENDED:
                raise ClockStateError("cannot jump after ENDEX")
            skipped = self._schedule.jump_to_inject(number)
            for inject in skipped:
                self._mark_skipped(inject.number)
            self.changed.set()
            self._clock_moved()
            return [i.number for i in skipped]

    def endex(
        self, reason: str | None = None, *, scenario_time: int | None = None
    ) -> ControlMessage:
        """End play; scheduled injects not yet sent are recorded as skipped."""
        with self._lock:
            self.clock.endex()
            for inject in self._schedule.cursor.skip_until(len(self._schedule.cursor.ordered)):
                self._mark_skipped(inject.number)
            return self._control(Command.ENDEX, ExerciseState.ENDED, reason, scenario_time)

    def no_duff(self, alert_summary: str) -> ControlMessage | None:
        """A real alert arrived: hold the clock now and tell everyone on the control topic.

        Returns the NO_DUFF control message, or None after ENDEX (nothing left to hold).
        """
        with self._lock:
            if self.clock.state is ClockState.ENDED:
                log.warning("NO DUFF after ENDEX (not published): %s", alert_summary)
                return None
            if self.clock.state is ClockState.RUNNING:
                self.clock.pause()
            self._no_duff = True
            return self._control(Command.NO_DUFF, ExerciseState.NO_DUFF, alert_summary)

    def fire_contingency(self, number: int) -> PublishedMessage:
        """Send held contingency inject ``number`` now, at the current scenario time."""
        with self._lock:
            if number not in self._held:
                record = self._records.get(number)
                why = "is not a contingency inject" if record is None else f"is {record.state}"
                if record is not None and record.contingency_for is None:
                    why = "is not a contingency inject"
                raise ValueError(f"inject {number} {why}")
            self._require_started("fire a contingency inject")
            inject = self._held.pop(number)
            played = inject.model_copy(update={"offset": format_duration(self.clock.now())})
            return self._play(played)

    def inject_adhoc(
        self,
        message: str | CapTemplate | UnitUpdate | Message,
        *,
        from_agency: str | None = None,
        to: Sequence[str] | None = None,
        method: Method | None = None,
        expected_action: str = "Ad-hoc inject by the controller.",
    ) -> PublishedMessage:
        """A manual inject: free text, a CAP template or a unit update, sent now.

        It gets the next number after the file's (and earlier ad-hoc) injects and is rendered
        deterministically at the current scenario time.
        """
        with self._lock:
            self._require_started("send an ad-hoc inject")
            if isinstance(message, Message):
                body = message
            elif isinstance(message, CapTemplate):
                body = Message(cap=message)
            elif isinstance(message, UnitUpdate):
                body = Message(unit=message)
            else:
                body = Message(text=message)
            agencies = [a.id for a in self.scenario.agencies]
            inject = Inject.model_validate(
                {
                    "number": self._next_number,
                    "offset": format_duration(self.clock.now()),
                    "from": from_agency or agencies[0],
                    "to": tuple(to or agencies),
                    "method": method or (Method.SYSTEM if body.kind != "text" else Method.PHONE),
                    "message": body,
                    "expected_action": expected_action,
                    "controller": self.controller,
                }
            )
            self.scenario.agency(inject.from_)  # KeyError → unknown agency
            if body.unit is not None:
                self.scenario.unit(body.unit.unit)
            self._next_number += 1
            self._adhoc[inject.number] = inject
            self._records[inject.number] = InjectRecord(
                number=inject.number,
                offset=inject.offset,
                kind=inject.kind,
                state="pending",
                adhoc=True,
            )
            return self._play(inject)

    def adhoc_identifier(self, number: int) -> str:
        """The CAP identifier an ad-hoc CAP inject got."""
        return identifier_for(self.scenario, self._adhoc[number])

    # -- playing ----------------------------------------------------------------------

    def tick(self) -> list[PublishedMessage]:
        """Publish every scheduled inject whose time has come; returns what went out."""
        with self._lock:
            if self.clock.state is not ClockState.RUNNING:
                return []
            # a hair of tolerance: a sleeper that wakes exactly on time may see the scenario
            # time a rounding error short of the offset (and would sleep ~0 s for ever)
            due = self._schedule.cursor.due(self.clock.now() + _DUE_TOLERANCE_S)
            return [self._play(inject) for inject in due]

    def run_until_end(
        self,
        sleep: Callable[[float], None] | None = None,
        *,
        auto_endex: bool = True,
        should_stop: Callable[[], bool] = lambda: False,
        idle_s: float = 0.5,
    ) -> None:
        """Play (STARTEX first if planned) until ENDEX, or until ``should_stop()``.

        Sleeps until the next inject's real time; the default sleeper wakes early on every
        controller change. With ``auto_endex`` ENDEX follows the last scheduled inject, at
        its offset. While held (PAUSE, NO DUFF) it waits ``idle_s`` at a time.
        """
        wait = sleep or self._wait_for_change
        with self._lock:
            if self.clock.state is ClockState.PLANNED:
                self.startex()
        last_offset = 0
        while not should_stop():
            self.changed.clear()
            for message in self.tick():
                if message.inject is not None:
                    last_offset = max(last_offset, self._offset_of(message.inject))
            with self._lock:
                state = self.clock.state
                if state is ClockState.ENDED:
                    return
                if auto_endex and state is ClockState.RUNNING and self.finished:
                    self.endex(scenario_time=max(last_offset, self._last_scheduled_offset()))
                    return
                seconds = self._schedule.real_seconds_until_next()
            wait(idle_s if seconds is None else min(seconds, idle_s * 20))

    def _wait_for_change(self, seconds: float) -> None:
        self.changed.wait(seconds)

    def _last_scheduled_offset(self) -> int:
        released = [
            i.offset_seconds
            for i in self._schedule.cursor.ordered
            if self._records[i.number].state == "sent"
        ]
        return max(released, default=0)

    def _offset_of(self, number: int) -> int:
        for inject in self._schedule.cursor.ordered:
            if inject.number == number:
                return inject.offset_seconds
        return 0

    def _require_started(self, action: str) -> None:
        if self.clock.state in {ClockState.PLANNED, ClockState.ENDED}:
            raise ClockStateError(f"cannot {action} while the exercise is {self.clock.state}")

    def _play(self, inject: Inject) -> PublishedMessage:
        message, content = render_message(
            self.scenario, inject, self.base_time, topic_for=self._topic_for
        )
        message = replace(message, expires=self._wall_expiry(message.expires))
        if isinstance(content, Alert):
            assert_exercise_topic(message.topic, self.exercise_id, cap=content)
        else:
            assert_exercise_topic(message.topic, self.exercise_id, data=content)
        scenario_time = self.clock.now()
        try:
            send(self._port, message, self.exercise_id)
        except Exception as exc:
            record = replace(
                self._records[inject.number],
                state="failed",
                topic=message.topic,
                error=str(exc),
            )
            self._records[inject.number] = record
            self._emit(PlayerEvent("failed", message, record, monotonic=time.monotonic()))
            raise
        self.published.append(message)
        record = replace(
            self._records[inject.number],
            state="sent",
            offset=inject.offset,
            sent_at=self._wallclock(),
            scenario_time=scenario_time,
            topic=message.topic,
        )
        self._records[inject.number] = record
        self._emit(PlayerEvent("inject", message, record, monotonic=time.monotonic()))
        return message

    def _clock_moved(self) -> None:
        """The clock's speed or position changed: publish the control state again (CLOCK),
        unless play has not started or has ended (STARTEX carries the speed; after ENDEX no
        clock is left to follow)."""
        if self.clock.state in {ClockState.PLANNED, ClockState.ENDED}:
            return
        if self.clock.state is ClockState.RUNNING:
            state = ExerciseState.RUNNING
        else:
            state = ExerciseState.NO_DUFF if self._no_duff else ExerciseState.PAUSED
        last = self._last_control
        reason = last.reason if state is ExerciseState.NO_DUFF and last is not None else None
        self._control(Command.CLOCK, state, reason)

    def _wall_expiry(self, expires: datetime | None) -> datetime | None:
        """The wall instant at which the exercise clock, at its current speed, reaches
        ``expires`` (an inject's CAP ``expires``, an exercise-clock instant)."""
        if expires is None:
            return None
        exercise_now = self.base_time + timedelta(seconds=self.clock.now())
        return self._wallclock() + (expires - exercise_now) / self.clock.speed

    def _mark_skipped(self, number: int) -> None:
        record = replace(self._records[number], state="skipped")
        self._records[number] = record
        self._emit(PlayerEvent("skipped", None, record, monotonic=time.monotonic()))

    def _control(
        self,
        command: Command,
        state: ExerciseState,
        reason: str | None = None,
        scenario_time: int | None = None,
    ) -> ControlMessage:
        if self._base is None:  # STARTEX (or an ENDEX before it) fixes T+0 on the wall clock
            self._base = utc_base(self._wallclock())
        message, control = control_message(
            self.exercise_id,
            command,
            state,
            scenario_time=self.scenario_seconds() if scenario_time is None else scenario_time,
            speed=self.clock.speed,
            base_time=self.base_time,
            by=self.controller,
            reason=reason,
        )
        assert_exercise_topic(message.topic, self.exercise_id, data={"exercise": control.exercise})
        self.changed.set()
        send(self._port, message, self.exercise_id)
        self.published.append(message)
        self._last_control = control
        self._emit(PlayerEvent("control", message, control=control, monotonic=time.monotonic()))
        return control

    def _emit(self, event: PlayerEvent) -> None:
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:
                log.exception("on_event failed for %s", event.kind)


class PlayerThread:
    """Plays a :class:`Player` on its own thread, sleeping until the next inject's real time
    and waking at once on controller changes (so at ×1 lateness stays small)."""

    def __init__(self, player: Player, *, auto_endex: bool = True) -> None:
        self.player = player
        self.auto_endex = auto_endex
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="scenario-player", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            self.player.run_until_end(auto_endex=self.auto_endex, should_stop=self._stop.is_set)
        except BaseException as exc:
            self.error = exc
            log.exception("the scenario player stopped")

    def stop(self, timeout: float = 5.0) -> None:
        """Stop playing (no ENDEX is published) and wait for the thread."""
        self._stop.set()
        self.player.changed.set()
        self._thread.join(timeout)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the run to end; True if it did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()
