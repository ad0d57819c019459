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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from incident_desk.errors import ConfigError, InputError
from incident_desk.limits import MAX_PEM_BYTES, read_limited

__all__ = ["Signer", "TrustEntry", "TrustStore"]

_AGENCY_STEM = re.compile(r"(?P<country>[A-Z]{2})-(?P<agency>[a-z0-9_-]+)")
_COUNTRY_STEM = re.compile(r"(?P<country>[A-Z]{2})")
_AGENCY_RE = re.compile(r"[a-z0-9_-]+")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_SUFFIXES = frozenset({".pem", ".crt", ".cer"})


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


@dataclass(slots=True)
class TrustStore:
    """Trusted agency certificates and CAs; see the module documentation for the file convention.

    Attributes:
        entries: what was loaded.
        problems: one line per file that was skipped, in plain words.
    """

    entries: list[TrustEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

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
        """
        now = now or dt.datetime.now(dt.UTC)
        subject = cert.subject.rfc4514_string()
        if not _valid_now(cert, now):
            start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
            return None, (
                f"signing certificate {subject} is not valid now "
                f"(valid {start:%Y-%m-%d} to {end:%Y-%m-%d})"
            )
        if not _may_sign(cert):
            return None, f"signing certificate {subject} is not allowed to sign (key usage)"
        fingerprint = cert.fingerprint(hashes.SHA256())
        for entry in self.entries:
            if (
                not entry.is_ca
                and entry.agency
                and entry.cert.fingerprint(hashes.SHA256()) == (fingerprint)
            ):
                return Signer(entry.country, entry.agency), f"pinned in {_where(entry)}"
        for entry in self.entries:
            if not entry.is_ca or entry.cert.subject != cert.issuer:
                continue
            if not _valid_now(entry.cert, now):
                continue
            try:
                cert.verify_directly_issued_by(entry.cert)
            except (ValueError, TypeError, InvalidSignature):  # not issued by this CA
                continue
            agency = entry.agency or _subject(cert, NameOID.COMMON_NAME)
            if not agency or not _AGENCY_RE.fullmatch(agency):
                return None, f"{subject} is issued by {_where(entry)} but its CN is no agency id"
            return Signer(entry.country, agency), f"issued by the CA in {_where(entry)}"
        return None, f"{subject} is not in the trust store and not issued by a trusted CA"


def _where(entry: TrustEntry) -> str:
    return entry.source.name if entry.source else f"{entry.country}/{entry.agency or '*'}"
