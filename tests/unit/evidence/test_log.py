"""Every stored fact gets its log entry in the fact's own transaction, whoever wrote it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, insert, select, update

from incident_desk.evidence._note import Checkpoint, Note
from incident_desk.evidence.ledger import Ledger, entries_table, nodes_table, state_table
from incident_desk.store import Store
from incident_desk.store._schema import alerts_table, timeline_table
from incident_desk.tlog.entries import decode
from incident_desk.tlog.merkle import MemoryTree, verify_consistency, verify_inclusion
from tests.unit.evidence.conftest import INCIDENT, store_history

_timeline = timeline_table
_alerts = alerts_table
ROOT = Path(__file__).parents[3]


def _entries(store: Store) -> list[dict[str, object]]:
    with store.reading("test") as conn:
        rows = conn.execute(select(entries_table).order_by(entries_table.c.leaf_index)).all()
    return [
        {**decode(bytes(r.entry)), "_source": r.source, "_incident": r.incident_key} for r in rows
    ]


def test_every_fact_of_an_incident_history_is_logged_in_order(store: Store) -> None:
    history = store_history(store)
    entries = _entries(store)
    kinds = [(e["kind"], e.get("event") or e.get("identifier") or e.get("reason")) for e in entries]
    # one batch: stored (and logged) in CAP key order, then what correlation wrote
    assert sorted(kinds[:4]) == [
        ("alert", "KE-nps-1"),
        ("alert", "KE-nps-2"),
        ("alert", "KE-nps-X1"),
        ("alert", "UG-upf-ack-1"),
    ]
    assert ("timeline", "incident.note") in kinds
    assert kinds[-1] == ("quarantine", "not a CAP alert")
    alert = next(e for e in entries if e.get("identifier") == "KE-nps-1")
    assert alert["id"] == history.alert_id
    assert int(str(alert["raw_size"])) > 0
    assert len(str(alert["raw_sha256"])) == 64
    assert Ledger(store).audit() == []


def test_exercise_facts_are_logged_and_marked(store: Store) -> None:
    store_history(store)
    by_exercise = {e.get("identifier") or e.get("event"): e["exercise_id"] for e in _entries(store)}
    assert by_exercise["KE-nps-X1"] == "EX-1"
    assert by_exercise["KE-nps-1"] is None
    notes = [e for e in _entries(store) if e.get("event") == "incident.note"]
    assert notes
    assert all(e["_incident"] == INCIDENT and e["exercise_id"] is None for e in notes)


def test_writes_that_bypass_the_store_api_are_logged_too(store: Store) -> None:
    """A module writing SQL inside ``store.transaction`` cannot forget the log."""
    row = {
        "at": store.append_timeline("a", "note", "first").at,
        "actor": "b",
        "console": None,
        "kind": "unit.status",
        "incident_id": None,
        "alert_id": None,
        "exercise_id": None,
        "text": "raw insert",
        "data": "{}",
    }
    store.transaction("raw", lambda conn: conn.execute(insert(_timeline), [row, row]))
    assert [e["text"] for e in _entries(store)] == ["first", "raw insert", "raw insert"]


def test_command_events_are_logged(tmp_path: Path) -> None:
    from tests.unit.command.build import KE, KEY, Clock, console

    ke = console(tmp_path, KE, Clock())
    try:
        ke.board.establish(KEY)
        logged = [e for e in _entries(ke.store) if e["_incident"] == KEY]
        assert [e["event"] for e in logged] == [e.kind for e in ke.store.timeline(KEY)]
        assert any(str(e["event"]).startswith("command.") for e in logged)
        assert Ledger(ke.store).audit() == []
    finally:
        ke.store.close()


def test_a_failed_transaction_leaves_neither_fact_nor_entry(store: Store) -> None:
    def work(conn: Connection) -> None:
        store.append_timeline  # noqa: B018 (the store API is not used inside)
        conn.execute(
            insert(_timeline),
            {
                "at": store_time(),
                "actor": "x",
                "console": None,
                "kind": "k",
                "incident_id": None,
                "alert_id": None,
                "exercise_id": None,
                "text": "t",
                "data": "{}",
            },
        )
        raise RuntimeError("the caller fails after writing")

    with pytest.raises(RuntimeError):
        store.transaction("fail", work)
    assert store.timeline() == []
    assert Ledger(store).size() == 0


def store_time() -> object:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_proofs_from_the_database_match_an_independent_tree(store: Store) -> None:
    store_history(store)
    for i in range(40):
        store.append_timeline("op", "note", f"note {i}")
    entries = _entries(store)
    ledger = Ledger(store)
    with store.reading("test") as conn:
        leaves = [
            bytes(r.entry)
            for r in conn.execute(select(entries_table).order_by(entries_table.c.leaf_index))
        ]
        tree = MemoryTree(leaves)
        size = ledger.size()
        assert size == len(entries) == tree.size
        for index in (0, 5, size - 1):
            proof = ledger.inclusion(conn, index, size)
            verify_inclusion(index, size, tree.nodes[(0, index)], proof, tree.root())
        for old in (1, 7, 32, size):
            proof = ledger.consistency(conn, old, size)
            verify_consistency(old, size, tree.root(old), tree.root(), proof)


def test_checkpoint_signs_the_current_root(store: Store) -> None:
    from incident_desk.evidence._note import Signer

    store_history(store)
    signer = Signer.generate("idesk/KE/nps")
    cp = Ledger(store).sign_checkpoint(signer)
    note = Note.parse(cp.note)
    note.verify(signer.verifier())
    body = Checkpoint.parse(note.text)
    with store.reading("test") as conn:
        assert body.size == Ledger(store).size()
        assert body.root == Ledger(store).root(conn, body.size)


# -- tampering with the database ---------------------------------------------------------


def _signed(store: Store) -> None:
    from incident_desk.evidence._note import Signer

    store_history(store)
    Ledger(store).sign_checkpoint(Signer.generate("idesk/KE/nps"))


def test_audit_names_a_changed_fact(store: Store) -> None:
    _signed(store)
    store.transaction(
        "tamper",
        lambda c: c.execute(
            update(_alerts).where(_alerts.c.identifier == "KE-nps-1").values(raw=b"<forged/>")
        ),
    )
    assert any(
        "alerts row" in p and "changed after it was logged" in p for p in Ledger(store).audit()
    )


def test_audit_names_a_changed_entry(store: Store) -> None:
    _signed(store)
    store.transaction(
        "tamper",
        lambda c: c.execute(
            update(entries_table)
            .where(entries_table.c.leaf_index == 2)
            .values(entry=b'{"forged":1}')
        ),
    )
    problems = Ledger(store).audit()
    assert any("entry 2: its bytes do not match its leaf hash" in p for p in problems)


def test_audit_names_a_deleted_entry(store: Store) -> None:
    _signed(store)
    store.transaction(
        "tamper", lambda c: c.execute(delete(entries_table).where(entries_table.c.leaf_index == 3))
    )
    assert any("entry 3 is missing" in p for p in Ledger(store).audit())


def test_audit_names_a_rewritten_history(store: Store) -> None:
    """Someone recomputes every hash after changing an entry: the signed root no longer fits."""
    _signed(store)

    def rewrite(conn: Connection) -> None:
        rows = conn.execute(select(entries_table).order_by(entries_table.c.leaf_index)).all()
        entries = [bytes(r.entry) for r in rows]
        entries[1] = entries[1][:-1] + b',"forged":true}'
        tree = MemoryTree(entries)
        conn.execute(delete(nodes_table))
        conn.execute(
            insert(nodes_table),
            [{"level": lv, "idx": ix, "hash": h} for (lv, ix), h in tree.nodes.items() if lv > 0],
        )
        conn.execute(
            update(entries_table)
            .where(entries_table.c.leaf_index == 1)
            .values(entry=entries[1], leaf_hash=tree.nodes[(0, 1)])
        )
        conn.execute(update(state_table).values(frontier=tree.frontier.pack()))

    store.transaction("tamper", rewrite)
    assert any("no longer matches the signed checkpoint" in p for p in Ledger(store).audit())


def test_audit_names_a_truncated_log(store: Store) -> None:
    _signed(store)

    def truncate(conn: Connection) -> None:
        rows = (
            conn.execute(select(entries_table.c.entry).order_by(entries_table.c.leaf_index))
            .scalars()
            .all()
        )
        tree = MemoryTree([bytes(r) for r in rows[:-2]])
        conn.execute(delete(entries_table).where(entries_table.c.leaf_index >= tree.size))
        conn.execute(update(state_table).values(size=tree.size, frontier=tree.frontier.pack()))

    store.transaction("tamper", truncate)
    assert any("(truncated)" in p for p in Ledger(store).audit())


def test_audit_names_facts_added_behind_the_log(store: Store) -> None:
    _signed(store)
    store.transaction(
        "tamper",
        lambda c: c.execute(delete(entries_table).where(entries_table.c.source == "quarantine")),
    )
    assert any("quarantine row(s) have no log entry" in p for p in Ledger(store).audit())


# -- a crash at the commit ----------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import os, sys
    from sqlalchemy import event
    from incident_desk.store import Store
    store = Store.open(sys.argv[1])
    if sys.argv[2] == "die-at-commit":
        # The fact and its entry are written; the process dies just before COMMIT.
        event.listen(store._engine, "commit", lambda conn: os._exit(9))
        store.append_timeline("op", "note", "never committed")
    else:
        i = 0
        while True:
            store.append_timeline("op", "note", f"note {i}")
            store.quarantine(b"x" * 50, "bad", topic="idesk/v1/actual/KE/nps/alert")
            i += 1
    """
)


