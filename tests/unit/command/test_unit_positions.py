"""Unit reports stored in batches: one transaction per batch, a timeline entry only when a
unit's status changes, and every stored move still a fact of the evidence log (issue 14)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from incident_desk.command._schema import positions_table, units_table
from incident_desk.evidence._note import Signer
from incident_desk.evidence._verify import verify_package
from incident_desk.evidence.export import ExportRequest, export_incident
from incident_desk.evidence.ledger import Ledger, entries_table
from incident_desk.tlog.entries import decode
from incident_desk.topics import Mode, parse_topic, unit_topic
from tests.unit.command.build import KE, T0, Clock, console

UNIT = "nps-rdu-1"


def _report(
    seconds: float, status: str, lon: float, exercise: str | None = None
) -> tuple[Any, bytes]:
    mode = Mode.EXERCISE if exercise else Mode.ACTUAL
    topic = parse_topic(unit_topic(mode, "KE", "nps", UNIT, exercise))
    body = {
        "schema": "idesk.unit-status/1",
        "unit": UNIT,
        "agency": "nps",
        "status": status,
        "position": {"lat": 0.5, "lon": lon},
        "time": (T0 + timedelta(seconds=seconds)).isoformat(),
        "exercise": exercise,
        "source": "tak:DEV-1",
        "stale": (T0 + timedelta(seconds=seconds + 120)).isoformat(),
    }
    return topic, json.dumps(body).encode()


def _commits(store: Any) -> list[int]:
    seen: list[int] = []
    event.listen(store._engine, "commit", lambda _conn: seen.append(1))
    return seen


def test_a_burst_is_one_transaction_and_only_status_changes_write_timeline_entries(
    tmp_path: Path,
) -> None:
    ke = console(tmp_path, KE, Clock())
    board = ke.board
    reports = [
        _report(0, "available", 34.0),  # first report: a status (timeline)
        _report(1, "available", 34.1),  # a move
        _report(2, "en_route", 34.2),  # a status change (timeline)
        _report(1.5, "available", 34.15),  # older than what is held: ignored
        _report(3, "en_route", 34.3),  # a move
    ]
    checked = [board.check_unit_status(t, p) for t, p in reports]
    commits = _commits(ke.store)
    changes = board.apply_unit_statuses(checked)
    assert len(commits) == 1
    assert changes.units == (UNIT,)
    assert len(changes.timeline) == 2
    [unit] = [u for u in board.units() if u.id == UNIT]
    assert (unit.status, unit.lon, unit.status_at) == ("en_route", 34.3, T0 + timedelta(seconds=3))
    kinds = [e.kind for e in ke.store.timeline() if e.kind == "unit.status"]
    assert len(kinds) == 2
    with ke.store.reading("test") as conn:
        moves = conn.execute(select(positions_table).order_by(positions_table.c.id)).all()
        logged = conn.execute(
            select(entries_table.c.source_id, entries_table.c.entry).where(
                entries_table.c.source == "unit_positions"
            )
        ).all()
    assert [(m.lon, m.traffic, m.exercise_id, m.source) for m in moves] == [
        (34.1, "actual", None, "tak:DEV-1"),
        (34.3, "actual", None, "tak:DEV-1"),
    ]
    assert sorted(r.source_id for r in logged) == [m.id for m in moves]
    entry = decode(logged[0].entry)
    assert (entry["kind"], entry["unit"], entry["lon"]) == ("position", UNIT, "34.1")
    assert Ledger(ke.store).audit() == []  # the logged bytes still match the rows


def test_exercise_moves_stay_exercise_facts(tmp_path: Path) -> None:
    ke = console(tmp_path, KE, Clock())
    board = ke.board
    actual = [_report(0, "available", 34.0), _report(1, "available", 34.1)]
    drill = [_report(0, "available", 35.0, "EX-1"), _report(1, "available", 35.1, "EX-1")]
    board.apply_unit_statuses([board.check_unit_status(t, p) for t, p in actual + drill])
    with ke.store.reading("test") as conn:
        rows = conn.execute(
            select(units_table.c.traffic, units_table.c.lon).where(units_table.c.id == UNIT)
        ).all()
        moves = conn.execute(
            select(positions_table.c.traffic, positions_table.c.exercise_id, positions_table.c.lon)
        ).all()
        entries = conn.execute(
            select(entries_table.c.exercise_id, func.count())
            .where(entries_table.c.source == "unit_positions")
            .group_by(entries_table.c.exercise_id)
        ).all()
    assert sorted(rows) == [("actual", 34.1), ("exercise:EX-1", 35.1)]
    assert sorted(moves, key=str) == sorted(
        [("actual", None, 34.1), ("exercise:EX-1", "EX-1", 35.1)], key=str
    )
    assert sorted(entries, key=str) == sorted([(None, 1), ("EX-1", 1)], key=str)


def test_a_move_of_an_assigned_unit_is_in_its_incidents_evidence_package(tmp_path: Path) -> None:
    ke = console(tmp_path, KE, Clock())
    board = ke.board
    board.establish("NC-MALABA-01")
    board.assign("NC-MALABA-01", unit_id=UNIT, element_kind="division", element_name="A")
    reports = [_report(0, "assigned", 34.0), _report(1, "assigned", 34.1)]
    board.apply_unit_statuses([board.check_unit_status(t, p) for t, p in reports])
    with ke.store.reading("test") as conn:
        logged = conn.execute(
            select(entries_table.c.incident_key).where(entries_table.c.source == "unit_positions")
        ).all()
    assert [r.incident_key for r in logged] == ["NC-MALABA-01"]
    out = tmp_path / "NC-MALABA-01.zip"
    request = ExportRequest("NC-MALABA-01", "MLA request", "REF-1", "j.otieno")
    export_incident(ke.store, Signer.generate("idesk/KE/nps"), request, out)
    verdict = verify_package(out)
    assert verdict.ok, verdict.failures
    assert [line.split(": ")[0] for line in verdict.entries if "(position)" in line] == [
        "entry 3 (position)"
    ]  # the move after the first report, verified with the incident's other entries
