from __future__ import annotations

import pytest

from incident_desk.changes import SeqGap
from incident_desk.seqtrack import SeqStatus, SeqTracker


def test_in_order_stream_has_no_gaps() -> None:
    t = SeqTracker()
    assert t.check("a", 1).status is SeqStatus.FIRST
    for n in range(2, 50):
        assert t.check("a", n).status is SeqStatus.IN_ORDER
    assert t.missing("a") == ()
    assert t.highest("a") == 49


def test_gap_is_reported_and_filled_by_late_messages() -> None:
    t = SeqTracker()
    t.check("a", 1)
    t.check("a", 2)
    result = t.check("a", 7)
    assert result.status is SeqStatus.GAP
    assert result.new_missing == ((3, 6),)
    assert t.missing("a") == ((3, 6),)
    assert t.check("a", 5).status is SeqStatus.LATE
    assert t.missing("a") == ((3, 4), (6, 6))
    t.check("a", 3)
    t.check("a", 4)
    t.check("a", 6)
    assert t.missing("a") == ()
    assert t.all_missing() == {}


def test_duplicates_are_reported() -> None:
    t = SeqTracker()
    t.check("a", 1)
    t.check("a", 2)
    t.check("a", 4)
    assert t.check("a", 2).status is SeqStatus.DUPLICATE
    assert t.check("a", 4).status is SeqStatus.DUPLICATE
    assert t.check("a", 3).status is SeqStatus.LATE
    assert t.check("a", 3).status is SeqStatus.DUPLICATE


def test_streams_are_independent() -> None:
    t = SeqTracker()
    t.check("a", 1)
    t.check("b", 1)
    t.check("a", 3)
    assert t.check("b", 2).status is SeqStatus.IN_ORDER
    assert t.all_missing() == {"a": ((2, 2),)}
    assert t.streams() == ["a", "b"]


def test_out_of_order_arrival_ends_complete() -> None:
    order = [1, 4, 2, 9, 3, 5, 8, 7, 6, 10, 5, 1]
    t = SeqTracker()
    statuses = [t.check("s", n).status for n in order]
    assert t.missing("s") == ()
    assert statuses.count(SeqStatus.DUPLICATE) == 2
    assert statuses[1] is SeqStatus.GAP


def test_joining_late_does_not_count_earlier_numbers_missing() -> None:
    t = SeqTracker()
    assert t.check("a", 100).status is SeqStatus.FIRST
    assert t.missing("a") == ()
    assert t.check("a", 99).status is SeqStatus.LATE
    assert t.check("a", 99).status is SeqStatus.DUPLICATE


def test_huge_jump_is_bounded() -> None:
    t = SeqTracker(max_gap=10)
    t.check("a", 1)
    result = t.check("a", 1_000_000)
    assert result.new_missing == ((999_990, 999_999),)


def test_seq_must_be_positive() -> None:
    with pytest.raises(ValueError, match=">= 1"):
        SeqTracker().check("a", 0)


def test_observe_says_whether_gaps_changed_and_gaps_lists_them() -> None:
    t = SeqTracker()
    assert t.observe("b", 1) is False
    assert t.observe("b", 2) is False
    assert t.observe("b", 5) is True
    assert t.observe("a", 1) is False
    assert t.observe("a", 3) is True
    assert t.observe("b", 5) is False  # duplicate
    assert t.gaps() == (SeqGap("a", 2, 2), SeqGap("b", 3, 4))
    assert t.missing_count() == 3
    assert t.observe("b", 4) is True  # late: a hole closed
    assert t.gaps() == (SeqGap("a", 2, 2), SeqGap("b", 3, 3))
    assert t.missing_count() == 2
