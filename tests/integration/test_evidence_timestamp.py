"""RFC 3161 timestamps on checkpoints, against a local ``openssl ts`` authority."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.evidence import _package as pkg
from incident_desk.evidence._note import Note, Signer
from incident_desk.evidence._verify import verify_package
from incident_desk.evidence.export import ExportRequest, export_incident
from incident_desk.evidence.ledger import Ledger
from incident_desk.evidence.timestamp import TimestampError, check_timestamp, load_roots
from incident_desk.store import Store
from tests.helpers.tsa import LocalTsa, start_tsa


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalTsa]:
    local = start_tsa(tmp_path / "tsa")
    yield local
    local.stop()


def test_export_carries_a_timestamp_that_verifies_offline(
    tsa: LocalTsa, store: Store, tmp_path: Path
) -> None:
    store.append_timeline("op", "incident.note", "cordon in place", incident_id="INC-1")
    request = ExportRequest("INC-1", "MLA", "CASE-3", "op", tsa_roots=tsa.root_pem)
    out = tmp_path / "p.zip"
    export_incident(store, Signer.generate("idesk/KE/nps"), request, out, tsa_url=tsa.url)
    stored = Ledger(store).latest()
    assert stored is not None
    assert stored.timestamp is not None
    check_timestamp(stored.timestamp, Note.parse(stored.note).text, load_roots(tsa.root_pem))
    verdict = verify_package(out, tsa_roots=tsa.root_pem)
    assert verdict.ok, verdict.failures
    assert any("timestamped by the TSA at" in n for n in verdict.notes)


def test_a_timestamp_of_another_text_or_another_root_fails(tsa: LocalTsa, tmp_path: Path) -> None:
    from incident_desk.evidence.timestamp import request_timestamp

    token = request_timestamp(tsa.url, b"checkpoint text\n")
    check_timestamp(token, b"checkpoint text\n", load_roots(tsa.root_pem))
    with pytest.raises(TimestampError):
        check_timestamp(token, b"another text\n", load_roots(tsa.root_pem))
    other = start_tsa(tmp_path / "other")
    try:
        with pytest.raises(TimestampError):
            check_timestamp(token, b"checkpoint text\n", load_roots(other.root_pem))
    finally:
        other.stop()


def test_a_swapped_timestamp_in_the_package_is_named(
    tsa: LocalTsa, store: Store, tmp_path: Path
) -> None:
    from incident_desk.evidence.timestamp import request_timestamp

    store.append_timeline("op", "incident.note", "n", incident_id="INC-1")
    out = tmp_path / "p.zip"
    request = ExportRequest("INC-1", "MLA", "CASE-3", "op", tsa_roots=tsa.root_pem)
    export_incident(store, Signer.generate("idesk/KE/nps"), request, out, tsa_url=tsa.url)
    with zipfile.ZipFile(out) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    name = next(n for n in files if n.endswith(".tsr"))
    files[name] = request_timestamp(tsa.url, b"some other checkpoint\n")
    with zipfile.ZipFile(out, "w") as zf:
        for n, data in files.items():
            zf.writestr(n, data)
    failures = "\n".join(verify_package(out, tsa_roots=tsa.root_pem).failures)
    assert "RFC 3161 timestamp does not hold" in failures
    assert f"file {name} was changed after export" in failures
    assert pkg.TSA_ROOTS in files
