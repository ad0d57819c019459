"""Two consoles on one real Mosquitto witness each other's evidence log; a forked log is
refused by the witness, kept as evidence, and both sides see the alarm in quarantine."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from incident_desk.evidence._note import COSIGNATURE_V1, Note, Signer
from incident_desk.evidence.ledger import Ledger
from incident_desk.evidence.witness import CheckpointPolicy
from incident_desk.messaging.evidence_witness import EvidenceBus
from incident_desk.store import Store
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings

WAIT_S = 20.0
KE_KEY = Signer.generate("idesk/KE/nps")
UG_KEY = Signer.generate("idesk/UG/upf")


def wait_until(what: str, check: Callable[[], bool], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def _bus(
    broker: MosquittoBroker, store: Store, me: str, signer: Signer, partner: Signer
) -> EvidenceBus:
    country, agency = me.split("/")
    other_country, other_agency = partner.name.split("/")[1:]
    bus = EvidenceBus(
        bus_settings(broker.url, f"idesk-{agency}-{time.monotonic_ns() % 10**6}"),
        store,
        signer,
        country=country,
        agency=agency,
        partners=[(other_country, other_agency, partner.verifier())],
        witnesses=[partner.verifier(COSIGNATURE_V1)],
        policy=CheckpointPolicy(10**9, 10**9),  # only checkpoint_now() signs here
        tick=0.1,
        proof_timeout=5.0,
    )
    bus.start()
    assert bus.wait_ready(WAIT_S)
    return bus


def _cosigned_by(store: Store, witness: Signer) -> list[int]:
    out = []
    for cp in Ledger(store).checkpoints():
        try:
            Note.parse(cp.note).verify(witness.verifier(COSIGNATURE_V1))
            out.append(cp.size)
        except Exception:
            continue
    return out


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    ke = Store.open(f"sqlite:///{tmp_path / 'ke.db'}")
    ug = Store.open(f"sqlite:///{tmp_path / 'ug.db'}")
    yield ke, ug
    ke.close()
    ug.close()


@pytest.mark.logs_expected("incident_desk.messaging.evidence", match="refused checkpoint")
def test_two_consoles_witness_each_other_and_catch_a_fork(
    mosquitto: MosquittoBroker, stores: tuple[Store, Store], tmp_path: Path
) -> None:
    ke, ug = stores
    ke_bus = _bus(mosquitto, ke, "KE/nps", KE_KEY, UG_KEY)
    ug_bus = _bus(mosquitto, ug, "UG/upf", UG_KEY, KE_KEY)
    try:
        for i in range(3):
            ke.append_timeline("op", "incident.note", f"ke note {i}", incident_id="KE-INC-7")
        first = ke_bus.checkpoint_now()
        wait_until(
            "UG's cosignature of KE's first checkpoint",
            lambda: first.size in _cosigned_by(ke, UG_KEY),
        )

        for i in range(5):
            ke.append_timeline("op", "incident.note", f"ke note {i}", incident_id="KE-INC-7")
        second = ke_bus.checkpoint_now()  # UG asks KE for a consistency proof over the bus
        wait_until(
            "UG's cosignature of KE's grown log", lambda: second.size in _cosigned_by(ke, UG_KEY)
        )

        ug.append_timeline("op", "incident.note", "ug note")
        theirs = ug_bus.checkpoint_now()
        wait_until("KE's cosignature of UG's log", lambda: theirs.size in _cosigned_by(ug, KE_KEY))
    finally:
        ke_bus.stop()

    # Kenya's history is rewritten: another database, same origin, same key, a longer log.
    with Store.open(f"sqlite:///{tmp_path / 'ke-forked.db'}") as forked:
        for i in range(12):
            forked.append_timeline("op", "incident.note", f"rewritten {i}")
        fork_bus = _bus(mosquitto, forked, "KE/nps", KE_KEY, UG_KEY)
        try:
            fork = fork_bus.checkpoint_now()
            wait_until(
                "UG's refusal of the forked checkpoint",
                lambda: any(
                    q.reason.startswith("evidence: checkpoint of idesk/KE/nps refused")
                    for q in ug.list_quarantine()
                ),
            )
            refusal = next(q for q in ug.list_quarantine() if q.reason.startswith("evidence:"))
            assert f"does not extend the checkpoint of {second.size} entries" in refusal.reason
            assert refusal.raw == fork.note  # the forged checkpoint is kept as evidence
            kept = [c for c in Ledger(ug).checkpoints(own=False) if c.state == "refused"]
            assert [c.size for c in kept] == [fork.size]
            wait_until(
                "the alarm on the (forked) Kenyan side",
                lambda: any(
                    "witness idesk/UG/upf refused our checkpoint" in q.reason
                    for q in forked.list_quarantine()
                ),
            )
            assert fork.size not in _cosigned_by(forked, UG_KEY)
        finally:
            fork_bus.stop()
            ug_bus.stop()


def test_checkpoints_on_the_bus_carry_no_entry_content(
    mosquitto: MosquittoBroker, stores: tuple[Store, Store]
) -> None:
    """What goes on the bus is the origin, a size and a root hash: no exercise content."""
    from incident_desk.messaging import BusClient
    from incident_desk.messaging.bus_types import Subscription

    ke, _ug = stores
    inbox = Inbox()
    spy = BusClient(bus_settings(mosquitto.url, "idesk-spy"), on_message=inbox.on_message)
    spy.subscribe([Subscription("idesk/v1/#", no_retained=False)])
    spy.start()
    assert spy.wait_subscribed(WAIT_S)
    bus = _bus(mosquitto, ke, "KE/nps", KE_KEY, UG_KEY)
    try:
        ke.append_timeline("ctl", "exercise.inject", "EX-1 secret inject text", exercise_id="EX-1")
        bus.checkpoint_now()
        messages = inbox.wait_messages(1, timeout=WAIT_S)
        assert all(b"secret inject" not in m.payload for m in messages)
        assert messages[0].topic == "idesk/v1/actual/KE/nps/checkpoint"
        assert Note.parse(messages[0].payload).text.count(b"\n") == 3
    finally:
        bus.stop()
        spy.stop()


def test_an_evidence_log_without_country_and_agency_is_a_settings_error(tmp_path: Path) -> None:
    """A console started so fails with the settings' exit code (2) and says which settings,
    not as an unreachable bus (1)."""
    from incident_desk.errors import ConfigError
    from incident_desk.settings import Settings

    with (
        Store.open(f"sqlite:///{tmp_path / 'ke.db'}") as store,
        pytest.raises(ConfigError, match="country and agency"),
    ):
        EvidenceBus.from_settings(Settings(), store)
