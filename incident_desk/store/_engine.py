"""Engine set-up: the default URL, SQLite pragmas, migrations on open, plain-words errors.

PostgreSQL with several hosts (a primary and its standbys): SQLAlchemy's form
``postgresql+psycopg://user@/db?host=a:5432&host=b:5432`` or the libpq form
``postgresql+psycopg://user@a:5432,b:5432/db`` (rewritten to the first). libpq tries the
hosts in order; unless the URL says otherwise we ask for ``target_session_attrs=read-write``
(a console writes: a standby is skipped) and a ``connect_timeout`` of 10 s (a host that
vanished does not hang a connect for minutes). After a primary change the pool's dead
connections are dropped on checkout (``pool_pre_ping``) and new ones find the new primary.
"""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from incident_desk.errors import ConfigError, StoreError
from incident_desk.refusals import DB_STATES

log = logging.getLogger("incident_desk.store")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
WRITE = "idesk_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)


def default_store_url() -> str:
    """The per-user SQLite database, ``alerts.db`` in the platform's user data folder."""
    folder = Path(platformdirs.user_data_dir("incident-desk"))
    _make_folder(folder)
    return f"sqlite:///{folder / 'alerts.db'}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, synchronous=FULL, a busy timeout, foreign keys.

    ``synchronous=FULL`` because ingest acknowledges a message to the broker after the commit:
    an alert we PUBACKed must survive a power cut.
    """
    parsed = postgres_hosts(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if parsed.database in {None, "", ":memory:"} or "mode=memory" in str(parsed.query):
        raise ConfigError(
            f"{url}: an in-memory database keeps nothing (each connection has its own, and it "
            "is gone at exit): give a file, sqlite:///path/alerts.db"
        )
    _make_folder(Path(parsed.database).parent)
    refuse_other_files(Path(parsed.database))
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        try:
            _wal(cursor)
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A writer takes the write lock up front: a deferred transaction that reads first
        # and writes later can fail with SQLITE_BUSY that busy_timeout does not retry.
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


_SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_other_files(path: Path) -> None:
    """``ConfigError`` if ``path`` holds something other than an SQLite database (a CAP file,
    a recording given by mistake): SQLite would refuse it at the first query, as a trace."""
    try:
        with path.open("rb") as file:
            head = file.read(len(_SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return  # a new store; a folder is refused by SQLite itself, in words
    except OSError:
        return  # unreadable: the connection says why, in words
    if head and head != _SQLITE_HEADER:
        raise ConfigError(f"{path} is not an SQLite database: give the store's file")


def _wal(cursor: Any) -> None:
    """``PRAGMA journal_mode=WAL``, retried while the database is locked, up to the busy
    timeout. Turning a new file to WAL needs the only lock on it, and SQLite answers
    "database is locked" at once, without its busy wait, while another connection opening
    the same new file holds one: a console and its ingest process starting on a new store
    together failed so, about once in twenty runs under load."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def postgres_hosts(url: str) -> URL:
    """``url`` parsed; a PostgreSQL URL with several hosts in SQLAlchemy's form, with
    ``target_session_attrs=read-write`` and ``connect_timeout=10`` unless given."""
    text = url.strip()
    scheme, sep, rest = text.partition("://")
    authority = rest.split("/", 1)[0]
    if sep and scheme.startswith("postgresql") and "," in authority.rpartition("@")[2]:
        text = _hosts_to_query(scheme, rest)
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        if sep:  # a URL, misspelt (a port that is not a number, a stray character)
            raise ConfigError(
                f"{masked_url(url)!r} is not a database URL: write "
                "postgresql://user@host:port/database or sqlite:///path/to/file.db"
            ) from None
        raise ConfigError(
            f"{url!r} is not a database URL: write sqlite:///{Path(text).resolve()} for an "
            "SQLite file, "
            "or postgresql://user@host/database"
        ) from None
    parsed = _known_kind(parsed, url)
    hosts = parsed.query.get("host")
    if parsed.get_backend_name() != "postgresql" or isinstance(hosts, str) or not hosts:
        return parsed
    defaults = {"target_session_attrs": "read-write", "connect_timeout": "10"}
    return parsed.update_query_dict({k: v for k, v in defaults.items() if k not in parsed.query})


#: the drivers Incident Desk ships with ("" = the backend's default, which is that one)
_DRIVERS = {"sqlite": {"", "pysqlite"}, "postgresql": {"", "psycopg"}}


def _known_kind(parsed: URL, url: str) -> URL:
    """``parsed`` if it names a database Incident Desk can use: SQLite or PostgreSQL
    (``postgres://``, libpq's other spelling, read as ``postgresql://``) through the driver
    it ships with, and ports that are ports. ``ConfigError`` naming what to write if not."""
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "postgres":
        backend = "postgresql"
        parsed = parsed.set(drivername="postgresql" + (f"+{driver}" if driver else ""))
    shown = masked_url(url)
    if backend not in _DRIVERS:
        raise ConfigError(
            f"{shown}: Incident Desk keeps its data in SQLite (sqlite:///path/alerts.db) or "
            f"PostgreSQL (postgresql://user@host:port/database), not {backend}"
        )
    if driver not in _DRIVERS[backend]:
        raise ConfigError(
            f"{shown}: the {driver} driver is not part of Incident Desk: write {backend}://…"
        )
    hosts = parsed.query.get("host", ())
    ports = [parsed.port] + [
        _port(h.rpartition(":")[2])
        for h in ((hosts,) if isinstance(hosts, str) else hosts)
        if ":" in h
    ]
    if any(port is not None and not 1 <= port <= 65535 for port in ports):
        raise ConfigError(f"{shown}: a port is a number from 1 to 65535")
    return parsed


