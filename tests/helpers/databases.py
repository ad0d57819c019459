"""Database helpers: a fresh PostgreSQL schema per test, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def fresh_postgres_url() -> Iterator[str]:
    """Yield a URL whose connections use a new, empty schema (``search_path``)."""
    import sqlalchemy as sa

    base = os.environ.get("IDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"PostgreSQL is required in CI and is not reachable: {exc}")
        pytest.skip(f"no PostgreSQL server at {base} on this developer machine")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def head_revision() -> str | None:
    """The newest Alembic revision shipped in incident_desk/store/migrations."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from incident_desk.store._engine import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def migrate(url: str, step: str, revision: str) -> None:
    """Alembic ``step`` ("upgrade" or "downgrade") of the store at ``url`` to ``revision``."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from incident_desk.store._engine import MIGRATIONS

    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            getattr(command, step)(config, revision)
    finally:
        engine.dispose()
