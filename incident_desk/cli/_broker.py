"""``incident-desk broker``: the embedded pure-Python broker for a single workstation."""

from __future__ import annotations

import argparse
from typing import Any

from incident_desk.cli._options import port


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "broker",
        help="run the embedded MQTT broker (single workstation, no Mosquitto needed)",
        description=(
            "Run the embedded broker (amqtt, MQTT 3.1.1) until Ctrl+C. Clients must log in "
            "with a user name (any) for their sessions to persist; connect consoles with "
            "--protocol 3.1.1. For a command centre use Mosquitto (docs/deployment.md)."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=port, default=1883, help="port to listen on (1-65535)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.messaging.broker import run_forever

    run_forever(args.host, args.port)
    return 0
