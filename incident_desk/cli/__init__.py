"""The ``incident-desk`` command line (docs/architecture.md §9).

One module per subcommand (``_gui``, ``_broker``, ``_publish``, ``_ingest``, ``_scenario``
...), each with ``add_parser(subparsers)`` registering its options and a ``run(args) -> int``.
Exit codes are part of the interface:

- 0 success;
- 1 an expected failure of the environment (broker refused or unreachable, database down);
- 2 bad input (a file, an option, a setting): the message names the file, the line
  and the problem.

An ``IncidentDeskError`` becomes one line on stderr and its exit code; anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from incident_desk import __version__
from incident_desk.errors import ConfigError, IncidentDeskError, InputError

#: subcommand modules, in the order ``--help`` lists them
COMMANDS = (
    "_gui",
    "_broker",
    "_publish",
    "_update",
    "_ingest",
    "_scenario",
    "_record",
    "_replay",
    "_export",
    "_search",
    "_archive",
    "_evidence",
    "_tak",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incident-desk",
        description="Incident Desk: cross-border incident alerting and command console.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        # Every listed subcommand must import: an ImportError here is a bug that surfaces,
        # never a subcommand that quietly disappears from --help.
        module = importlib.import_module(f"incident_desk.cli.{name}")
        module.add_parser(sub)
    return parser


def exit_code_for(exc: IncidentDeskError) -> int:
    return 2 if isinstance(exc, InputError | ConfigError) else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        # No subcommand: the console, as docs/architecture.md §9 says (gui is the default).
        args = parser.parse_args(["gui", *(argv or [])])
    try:
        return int(args.run(args))
    except IncidentDeskError as exc:
        print(f"incident-desk {args.command}: {exc}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return 130
