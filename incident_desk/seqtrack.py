"""Gap and duplicate detection on the ``seq`` user property, per publisher stream (pure logic).

A publisher numbers its messages 1, 2, 3 … per stream (the stream id is its client id). The
tracker remembers, per stream, the highest number seen and which lower numbers are still
missing, so it can say "KE-nps stream is missing 14–17" and take that back when 15 arrives late.
QoS 1 redelivery makes duplicates normal: they are reported, never an error.

Core module (no paho): ingest feeds it the ``stream``/``seq`` user properties.
``check`` gives the detail; ``observe`` is the short form ingest uses ("did the open gaps
change?"); ``gaps()`` lists them as ``changes.SeqGap`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from incident_desk.changes import SeqGap

__all__ = ["SeqResult", "SeqStatus", "SeqTracker"]


class SeqStatus(StrEnum):
    FIRST = "first"  # first number seen on this stream
    IN_ORDER = "in-order"  # exactly the next number
    GAP = "gap"  # jumped ahead: numbers in between are now missing
    LATE = "late"  # fills a hole that was missing
    DUPLICATE = "duplicate"  # seen before


@dataclass(frozen=True, slots=True)
class SeqResult:
    """What one ``observe`` found.

    Attributes:
        status: see ``SeqStatus``.
        new_missing: the ranges (inclusive) that this message revealed as missing.
    """

    status: SeqStatus
    new_missing: tuple[tuple[int, int], ...] = ()

    @property
    def gaps_changed(self) -> bool:
        """A gap opened (GAP) or a hole was filled (LATE inside the tracked range)."""
        return self.status is SeqStatus.GAP or self.status is SeqStatus.LATE


@dataclass
class _Stream:
    highest: int
    missing: set[int] = field(default_factory=set)
    first: int = 1


def _ranges(numbers: set[int]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return tuple(out)


class SeqTracker:
    """Track ``seq`` per stream.

    The first number seen on a stream is its start; numbers below it (a console that joined
    late) are not counted as missing but are taken as ``LATE`` if they do arrive.
    ``max_gap`` bounds memory when a publisher restarts its counter far ahead.
    """

    def __init__(self, max_gap: int = 100_000) -> None:
        self._streams: dict[str, _Stream] = {}
        self._seen_below_first: dict[str, set[int]] = {}
        self._max_gap = max_gap

    def observe(self, stream: str, seq: int) -> bool:
        """Record ``seq``; return True if the open gaps changed."""
        return self.check(stream, seq).gaps_changed

    def check(self, stream: str, seq: int) -> SeqResult:
        """Record ``seq`` and say what it was (first, in order, gap, late, duplicate)."""
        if seq < 1:
            raise ValueError(f"seq must be >= 1, got {seq}")
        st = self._streams.get(stream)
        if st is None:
            self._streams[stream] = _Stream(highest=seq, first=seq)
            return SeqResult(SeqStatus.FIRST)
        if seq == st.highest + 1:
            st.highest = seq
            return SeqResult(SeqStatus.IN_ORDER)
        if seq > st.highest:
            gap = set(range(st.highest + 1, seq))
            if len(gap) > self._max_gap:  # a restarted counter, not 1e6 lost messages
                gap = set(range(seq - self._max_gap, seq))
            st.missing |= gap
            st.highest = seq
            return SeqResult(SeqStatus.GAP, _ranges(gap))
        if seq in st.missing:
            st.missing.discard(seq)
            return SeqResult(SeqStatus.LATE)
        if seq < st.first:
            below = self._seen_below_first.setdefault(stream, set())
            if seq in below:
                return SeqResult(SeqStatus.DUPLICATE)
            below.add(seq)
            return SeqResult(SeqStatus.LATE)
        return SeqResult(SeqStatus.DUPLICATE)

    def missing(self, stream: str) -> tuple[tuple[int, int], ...]:
        """The still-missing ranges (inclusive, ascending) of one stream."""
        st = self._streams.get(stream)
        return _ranges(st.missing) if st else ()

    def all_missing(self) -> dict[str, tuple[tuple[int, int], ...]]:
        """Every stream that still has holes."""
        return {name: _ranges(st.missing) for name, st in self._streams.items() if st.missing}

    def gaps(self) -> tuple[SeqGap, ...]:
        """Every open gap, by stream then first number."""
        return tuple(
            SeqGap(name, first, last)
            for name in sorted(self._streams)
            for first, last in _ranges(self._streams[name].missing)
        )

    def missing_count(self) -> int:
        """How many numbers are missing over all streams."""
        return sum(len(st.missing) for st in self._streams.values())

    def highest(self, stream: str) -> int | None:
        st = self._streams.get(stream)
        return st.highest if st else None

    def streams(self) -> list[str]:
        return sorted(self._streams)
