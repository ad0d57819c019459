"""Options shared by the subcommands that talk to a broker or a database, and the argparse
types of every numeric option (a value out of range is refused while parsing, exit 2, with
the allowed range)."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from incident_desk.errors import ConfigError
from incident_desk.settings import BrokerSettings, Settings, plain_errors

MAX_SECONDS: Final = 10 * 366 * 86400.0
"""The longest time option (timeouts, --exit-after/--exit-idle in seconds): ten years, a
bound against overflow, not a policy (a gateway may run for years)."""

MAX_COUNT: Final = 2**63 - 1
"""The largest count or id (an SQLite/PostgreSQL INTEGER)."""

MAX_SIZE_BYTES: Final = 1 << 30
"""The largest --max-size: 1 GiB."""

_OPTION_OF: Final = {
    "url": "--broker",
    "urls": "--broker",
    "protocol": "--protocol",
    "client_id": "--client-id",
    "username": "--username",
    "password": "--password-env",
    "ca_file": "--ca-file",
    "cert_file": "--cert-file",
    "key_file": "--key-file",
}


def seconds(text: str) -> float:
    """A number of seconds, more than 0 and at most ten years (``inf``/``nan`` refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (math.isfinite(value) and 0 < value <= MAX_SECONDS):
        raise argparse.ArgumentTypeError(
            f"{text} is out of range: more than 0 and at most {MAX_SECONDS:.0f} seconds (ten years)"
        )
    return value


def speed(text: str) -> float:
    """``--speed`` of a drill's clock (scenario run, replay, export aar): ×0.25 to ×100."""
    from incident_desk.scenario import MAX_SPEED, MIN_SPEED

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (math.isfinite(value) and MIN_SPEED <= value <= MAX_SPEED):
        raise argparse.ArgumentTypeError(f"speed must be between {MIN_SPEED:g} and {MAX_SPEED:g}")
    return value


def _whole(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number {what}: {text!r}") from None


def count(text: str) -> int:
    """A whole number from 1 to 2^63-1 (a count, a limit, a stored id)."""
    value = _whole(text, "")
    if not 1 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text} is out of range: from 1 to {MAX_COUNT}")
    return value


def size_bytes(text: str) -> int:
    """A size in bytes, from 1 byte to 1 GiB."""
    value = _whole(text, "of bytes")
    if not 1 <= value <= MAX_SIZE_BYTES:
        raise argparse.ArgumentTypeError(
            f"{text} is out of range: from 1 to {MAX_SIZE_BYTES} bytes (1 GiB)"
        )
    return value


def port(text: str) -> int:
    """A TCP port, 1 to 65535."""
    value = _whole(text, "")
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is out of range: a port from 1 to 65535")
    return value


def text_option(option: str, value: str | None) -> str | None:
    """``value`` of ``option``, refused (``ConfigError``) when it holds a control character
    (XML 1.0 and CAP text cannot carry them; tab and newlines are allowed)."""
    if value is None:
        return None
    for ch in value:
        if (
            (ord(ch) < 0x20 and ch not in "\t\n\r")
            or 0x7F <= ord(ch) <= 0x9F
            or (0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff")
        ):
            raise ConfigError(
                f"{option}: holds a control character (U+{ord(ch):04X}); give plain text"
            )
    return value


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
    """Settings from the file/env, with the command-line options on top.

    For a command with the broker options and an ``mqtts://`` broker, the TLS files are
    read and checked here, before anything connects (``ConfigError`` naming the option or
    the settings key).
    """
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
        if var not in os.environ:
            raise ConfigError(f"--password-env {var}: that environment variable is not set")
        broker["password"] = os.environ[var]
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

            def typed(key: str) -> str:  # the option given, else the settings key
                return _OPTION_OF.get(key, "") if key in broker else f"broker.{key}"

            raise ConfigError(plain_errors(exc, typed)) from None
    settings = base.model_copy(update=top) if top else base
    if hasattr(args, "ca_file") and settings.broker.tls:  # a command that connects: mqtts://
        files = ("ca_file", "cert_file", "key_file")
        given: dict[str, str] = {k: _OPTION_OF[k] for k in files if k in broker}
        settings.broker.tls_context(names=given)  # ConfigError naming the file, before any I/O
    return settings