def _port(text: str) -> int:
    return int(text) if text.isdigit() else -1


def masked_url(url: str) -> str:
    """``url`` as given, its password (if any) hidden: for messages about a URL that may not
    parse."""
    return _PASSWORD.sub(r"\1***@", url.strip())


_PASSWORD = re.compile(r"(://[^:/@]+:)[^/]*@")  # up to the last '@': a password may hold one


def _hosts_to_query(scheme: str, rest: str) -> str:
    """``user@a:1,b:2/db?x=y`` → ``user@/db?host=a:1&host=b:2&x=y`` (SQLAlchemy's form)."""
    authority, _, tail = rest.partition("/")
    user, at, hosts = authority.rpartition("@")
    database, _, query = tail.partition("?")
    pairs = "&".join(f"host={h}" for h in hosts.split(",") if h)
    return f"{scheme}://{user}{at}/{database}?{pairs}" + (f"&{query}" if query else "")


# ``revision: str = '0013'`` and ``down_revision: str | None = '0012'`` (or None, or a tuple
# of parents for a merge) at the start of a line of a migration file
_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=\n]*=([^\n]*)$", re.MULTILINE)
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


@functools.cache
def shipped_revisions() -> tuple[frozenset[str], frozenset[str]]:
    """(every shipped revision, every one named as a parent), read from the migration files'
    ``revision`` and ``down_revision`` lines without importing Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            found = _QUOTED.findall(value.split("#", 1)[0])
            (parents if name == "down_revision" else revisions).update(found)
    return frozenset(revisions), frozenset(parents)


def head_revision() -> str | None:
    """The newest shipped migration (the revision no other one names as its parent). None
    if that is not exactly one revision: then Alembic decides.
    ``tests/unit/store/test_migrations.py`` checks it against Alembic's own head."""
    revisions, parents = shipped_revisions()
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def at_head(engine: Engine) -> bool:
    """The database's ``alembic_version`` holds exactly the newest shipped revision."""
    head = head_revision()
    if head is None:
        return False
    with store_errors(f"prepare the database {where(engine)}"), engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return list(versions) == [head]


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Could not prepare the database: cannot create the folder {folder} "
            f"({exc.strerror or exc})."
        ) from exc


def describe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return postgres_hosts(url).render_as_string(hide_password=True)


def where(engine: Engine) -> str:
    """The database an error is about, as an integrator finds it again: an SQLite file's
    path, a server's URL without its password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    hosts = url.query.get("host")
    if isinstance(hosts, tuple):  # a primary and its standbys: the libpq form, as written
        user = f"{url.username}@" if url.username else ""
        return f"{url.drivername}://{user}{','.join(hosts)}/{url.database or ''}"
    return url.render_as_string(hide_password=True)


@contextmanager
def store_errors(action: str) -> Iterator[None]:
    """Turn environment failures (locked, unreachable, disk full) into ``StoreError``."""
    try:
        yield
    except OperationalError as exc:
        raise store_error(action, exc) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise StoreError(f"Could not {action}: the database connection was lost.") from exc
        raise


def store_error(action: str, exc: OperationalError) -> StoreError:
    return StoreError(f"Could not {action}: the database is {_plain(exc)}.")


def is_transient(exc: OperationalError) -> bool:
    """A deadlock or serialisation failure: the same transaction may simply be run again."""
    return getattr(exc.orig, "sqlstate", None) in {"40P01", "40001"}


(_FAILOVER, _LOCKED, _DISK, _NOT_WRITABLE, _UNREACHABLE, _NO_DATABASE, _LOGIN) = DB_STATES
_LOGIN_REFUSED = ("password authentication failed", "no password supplied", "pg_hba.conf")


def _plain(exc: OperationalError) -> str:
    message = str(exc.orig).lower()
    if "multiple connection attempts failed" in message or "session is read-only" in message:
        return _FAILOVER
    if "does not exist" in message and "database" in message:
        return _NO_DATABASE
    if any(words in message for words in _LOGIN_REFUSED) or (
        "role" in message and "does not exist" in message
    ):
        return _LOGIN
    if "ssl" in message or "invalid" in message:  # a URL option the server or driver refused
        return _detail(exc)
    if "locked" in message or "busy" in message:
        return _LOCKED
    if "disk" in message and ("full" in message or "i/o" in message):
        return _DISK
    if "unable to open" in message or "readonly" in message or "read-only" in message:
        return _NOT_WRITABLE
    if "connect" in message or "server" in message or "timeout" in message:
        return _UNREACHABLE
    return _detail(exc)


def _detail(exc: OperationalError) -> str:
    """The driver's own first line, for what no plain word covers."""
    return f"not usable right now ({str(exc.orig).strip().splitlines()[0] or 'unknown'})"
