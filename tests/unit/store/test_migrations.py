"""The shipped migrations build exactly the schema the ORM describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from incident_desk.store import Store
from incident_desk.store._engine import MIGRATIONS
from incident_desk.store._schema import Base, is_modelled


def test_migrated_database_matches_the_models(store_url: str) -> None:
    Store.open(store_url).close()
    engine = create_engine(store_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": is_modelled}
            )
            diffs = compare_metadata(context, Base.metadata)
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
