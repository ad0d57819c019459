"""Size limits for every file the product reads, checked before anything parses them.

A file over its limit is refused with an :class:`~incident_desk.errors.InputError` naming the
file, its size and the limit, without reading it: a 50 MB "scenario" costs one ``stat``.
The limits are far above any real file (the shipped scenarios are about 17 kB). A CAP document
read from a file uses the CAP size cap (``max_alert_size``, 1 MiB by default).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final

from incident_desk.errors import InputError

__all__ = [
    "MAX_DIRECTORY_BYTES",
    "MAX_PEM_BYTES",
    "MAX_RECORDING_BYTES",
    "MAX_RECORDING_LINE_BYTES",
    "MAX_SCENARIO_BYTES",
    "MAX_SETTINGS_BYTES",
    "read_limited",
    "read_pem",
    "read_text_limited",
]

MAX_SCENARIO_BYTES: Final = 2 << 20
"""A scenario file (YAML): 2 MiB."""

MAX_DIRECTORY_BYTES: Final = 2 << 20
"""A directory of agencies and units (YAML): 2 MiB."""

MAX_SETTINGS_BYTES: Final = 256 << 10
"""A settings file (TOML): 256 KiB."""

MAX_PEM_BYTES: Final = 1 << 20
"""A PEM file (signing key, certificate, a trust store entry): 1 MiB."""

MAX_RECORDING_BYTES: Final = 512 << 20
"""A bus recording (JSON lines): 512 MiB, hours of a busy bus."""

MAX_RECORDING_LINE_BYTES: Final = 4 << 20
"""One recorded message (a 1 MiB CAP payload is about 1.4 MiB once base64-encoded)."""


def _size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MiB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.1f} KiB"
    return f"{size} bytes"


def read_limited(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of ``path``, refusing a file over ``limit`` bytes before reading it.

    ``what`` names the kind of file in the message ("a scenario"). Raises
    :class:`InputError` (source = the file) when the file cannot be read or is too large;
    a file that grows while it is read is cut at ``limit + 1`` bytes and refused too.
    """
    name = os.fspath(path)
    try:
        with Path(path).open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise InputError(_too_large(size, limit, what), source=name, line=1)
            data = fh.read(min(limit, sys.maxsize - 1) + 1)  # a huge limit: no OverflowError
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(f"cannot read the file: {reason}", source=name, line=1) from None
    if len(data) > limit:
        raise InputError(_too_large(len(data), limit, what), source=name, line=1)
    return data


def read_pem(path: str | os.PathLike[str] | None, what: str = "a PEM file") -> bytes | None:
    """The bytes of an optional PEM file (None: not configured), within ``MAX_PEM_BYTES``."""
    return None if path is None else read_limited(path, MAX_PEM_BYTES, what)


def read_text_limited(path: str | os.PathLike[str], limit: int, what: str) -> str:
    """Like :func:`read_limited`, decoded as UTF-8 (a decoding error is an ``InputError``)."""
    data = read_limited(path, limit, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"cannot read the file: {exc}", source=os.fspath(path), line=line
        ) from None


def _too_large(size: int, limit: int, what: str) -> str:
    return (
        f"the file is {_size_text(size)}, over the {_size_text(limit)} limit for {what}; "
        "it was not parsed"
    )
