"""The single-workstation store: SQLite file in WAL mode that survives a restart."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from incident_desk.errors import StoreError
from incident_desk.messages import render
from incident_desk.refusals import refusal_message
from incident_desk.store import Store, _engine, default_store_url
from incident_desk.store._schema import alerts_table, db_time
from incident_desk.ui.catalogs import catalog_translate
from tests.helpers.alerts import incoming, make_alert


def test_the_database_runs_in_wal_mode_with_full_sync(sqlite_url: str) -> None:
    store = Store.open(sqlite_url)
    try:
        with store._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        store.close()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as plain:  # WAL is a property of the file itself
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_alerts_quarantine_and_timeline_survive_a_restart(sqlite_url: str) -> None:
    alert = make_alert("KE-police-0900")
    store = Store.open(sqlite_url)
    [stored] = store.add_alerts([incoming(alert)])
    qid = store.quarantine(b"<broken", "not well-formed XML")
    store.append_timeline("amina.k", "alert.ack", "Acknowledged KE-police-0900")
    store.close()

    reopened = Store.open(sqlite_url)
    try:
        again = reopened.get_alert(stored.alert_id)
        assert again is not None
        assert again.alert == alert
        assert [q.id for q in reopened.list_quarantine()] == [qid]
        assert [t.text for t in reopened.timeline()] == ["Acknowledged KE-police-0900"]
        [dup] = reopened.add_alerts([incoming(alert)])  # redelivered after the restart
        assert dup.outcome == "duplicate"
        assert reopened.count_alerts() == 1
    finally:
        reopened.close()


def test_the_default_location_is_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data" / "incident-desk"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda app: str(folder))

    url = default_store_url()

    assert url == f"sqlite:///{folder / 'alerts.db'}"
    assert folder.is_dir()
    store = Store.open()
    store.close()
    assert (folder / "alerts.db").is_file()


def test_a_locked_database_is_reported_in_plain_words(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_engine, "BUSY_TIMEOUT_MS", 200)
    store = Store.open(sqlite_url)
    other = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError, match="locked by another program") as caught:
            store.add_alerts([incoming(make_alert())])
        other.execute("ROLLBACK")
        # the operator reads why in their language (the window says what it was doing)
        assert _said(str(caught.value), "ru") == (
            "база данных заблокирована другой программой (повторите через минуту)"
        )
        [result] = store.add_alerts([incoming(make_alert())])
        assert result.outcome == "stored"
    finally:
        other.close()
        store.close()


def test_an_unusable_location_is_reported_in_plain_words(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    with pytest.raises(StoreError, match="Could not prepare the database") as caught:
        Store.open(f"sqlite:///{blocker / 'alerts.db'}")
    said = _said(str(caught.value), "fr")
    assert said.startswith(f"impossible de créer le dossier {blocker} (")


def _said(reason: str, code: str) -> str:
    """A ``StoreError``'s text as the window shows it in ``code`` (incident_desk/refusals.py)."""
    return render(refusal_message(reason).data(), catalog_translate(code))


def test_an_unreachable_server_is_reported_in_plain_words() -> None:
    with pytest.raises(StoreError, match="unreachable") as caught:
        Store.open("postgresql+psycopg://postgres:pw@127.0.0.1:1/none?connect_timeout=2")
    # the integrator reads which server (its password hidden)
    assert "postgres:***@127.0.0.1:1/none" in str(caught.value)
    assert ":pw@" not in str(caught.value)
    # the operator reads why in their language (the window says what it was doing)
    assert _said(str(caught.value), "fr").startswith("la base de données est injoignable")


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 12, 5, 9, 3, 4, 123456, tzinfo=UTC),
        datetime(2026, 12, 5, 12, 3, 4, tzinfo=timezone(timedelta(hours=3))),  # no microseconds
        datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=UTC),  # a year of three digits
    ],
)
def test_times_bound_straight_to_the_driver_are_what_the_column_itself_binds(
    value: datetime,
) -> None:
    """The ingest writes ``UtcDateTime`` values without SQLAlchemy (``db_time``): the text
    must be the column's own, or range filters and sorting on it would go wrong."""
    dialect = sqlite_dialect.dialect()
    column_form = alerts_table.c.sent_utc.type.dialect_impl(dialect).bind_processor(dialect)
    assert db_time(value, "sqlite") == column_form(value)
    assert db_time(value, "postgresql") == value.astimezone(UTC)
