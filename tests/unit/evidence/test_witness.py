"""Witness decisions without a bus: trust on first use, growth, forks, rollbacks, alarms."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.evidence._note import COSIGNATURE_V1, Note, Signer
from incident_desk.evidence.ledger import Ledger
from incident_desk.evidence.witness import (
    CheckpointPolicy,
    LogOwner,
    Witness,
    alarm_text,
    take_alarm,
)
from incident_desk.store import Store

KE_KEY = Signer.generate("idesk/KE/nps")
UG_KEY = Signer.generate("idesk/UG/upf")


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    ke = Store.open(f"sqlite:///{tmp_path / 'ke.db'}")
    ug = Store.open(f"sqlite:///{tmp_path / 'ug.db'}")
    yield ke, ug
    ke.close()
    ug.close()


def _notes(store: Store, n: int, prefix: str = "note") -> None:
    for i in range(n):
        store.append_timeline("op", "incident.note", f"{prefix} {i}")


def _setup(ke: Store, ug: Store) -> tuple[LogOwner, Witness]:
    owner = LogOwner(ke, KE_KEY, [UG_KEY.verifier()])
    return owner, Witness(ug, UG_KEY, {KE_KEY.name: KE_KEY.verifier()})


def _prove(owner: LogOwner):  # type: ignore[no-untyped-def]
    def prove(old: int, new: int) -> list[bytes]:
        body = json.loads(owner.answer(json.dumps({"old": old, "new": new}).encode()))
        if "error" in body:
            from incident_desk.tlog.merkle import ProofError

            raise ProofError(body["error"])
        return [bytes.fromhex(h) for h in body["proof"]]

    return prove


def test_growth_is_cosigned_and_the_owner_keeps_the_cosignature(two: tuple[Store, Store]) -> None:
    ke, ug = two
    owner, witness = _setup(ke, ug)
    _notes(ke, 3)
    first = owner.ledger.sign_checkpoint(KE_KEY)
    review = witness.review(first.note, _prove(owner))
    assert review.verdict == "cosigned"  # trust on first use
    _notes(ke, 5)
    second = owner.ledger.sign_checkpoint(KE_KEY)
    review = witness.review(second.note, _prove(owner))
    assert review.verdict == "cosigned"
    assert Note.parse(review.note).verify(UG_KEY.verifier(COSIGNATURE_V1)) is not None
    assert owner.take_cosignature(review.note) == ["idesk/UG/upf"]
    kept = owner.ledger.checkpoints()[-1]
    Note.parse(kept.note).verify(UG_KEY.verifier(COSIGNATURE_V1))
    assert witness.review(second.note, _prove(owner)).verdict == "seen"


def test_a_forked_history_is_refused_kept_and_quarantined(
    two: tuple[Store, Store], tmp_path: Path
) -> None:
    ke, ug = two
    owner, witness = _setup(ke, ug)
    _notes(ke, 4)
    assert (
        witness.review(owner.ledger.sign_checkpoint(KE_KEY).note, _prove(owner)).verdict
        == "cosigned"
    )
    with Store.open(f"sqlite:///{tmp_path / 'forked.db'}") as forked:
        _notes(forked, 9, prefix="rewritten")
        fork_owner = LogOwner(forked, KE_KEY, [])
        fork = fork_owner.ledger.sign_checkpoint(KE_KEY)
        review = witness.review(
            fork.note, _prove(fork_owner), topic="idesk/v1/actual/KE/nps/checkpoint"
        )
    assert review.verdict == "refused"
    assert "does not extend the checkpoint of 4 entries" in review.reason
    quarantined = ug.list_quarantine()
    assert len(quarantined) == 1
    assert quarantined[0].reason.startswith("evidence: checkpoint of idesk/KE/nps refused")
    assert quarantined[0].raw == fork.note  # kept as evidence
    refused = [c for c in Ledger(ug).checkpoints(own=False) if c.state == "refused"]
    assert [c.size for c in refused] == [9]


def test_a_rolled_back_log_is_refused(two: tuple[Store, Store], tmp_path: Path) -> None:
    ke, ug = two
    owner, witness = _setup(ke, ug)
    _notes(ke, 6)
    witness.review(owner.ledger.sign_checkpoint(KE_KEY).note, _prove(owner))
    with Store.open(f"sqlite:///{tmp_path / 'old.db'}") as old:
        _notes(old, 2)
        review = witness.review(
            LogOwner(old, KE_KEY, []).ledger.sign_checkpoint(KE_KEY).note, _prove(owner)
        )
    assert review.verdict == "refused"
    assert "rolled-back" in review.reason


def test_a_checkpoint_signed_by_another_key_is_refused(two: tuple[Store, Store]) -> None:
    ke, ug = two
    owner, witness = _setup(ke, ug)
    _notes(ke, 2)
    impostor = Signer.generate("idesk/KE/nps")
    review = witness.review(owner.ledger.sign_checkpoint(impostor).note, _prove(owner))
    assert review.verdict == "refused"
    assert "signature does not hold" in review.reason


def test_the_owner_quarantines_a_witness_alarm(two: tuple[Store, Store]) -> None:
    ke, _ug = two
    alarm = alarm_text("idesk/KE/nps", 9, "it does not extend ...", "idesk/UG/upf")
    changes = take_alarm(ke, alarm, "idesk/KE/nps", "idesk/v1/actual/UG/upf/checkpoint/alarm")
    assert changes.quarantined
    assert (
        "witness idesk/UG/upf refused our checkpoint of 9 entries" in ke.list_quarantine()[0].reason
    )
    assert not take_alarm(ke, alarm, "idesk/RW/rnp", None)


def test_policy_signs_after_n_entries_or_t_seconds() -> None:
    now = [0.0]
    policy = CheckpointPolicy(10, 60.0, clock=lambda: now[0])
    assert not policy.due(5, 0)
    assert policy.due(10, 0)
    now[0] = 30.0
    assert not policy.due(11, 10)
    now[0] = 100.0
    assert policy.due(11, 10)
    now[0] = 500.0
    assert not policy.due(11, 11)  # nothing new: no checkpoint


def test_answer_refuses_sizes_beyond_the_log(two: tuple[Store, Store]) -> None:
    ke, ug = two
    owner, _w = _setup(ke, ug)
    _notes(ke, 2)
    assert "error" in json.loads(owner.answer(b'{"old": 1, "new": 50}'))
    assert "error" in json.loads(owner.answer(b"not json"))
