"""Everything one console runs behind its window, started and stopped in the right order.

``ConsoleRuntime`` composes the store, the incident board, the core ``Console``, the bus
service (client → ingest → store) and, in demo mode, an embedded broker and a scenario
player. It is Qt-free: the GUI adapts its callbacks, and a test can start one without a
screen.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from incident_desk.changes import Changes
from incident_desk.command import CONTENT_TYPE as COMMAND_CONTENT_TYPE
from incident_desk.command import CommandBoard, CommandError
from incident_desk.console import Console, Identity
from incident_desk.errors import IncidentDeskError
from incident_desk.geo import country_at
from incident_desk.incidents import IncidentBoard
from incident_desk.ingest import Classified
from incident_desk.messaging.client import ConnectionState
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.service import BusService, console_filters
from incident_desk.settings import BrokerSettings, Settings
from incident_desk.store import Store
from incident_desk.topics import Mode

log = logging.getLogger("incident_desk.messaging")

#: how often unanswered handover proposals are checked for expiry (seconds)
EXPIRY_TICK_S = 15.0

#: the drill ``make run`` plays
DEMO_SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "northern-corridor.yaml"


def _country_code(lat: float, lon: float) -> str | None:
    hit = country_at(lat, lon)
    return hit.code if hit else None


@dataclass
class DemoSetup:
    """What ``--demo`` started for itself (stopped with the runtime)."""

    broker: object
    player: object
    workdir: Path


class ConsoleRuntime:
    """One console's core and bus, ready for a window (or a test) to attach to.

    Attributes:
        store, board, console, bus: the running parts.
        db_label / broker_label: what the status bar shows (no passwords).
    """

    def __init__(self, settings: Settings, *, demo: DemoSetup | None = None) -> None:
        self.settings = settings
        self.demo = demo
        self.store = Store.open(settings.database_url)
        self.board = IncidentBoard(self.store, country_lookup=_country_code)
        country = settings.country or "XX"
        agency = settings.agency or "console"
        self.identity = Identity(
            country=country,
            agency=agency,
            sender=settings.sender or f"{agency}.{country.lower()}",
            operator=settings.operator,
            workstation=settings.workstation,
        )
        self.command = CommandBoard(
            self.store,
            self.identity,
            mode=Mode.EXERCISE if settings.exercise else Mode.ACTUAL,
            exercise_id=settings.exercise,
            publish=self._publish_event,
        )
        self.console = Console(
            self.store,
            self.identity,
            exercise_id=settings.exercise,
            board=self.board,
            command=self.command,
        )
        self._state_listeners: list[Callable[[ConnectionState], None]] = []
        self.bus = BusService(
            settings.broker,
            self.store,
            filters=console_filters(settings.exercise),
            on_changes=self.console.emit,
            on_state=self._on_state,
            on_event=self._on_event,
            on_stored=self.board.correlate,
        )
        self.console.bus = self.bus
        self._ticker = threading.Event()
        self._ticker_thread: threading.Thread | None = None
        self.db_label = _redact(self.store.url)
        self.broker_label = f"{settings.broker.host}:{settings.broker.port}"

    def add_state_listener(self, listener: Callable[[ConnectionState], None]) -> None:
        self._state_listeners.append(listener)

    def add_change_listener(self, listener: Callable[[Changes], None]) -> None:
        self.console.add_listener(listener)

    def _publish_event(self, topic: str, payload: bytes) -> None:
        """Command events: queued by the client while offline, never blocking the operator."""
        self.bus.client.publish(
            topic, payload, qos=1, content_type=COMMAND_CONTENT_TYPE, wait=False
        )

    def _on_event(self, verdict: Classified, msg: Envelope) -> None:
        """Unit status and command events from the bus (writer thread)."""
        topic = verdict.topic
        if topic is None or topic.kind not in {"unit", "command"}:
            return  # exercise control messages: the controller panel listens itself
        try:
            changes = self.command.apply_bus_event(topic, msg.payload)
        except CommandError as exc:
            qid = self.store.quarantine(
                msg.payload, f"invalid {topic.kind} event: {exc}", topic=msg.topic
            )
            changes = Changes(quarantined=(qid,))
        self.console.emit(changes)

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
        self._ticker_thread = threading.Thread(
            target=self._expire_loop, name="idesk-handover-expiry", daemon=True
        )
        self._ticker_thread.start()
        if self.demo is None:
            self.bus.start()
            return
        # Demo: the console's session must exist before the drill's first inject goes out.
        self.bus.start(wait_s=10)
        self.demo.player.start()  # type: ignore[attr-defined]

    def stop(self) -> None:
        self._ticker.set()
        if self.demo is not None:
            self.demo.player.stop()  # type: ignore[attr-defined]
        self.bus.stop()
        self.store.close()
        if self.demo is not None:
            self.demo.broker.stop()  # type: ignore[attr-defined]


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def demo_runtime(scenario_path: Path = DEMO_SCENARIO, *, speed: float = 20.0) -> ConsoleRuntime:
    """Embedded broker on a free port, SQLite in a fresh folder, a shipped drill playing.

    The console joins the drill's exercise (mode EXERCISE, unmistakable), as one of the
    drill's agencies.
    """
    from incident_desk.messaging.broker import EmbeddedBroker
    from incident_desk.messaging.client import BusClient
    from incident_desk.messaging.demo import DemoPlayer
    from incident_desk.scenario import load_scenario

    scenario = load_scenario(scenario_path)
    workdir = Path(tempfile.mkdtemp(prefix="incident-desk-demo-"))
    broker = EmbeddedBroker()
    port = broker.start("127.0.0.1", 0)
    url = f"mqtt://127.0.0.1:{port}"
    first = scenario.agencies[0]
    settings = Settings(
        broker=BrokerSettings(
            url=url, protocol="3.1.1", client_id="idesk-demo-console", username="demo-console"
        ),
        database_url=f"sqlite:///{workdir / 'demo.db'}",
        country=first.country,
        agency=first.id,
        sender=first.sender,
        exercise=scenario.exercise.id,
        operator="demo.operator",
        workstation="demo-ws",
    )
    player_client = BusClient(
        BrokerSettings(
            url=url, protocol="3.1.1", client_id="idesk-demo-controller", username="excon"
        )
    )
    player_client.connect_and_wait(10)
    player = DemoPlayer(scenario, player_client, speed=speed)
    log.info("demo: broker %s, store %s, playing %s", url, workdir, scenario_path.name)
    return ConsoleRuntime(settings, demo=DemoSetup(broker=broker, player=player, workdir=workdir))
