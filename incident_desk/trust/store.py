"""The trust list: which certificate (or CA) speaks for which agency (docs/standards.md §1.8).

A trust store is a folder of PEM files. The file name decides what a file means:

``{COUNTRY}-{agency}.pem`` (e.g. ``KE-nps.pem``)
    agency entry: the agency's signing certificate (pinned), or the agency's own CA. A
    signature made with that certificate, or with any certificate that CA issued, is agency
    ``nps`` of country ``KE``, whatever the signing certificate's subject says.
``{COUNTRY}.pem`` (e.g. ``KE.pem``)
    country entry: a national CAP signing CA. A certificate it issued signs for the agency named
    by the certificate's CN (which must be an agency id such as ``nps``) in that country.
any other name
    read from the certificate subject: ``C`` = country and, for an end-entity certificate,
    ``CN`` = agency (pinned); a CA certificate becomes a country entry.

Extensions ``.pem``, ``.crt`` and ``.cer`` are read; other files are ignored. A file may hold
several certificates (CA rollover): they all get the file's meaning. Files that cannot be used
are skipped and listed in :attr:`TrustStore.problems` (the console shows them); loading never
fails because of one bad file. Only a missing folder raises :class:`ConfigError`.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from incident_desk.errors import ConfigError, InputError
from incident_desk.limits import MAX_PEM_BYTES, read_limited
from incident_desk.trust import details as said

__all__ = ["Signer", "TrustEntry", "TrustStore"]

_AGENCY_STEM = re.compile(r"(?P<country>[A-Z]{2})-(?P<agency>[a-z0-9_-]+)")
_COUNTRY_STEM = re.compile(r"(?P<country>[A-Z]{2})")
_AGENCY_RE = re.compile(r"[a-z0-9_-]+")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_SUFFIXES = frozenset({".pem", ".crt", ".cer"})
_PATHS_KEPT: Final = 256
"""How many signing certificates' paths a store remembers (an agency signs with one or two)."""


@dataclass(frozen=True, slots=True)
class Signer:
    """An agency as the trust store knows it."""

    country: str
    agency: str

    def __str__(self) -> str:
        return f"{self.country}/{self.agency}"


@dataclass(frozen=True, slots=True)
class TrustEntry:
    """One trusted certificate.

    Attributes:
        country: ISO 3166-1 alpha-2 country of the entry.
        agency: the agency it speaks for, or None for a country CA (agency = signer's CN).
        cert: the certificate.
        is_ca: True when it is a CA (issues signing certificates) rather than a pinned signer.
        source: the file it came from.
    """

    country: str
    agency: str | None
    cert: x509.Certificate
    is_ca: bool
    source: Path | None = None


def _subject(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    values = cert.subject.get_attributes_for_oid(oid)
    value = values[0].value if values else None
    return value if isinstance(value, str) else None


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _valid_now(cert: x509.Certificate, now: dt.datetime) -> bool:
    return cert.not_valid_before_utc <= now <= cert.not_valid_after_utc


def _may_sign(cert: x509.Certificate) -> bool:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.digital_signature or usage.content_commitment)


@dataclass(frozen=True, slots=True)
class _CertPath:
    """What :meth:`TrustStore.identify` learns about one certificate that no clock changes.

    Working it out costs a CA signature check and name formatting, the same for every alert
    an agency signs; what depends on the time (the certificate's and its CA's validity) is
    still judged for every alert.

    Attributes:
        subject: the certificate's subject, for the operator's words.
        may_sign: its key usage allows signatures.
        pinned: the agency of the first pinned entry with the same fingerprint and why, if any.
        issuers: the CA entries that directly issued it (signature checked), in store order.
        common_name: its CN (the agency, under a country CA), if it is a string.
    """

    subject: str
    may_sign: bool
    pinned: tuple[Signer, str] | None
    issuers: tuple[TrustEntry, ...]
    common_name: str | None


