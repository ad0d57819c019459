"""A signed alert in an evidence package: the signer's CA travels with it and its XML
signature is checked again, offline, with only what the package holds."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.evidence import _package as pkg
from incident_desk.evidence._note import Signer
from incident_desk.evidence._verify import verify_package
from incident_desk.evidence.export import ExportRequest, export_incident
from incident_desk.incidents import IncidentBoard
from incident_desk.store import IncomingAlert, Store
from incident_desk.trust import TrustStore, sign_alert, verify
from tests.helpers.certs import make_drill_pki

DATA = Path(__file__).resolve().parents[2] / "data" / "cap" / "valid"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    pki = make_drill_pki(tmp_path / "pki", "KE", agencies=("nps",))
    trust = TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])
    raw = (DATA / "ke_explosion_alert.xml").read_bytes()
    signed = sign_alert(raw, pki.signing["nps"].key_pem, pki.signing["nps"].cert_pem)
    alert = cap.parse(signed)
    result = verify(signed, trust, topic_agency="nps", topic_country="KE")
    assert result.verified
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as store:
        stored = store.add_alerts(
            [
                IncomingAlert(
                    alert=alert,
                    raw=signed,
                    topic="idesk/v1/actual/KE/nps/alert",
                    country="KE",
                    agency="nps",
                    received_at=datetime.now(UTC),
                    trust_state=result.state,
                    trust_signer=result.signer,
                    trust_detail=result.detail,
                )
            ]
        )
        board = IncidentBoard(store)
        board.create_from_alert(stored[0].alert_id, "j.otieno")
        incident = board.incident_for_alert(stored[0].alert_id)
        assert incident is not None
        request = ExportRequest(incident.key, "MLA", "CASE-9", "j.otieno", trust_store=trust)
        out = tmp_path / "signed.zip"
        export_incident(store, Signer.generate("idesk/KE/nps"), request, out)
    return out


def test_the_signers_ca_travels_and_the_signature_is_rechecked(package: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
    assert pkg.CERTS_INDEX in names
    assert any(n.startswith("certs/KE-CA-") for n in names)
    verdict = verify_package(package)
    assert verdict.ok, verdict.failures
    assert any("(alert " in line and ": OK" in line for line in verdict.entries)


def test_a_signed_alert_changed_in_the_package_and_its_entry_is_named(package: Path) -> None:
    """Even a forger who fixes the entry's hash cannot keep the XML signature."""
    import hashlib
    import json

    with zipfile.ZipFile(package) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    raw_name = next(n for n in files if n.startswith("raw/"))
    forged = files[raw_name].replace(b"Explosion", b"Explosiom", 1)
    files[raw_name] = forged
    entry_name = raw_name.replace("raw/", "entries/").replace(".bin", ".json")
    fields = json.loads(files[entry_name])
    fields["raw_sha256"] = hashlib.sha256(forged).hexdigest()
    files[entry_name] = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    with zipfile.ZipFile(package, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    failures = "\n".join(verify_package(package).failures)
    assert "its XML signature does not hold" in failures
    assert "not in the log at this position" in failures
