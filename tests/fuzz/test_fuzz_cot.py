"""Fuzzing the TAK reader: untrusted CoT (XML and protobuf) and the stream splitter.

Seeds are the golden CoT files and device reports, mutated at the byte level (flips,
truncation, splices, hostile prologues). The properties a user relies on:

- ``decode`` returns a checked event or raises ``CotError``, nothing else; an accepted event
  has coordinates on the globe and a ``stale`` not before its ``start``;
- ``classify`` never raises, and never makes exercise CoT real on the real channel;
- ``StreamSplitter`` never raises anything but ``CotError`` and never hands out more than the
  size cap, however the stream is cut.

CI runs ``IDESK_FUZZ_EXAMPLES`` examples per property (default 100); ``make fuzz`` many more.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_desk.tak import CotError, classify
from incident_desk.tak._framing import StreamSplitter, decode, encode
from incident_desk.tak._inbound import MAX_EVENT_BYTES, parse_cot
from tests.helpers.takdata import device_cot

EXAMPLES = int(os.environ.get("IDESK_FUZZ_EXAMPLES", "100"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 7, 1, 12, 0, 30, tzinfo=UTC)
GOLDEN = sorted((Path(__file__).parents[1] / "data" / "tak" / "golden").glob("*.xml"))
DEVICE = [
    device_cot("DEV-1", now=NOW, opex="e-EX1"),
    device_cot("DEV-2", now=NOW, type_="b-a-o-tbl"),
    device_cot("DEV-3", now=NOW, callsign="Viper-1"),
]
SEEDS = [p.read_bytes() for p in GOLDEN] + DEVICE
SEEDS += [encode(parse_cot(d, NOW), "protobuf", mesh=m) for d in DEVICE for m in (True, False)]
PROLOGUES = [
    b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<?xml version="1.0" encoding="UTF-16"?>',
    b"\xbf\x01\xbf",
    b"\xbf\xff\xff\xff\xff",
    b"",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        choice = draw(st.integers(0, 3))
        if choice == 0:
            data[at] = draw(st.integers(0, 255))
        elif choice == 1:
            del data[at:]
        elif choice == 2:
            data[at:at] = draw(st.sampled_from(SEEDS))[: draw(st.integers(0, 200))]
        else:
            data[at:at] = draw(st.binary(max_size=8))
    return draw(st.sampled_from(PROLOGUES)) + bytes(data)


@FUZZ
@given(mutated(), st.sampled_from([None, "EX1"]))
def test_decode_and_classify_accept_or_refuse_never_crash(data: bytes, channel: str | None) -> None:
    try:
        event = decode(data, NOW)
    except CotError as exc:
        reason = exc.reason
        assert reason, "a refusal always says why"
        return
    assert -90 <= event.point.lat <= 90
    assert -180 <= event.point.lon <= 180
    assert event.stale >= event.start
    assert event.time <= NOW + timedelta(minutes=10)
    verdict = classify(event, channel, NOW)
    if channel is None and (event.opex or "")[:1] in {"e", "s"}:
        assert verdict.kind in {"refused", "ignored"}


@FUZZ
@given(st.lists(mutated(), min_size=1, max_size=6), st.lists(st.integers(1, 5000), min_size=1))
def test_the_stream_splitter_never_crashes_nor_exceeds_the_cap(
    messages: list[bytes], cuts: list[int]
) -> None:
    stream = b"".join(messages)
    splitter = StreamSplitter()
    at = 0
    i = 0
    while at < len(stream):
        size = cuts[i % len(cuts)]
        i += 1
        try:
            out = splitter.feed(stream[at : at + size])
        except CotError:
            return  # the gateway closes such a connection and reconnects
        at += size
        assert all(len(m) <= MAX_EVENT_BYTES + 16 for m in out)