def _writer(url: str, mode: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", _WRITER, url, mode], env=env)


def test_a_process_killed_at_the_commit_leaves_no_fact_without_entry(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store.open(url).close()
    proc = _writer(url, "die-at-commit")
    assert proc.wait(timeout=60) == 9
    with Store.open(url) as store:
        assert store.timeline() == []
        assert Ledger(store).size() == 0
        assert Ledger(store).audit() == []


def test_a_writer_killed_at_any_moment_leaves_facts_and_entries_paired(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store.open(url).close()
    proc = _writer(url, "loop")
    try:
        deadline = time.monotonic() + 60
        with Store.open(url) as store:
            while Ledger(store).size() < 60:
                assert proc.poll() is None
                assert time.monotonic() < deadline
                time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    with Store.open(url) as store:
        facts = len(store.timeline()) + store.count_quarantine()
        assert facts >= 60
        assert Ledger(store).size() == facts
        assert Ledger(store).audit() == []


def test_entries_carry_no_payload_bytes(store: Store) -> None:
    """Entries name payloads by hash; a checkpoint or proof never carries exercise content."""
    store_history(store)
    for e in _entries(store):
        assert "raw" not in e
        assert "EX-1 inject" not in json.dumps(e)


def test_alarm_journal_events_are_logged_and_exported(store: Store, tmp_path: Path) -> None:
    """An operator shelving an alarm with a reason is evidence too (``alarm_journal``)."""
    from datetime import UTC, datetime

    from incident_desk.alarms import _journal
    from incident_desk.evidence._note import Signer
    from incident_desk.evidence._verify import verify_package
    from incident_desk.evidence.export import ExportRequest, export_incident

    _journal.write(
        store,
        [
            {
                "at": datetime.now(UTC),
                "console": "ke-ws1",
                "event": "shelved",
                "state": "shelved",
                "priority": 2,
                "reason": "duplicate of the bus terminal alarm",
                "actor": "j.otieno",
                "incident": INCIDENT,
            }
        ],
    )
    logged = [e for e in _entries(store) if e["kind"] == "alarm"]
    assert [(e["event"], e["reason"], e["_incident"]) for e in logged] == [
        ("shelved", "duplicate of the bus terminal alarm", INCIDENT)
    ]
    assert Ledger(store).audit() == []
    out = tmp_path / "alarms.zip"
    request = ExportRequest(INCIDENT, "MLA", "CASE-5", "j.otieno")
    export_incident(store, Signer.generate("idesk/KE/nps"), request, out)
    verdict = verify_package(out)
    assert verdict.ok, verdict.failures
    assert any("(alarm shelved): OK" in line for line in verdict.entries)
