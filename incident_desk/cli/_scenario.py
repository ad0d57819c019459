"""``incident-desk scenario validate|schema|run``: check, describe and play scenario files."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from incident_desk.cli._options import add_broker_options, settings_from, speed, text_option
from incident_desk.errors import ConfigError
from incident_desk.scenario import (
    VirtualClock,
    json_schema_text,
    load_scenario,
    run_time_problem,
    validate_file,
)

log = logging.getLogger("incident_desk.scenario")


def parse_base_time(text: str | None) -> datetime:
    """ISO 8601 with an offset (``2026-03-14T09:30:00Z``); None → now (UTC, whole seconds)."""
    if text is None:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--base-time {text!r} is not an ISO 8601 date-time") from None
    if value.tzinfo is None:
        raise ConfigError(f"--base-time {text!r} needs a time zone (e.g. Z or +03:00)")
    return value


def _controller(text: str) -> str:
    """``--controller``: who runs the exercise, a name shown on every console."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give who runs the exercise (not empty)")
    try:
        return text_option("--controller", text) or text
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--controller: ")) from None


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "scenario",
        help="validate, describe or play scenario (MSEL) files",
        description="Check scenario files, print their JSON Schema, or play one on a broker.",
    )
    cmds = p.add_subparsers(dest="scenario_command", metavar="ACTION", required=True)

    v = cmds.add_parser("validate", help="check scenario files; every problem as FILE:LINE")
    v.add_argument("files", nargs="+", type=Path, metavar="FILE")
    v.set_defaults(run=run_validate)

    s = cmds.add_parser("schema", help="print the JSON Schema of scenario files")
    s.set_defaults(run=run_schema)

    r = cmds.add_parser(
        "run",
        help="play a scenario into its exercise on a broker",
        description=(
            "Connect, publish STARTEX on idesk/v1/exercise/{id}/control (retained), play every "
            "inject (contingency injects are held) into the exercise tree at --speed, publish "
            "ENDEX. One line per inject."
        ),
    )
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--speed", type=speed, default=1.0, help="×0.25 to ×100 (default 1)")
    r.add_argument("--base-time", help="ISO 8601 run base time (CAP sent = base + offset)")
    r.add_argument(
        "--controller", type=_controller, default="controller", help="who runs the exercise"
    )
    r.add_argument(
        "--clear-state",
        action="store_true",
        help="clear the retained control state after ENDEX (default: 'ended' expires in 1 h)",
    )
    add_broker_options(r)
    r.set_defaults(run=run_run)


def run_validate(args: argparse.Namespace) -> int:
    """Check each file, and the directory its consoles would load (the scenario's agencies
    and units plus the file its ``directory:`` key names)."""
    from incident_desk.command import DirectoryError, load_directory_for

    bad = False
    for path in args.files:
        problems = validate_file(path)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            bad = True
            continue
        scenario = load_scenario(path)
        try:
            directory = load_directory_for(scenario, path)
        except DirectoryError as exc:
            print(f"{path}: directory {scenario.directory}:", file=sys.stderr)
            print(exc, file=sys.stderr)  # one FILE:LINE line per problem
            bad = True
            continue
        print(
            f"{path}: OK ({len(scenario.injects)} injects; directory of "
            f"{len(directory.agencies)} agencies and {len(directory.units)} units)"
        )
    return 2 if bad else 0


def run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json_schema_text())
    return 0


def run_run(args: argparse.Namespace) -> int:
    from incident_desk.exercise import CLEAR_PAYLOAD, Player, PlayerEvent
    from incident_desk.messaging import BusClient
    from incident_desk.messaging.exercise_bus import BusPublishPort, role_client_id
    from incident_desk.topics import control_topic

    scenario = load_scenario(args.file)
    base_time = parse_base_time(args.base_time)
    problem = run_time_problem(scenario, base_time, speed=args.speed, now=datetime.now(UTC))
    if problem is not None:  # before anything is published (STARTEX is retained)
        raise ConfigError(f"--base-time {args.base_time or base_time.isoformat()}: {problem}")
    settings = settings_from(args).broker
    if args.client_id is None:
        settings = role_client_id(settings, "player")

    def show(event: PlayerEvent) -> None:
        if event.kind == "control" and event.control is not None:
            c = event.control
            print(f"{c.command.value} exercise {c.exercise} state {c.state.value}", flush=True)
        elif event.record is not None:
            r = event.record
            where = f" → {r.topic}" if r.topic else ""
            print(f"inject {r.number} +{r.offset} {r.kind} {r.state}{where}", flush=True)

    bus = BusClient(settings)
    bus.connect_and_wait()
    try:
        player = Player(
            scenario,
            publish=BusPublishPort(bus),
            clock=VirtualClock(speed=args.speed),
            base_time=base_time,
            controller=args.controller,
            on_event=show,
        )
        try:
            player.run_until_end()
        except KeyboardInterrupt:
            _end_play(
                player, bus, control_topic(scenario.exercise.id), "interrupted by the controller"
            )
            raise
        except BaseException as exc:
            # whatever stops play after STARTEX, no console is left believing a drill runs
            _end_play(
                player, bus, control_topic(scenario.exercise.id), f"the player stopped: {exc}"
            )
            raise
        if args.clear_state:
            bus.publish(control_topic(scenario.exercise.id), CLEAR_PAYLOAD, retain=True)
    finally:
        bus.stop()
    sent = sum(1 for r in player.records if r.state == "sent")
    print(f"{args.file}: {sent} of {len(player.records)} injects sent")
    return 0


def _end_play(player: Any, bus: Any, topic: str, reason: str) -> None:
    """ENDEX (retained state ``ended``) when play stopped while started; if even ENDEX
    cannot be published, clear the retained control state (consoles then see no drill)."""
    from incident_desk.exercise import CLEAR_PAYLOAD

    if player.state in {"ended", "planned"}:
        return
    try:
        player.endex(reason)
    except Exception:
        log.warning("ENDEX could not be published; clearing the retained control state")
        try:
            bus.publish(topic, CLEAR_PAYLOAD, retain=True)
        except Exception:
            log.exception("the retained control state could not be cleared")
