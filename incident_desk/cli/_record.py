"""``incident-desk record``: save bus traffic as JSON lines, for replay into an exercise."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
from pathlib import Path
from typing import Any, TextIO

from incident_desk.cli._options import add_broker_options, count, seconds, settings_from
from incident_desk.errors import ConfigError, IncidentDeskError, InputError
from incident_desk.outfile import check_file

#: the longest topic filter MQTT can carry (a UTF-8 string with a 16-bit length)
MAX_FILTER_BYTES = 65535


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "record",
        help="record bus traffic to a JSON-lines file",
        description=(
            "Subscribe and save every message (topic, base64 payload, user properties, time "
            "offset) as one JSON line. Stops after --exit-after messages, after --exit-idle "
            "seconds without one, or on Ctrl-C. An existing --out file is kept unless "
            "--overwrite is given; it is replaced only once the broker accepted the connection."
        ),
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.jsonl")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing --out file (default: refuse it)",
    )
    p.add_argument(
        "--filter",
        action="append",
        dest="filters",
        metavar="FILTER",
        help="topic filter (repeatable; default idesk/v1/actual/#)",
    )
    p.add_argument("--exit-after", type=count, metavar="N", help="stop after N messages")
    p.add_argument("--exit-idle", type=seconds, metavar="S", help="stop after S s of silence")
    add_broker_options(p)
    p.set_defaults(run=run)


def filter_problem(text: str) -> str | None:
    """Why ``text`` is not an MQTT topic filter (None: it is one)."""
    if not text:
        return "it is empty"
    if len(text.encode("utf-8")) > MAX_FILTER_BYTES:
        return f"it is over {MAX_FILTER_BYTES} bytes"
    if "\0" in text:
        return "it contains a NUL character"
    levels = text.split("/")
    for i, level in enumerate(levels):
        if "#" in level and (level != "#" or i != len(levels) - 1):
            return "'#' must be the last level, alone"
        if "+" in level and level != "+":
            return "'+' must be a level alone"
    return None


def _check_out(out: Path, overwrite: bool) -> None:
    """``--out``, before connecting: a file that can be written, kept unless ``overwrite``."""
    check_file(out)
    if out.is_file() and out.stat().st_size > 0 and not overwrite:
        raise InputError(f"{out} exists: choose another name, or pass --overwrite to replace it")
    if out.exists() and not os.access(out, os.W_OK):
        raise InputError(f"cannot write {out}: {os.strerror(errno.EACCES)}")


def run(args: argparse.Namespace) -> int:
    from incident_desk.messaging.exercise_bus import role_client_id
    from incident_desk.messaging.recorder import Recorder, record

    filters = args.filters or ["idesk/v1/actual/#"]
    for text in filters:
        problem = filter_problem(text)
        if problem is not None:
            raise ConfigError(f"--filter {text!r}: not a valid MQTT topic filter ({problem})")
    out_path: Path = args.out
    _check_out(out_path, args.overwrite)
    settings = settings_from(args).broker
    if args.client_id is None:
        settings = role_client_id(settings, "recorder")

    opened: list[TextIO] = []

    def open_out() -> TextIO:  # only once the broker accepted us: nothing truncated before
        try:
            opened.append(out_path.open("w", encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"cannot write {out_path}: {exc.strerror}") from None
        return opened[0]

    made: list[Recorder] = []
    try:
        with contextlib.suppress(KeyboardInterrupt):
            record(
                settings,
                open_out,
                filters,
                exit_after=args.exit_after,
                exit_idle=args.exit_idle,
                on_recorder=made.append,
            )
    except OSError as exc:
        raise IncidentDeskError(f"cannot write {out_path}: {exc.strerror or exc}") from None
    finally:
        for out in opened:
            with contextlib.suppress(OSError):
                out.close()
    count = made[0].count if made else 0
    print(f"recorded {count} messages to {out_path}")
    return 0
