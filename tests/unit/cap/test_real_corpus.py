"""Genuine alerts from national warning systems and CAP libraries (tests/data/cap/real).

Every document listed in ``MANIFEST.yaml`` is read the way ingest reads it and checked field by
field against what the manifest says the console must make of it: accepted, accepted with the
listed conformance warnings, opened as an EDXL-DE envelope, or refused with the listed reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from incident_desk import cap

REAL = Path(__file__).parents[2] / "data" / "cap" / "real"
MANIFEST: list[dict[str, Any]] = yaml.safe_load((REAL / "MANIFEST.yaml").read_text("utf-8"))[
    "documents"
]


def _fields(reading: cap.Reading) -> dict[str, Any]:
    alert = reading.alert
    return {
        "identifier": alert.identifier,
        "sender": alert.sender,
        "sent_utc": alert.sent.utc.isoformat(),
        "cap_version": alert.cap_version,
        "infos": len(alert.infos),
        "areas": [len(info.areas) for info in alert.infos],
        "polygons": [sum(len(a.polygons) for a in info.areas) for info in alert.infos],
        "languages": [info.language for info in alert.infos],
        "signatures": reading.signatures,
        "warnings": [f"{w.path}: {w.message}" for w in reading.warnings],
    }


def _expected(entry: dict[str, Any]) -> dict[str, Any]:
    keys: tuple[str, ...] = ("identifier", "sender", "sent_utc", "cap_version", "infos")
    keys += ("areas", "polygons", "languages", "signatures", "warnings")
    return {key: entry[key] for key in keys}


def test_the_corpus_holds_at_least_40_documents_each_with_origin_and_licence() -> None:
    files = {p.name for p in REAL.iterdir() if p.name != "MANIFEST.yaml"}
    assert files == {entry["file"] for entry in MANIFEST}
    assert len(files) >= 40
    for entry in MANIFEST:
        assert entry["origin"].startswith("github.com/"), entry["file"]
        assert entry["licence"], entry["file"]
        assert entry["shows"], entry["file"]


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_each_genuine_document_is_read_as_the_manifest_says(entry: dict[str, Any]) -> None:
    data = (REAL / entry["file"]).read_bytes()
    outcome = entry["outcome"]
    if outcome == "quarantined":
        with pytest.raises(cap.CapError) as caught:
            cap.read_message(data)
        assert entry["reason"] in caught.value.problems[0].message
        return
    reading = cap.read_message(data)
    if outcome == "envelope":
        assert isinstance(reading, cap.Opened)
        assert reading.envelope.distribution_id == entry["distribution_id"]
        assert reading.envelope.distribution_status == entry["distribution_status"]
        got = [_fields(c.reading) for c in reading.contents if c.reading is not None]
        assert got == [_expected(a) for a in entry["alerts"]]
        return
    assert isinstance(reading, cap.Reading)
    assert _fields(reading) == _expected(entry)
    assert (outcome == "accepted with warnings") == bool(reading.warnings)


@pytest.mark.parametrize(
    "entry",
    [e for e in MANIFEST if e["outcome"] == "accepted"],
    ids=[e["file"] for e in MANIFEST if e["outcome"] == "accepted"],
)
def test_a_conforming_genuine_alert_reads_the_same_tolerantly_and_strictly(
    entry: dict[str, Any],
) -> None:
    data = (REAL / entry["file"]).read_bytes()
    assert cap.read(data, "strict").alert == cap.read(data).alert


def test_strict_policy_refuses_what_tolerant_reading_accepts_with_warnings() -> None:
    data = (REAL / "google_canada_ec_empty_lists.cap").read_bytes()
    assert cap.read(data).warnings
    with pytest.raises(cap.CapError, match="references"):
        cap.read(data, "strict")
