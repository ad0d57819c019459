"""The signature check as a worker process runs it (``incident_desk.ingest._verify_pool``).

A certificate object cannot be pickled, so the parent hands its trust store over as
:func:`portable` data (each entry's country, agency, DER, CA flag and file name) and the
worker rebuilds the very same entries (:func:`start`): the worker judges with what the
writer would judge with, not with whatever the trust store folder holds by then.

This module imports only the trust package, so a worker starts in about a third of the time
the ingest package would take.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from incident_desk.trust.signature import TrustResult, verify_all
from incident_desk.trust.store import TrustEntry, TrustStore

__all__ = ["Portable", "check_many", "check_with", "portable", "ready", "rebuild", "start"]

Portable = tuple[tuple[str, str | None, bytes, bool, str | None], ...]
"""A trust store's entries as picklable data: (country, agency, DER, is_ca, source path)."""

_store: TrustStore | None = None


def portable(store: TrustStore) -> Portable:
    """``store``'s entries, in order, as data a worker process can be given."""
    return tuple(
        (
            e.country,
            e.agency,
            e.cert.public_bytes(Encoding.DER),
            e.is_ca,
            str(e.source) if e.source is not None else None,
        )
        for e in store.entries
    )


def rebuild(data: Portable) -> TrustStore:
    """The store :func:`portable` described (same entries, same order, same file names)."""
    return TrustStore(
        entries=[
            TrustEntry(
                country,
                agency,
                x509.load_der_x509_certificate(der),
                is_ca,
                Path(source) if source is not None else None,
            )
            for country, agency, der, is_ca, source in data
        ]
    )


def start(data: Portable) -> None:
    """Process initialiser: the trust store this worker checks against."""
    global _store
    _store = rebuild(data)


def ready() -> bool:
    """A no-op the parent waits on to know a worker has started and imported this."""
    return _store is not None


def check_many(
    items: Sequence[tuple[bytes, str | None, str | None]],
) -> list[tuple[TrustResult, ...]]:
    """:func:`check_with` this worker's trust store."""
    if _store is None:
        raise RuntimeError("check_many called in a process that start() did not initialise")
    return check_with(_store, items)


def check_with(
    store: TrustStore, items: Sequence[tuple[bytes, str | None, str | None]]
) -> list[tuple[TrustResult, ...]]:
    """``verify_all`` of each (payload, topic agency, topic country), in order."""
    return [
        verify_all(raw, store, topic_agency=agency, topic_country=country)
        for raw, agency, country in items
    ]
