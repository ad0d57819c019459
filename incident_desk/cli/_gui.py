"""``incident-desk gui``: the operator console (the default command)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from incident_desk.cli._options import add_broker_options, settings_from


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "gui",
        help="the operator console (default)",
        description=(
            "Start the console. With --demo it needs nothing else: an embedded broker, a "
            "fresh SQLite file and a shipped drill playing onto the bus."
        ),
    )
    p.add_argument("--demo", action="store_true", help="embedded broker + SQLite + a drill")
    p.add_argument(
        "--scenario", type=Path, help="the drill --demo plays (default: northern-corridor)"
    )
    p.add_argument("--speed", type=float, default=20.0, help="demo drill speed (default x20)")
    p.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: the user's SQLite file)")
    p.add_argument("--exercise", metavar="ID", help="join this exercise")
    p.add_argument("--theme", choices=("dark", "light"), help="colour theme")
    p.add_argument("--screenshot", type=Path, metavar="FILE", help="save a PNG of the window")
    p.add_argument(
        "--exit-after", type=float, metavar="SECONDS", help="quit after this long (screenshot)"
    )
    add_broker_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.ui.startup import run_gui

    if args.screenshot and args.exit_after is None:
        args.exit_after = 5.0
    if args.demo:
        from incident_desk.messaging.runtime import DEMO_SCENARIO, demo_runtime

        scenario = args.scenario or DEMO_SCENARIO

        def factory() -> Any:
            return demo_runtime(scenario, speed=args.speed)

    else:
        from incident_desk.messaging.runtime import ConsoleRuntime

        settings = settings_from(args)
        if args.exercise:
            settings = settings.model_copy(update={"exercise": args.exercise})

        def factory() -> Any:
            return ConsoleRuntime(settings)

    return run_gui(
        factory, screenshot=args.screenshot, exit_after=args.exit_after, theme=args.theme
    )
