"""sign_alert and verify: every TrustResult state, wrapping defences, never raising on input."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re

import pytest
from cryptography.hazmat.primitives import serialization
from lxml import etree

from incident_desk.cap import DSIG_NS, parse
from incident_desk.trust import SigningError, TrustStore, sign_alert, verify
from incident_desk.trust.details import detail_message
from incident_desk.trust.drillcerts import CountryPki, Issued

from .conftest import DATA

STATES = {"verified", "unsigned", "unknown_signer", "bad_signature", "signer_mismatch"}


def _store(pki: CountryPki) -> TrustStore:
    return TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])


def _sign(raw: bytes, who: Issued) -> bytes:
    return sign_alert(raw, who.key_pem, who.cert_pem)


def _check(raw: bytes, store: TrustStore, agency: str | None = "nps", country: str | None = "KE"):
    return verify(raw, store, topic_agency=agency, topic_country=country)


@pytest.mark.parametrize("pki_name", ["ke_pki", "ke_rsa_pki"], ids=["ecdsa", "rsa"])
def test_valid_signature_verifies(
    pki_name: str, request: pytest.FixtureRequest, alert_bytes: bytes
) -> None:
    pki: CountryPki = request.getfixturevalue(pki_name)
    signed = _sign(alert_bytes, pki.signing["nps"])
    result = _check(signed, _store(pki))
    assert (result.state, result.agency, result.country) == ("verified", "nps", "KE")
    assert result.verified
    algorithm = "ecdsa-sha256" if pki_name == "ke_pki" else "rsa-sha256"
    assert f"xmldsig-more#{algorithm}".encode() in signed
    assert b"http://www.w3.org/2001/10/xml-exc-c14n#" in signed
    assert b"enveloped-signature" in signed


def test_signature_is_the_last_child_and_survives_cap_parse(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    root = etree.fromstring(signed)
    last = [child for child in root if isinstance(child.tag, str)][-1]
    assert last.tag == f"{{{DSIG_NS}}}Signature"
    assert (
        root.find(f"{{{DSIG_NS}}}Signature/{{{DSIG_NS}}}SignedInfo/{{{DSIG_NS}}}Reference").get(
            "URI"
        )
        == ""
    )
    alert = parse(signed)
    assert alert.signature is not None
    assert alert.model_copy(update={"signature": None}) == parse(alert_bytes)


def test_time_is_injected_for_certificate_validity(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    result = verify(signed, _store(ke_pki), topic_agency="nps", topic_country="KE", now=later)
    assert result.state == "unknown_signer"
    assert "not valid now" in result.detail


def test_iso_8859_1_input_is_signed_and_verified(ke_pki: CountryPki) -> None:
    raw = (DATA / "iso8859_1.xml").read_bytes()
    signed = _sign(raw, ke_pki.signing["nps"])
    assert signed.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert parse(signed).model_copy(update={"signature": None}) == parse(raw)
    assert _check(signed, _store(ke_pki), agency=None, country=None).state == "verified"


def test_one_changed_character_in_the_description_is_a_bad_signature(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    tampered = signed.replace(b"Casualties reported", b"Casualties reportes", 1)
    assert tampered != signed
    result = _check(tampered, _store(ke_pki))
    assert (result.state, result.agency) == ("bad_signature", None)


def test_reserialised_alert_no_longer_verifies(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    """Why ingest stores and forwards the RECEIVED bytes: parse → dumps breaks the signature."""
    from incident_desk.cap import dumps

    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    rewritten = dumps(parse(signed))
    assert _check(rewritten, _store(ke_pki)).state == "bad_signature"


def test_signature_by_another_key_than_the_certificate_is_bad(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    """Signed with upf's key, but nps's certificate put into KeyInfo."""
    signed = _sign(alert_bytes, ke_pki.signing["upf"])
    upf_b64 = base64.b64encode(ke_pki.signing["upf"].cert.public_bytes(serialization.Encoding.DER))
    nps_b64 = base64.b64encode(ke_pki.signing["nps"].cert.public_bytes(serialization.Encoding.DER))
    swapped = re.sub(
        rb"<ds:X509Certificate>[^<]+</ds:X509Certificate>",
        b"<ds:X509Certificate>" + nps_b64 + b"</ds:X509Certificate>",
        signed,
    )
    assert upf_b64 not in swapped
    assert nps_b64 in swapped
    result = _check(swapped, _store(ke_pki))
    assert result.state == "bad_signature"


def test_sign_alert_refuses_a_key_that_does_not_match_the_certificate(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    with pytest.raises(SigningError, match="does not belong"):
        sign_alert(alert_bytes, ke_pki.signing["upf"].key_pem, ke_pki.signing["nps"].cert_pem)


def test_signer_not_in_the_store_is_unknown(
    ke_pki: CountryPki, foreign_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _sign(alert_bytes, foreign_pki.signing["nps"])  # same CN "nps", other CA
    result = _check(signed, _store(ke_pki))
    assert (result.state, result.agency) == ("unknown_signer", None)
    assert "CN=nps" in result.detail
    assert _check(signed, TrustStore()).state == "unknown_signer"


@pytest.mark.parametrize(("country", "agency"), [("KE", "upf"), ("UG", "nps"), ("UG", "upf")])
def test_valid_signature_on_another_agencys_topic_is_a_mismatch(
    ke_pki: CountryPki, alert_bytes: bytes, country: str, agency: str
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    result = _check(signed, _store(ke_pki), agency=agency, country=country)
    assert (result.state, result.signer) == ("signer_mismatch", "KE/nps")
    assert f"{country}/{agency}" in result.detail


def test_unsigned_alert(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    result = _check(alert_bytes, _store(ke_pki))
    assert (result.state, result.agency, result.country) == ("unsigned", None, None)


def test_pinned_agency_certificate(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    store = TrustStore.from_certificates([("KE", "nps", ke_pki.signing["nps"].cert_pem)])
    assert _check(_sign(alert_bytes, ke_pki.signing["nps"]), store).state == "verified"
    # upf's certificate comes from the same CA, but only nps's certificate is pinned.
    assert _check(_sign(alert_bytes, ke_pki.signing["upf"]), store, "upf").state == (
        "unknown_signer"
    )


# -- signature wrapping and misplaced signatures ---------------------------------------------


def _signature_element(signed: bytes) -> etree._Element:
    return etree.fromstring(signed).find(f"{{{DSIG_NS}}}Signature")


def test_valid_signature_moved_onto_another_alert_is_bad(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    other = etree.fromstring(alert_bytes.replace(b"Moi Avenue", b"Kenyatta Avenue"))
    other.append(_signature_element(signed))
    forged = etree.tostring(other, xml_declaration=True, encoding="UTF-8")
    assert _check(forged, _store(ke_pki)).state == "bad_signature"


def test_signed_alert_wrapped_inside_another_document_is_not_trusted(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    """The signed original hidden in an element of a forged alert (classic wrapping)."""
    signed_root = etree.fromstring(_sign(alert_bytes, ke_pki.signing["nps"]))
    forged = etree.fromstring(alert_bytes.replace(b"Explosion at", b"All clear at"))
    info = forged.find("{urn:oasis:names:tc:emergency:cap:1.2}info")
    info.append(signed_root)
    data = etree.tostring(forged, xml_declaration=True, encoding="UTF-8")
    result = _check(data, _store(ke_pki))
    assert result.state == "bad_signature"
    assert "last child" in result.detail


def test_signature_not_last_child_is_bad(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    root = etree.fromstring(_sign(alert_bytes, ke_pki.signing["nps"]))
    sig = root.find(f"{{{DSIG_NS}}}Signature")
    root.remove(sig)
    root.insert(0, sig)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    assert _check(data, _store(ke_pki)).state == "bad_signature"


def test_two_signatures_are_bad(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    root = etree.fromstring(signed)
    root.append(_signature_element(signed))
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    assert _check(data, _store(ke_pki)).state == "bad_signature"


def test_reference_to_a_fragment_is_refused(ke_pki: CountryPki, alert_bytes: bytes) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"]).replace(b'URI=""', b'URI="#x"', 1)
    result = _check(signed, _store(ke_pki))
    assert result.state == "bad_signature"
    assert 'URI=""' in result.detail


# -- bad input never raises ------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not xml at all",
        b"<alert",
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
        b"<other xmlns='urn:x'/>",
        "<str-not-bytes/>",
        None,
        b"\xff\xfe\x00garbage",
        b"<a>" * 10 + b"x" * (1 << 20),
    ],
    ids=["empty", "text", "truncated", "doctype", "not-cap", "str", "none", "binary", "huge"],
)
def test_bad_input_gives_a_result_not_an_exception(ke_pki: CountryPki, data: object) -> None:
    result = verify(data, _store(ke_pki), topic_agency="nps", topic_country="KE")  # type: ignore[arg-type]
    assert result.state == "unsigned"
    assert result.detail
    assert detail_message(result.detail) is not None  # a form the window translates


def test_truncated_and_mangled_signed_alerts_never_raise(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    store = _store(ke_pki)
    results = [_check(signed[:cut], store) for cut in range(len(alert_bytes), len(signed), 37)]
    sig_start = signed.index(b"<ds:SignedInfo")
    for pos in range(sig_start, len(signed) - 20, 53):
        mangled = signed[:pos] + b"A" + signed[pos + 1 :]
        results.append(_check(mangled, store))
    states = {r.state for r in results}
    assert states <= STATES
    # every detail is one of the forms the window reads back and translates
    assert [r.detail for r in results if detail_message(r.detail or "") is None] == []
    assert "bad_signature" in states


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        (b"<alert/>", "invalid CAP"),
        (b"", "invalid CAP"),
    ],
)
def test_sign_alert_refuses_invalid_cap(ke_pki: CountryPki, raw: bytes, match: str) -> None:
    who = ke_pki.signing["nps"]
    with pytest.raises(SigningError, match=match):
        sign_alert(raw, who.key_pem, who.cert_pem)


def test_sign_alert_refuses_already_signed_and_bad_pem(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    who = ke_pki.signing["nps"]
    with pytest.raises(SigningError, match="already signed"):
        sign_alert(_sign(alert_bytes, who), who.key_pem, who.cert_pem)
    with pytest.raises(SigningError, match="private key"):
        sign_alert(alert_bytes, b"not a key", who.cert_pem)
    with pytest.raises(SigningError, match="certificate"):
        sign_alert(alert_bytes, who.key_pem, b"not a cert")


def test_a_fault_inside_the_verifier_is_check_failed_and_logged(
    ke_pki: CountryPki,
    alert_bytes: bytes,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A programming error is never reported to the operator as tampering."""
    from incident_desk.trust import _dsig

    signed = _sign(alert_bytes, ke_pki.signing["nps"])

    def broken(*args: object) -> None:
        raise TypeError("a bug in this console")

    monkeypatch.setattr(_dsig, "check", broken)
    with caplog.at_level(logging.ERROR, logger="incident_desk.trust.signature"):
        result = _check(signed, _store(ke_pki))
    assert result.state == "check_failed"
    assert "fault in this console" in result.detail
    assert "TypeError" in result.detail
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.exc_info is not None
    assert record.exc_info[0] is TypeError


