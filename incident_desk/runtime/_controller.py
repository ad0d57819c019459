"""The exercise controller behind the controller panel (docs/architecture.md §5, §6): Qt-free.

``ExerciseController`` owns one scenario run on the bus: a :class:`Player` publishing through
a :class:`BusPublishPort` (its own MQTT session), a :class:`PlayerThread` once STARTEX is
given, and a :class:`NoDuffMonitor` on ``idesk/v1/actual/#`` that holds the clock at once
when a real alert arrives (``Player.no_duff`` publishes the retained NO_DUFF control state:
that is how the controller and every console are told). Listeners hear every player event
and every NO DUFF event, on the thread that produced it. What the controller does (control
events, each inject's fate, ad-hoc injects, clock anchors) goes into the console's store as
it happens (``RunJournal``): the after-action report is built from the store, by this
controller, by one restarted after a crash or by ``incident-desk export aar``.

``ExerciseLink`` is what one console knows of the exercise it joined: the control messages
seen on the bus (the retained state reaches a late joiner at once) and the controller, when
this workstation runs one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from incident_desk.exercise import (
    ClockAnchor,
    ControlClock,
    ControlMessage,
    ExerciseClockMap,
    InjectRecord,
    NoDuffEvent,
    NoDuffWatcher,
    Player,
    PlayerEvent,
    PlayerThread,
    PublishedMessage,
    write_aar,
)
from incident_desk.exercise._aar_stored import RunJournal, report_from_store
from incident_desk.messages import Translate
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.exercise_bus import BusPublishPort, NoDuffMonitor, role_client_id
from incident_desk.outfile import write_into_folder
from incident_desk.scenario import (
    CapTemplate,
    Inject,
    Message,
    Method,
    Scenario,
    UnitUpdate,
    VirtualClock,
)
from incident_desk.settings import BrokerSettings
from incident_desk.store import Store

__all__ = ["ControllerEvent", "ExerciseController", "ExerciseLink"]

log = logging.getLogger("incident_desk.runtime")

_ACTIVE = frozenset({"running", "paused", "no_duff"})


@dataclass(frozen=True, slots=True)
class ControllerEvent:
    """What a controller listener hears.

    Attributes:
        kind: "player" (an inject or control change) or "no_duff" (a real alert held play).
        player: the player's event (kind "player").
        no_duff: the NO DUFF event (kind "no_duff").
    """

    kind: Literal["player", "no_duff"]
    player: PlayerEvent | None = None
    no_duff: NoDuffEvent | None = None


class ExerciseController:
    """One exercise run on the bus, driven by the controller panel, a CLI or a test.

    Every command is thread-safe (the player locks); listeners run on the thread that caused
    the event (the player thread, paho's thread for NO DUFF, or the caller's).

    Attributes:
        scenario, player, clock: the run. bus: the player's MQTT session.
        monitor: the NO DUFF monitor (its own session), or None when built without one.
        no_duff_events: every NO DUFF event seen, in order.
        journal: what the controller did, on its way into the store (``store``, or the one
            given to ``attach_store``; until then it waits in memory).
    """

    def __init__(
        self,
        scenario: Scenario,
        broker: BrokerSettings,
        *,
        speed: float = 1.0,
        base_time: datetime | None = None,
        controller: str = "controller",
        monitor_no_duff: bool = True,
        auto_endex: bool = True,
        store: Store | None = None,
    ) -> None:
        self.scenario = scenario
        self.exercise_id = scenario.exercise.id
        self.clock = VirtualClock(speed=speed)
        self.bus = BusClient(role_client_id(broker, "excon"))
        self.player = Player(
            scenario,
            publish=BusPublishPort(self.bus),
            clock=self.clock,
            base_time=base_time,  # None: T+0 is the wall instant of STARTEX
            controller=controller,
            on_event=self._on_player_event,
        )
        self.auto_endex = auto_endex
        self.no_duff_events: list[NoDuffEvent] = []
        self.monitor: NoDuffMonitor | None = None
        if monitor_no_duff:
            watcher = NoDuffWatcher(self.exercise_id, running=lambda: self.state in _ACTIVE)
            self.monitor = NoDuffMonitor(
                role_client_id(broker, "noduff"), watcher, self._on_no_duff
            )
        self._thread: PlayerThread | None = None
        self._listeners: list[Callable[[ControllerEvent], None]] = []
        self._adhoc: dict[int, Inject] = {}
        self._lock = threading.Lock()
        self._anchors: list[ClockAnchor] = []
        self.journal = RunJournal(self.exercise_id, controller)
        if store is not None:
            self.attach_store(store)

    # -- lifecycle ------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> None:
        """Connect the player's session and the NO DUFF monitor (no STARTEX yet)."""
        self.bus.connect_and_wait(timeout)
        if self.monitor is not None:
            self.monitor.start(timeout)

    def attach_store(self, store: Store) -> None:
        """Write the run log into ``store`` (the console's) as play goes on; what the
        controller did before goes there too."""
        self.journal.attach(store)

    def stop(self) -> None:
        """Stop playing (no ENDEX is published) and disconnect; the run log is written."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
        if self.monitor is not None:
            self.monitor.stop()
        self.bus.stop()
        self.journal.close()

    def add_listener(self, listener: Callable[[ControllerEvent], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    # -- state ----------------------------------------------------------------------------
    @property
    def state(self) -> str:
        """planned, running, paused, no_duff or ended."""
        return str(self.player.state)

    @property
    def speed(self) -> float:
        return float(self.clock.speed)

    @property
    def records(self) -> list[InjectRecord]:
        return self.player.records

    def scenario_seconds(self) -> int:
        return self.player.scenario_seconds()

    @property
    def last_control(self) -> ControlMessage | None:
        return self.player.last_control

    @property
    def playing(self) -> bool:
        """True while the player thread runs."""
        return self._thread is not None and self._thread.alive

    def wait_ended(self, timeout: float | None = None) -> bool:
        """Wait for the player thread to finish (ENDEX); True if it did."""
        thread = self._thread
        return thread is None or thread.join(timeout)

    # -- commands -------------------------------------------------------------------------
    def startex(self) -> ControlMessage:
        """STARTEX and start playing on the player thread."""
        control = self.player.startex()
        self._thread = PlayerThread(self.player, auto_endex=self.auto_endex)
        self._thread.start()
        return control

    def pause(self, reason: str | None = None) -> ControlMessage:
        return self.player.pause(reason)

    def resume(self, reason: str | None = None) -> ControlMessage:
        return self.player.resume(reason)

    def set_speed(self, speed: float) -> None:
        self._anchor()  # the old speed ran until now
        self.player.set_speed(speed)

    def step(self) -> list[PublishedMessage]:
        self._anchor()  # a step moves the clock: where it stood before the jump
        return self.player.step()

    def jump_to_inject(self, number: int) -> list[int]:
        self._anchor()
        skipped = self.player.jump_to_inject(number)
        self._anchor()
        return skipped

    def endex(self, reason: str | None = None) -> ControlMessage:
        return self.player.endex(reason)

    def fire_contingency(self, number: int) -> PublishedMessage:
        return self.player.fire_contingency(number)

    def inject_adhoc(
        self,
        message: str | CapTemplate | UnitUpdate | Message,
        *,
        from_agency: str | None = None,
        to: Sequence[str] | None = None,
        method: Method | None = None,
        expected_action: str = "Ad-hoc inject by the controller.",
    ) -> PublishedMessage:
        published = self.player.inject_adhoc(
            message, from_agency=from_agency, to=to, method=method, expected_action=expected_action
        )
        if published.inject is not None:
            with self._lock:
                # the player keeps the inject it built; the MSEL view shows its text
                self._adhoc[published.inject] = self.player._adhoc[published.inject]
        return published

    def adhoc_injects(self) -> list[Inject]:
        """The ad-hoc injects sent so far, in number order."""
        with self._lock:
            return [self._adhoc[n] for n in sorted(self._adhoc)]

    def adhoc_identifier(self, number: int) -> str:
        """The CAP identifier of ad-hoc CAP inject ``number``."""
        return self.player.adhoc_identifier(number)

    def no_duff(self, summary: str) -> ControlMessage | None:
        """Hold play for a real-world event the controller declares by hand."""
        return self.player.no_duff(summary)

    def clock_map(self) -> ExerciseClockMap:
        """Wall clock → exercise clock of this run, from the anchors recorded at every
        control event, inject, speed change and jump (the same anchors go into the run log:
        the after-action report measures deadlines with them)."""
        with self._lock:
            anchors = list(self._anchors)
        return ExerciseClockMap(anchors, speed=self.speed, source="controller")

    def export_aar(
        self,
        store: Store,
        out: Path,
        *,
        translate: Translate | None = None,
        language: str = "en",
        rtl: bool = False,
    ) -> list[Path]:
        """Build the after-action report from ``store`` and write CSV, JSON and HTML into
        the folder ``out`` (the HTML in the reader's language: ``translate``, see
        ``write_html``), all or nothing (``outfile.write_into_folder``).

        The report is the one ``incident-desk export aar`` writes from the same store
        (``report_from_store``): what the controller did is read from its run log there
        (the ad-hoc injects, the control events, why an inject was not sent, when a text or
        unit inject went out), written first if it still waits (a controller given no store
        writes into this one). A controller restarted on the store reports the newest run."""
        if self.journal.store is None:
            self.attach_store(store)
        self.journal.flush()
        report = report_from_store(store, self.scenario, self.exercise_id)
        return write_into_folder(
            Path(out),
            lambda folder: write_aar(
                report, folder, translate=translate, language=language, rtl=rtl
            ),
        )

    def _anchor(self) -> None:
        """Record where the exercise clock stands now (wall instant ↔ exercise instant)."""
        if self.player.state == "planned":
            return
        exercise = self.player.base_time + timedelta(seconds=self.clock.now())
        anchor = ClockAnchor(datetime.now(UTC), exercise)
        with self._lock:
            self._anchors.append(anchor)
        self.journal.anchor(anchor)

    # -- callbacks (other threads) --------------------------------------------------------
    def _notify(self, event: ControllerEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("controller listener failed for %s", event.kind)

    def _on_player_event(self, event: PlayerEvent) -> None:
        # the run log, in the order it happened (the after-action report reads it)
        if event.control is not None:
            self.journal.control(datetime.now(UTC), event.control)
        record = event.record
        if record is not None:  # sent, skipped or failed
            adhoc = self.player._adhoc.get(record.number) if record.adhoc else None
            self.journal.inject(record, adhoc)
        if event.kind in {"control", "inject"}:
            self._anchor()  # on the player's thread, inside its lock: one consistent moment
        self._notify(ControllerEvent("player", player=event))

    def _on_no_duff(self, event: NoDuffEvent) -> None:
        """A real alert during play: hold the clock first, then tell the listeners."""
        log.warning("%s: exercise clock held", event.summary)
        self.player.no_duff(event.summary)
        self.no_duff_events.append(event)
        self._notify(ControllerEvent("no_duff", no_duff=event))


class ExerciseLink:
    """The exercise one console joined, as its window sees it.

    Attributes:
        exercise_id: the joined exercise.
        controller: the controller running on this workstation, or None.
        last_control: the newest control message seen on the bus (retained for late joiners).
        clock: the exercise clock learnt from those messages (``clock.text(wall)`` gives
            ``EX T+00:12:30`` for a wall-clock instant).
    """

    def __init__(self, exercise_id: str, controller: ExerciseController | None = None) -> None:
        self.exercise_id = exercise_id
        self.controller = controller
        self.last_control: ControlMessage | None = None
        self.clock = ControlClock()
        self._listeners: list[Callable[[ControlMessage | None], None]] = []
        self._lock = threading.Lock()

    def exercise_at(self, exercise_id: str, wall: datetime) -> datetime | None:
        """What the joined exercise's clock read at wall instant ``wall`` (None: another
        exercise, or no control message heard yet). The alarm board judges the expiry of the
        exercise's injects on it."""
        if exercise_id != self.exercise_id:
            return None
        clock = self.clock.map()
        return None if clock is None else clock.exercise_at(wall)

    def inject_seen(self, exercise_id: str, sent: datetime, received_at: datetime) -> None:
        """An inject of the joined exercise arrived: an anchor of its clock (a console that
        joined late learnt the clock from a retained control message, whose arrival is not
        when it was issued; the next inject corrects it)."""
        if exercise_id == self.exercise_id:
            self.clock.offer_inject(sent, received_at)

    def add_control_listener(self, listener: Callable[[ControlMessage | None], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def offer_control(self, message: ControlMessage | None) -> None:
        """A control message of the joined exercise arrived (None: the state was cleared)."""
        if message is not None and message.exercise != self.exercise_id:
            return
        if message is not None:
            self.clock.offer(message, datetime.now(UTC))
        with self._lock:
            self.last_control = message
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(message)
            except Exception:
                log.exception("control listener failed")
