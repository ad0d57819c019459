"""The TLS files of a client connection (the bus's ``mqtts://``, TAK's ``tls://``): read and
checked once, before connecting, into one ``ssl.SSLContext``; a file that cannot be used is a
``ConfigError`` naming it and the option or settings key it came from."""

from __future__ import annotations

import os
import re
import ssl
from collections.abc import Mapping
from pathlib import Path

from incident_desk.errors import ConfigError, InputError
from incident_desk.limits import MAX_PEM_BYTES, read_limited

__all__ = ["tls_client_context"]


class _EncryptedKey(Exception):
    """The private key asks for a password (OpenSSL would prompt on the terminal)."""


def _no_password() -> str:
    raise _EncryptedKey


def _read_tls_file(path: Path, name: str, what: str) -> str:
    """The text of one TLS file, or ``ConfigError`` naming it (``name``) and what it holds."""
    try:
        data = read_limited(path, MAX_PEM_BYTES, what)
    except InputError as exc:
        problem = exc.problem.removeprefix("cannot read the file: ")
        raise ConfigError(f"{name} {os.fspath(path)}: cannot read {what} ({problem})") from None
    return data.decode("latin-1")


def tls_client_context(
    ca_file: Path | None,
    cert_file: Path | None,
    key_file: Path | None,
    *,
    names: Mapping[str, str] | None = None,
    default_ca: bool = True,
) -> ssl.SSLContext:
    """The TLS client context (server verified, host name checked, TLS 1.2 or later) of a
    CA bundle and an optional client certificate and key, every file checked first.

    ``names`` maps ``ca_file``/``cert_file``/``key_file`` to what the user typed (an option,
    ``--ca-file``, or a settings key, ``broker.ca_file``; default: the field name).
    Without ``ca_file`` the system's CA certificates verify the server (``default_ca``).

    Raises:
        ConfigError: a file that cannot be read, is not PEM, a key that does not match its
            certificate or needs a password; the message names the file and the option.
    """
    label = {"ca_file": "ca_file", "cert_file": "cert_file", "key_file": "key_file"}
    label.update(names or {})
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED, check_hostname
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file is not None:
        where = f"{label['ca_file']} {os.fspath(ca_file)}"
        text = _read_tls_file(ca_file, label["ca_file"], "the CA certificates")
        if (
            "-----BEGIN CERTIFICATE-----" not in text
            and "-----BEGIN TRUSTED CERTIFICATE" not in text
        ):
            raise ConfigError(f"{where}: not a PEM certificate")
        try:
            context.load_verify_locations(cadata=text)
        except (ssl.SSLError, ValueError) as exc:
            raise ConfigError(f"{where}: not a PEM certificate ({_ssl_reason(exc)})") from None
    elif default_ca:
        context.load_default_certs()
    if key_file is not None and cert_file is None:
        raise ConfigError(f"{label['key_file']} needs {label['cert_file']} (the certificate)")
    if cert_file is not None:
        cert_where = f"{label['cert_file']} {os.fspath(cert_file)}"
        cert = _read_tls_file(cert_file, label["cert_file"], "the client certificate")
        if "-----BEGIN CERTIFICATE-----" not in cert:
            raise ConfigError(f"{cert_where}: not a PEM certificate")
        key = cert
        key_where = cert_where
        if key_file is not None:
            key_where = f"{label['key_file']} {os.fspath(key_file)}"
            key = _read_tls_file(key_file, label["key_file"], "the private key")
        if not re.search(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----", key):
            raise ConfigError(f"{key_where}: not a PEM private key")
        if "ENCRYPTED" in key:
            raise ConfigError(f"{key_where}: the private key is encrypted (give it unencrypted)")
        try:
            context.load_cert_chain(
                os.fspath(cert_file),
                os.fspath(key_file) if key_file is not None else None,
                password=_no_password,
            )
        except _EncryptedKey:
            raise ConfigError(
                f"{key_where}: the private key is encrypted (give it unencrypted)"
            ) from None
        except OSError as exc:  # ssl.SSLError too
            if "KEY_VALUES_MISMATCH" in str(exc) or "key values mismatch" in str(exc):
                pair = f"{label['cert_file']}/{label['key_file']}"
                raise ConfigError(f"{pair}: the key does not match the certificate") from None
            raise ConfigError(
                f"{cert_where}: cannot load the certificate and key ({_ssl_reason(exc)})"
            ) from None
    return context


def _ssl_reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None)
    if isinstance(exc, OSError) and exc.strerror and not reason:
        return exc.strerror
    return str(reason or exc)
