"""``incident-desk gui``: the operator console (the default command)."""

from __future__ import annotations

import argparse
import sys
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
    p.add_argument(
        "--speed",
        type=float,
        help="drill speed, x0.25 to x100 (default: x20 with --demo, x1 with --controller)",
    )
    p.add_argument(
        "--controller",
        type=Path,
        metavar="SCENARIO",
        help="run the exercise controller of this scenario file (joins its exercise)",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="with --demo: keep the demo's SQLite file in DIR (default: a new temp folder)",
    )
    p.add_argument(
        "--export-aar",
        type=Path,
        metavar="DIR",
        help="with --demo or --controller: write the after-action report to DIR on exit",
    )
    p.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: the user's SQLite file)")
    p.add_argument(
        "--directory",
        type=Path,
        metavar="FILE",
        help="agencies and units to load (docs/directory.md; default: the 'directory' setting)",
    )
    p.add_argument("--exercise", metavar="ID", help="join this exercise")
    p.add_argument("--theme", choices=("dark", "light"), help="colour theme")
    p.add_argument(
        "--language",
        choices=("en", "fr", "ar", "ru", "sw", "kk", "ky", "rw", "pseudo"),
        help="the console's language (default: the settings, the last choice, the OS locale)",
    )
    p.add_argument("--screenshot", type=Path, metavar="FILE", help="save a PNG of the window")
    p.add_argument(
        "--exit-after", type=float, metavar="SECONDS", help="quit after this long (screenshot)"
    )
    p.add_argument(
        "--window-size",
        metavar="WxH",
        help="window size in pixels, e.g. 1366x768 (screenshots of a given screen)",
    )
    add_broker_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.ui.startup import run_gui

    if args.screenshot and args.exit_after is None:
        args.exit_after = 5.0
    if args.speed is not None and not 0.25 <= args.speed <= 100:
        print("incident-desk gui: --speed must be between 0.25 and 100", file=sys.stderr)
        return 2
    if args.demo:
        from incident_desk.runtime import DEMO_SCENARIO, demo_runtime

        scenario = args.scenario or DEMO_SCENARIO

        def factory() -> Any:
            return demo_runtime(
                scenario,
                speed=args.speed or 20.0,
                data_dir=args.data_dir,
                aar_dir=args.export_aar,
            )

    elif args.controller is not None:
        from incident_desk.runtime import controller_runtime

        settings = settings_from(args)

        def factory() -> Any:
            runtime = controller_runtime(settings, args.controller, speed=args.speed or 1.0)
            runtime.aar_dir = args.export_aar
            return runtime

    else:
        from incident_desk.runtime import ConsoleRuntime

        settings = settings_from(args)
        if args.exercise:
            settings = settings.model_copy(update={"exercise": args.exercise})

        def factory() -> Any:
            return ConsoleRuntime(settings)

    size = None
    if args.window_size:
        try:
            width, height = (int(v) for v in args.window_size.lower().split("x"))
        except ValueError:
            print(
                "incident-desk gui: --window-size is WIDTHxHEIGHT, e.g. 1366x768", file=sys.stderr
            )
            return 2
        size = (width, height)
    return run_gui(
        factory,
        screenshot=args.screenshot,
        exit_after=args.exit_after,
        theme=args.theme,
        window_size=size,
        language=args.language,
    )
