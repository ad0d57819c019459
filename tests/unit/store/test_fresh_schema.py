"""A new SQLite store is created from ``migrations/sqlite_head.sql`` (no Alembic): it must be
exactly what the shipped migrations build, and anything the file cannot serve still goes
through Alembic."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from incident_desk.store import Store, _migrate
from incident_desk.store._engine import at_head, head_revision, make_engine


def _alembic_built(path: Path) -> Path:
    engine = make_engine(f"sqlite:///{path}")
    try:
        _migrate.alembic_upgrade(engine)
    finally:
        engine.dispose()
    return path


def _contents(
    path: Path,
) -> tuple[set[tuple[str, str, str, str]], dict[str, list[tuple[object, ...]]]]:
    """Every schema object (type, name, table, SQL) and every row of every table."""
    con = sqlite3.connect(path)
    try:
        objects = set(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        tables = [name for kind, name, _, _ in objects if kind == "table"]
        rows = {t: sorted(con.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        con.close()
    return objects, rows


def test_the_snapshot_is_at_the_shipped_head_revision() -> None:
    revision, statements = _migrate.read_snapshot(_migrate.SNAPSHOT)
    assert revision == head_revision(), "a migration was added: run `make schema`"
    assert statements


def test_a_new_store_from_the_snapshot_equals_one_the_migrations_built(tmp_path: Path) -> None:
    migrated = _alembic_built(tmp_path / "migrated.db")
    Store.open(f"sqlite:///{tmp_path / 'new.db'}").close()
    objects, rows = _contents(tmp_path / "new.db")
    expected_objects, expected_rows = _contents(migrated)
    assert objects == expected_objects, "the migrations changed: run `make schema`"
    assert rows == expected_rows
    assert rows["alembic_version"] == [(head_revision(),)]
    assert rows["evidence_state"]  # the row a migration seeds is there


def test_the_snapshot_file_is_the_dump_of_the_migrated_schema(tmp_path: Path) -> None:
    """Byte for byte what ``make schema`` would write now (so review sees every change)."""
    rebuilt = tmp_path / "sqlite_head.sql"
    _migrate.build_snapshot(rebuilt)
    assert rebuilt.read_text(encoding="utf-8") == _migrate.SNAPSHOT.read_text(encoding="utf-8"), (
        "run `make schema`"
    )


def test_a_store_created_from_the_snapshot_works(tmp_path: Path) -> None:
    """Its triggers are live: a timeline entry reaches the evidence log; reopening keeps it."""
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    store = Store.open(url)
    try:
        store.append_timeline("op", "note", "first entry")
    finally:
        store.close()
    again = Store.open(url)
    try:
        assert [e.text for e in again.timeline()] == ["first entry"]
    finally:
        again.close()
    engine = make_engine(url)
    try:
        assert at_head(engine)
        with engine.connect() as conn:
            size = conn.execute(text("SELECT size FROM evidence_state")).scalar_one()
        assert size == 1
    finally:
        engine.dispose()


def test_a_snapshot_not_at_head_leaves_the_store_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "stale.sql"
    stale.write_text(
        _migrate.SNAPSHOT.read_text(encoding="utf-8").replace(
            f"revision {head_revision()}", "revision 0001", 1
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(_migrate, "SNAPSHOT", stale)
    engine = make_engine(f"sqlite:///{tmp_path / 'alerts.db'}")
    try:
        assert not _migrate.create_at_head(engine)
        Store.open(f"sqlite:///{tmp_path / 'alerts.db'}").close()
        assert at_head(engine)
    finally:
        engine.dispose()


def test_a_database_that_holds_tables_is_never_built_over(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE keep_me (x)")
    con.commit()
    con.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert not _migrate.create_at_head(engine)
    finally:
        engine.dispose()
    objects, _ = _contents(path)
    assert [name for _, name, _, _ in objects] == ["keep_me"]


def test_two_consoles_creating_the_same_new_store_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    errors: list[BaseException] = []

    def open_once() -> None:
        try:
            Store.open(url).close()
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_once) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    _, rows = _contents(tmp_path / "alerts.db")
    assert rows["alembic_version"] == [(head_revision(),)]
    assert len(rows["evidence_state"]) == 1
