"""The XML-DSig check of one enveloped signature over a whole CAP alert (docs/standards.md §1.8).

:func:`check` is what :func:`incident_desk.trust.signature.verify` asks of the received bytes
once it has found the one ``ds:Signature`` as the last child of ``<alert>`` and read the
certificate it carries. It accepts the enveloped profile CAP signers use, and nothing else
(W3C XML Signature 1.1; every refusal is a :class:`BadSignature` in words for the operator):

- ``ds:Signature`` holds ``SignedInfo``, ``SignatureValue``, then at most one ``KeyInfo`` and
  any ``Object`` elements;
- ``SignedInfo`` holds ``CanonicalizationMethod`` (Canonical XML 1.0, inclusive or exclusive,
  with or without comments), ``SignatureMethod`` (RSA PKCS #1 v1.5 or ECDSA, with SHA-256,
  SHA-384 or SHA-512) and exactly one ``Reference``, with ``URI=""`` (the whole alert);
- the reference's transforms are the enveloped-signature transform, then at most one Canonical
  XML 1.0 transform (without one, inclusive Canonical XML: the specification's default); its
  digest is SHA-256, SHA-384 or SHA-512. ``URI=""`` leaves comments out of what is digested
  (XML-DSig §4.4.3.3), whatever the transform says;
- a ``KeyValue`` or ``DEREncodedKeyValue`` beside the certificate must hold the certificate's
  own key (the signature is checked with the certificate's key in any case).

What is digested is the alert the caller parsed from the received bytes with the signature
taken out, so what was signed is, by construction, the alert received: there is no second
document (the one a signature library would hand back) to compare with it.

This replaced signxml for verification (signxml still signs, :func:`signature.sign_alert`):
signxml reads any profile and so re-parses and re-serialises the document six times a check;
this one reads one. ``tests/unit/trust/test_dsig.py`` checks both agree on signatures made by
signxml, on the genuine Canadian NAAD alert and on thousands of mangled ones.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
from typing import Any, Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from lxml import etree

from incident_desk.trust import details as said

__all__ = ["BadSignature", "check"]

DS: Final = "http://www.w3.org/2000/09/xmldsig#"
_DSIG11: Final = "http://www.w3.org/2009/xmldsig11#"
_EXC: Final = "http://www.w3.org/2001/10/xml-exc-c14n#"
_MORE: Final = "http://www.w3.org/2001/04/xmldsig-more#"
ENVELOPED: Final = DS + "enveloped-signature"

C14N: Final[dict[str, tuple[bool, bool]]] = {
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315": (False, False),
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments": (False, True),
    _EXC: (True, False),
    _EXC + "WithComments": (True, True),
}
"""Canonical XML 1.0 by algorithm URI: (exclusive, with comments)."""

SIGNATURE_METHODS: Final[dict[str, tuple[str, hashes.HashAlgorithm]]] = {
    _MORE + "rsa-sha256": ("RSA", hashes.SHA256()),
    _MORE + "rsa-sha384": ("RSA", hashes.SHA384()),
    _MORE + "rsa-sha512": ("RSA", hashes.SHA512()),
    _MORE + "ecdsa-sha256": ("ECDSA", hashes.SHA256()),
    _MORE + "ecdsa-sha384": ("ECDSA", hashes.SHA384()),
    _MORE + "ecdsa-sha512": ("ECDSA", hashes.SHA512()),
}

DIGESTS: Final[dict[str, str]] = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    _MORE + "sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
}

_CURVE_URIS: Final = {
    "secp256r1": "urn:oid:1.2.840.10045.3.1.7",
    "secp384r1": "urn:oid:1.3.132.0.34",
    "secp521r1": "urn:oid:1.3.132.0.35",
}


def _ds(name: str) -> str:
    return f"{{{DS}}}{name}"


_SIGNED_INFO, _SIGNATURE_VALUE, _KEY_INFO, _OBJECT = map(
    _ds, ("SignedInfo", "SignatureValue", "KeyInfo", "Object")
)
_C14N_METHOD, _SIGNATURE_METHOD, _REFERENCE = map(
    _ds, ("CanonicalizationMethod", "SignatureMethod", "Reference")
)
_TRANSFORMS, _TRANSFORM, _DIGEST_METHOD, _DIGEST_VALUE = map(
    _ds, ("Transforms", "Transform", "DigestMethod", "DigestValue")
)
_INCLUSIVE_NAMESPACES: Final = f"{{{_EXC}}}InclusiveNamespaces"


class BadSignature(Exception):
    """The signature does not sign the alert with the certificate's key, or is outside the
    accepted profile; ``str()`` says which, in plain words."""


def check(root: Any, signature: Any, cert: x509.Certificate) -> None:
    """Raise :class:`BadSignature` unless ``signature``, the last child of ``root``, signs
    ``root`` (without the signature) with the key of ``cert``.

    ``root`` is left as it was given (the signature is taken out for the digest and put back).
    """
    info, value, key_info = _parts(signature)
    c14n_method, method, reference = _elements(info, "SignedInfo", 3)
    exclusive, comments, prefixes = _c14n(
        c14n_method, said.C14N_METHOD_REFUSED, said.C14N_METHOD_EXTRA
    )
    kind, algorithm = _signature_method(method)
    digest_name, expected, transform = _reference(reference)
    # The signer signed SignedInfo where it stands in the document: inclusive c14n renders the
    # namespaces in scope there, so it is canonicalised before the signature is taken out.
    signed_info = _canonical(info, exclusive, comments, prefixes)
    actual = hashlib.new(digest_name, _without(root, signature, *transform)).digest()
    if not hmac.compare_digest(actual, expected):
        raise BadSignature(said.DIGEST_DIFFERS())
    key = cert.public_key()
    if key_info is not None:
        _key_values_agree(key_info, key)
    _verify_value(key, kind, algorithm, _base64(value, "SignatureValue"), signed_info)


def _parts(signature: Any) -> tuple[Any, Any, Any]:
    """``SignedInfo``, ``SignatureValue`` and ``KeyInfo`` (or None), in the schema's order."""
    children = _children(signature)
    if len(children) < 2 or children[0].tag != _SIGNED_INFO:
        raise BadSignature(said.NO_SIGNED_INFO())
    if children[1].tag != _SIGNATURE_VALUE:
        raise BadSignature(said.NO_SIGNATURE_VALUE())
    rest = children[2:]
    key_info = rest.pop(0) if rest and rest[0].tag == _KEY_INFO else None
    if any(child.tag != _OBJECT for child in rest):
        raise BadSignature(said.STRAY_ELEMENT())
    return children[0], children[1], key_info


