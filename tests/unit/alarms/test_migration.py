"""Migration 0008 builds exactly the alarm journal the model describes, and goes back."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect

from incident_desk.alarms import _schema
from incident_desk.store import Store
from incident_desk.store._engine import MIGRATIONS
from incident_desk.store._schema import metadata


def test_the_journal_table_is_created_and_dropped_again(store: Store) -> None:
    url = store._engine.url.render_as_string(hide_password=False)
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect() as conn:
            assert "alarm_journal" in inspect(conn).get_table_names()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0005")
        with engine.connect() as conn:
            assert "alarm_journal" not in inspect(conn).get_table_names()
    finally:
        engine.dispose()
    assert _schema.alarm_journal_table.metadata is metadata
