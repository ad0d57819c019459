"""Two consoles in two countries, one real Mosquitto: a handover of command converges.

Console A (Kenya, NPS) and console B (Uganda, UPF) each have their own SQLite database,
``CommandBoard`` and ``BusClient``. Each publishes its events on its own agency's command
topic and applies what arrives on its subscription to ``idesk/v1/actual/+/+/command`` (its
own echo included) on a worker thread, acking only after the event is applied, as ingest
does. A third console (Rwanda) joins late and receives the whole stream re-published twice,
shuffled, so accepts arrive before their proposals.
"""

from __future__ import annotations

import json
import queue
import random
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from incident_desk.command import CONTENT_TYPE, CommandBoard, ProposalState, load_directory
from incident_desk.identity import Identity
from incident_desk.messaging import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.store import Store
from tests.helpers.brokers import MosquittoBroker, bus_settings
from tests.unit.command.build import DIRECTORY, KE, KEY, RW, UG, state_of, timeline_of

FILTER = "idesk/v1/actual/+/+/command"
WAIT_S = 20.0


class Desk:
    """One console: store, board, bus client and the worker that applies bus events."""

    def __init__(self, url: str, tmp: Path, identity: Identity) -> None:
        self.store = Store.open(f"sqlite:///{tmp / (identity.workstation + '.db')}")
        self.client = BusClient(
            bus_settings(url, f"idesk-{identity.workstation}"), on_message=self._inbox
        )
        self.board = CommandBoard(self.store, identity, publish=self._publish)
        self.board.load_directory(load_directory(DIRECTORY))
        self._queue: queue.Queue[Envelope | None] = queue.Queue()
        self._cond = threading.Condition()
        self.received = 0
        self.errors: list[str] = []
        self._worker = threading.Thread(target=self._work, name=identity.workstation)
        self._worker.start()
        self.client.connect_and_wait(10)
        self.client.subscribe([FILTER], timeout=10)

    def _publish(self, topic: str, payload: bytes) -> None:
        self.client.publish(topic, payload, qos=1, content_type=CONTENT_TYPE)

    def _inbox(self, envelope: Envelope) -> None:  # paho's thread: hand off at once
        self._queue.put(envelope)

    def _work(self) -> None:  # the one writer of this console's store
        while (envelope := self._queue.get()) is not None:
            try:
                self.board.apply_bus_event(envelope.topic, envelope.payload)
            except Exception as exc:  # recorded, and the test fails on it
                self.errors.append(f"{envelope.topic}: {exc}")
            self.client.ack(envelope)
            with self._cond:
                self.received += 1
                self._cond.notify_all()

    def wait_received(self, count: int) -> None:
        with self._cond:
            ok = self._cond.wait_for(lambda: self.received >= count, timeout=WAIT_S)
        assert ok, f"{self.board.identity.workstation} got {self.received} of {count} messages"
        assert self.errors == []

    def close(self) -> None:
        self.client.stop()
        self._queue.put(None)
        self._worker.join(10)
        self.store.close()


@pytest.fixture
def desks(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[dict[str, Desk]]:
    made: dict[str, Desk] = {}
    try:
        made["A"] = Desk(mosquitto.url, tmp_path, KE)
        made["B"] = Desk(mosquitto.url, tmp_path, UG)
        yield made
    finally:
        for desk in made.values():
            desk.close()


def _handover(a: Desk, b: Desk) -> dict[str, Any]:
    """A establishes command, assigns units, proposes to UG/upf; B accepts. Returns facts."""
    a.board.establish(KEY)
    rdu = a.board.assign(
        KEY,
        unit_id="nps-rdu-1",
        element_kind="division",
        element_name="Division A",
        work="Cordon the customs yard",
        report_to="Malaba OSBP gate",
    ).event.id
    k9 = a.board.assign(
        KEY,
        unit_id="nps-k9-1",
        element_kind="group",
        element_name="Search Group",
        work="Sweep the tanker",
    ).event.id
    a.board.set_assignment_status(rdu, "en_route")
    a.board.set_participation(KEY, "alerted", agency="upf", country="UG")
    effective = a.board.now() + timedelta(seconds=2)
    proposal = a.board.propose_handover(KEY, "upf", "UG", effective_at=effective).event.id
    b.wait_received(6)
    (incoming,) = b.board.incoming_proposals()
    assert incoming.id == proposal
    assert incoming.brief["incident_number"] == KEY
    b.board.set_participation(KEY, "standing_by", agency="upf", country="UG")
    b.board.accept_handover(proposal, name="Supt Okello")
    a.board.set_assignment_status(k9, "released")
    for desk in (a, b):
        desk.wait_received(9)
    return {"effective": effective, "proposal": proposal}


def _same(a: Desk, b: Desk) -> None:
    assert state_of(b.board) == state_of(a.board)
    assert timeline_of(b.store) == timeline_of(a.store)


def test_handover_proposed_in_kenya_accepted_in_uganda(desks: dict[str, Desk]) -> None:
    a, b = desks["A"], desks["B"]
    facts = _handover(a, b)
    _same(a, b)
    for desk in (a, b):
        board = desk.board
        assert [m.agency for m in board.commanders_at(KEY, facts["effective"])] == ["upf"]
        assert [m.name for m in board.commanders_at(KEY, facts["effective"])] == ["Supt Okello"]
        assert [
            m.agency
            for m in board.commanders_at(KEY, facts["effective"] - timedelta(microseconds=1))
        ] == ["nps"]
        assert board.proposal(facts["proposal"]).state is ProposalState.ACCEPTED  # type: ignore[union-attr]
        assert [(x.callsign, x.status.value) for x in board.assignments(KEY)] == [
            ("RDU-BUSIA-1", "en_route"),
            ("K9-MALABA", "released"),
        ]
    kinds = [k for k, *_ in timeline_of(a.store)]
    assert kinds.count("command.handover.accepted") == 1
    assert ("command.handover.accepted", "Supt Okello", KEY) in [
        t[:3] for t in timeline_of(b.store)
    ]


def test_the_stream_twice_and_shuffled_changes_nothing_and_a_late_console_converges(
    desks: dict[str, Desk], mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    a, b = desks["A"], desks["B"]
    _handover(a, b)
    before = state_of(a.board), timeline_of(a.store)
    late = Desk(mosquitto.url, tmp_path, RW)
    desks["C"] = late
    stream = a.board.event_payloads(KEY)
    assert len(stream) == 9
    shuffled = list(stream)
    random.Random(20260701).shuffle(shuffled)
    copies = [*reversed(stream), *shuffled]  # newest first: every event before its deps
    order = [json.loads(p)["type"] for p in copies]
    assert order.index("command.accept") < order.index("command.propose")
    assert order.index("assignment.status") < order.index("assignment.create")
    for payload in copies:  # each copy from its own agency's console, on its own topic
        body = json.loads(payload)
        sender = a if body["agency"] == "nps" else b
        sender.client.publish(sender.board.topic, payload, qos=1, content_type=CONTENT_TYPE)
    for desk in (a, b):
        desk.wait_received(9 + len(copies))
    late.wait_received(len(copies))
    assert (state_of(a.board), timeline_of(a.store)) == before
    _same(a, b)
    _same(a, late)
    assert all(e["outcome"] == "applied" for e in late.board.events(KEY))