def _children(element: Any) -> list[Any]:
    """The element children (comments and processing instructions are not part of the form)."""
    return [child for child in element if isinstance(child.tag, str)]


def _elements(parent: Any, name: str, count: int) -> list[Any]:
    children = _children(parent)
    if len(children) != count:
        raise BadSignature(said.ELEMENT_COUNT(element=name, count=len(children), expected=count))
    return children


def _c14n(
    element: Any, refused: said.Detail, extra: said.Detail
) -> tuple[bool, bool, list[str] | None]:
    """(exclusive, with comments, inclusive prefixes) of a c14n method or transform
    (``refused``, ``extra``: the words for an unknown algorithm, an unexpected child)."""
    algorithm = element.get("Algorithm")
    if algorithm not in C14N:
        raise BadSignature(refused(algorithm=repr(algorithm)))
    exclusive, comments = C14N[algorithm]
    prefixes = None
    for child in _children(element):
        if not exclusive or child.tag != _INCLUSIVE_NAMESPACES or prefixes is not None:
            raise BadSignature(extra(element=etree.QName(child).localname))
        prefixes = (child.get("PrefixList") or "").split()
    return exclusive, comments, prefixes


def _signature_method(element: Any) -> tuple[str, hashes.HashAlgorithm]:
    if element.tag != _SIGNATURE_METHOD or _children(element):
        raise BadSignature(said.NOT_PLAIN_METHOD())
    algorithm = element.get("Algorithm")
    if algorithm not in SIGNATURE_METHODS:
        raise BadSignature(said.METHOD_REFUSED(algorithm=repr(algorithm)))
    return SIGNATURE_METHODS[algorithm]


def _reference(element: Any) -> tuple[str, bytes, tuple[bool, list[str] | None]]:
    """The digest's name, the digest value, and how the alert is canonicalised for it."""
    if element.tag != _REFERENCE or element.get("URI") != "":
        raise BadSignature(said.ONE_REFERENCE())
    transforms, method, value = _elements(element, "Reference", 3)
    if (transforms.tag, method.tag, value.tag) != (_TRANSFORMS, _DIGEST_METHOD, _DIGEST_VALUE):
        raise BadSignature(said.REFERENCE_PARTS())
    steps = _children(transforms)
    if not steps or any(step.tag != _TRANSFORM for step in steps) or len(steps) > 2:
        raise BadSignature(said.TRANSFORMS_REFUSED())
    if steps[0].get("Algorithm") != ENVELOPED or _children(steps[0]):
        raise BadSignature(said.FIRST_TRANSFORM())
    exclusive, prefixes = False, None
    if len(steps) == 2:
        exclusive, _comments, prefixes = _c14n(
            steps[1], said.C14N_TRANSFORM_REFUSED, said.C14N_TRANSFORM_EXTRA
        )
    digest = method.get("Algorithm")
    if digest not in DIGESTS or _children(method):
        raise BadSignature(said.DIGEST_REFUSED(algorithm=repr(digest)))
    return DIGESTS[digest], _base64(value, "DigestValue"), (exclusive, prefixes)


