"""One time format: 24-hour, four-digit year, zone stated, Latin digits, no microseconds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from incident_desk import timefmt

T = datetime(2026, 12, 5, 14, 3, 7, 654321, tzinfo=UTC)
NAIROBI = timezone(timedelta(hours=3))


def test_wall_clock_utc_has_the_zone_and_no_microseconds() -> None:
    assert timefmt.utc(T) == "2026-12-05 14:03:07 UTC"
    assert timefmt.wall(T) == "2026-12-05 14:03:07 UTC"
    assert timefmt.wall(T, seconds=False) == "2026-12-05 14:03 UTC"
    assert timefmt.wall(None) == ""


def test_local_time_states_its_offset() -> None:
    assert timefmt.local(T, NAIROBI) == "2026-12-05 17:03:07 UTC+03:00"
    assert timefmt.wall(T, zone=timezone(timedelta(hours=-3, minutes=-30))) == (
        "2026-12-05 10:33:07 UTC-03:30"
    )
    assert timefmt.local(T, timezone(timedelta(0))) == "2026-12-05 14:03:07 UTC"


def test_afternoon_is_24_hour_and_early_years_keep_four_digits() -> None:
    assert timefmt.utc(datetime(987, 1, 2, 23, 5, tzinfo=UTC)) == "0987-01-02 23:05:00 UTC"


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a zone"):
        timefmt.utc(datetime(2026, 12, 5, 14, 3))


def test_exercise_time_says_it_is_exercise_time_and_hovers_the_wall_time() -> None:
    assert timefmt.exercise_offset(750) == "EX T+00:12:30"
    assert timefmt.exercise_offset(25 * 3600) == "EX T+25:00:00"
    assert timefmt.exercise_offset(-5) == "EX T-00:00:05"
    assert timefmt.exercise_instant(T) == "EX 2026-12-05 14:03:07 UTC (exercise clock)"
    assert timefmt.wall_hover(T) == "wall clock 2026-12-05 14:03:07 UTC"
    assert timefmt.wall_hover(T, zone=NAIROBI) == "wall clock 2026-12-05 17:03:07 UTC+03:00"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45.4, "45 s"),
        (740, "12 min 20 s"),
        (3 * 3600 + 125, "3 h 02 min"),
        (2 * 86400 + 4 * 3600, "2 d 04 h"),
        (-30, "-30 s"),
        (None, ""),
    ],
)
def test_durations_in_words(seconds: float | None, text: str) -> None:
    assert timefmt.duration(seconds) == text
