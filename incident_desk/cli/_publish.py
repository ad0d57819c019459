"""``incident-desk publish``: validate CAP files and publish them for an agency."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from incident_desk import cap
from incident_desk.cli._options import add_broker_options, settings_from
from incident_desk.errors import InputError
from incident_desk.topics import Mode, alert_topic


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "publish",
        help="validate CAP alerts and publish them on the bus",
        description=(
            "Validate each CAP file, then publish it at QoS 1 on "
            "idesk/v1/{mode}/{country}/{agency}/alert with MQTT 5 properties. The mode comes "
            "from the CAP status: Actual → actual, Exercise → the exercise given with "
            "--exercise (it must lead the CAP note), Test → test. Nothing is sent if any file "
            "is invalid."
        ),
    )
    p.add_argument("files", nargs="+", type=Path, metavar="ALERT.xml")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 of the agency (KE)")
    p.add_argument("--agency", required=True, help="agency id, its topic level (nps)")
    p.add_argument("--exercise", help="exercise id, for CAP status Exercise")
    p.add_argument("--max-size", type=int, default=cap.DEFAULT_MAX_SIZE, help="size cap (bytes)")
    add_broker_options(p)
    p.set_defaults(run=run)


def _load(path: Path, max_size: int) -> tuple[bytes, cap.Alert]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from None
    try:
        return raw, cap.parse(raw, max_size=max_size)
    except cap.CapError as exc:
        raise InputError(str(exc), source=str(path)) from None


def topic_for(alert: cap.Alert, *, country: str, agency: str, exercise: str | None) -> str:
    """The one topic an alert may go on, or ``InputError`` saying why it may go nowhere."""
    status = alert.status
    if status is cap.Status.EXERCISE:
        if not exercise:
            raise InputError("CAP status is Exercise: give the exercise with --exercise ID")
        first = (alert.note or "").split()[:1]
        if first != [exercise]:
            raise InputError(
                f"CAP note must start with the exercise id {exercise!r} "
                f"(it starts with {first[0]!r})"
                if first
                else f"CAP note must start with the exercise id {exercise!r} (it is empty)"
            )
        return alert_topic(Mode.EXERCISE, country, agency, exercise_id=exercise)
    if exercise:
        raise InputError(
            f"--exercise given but CAP status is {status.value}: exercise content must carry "
            "status Exercise, and real alerts never go into an exercise"
        )
    if status is cap.Status.ACTUAL:
        return alert_topic(Mode.ACTUAL, country, agency)
    if status is cap.Status.TEST:
        return alert_topic(Mode.TEST, country, agency)
    raise InputError(f"CAP status {status.value} is never published (no topic in v1)")


def run(args: argparse.Namespace) -> int:
    from incident_desk.messaging import AlertPublisher, BusClient

    settings = settings_from(args)
    loaded = []
    for path in args.files:
        raw, alert = _load(path, args.max_size)
        try:
            topic = topic_for(
                alert, country=args.country, agency=args.agency, exercise=args.exercise
            )
        except InputError as exc:
            raise InputError(str(exc), source=str(path)) from None
        loaded.append((path, raw, alert, topic))
    client = BusClient(settings.broker)
    client.connect_and_wait(timeout=15)
    try:
        publisher = AlertPublisher(client)
        for path, raw, alert, topic in loaded:
            result = publisher.publish_cap(
                topic,
                raw,
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc(),
                exercise_id=args.exercise,
            )
            print(f"{path}: published on {topic} (broker: {result.reason})")
    finally:
        client.stop()
    return 0
