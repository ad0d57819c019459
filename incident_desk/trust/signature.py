"""Enveloped XML-DSig on CAP alerts: :func:`sign_alert` and :func:`verify` (docs/standards.md §1.8).

Signing profile: RSA-SHA256 or ECDSA-SHA256 (chosen by the key), exclusive c14n, the
enveloped-signature transform, one reference with ``URI=""`` (the whole alert), the agency
certificate in ``KeyInfo/X509Data``, the ``ds:Signature`` as the last child of ``<alert>``
(signxml makes it). What the verifier accepts is that profile with the variants real signers
use (inclusive c14n, SHA-384/512): :mod:`incident_desk.trust._dsig`.

Rules the verifier follows:

- it verifies the **received bytes**; re-serialised alerts never verify (``cap.dumps`` does not
  reproduce a signature), so store and forward the raw payload;
- what it digests is the received alert itself without its signature, so what was signed is
  what is shown (signature-wrapping defence): the single reference must be ``URI=""``; a
  second ``ds:Signature`` anywhere, or one that is not the last child of ``alert``, is a bad
  signature;
- it never raises for bad input: every outcome is a :class:`TrustResult`;
- what the check refuses (:class:`_dsig.BadSignature`) gives ``bad_signature``; anything else
  is a fault of this console, logged with its traceback and reported as ``check_failed``
  ("could not check"), never as tampering.

Counter-signatures: national distributors add their own enveloped signature after the
issuer's. :func:`verify` keeps its one-signature contract (several signatures are a bad
signature there); :func:`verify_all` checks each trailing signature of ``<alert>`` on its own:
the document with only that signature in place (each signer signed the bare alert, as the
Canadian NAAD System does), else with the signatures before it too (a signer who countersigned
what it received). :func:`best` gives the state the alert is shown with.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Literal

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from lxml import etree

from incident_desk.cap import CAP10_NS, CAP11_NS, CAP12_NS, CapError, parse
from incident_desk.errors import InputError
from incident_desk.trust import _dsig
from incident_desk.trust import details as said
from incident_desk.trust._xml import DSIG_SIGNATURE, UnsafeXml, parse_root
from incident_desk.trust.store import Signer, TrustStore

__all__ = [
    "SigningError",
    "TrustResult",
    "TrustState",
    "best",
    "sign_alert",
    "verify",
    "verify_all",
]

TrustState = Literal[
    "verified", "unsigned", "unknown_signer", "bad_signature", "signer_mismatch", "check_failed"
]
"""Outcomes of :func:`verify`; their wording is in :mod:`incident_desk.trust.wording`."""

CHECK_FAILED: Final = "check_failed"
"""The state of a check that a fault inside this console interrupted ("could not check")."""

_log = logging.getLogger(__name__)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
_DS: Final = {"ds": _dsig.DS}
_ALERT_TAGS: Final = frozenset(f"{{{ns}}}alert" for ns in (CAP10_NS, CAP11_NS, CAP12_NS))


class SigningError(InputError):
    """The alert, key or certificate given to :func:`sign_alert` cannot be used."""


@dataclass(frozen=True, slots=True)
class TrustResult:
    """What the verifier found out about one received payload.

    Attributes:
        state: ``verified`` (a trusted agency signed exactly this alert and it may publish on
            this topic), ``unsigned`` (no signature, or not a document we can check),
            ``unknown_signer`` (the signer is not in the trust store, or its certificate is
            not valid now), ``bad_signature`` (the signature does not match the bytes, or is
            malformed or misplaced), ``signer_mismatch`` (a trusted agency signed it, but not
            the agency whose topic carried it), ``check_failed`` (a fault in this console
            stopped the check: nothing is known about the signature; the fault is logged).
        agency: the signing agency id (e.g. ``nps``) when the trust store identified it.
        country: the signing agency's country when identified.
        detail: plain words for the operator.
    """

    state: TrustState
    agency: str | None
    country: str | None
    detail: str

    @property
    def verified(self) -> bool:
        return self.state == "verified"

    @property
    def signer(self) -> str | None:
        """``KE/nps`` when the signer is known, else None."""
        return f"{self.country}/{self.agency}" if self.agency and self.country else None


# -- signing -------------------------------------------------------------------------------


def sign_alert(raw_cap: bytes, key_pem: bytes, cert_pem: bytes) -> bytes:
    """Return ``raw_cap`` with an enveloped signature as the last child of ``<alert>``.

    The input must be a valid CAP alert (checked with :func:`incident_desk.cap.parse`) without
    a signature; the output is UTF-8 with an XML declaration and parses with ``cap.parse``.

    Raises:
        SigningError: unusable alert (wraps the CAP problems), key, certificate or a key that
            does not belong to the certificate.
    """
    try:
        alert = parse(raw_cap)
    except CapError as exc:
        raise SigningError(f"cannot sign an invalid CAP alert: {exc}") from exc
    if alert.signature is not None:
        raise SigningError("the alert is already signed; sign the unsigned original")
    # signxml signs (once per alert an operator or a drill sends); verifying is _dsig's.
    from signxml import (  # type: ignore[attr-defined]
        CanonicalizationMethod,
        DigestAlgorithm,
        SignatureMethod,
        XMLSigner,
    )
    from signxml.exceptions import SignXMLException

    key, cert = _credentials(bytes(key_pem), bytes(cert_pem))
    method = (
        SignatureMethod.RSA_SHA256
        if isinstance(key, rsa.RSAPrivateKey)
        else SignatureMethod.ECDSA_SHA256
    )
    try:
        root = parse_root(raw_cap)
    except UnsafeXml as exc:  # pragma: no cover - cap.parse already accepted the bytes
        raise SigningError(str(exc)) from None
    signer = XMLSigner(
        signature_algorithm=method,
        digest_algorithm=DigestAlgorithm.SHA256,
        c14n_algorithm=CanonicalizationMethod.EXCLUSIVE_XML_CANONICALIZATION_1_0,
    )
    signer.namespaces = {"ds": _dsig.DS}
    try:
        signed = signer.sign(root, key=key, cert=[cert])
    except (SignXMLException, ValueError, TypeError) as exc:
        raise SigningError(f"signing failed: {exc}") from None
    data: bytes = etree.tostring(signed, xml_declaration=True, encoding="UTF-8")
    try:
        parse(data)
    except CapError as exc:  # pragma: no cover - a bug here, not bad input
        raise SigningError(f"the signed alert no longer parses: {exc}") from exc
    return data


@functools.lru_cache(maxsize=8)
def _credentials(key_pem: bytes, cert_pem: bytes) -> tuple[PrivateKey, x509.Certificate]:
    """Load and check a key/certificate pair once: loading an RSA key runs OpenSSL's key
    consistency check (~0.1 s), which would otherwise dominate every signature."""
    try:
        key = load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError) as exc:
        raise SigningError(f"cannot read the private key (PEM, unencrypted): {exc}") from None
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
    except ValueError as exc:
        raise SigningError(f"cannot read the certificate (PEM): {exc}") from None
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise SigningError(f"unsupported key type {type(key).__name__}: use RSA or EC (P-256)")
    if cert.public_key() != key.public_key():
        raise SigningError("the private key does not belong to the certificate")
    return key, cert


# -- verification --------------------------------------------------------------------------


def _result(state: TrustState, detail: str, signer: Signer | None = None) -> TrustResult:
    return TrustResult(
        state, signer.agency if signer else None, signer.country if signer else None, detail
    )


def _embedded_cert(signature: Any) -> x509.Certificate | None:
    text = signature.findtext("ds:KeyInfo/ds:X509Data/ds:X509Certificate", namespaces=_DS)
    if not text:
        return None
    return _read_cert("".join(text.split()))


@functools.lru_cache(maxsize=256)
def _read_cert(body: str) -> x509.Certificate | None:
    """The certificate whose base64 DER is ``body``, or None when it cannot be read.

    Remembered by those exact characters: an agency signs every alert with the same one or
    two certificates, and reading one, with its path in the trust store (also remembered),
    cost ~0.17 ms of a ~0.43 ms check. A certificate is immutable and says nothing about
    trust; who it speaks for, and whether it is valid then, is decided for every alert.
    """
    pem = f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n"
    try:
        cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
        # cryptography parses lazily: read what the verifier and the trust store will read, so
        # a malformed certificate is "no readable certificate" here and not a fault later.
        # (It raises TypeError for some malformed name attributes, hence the third class.)
        cert.public_key()
        cert.subject.rfc4514_string()
        cert.issuer.rfc4514_string()
        _ = cert.extensions, cert.not_valid_before_utc, cert.not_valid_after_utc, cert.serial_number
    except (ValueError, UnicodeEncodeError, TypeError, UnsupportedAlgorithm):
        return None
    return cert


def verify(
    raw: bytes,
    store: TrustStore,
    *,
    topic_agency: str | None,
    topic_country: str | None,
    now: dt.datetime | None = None,
) -> TrustResult:
    """Check the enveloped signature of ``raw`` (the bytes exactly as received).

    ``topic_country``/``topic_agency`` are the levels of the topic that carried the payload
    (None when unknown, e.g. a file import): a valid signature by another agency gives
    ``signer_mismatch``. ``now`` is for tests (certificate validity). Never raises for bad
    input; see :class:`TrustResult` for the states. A fault inside the check (a bug, not the
    alert) is logged with its traceback and gives ``check_failed``, never ``bad_signature``.
    """
    return _guarded(lambda: _verify(raw, None, store, topic_agency, topic_country, now))


def _guarded(check: Callable[[], TrustResult]) -> TrustResult:
    """``check()``, a fault inside it logged and reported as ``check_failed``."""
    try:
        return check()
    except Exception as exc:
        _log.exception("the signature check failed inside this console (not the alert's fault)")
        return _result(
            CHECK_FAILED,
            said.CONSOLE_FAULT(error=type(exc).__name__),
        )


_RANK: Final = {
    "verified": 0,
    "unknown_signer": 1,
    "check_failed": 2,
    "signer_mismatch": 3,
    "bad_signature": 4,
}


def verify_all(
    raw: bytes,
    store: TrustStore,
    *,
    topic_agency: str | None,
    topic_country: str | None,
    now: dt.datetime | None = None,
) -> tuple[TrustResult, ...]:
    """One :class:`TrustResult` per enveloped signature of ``raw``, issuer first.

    With none or one signature this is ``(verify(...),)``. Never raises for bad input.
    """
    root = None
    try:
        root = parse_root(raw)
        variants = _one_signature_variants(root)
    except UnsafeXml:  # the check says why (it reads the bytes again: bad input only)
        variants = []
    except Exception:  # a fault here, not the alert's: log it, check the last signature alone
        _log.exception("splitting the signatures of an alert failed inside this console")
        variants = []
    if len(variants) < 2:  # one reading of the bytes serves the check (it costs ~45 us)
        return (_guarded(lambda: _verify(raw, root, store, topic_agency, topic_country, now)),)
    results = []
    for candidates in variants:
        result = _result("bad_signature", said.COULD_NOT_CHECK())
        for data in candidates:
            result = verify(
                data, store, topic_agency=topic_agency, topic_country=topic_country, now=now
            )
            if result.state != "bad_signature":
                break
        results.append(result)
    return tuple(results)


def best(results: tuple[TrustResult, ...]) -> TrustResult:
    """The result an alert with these signatures is shown with: the best verified one
    (verified, then unknown signer, could not check, signer mismatch, bad signature)."""
    return min(results, key=lambda r: _RANK.get(r.state, len(_RANK)))


def _one_signature_variants(root: Any) -> list[list[bytes]]:
    """For each trailing signature: the document with only it, then with it and those before."""
    if root.tag not in _ALERT_TAGS:
        return []
    children = [c for c in root if isinstance(c.tag, str)]
    signatures = [c for c in children if c.tag == DSIG_SIGNATURE]
    if len(signatures) < 2 or children[-len(signatures) :] != signatures:
        return []
    variants = []
    for index in range(len(signatures)):
        alone = _keep(root, {index})
        serial = _keep(root, set(range(index + 1)))
        variants.append([alone] if serial == alone else [alone, serial])
    return variants


def _keep(root: Any, keep: set[int]) -> bytes:
    """``root`` serialised with only the signatures at ``keep`` (by position) left in place."""
    clone = copy.deepcopy(root)
    signatures = [c for c in clone if c.tag == DSIG_SIGNATURE]
    for index, signature in enumerate(signatures):
        if index in keep:
            continue
        parent, previous = signature.getparent(), signature.getprevious()
        if signature.tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + signature.tail
            else:
                parent.text = (parent.text or "") + signature.tail
        parent.remove(signature)
    out: bytes = etree.tostring(clone, xml_declaration=True, encoding="UTF-8")
    return out


def _verify(
    raw: bytes,
    root: Any,
    store: TrustStore,
    topic_agency: str | None,
    topic_country: str | None,
    now: dt.datetime | None,
) -> TrustResult:
    """The check of ``raw``, whose root element is ``root`` when the caller parsed it."""
    if root is None:
        try:
            root = parse_root(raw)
        except UnsafeXml as exc:
            return _result("unsigned", said.NOT_READABLE(reason=str(exc)))
    if root.tag not in _ALERT_TAGS:
        return _result("unsigned", said.NOT_READABLE(reason=said.NOT_AN_ALERT()))
    signatures = list(root.iter(DSIG_SIGNATURE))
    if not signatures:
        return _result("unsigned", said.NOT_SIGNED())
    if len(signatures) > 1:
        return _result("bad_signature", said.SEVERAL(count=len(signatures)))
    signature = signatures[0]
    children = [c for c in root if isinstance(c.tag, str)]
    if signature.getparent() is not root or children[-1] is not signature:
        return _result("bad_signature", said.NOT_LAST())
    refs = signature.findall("ds:SignedInfo/ds:Reference", namespaces=_DS)
    if len(refs) != 1 or refs[0].get("URI") != "":
        return _result("bad_signature", said.ONE_REFERENCE())
    for name in ("ds:SignedInfo/ds:Reference/ds:DigestValue", "ds:SignatureValue"):
        if not (signature.findtext(name, namespaces=_DS) or "").strip():
            return _result("bad_signature", said.EMPTY_PART(element=name.split(":")[-1]))
    cert = _embedded_cert(signature)
    if cert is None:
        return _result("bad_signature", said.NO_CERTIFICATE())

    # 1. Does the signature sign this alert, with the key of the certificate it carries?
    try:
        _dsig.check(root, signature, cert)
    except _dsig.BadSignature as exc:
        return _result("bad_signature", said.NO_MATCH(reason=str(exc)))

    # 2. Who is it, for the trust store?
    signer, why = store.identify(cert, now)
    if signer is None:
        return _result("unknown_signer", said.UNKNOWN_SIGNER(why=why))

    # 3. May this agency publish on this topic?
    if (topic_country is not None and topic_country != signer.country) or (
        topic_agency is not None and topic_agency != signer.agency
    ):
        topic = f"{topic_country or '?'}/{topic_agency or '?'}"
        return _result("signer_mismatch", said.OTHER_TOPIC(signer=signer, topic=topic), signer)
    return _result("verified", said.SIGNED_BY(signer=signer, why=why), signer)
