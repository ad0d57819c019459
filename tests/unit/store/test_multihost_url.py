"""PostgreSQL URLs with several hosts (a primary and its standbys), issue 19."""

from __future__ import annotations

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
