"""The controller's run log in the store (``exercise_run_log``), on SQLite and PostgreSQL.

A scenario player on a hand-driven clock plays the small drill; what it does goes through a
``RunJournal`` into a real store, as the controller feeds it. Read back (``stored_run``), the
run log is what the player did: the control events, each inject's fate and send instant,
the ad-hoc injects whole. It is the exercise's own (another exercise's rows never mix in),
and of a drill run twice under one id it is the newest run, from its STARTEX on.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from incident_desk.exercise import PlayerEvent
from incident_desk.exercise._aar_stored import RunJournal, holds_run, stored_run
from incident_desk.exercise._control import Command
from incident_desk.scenario import CapTemplate, Scenario, UnitStatus, UnitUpdate
from incident_desk.store import Store
from tests.helpers.stores import store_from_url, store_url_on_both_databases  # noqa: F401
from tests.unit.exercise.conftest import Rig, make_rig

pytestmark = pytest.mark.timeout(60)


def journaled(scenario: Scenario, journal: RunJournal) -> Rig:
    """A player whose events go into ``journal`` as the controller puts them there."""
    rig = make_rig(scenario)

    def on_event(event: PlayerEvent) -> None:
        rig.events.append(event)
        if event.control is not None:
            journal.control(datetime.now(UTC), event.control)
        if event.record is not None:
            adhoc = rig.player._adhoc.get(event.record.number) if event.record.adhoc else None
            journal.inject(event.record, adhoc)

    rig.player.on_event = on_event
    return rig


def test_what_the_player_did_is_read_back_from_the_store(store: Store, small: Scenario) -> None:
    journal = RunJournal("EX-T1", "controller")
    rig = journaled(small, journal)
    journal.attach(store)
    rig.player.startex()
    rig.time.now += 70
    rig.player.tick()  # injects 1 (CAP) and 2 (unit)
    rig.player.pause("coffee")
    rig.player.resume()
    cap = CapTemplate.model_validate(
        {
            "event": "Explosion",
            "category": ["Security"],
            "urgency": "Immediate",
            "severity": "Severe",
            "certainty": "Observed",
            "incident": "KE-INC-1",
            "headline": "Second device",
            "description": "A second device was found near the border post.",
            "area": {"desc": "Busia", "circle": {"lat": 0.46, "lon": 34.09, "radius_km": 1}},
        }
    )
    rig.player.inject_adhoc(cap, from_agency="upf", expected_action="NPS clears the area.")
    rig.player.inject_adhoc(UnitUpdate(unit="eod-1", status=UnitStatus.ON_SCENE))
    rig.player.endex("time is up")
    journal.flush()

    found = stored_run(store, small, "EX-T1")
    assert found is not None
    run = found.run
    assert [c.message.command for c in run.controls] == [
        Command.STARTEX,
        Command.PAUSE,
        Command.RESUME,
        Command.ENDEX,
    ]
    assert [c.message for c in run.controls] == [e.control for e in rig.events if e.control]
    records = {r.number: r for r in rig.player.records}
    assert dict(run.states) == {n: r.state for n, r in records.items()}
    assert run.states[4] == "held"  # the contingency, never fired: as the player holds it
    assert dict(run.sent) == {n: r.sent_at for n, r in records.items() if r.sent_at}
    # the ad-hoc injects, whole: the report shows them as the controller wrote them
    assert run.adhoc == {7, 8}
    assert list(found.adhoc) == [rig.player._adhoc[7], rig.player._adhoc[8]]
    assert [i.number for i in found.scenario(small).injects] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert found.clock is None  # no anchors were journaled here


def test_rows_wait_for_the_store_and_keep_their_order(store: Store, small: Scenario) -> None:
    journal = RunJournal("EX-T1", "controller")
    rig = journaled(small, journal)
    rig.player.startex()
    rig.player.pause()
    assert journal.waiting() == 2
    assert not holds_run(store, "EX-T1")
    journal.attach(store)  # a console attaches its store: what waited goes first
    rig.player.resume()
    journal.close()
    assert journal.waiting() == 0
    found = stored_run(store, small, "EX-T1")
    assert found is not None
    assert [c.message.command for c in found.run.controls] == [
        Command.STARTEX,
        Command.PAUSE,
        Command.RESUME,
    ]


def test_another_exercise_and_real_traffic_never_mix_in(store: Store, small: Scenario) -> None:
    other = small.model_copy(
        update={"exercise": small.exercise.model_copy(update={"id": "EX-OTHER"})}
    )
    mine, theirs = RunJournal("EX-T1", "controller"), RunJournal("EX-OTHER", "controller")
    for journal in (mine, theirs):
        journal.attach(store)
    ours, not_ours = journaled(small, mine), journaled(other, theirs)
    ours.player.startex()
    not_ours.player.startex()
    not_ours.player.pause("theirs")
    ours.player.endex()
    not_ours.player.endex()
    mine.flush()
    theirs.flush()
    found = stored_run(store, small, "EX-T1")
    assert found is not None
    assert {c.message.exercise for c in found.run.controls} == {"EX-T1"}
    assert [c.message.command for c in found.run.controls] == [Command.STARTEX, Command.ENDEX]
    assert stored_run(store, small, "EX-NONE") is None
    assert store.list_alerts(exercise_id=None) == []  # no real traffic was written


def test_a_drill_run_twice_under_one_id_reports_the_newest_run(
    store: Store, small: Scenario
) -> None:
    first = RunJournal("EX-T1", "controller")
    first.attach(store)
    rig = journaled(small, first)
    rig.player.startex()
    rig.player.inject_adhoc("First run only", from_agency="upf")
    rig.player.endex("first run")
    first.close()
    second = RunJournal("EX-T1", "controller")  # a controller restarted on the store
    second.attach(store)
    rig = journaled(small, second)
    rig.player.startex()
    rig.time.now += 10
    rig.player.tick()
    rig.player.endex("second run")
    second.close()
    found = stored_run(store, small, "EX-T1")
    assert found is not None
    assert [(c.message.command, c.message.reason) for c in found.run.controls] == [
        (Command.STARTEX, None),
        (Command.ENDEX, "second run"),
    ]
    assert found.adhoc == ()
    assert found.run.states[1] == "sent"
    assert found.run.states[2] == "skipped"
