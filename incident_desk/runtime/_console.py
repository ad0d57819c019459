"""Everything one console runs behind its window, started and stopped in the right order.

``ConsoleRuntime`` composes the store, the incident board, the core ``Console``, the bus
side (client → ingest → store, in its own process: ``IngestProcess``), the joined
exercise's link (control messages seen on the bus) and, optionally, an exercise controller
(``--controller``, and ``--demo``, which adds an embedded broker and plays a shipped drill
with the real scenario player). It is Qt-free: the GUI adapts its callbacks, and a test can
start one without a screen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from incident_desk.changes import Changes
from incident_desk.command import CONTENT_TYPE as COMMAND_CONTENT_TYPE
from incident_desk.command import CommandBoard, directory_for
from incident_desk.console import Console
from incident_desk.errors import IncidentDeskError, InputError
from incident_desk.exercise import decode_control
from incident_desk.geo import country_code
from incident_desk.identity import Identity
from incident_desk.incident_update import signing_material
from incident_desk.incidents import IncidentBoard
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.messaging.bus_types import ConnectionState
from incident_desk.messaging.ingest_process import IngestProcess
from incident_desk.runtime._controller import ExerciseController, ExerciseLink
from incident_desk.settings import Settings
from incident_desk.store import Store
from incident_desk.topics import Mode, console_filters
from incident_desk.trust.policy import TrustPolicy

if TYPE_CHECKING:  # imported where used: most consoles run neither (start-up time)
    from incident_desk.messaging.evidence_witness import EvidenceBus
    from incident_desk.messaging.tak_gateway import TakGateway

log = logging.getLogger("incident_desk.runtime")

#: how often unanswered handover proposals are checked for expiry (seconds)
EXPIRY_TICK_S = 15.0


@dataclass
class DemoSetup:
    """What ``--demo`` started for itself (stopped with the runtime)."""

    broker: object
    workdir: Path
    kept: bool = False  # the SQLite file is where the operator said (--data-dir)


class ConsoleRuntime:
    """One console's core and bus, ready for a window (or a test) to attach to.

    Attributes:
        store, board, console, bus: the running parts.
        db_label / broker_label: what the status bar shows (no passwords).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        demo: DemoSetup | None = None,
        controller: ExerciseController | None = None,
        autostart: bool = False,
        aar_dir: Path | None = None,
        scenario_file: Path | None = None,
    ) -> None:
        self.settings = settings
        self.demo = demo
        self.controller = controller
        self.autostart = autostart
        self.aar_dir = aar_dir
        self.store = Store.open(settings.database_url)
        if controller is not None:  # what the controller does goes into this store at once
            controller.attach_store(self.store)
        self.board = IncidentBoard(self.store, country_lookup=country_code)
        self.identity = Identity.from_settings(settings)
        self.command = CommandBoard(
            self.store,
            self.identity,
            mode=Mode.EXERCISE if settings.exercise else Mode.ACTUAL,
            exercise_id=settings.exercise,
            publish=self._publish_event,
        )
        # the agencies and units the console knows: the settings' directory file, plus the
        # drill's own when this console plays one (Establish, Handover and Assign list them)
        directory = directory_for(
            settings, controller.scenario if controller is not None else None, scenario_file
        )
        if directory is not None:
            self.command.load_directory(directory)
        self.console = Console(
            self.store,
            self.identity,
            exercise_id=settings.exercise,
            board=self.board,
            command=self.command,
            signing=signing_material(settings.signing_key, settings.signing_cert),
        )
        self._state_listeners: list[Callable[[ConnectionState], None]] = []
        _check_trust(settings)  # a bad trust store or policy fails here, not in the child
        self.bus = self._bus_side(settings)
        self.console.bus = self.bus
        # the joined exercise (and a local controller): the window shows its control state
        self.exercise_link: ExerciseLink | None = None
        if settings.exercise:
            self.exercise_link = ExerciseLink(settings.exercise, controller)
        self._ticker = threading.Event()
        self._ticker_thread: threading.Thread | None = None
        # the console's own TAK gateway when its settings have a [tak] section (a centre may
        # run one headless gateway instead: incident-desk tak)
        self.tak: TakGateway | None = None
        if settings.tak is not None:
            from incident_desk.messaging.tak_gateway import TakGateway  # only when configured

            self.tak = TakGateway(settings, store=self.store)
        # signed checkpoints of the evidence log, published and witnessed across borders, when
        # the centre configured them (the log itself is always kept, in the store)
        self.evidence: EvidenceBus | None = None
        ev = settings.evidence
        if ev.key_file is not None or ev.witness_for or ev.witnesses:
            from incident_desk.messaging.evidence_witness import EvidenceBus  # when configured

            self.evidence = EvidenceBus.from_settings(settings, self.store)
        # the status bar's words for the database (a core word: the window translates it); a
        # demo store kept with --data-dir is named like any other, the operator reuses it
        self.db_label = (
            QT_TRANSLATE_NOOP("core", "SQLite (demo, temporary)")
            if demo is not None and not demo.kept
            else self.store.url  # its password hidden (Store.url)
        )
        self.broker_label = f"{settings.broker.host}:{settings.broker.port}"

    def _bus_side(self, settings: Settings) -> IngestProcess:
        return IngestProcess(
            settings,
            filters=console_filters(settings.exercise),
            on_changes=self.console.emit,
            on_state=self._on_state,
            on_control=self._on_control,
        )

    def leave_exercise(self) -> None:
        """After ENDEX: stop following the exercise (its subscription, its mode) and go on
        with real traffic only. The exercise's stored traffic stays in the store, marked."""
        if self.settings.exercise is None:
            return
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        self.settings = self.settings.model_copy(update={"exercise": None})
        self.bus.stop()
        self.bus = self._bus_side(self.settings)
        self.console.bus = self.bus
        self.console.exercise_id = None
        self.command.leave_exercise()
        self.exercise_link = None
        self.bus.start()
        log.info("left the exercise: real traffic only from now on")

    # the exercise clocks this console knows (``alarms.ExerciseClocks``): the joined one's
    def exercise_at(self, exercise_id: str, wall: datetime) -> datetime | None:
        link = self.exercise_link
        return None if link is None else link.exercise_at(exercise_id, wall)

    def inject_seen(self, exercise_id: str, sent: datetime, received_at: datetime) -> None:
        link = self.exercise_link
        if link is not None:
            link.inject_seen(exercise_id, sent, received_at)

    def add_state_listener(self, listener: Callable[[ConnectionState], None]) -> None:
        self._state_listeners.append(listener)

    def add_change_listener(self, listener: Callable[[Changes], None]) -> None:
        self.console.add_listener(listener)

    def _publish_event(self, topic: str, payload: bytes) -> None:
        """Command events go through the outbox: never blocking the operator, kept across a
        broker outage and a console restart."""
        self.console.send_event(topic, payload, COMMAND_CONTENT_TYPE)

    def _on_control(self, topic: str, payload: bytes) -> None:
        """The joined exercise's control state (retained: a late joiner learns it at once)."""
        if self.exercise_link is None:
            return
        try:
            control = decode_control(payload, topic=topic)
        except InputError as exc:
            qid = self.store.quarantine(payload, str(exc), topic=topic)
            self.console.emit(Changes(quarantined=(qid,)))
            return
        self.exercise_link.offer_control(control)

    def _expire_loop(self) -> None:
        while not self._ticker.wait(EXPIRY_TICK_S):
            try:
                self.console.emit(self.command.expire_due())
            except IncidentDeskError as exc:
                log.warning("handover expiry check failed: %s", exc)

    def _on_state(self, state: ConnectionState) -> None:
        for listener in list(self._state_listeners):
            listener(state)

    def start(self) -> None:
        """Start ingest and the (re)connecting client; never blocks on the broker."""
        if self.tak is not None:
            self.tak.start(wait_s=None)
        if self.evidence is not None:
            self.evidence.start()
        self._ticker_thread = threading.Thread(
            target=self._expire_loop, name="idesk-handover-expiry", daemon=True
        )
        self._ticker_thread.start()
        if self.controller is None:
            self.bus.start()
            return
        if self.autostart:
            # the console's session must exist before the drill's first inject goes out
            self.bus.start(wait_s=10)
        else:
            self.bus.start()
        try:
            self.controller.start()
        except IncidentDeskError as exc:
            log.error("exercise controller not connected: %s", exc)
            return
        if self.autostart:
            self.controller.startex()

    def export_aar(self, out: Path) -> list[Path]:
        """The after-action report of the local controller's exercise, from this store."""
        if self.controller is None:
            raise IncidentDeskError("no exercise controller runs on this console")
        return self.controller.export_aar(self.store, out)

    def stop(self) -> None:
        self._ticker.set()
        if self.tak is not None:
            self.tak.stop()
        if self.evidence is not None:
            self.evidence.stop()
        if self.controller is not None:
            self.controller.stop()
        self.bus.stop()  # the ingest process stores what it still holds first
        if self.aar_dir is not None and self.controller is not None:
            try:
                written = self.export_aar(self.aar_dir)
                log.info("after-action report written: %s", ", ".join(str(p) for p in written))
            except (IncidentDeskError, OSError) as exc:
                log.error("after-action report not written: %s", exc)
        self.store.close()
        if self.demo is not None:
            self.demo.broker.stop()  # type: ignore[attr-defined]


def _check_trust(settings: Settings) -> None:
    """Refuse a bad ``trust_policy`` or ``trust_store`` at start (ConfigError), as the ingest
    child would later. The signature check itself lives in the child: the window imports it
    (and cryptography) only when a trust store is configured."""
    TrustPolicy.parse(settings.trust_policy)
    if settings.trust_store is not None:
        from incident_desk.messaging.service import trust_config

        trust_config(settings)
