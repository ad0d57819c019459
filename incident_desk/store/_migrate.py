"""Bringing a database to the newest schema, the one way every store is opened.

- At the newest revision already (an operator's usual start): nothing is done, and neither
  Alembic nor Mako is imported (about 50 ms of a console's start).
- An empty SQLite database (a console's first start): created at the newest revision in one
  transaction from ``migrations/sqlite_head.sql``, again without Alembic. Running the
  thirteen migrations one after the other (Alembic, Mako, batch table rebuilds on SQLite)
  cost 0.1-0.15 s of CPU before the window could paint, and always builds the same
  thing: that file holds it (tables, then the rows the migrations seed, then indexes, then
  triggers: the statements SQLite itself recorded for the migrated database).
- Anything else (PostgreSQL, a database one or more revisions behind, or a snapshot file
  not at the shipped head): ``alembic upgrade head`` in one transaction.

After adding or changing a migration, rebuild the file with ``make schema`` (which calls
:func:`main`).
``tests/unit/store/test_fresh_schema.py`` fails until it is rebuilt: it creates one database
each way and compares every schema object and row.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from incident_desk.errors import ConfigError
from incident_desk.store._engine import (
    MIGRATIONS,
    WRITE,
    at_head,
    head_revision,
    make_engine,
    shipped_revisions,
    store_errors,
    where,
)

SNAPSHOT = MIGRATIONS / "sqlite_head.sql"
_HEADER = "-- incident-desk SQLite schema at revision "
_MIGRATION_LOCK = 0x1DE5C0DE  # PostgreSQL advisory lock id: consoles migrate one at a time


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (see the module docstring)."""
    if at_head(engine) or create_at_head(engine):
        return
    refuse_what_is_not_ours(engine)
    alembic_upgrade(engine)


def refuse_what_is_not_ours(engine: Engine) -> None:
    """``ConfigError`` before a migration would write into a database that is not an
    Incident Desk store (another program's tables, no ``alembic_version``), or would fail
    on one a newer Incident Desk wrote (a revision this one does not ship)."""
    with store_errors(f"prepare the database {where(engine)}"), engine.connect() as conn:
        tables = sorted(
            name for name in inspect(conn).get_table_names() if not name.startswith("sqlite_")
        )
        versions = (
            list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
            if "alembic_version" in tables
            else []
        )
    if tables and "alembic_version" not in tables:
        shown = ", ".join(tables[:4]) + (", …" if len(tables) > 4 else "")
        raise ConfigError(
            f"{where(engine)} is not an Incident Desk store (it holds other tables: {shown}): "
            "give another database"
        )
    unknown = sorted(set(versions) - shipped_revisions()[0])
    if unknown:
        raise ConfigError(
            f"{where(engine)} was written by a newer Incident Desk (schema {', '.join(unknown)}"
            f"; this one knows up to {head_revision()}): update this console, or give "
            "another database"
        )


def alembic_upgrade(engine: Engine) -> None:
    """``alembic upgrade head`` in one transaction (PostgreSQL: one console at a time)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    writer = engine.execution_options(**{WRITE: True})
    with store_errors(f"prepare the database {where(engine)}"), writer.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def create_at_head(engine: Engine) -> bool:
    """Create the schema of an *empty* SQLite database from the snapshot, in one write
    transaction (a console opening the same new file at the same moment waits, then finds
    it built). False, and nothing done, if the database is not SQLite, not empty, or the
    snapshot is not at the shipped head revision: Alembic then migrates it."""
    if engine.dialect.name != "sqlite":
        return False
    revision, statements = read_snapshot(SNAPSHOT)
    if revision is None or revision != head_revision():
        return False
    writer = engine.execution_options(**{WRITE: True})
    with store_errors(f"create the database {where(engine)}"), writer.begin() as conn:
        if conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
            return False
        for statement in statements:
            conn.exec_driver_sql(statement)
    return True


def read_snapshot(path: Path) -> tuple[str | None, list[str]]:
    """The revision named on the file's first line (None if it has none) and its statements."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None, []
    first = text.split("\n", 1)[0]
    revision = first[len(_HEADER) :].strip() if first.startswith(_HEADER) else None
    statements: list[str] = []
    pending = ""
    for line in text.splitlines(keepends=True):
        if not pending and (not line.strip() or line.startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip().removesuffix(";"))
            pending = ""
    if pending.strip():
        return None, []  # a cut-off file: let Alembic build the database
    return revision, statements


def dump_schema(database: Path) -> list[str]:
    """The statements that rebuild ``database`` (schema and rows) in an empty one, in the
    order tables, rows, indexes, views, triggers. Objects SQLite makes by itself (the
    ``sqlite_sequence`` table, a full-text table's shadow tables, automatic indexes) are
    left to it: each statement is replayed on a scratch database and kept only if its
    object did not exist yet."""
    con = sqlite3.connect(database)
    scratch = sqlite3.connect(":memory:")
    try:
        rows = con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
        by_type: dict[str, list[tuple[str, str]]] = {}
        for kind, name, sql in rows:
            by_type.setdefault(kind, []).append((name, sql))
        tables = _replayed(scratch, by_type.get("table", []))
        data = [insert for name in tables for insert in _inserts(con, scratch, name)]
        later = [row for kind in ("index", "view", "trigger") for row in by_type.get(kind, [])]
        return [*tables.values(), *data, *_replayed(scratch, later).values()]
    finally:
        con.close()
        scratch.close()


def _replayed(scratch: sqlite3.Connection, objects: list[tuple[str, str]]) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name, sql in objects:
        exists = scratch.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        if exists is None:
            scratch.execute(sql)
            kept[name] = sql
    return kept


def _inserts(con: sqlite3.Connection, scratch: sqlite3.Connection, table: str) -> list[str]:
    """INSERT statements for the rows of a (non-virtual) table, values as SQL literals
    (SQLite's ``quote()``). The names come from the schema the shipped migrations built."""
    virtual = scratch.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE 'CREATE VIRTUAL TABLE%'",
        (table,),
    ).fetchone()
    if virtual is not None:
        return []
    columns = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
    quoted = ", ".join(f'quote("{column}")' for column in columns)
    names = ", ".join(f'"{column}"' for column in columns)
    return [
        f'INSERT INTO "{table}" ({names}) VALUES ({", ".join(values)})'  # noqa: S608
        for values in con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid')  # noqa: S608
    ]


def build_snapshot(path: Path) -> str:
    """Migrate a scratch SQLite database with Alembic and write its dump to ``path``; the
    head revision it names."""
    head = head_revision()
    if head is None:
        raise RuntimeError("the migrations do not have exactly one head revision")
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "head.db"
        engine = make_engine(f"sqlite:///{database}")
        try:
            alembic_upgrade(engine)
        finally:
            engine.dispose()
        statements = dump_schema(database)
    lines = [f"{_HEADER}{head}", "-- built by: make schema (incident_desk/store/_migrate.py)", ""]
    path.write_text("\n".join(lines + [f"{s};\n" for s in statements]), encoding="utf-8")
    return head


def main() -> None:  # pragma: no cover - the maintainer's command (make schema)
    print(f"{SNAPSHOT}: revision {build_snapshot(SNAPSHOT)}")
