"""A database the store cannot or must not use is refused in words, before anything is written.

What an integrator types in ``--db`` or ``database_url``: another kind of database, a driver
we do not ship, a port that is not one, an in-memory SQLite, a file that is not a database,
another program's database, a store a newer Incident Desk wrote; and what a PostgreSQL
server answers (no such database, login refused). Each was a traceback or "unreachable".
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from incident_desk.errors import ConfigError, StoreError
from incident_desk.messages import render
from incident_desk.refusals import refusal_message
from incident_desk.store import Store, postgres_hosts
from incident_desk.store._engine import shipped_revisions
from incident_desk.ui.catalogs import catalog_translate


def test_postgres_is_read_as_postgresql() -> None:
    """libpq and many tools write ``postgres://``."""
    url = postgres_hosts("postgres://idesk@db1:5432/alerts")
    assert url.get_backend_name() == "postgresql"
    assert (url.host, url.port, url.database) == ("db1", 5432, "alerts")


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("mysql://idesk@db1/alerts", "SQLite (sqlite:///path/alerts.db) or PostgreSQL"),
        ("postgresql+psycopg2://idesk:s3cret@db1/alerts", "the psycopg2 driver is not part"),
        ("postgresql://idesk:s3cret@db1:99999/alerts", "a port is a number from 1 to 65535"),
        ("postgresql://idesk:s3cret@db1:5432,db2:70000/alerts", "a port is a number from 1"),
        ("postgresql://idesk:s3cret@db1:54x2/alerts", "is not a database URL"),
    ],
)
def test_a_url_the_store_cannot_use_says_what_to_write_without_its_password(
    given: str, said: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(said)) as caught:
        postgres_hosts(given)
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize("given", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_store_is_refused(given: str) -> None:
    """It would keep nothing, and the console's ingest process would have its own."""
    with pytest.raises(ConfigError, match="in-memory database keeps nothing"):
        Store.open(given)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    alert = tmp_path / "alert.xml"
    alert.write_bytes(b"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'/>")
    with pytest.raises(ConfigError, match=f"{alert} is not an SQLite database"):
        Store.open(f"sqlite:///{alert}")
    assert alert.read_bytes() == b"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'/>"


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(ConfigError, match=r"is not an Incident Desk store \(.*customers\)"):
        Store.open(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("customers",)]


def test_a_store_a_newer_version_wrote_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "alerts.db"
    Store.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed0001'")
    assert "f00dfeed0001" not in shipped_revisions()[0]
    with pytest.raises(ConfigError, match=r"by a newer Incident Desk \(schema f00dfeed0001"):
        Store.open(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("f00dfeed0001",)
        ]


def _said(reason: str, code: str) -> str:
    return render(refusal_message(reason).data(), catalog_translate(code))


def test_a_database_the_server_does_not_have_is_named_as_such(pg_url: str) -> None:
    missing = make_url(pg_url).set(database="idesk_no_such_database", query={})
    with pytest.raises(StoreError, match="not on that server") as caught:
        Store.open(missing.render_as_string(hide_password=False))
    assert "idesk_no_such_database" in str(caught.value)
    # the operator reads why in their language (the window says what it was doing)
    assert _said(str(caught.value), "fr").startswith("la base de données est absente de ce")


def test_a_login_the_server_refuses_is_named_as_such(pg_url: str) -> None:
    stranger = make_url(pg_url).set(username="idesk_no_such_role", query={})
    with pytest.raises(StoreError, match="refusing the user name or password"):
        Store.open(stranger.render_as_string(hide_password=False))


def test_an_archive_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    """The window opens archives and says a ``StoreError`` in words."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not an archive")
    with pytest.raises(StoreError, match=f"Could not open the archive: {notes} is not an SQLite"):
        Store.open_read_only(notes)
