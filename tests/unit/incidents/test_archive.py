"""Retention: old closed incidents and their alerts move to an archive file, nothing is lost.

The source is SQLite and, where parametrised, PostgreSQL; the archive is a SQLite file read
back with ``Store.open_read_only``.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from incident_desk.errors import StoreError
from incident_desk.incidents import IncidentBoard, IncidentStatus
from incident_desk.store import SearchQuery, Store
from incident_desk.store._schema import alerts_table, evidence_entries_table
from tests.helpers.alerts import make_alert
from tests.unit.incidents.build import NOW, country_lookup, put

LONG_AGO = NOW - timedelta(days=400)
ARCHIVE = (sys.executable, "-m", "incident_desk", "archive")


def _facts(store: Store) -> dict[str, Any]:
    """Every alert's (key, content hash), the incidents, the timeline, the evidence log."""

    def read(conn: Any) -> dict[str, Any]:
        alerts = alerts_table
        evidence = evidence_entries_table
        return {
            "alerts": {
                (r.id, r.identifier, r.content_hash)
                for r in conn.execute(
                    select(alerts.c.id, alerts.c.identifier, alerts.c.content_hash)
                )
            },
            "incidents": {r[0] for r in conn.execute(text("SELECT key FROM incidents"))},
            "timeline": {(r[0], r[1]) for r in conn.execute(text("SELECT id, text FROM timeline"))},
            "evidence": {
                (r.source, r.source_id, r.leaf_hash)
                for r in conn.execute(
                    select(evidence.c.source, evidence.c.source_id, evidence.c.leaf_hash)
                )
            },
        }

    with store.reading("read every fact") as conn:
        return read(conn)


def test_closed_incidents_move_with_their_alerts_and_nothing_is_lost(
    store: Store, tmp_path: Path
) -> None:
    old_board = IncidentBoard(store, country_lookup, clock=lambda: LONG_AGO)
    board = IncidentBoard(store, country_lookup, clock=lambda: NOW)
    old_alert, shared, recent = put(
        store,
        make_alert("KE-police-old", headline="Old blast at the ferry", incidents=()),
        make_alert("KE-police-shared", headline="Shared report", incidents=()),
        make_alert("KE-police-new", headline="New blast", incidents=()),
    )
    old = old_board.create_from_alert(old_alert, "amina").incidents[0]
    old_board.attach(old, shared, "amina")
    old_board.add_note(old, "cordon lifted", "amina")
    old_board.set_status(old, IncidentStatus.CLOSED, "amina")
    staying_closed = board.create_from_alert(recent, "amina").incidents[0]
    board.set_status(staying_closed, IncidentStatus.CLOSED, "amina")
    active = board.create_at(0.3, 36.5, "Still open", "amina").incidents[0]
    board.attach(active, shared, "amina")  # also in an incident that stays: the alert stays
    before = _facts(store)
    archive_file = tmp_path / "archive-2025.db"

    report = store.archive(NOW - timedelta(days=30), archive_file)

    after = _facts(store)
    with Store.open_read_only(archive_file) as archived:
        moved = _facts(archived)
        [hit] = archived.search(SearchQuery(words="ferry")).hits
        stored = archived.get_alert(hit.id)
        with pytest.raises(StoreError):
            archived.append_timeline("amina", "note", "a write into the archive")
    assert (report.incidents, report.alerts) == (1, 1)
    assert stored is not None
    assert stored.identifier == "KE-police-old"
    # nothing lost, nothing twice: live + archive == before, for every table
    for name in ("alerts", "incidents", "timeline"):
        assert after[name] | moved[name] == before[name]
        assert not after[name] & moved[name]
    assert {a[1] for a in moved["alerts"]} == {"KE-police-old"}
    assert any(t[1] == "cordon lifted" for t in moved["timeline"])
    # the live log keeps every entry; the archive carries a copy of its facts' entries
    assert after["evidence"] == before["evidence"]
    assert moved["evidence"] <= before["evidence"]
    assert {(s, i) for s, i, _ in moved["evidence"]} == {
        ("alerts", a[0]) for a in moved["alerts"]
    } | {("timeline", t[0]) for t in moved["timeline"]}
    assert [i.id for i in board.list_incidents()] == [staying_closed, active]
    assert store.search(SearchQuery(words="ferry")).hits == []


def test_archiving_again_moves_nothing_more(store: Store, tmp_path: Path) -> None:
    old_board = IncidentBoard(store, country_lookup, clock=lambda: LONG_AGO)
    [alert_id] = put(store, make_alert("KE-police-old", incidents=()))
    incident = old_board.create_from_alert(alert_id, "amina").incidents[0]
    old_board.set_status(incident, IncidentStatus.CLOSED, "amina")
    target = tmp_path / "archive.db"

    first = store.archive(NOW, target)
    second = store.archive(NOW, target)

    assert (first.incidents, second.incidents) == (1, 0)
    with Store.open_read_only(target) as archived:
        assert archived.count_alerts() == 1


def test_a_missing_archive_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no file"):
        Store.open_read_only(tmp_path / "nowhere.db")


def test_the_archive_command_moves_and_says_what(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run as a user runs it, in a fresh interpreter: in the test's own process the incident
    tables were already declared, which hid that the command failed on every store."""
    import os
    import subprocess

    from incident_desk import cli

    url = f"sqlite:///{tmp_path / 'live.db'}"
    with Store.open(url) as live:
        old_board = IncidentBoard(live, country_lookup, clock=lambda: LONG_AGO)
        [alert_id] = put(live, make_alert("KE-police-old", incidents=()))
        incident = old_board.create_from_alert(alert_id, "amina").incidents[0]
        old_board.set_status(incident, IncidentStatus.CLOSED, "amina")
    target = tmp_path / "archive.db"

    done = subprocess.run(
        [*ARCHIVE, "--db", url, "--before", "2026-01-01", "--to", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
    )

    assert done.returncode == 0, done.stderr
    assert "archived 1 incidents, 1 alerts" in done.stdout
    with Store.open_read_only(target) as archived:
        assert archived.count_alerts() == 1
    assert cli.main(["archive", "--db", url, "--before", "soon", "--to", str(target)]) == 2
    assert "--before 'soon' is not an ISO 8601" in capsys.readouterr().err
