"""The shipped migrations build exactly the schema the ORM describes; a database already at
the newest one is opened without Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from incident_desk.alarms import _schema as _alarm_tables  # noqa: F401  (registers them,
from incident_desk.command import _schema as _command_tables  # noqa: F401  as the migrations'
from incident_desk.incidents import _schema as _incident_tables  # noqa: F401  env.py does)
from incident_desk.store import Store
from incident_desk.store._engine import MIGRATIONS, at_head, head_revision
from incident_desk.store._schema import is_modelled, metadata


def test_migrated_database_matches_the_models(store_url: str) -> None:
    Store.open(store_url).close()
    engine = create_engine(store_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": is_modelled}
            )
            diffs = compare_metadata(context, metadata)
            head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
            assert context.get_current_revision() == head
    finally:
        engine.dispose()
    assert diffs == []


def test_opening_again_is_a_no_op_that_keeps_data(store_url: str) -> None:
    store = Store.open(store_url)
    store.append_timeline("op", "note", "before the second open")
    second = Store.open(store_url)
    try:
        assert [e.text for e in second.timeline()] == ["before the second open"]
    finally:
        second.close()
        store.close()


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    """The store skips Alembic for a database at ``head_revision()``: it must be the head
    Alembic would migrate to, or a new migration would never be applied."""
    assert head_revision() == ScriptDirectory(str(MIGRATIONS)).get_current_head()


def test_a_database_one_migration_behind_is_brought_to_head(store_url: str) -> None:
    Store.open(store_url).close()
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(store_url)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, previous)
        assert not at_head(engine)
        Store.open(store_url).close()
        assert at_head(engine)
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head
    finally:
        engine.dispose()


@pytest.mark.parametrize("existing", [True, False], ids=["store at head", "new store"])
def test_opening_a_store_loads_neither_alembic_nor_the_orm(tmp_path: Path, existing: bool) -> None:
    """A console's usual start (its database at the newest revision) and its first start (a
    new SQLite file, created from ``migrations/sqlite_head.sql``: test_fresh_schema.py).
    The store's tables are SQLAlchemy Core tables: neither opening it nor reading from it
    imports the ORM (about 0.1 s of a console's start-up, docs/data-volume.md §5)."""
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    if existing:
        Store.open(url).close()
    probe = (
        "import sys\n"
        "from incident_desk.store import Store\n"
        f"s = Store.open({url!r})\n"
        "assert s.list_alerts() == [] and s.timeline() == [] and s.count_quarantine() == 0\n"
        "s.close()\n"
        "print(sorted(m for m in ('alembic', 'mako', 'sqlalchemy.orm') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
