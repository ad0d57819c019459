"""``incident-desk replay``: play a recording back, always into an exercise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from incident_desk.cli._options import add_broker_options, settings_from, speed
from incident_desk.errors import ConfigError, InputError


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "replay",
        help="replay a recording into an exercise",
        description=(
            "Play a recorded session back into exercise ID: every topic moves to "
            "idesk/v1/exercise/ID/..., CAP becomes status Exercise with 'EXERCISE EXERCISE "
            "EXERCISE' headlines and the id in note; nothing goes on actual topics. "
            "--exercise is required."
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE.jsonl")
    p.add_argument("--exercise", metavar="ID", help="the exercise to replay into (required)")
    p.add_argument("--speed", type=speed, default=1.0, help="×0.25 to ×100 (default 1)")
    add_broker_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.exercise import (
        Replayer,
        SeparationError,
        assert_exercise_topic,
        read_recording,
    )
    from incident_desk.messaging import BusClient
    from incident_desk.messaging.exercise_bus import BusPublishPort, role_client_id
    from incident_desk.topics import TopicError, control_topic

    if not args.exercise:
        raise ConfigError(
            "replay always plays into an exercise: give --exercise ID "
            "(recorded traffic is never put back on actual topics)"
        )
    try:  # the option first, then the file, then the broker
        assert_exercise_topic(control_topic(args.exercise), args.exercise)
    except (SeparationError, TopicError) as exc:
        raise ConfigError(f"--exercise {args.exercise!r}: {exc}") from None
    messages = read_recording(args.file)  # the whole file checked before anything is sent
    if not messages:
        raise InputError(f"{args.file} holds no recorded message")
    settings = settings_from(args).broker
    if args.client_id is None:
        settings = role_client_id(settings, "replay")
    bus = BusClient(settings)
    bus.connect_and_wait()
    try:
        replayer = Replayer(
            messages,
            exercise_id=args.exercise,
            publish=BusPublishPort(bus),
            speed=args.speed,
            on_skip=lambda m, why: print(f"warning: skipped {m.topic}: {why}", file=sys.stderr),
        )
        result = replayer.run()
    finally:
        bus.stop()
    print(
        f"replayed {len(result.published)} of {len(messages)} messages into exercise "
        f"{args.exercise} ({len(result.skipped)} skipped)"
    )
    return 0