def test_a_fault_in_the_trust_store_is_check_failed(
    ke_pki: CountryPki,
    alert_bytes: bytes,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    store = _store(ke_pki)

    def broken(*args: object) -> object:
        raise AttributeError("'NoneType' object has no attribute 'agency'")

    monkeypatch.setattr(TrustStore, "identify", broken)
    with caplog.at_level(logging.ERROR, logger="incident_desk.trust.signature"):
        assert _check(signed, store).state == "check_failed"
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)


@pytest.mark.parametrize("element", ["DigestValue", "SignatureValue"])
def test_an_empty_signature_value_is_a_bad_signature_not_a_fault(
    ke_pki: CountryPki, alert_bytes: bytes, element: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    emptied = re.sub(rf"(<ds:{element}>)[^<]*(</ds:{element}>)".encode(), rb"\1\2", signed)
    result = _check(emptied, _store(ke_pki))
    assert result.state == "bad_signature"
    assert f"empty {element}" in result.detail
    assert not caplog.records


def test_a_mangled_certificate_is_a_bad_signature_not_a_fault(
    ke_pki: CountryPki, alert_bytes: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """cryptography parses certificates lazily; a broken one must still mean "bad signature"."""
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    start = signed.index(b"<ds:X509Certificate>") + len(b"<ds:X509Certificate>")
    end = signed.index(b"</ds:X509Certificate>")
    states = set()
    for pos in range(start, end, 7):
        mangled = (
            signed[:pos] + (b"B" if signed[pos : pos + 1] != b"B" else b"C") + signed[pos + 1 :]
        )
        states.add(_check(mangled, _store(ke_pki)).state)
    assert "check_failed" not in states
    assert "bad_signature" in states
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
