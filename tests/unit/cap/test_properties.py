"""Property tests: generated valid alerts round-trip; any bytes give an Alert or a CapError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_desk.cap import Alert, CapError, Problem, dumps, parse
from tests.unit.cap.strategies import alerts

# Hundreds of generated runs of paths the example tests already cover: traced by coverage they
# would cost more CPU than the rest of tests/unit together, so they run unmeasured (pytest-cov).
pytestmark = pytest.mark.no_cover

VALID_FILES = sorted((Path(__file__).resolve().parents[2] / "data" / "cap" / "valid").glob("*.xml"))
SEEDS = [path.read_bytes() for path in VALID_FILES]

PROPERTY = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(alerts())
def test_generated_alerts_round_trip_exactly(alert: Alert) -> None:
    written = dumps(alert)
    assert written.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    again = parse(written)
    assert again == alert
    assert dumps(again) == written


def _parse_or_cap_error(data: bytes) -> None:
    problems: tuple[Problem, ...] = ()
    result: Alert | None = None
    try:
        result = parse(data)
    except CapError as error:
        problems = error.problems
    if result is None:
        assert problems
        assert all(p.path.startswith("/") and p.message for p in problems)
    else:
        assert isinstance(result, Alert)
        assert parse(dumps(result)).identifier == result.identifier


@PROPERTY
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_alert_or_cap_error(data: bytes) -> None:
    _parse_or_cap_error(data)


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(st.sampled_from(["delete", "insert", "replace", "duplicate"]))
        start = draw(st.integers(min_value=0, max_value=len(data)))
        end = draw(st.integers(min_value=start, max_value=min(len(data), start + 40)))
        if kind == "delete":
            del data[start:end]
        elif kind == "insert":
            token = draw(
                st.sampled_from([b"<", b">", b"&", b",", b" ", b"Z", b"-", b"<x/>", b"\xff"])
                | st.binary(max_size=8)
            )
            data[start:start] = token
        elif kind == "replace":
            data[start:end] = draw(st.binary(max_size=end - start))
        else:
            data[start:start] = data[start:end]
    return bytes(data)


@PROPERTY
@given(mutated_documents())
def test_mutated_valid_documents_give_alert_or_cap_error(data: bytes) -> None:
    _parse_or_cap_error(data)
