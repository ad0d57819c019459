"""Consoles converge: any order, any number of deliveries of the same events, same state.

The event stream is made by real consoles (KE proposes, UG accepts, a second UG console
races it with its own accept). Each permutation, with repeats, is applied to a fresh store.
"""

from __future__ import annotations

import json
import tempfile
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_desk.command import CommandBoard, ProposalState, replay
from incident_desk.command._events import CommandEvent
from incident_desk.store import Store
from incident_desk.topics import command_topic
from tests.unit.command.build import (
    KE,
    KEY,
    UG,
    UG2,
    Clock,
    Console,
    console,
    state_of,
    timeline_of,
)

# Hundreds of generated runs of paths the example tests already cover: traced by coverage they
# would cost more CPU than the rest of tests/unit together, so they run unmeasured (pytest-cov).
pytestmark = pytest.mark.no_cover


def _relay(source: Console, target: Console) -> None:
    for payload in source.board.event_payloads(KEY):
        _apply(target.board, payload)


def _apply(board: CommandBoard, payload: bytes) -> None:
    body = json.loads(payload)
    board.apply_bus_event(command_topic("actual", body["country"], body["agency"]), payload)


Stream = tuple[bytes, ...]


@cache
def _streams() -> tuple[Stream, Stream, dict[str, Any], list[Any], dict[str, Any]]:
    """(race-free stream, stream with a racing accept, the reference states and timeline)."""
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock()
        ke, ug, ug2 = (console(Path(tmp), who, clock) for who in (KE, UG, UG2))
        ke.board.establish(KEY)
        clock.tick()
        a1 = ke.board.assign(
            KEY,
            unit_id="nps-rdu-1",
            element_kind="division",
            element_name="Division A",
            work="Cordon",
        ).event.id
        clock.tick()
        a2 = ke.board.assign(
            KEY,
            unit_id="nps-k9-1",
            element_kind="group",
            element_name="Search Group",
            work="Sweep the yard",
        ).event.id
        clock.tick()
        ke.board.set_assignment_status(a1, "en_route")
        ke.board.set_participation(KEY, "alerted")
        _relay(ke, ug)
        clock.tick()
        ug.board.set_participation(KEY, "alerted")
        clock.tick()
        ug.board.set_participation(KEY, "standing_by")
        _relay(ug, ke)
        clock.tick()
        proposal = ke.board.propose_handover(
            KEY, "upf", "UG", effective_at=clock.now + timedelta(minutes=5)
        ).event.id
        _relay(ke, ug)
        _relay(ke, ug2)
        clock.tick()
        ug2.board.accept_handover(proposal, name="Insp Nakato")  # the racer, later
        clock.now -= timedelta(seconds=5)  # UG's accept is earlier: it wins
        ug.board.accept_handover(proposal, name="Supt Okello")
        clock.tick(20)
        ke.board.set_assignment_status(a1, "on_scene")
        ke.board.set_assignment_status(a2, "released")
        racer = ug2.board.event_payloads(KEY)
        _relay(ug, ke)
        _relay(ke, ug)
        calm = tuple(ke.board.event_payloads(KEY))
        reference = state_of(ke.board)
        reference_timeline = timeline_of(ke.store)
        racing = tuple(dict.fromkeys([*calm, *racer]))
        _relay(ug2, ke)
        raced = state_of(ke.board)
        for c in (ke, ug, ug2):
            c.store.close()
    return calm, racing, reference, reference_timeline, raced


def _fresh_apply(order: list[bytes]) -> tuple[dict[str, Any], list[Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'c.db'}")
        try:
            board = CommandBoard(store, UG, clock=Clock())
            for payload in order:
                _apply(board, payload)
            return state_of(board), timeline_of(store)
        finally:
            store.close()


def _orders(n: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(0, n - 1), max_size=n).flatmap(
        lambda extra: st.permutations([*range(n), *extra])
    )


def test_the_reference_run_did_what_the_scenario_says() -> None:
    calm, racing, reference, timeline, raced = _streams()
    assert len(racing) == len(calm) + 1
    (proposal,) = reference["proposals"]
    assert proposal["state"] == ProposalState.ACCEPTED
    assert proposal["answered_by"] == "Supt Okello"
    assert [m["agency"] for m in reference["command"]["members"]] == ["nps", "upf"]
    assert all(outcome == "applied" for _, outcome, _ in reference["events"])
    assert raced["command"] == reference["command"]
    outcomes = [o for _, o, _ in raced["events"]]
    assert outcomes.count("superseded") == 1
    assert ("command.handover.accepted", "Supt Okello", KEY) in [t[:3] for t in timeline]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_and_repeats_give_the_same_state_and_timeline(data: st.DataObject) -> None:
    calm, _, reference, reference_timeline, _ = _streams()
    order = data.draw(_orders(len(calm)))
    state, timeline = _fresh_apply([calm[i] for i in order])
    assert state == reference
    assert timeline == reference_timeline


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_race_resolves_the_same_way_in_any_order(data: st.DataObject) -> None:
    _, racing, _, _, raced = _streams()
    order = data.draw(_orders(len(racing)))
    state, timeline = _fresh_apply([racing[i] for i in order])
    assert state == raced
    lost = [t for t in timeline if t[0] == "command.handover.conflict"]
    assert [t[3] for t in lost] == [
        "Accept by Insp Nakato (ug-upf-ws2) lost to accept by Supt Okello (ug-upf-ws1): "
        "the proposal was already answered"
    ]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_replay_is_a_function_of_the_event_set(data: st.DataObject) -> None:
    _, racing, _, _, _ = _streams()
    events = [CommandEvent.model_validate_json(p) for p in racing]
    order = data.draw(_orders(len(events)))
    a, b = replay(events), replay([events[i] for i in order])
    assert a.outcomes == b.outcomes
    assert a.command == b.command
    assert a.assignments == b.assignments
    assert a.proposals == b.proposals
    assert a.participation == b.participation
    assert a.entries == b.entries


def test_an_accept_before_its_proposal_waits_then_applies() -> None:
    calm, _, reference, reference_timeline, _ = _streams()
    events = [json.loads(p) for p in calm]
    accept = next(i for i, e in enumerate(events) if e["type"] == "command.accept")
    propose = next(i for i, e in enumerate(events) if e["type"] == "command.propose")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'c.db'}")
        board = CommandBoard(store, KE, clock=Clock())
        rest = [p for i, p in enumerate(calm) if i not in (accept, propose)]
        for payload in [calm[accept], *rest]:
            _apply(board, payload)
        waiting = {e["id"]: e for e in board.events(KEY)}[events[accept]["id"]]
        assert waiting["outcome"] == "pending"
        assert waiting["reason"] == f"waiting for {events[propose]['id']}"
        assert board.proposals(KEY) == []
        _apply(board, calm[propose])
        assert state_of(board) == reference
        assert timeline_of(store) == reference_timeline
        store.close()
