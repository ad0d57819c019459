"""``incident-desk publish``: validate CAP files and publish them for an agency."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from incident_desk import cap
from incident_desk.cli._options import add_broker_options, seconds, settings_from, size_bytes
from incident_desk.errors import InputError
from incident_desk.limits import MAX_PEM_BYTES, read_limited
from incident_desk.topics import Mode, alert_topic


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "publish",
        help="validate CAP alerts and publish them on the bus",
        description=(
            "Validate each CAP file, then publish it at QoS 1 on "
            "idesk/v1/{mode}/{country}/{agency}/alert with MQTT 5 properties. The mode comes "
            "from the CAP status: Actual → actual, Exercise → the exercise given with "
            "--exercise (it must lead the CAP note), Test → test. With --sign KEY --cert CERT "
            "each validated alert is signed (enveloped XML-DSig, the agency's signing "
            "certificate) before it is published. With --edxl-de each (signed) alert goes out "
            "wrapped in its own EDXL-DE 1.0 envelope whose distributionStatus is the CAP "
            "status. Nothing is sent if any file is invalid or cannot be signed."
        ),
    )
    p.add_argument("files", nargs="+", type=Path, metavar="ALERT.xml")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 of the agency (KE)")
    p.add_argument("--agency", required=True, help="agency id, its topic level (nps)")
    p.add_argument("--exercise", help="exercise id, for CAP status Exercise")
    p.add_argument(
        "--max-size",
        type=size_bytes,
        default=cap.DEFAULT_MAX_SIZE,
        metavar="BYTES",
        help="size cap (bytes, 1 to 1 GiB)",
    )
    p.add_argument(
        "--sign",
        type=Path,
        metavar="KEY",
        help="sign each alert with this private key (PEM, unencrypted); needs --cert",
    )
    p.add_argument(
        "--cert",
        type=Path,
        metavar="CERT",
        help="the agency's CAP signing certificate (PEM) matching --sign",
    )
    p.add_argument(
        "--edxl-de",
        action="store_true",
        help="wrap each alert in an EDXL-DE 1.0 envelope (for partners who route EDXL)",
    )
    p.add_argument(
        "--connect-timeout",
        type=seconds,
        default=15.0,
        metavar="S",
        help="give up when the broker cannot be reached within S seconds (default 15)",
    )
    add_broker_options(p)
    p.set_defaults(run=run)


def _load(path: Path, max_size: int) -> tuple[bytes, cap.Alert]:
    raw = read_limited(path, max_size, "a CAP document")
    try:
        return raw, cap.parse(raw, max_size=max_size)
    except cap.CapError as exc:
        raise InputError(str(exc), source=str(path)) from None


def _read_pem(path: Path, what: str) -> bytes:
    try:
        return read_limited(path, MAX_PEM_BYTES, f"the {what}")
    except InputError as exc:
        raise InputError(f"the {what}: {exc.problem}", source=str(path)) from None


def _signing_material(args: argparse.Namespace) -> tuple[bytes, bytes] | None:
    """(key PEM, certificate PEM) for --sign/--cert, None when not signing."""
    key, cert = getattr(args, "sign", None), getattr(args, "cert", None)
    if key is None and cert is None:
        return None
    if key is None or cert is None:
        raise InputError("--sign KEY and --cert CERT go together: give both or neither")
    return _read_pem(key, "private key"), _read_pem(cert, "certificate")


def _sign(path: Path, raw: bytes, material: tuple[bytes, bytes], args: argparse.Namespace) -> bytes:
    from incident_desk.trust import SigningError, sign_alert

    key_pem, cert_pem = material
    try:
        return sign_alert(raw, key_pem, cert_pem)
    except SigningError as exc:
        # key/certificate problems name those files; alert problems name the alert
        source = path if "alert" in str(exc) else f"{path} (--sign {args.sign}, --cert {args.cert})"
        raise InputError(str(exc), source=str(source)) from None


def edxl_de(raw: bytes, alert: cap.Alert) -> bytes:
    """``raw`` in its own EDXL-DE 1.0 envelope: distributionStatus = the CAP status, the
    envelope identified by the alert's sender and identifier, sent at the alert's ``sent``."""
    return cap.wrap(
        [raw],
        distribution_id=f"{alert.identifier}-edxlde",
        sender_id=alert.sender,
        sent=alert.sent.text,
        status=alert.status.value,
    )


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
    material = _signing_material(args)
    loaded = []
    for path in args.files:
        raw, alert = _load(path, args.max_size)
        try:
            topic = topic_for(
                alert, country=args.country, agency=args.agency, exercise=args.exercise
            )
        except InputError as exc:
            raise InputError(str(exc), source=str(path)) from None
        if material is not None:
            raw = _sign(path, raw, material, args)
        if getattr(args, "edxl_de", False):
            raw = edxl_de(raw, alert)
        loaded.append((path, raw, alert, topic))
    client = BusClient(settings.broker)
    client.connect_and_wait(timeout=args.connect_timeout)
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
            signed = ", signed" if material is not None else ""
            wrapped = ", in EDXL-DE" if getattr(args, "edxl_de", False) else ""
            print(f"{path}: published on {topic}{signed}{wrapped} (broker: {result.reason})")
    finally:
        client.stop()
    return 0
