"""The two ready-made consoles: ``--demo`` (a drill playing on an embedded broker) and
``--controller`` (a console that also runs its exercise's controller)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from incident_desk.runtime._console import ConsoleRuntime, DemoSetup
from incident_desk.runtime._controller import ExerciseController
from incident_desk.settings import BrokerSettings, Settings
from incident_desk.shipped import scenario_path

log = logging.getLogger("incident_desk.runtime")

#: the drill ``make run`` plays
DEMO_SCENARIO = scenario_path("northern-corridor.yaml")


def demo_runtime(
    scenario_path: Path = DEMO_SCENARIO,
    *,
    speed: float = 20.0,
    data_dir: Path | None = None,
    aar_dir: Path | None = None,
) -> ConsoleRuntime:
    """Embedded broker on a free port, SQLite in a fresh folder, a shipped drill playing.

    The console joins the drill's exercise (mode EXERCISE, unmistakable), as one of the
    drill's agencies, and runs the drill's controller: the real scenario player, started at
    once (STARTEX) at ``speed``, with its NO DUFF monitor. ``data_dir`` keeps the SQLite file
    there (default: a new temporary folder); with ``aar_dir`` the after-action report is
    written there when the console stops.
    """
    from incident_desk.messaging.broker import EmbeddedBroker
    from incident_desk.scenario import load_scenario

    scenario = load_scenario(scenario_path)
    if data_dir is None:
        workdir = Path(tempfile.mkdtemp(prefix="incident-desk-demo-"))
    else:
        workdir = Path(data_dir)
        workdir.mkdir(parents=True, exist_ok=True)
    broker = EmbeddedBroker()
    port = broker.start("127.0.0.1", 0)
    url = f"mqtt://127.0.0.1:{port}"
    first = scenario.agencies[0]
    broker_settings = BrokerSettings(
        url=url, protocol="3.1.1", client_id="idesk-demo-console", username="demo-console"
    )
    settings = Settings(
        broker=broker_settings,
        database_url=f"sqlite:///{workdir / 'demo.db'}",
        country=first.country,
        agency=first.id,
        sender=first.sender,
        exercise=scenario.exercise.id,
        operator="demo.operator",
        workstation="demo-ws",
    )
    controller = ExerciseController(
        scenario,
        broker_settings.model_copy(update={"username": "excon"}),
        speed=speed,
        controller="demo.controller",
    )
    log.info("demo: broker %s, store %s, playing %s", url, workdir, scenario_path.name)
    return ConsoleRuntime(
        settings,
        demo=DemoSetup(broker=broker, workdir=workdir, kept=data_dir is not None),
        controller=controller,
        autostart=True,
        aar_dir=aar_dir,
        scenario_file=scenario_path,
    )


def controller_runtime(
    settings: Settings, scenario_path: Path, *, speed: float = 1.0
) -> ConsoleRuntime:
    """A console joined to ``scenario_path``'s exercise that also runs its controller
    (``gui --controller``): nothing plays until the controller gives STARTEX."""
    from incident_desk.scenario import load_scenario

    scenario = load_scenario(scenario_path)
    joined = settings.model_copy(update={"exercise": scenario.exercise.id})
    controller = ExerciseController(
        scenario, joined.broker, speed=speed, controller=settings.operator or "controller"
    )
    return ConsoleRuntime(joined, controller=controller, scenario_file=scenario_path)
