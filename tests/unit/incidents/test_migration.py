"""Migration 0002 builds exactly the incident tables the models describe, and goes back."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from incident_desk.incidents import _schema
from incident_desk.store import Store
from incident_desk.store._engine import MIGRATIONS
from incident_desk.store._schema import is_modelled, metadata
from tests.helpers.databases import head_revision


def test_migrated_database_matches_the_incident_models(store: Store) -> None:
    engine = create_engine(_url(store))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": is_modelled}
            )
            diffs = compare_metadata(context, metadata)
            revision = context.get_current_revision()
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert diffs == []
    assert revision == head_revision()  # 0002 and every later migration applied
    assert {"incidents", "incident_alerts"} <= tables
    assert _schema.incidents_table.metadata is metadata


def test_downgrade_to_0001_drops_only_the_incident_tables(store: Store) -> None:
    engine = create_engine(_url(store))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert tables == {"alembic_version", "alerts", "alert_links", "quarantine", "timeline"}


def _url(store: Store) -> str:
    return str(store._engine.url.render_as_string(hide_password=False))