@dataclass(slots=True)
class TrustStore:
    """Trusted agency certificates and CAs; see the module documentation for the file convention.

    Attributes:
        entries: what was loaded.
        problems: one line per file that was skipped, in plain words.
    """

    entries: list[TrustEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Paths by certificate (``x509.Certificate`` hashes and compares its DER bytes), valid
    # for the entries they were worked out against: a change to ``entries`` empties it, and
    # a reloaded store is a new object with its own.
    _paths: OrderedDict[x509.Certificate, _CertPath] = field(
        default_factory=OrderedDict, init=False, repr=False, compare=False
    )
    _paths_for: tuple[TrustEntry, ...] = field(default=(), init=False, repr=False, compare=False)
    _paths_lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    @classmethod
    def load(cls, folder: str | Path) -> TrustStore:
        """Read every ``*.pem`` / ``*.crt`` / ``*.cer`` in ``folder`` (not recursive)."""
        path = Path(folder)
        if not path.is_dir():
            raise ConfigError(f"trust store folder {path} does not exist or is not a folder")
        store = cls()
        for file in sorted(path.iterdir()):
            if file.suffix.lower() in _SUFFIXES and file.is_file():
                store._load_file(file)
        return store

    @classmethod
    def from_certificates(cls, items: Iterable[tuple[str, str | None, bytes]]) -> TrustStore:
        """Build a store from ``(country, agency or None, PEM bytes)`` triples (tests, settings)."""
        store = cls()
        for country, agency, pem in items:
            for cert in x509.load_pem_x509_certificates(pem):
                store.entries.append(TrustEntry(country, agency, cert, _is_ca(cert)))
        return store

    def _load_file(self, file: Path) -> None:
        try:
            certs = x509.load_pem_x509_certificates(read_limited(file, MAX_PEM_BYTES, "a PEM file"))
        except (InputError, ValueError) as exc:
            self.problems.append(f"{file.name}: not a readable PEM certificate ({exc})")
            return
        for cert in certs:
            problem = self._add(file, cert)
            if problem:
                self.problems.append(f"{file.name}: {problem}")

    def _add(self, file: Path, cert: x509.Certificate) -> str | None:
        is_ca = _is_ca(cert)
        stem = file.stem
        if match := _AGENCY_STEM.fullmatch(stem):
            self.entries.append(TrustEntry(match["country"], match["agency"], cert, is_ca, file))
            return None
        if match := _COUNTRY_STEM.fullmatch(stem):
            if not is_ca:
                return "a country file ({COUNTRY}.pem) must hold a CA certificate"
            self.entries.append(TrustEntry(match["country"], None, cert, True, file))
            return None
        country = _subject(cert, NameOID.COUNTRY_NAME)
        if not country or not _COUNTRY_RE.fullmatch(country):
            return "file name is not {COUNTRY}-{agency}.pem and the subject has no country (C)"
        if is_ca:
            self.entries.append(TrustEntry(country, None, cert, True, file))
            return None
        agency = _subject(cert, NameOID.COMMON_NAME)
        if not agency or not _AGENCY_RE.fullmatch(agency):
            return "file name is not {COUNTRY}-{agency}.pem and the CN is not an agency id"
        self.entries.append(TrustEntry(country, agency, cert, False, file))
        return None

    def __len__(self) -> int:
        return len(self.entries)

    def identify(
        self, cert: x509.Certificate, now: dt.datetime | None = None
    ) -> tuple[Signer | None, str]:
        """Who ``cert`` signs for, and why (or why not), in plain words.

        Pinned certificates match by SHA-256 fingerprint. A CA entry matches a certificate it
        issued directly (signature checked, CA valid now, a CA by its basic constraints).
        The certificate itself must be valid now and allowed to sign (key usage).
        What does not depend on ``now`` is remembered per certificate (:class:`_CertPath`).
        """
        now = now or dt.datetime.now(dt.UTC)
        path = self._path(cert)
        subject = path.subject
        if not _valid_now(cert, now):
            start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
            return None, said.NOT_VALID_NOW(
                subject=subject, start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}"
            )
        if not path.may_sign:
            return None, said.MAY_NOT_SIGN(subject=subject)
        if path.pinned is not None:
            return path.pinned
        for entry in path.issuers:
            if not _valid_now(entry.cert, now):
                continue
            agency = entry.agency or path.common_name
            if not agency or not _AGENCY_RE.fullmatch(agency):
                return None, said.CN_NOT_AGENCY(subject=subject, ca=_where(entry))
            return Signer(entry.country, agency), said.ISSUED_BY(ca=_where(entry))
        return None, said.NOT_TRUSTED(subject=subject)

    def _path(self, cert: x509.Certificate) -> _CertPath:
        """``cert``'s path in this store, remembered (LRU) while ``entries`` stay the same."""
        with self._paths_lock:
            entries = self._paths_for
            if len(entries) != len(self.entries) or any(
                a is not b for a, b in zip(entries, self.entries, strict=True)
            ):
                self._paths.clear()
                entries = self._paths_for = tuple(self.entries)
            path = self._paths.get(cert)
            if path is not None:
                self._paths.move_to_end(cert)
                return path
        path = _work_out_path(cert, entries)
        with self._paths_lock:
            if self._paths_for is entries:  # not worked out against entries replaced meanwhile
                self._paths[cert] = path
                while len(self._paths) > _PATHS_KEPT:
                    self._paths.popitem(last=False)
        return path


def _work_out_path(cert: x509.Certificate, entries: tuple[TrustEntry, ...]) -> _CertPath:
    fingerprint = cert.fingerprint(hashes.SHA256())
    pinned = next(
        (
            (Signer(e.country, e.agency), said.PINNED(entry=_where(e)))
            for e in entries
            if not e.is_ca and e.agency and e.cert.fingerprint(hashes.SHA256()) == fingerprint
        ),
        None,
    )
    issuers = []
    for entry in entries:
        if not entry.is_ca or entry.cert.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(entry.cert)
        except (ValueError, TypeError, InvalidSignature):  # not issued by this CA
            continue
        issuers.append(entry)
    return _CertPath(
        subject=cert.subject.rfc4514_string(),
        may_sign=_may_sign(cert),
        pinned=pinned,
        issuers=tuple(issuers),
        common_name=_subject(cert, NameOID.COMMON_NAME),
    )


def _where(entry: TrustEntry) -> str:
    return entry.source.name if entry.source else f"{entry.country}/{entry.agency or '*'}"
