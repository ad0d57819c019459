"""Displayed headlines: the real words, without the mandated exercise marking (CAP keeps it)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk.cap import dumps
from incident_desk.display import display_headline, strip_exercise_marking
from incident_desk.scenario import EXERCISE_PREFIX, load_scenario, render_cap

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
BASE = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_drills_show_distinct_real_headlines_and_keep_the_marking_in_cap(
    path: Path,
) -> None:
    scenario = load_scenario(path)
    shown = []
    for inject in scenario.ordered_injects():
        if inject.message.cap is None:
            continue
        alert = render_cap(scenario, inject, BASE)
        info = alert.infos[0]
        assert info.headline is not None
        assert info.headline.startswith(EXERCISE_PREFIX)  # the CAP keeps the marking
        assert EXERCISE_PREFIX.encode() in dumps(alert)
        text = display_headline(info.headline, info.event, alert.identifier)
        assert text == inject.message.cap.headline  # the author's words, nothing else
        assert "EXERCISE" not in text
        shown.append(text)
    assert len(shown) >= 5
    assert len(set(shown)) == len(shown), shown  # rows can be told apart


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("EXERCISE EXERCISE EXERCISE Bridge closed", "Bridge closed"),
        ("EXERCISE · Road closure: EXERCISE EXERCISE EXERCISE Bridge closed",
         "Road closure: Bridge closed"),
        ("EXERCISE: Bridge closed", "Bridge closed"),
        ("[EXERCISE] Bridge closed EXERCISE", "Bridge closed"),
        ("Exercise ground closed to the public", "Exercise ground closed to the public"),
        ("Bridge closed", "Bridge closed"),
    ],
)  # fmt: skip
def test_the_marking_is_dropped_and_real_words_stay(text: str, shown: str) -> None:
    assert strip_exercise_marking(text) == shown


def test_an_empty_or_marking_only_headline_falls_back_to_event_then_identifier() -> None:
    assert display_headline("EXERCISE EXERCISE EXERCISE", "Explosion", "X-1") == "Explosion"
    assert display_headline(None, None, "X-1") == "X-1"
    assert display_headline("", "EXERCISE", "X-1") == "X-1"
