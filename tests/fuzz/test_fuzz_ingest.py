"""Fuzzing the CAP parser and the ingest pipeline (property-based, bounded).

Inputs are valid CAP documents from the suite's corpus and generated alerts, mutated at the
byte level (flips, truncation, splices, hostile prologues), on valid and invalid topics.
The properties a user relies on:

- ``cap.parse`` returns an ``Alert`` or raises ``CapError``, nothing else;
- ``classify`` never raises; what it accepts is a complete alert (the tolerant reading, equal
  to ``cap.parse`` wherever that accepts the document too);
- a batch written by the pipeline stores each message as a whole alert or a quarantine
  entry with its exact bytes, never a partial alert, never both, never nothing.

CI runs a bounded number of examples (``IDESK_FUZZ_EXAMPLES``, default 100 per property);
``make fuzz`` runs many more.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_desk import cap
from incident_desk.ingest import classify
from incident_desk.store import Store
from tests.unit.cap.strategies import alerts

EXAMPLES = int(os.environ.get("IDESK_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
CORPUS = sorted((Path(__file__).parents[1] / "data" / "cap" / "valid").glob("*.xml"))
SEEDS = [p.read_bytes() for p in CORPUS]
TOPICS = [
    "idesk/v1/actual/KE/nps/alert",
    "idesk/v1/actual/KE/nps/ack",
    "idesk/v1/exercise/EX-1/KE/nps/alert",
    "idesk/v1/test/UG/upf/alert",
    "idesk/v1/actual/ke/nps/alert",
    "idesk/v2/actual/KE/nps/alert",
    "",
]
HOSTILE_PROLOGUES = [
    b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<?xml version="1.0" encoding="UTF-16"?>',
    b'<?xml version="1.0" encoding="no-such-encoding"?>',
    b"\xef\xbb\xbf",
    b"",
]


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    base = draw(st.sampled_from(SEEDS)) if draw(st.booleans()) else cap.dumps(draw(alerts()))
    data = bytearray(base)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "cut", "splice", "insert", "prologue"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "splice":
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(other) - 1))
            data[at:at] = other[start : start + draw(st.integers(1, 200))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"<", b">", b"&", b"]]>", b"\x00", b"<info>"]))
        else:
            data[0:0] = draw(st.sampled_from(HOSTILE_PROLOGUES))
    return bytes(data)


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@FUZZ
@given(data=mutated_documents() | st.binary(max_size=4096))
def test_parse_returns_an_alert_or_raises_caperror_only(data: bytes) -> None:
    try:
        alert = cap.parse(data)
    except cap.CapError as exc:
        assert exc.problems, "a CapError always says what is wrong"  # noqa: PT017 (property)
        return
    again = cap.parse(cap.dumps(alert))
    if alert.cap_version == "1.2":
        assert again == alert  # exact round trip
    else:
        # 1.0/1.1 input is normalised into 1.2 when written (version, and a required
        # resource mimeType that 1.1 may omit); the normalised form is then stable
        assert cap.parse(cap.dumps(again)) == again


@FUZZ
@given(topic=st.sampled_from(TOPICS) | st.text(max_size=60), payload=mutated_documents())
def test_classify_never_raises_and_accepts_only_complete_alerts(topic: str, payload: bytes) -> None:
    verdict = classify(Msg(topic, payload))
    assert verdict.kind in {"alert", "reject", "event"}
    if verdict.kind == "alert":
        assert verdict.alert is not None
        assert verdict.alert.raw == payload
        # ingest reads tolerantly: the same reading, and where the strict parser also
        # accepts the document, the very same alert
        reading = cap.read(payload)
        assert (reading.alert, reading.warnings) == (verdict.alert.alert, verdict.alert.warnings)
        try:
            strict = cap.parse(payload)
        except cap.CapError:
            return
        assert strict == verdict.alert.alert
    elif verdict.kind == "reject":
        assert verdict.rejected is not None
        assert verdict.rejected.raw == payload
        assert verdict.rejected.reason


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")
    yield store  # type: ignore[misc]
    store.close()


@FUZZ
@given(
    batch=st.lists(
        st.tuples(st.sampled_from(TOPICS[:4]), mutated_documents()), min_size=1, max_size=12
    )
)
def test_a_fuzzed_batch_is_stored_whole_or_quarantined_never_partial(
    fuzz_store: Store, batch: list[tuple[str, bytes]]
) -> None:
    verdicts = [classify(Msg(t, p)) for t, p in batch]
    alerts_in = [v.alert for v in verdicts if v.alert is not None]
    rejects = [v.rejected for v in verdicts if v.rejected is not None]
    assert len(alerts_in) + len(rejects) == len(batch)  # every message has a verdict
    result = fuzz_store.write_batch(alerts_in, rejects)
    assert len(result.results) == len(alerts_in)
    for item, res in zip(alerts_in, result.results, strict=True):
        stored = fuzz_store.get_alert(res.alert_id)
        assert stored is not None
        if res.outcome == "stored":
            assert stored.raw == item.raw  # the exact bytes, whole
            assert stored.alert == item.alert  # every field, not a part
        elif res.outcome == "duplicate":
            assert (stored.sender, stored.identifier, stored.sent_text) == item.alert.key()
        else:  # conflict: the first version stays, the new bytes go to quarantine
            assert res.quarantine_id is not None
    quarantined = {q.id: q for q in fuzz_store.list_quarantine(limit=None)}
    assert len(result.quarantine_ids) == len(rejects)
    for qid, rej in zip(result.quarantine_ids, rejects, strict=True):
        assert quarantined[qid].raw == rej.raw  # the exact bytes
        assert quarantined[qid].reason == rej.reason
