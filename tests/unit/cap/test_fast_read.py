"""The one-pass reader (for trees the CAP 1.2 schema accepted) says exactly what the full walk
says: the same alert (equal and with the same dump), the same warnings, the same refusals.

Each document is read twice, once as shipped and once with the one-pass reader switched off
(the full walk reads every document then), under both policies and with ``cap.parse``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from incident_desk import cap
from incident_desk.cap import _fast, _parse, _read
from tests.unit.cap.builders import doc
from tests.unit.cap.test_invalid_documents import CASES
from tests.unit.cap.test_properties import mutated_documents

pytestmark = pytest.mark.no_cover

DATA = Path(__file__).resolve().parents[2] / "data" / "cap"
FILES = sorted(p for p in (DATA / "valid").iterdir() if p.is_file()) + sorted(
    p for p in (DATA / "real").iterdir() if p.suffix in {".xml", ".cap"}
)
PROSE_CASES = [
    doc(("<sent>2026-03-14T09:42:10+03:00</sent>", "<sent>2026-02-30T09:42:10+03:00</sent>")),
    doc(("<sent>2026-03-14T09:42:10+03:00</sent>", "<sent>2026-03-14T09:42:10+03:60</sent>")),
    doc(("<identifier>KE-nps-1</identifier>", "<identifier>KE nps,1</identifier>")),
    doc(("<msgType>Alert</msgType>", "<msgType>Update</msgType>")),
]


def _outcome(call: Any, data: bytes) -> tuple[str, Any]:
    try:
        result = call(data)
    except cap.CapError as error:
        return "refused", error.problems
    if isinstance(result, cap.Reading):
        alert = result.alert
        return "read", (alert, alert.model_dump(), result.warnings, result.signatures)
    return "parsed", (result, result.model_dump())


def _both(data: bytes) -> list[tuple[tuple[str, Any], tuple[str, Any]]]:
    calls = [
        lambda d: cap.read(d, "tolerant"),
        lambda d: cap.read(d, "strict"),
        cap.parse,
    ]
    fast = [_outcome(call, data) for call in calls]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_read, "read_valid", lambda *a: _fast.FALLBACK)
        patch.setattr(_parse, "read_valid", lambda *a: _fast.FALLBACK)
        full = [_outcome(call, data) for call in calls]
    return list(zip(fast, full, strict=True))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_corpus_document_reads_the_same_in_one_pass(path: Path) -> None:
    for fast, full in _both(path.read_bytes()):
        assert fast == full


@pytest.mark.parametrize(
    "data", [c[1] for c in CASES] + PROSE_CASES, ids=[c[0] for c in CASES] + ["prose"] * 4
)
def test_every_broken_document_is_refused_or_warned_the_same_way(data: bytes) -> None:
    for fast, full in _both(data):
        assert fast == full


def test_the_one_pass_reader_is_what_reads_a_conforming_cap_12_alert() -> None:
    data = (DATA / "valid" / "ke_explosion_alert.xml").read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_read, "_take_signatures", None)  # the full walk would call it
        assert cap.read(data).alert.identifier == "KE-nps-2026-000417"


@settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_mutated_documents_read_the_same_in_one_pass(data: bytes) -> None:
    for fast, full in _both(data):
        assert fast == full


def test_models_sharing_their_set_of_field_names_keep_it_unchanged() -> None:
    alert = cap.read((DATA / "valid" / "ke_explosion_alert.xml").read_bytes()).alert
    area = alert.infos[0].areas[0]
    first, second = area.polygons[0].points[:2]
    assert first.model_fields_set is second.model_fields_set  # built by one trusted builder
    with pytest.raises(ValidationError):
        first.lat = 0.0  # type: ignore[misc]
    moved = first.model_copy(update={"lat": 0.0})
    assert moved.model_fields_set is not first.model_fields_set
    assert second.model_fields_set == cap.Point(lat=1, lon=2).model_fields_set == {"lat", "lon"}
    assert second == cap.Point(lat=second.lat, lon=second.lon)
    assert area.model_fields_set == set(cap.Area.model_fields)
