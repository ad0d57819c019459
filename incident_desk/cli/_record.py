"""``incident-desk record``: save bus traffic as JSON lines, for replay into an exercise."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from incident_desk.cli._options import add_broker_options, settings_from
from incident_desk.errors import ConfigError


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "record",
        help="record bus traffic to a JSON-lines file",
        description=(
            "Subscribe and save every message (topic, base64 payload, user properties, time "
            "offset) as one JSON line. Stops after --exit-after messages, after --exit-idle "
            "seconds without one, or on Ctrl-C."
        ),
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.jsonl")
    p.add_argument(
        "--filter",
        action="append",
        dest="filters",
        metavar="FILTER",
        help="topic filter (repeatable; default idesk/v1/actual/#)",
    )
    p.add_argument("--exit-after", type=int, metavar="N", help="stop after N messages")
    p.add_argument("--exit-idle", type=float, metavar="S", help="stop after S s of silence")
    add_broker_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.messaging.exercise_bus import role_client_id
    from incident_desk.messaging.recorder import record

    if args.exit_after is not None and args.exit_after < 1:
        raise ConfigError("--exit-after must be at least 1")
    settings = settings_from(args).broker
    if args.client_id is None:
        settings = role_client_id(settings, "recorder")
    filters = args.filters or ["idesk/v1/actual/#"]
    try:
        out = args.out.open("w", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {args.out}: {exc.strerror}") from None
    count = 0
    with out, contextlib.suppress(KeyboardInterrupt):
        count = record(settings, out, filters, exit_after=args.exit_after, exit_idle=args.exit_idle)
    print(f"recorded {count} messages to {args.out}")
    return 0
