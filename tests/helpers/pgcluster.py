"""A PostgreSQL primary and a streaming replica on free loopback ports, for failover tests.

Made with the server's own tools (``initdb``, ``pg_basebackup -R``, ``pg_ctl``), run as the
``postgres`` user when the tests run as root, in a folder of their own under the system
temporary folder (pytest's is private to root). Replication is **synchronous**
(``synchronous_standby_names = '*'``): a commit returns only once the replica has it, so a
primary killed right after a commit loses nothing on promotion; the replica runs without
that setting, so once promoted it commits alone. See docs/scaling.md.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.brokers import _in_ci, free_port


def _pg_bin() -> Path:
    """``IDESK_TEST_PG_BIN``, else the newest ``/usr/lib/postgresql/N/bin`` (Debian layout)."""
    if "IDESK_TEST_PG_BIN" in os.environ:
        return Path(os.environ["IDESK_TEST_PG_BIN"])
    found = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.parent.name.isdigit()]
    found.sort(key=lambda p: int(p.parent.name))
    return found[-1] if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()
_TIMEOUT = 60


def _as_postgres(args: list[str]) -> list[str]:
    """Run a server tool as ``postgres`` when we are root (the server refuses root)."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _run(args: list[str], what: str) -> str:
    done = subprocess.run(
        _as_postgres(args), capture_output=True, text=True, timeout=_TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stderr or done.stdout}")
    return done.stdout


@dataclass
class PgServer:
    """One server: its data folder, port and the settings it is started with."""

    data: Path
    port: int
    options: str

    def pg_ctl(self, *args: str) -> str:
        return _run([str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args], f"pg_ctl {args[-1]}")

    def start(self) -> None:
        log = self.data.parent / f"{self.data.name}.log"
        self.pg_ctl("-l", str(log), "-w", "-t", str(_TIMEOUT), "-o", self.options, "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop; ``mode="immediate"``: no shutdown checkpoint, what a crash looks like."""
        if (self.data / "postmaster.pid").exists():
            self.pg_ctl("-m", mode, "-w", "stop")

    def promote(self) -> None:
        self.pg_ctl("-w", "promote")


@dataclass
class PgPair:
    """The primary and its replica, and the multi-host URL a console is given."""

    root: Path
    primary: PgServer
    replica: PgServer

    @property
    def url(self) -> str:
        """Both hosts, read-write wanted: libpq (psycopg) tries them in order and keeps the
        one that accepts writes (SQLAlchemy's form for several hosts)."""
        return (
            "postgresql+psycopg://postgres@/postgres"
            f"?host=127.0.0.1:{self.primary.port}&host=127.0.0.1:{self.replica.port}"
            "&target_session_attrs=read-write&connect_timeout=5"
        )

    def wait_streaming(self) -> None:
        """Wait until the replica streams from the primary (so synchronous commits work)."""
        import psycopg

        deadline = time.monotonic() + _TIMEOUT
        conninfo = f"host=127.0.0.1 port={self.primary.port} user=postgres dbname=postgres"
        while time.monotonic() < deadline:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                row = conn.execute(
                    "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"
                ).fetchone()
            if row and row[0] >= 1:
                return
            time.sleep(0.1)
        raise TimeoutError("the replica never started streaming")

    def stop(self) -> None:
        for server in (self.replica, self.primary):
            with suppress(RuntimeError, subprocess.TimeoutExpired):
                server.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def _options(port: int, sockets: Path, extra: str = "") -> str:
    return (
        f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={sockets} "
        "-c fsync=off -c full_page_writes=off -c wal_level=replica -c max_wal_senders=5 "
        "-c hot_standby=on -c shared_buffers=16MB -c max_connections=40 " + extra
    )


def _skip_or_fail(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"{reason}; .ci/run must install PostgreSQL")
    pytest.skip(f"{reason} on this developer machine")


def start_pg_pair() -> PgPair:
    """initdb a primary, pg_basebackup a replica from it, start both, wait for streaming."""
    if not (PG_BIN / "initdb").exists():
        _skip_or_fail(f"no PostgreSQL server binaries in {PG_BIN}")
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _skip_or_fail("no postgres user to run the server as")
    root = Path(tempfile.mkdtemp(prefix="idesk-pg-"))
    if os.geteuid() == 0:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    primary = PgServer(
        root / "primary",
        free_port(),
        _options(0, root, "-c synchronous_standby_names='*'"),
    )
    primary.options = primary.options.replace("port=0", f"port={primary.port}")
    replica_port = free_port()
    replica = PgServer(root / "replica", replica_port, _options(replica_port, root))
    pair = PgPair(root, primary, replica)
    try:
        initdb = [str(PG_BIN / "initdb"), "-D", str(primary.data), "-U", "postgres"]
        _run([*initdb, "-A", "trust", "--no-sync"], "initdb")
        primary.start()
        source = [str(PG_BIN / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary.port)]
        target = ["-U", "postgres", "-D", str(replica.data), "-R", "-X", "stream", "--no-sync"]
        _run([*source, *target], "pg_basebackup")
        replica.start()
        pair.wait_streaming()
    except BaseException:
        pair.stop()
        raise
    return pair


@contextmanager
def pg_pair() -> Iterator[PgPair]:
    pair = start_pg_pair()
    try:
        yield pair
    finally:
        pair.stop()
