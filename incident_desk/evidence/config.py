"""The evidence settings turned into keys and names (``Settings.evidence``)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from incident_desk.errors import ConfigError
from incident_desk.evidence._note import COSIGNATURE_V1, NoteError, Signer, Verifier, load_signer
from incident_desk.settings import Settings


def origin_of(settings: Settings) -> str:
    """The log's origin: the setting, else ``idesk/{country}/{agency}``."""
    if settings.evidence.origin:
        return settings.evidence.origin
    if settings.country and settings.agency:
        return f"idesk/{settings.country}/{settings.agency}"
    return f"idesk/{settings.workstation}"


def key_path(settings: Settings, override: Path | None = None) -> Path:
    if override is not None:
        return override
    if settings.evidence.key_file is not None:
        return settings.evidence.key_file
    return Path(platformdirs.user_data_dir("incident-desk")) / "evidence.key"


def signer_from(settings: Settings, override: Path | None = None, *, create: bool = True) -> Signer:
    """The agency key (created on first use, named after the origin, when ``create``)."""
    return load_signer(key_path(settings, override), origin_of(settings) if create else None)


def witness_verifiers(settings: Settings) -> list[Verifier]:
    """The cosigner keys whose cosignatures of our checkpoints we accept."""
    return [_cosigner(k) for k in settings.evidence.witnesses]


def partners(settings: Settings) -> list[tuple[str, str, Verifier]]:
    """The partner logs this console witnesses: (country, agency, log key)."""
    out: list[tuple[str, str, Verifier]] = []
    for item in settings.evidence.witness_for:
        where, sep, vkey = item.partition("=")
        country, slash, agency = where.partition("/")
        if not sep or not slash:
            raise ConfigError(f"evidence.witness_for {item!r}: expected 'CC/agency=<verifier key>'")
        try:
            out.append((country, agency, Verifier.parse(vkey)))
        except NoteError as exc:
            raise ConfigError(f"evidence.witness_for {item!r}: {exc}") from None
    return out


def _cosigner(vkey: str) -> Verifier:
    try:
        v = Verifier.parse(vkey)
    except NoteError as exc:
        raise ConfigError(f"evidence.witnesses {vkey!r}: {exc}") from None
    return Verifier(v.name, COSIGNATURE_V1, v.public)
