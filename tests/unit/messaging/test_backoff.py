from __future__ import annotations

import pytest

from incident_desk.messaging.backoff import Backoff


def test_grows_exponentially_up_to_max_with_jitter_bounds() -> None:
    low = Backoff(0.5, 8.0, rand=lambda: 0.0)
    high = Backoff(0.5, 8.0, rand=lambda: 1.0)
    assert [low.next_delay() for _ in range(7)] == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert [high.next_delay() for _ in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_spreads_delays() -> None:
    b = Backoff(1.0, 1.0)
    delays = {b.next_delay() for _ in range(50)}
    assert len(delays) > 40
    assert all(0.5 <= d <= 1.0 for d in delays)


def test_reset() -> None:
    b = Backoff(1.0, 100.0, rand=lambda: 1.0)
    for _ in range(5):
        b.next_delay()
    b.reset()
    assert b.attempt == 0
    assert b.next_delay() == 1.0


def test_rejects_bad_bounds() -> None:
    with pytest.raises(ValueError, match="min_s"):
        Backoff(2.0, 1.0)
