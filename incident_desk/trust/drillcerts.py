"""Throw-away drill PKI: one set of CAs per country, client, server and CAP signing certificates.

For drills, tests and the deployment walk-through (docs/deployment.md) only: keys are written
unencrypted and the CAs are short-lived. A real deployment uses each agency's own PKI with the
same *shape* (three trust roots per country, CN = agency id).

Layout written by :func:`make_country` under ``{out}/{COUNTRY}/``::

    ca.pem, ca.key                TLS CA: the broker's server certificate and agency client
                                  certificates (accepted on the agency listener only)
    control-ca.pem, -ca.key       control CA: exercise controllers and partner bridge users
                                  (accepted on the controller/bridge listener only)
    signing-ca.pem, -ca.key       CAP signing CA: agency signing certificates (trust store)
    server.pem, server.key        the broker (SAN 127.0.0.1, ::1, localhost and extra names)
    clients/{agency}.pem/.key     TLS client certificate, CN = agency id (e.g. nps)
    control/{user}.pem/.key       CN = excon-ke, bridge-ug, ... (issued by THIS country's
                                  control CA: the partner's bridge presents it to this broker)
    signing/{agency}.pem/.key     CAP signing certificate, CN = agency id, C = country

Keeping the three CAs apart is what makes the ACL ``pattern`` lines safe (docs/standards.md §7.6):
a controller or bridge certificate cannot even connect to the agency listener.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = [
    "CountryPki",
    "Issued",
    "KeyType",
    "issue",
    "make_ca",
    "make_country",
    "new_key",
    "write_pair",
]

KeyType = Literal["rsa", "ec"]
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

_VALID_DAYS = 30


@dataclass(frozen=True, slots=True)
class Issued:
    """A certificate and its key, in memory and as PEM files."""

    cert: x509.Certificate
    key: PrivateKey
    cert_path: Path
    key_path: Path

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return _key_pem(self.key)


@dataclass(slots=True)
class CountryPki:
    """Everything :func:`make_country` wrote for one country."""

    country: str
    folder: Path
    ca: Issued
    control_ca: Issued
    signing_ca: Issued
    server: Issued
    clients: dict[str, Issued] = field(default_factory=dict)
    control: dict[str, Issued] = field(default_factory=dict)
    signing: dict[str, Issued] = field(default_factory=dict)


def new_key(key_type: KeyType = "ec") -> PrivateKey:
    """A fresh private key: EC P-256 (fast) or RSA-2048."""
    if key_type == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _name(common_name: str, country: str | None, org: str | None) -> x509.Name:
    attrs = []
    if country:
        attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country))
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attrs)


def write_pair(issued_cert: x509.Certificate, key: PrivateKey, stem: Path) -> Issued:
    """Write ``{stem}.pem`` and ``{stem}.key`` (key readable by the owner only)."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    cert_path = stem.with_name(stem.name + ".pem")
    key_path = stem.with_name(stem.name + ".key")
    cert_path.write_bytes(issued_cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(_key_pem(key))
    key_path.chmod(0o600)
    return Issued(issued_cert, key, cert_path, key_path)


def _builder(subject: x509.Name, issuer: x509.Name, public_key: object) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=_VALID_DAYS))
    )


def make_ca(common_name: str, stem: Path, *, country: str | None = None) -> Issued:
    """A self-signed CA (path length 0) written to ``{stem}.pem`` / ``{stem}.key``."""
    key = new_key("ec")
    name = _name(common_name, country, "Incident Desk drill")
    cert = (
        _builder(name, name, key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return write_pair(cert, key, stem)


def issue(
    ca: Issued,
    common_name: str,
    stem: Path,
    *,
    purpose: Literal["client", "server", "signing"],
    country: str | None = None,
    hosts: Sequence[str] = (),
    key_type: KeyType = "ec",
) -> Issued:
    """Issue an end-entity certificate from ``ca``.

    ``purpose`` sets key usage and extended key usage: ``client`` (TLS clientAuth), ``server``
    (TLS serverAuth, SANs from ``hosts``) or ``signing`` (digitalSignature + nonRepudiation,
    emailProtection: usable for CAP signatures, refused as a TLS client certificate).
    """
    key = new_key(key_type)
    builder = (
        _builder(
            _name(common_name, country, "Incident Desk drill"), ca.cert.subject, key.public_key()
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    signing = purpose == "signing"
    builder = builder.add_extension(
        x509.KeyUsage(
            digital_signature=True,
            content_commitment=signing,
            key_encipherment=not signing and key_type == "rsa",
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=False,
            crl_sign=False,
            encipher_only=False,
            decipher_only=False,
        ),
        critical=True,
    )
    eku = {
        "client": ExtendedKeyUsageOID.CLIENT_AUTH,
        "server": ExtendedKeyUsageOID.SERVER_AUTH,
        "signing": ExtendedKeyUsageOID.EMAIL_PROTECTION,
    }[purpose]
    builder = builder.add_extension(x509.ExtendedKeyUsage([eku]), critical=False)
    if purpose == "server":
        builder = builder.add_extension(x509.SubjectAlternativeName(_sans(hosts)), critical=False)
    cert = builder.sign(ca.key, hashes.SHA256())
    return write_pair(cert, key, stem)


def _sans(hosts: Iterable[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in dict.fromkeys(["127.0.0.1", "::1", "localhost", *hosts]):
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def make_country(
    out: Path,
    country: str,
    *,
    agencies: Sequence[str] = ("nps",),
    controllers: Sequence[str] = (),
    bridge_users: Sequence[str] = (),
    server_hosts: Sequence[str] = (),
    signing_key_type: KeyType = "ec",
) -> CountryPki:
    """Write a complete drill PKI for ``country`` under ``out/{country}/`` (layout: module doc).

    ``controllers`` default to ``excon-{country lowercase}``; ``bridge_users`` are the CNs that
    partner brokers present here (``bridge-ug`` on the KE broker for UG's bridge to KE).
    """
    folder = out / country
    label = f"Incident Desk drill {country}"
    ca = make_ca(f"{label} TLS CA", folder / "ca", country=country)
    control_ca = make_ca(f"{label} control CA", folder / "control-ca", country=country)
    signing_ca = make_ca(f"{label} CAP signing CA", folder / "signing-ca", country=country)
    server = issue(
        ca, f"broker-{country.lower()}", folder / "server", purpose="server", hosts=server_hosts
    )
    pki = CountryPki(country, folder, ca, control_ca, signing_ca, server)
    for agency in agencies:
        pki.clients[agency] = issue(
            ca, agency, folder / "clients" / agency, purpose="client", country=country
        )
        pki.signing[agency] = issue(
            signing_ca,
            agency,
            folder / "signing" / agency,
            purpose="signing",
            country=country,
            key_type=signing_key_type,
        )
    for user in [*(controllers or [f"excon-{country.lower()}"]), *bridge_users]:
        pki.control[user] = issue(
            control_ca, user, folder / "control" / user, purpose="client", country=country
        )
    return pki
