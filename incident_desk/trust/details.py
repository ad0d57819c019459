"""The signature check's details: what the verifier found, in words every reader can read.

A check's detail (``TrustResult.detail``, stored as ``alerts.trust_detail``) is English text:
the command line, the logs, the evidence log and every alert stored so far keep it so. It is
always one of the :class:`Detail` forms below filled in, so the window reads it back
(:func:`detail_message`) into the form and its arguments and shows it in the reader's language
(:func:`say_detail`), alerts stored years ago included: "signed by KE/nps (issued by the CA in
KE.pem)" reads "подписано KE/nps (выдан УЦ из KE.pem)" to a Russian operator.

Arguments are data (a signer, a certificate's subject, a file name, a count) and stay as they
are, except those a form names as ``nested``: another detail (why a signer is not trusted, why
a signature does not match), read back and translated in turn. A text that is none of these
forms (one a newer or older console wrote) is shown as it was written. The forms are marked
with ``QT_TRANSLATE_NOOP`` (context ``core``) for the catalogs; ``tests/unit/trust/test_details.py``
checks every form reads back as itself and the verifier writes nothing else.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from incident_desk.messages import QT_TRANSLATE_NOOP, Translate, render

__all__ = ["FORMS", "OUTER", "Detail", "detail_message", "say_detail"]


def _specific_first(forms: tuple[Detail, ...]) -> tuple[Detail, ...]:
    """``forms`` in the order a text is tried against them: the longest fixed text first (a
    form with more words fits fewer texts)."""
    return tuple(sorted(forms, key=lambda f: -len(re.sub(r"\{\w+\}", "", f.source))))


@dataclass(frozen=True, slots=True, eq=False)
class Detail:
    """One form of detail: English ``source`` with ``{name}`` placeholders.

    Attributes:
        source: the English text, also the catalog's message id (context ``core``).
        nested: the placeholders that hold another detail, each with the forms it may take
            (translated in turn); every other placeholder is data.
    """

    source: str
    nested: Mapping[str, tuple[Detail, ...]] = field(default_factory=dict)
    _names: tuple[str, ...] = field(init=False, repr=False)
    _pattern: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        parts, names = [], []
        for literal, name, _spec, _conversion in string.Formatter().parse(self.source):
            parts.append(re.escape(literal))
            if name is not None:
                parts.append(f"(?P<{name}>.+?)" if name.isidentifier() else "")
                names.append(name)
        if any(not n.isidentifier() for n in names) or len(set(names)) != len(names):
            raise ValueError(f"a detail form names each placeholder once: {self.source!r}")
        if not set(self.nested) <= set(names):
            raise ValueError(f"nested placeholders not in {self.source!r}: {tuple(self.nested)}")
        object.__setattr__(self, "_names", tuple(names))
        object.__setattr__(self, "_pattern", re.compile("".join(parts), re.S))
        object.__setattr__(
            self, "nested", {name: _specific_first(forms) for name, forms in self.nested.items()}
        )

    def __call__(self, **args: object) -> str:
        """The English detail (what is stored and logged)."""
        if set(args) != set(self._names):
            raise TypeError(f"{self.source!r} takes {self._names}, given {tuple(args)}")
        return self.source.format(**args)


# -- what the trust store says of a certificate (trust.store.TrustStore.identify) ------------
NOT_VALID_NOW: Final = Detail(
    QT_TRANSLATE_NOOP(
        "core", "signing certificate {subject} is not valid now (valid {start} to {end})"
    )
)
MAY_NOT_SIGN: Final = Detail(
    QT_TRANSLATE_NOOP("core", "signing certificate {subject} is not allowed to sign (key usage)")
)
CN_NOT_AGENCY: Final = Detail(
    QT_TRANSLATE_NOOP("core", "{subject} is issued by {ca} but its CN is no agency id")
)
ISSUED_BY: Final = Detail(QT_TRANSLATE_NOOP("core", "issued by the CA in {ca}"))
PINNED: Final = Detail(QT_TRANSLATE_NOOP("core", "pinned in {entry}"))
NOT_TRUSTED: Final = Detail(
    QT_TRANSLATE_NOOP("core", "{subject} is not in the trust store and not issued by a trusted CA")
)


TRUSTED_BECAUSE: Final = (ISSUED_BY, PINNED)
UNTRUSTED_BECAUSE: Final = (NOT_VALID_NOW, MAY_NOT_SIGN, CN_NOT_AGENCY, NOT_TRUSTED)

# -- why a signature does not sign the alert (trust._dsig.BadSignature) ----------------------
DIGEST_DIFFERS: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the alert is not what was signed (its digest differs)")
)
NO_SIGNED_INFO: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature does not begin with SignedInfo")
)
NO_SIGNATURE_VALUE: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature has no SignatureValue after SignedInfo")
)
STRAY_ELEMENT: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature holds an element XML-DSig does not allow there")
)
ELEMENT_COUNT: Final = Detail(
    QT_TRANSLATE_NOOP("core", "{element} holds {count} elements; the profile has {expected}")
)
C14N_METHOD_REFUSED: Final = Detail(
    QT_TRANSLATE_NOOP(
        "core", "the canonicalisation method {algorithm} is not one this console checks"
    )
)
C14N_METHOD_EXTRA: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the canonicalisation method holds an unexpected {element}")
)
C14N_TRANSFORM_REFUSED: Final = Detail(
    QT_TRANSLATE_NOOP(
        "core", "the reference's transform {algorithm} is not one this console checks"
    )
)
C14N_TRANSFORM_EXTRA: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the reference's transform holds an unexpected {element}")
)
NOT_PLAIN_METHOD: Final = Detail(
    QT_TRANSLATE_NOOP("core", "SignedInfo's second element is not a plain SignatureMethod")
)
METHOD_REFUSED: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature method {algorithm} is not accepted")
)
ONE_REFERENCE: Final = Detail(
    QT_TRANSLATE_NOOP("core", 'the signature must have one reference covering the alert (URI="")')
)
REFERENCE_PARTS: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the reference is not Transforms, DigestMethod, DigestValue")
)
TRANSFORMS_REFUSED: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the reference's transforms are not enveloped-signature and c14n")
)
FIRST_TRANSFORM: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the reference's first transform is not enveloped-signature")
)
DIGEST_REFUSED: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the digest method {algorithm} is not accepted")
)
NO_C14N: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the alert cannot be canonicalised (a relative namespace URI?)")
)
NOT_BASE64: Final = Detail(QT_TRANSLATE_NOOP("core", "the {element} is not base64"))
NO_EC_KEY: Final = Detail(
    QT_TRANSLATE_NOOP("core", "an ECDSA signature, but the certificate holds no EC key")
)
VALUE_SIZE: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the SignatureValue has {count} bytes, not {expected}")
)
NO_RSA_KEY: Final = Detail(
    QT_TRANSLATE_NOOP("core", "an RSA signature, but the certificate holds no RSA key")
)
VALUE_FAILS: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the SignatureValue does not verify with the certificate's key")
)
OTHER_KEY_VALUE: Final = Detail(
    QT_TRANSLATE_NOOP("core", "KeyInfo holds a KeyValue that is not the certificate's key")
)
OTHER_DER_KEY: Final = Detail(
    QT_TRANSLATE_NOOP("core", "KeyInfo holds a DER key that is not the certificate's key")
)

NOT_SIGNED_BECAUSE: Final = (
    DIGEST_DIFFERS,
    NO_SIGNED_INFO,
    NO_SIGNATURE_VALUE,
    STRAY_ELEMENT,
    ELEMENT_COUNT,
    C14N_METHOD_REFUSED,
    C14N_METHOD_EXTRA,
    C14N_TRANSFORM_REFUSED,
    C14N_TRANSFORM_EXTRA,
    NOT_PLAIN_METHOD,
    METHOD_REFUSED,
    ONE_REFERENCE,
    REFERENCE_PARTS,
    TRANSFORMS_REFUSED,
    FIRST_TRANSFORM,
    DIGEST_REFUSED,
    NO_C14N,
    NOT_BASE64,
    NO_EC_KEY,
    VALUE_SIZE,
    NO_RSA_KEY,
    VALUE_FAILS,
    OTHER_KEY_VALUE,
    OTHER_DER_KEY,
)

NOT_AN_ALERT: Final = Detail(QT_TRANSLATE_NOOP("core", "the root is not a CAP alert"))

# -- what trust.signature (and the ingest, with no trust store) writes ---------------------
NOT_SIGNED: Final = Detail(QT_TRANSLATE_NOOP("core", "the alert is not signed"))
NOT_READABLE: Final = Detail(
    QT_TRANSLATE_NOOP("core", "no signature can be checked: {reason}"),
    nested={"reason": (NOT_AN_ALERT,)},
)
SEVERAL: Final = Detail(QT_TRANSLATE_NOOP("core", "the document holds {count} signatures"))
NOT_LAST: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature is not the last child of <alert>")
)
EMPTY_PART: Final = Detail(QT_TRANSLATE_NOOP("core", "the signature has an empty {element}"))
NO_CERTIFICATE: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature carries no readable certificate in KeyInfo/X509Data")
)
NO_MATCH: Final = Detail(
    QT_TRANSLATE_NOOP("core", "the signature does not match the alert: {reason}"),
    nested={"reason": NOT_SIGNED_BECAUSE},
)
UNKNOWN_SIGNER: Final = Detail(
    QT_TRANSLATE_NOOP("core", "valid signature by an unknown signer: {why}"),
    nested={"why": UNTRUSTED_BECAUSE},
)
OTHER_TOPIC: Final = Detail(
    QT_TRANSLATE_NOOP("core", "signed by {signer} but received on {topic}'s topic")
)
SIGNED_BY: Final = Detail(
    QT_TRANSLATE_NOOP("core", "signed by {signer} ({why})"),
    nested={"why": TRUSTED_BECAUSE},
)
NO_TRUST_STORE: Final = Detail(QT_TRANSLATE_NOOP("core", "no trust store configured"))
COULD_NOT_CHECK: Final = Detail(QT_TRANSLATE_NOOP("core", "the signature could not be checked"))
CONSOLE_FAULT: Final = Detail(
    QT_TRANSLATE_NOOP(
        "core",
        "the signature could not be checked: a fault in this console ({error}; see the log); "
        "treat the alert as unverified",
    )
)

OUTER: Final = (
    NOT_SIGNED,
    NOT_READABLE,
    SEVERAL,
    NOT_LAST,
    ONE_REFERENCE,
    EMPTY_PART,
    NO_CERTIFICATE,
    NO_MATCH,
    UNKNOWN_SIGNER,
    OTHER_TOPIC,
    SIGNED_BY,
    NO_TRUST_STORE,
    COULD_NOT_CHECK,
    CONSOLE_FAULT,
)
"""The forms a whole detail takes (the others are only ever nested in one of these)."""
_OUTER: Final = _specific_first(OUTER)

FORMS: Final[tuple[Detail, ...]] = tuple(
    value for value in dict(globals()).values() if isinstance(value, Detail)
)
"""Every form a detail takes: the module's constants above, in the order written."""


def detail_message(text: str) -> dict[str, Any] | None:
    """``text`` (a ``TrustResult.detail``) read back as the :class:`Detail` it was written
    from, in the message form :func:`incident_desk.messages.render` shows (nested details as
    nested messages); None for a text that is none of the forms."""
    return _read(text, _OUTER)


def _read(text: str, forms: tuple[Detail, ...]) -> dict[str, Any] | None:
    for form in forms:
        found = form._pattern.fullmatch(text)
        if found is None:
            continue
        args: dict[str, Any] = {}
        for name, value in found.groupdict().items():
            inner = _read(value, form.nested[name]) if name in form.nested else None
            args[name] = value if inner is None else inner
        return {"id": form.source, "args": args}
    return None


def say_detail(
    text: str, translate: Translate | None, data: Callable[[str], str] | None = None
) -> str:
    """The verifier's detail ``text`` in the reader's language (``translate`` None: English,
    i.e. ``text`` itself); a text that is none of the forms, as it was written. ``data`` wraps
    each argument that is data (e.g. a bidi isolate)."""
    message: Mapping[str, Any] | None = detail_message(text)
    if message is None:
        return text
    return render(message, translate, data)
