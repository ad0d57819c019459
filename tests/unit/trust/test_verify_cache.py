"""What ``verify`` remembers per certificate never turns into a remembered verdict.

The embedded certificate (by its exact base64) and its path in a trust store (by its DER, per
store and per set of entries) are kept between alerts; the signature over the bytes, the
validity at the alert's time and the store's current entries are checked for every alert.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from incident_desk.trust import TrustStore, sign_alert, verify
from incident_desk.trust.drillcerts import CountryPki

NPS = ("nps", "KE")


def _check(raw: bytes, store: TrustStore, now: dt.datetime | None = None) -> str:
    return verify(raw, store, topic_agency=NPS[0], topic_country=NPS[1], now=now).state


def _signed(raw: bytes, pki: CountryPki) -> bytes:
    return sign_alert(raw, pki.signing["nps"].key_pem, pki.signing["nps"].cert_pem)


def test_a_tampered_alert_signed_with_a_known_certificate_is_still_bad(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    store = TrustStore.from_certificates([("KE", None, ke_pki.signing_ca.cert_pem)])
    signed = _signed(alert_bytes, ke_pki)
    assert _check(signed, store) == "verified"
    tampered = signed.replace(b"<urgency>", b"<urgency> ", 1)
    assert tampered != signed
    assert _check(tampered, store) == "bad_signature"
    assert _check(signed, store) == "verified"


def test_a_reloaded_store_without_the_ca_refuses_at_once(
    ke_pki: CountryPki, alert_bytes: bytes, tmp_path: Path
) -> None:
    ca_file = tmp_path / "KE.pem"
    ca_file.write_bytes(ke_pki.signing_ca.cert_pem)
    signed = _signed(alert_bytes, ke_pki)
    assert _check(signed, TrustStore.load(tmp_path)) == "verified"
    ca_file.unlink()
    assert _check(signed, TrustStore.load(tmp_path)) == "unknown_signer"


def test_a_removed_pinned_certificate_refuses_at_once(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    """The same store object, its entries changed in place: what it remembered is dropped."""
    store = TrustStore.from_certificates([("KE", "nps", ke_pki.signing["nps"].cert_pem)])
    signed = _signed(alert_bytes, ke_pki)
    assert _check(signed, store) == "verified"
    store.entries.clear()
    assert _check(signed, store) == "unknown_signer"
    store.entries.extend(
        TrustStore.from_certificates([("KE", None, ke_pki.signing_ca.cert_pem)]).entries
    )
    assert verify(signed, store, topic_agency="nps", topic_country="KE").detail == (
        "signed by KE/nps (issued by the CA in KE/*)"
    )


def test_validity_is_judged_at_each_alerts_time(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    store = TrustStore.from_certificates([("KE", None, ke_pki.signing_ca.cert_pem)])
    signed = _signed(alert_bytes, ke_pki)
    leaf = ke_pki.signing["nps"].cert
    after = leaf.not_valid_after_utc + dt.timedelta(days=1)
    inside = leaf.not_valid_before_utc + dt.timedelta(hours=1)
    assert _check(signed, store, inside) == "verified"
    assert _check(signed, store, after) == "unknown_signer"
    assert _check(signed, store, inside) == "verified"
