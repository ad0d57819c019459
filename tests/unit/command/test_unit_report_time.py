"""Where a unit report stands on the timeline: a scenario inject when it arrives (its ``time``
is on the exercise clock), any other report at its own time, never in the future."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from incident_desk.command import CommandBoard
from incident_desk.command._events import MAX_REPORT_AHEAD_S
from incident_desk.command._schema import positions_table
from incident_desk.scenario import load_scenario, render_inject
from incident_desk.store import Store
from incident_desk.topics import Mode, unit_topic
from tests.unit.command.build import KE, ROOT, T0, Clock, console

DRILL = load_scenario(ROOT / "scenarios" / "northern-corridor.yaml")
EXERCISE = DRILL.exercise.id


def _inject_reports(base: datetime) -> list[tuple[str, bytes]]:
    """The drill's unit injects as the player publishes them from ``base`` (T+0)."""
    out = []
    for inject in DRILL.ordered_injects():
        if inject.message.unit is None:
            continue
        body = render_inject(DRILL, inject, base)
        assert isinstance(body, dict)
        agency = DRILL.agency(DRILL.unit(body["unit"]).agency)
        topic = unit_topic(Mode.EXERCISE, agency.country, agency.id, body["unit"], EXERCISE)
        out.append((topic, json.dumps(body).encode()))
    return out


def _unit_entries(store: Store) -> list[tuple[str, datetime]]:
    return [(e.text, e.at) for e in store.timeline(exercise_id=EXERCISE) if e.kind == "unit.status"]


def test_a_fast_drills_unit_injects_stand_when_they_arrive(tmp_path: Path) -> None:
    """At ×20 the inject at T+00:20:00 arrives one wall minute after STARTEX, dated 20 min
    after it: its entry stands at its arrival, in order with the others."""
    clock = Clock()
    ke = console(tmp_path, KE, clock)
    board = CommandBoard(ke.store, KE, mode="exercise", exercise_id=EXERCISE, clock=clock)
    arrived = []
    for topic, payload in _inject_reports(base=T0):  # STARTEX at T0 on the wall clock too
        offset = json.loads(payload)["time"]
        clock.now = T0 + (datetime.fromisoformat(offset) - T0) / 20  # played at ×20
        arrived.append(clock.now)
        assert board.apply_bus_event(topic, payload).timeline
    entries = _unit_entries(ke.store)
    assert [at for _text, at in entries] == arrived
    assert all(at <= clock.now for _text, at in entries)
    ke.store.close()


def test_an_inject_from_a_base_time_in_the_past_stands_when_it_arrives_and_once(
    tmp_path: Path,
) -> None:
    """A reproducible run with a fixed base time long ago: not entered at that date. The
    same report again (retained, after a reconnect) is still recognised as already held."""
    clock = Clock(now=T0 + timedelta(days=30))
    ke = console(tmp_path, KE, clock)
    board = CommandBoard(ke.store, KE, mode="exercise", exercise_id=EXERCISE, clock=clock)
    topic, payload = _inject_reports(base=T0)[0]
    board.apply_bus_event(topic, payload)
    clock.tick(600)
    assert not board.apply_bus_event(topic, payload)  # the same message again: nothing
    assert [at for _text, at in _unit_entries(ke.store)] == [T0 + timedelta(days=30)]
    unit = board.unit(json.loads(payload)["unit"])
    assert unit is not None
    assert unit.status_at == datetime.fromisoformat(json.loads(payload)["time"])  # orders
    assert unit.reported_at == T0 + timedelta(days=30)  # what the Units dock shows
    ke.store.close()


def _report(at: datetime, status: str, lon: float = 34.28) -> bytes:
    body = {
        "schema": "idesk.unit-status/1",
        "unit": "nps-rdu-1",
        "agency": "nps",
        "status": status,
        "position": {"lat": 0.6, "lon": lon},
        "time": at.isoformat(),
        "exercise": None,
    }
    return json.dumps(body).encode()


def test_a_report_dated_in_the_future_is_entered_when_it_arrives(tmp_path: Path) -> None:
    clock = Clock()
    ke = console(tmp_path, KE, clock)
    topic = unit_topic(Mode.ACTUAL, "KE", "nps", "nps-rdu-1")
    skew = timedelta(seconds=MAX_REPORT_AHEAD_S)
    ke.board.apply_bus_event(topic, _report(T0 - timedelta(minutes=5), "available"))  # late
    ke.board.apply_bus_event(topic, _report(T0 + skew, "assigned"))  # a little skew: kept
    clock.tick(60)
    ke.board.apply_bus_event(topic, _report(T0 + timedelta(hours=3), "en_route"))  # wrong clock
    clock.tick(60)
    ke.board.apply_bus_event(topic, _report(T0 + timedelta(hours=3, seconds=1), "en_route", 34.3))
    assert [(e.text.split(" at ")[0], e.at) for e in ke.store.timeline()] == [
        ("RDU-BUSIA-1: available", T0 - timedelta(minutes=5)),
        ("RDU-BUSIA-1: assigned", T0 + skew),
        ("RDU-BUSIA-1: en route", T0 + timedelta(seconds=60)),
    ]
    # the move that followed: its position row stands when it arrived too
    with ke.store.reading("read positions") as conn:
        assert conn.execute(select(positions_table.c.at)).scalars().all() == [
            T0 + timedelta(seconds=120)
        ]
    ke.store.close()
