"""One time format for everything people read: screen, paper, CLI, reports.

Rules (issue 20, "one time base"):

- wall-clock times: 24-hour, four-digit year, the zone stated, whole seconds, Latin digits
  whatever the locale: ``2026-12-05 14:03:07 UTC``, or local time with its UTC offset
  ``2026-12-05 17:03:07 UTC+03:00``;
- exercise-clock times say that they are exercise time: ``EX T+00:12:30`` (time since
  STARTEX) or ``EX 2026-12-05 14:03:07 UTC (exercise clock)``; the wall-clock time of the same
  moment goes into a hover (:func:`wall_hover`);
- durations: ``12 min 20 s``, ``3 h 02 min``; signed offsets ``+00:12:20``.

No locale, no ``strftime``: digits are always 0-9, so a French or Arabic desktop prints the
same text as an English one. Naive datetimes are refused (``ValueError``): a time without a
zone cannot be shown honestly. The two phrases around a time ("exercise clock", "wall clock
…") are the reader's words: the window and the after-action report pass their ``translate``
(context ``core``); without one they are English (the CLI, logs, JSON).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from incident_desk.messages import QT_TRANSLATE_NOOP, Translate

__all__ = [
    "EXERCISE_CLOCK",
    "clock",
    "duration",
    "duration_parts",
    "exercise_instant",
    "exercise_offset",
    "local",
    "signed_offset",
    "time_of_day",
    "utc",
    "wall",
    "wall_hover",
]

#: the words that mark an exercise-clock instant
EXERCISE_CLOCK = QT_TRANSLATE_NOOP("core", "exercise clock")
_WALL_CLOCK = QT_TRANSLATE_NOOP("core", "wall clock {time}")


def _aware(t: datetime) -> datetime:
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError(f"a time shown to people needs a zone: {t!r}")
    return t


def _date_time(t: datetime, seconds: bool) -> str:
    text = f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"
    return f"{text}:{t.second:02d}" if seconds else text


def _offset_text(offset: timedelta) -> str:
    total = int(offset.total_seconds())
    if total == 0:
        return "UTC"
    sign = "+" if total > 0 else "-"
    hours, rest = divmod(abs(total), 3600)
    return f"UTC{sign}{hours:02d}:{rest // 60:02d}"


def utc(t: datetime, *, seconds: bool = True) -> str:
    """``2026-12-05 14:03:07 UTC``."""
    return f"{_date_time(_aware(t).astimezone(UTC), seconds)} UTC"


def local(t: datetime, zone: tzinfo | None = None, *, seconds: bool = True) -> str:
    """The time in ``zone`` (default: this machine's) with its offset:
    ``2026-12-05 17:03:07 UTC+03:00`` (``UTC`` alone when the offset is zero)."""
    shown = _aware(t).astimezone(zone)
    offset = shown.utcoffset() or timedelta(0)
    return f"{_date_time(shown, seconds)} {_offset_text(offset)}"


def clock(t: datetime, zone: tzinfo | None = None) -> str:
    """The time of day alone, for a status line whose zone is stated elsewhere:
    ``17:03:07`` in ``zone`` (default: this machine's)."""
    shown = _aware(t).astimezone(zone)
    return f"{shown.hour:02d}:{shown.minute:02d}:{shown.second:02d}"


def time_of_day(t: datetime, zone: tzinfo | None = None) -> str:
    """Hours and minutes in ``zone`` (default: this machine's) with its offset, for a time
    of today next to its subject: ``17:03 UTC+03:00`` (``14:03 UTC``)."""
    shown = _aware(t).astimezone(zone)
    return f"{shown.hour:02d}:{shown.minute:02d} {_offset_text(shown.utcoffset() or timedelta(0))}"


def wall(t: datetime | None, *, zone: tzinfo | None = UTC, seconds: bool = True) -> str:
    """A wall-clock instant in UTC (default) or in ``zone`` (None: the machine's zone);
    ``""`` for None."""
    if t is None:
        return ""
    return utc(t, seconds=seconds) if zone is UTC else local(t, zone, seconds=seconds)


def _hms(total: int) -> str:
    hours, rest = divmod(abs(total), 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def signed_offset(seconds: float) -> str:
    """``+00:12:20`` / ``-00:00:05`` (hours may pass 24: ``+25:00:00``)."""
    total = round(seconds)
    return f"{'-' if total < 0 else '+'}{_hms(total)}"


def exercise_offset(seconds: float) -> str:
    """Scenario time since STARTEX: ``EX T+00:12:30``."""
    return f"EX T{signed_offset(seconds)}"


def exercise_instant(
    t: datetime, *, seconds: bool = True, translate: Translate | None = None
) -> str:
    """An instant on the exercise clock: ``EX 2026-12-05 14:03:07 UTC (exercise clock)``
    (``translate``: the reader's words for "exercise clock")."""
    words = translate("core", EXERCISE_CLOCK) if translate else EXERCISE_CLOCK
    return f"EX {utc(t, seconds=seconds)} ({words})"


def wall_hover(
    t: datetime | None, *, zone: tzinfo | None = UTC, translate: Translate | None = None
) -> str:
    """The hover text next to an exercise time: ``wall clock 2026-12-05 14:03:07 UTC``."""
    if t is None:
        return ""
    words = translate("core", _WALL_CLOCK) if translate else _WALL_CLOCK
    return words.replace("{time}", wall(t, zone=zone))


def duration_parts(seconds: float) -> tuple[str, int, int, int, int]:
    """A length of time rounded to whole seconds: (sign, days, hours, minutes, seconds), the
    units :func:`duration` names (and the after-action report's translated lengths)."""
    total = round(seconds)
    sign = "-" if total < 0 else ""
    days, rest = divmod(abs(total), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return sign, days, hours, minutes, secs


def duration(seconds: float | None) -> str:
    """A length of time in words: ``45 s``, ``12 min 20 s``, ``3 h 02 min``, ``2 d 04 h``.

    Negative lengths keep their sign (``-30 s``); None gives ``""``.
    """
    if seconds is None:
        return ""
    sign, days, hours, minutes, secs = duration_parts(seconds)
    if days:
        text = f"{days} d {hours:02d} h"
    elif hours:
        text = f"{hours} h {minutes:02d} min"
    elif minutes:
        text = f"{minutes} min {secs:02d} s"
    else:
        text = f"{secs} s"
    return sign + text
