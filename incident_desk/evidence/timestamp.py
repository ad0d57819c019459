"""Optional RFC 3161 trusted timestamps on checkpoints (``[evidence] tsa_url``).

A time-stamping authority (TSA) signs the SHA-256 of a checkpoint's text with its time: the
checkpoint then provably existed at that time, by a clock that is neither ours nor our
partner's. ``request_timestamp`` asks the TSA over HTTP (``application/timestamp-query``);
``check_timestamp`` verifies a token offline against TSA root certificates, with
``rfc3161-client`` (the Time-Stamp Protocol library sigstore uses).
"""

from __future__ import annotations

import urllib.parse
import urllib.request
from collections.abc import Sequence
from datetime import datetime
from urllib.error import URLError

from cryptography import x509
from rfc3161_client import (
    PKIStatus,
    TimestampRequestBuilder,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from incident_desk.errors import BusError, ConfigError, InputError

MAX_RESPONSE = 1 << 20


class TimestampError(InputError):
    """A timestamp token that is malformed or does not verify."""


def check_tsa_url(url: str, what: str = "the time-stamping authority URL") -> str:
    """``url`` if it is an http:// or https:// URL with a host; else ``ConfigError`` naming
    ``what`` (the option or setting it came from)."""
    try:
        parts = urllib.parse.urlsplit(url)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. a malformed port or IPv6 address
        ok = False
    if not ok:
        raise ConfigError(f"{what} must be an http:// or https:// URL, not {url!r}")
    return url


def request_timestamp(url: str, data: bytes, timeout: float = 10.0) -> bytes:
    """The TSA's DER ``TimeStampResp`` for ``data`` (nonce and certificate requested).

    Raises:
        ConfigError: ``url`` is not an http:// or https:// URL.
        BusError: the authority did not answer, or answered without a timestamp.
    """
    check_tsa_url(url)
    request = TimestampRequestBuilder().data(data).nonce(nonce=True).cert_request(cert_request=True)
    body = request.build().as_bytes()
    http = urllib.request.Request(  # noqa: S310 (the URL is the operator's configured TSA)
        url, data=body, headers={"Content-Type": "application/timestamp-query"}, method="POST"
    )
    try:
        with urllib.request.urlopen(http, timeout=timeout) as answer:  # noqa: S310
            token = bytes(answer.read(MAX_RESPONSE + 1))
    except (URLError, OSError) as exc:
        raise BusError(f"the time-stamping authority at {url} did not answer: {exc}") from exc
    if len(token) > MAX_RESPONSE:
        raise BusError(f"the time-stamping authority at {url} sent more than 1 MiB")
    try:
        status = decode_timestamp_response(token).status
    except ValueError as exc:
        raise BusError(f"the time-stamping authority at {url} sent no timestamp: {exc}") from exc
    if status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        raise BusError(f"the time-stamping authority at {url} refused: status {status}")
    return token


def load_roots(pem: bytes) -> list[x509.Certificate]:
    try:
        return list(x509.load_pem_x509_certificates(pem))
    except ValueError as exc:
        raise TimestampError(f"not PEM certificates: {exc}") from None


def check_roots(pem: bytes | None, where: str) -> bytes | None:
    """``pem`` (root certificates given by an option or a setting) if it holds PEM
    certificates; else ``ConfigError`` naming ``where`` (the option or setting and file)."""
    if pem is None:
        return None
    try:
        load_roots(pem)
    except TimestampError:
        raise ConfigError(f"{where}: not a PEM certificate") from None
    return pem


def check_timestamp(token: bytes, data: bytes, roots: Sequence[x509.Certificate]) -> datetime:
    """The time the TSA vouches for ``data``; ``TimestampError`` if the token does not hold."""
    if not roots:
        raise TimestampError("no time-stamping authority root certificate to check it with")
    try:
        response = decode_timestamp_response(token)
        builder = VerifierBuilder()
        for root in roots:
            builder = builder.add_root_certificate(root)
        builder.build().verify_message(response, data)
    except (ValueError, VerificationError) as exc:
        raise TimestampError(str(exc) or type(exc).__name__) from None
    when: datetime = response.tst_info.gen_time
    return when
