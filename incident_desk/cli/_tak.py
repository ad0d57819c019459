"""``incident-desk tak``: the headless TAK gateway (one per centre instead of one per console)."""

from __future__ import annotations

import argparse
import re
import signal
import threading
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from incident_desk.cli._options import add_broker_options, seconds, settings_from
from incident_desk.errors import ConfigError
from incident_desk.settings import Settings, TakSettings


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "tak",
        help="bridge the alert bus and TAK (ATAK/WinTAK/iTAK) devices, headless",
        description=(
            "Send incidents, CAP areas and units to TAK as Cursor-on-Target, and bring TAK "
            "position reports back as unit events and emergency beacons as CAP alerts "
            "(docs/tak.md). Exercise traffic goes only to the exercise's own TAK channel. "
            "On exit it lists TAK devices that match no directory unit; the last line is a "
            "summary."
        ),
    )
    g = p.add_argument_group("TAK")
    g.add_argument(
        "--tak", metavar="URL", help="tcp://host:8087, tls://host:8089, udp://group:port"
    )
    g.add_argument("--tak-protocol", choices=("xml", "protobuf"), help="CoT XML (default) or v1")
    g.add_argument("--tak-ca", type=Path, metavar="PEM", help="CA that signed the TAK server")
    g.add_argument("--tak-cert", type=Path, metavar="PEM", help="our TAK client certificate")
    g.add_argument("--tak-key", type=Path, metavar="PEM", help="our TAK client key")
    g.add_argument(
        "--exercise-channel",
        action="append",
        default=[],
        metavar="ID=URL",
        help="TAK channel of one exercise (repeatable); its traffic goes there only",
    )
    g.add_argument("--directory", type=Path, help="directory YAML: units and their TAK uids")
    g.add_argument(
        "--db",
        metavar="URL",
        help="the centre's store, read to withdraw incidents operators close (never written)",
    )
    p.add_argument("--country", help="our country (beacon alerts), e.g. KE")
    p.add_argument("--agency", help="our agency id (beacon alerts), e.g. nps")
    p.add_argument("--exit-after", type=seconds, metavar="SECONDS", help="stop after this long")
    add_broker_options(p)
    p.set_defaults(run=run)


def tak_settings_from(args: argparse.Namespace, base: Settings) -> Settings:
    """The settings with the TAK options of the command line on top."""
    tak: dict[str, Any] = base.tak.model_dump() if base.tak is not None else {}
    for opt, key in (
        ("tak", "url"),
        ("tak_protocol", "protocol"),
        ("tak_ca", "ca_file"),
        ("tak_cert", "cert_file"),
        ("tak_key", "key_file"),
        ("directory", "directory"),
    ):
        value = getattr(args, opt, None)
        if value is not None:
            tak[key] = value
    channels = dict(tak.get("exercise_channels") or {})
    for item in args.exercise_channel:
        exercise, sep, url = item.partition("=")
        if not sep:
            raise ConfigError(f"--exercise-channel {item!r}: expected ID=URL")
        channels[exercise] = url
    tak["exercise_channels"] = channels
    if "url" not in tak:
        raise ConfigError("give --tak URL (or a [tak] section with url in the settings file)")
    try:
        settings = TakSettings.model_validate(tak)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e['loc']) or 'tak'}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(problems) from None
    if settings.uses_tls:  # the CA, certificate and key are checked now, not at each retry
        options = {"ca_file": "tak_ca", "cert_file": "tak_cert", "key_file": "tak_key"}
        given = {
            key: "--" + opt.replace("_", "-")
            for key, opt in options.items()
            if getattr(args, opt, None) is not None
        }
        if settings.ca_file is None:
            given["ca_file"] = "--tak-ca (or ca_file in the [tak] settings)"
        settings.tls_context(names=given)
    top: dict[str, Any] = {"tak": settings}
    if args.country:
        if not re.fullmatch(r"[A-Z]{2}", args.country):
            raise ConfigError(f"--country {args.country!r}: an ISO alpha-2 code, e.g. KE")
        top["country"] = args.country
    if args.agency:
        if not re.fullmatch(r"[a-z0-9_-]+", args.agency):
            raise ConfigError(f"--agency {args.agency!r}: a lowercase agency id, e.g. nps")
        top["agency"] = args.agency
    return base.model_copy(update=top)


def run(args: argparse.Namespace) -> int:
    from incident_desk.cli._store_open import existing_store
    from incident_desk.messaging.tak_gateway import TakGateway
    from incident_desk.store import Store

    settings = tak_settings_from(args, settings_from(args))
    # the gateway only reads the store (closed incidents): it must exist, never created here
    store = Store.open(existing_store(args.db)) if args.db else None
    gateway = TakGateway(settings, store=store)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    started = time.monotonic()
    try:
        gateway.start(wait_s=15)
        while not done.wait(0.2):
            if args.exit_after is not None and time.monotonic() - started >= args.exit_after:
                break
    finally:
        gateway.stop()
        if store is not None:
            store.close()
    status = gateway.status()
    for device in status.unknown_devices:  # for the operator to link in the directory
        print(
            f"unknown TAK device {device.uid} ({device.callsign or 'no callsign'}) at "
            f"{device.lat:.5f},{device.lon:.5f}, {device.reports} reports: add its uid to a "
            "unit's tak_uids in the directory"
        )
    print(status.summary())
    return 0
