"""Scenario durations: one readable format, ``HH:MM:SS``.

Offsets from STARTEX, ``expires_after`` and ``within`` are all written ``HH:MM:SS`` (hours
may have two or three digits, minutes and seconds 00-59), e.g. ``"00:05:00"`` for five
minutes and ``"01:30:00"`` for ninety. Quote them in YAML: an unquoted ``00:05:00`` is a
string in PyYAML, but ``05:00`` can read as a base-60 integer in YAML 1.1 tools.
"""

from __future__ import annotations

import re

DURATION_PATTERN = r"^[0-9]{2,3}:[0-5][0-9]:[0-5][0-9]$"
_DURATION = re.compile(DURATION_PATTERN)


def parse_duration(text: str) -> int:
    """``"HH:MM:SS"`` -> whole seconds. Raises ``ValueError`` for anything else."""
    if not isinstance(text, str) or not _DURATION.fullmatch(text):
        raise ValueError(f"a duration is written HH:MM:SS (e.g. '00:05:00'), not {text!r}")
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def format_duration(seconds: float) -> str:
    """Whole seconds (>= 0, fractions dropped) -> ``"HH:MM:SS"``."""
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative: {seconds}")
    total = int(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"