def _without(root: Any, signature: Any, exclusive: bool, prefixes: list[str] | None) -> bytes:
    """``root`` canonicalised without ``signature`` (the enveloped-signature transform keeps
    the text around it), comments left out (``URI=""``); ``root`` is restored after."""
    index = root.index(signature)
    tail = signature.tail
    previous = signature.getprevious()
    before = root.text if previous is None else previous.tail
    if tail is not None:
        joined = (before or "") + tail
        if previous is None:
            root.text = joined
        else:
            previous.tail = joined
    root.remove(signature)
    try:
        out = _canonical(root, exclusive, False, prefixes)
    finally:
        root.insert(index, signature)
        signature.tail = tail
        if previous is None:
            root.text = before
        else:
            previous.tail = before
    return out


def _canonical(element: Any, exclusive: bool, comments: bool, prefixes: list[str] | None) -> bytes:
    try:
        out: bytes = etree.tostring(
            element,
            method="c14n",
            exclusive=exclusive,
            with_comments=comments,
            inclusive_ns_prefixes=prefixes,
        )
    except etree.C14NError:
        # libxml2 refuses what Canonical XML cannot express (a relative namespace URI): the
        # document's fault, so nothing it says can be signed content.
        raise BadSignature(said.NO_C14N()) from None
    return out


def _base64(element: Any, name: str) -> bytes:
    try:
        return binascii.a2b_base64("".join((element.text or "").split()), strict_mode=True)
    except binascii.Error:
        raise BadSignature(said.NOT_BASE64(element=name)) from None


def _verify_value(
    key: Any, kind: str, algorithm: hashes.HashAlgorithm, value: bytes, signed_info: bytes
) -> None:
    try:
        if kind == "ECDSA":
            if not isinstance(key, ec.EllipticCurvePublicKey):
                raise BadSignature(said.NO_EC_KEY())
            size = (key.key_size + 7) // 8
            if len(value) != 2 * size:
                raise BadSignature(said.VALUE_SIZE(count=len(value), expected=2 * size))
            r, s = int.from_bytes(value[:size], "big"), int.from_bytes(value[size:], "big")
            key.verify(encode_dss_signature(r, s), signed_info, ec.ECDSA(algorithm))
        else:
            if not isinstance(key, rsa.RSAPublicKey):
                raise BadSignature(said.NO_RSA_KEY())
            key.verify(value, signed_info, PKCS1v15(), algorithm)
    except InvalidSignature:
        raise BadSignature(said.VALUE_FAILS()) from None


def _key_values_agree(key_info: Any, key: Any) -> None:
    """A key written beside the certificate must be the certificate's (no second key)."""
    for child in _children(key_info):
        if child.tag == _ds("KeyValue"):
            if not _same_key_value(child, key):
                raise BadSignature(said.OTHER_KEY_VALUE())
        elif child.tag == f"{{{_DSIG11}}}DEREncodedKeyValue":
            der = key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
            try:
                given = _base64(child, "DEREncodedKeyValue")
            except BadSignature:
                given = b""
            if given != der:
                raise BadSignature(said.OTHER_DER_KEY())


def _same_key_value(key_value: Any, key: Any) -> bool:
    forms = _children(key_value)
    if len(forms) != 1:
        return False
    form = forms[0]
    if form.tag == _ds("RSAKeyValue") and isinstance(key, rsa.RSAPublicKey):
        numbers = key.public_numbers()
        return _integer(form, "Modulus") == numbers.n and _integer(form, "Exponent") == numbers.e
    if form.tag == f"{{{_DSIG11}}}ECKeyValue" and isinstance(key, ec.EllipticCurvePublicKey):
        curve = form.find(f"{{{_DSIG11}}}NamedCurve")
        point = form.find(f"{{{_DSIG11}}}PublicKey")
        if curve is None or point is None:
            return False
        try:
            given = _base64(point, "PublicKey")
        except BadSignature:
            return False
        return curve.get("URI") == _CURVE_URIS.get(key.curve.name) and given == key.public_bytes(
            Encoding.X962, PublicFormat.UncompressedPoint
        )
    return False


def _integer(form: Any, name: str) -> int | None:
    element = form.find(_ds(name))
    if element is None:
        return None
    try:
        return int.from_bytes(_base64(element, name), "big")
    except BadSignature:
        return None
