"""The store a command reads: given by URL, it must already exist (a search or an export
never creates an empty database)."""

from __future__ import annotations

from pathlib import Path

from incident_desk.errors import ConfigError, InputError


def existing_store(url: str | None) -> str | None:
    """``url``, checked: a readable URL, and for SQLite a file that exists (an export never
    creates an empty database).

    Raises:
        InputError: a malformed URL or a missing SQLite file.
    """
    if url is None:
        return None
    from incident_desk.store import postgres_hosts  # what Store.open reads, several hosts too

    try:
        parsed = postgres_hosts(url)
    except ConfigError as exc:  # it says what to write, the password hidden
        raise InputError(str(exc)) from None
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database or ""
        if db in {"", ":memory:"} or not Path(db).is_file():
            raise InputError(f"there is no database file {db or url!r}")
    return url
