"""The command board on a real store: operator calls, refusals with reasons, the timeline."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from incident_desk.command import (
    CONTENT_TYPE,
    AssignmentStatus,
    CommandBoard,
    CommandError,
    CommandMode,
    MemberSpec,
    ParticipationState,
    ProposalState,
    Tier,
    TierLabels,
)
from incident_desk.topics import Mode, command_topic, unit_topic
from tests.unit.command.build import KE, KEY, RW, Clock, Console, console

A = AssignmentStatus


def _assign(c: Console, unit: str, name: str = "Division A") -> str:
    return c.board.assign(
        KEY, unit_id=unit, element_kind="division", element_name=name, work="Hold the cordon"
    ).event.id


def test_an_operator_call_returns_the_event_to_publish_and_applies_it(ke: Console) -> None:
    issued = ke.board.establish(KEY)
    assert issued.topic == "idesk/v1/actual/KE/nps/command"
    body = json.loads(issued.payload)
    assert body["schema"] == "idesk.command-event/1"
    assert body["type"] == "command.establish"
    assert body["incident_key"] == KEY
    assert (body["agency"], body["country"], body["author"], body["console"]) == (
        "nps",
        "KE",
        "Insp Kamau",
        "ke-nps-ws1",
    )
    assert body["exercise"] is None
    assert issued.changes.command == (KEY,)
    (member,) = ke.board.commanders_at(KEY)
    assert (member.agency, member.name, member.tier_label) == ("nps", "Insp Kamau", "Silver")
    (entry,) = ke.store.timeline(KEY)
    assert entry.kind == "command.established"
    assert entry.console == "ke-nps-ws1"
    assert issued.changes.timeline == (entry.id,)
    assert CONTENT_TYPE.endswith("idesk.command-event/1")


def test_the_publish_port_gets_each_event(tmp_path, clock: Clock) -> None:
    sent: list[tuple[str, bytes]] = []
    c = console(tmp_path, KE, clock)
    board = CommandBoard(c.store, KE, clock=clock, publish=lambda t, p: sent.append((t, p)))
    issued = board.establish(KEY)
    assert sent == [(issued.topic, issued.payload)]
    c.store.close()


def test_assignment_lifecycle_and_its_history(ke: Console, clock: Clock) -> None:
    aid = _assign(ke, "nps-rdu-1")
    for status in ("en_route", "on_scene", "released"):
        clock.tick()
        ke.board.set_assignment_status(aid, status, actor="Sgt Wanjiru")
    a = ke.board.assignment(aid)
    assert a is not None
    assert a.status is A.RELEASED
    assert [s.status for s in a.history] == [A.ASSIGNED, A.EN_ROUTE, A.ON_SCENE, A.RELEASED]
    assert [s.by for s in a.history] == ["Insp Kamau"] + ["Sgt Wanjiru"] * 3
    texts = [e.text for e in ke.store.timeline(KEY)]
    assert texts[0].startswith("RDU-BUSIA-1 assigned to division Division A: Hold the cordon")
    assert texts[-1] == "RDU-BUSIA-1 (Division A): on scene → released"


@pytest.mark.parametrize(
    ("path", "target", "words"),
    [
        ([], "on_scene", "cannot go from assigned to on scene"),
        (["en_route"], "assigned", "cannot go from en route to assigned"),
        (["released"], "en_route", "released: that is final"),
        (["en_route", "on_scene", "released"], "on_scene", "released: that is final"),
        (["en_route"], "en_route", "already en route"),
    ],
)
def test_invalid_assignment_moves_are_refused_with_a_reason(
    ke: Console, clock: Clock, path: list[str], target: str, words: str
) -> None:
    aid = _assign(ke, "nps-rdu-1")
    for status in path:
        clock.tick()
        ke.board.set_assignment_status(aid, status)
    before = len(ke.store.timeline(KEY))
    with pytest.raises(CommandError) as caught:
        ke.board.set_assignment_status(aid, target)
    assert words in caught.value.reason
    assert len(ke.store.timeline(KEY)) == before  # a refused call writes nothing
    assert len(ke.board.events(KEY)) == 1 + len(path)


def test_one_units_change_never_bleeds_into_another_assignment(ke: Console, clock: Clock) -> None:
    first = _assign(ke, "nps-rdu-1", "Division A")
    other = _assign(ke, "nps-k9-1", "Group Search")
    clock.tick()
    ke.board.set_assignment_status(first, "released")
    clock.tick()
    again = _assign(ke, "nps-rdu-1", "Division B")  # the same unit, a new assignment
    clock.tick()
    ke.board.set_assignment_status(again, "en_route")
    by_id = {a.id: a for a in ke.board.assignments(KEY)}
    assert by_id[first].status is A.RELEASED
    assert by_id[other].status is A.ASSIGNED
    assert by_id[again].status is A.EN_ROUTE
    assert [a.element_name for a in ke.board.assignments_for_unit("nps-rdu-1")] == [
        "Division A",
        "Division B",
    ]


def test_assignment_refusals(ke: Console) -> None:
    _assign(ke, "nps-rdu-1")
    with pytest.raises(CommandError, match="already has an open assignment"):
        _assign(ke, "nps-rdu-1", "Division B")
    with pytest.raises(CommandError, match="no unit 'ghost'"):
        _assign(ke, "ghost")
    with pytest.raises(CommandError, match="either a unit or a person"):
        ke.board.assign(KEY, element_kind="group", element_name="G")
    with pytest.raises(CommandError, match="unknown element kind 'platoon'"):
        ke.board.assign(KEY, person="Dr Achieng", element_kind="platoon", element_name="X")
    with pytest.raises(CommandError, match="no assignment 'nope'"):
        ke.board.set_assignment_status("nope", "released")


def test_a_person_can_hold_an_ics_position(ke: Console) -> None:
    issued = ke.board.assign(
        KEY, person="Dr Achieng", element_kind="position", element_name="Safety Officer"
    )
    (a,) = ke.board.assignments(KEY)
    assert (a.id, a.person, a.unit_id, a.element_name) == (
        issued.event.id,
        "Dr Achieng",
        None,
        "Safety Officer",
    )


def test_participation_machine(ke: Console, clock: Clock) -> None:
    board = ke.board
    board.set_participation(KEY, "alerted", agency="upf", country="UG")
    for state in ("standing_by", "active", "deactivated", "active", "unable", "alerted"):
        clock.tick()
        board.set_participation(KEY, state, agency="upf", country="UG", note=f"to {state}")
    (p,) = board.participation(KEY)
    assert p.state is ParticipationState.ALERTED
    assert [h["state"] for h in p.history] == [
        "alerted",
        "standing_by",
        "active",
        "deactivated",
        "active",
        "unable",
        "alerted",
    ]
    with pytest.raises(CommandError, match="cannot go from alerted to active"):
        board.set_participation(KEY, "active", agency="upf", country="UG")
    with pytest.raises(CommandError, match="first alerted"):
        board.set_participation(KEY, "active")  # own agency, not yet taking part
    assert [e.kind for e in ke.store.timeline(KEY)] == ["participation.state"] * 7


def test_unified_command_one_ic_per_agency(ke: Console) -> None:
    members = [
        MemberSpec("nps", "KE", "Insp Kamau", Tier.TACTICAL),
        MemberSpec("upf", "UG", "Supt Okello", Tier.STRATEGIC),
    ]
    with pytest.raises(CommandError, match="one incident commander per agency"):
        ke.board.establish(KEY, mode="unified", members=[*members, members[0]])
    with pytest.raises(CommandError, match="exactly one incident commander"):
        ke.board.establish(KEY, mode="single", members=members)
    ke.board.establish(KEY, mode="unified", members=members)
    c = ke.board.command(KEY)
    assert c is not None
    assert c.mode is CommandMode.UNIFIED
    assert [(m.agency, m.tier_label) for m in c.members] == [("nps", "Silver"), ("upf", "Gold")]
    with pytest.raises(CommandError, match="already established"):
        ke.board.establish(KEY)


def test_tier_labels_come_from_the_board(tmp_path, clock: Clock) -> None:
    c = console(tmp_path, KE, clock, tiers=TierLabels(tactical="Einsatzabschnitt"))
    c.board.establish(KEY)
    assert c.board.commanders_at(KEY)[0].tier_label == "Einsatzabschnitt"
    c.store.close()


def _relay(source: Console, target: Console) -> None:
    for payload in source.board.event_payloads(KEY):
        body = json.loads(payload)
        target.board.apply_bus_event(
            command_topic("actual", body["country"], body["agency"]), payload
        )


def test_handover_across_the_border(ke: Console, ug: Console, clock: Clock) -> None:
    ke.board.establish(KEY)
    clock.tick()
    effective = clock.now + timedelta(minutes=10)
    proposal = ke.board.propose_handover(KEY, "upf", "UG", effective_at=effective)
    _relay(ke, ug)
    (incoming,) = ug.board.incoming_proposals()
    assert incoming.id == proposal.event.id
    assert incoming.brief["form"] == "ICS-201"
    with pytest.raises(CommandError, match="only a console of UG/upf may answer"):
        ke.board.accept_handover(incoming.id)
    clock.tick()
    accepted = ug.board.accept_handover(incoming.id, name="Supt Okello")
    ke.board.apply_bus_event(accepted.topic, accepted.payload)
    for board in (ke.board, ug.board):
        assert [m.agency for m in board.commanders_at(KEY)] == ["nps"]  # not yet effective
        assert [m.agency for m in board.commanders_at(KEY, effective)] == ["upf"]
        assert [m.agency for m in board.commanders_at(KEY, effective - timedelta(seconds=1))] == [
            "nps"
        ]
        (p,) = board.proposals(KEY)
        assert p.state is ProposalState.ACCEPTED
        assert p.answered_by == "Supt Okello"
    with pytest.raises(CommandError, match="already answered"):
        ug.board.refuse_handover(incoming.id, "changed my mind")


def test_refused_handover_keeps_command(ke: Console, ug: Console, clock: Clock) -> None:
    ke.board.establish(KEY)
    clock.tick()
    ke.board.propose_handover(KEY, "upf", "UG")
    _relay(ke, ug)
    (p,) = ug.board.incoming_proposals()
    with pytest.raises(CommandError, match="gives its reason"):
        ug.board.refuse_handover(p.id, "  ")
    refused = ug.board.refuse_handover(p.id, "no resources at Malaba")
    ke.board.apply_bus_event(refused.topic, refused.payload)
    assert ke.board.proposals(KEY)[0].state is ProposalState.REFUSED
    clock.tick(3600)
    assert [m.agency for m in ke.board.commanders_at(KEY)] == ["nps"]
    assert ke.store.timeline(KEY)[-1].text == (
        "UG/upf refused command from KE/nps (no resources at Malaba); command stays"
    )


def test_unanswered_proposal_expires_and_command_stays(
    ke: Console, ug: Console, clock: Clock
) -> None:
    ke.board.establish(KEY)
    clock.tick()
    proposal = ke.board.propose_handover(
        KEY, "upf", "UG", expires_at=clock.now + timedelta(minutes=5)
    )
    _relay(ke, ug)
    clock.tick(301)
    assert ke.board.proposals(KEY)[0].state is ProposalState.EXPIRED
    changes = ke.board.expire_due()
    assert changes.command == (KEY,)
    assert ke.board.expire_due().timeline == ()  # once only
    assert ke.store.timeline(KEY)[-1].kind == "command.handover.expired"
    with pytest.raises(CommandError, match="expired"):
        ug.board.accept_handover(proposal.event.id)
    assert [m.agency for m in ke.board.commanders_at(KEY)] == ["nps"]


def test_proposal_refusals(ke: Console, ug: Console, clock: Clock) -> None:
    with pytest.raises(CommandError, match="no open command"):
        ke.board.propose_handover(KEY, "upf", "UG")
    ke.board.establish(KEY)
    with pytest.raises(CommandError, match="in the future"):
        ke.board.propose_handover(KEY, "upf", "UG", expires_at=clock.now)
    with pytest.raises(CommandError, match="already in command"):
        ke.board.propose_handover(KEY, "nps", "KE")
    _relay(ke, ug)
    with pytest.raises(CommandError, match="UG/upf is not in command"):
        ug.board.propose_handover(KEY, "rnp", "RW")


def test_a_newer_proposal_supersedes_the_open_one(ke: Console, clock: Clock) -> None:
    ke.board.establish(KEY)
    clock.tick()
    first = ke.board.propose_handover(KEY, "upf", "UG")
    clock.tick()
    ke.board.propose_handover(KEY, "rnp", "RW")
    states = {p.id: p.state for p in ke.board.proposals(KEY)}
    assert states[first.event.id] is ProposalState.SUPERSEDED
    assert sorted(s.value for s in states.values()) == ["proposed", "superseded"]


def test_close_command(ke: Console, clock: Clock) -> None:
    ke.board.establish(KEY)
    clock.tick()
    ke.board.close_command(KEY)
    c = ke.board.command(KEY)
    assert c is not None
    assert not c.open
    assert ke.board.commanders_at(KEY) == ()
    assert c.commanders_at(c.established_at)[0].agency == "nps"
    with pytest.raises(CommandError, match="no open command to close"):
        ke.board.close_command(KEY)
    clock.tick()
    ke.board.establish(KEY)  # a closed command can be established again
    assert ke.board.command(KEY).open  # type: ignore[union-attr]


def test_bus_events_must_match_their_topic(ke: Console, ug: Console) -> None:
    issued = ke.board.establish(KEY)
    with pytest.raises(CommandError, match="only under its own subtree"):
        ug.board.apply_bus_event(command_topic("actual", "UG", "upf"), issued.payload)
    with pytest.raises(CommandError, match="exercise"):
        ug.board.apply_bus_event(command_topic("exercise", "KE", "nps", "EX-1"), issued.payload)
    with pytest.raises(CommandError, match=r"not a valid idesk\.command-event/1"):
        ug.board.apply_bus_event(issued.topic, b'{"schema": "idesk.command-event/9"}')
    with pytest.raises(CommandError, match="not a valid"):
        ug.board.apply_bus_event(issued.topic, b"not json")
    assert ug.board.command(KEY) is None


def test_an_exercise_board_tags_its_events(tmp_path, clock: Clock) -> None:
    c = console(tmp_path, RW, clock, mode=Mode.EXERCISE, exercise_id="EX-NC-26")
    issued = c.board.establish(KEY)
    assert issued.topic == "idesk/v1/exercise/EX-NC-26/RW/rnp/command"
    assert json.loads(issued.payload)["exercise"] == "EX-NC-26"
    assert c.store.timeline(KEY)[0].exercise_id == "EX-NC-26"
    with pytest.raises(CommandError, match="exercise id"):
        CommandBoard(c.store, RW, mode=Mode.EXERCISE)
    c.store.close()


# -- unit status ----------------------------------------------------------------------------


def _status(unit: str, status: str, minute: int, **extra: object) -> bytes:
    body = {
        "schema": "idesk.unit-status/1",
        "unit": unit,
        "agency": "nps",
        "callsign": "RDU-BUSIA-1",
        "status": status,
        "position": {"lat": 0.6 + minute / 1000, "lon": 34.28},
        "time": f"2026-07-01T12:{minute:02d}:00+00:00",
        "exercise": None,
        **extra,
    }
    return json.dumps(body).encode()


def test_unit_status_newer_wins_older_is_ignored(ke: Console) -> None:
    topic = unit_topic("actual", "KE", "nps", "nps-rdu-1")
    assert ke.board.apply_bus_event(topic, _status("nps-rdu-1", "en_route", 5)).units == (
        "nps-rdu-1",
    )
    assert not ke.board.apply_bus_event(topic, _status("nps-rdu-1", "available", 3))
    assert not ke.board.apply_bus_event(topic, _status("nps-rdu-1", "available", 5))
    unit = ke.board.unit("nps-rdu-1")
    assert unit is not None
    assert (unit.status, unit.lat, unit.size) == ("en_route", 0.605, 12)
    ke.board.apply_bus_event(topic, _status("nps-rdu-1", "on_scene", 9, inject=4))
    unit = ke.board.unit("nps-rdu-1")
    assert unit is not None
    assert unit.status == "on_scene"
    assert [e.text for e in ke.store.timeline() if e.kind == "unit.status"] == [
        "RDU-BUSIA-1: en route at 0.60500,34.28000",
        "RDU-BUSIA-1: on scene at 0.60900,34.28000",
    ]


def test_unit_status_of_the_scenario_renderer_is_understood(ke: Console) -> None:
    from datetime import UTC, datetime

    from incident_desk.scenario import load_scenario, render_inject
    from tests.unit.command.build import ROOT

    scenario = load_scenario(ROOT / "scenarios" / "northern-corridor.yaml")
    base = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    unit_injects = [i for i in scenario.ordered_injects() if i.message.unit is not None]
    assert unit_injects
    board = CommandBoard(ke.store, KE, mode="exercise", exercise_id=scenario.exercise.id)
    for inject in unit_injects:
        body = render_inject(scenario, inject, base)
        assert isinstance(body, dict)
        unit = scenario.unit(body["unit"])
        agency = scenario.agency(unit.agency)
        topic = unit_topic("exercise", agency.country, agency.id, unit.id, scenario.exercise.id)
        board.apply_bus_event(topic, json.dumps(body).encode())
    last = render_inject(scenario, unit_injects[-1], base)
    assert isinstance(last, dict)
    got = board.unit(last["unit"])
    assert got is not None
    assert got.status == last["status"]
    assert got.exercise_id == scenario.exercise.id


def test_unit_status_must_match_its_topic(ke: Console) -> None:
    with pytest.raises(CommandError, match="on the topic of"):
        ke.board.apply_bus_event(
            unit_topic("actual", "KE", "nps", "nps-k9-1"), _status("nps-rdu-1", "en_route", 1)
        )
    with pytest.raises(CommandError, match="unknown unit status"):
        ke.board.apply_bus_event(
            unit_topic("actual", "KE", "nps", "nps-rdu-1"), _status("nps-rdu-1", "lost", 1)
        )
    with pytest.raises(CommandError, match=r"idesk\.unit-status/1"):
        ke.board.apply_bus_event(
            unit_topic("actual", "KE", "nps", "nps-rdu-1"),
            _status("nps-rdu-1", "en_route", 1, schema="idesk.unit-status/2"),
        )
    out = {
        "schema": "idesk.unit-status/1",
        "unit": "nps-k9-1",
        "agency": "nps",
        "status": "out_of_service",
        "position": None,
        "time": "2026-07-01T12:00:00Z",
        "exercise": None,
    }
    ke.board.apply_bus_event(
        unit_topic("actual", "KE", "nps", "nps-k9-1"), json.dumps(out).encode()
    )
    with pytest.raises(CommandError, match="K9-MALABA is out of service"):
        _assign(ke, "nps-k9-1")
