"""Migration 0003 builds exactly the command tables the models describe, on SQLite and
PostgreSQL, goes back to 0002, and the board works on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from incident_desk.command import CommandBoard, ProposalState, _schema
from incident_desk.store import Store
from incident_desk.store._schema import is_modelled, metadata
from tests.helpers.databases import fresh_postgres_url, head_revision, migrate
from tests.unit.command.build import KE, KEY, UG, Clock

TABLES = {
    "agencies",
    "units",
    "applied_events",
    "assignments",
    "assignment_history",
    "participation",
    "commands",
    "command_members",
    "handover_proposals",
}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'alerts.db'}"
    else:
        with fresh_postgres_url() as pg:
            yield pg


def test_migrated_database_matches_the_command_models(url: str) -> None:
    Store.open(url).close()
    engine = create_engine(url)
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
    assert revision == head_revision()  # 0003 and every later migration applied
    assert tables >= TABLES
    assert _schema.events_table.metadata is metadata


def test_downgrade_to_0002_drops_only_the_command_tables(url: str) -> None:
    Store.open(url).close()
    migrate(url, "downgrade", "0003")  # later migrations have their own tables
    before = _tables(url)
    migrate(url, "downgrade", "0002")
    after = _tables(url)
    assert before - after == TABLES


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_a_handover_on_either_database(url: str) -> None:
    clock = Clock()
    with Store.open(url) as store:
        ke = CommandBoard(store, KE, clock=clock)
        ug = CommandBoard(store, UG, clock=clock)  # two consoles on one database
        ke.establish(KEY)
        clock.tick()
        proposal = ke.propose_handover(KEY, "upf", "UG").event.id
        clock.tick()
        ug.accept_handover(proposal)
        assert ke.proposal(proposal).state is ProposalState.ACCEPTED  # type: ignore[union-attr]
        assert [m.agency for m in ug.commanders_at(KEY)] == ["upf"]
        assert [e.kind for e in store.timeline(KEY)] == [
            "command.established",
            "command.handover.proposed",
            "command.handover.accepted",
        ]
