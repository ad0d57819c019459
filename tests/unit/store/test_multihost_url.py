"""PostgreSQL URLs with several hosts (a primary and its standbys), issue 19."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from incident_desk.store._engine import describe, postgres_hosts


def test_the_libpq_host_list_becomes_sqlalchemys_form_asking_for_the_writable_host() -> None:
    url = postgres_hosts("postgresql+psycopg://idesk:pw@db1:5432,db2:5433/alerts?sslmode=require")
    assert url.host is None
    assert url.query["host"] == ("db1:5432", "db2:5433")
    assert url.query["target_session_attrs"] == "read-write"  # a standby is skipped
    assert url.query["connect_timeout"] == "10"
    assert url.query["sslmode"] == "require"
    assert (url.username, url.database) == ("idesk", "alerts")


def test_what_the_url_says_wins_over_the_defaults() -> None:
    url = postgres_hosts(
        "postgresql+psycopg://u@/db?host=a:1&host=b:2&target_session_attrs=primary"
        "&connect_timeout=3"
    )
    assert url.query["target_session_attrs"] == "primary"
    assert url.query["connect_timeout"] == "3"


@pytest.mark.parametrize(
    "plain",
    ["postgresql+psycopg://postgres@127.0.0.1:5432/test", "sqlite:////var/lib/idesk/a.db"],
)
def test_one_host_urls_are_left_alone(plain: str) -> None:
    assert postgres_hosts(plain).render_as_string(hide_password=False) == plain


def test_the_password_never_shows_in_the_description() -> None:
    text = describe("postgresql+psycopg://idesk:s3cret@db1,db2/alerts")
    assert "s3cret" not in text
    assert "host=db1" in text
    assert "host=db2" in text


@pytest.mark.parametrize("given", ["/srv/idesk/alerts.db", "alerts.db", "postgres:/db"])
def test_a_file_path_or_broken_url_names_the_url_to_write(given: str) -> None:
    """An operator who gives a path where a URL belongs is told what to write, not shown a
    traceback (``incident-desk gui --db /srv/idesk/alerts.db`` exits 2 with these words)."""
    from incident_desk.errors import ConfigError

    with pytest.raises(ConfigError, match="is not a database URL") as caught:
        postgres_hosts(given)
    if given.endswith(".db"):
        assert f"sqlite:///{Path(given).resolve()}" in str(caught.value)


def test_the_console_refuses_a_path_for_its_database_in_words(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "alerts.db"
    done = subprocess.run(
        [sys.executable, "-m", "incident_desk", "gui", "--db", str(path), "--exit-after", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path),
        },
    )
    assert done.returncode == 2
    assert f"write sqlite:///{path}" in done.stderr
    assert "Traceback" not in done.stderr
    assert not path.exists()


def test_a_url_with_a_port_that_is_not_a_number_says_what_to_write() -> None:
    from incident_desk.errors import ConfigError

    with pytest.raises(ConfigError, match="write postgresql://user@host:port/database"):
        postgres_hosts("postgresql+psycopg://idesk@db1:54x2/alerts")


def test_an_error_names_the_database_without_its_password() -> None:
    from sqlalchemy import create_engine

    from incident_desk.store._engine import where

    several = create_engine(postgres_hosts("postgresql+psycopg://idesk:s3cret@db1:5432,db2/alerts"))
    assert where(several) == "postgresql+psycopg://idesk@db1:5432,db2/alerts"
    one = create_engine(postgres_hosts("postgresql+psycopg://idesk:s3cret@db1:5432/alerts"))
    assert where(one) == "postgresql+psycopg://idesk:***@db1:5432/alerts"
    assert where(create_engine("sqlite:////var/lib/idesk/a.db")) == "/var/lib/idesk/a.db"


def test_a_search_of_standbys_that_cannot_be_reached_names_them_in_words(
    tmp_path: Path,
) -> None:
    """``incident-desk search --db`` with the libpq host list (as ``gui`` and ``ingest`` take
    it): exit 1 with the hosts named, no traceback, no password."""
    import subprocess
    import sys

    url = "postgresql+psycopg://idesk:s3cret@127.0.0.1:1,127.0.0.1:2/none?connect_timeout=2"
    done = subprocess.run(
        [sys.executable, "-m", "incident_desk", "search", "garissa", "--db", url],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "s3cret" not in done.stderr
    assert "idesk@127.0.0.1:1,127.0.0.1:2/none" in done.stderr
    assert "unreachable" in done.stderr
