"""Options shared by the subcommands that talk to a broker or a database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from incident_desk.errors import ConfigError
from incident_desk.settings import BrokerSettings, Settings


def add_broker_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("broker")
    g.add_argument("--config", type=Path, help="settings file (TOML); IDESK_* env overrides it")
    g.add_argument(
        "--broker",
        metavar="URL",
        action="append",
        help=(
            "mqtt://HOST:PORT or mqtts://HOST:PORT; repeat it for the nodes of a cluster, "
            "preferred first (the console fails over down the list)"
        ),
    )
    g.add_argument("--protocol", choices=("5", "3.1.1"), help="MQTT version (default 5)")
    g.add_argument("--client-id", help="stable client id (default: idesk-<hostname>)")
    g.add_argument("--username", help="broker user name")
    g.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the broker password from this environment variable (never on the command line)",
    )
    g.add_argument("--ca-file", type=Path, help="CA bundle (PEM) for mqtts://")
    g.add_argument("--cert-file", type=Path, help="client certificate (PEM)")
    g.add_argument("--key-file", type=Path, help="client private key (PEM)")


def add_trust_options(p: argparse.ArgumentParser) -> None:
    """``--trust-store DIR``, ``--trust-policy P`` and ``--cap-policy P`` (override the
    settings file)."""
    g = p.add_argument_group("signatures")
    g.add_argument(
        "--trust-store",
        type=Path,
        metavar="DIR",
        help="folder of agency signing certificates/CAs (PEM: KE-nps.pem, KE.pem …)",
    )
    g.add_argument(
        "--trust-policy",
        choices=("warn", "quarantine-invalid", "quarantine"),
        help=(
            "warn (default): store everything, flag unverified alerts; quarantine-invalid: "
            "quarantine bad signatures and signer/topic mismatches; quarantine: quarantine "
            "everything not verified"
        ),
    )
    g.add_argument(
        "--cap-policy",
        choices=("tolerant", "strict"),
        help=(
            "tolerant (default): store every alert the official CAP schema accepts, with its "
            "conformance warnings; strict: quarantine those with a warning too"
        ),
    )


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the file/env, with the command-line options on top."""
    import os

    base = Settings.load(getattr(args, "config", None))
    broker: dict[str, Any] = {}
    urls = getattr(args, "broker", None)
    if isinstance(urls, str):  # a caller that built the namespace by hand
        urls = [urls]
    if urls:
        broker["url"], broker["urls"] = urls[0], list(urls)
    for opt, key in (
        ("protocol", "protocol"),
        ("client_id", "client_id"),
        ("username", "username"),
        ("ca_file", "ca_file"),
        ("cert_file", "cert_file"),
        ("key_file", "key_file"),
    ):
        value = getattr(args, opt, None)
        if value is not None:
            broker[key] = value
    var = getattr(args, "password_env", None)
    if var:
        broker["password"] = os.environ.get(var, "")
    top: dict[str, Any] = {}
    if getattr(args, "db", None):
        top["database_url"] = args.db
    if getattr(args, "directory", None) is not None:
        top["directory"] = args.directory
    if getattr(args, "trust_store", None) is not None:
        top["trust_store"] = args.trust_store
    if getattr(args, "trust_policy", None):
        top["trust_policy"] = args.trust_policy
    if getattr(args, "cap_policy", None):
        top["cap_policy"] = args.cap_policy
    if broker:
        try:
            top["broker"] = BrokerSettings.model_validate({**base.broker.model_dump(), **broker})
        except ValidationError as exc:
            problems = "; ".join(
                f"--{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(problems) from None
    return base.model_copy(update=top) if top else base
