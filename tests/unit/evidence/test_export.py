"""Export an incident, verify it offline, and see every kind of tampering named."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, insert, select, update

from incident_desk.cli import main
from incident_desk.evidence import _package as pkg
from incident_desk.evidence._note import Signer
from incident_desk.evidence._verify import Verdict, verify_package
from incident_desk.evidence.export import ExportRequest, export_incident
from incident_desk.evidence.ledger import Ledger, entries_table, nodes_table, state_table
from incident_desk.store import Store
from incident_desk.store._schema import alerts_table, timeline_table
from incident_desk.tlog.merkle import Frontier, leaf_hash
from tests.unit.evidence.conftest import INCIDENT, store_history

ROOT = Path(__file__).parents[3]
_alerts = alerts_table
_timeline = timeline_table


def _export(store: Store, signer: Signer, out: Path, exercise: str | None = None) -> Path:
    request = ExportRequest(
        INCIDENT, "MLA request from UG", "UG-DPP-2026-114", "j.otieno", exercise_id=exercise
    )
    export_incident(store, signer, request, out)
    return out


def _files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _rewrite(path: Path, change: Callable[[dict[str, bytes]], None], *, rehash: bool) -> None:
    """Change the package's files; with ``rehash`` also rewrite the manifest, as a careful
    forger would (the manifest signature cannot be redone without the agency key)."""
    files = _files(path)
    change(files)
    if rehash:
        listed = {
            n: pkg.sha256(b) for n, b in files.items() if n not in (pkg.MANIFEST, pkg.MANIFEST_SIG)
        }
        files[pkg.MANIFEST] = pkg.dumps({"format": pkg.FORMAT, "files": listed})
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)


def _failures(path: Path) -> str:
    verdict = verify_package(path)
    assert not verdict.ok
    return "\n".join(verdict.failures)


@pytest.fixture
def package(store: Store, signer: Signer, tmp_path: Path) -> Path:
    store_history(store)
    return _export(store, signer, tmp_path / "KE-INC-7.zip")


def test_round_trip_verifies_every_entry_of_the_incident_only(package: Path) -> None:
    verdict = verify_package(package)
    assert verdict.ok, verdict.failures
    text = "\n".join(verdict.entries)
    assert "alert KE-nps-1): OK" in text
    assert "alert UG-upf-ack-1): OK" in text  # the partner's ack of the incident's alert
    assert "timeline incident.note): OK" in text
    assert "timeline evidence.export): OK" in text  # the export is itself logged
    assert "KE-nps-2" not in text  # another incident
    assert "KE-nps-X1" not in text  # the exercise incident with the same CAP id


def test_the_exercise_incident_exports_only_exercise_entries(
    store: Store, signer: Signer, tmp_path: Path
) -> None:
    store_history(store)
    verdict = verify_package(_export(store, signer, tmp_path / "drill.zip", exercise="EX-1"))
    assert verdict.ok, verdict.failures
    text = "\n".join(verdict.entries)
    assert "KE-nps-X1" in text
    assert "KE-nps-1)" not in text
    files = _files(tmp_path / "drill.zip")
    assert b"EXERCISE" in files[pkg.REPORT]


def test_package_holds_custody_report_and_raw_bytes(package: Path, store: Store) -> None:
    files = _files(package)
    custody = json.loads(files[pkg.CUSTODY])
    assert custody["reference"] == "UG-DPP-2026-114"
    assert custody["exported_by"] == "j.otieno"
    raws = [b for n, b in files.items() if n.startswith("raw/")]
    original = store.find_alert(
        ("police@ke.example", "KE-nps-1", next(iter(store.list_alerts())).alert.sent.text)
    )
    assert original is None or original.raw in raws
    assert b"UG-DPP-2026-114" in files[pkg.REPORT]
    exported = [e for e in store.timeline(INCIDENT) if e.kind == "evidence.export"]
    assert len(exported) == 1
    assert exported[0].data["custody"] == custody


# -- tampering with the package ---------------------------------------------------------


def _first_entry(files: dict[str, bytes], kind: str) -> str:
    return next(
        n
        for n, b in sorted(files.items())
        if n.startswith("entries/") and f'"kind":"{kind}"'.encode() in b
    )


def test_one_changed_byte_in_an_entry_is_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        name = _first_entry(files, "timeline")
        files[name] = files[name].replace(b"incident", b"incidenT", 1)

    _rewrite(package, change, rehash=False)
    assert "was changed after export" in _failures(package)
    _rewrite(package, lambda f: None, rehash=True)
    failures = _failures(package)
    assert "not in the log at this position" in failures
    assert "manifest signature does not hold" in failures


def test_a_changed_raw_payload_is_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        name = next(n for n in sorted(files) if n.startswith("raw/"))
        files[name] = files[name].replace(b"Explosion", b"Explosive", 1)

    _rewrite(package, change, rehash=True)
    assert "raw payload differs from the logged SHA-256" in _failures(package)


def test_a_deleted_entry_is_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        del files[_first_entry(files, "alert")]

    _rewrite(package, change, rehash=False)
    failures = _failures(package)
    assert "missing (deleted)" in failures
    assert "missing from the package (deleted)" in failures


def test_reordered_entries_are_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        meta = json.loads(files[pkg.PACKAGE])
        meta["entries"][0], meta["entries"][1] = meta["entries"][1], meta["entries"][0]
        files[pkg.PACKAGE] = pkg.dumps(meta)

    _rewrite(package, change, rehash=True)
    assert "out of log order (reordered)" in _failures(package)


def test_swapped_entry_contents_are_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        a, b = [n for n in sorted(files) if n.startswith("entries/")][:2]
        files[a], files[b] = files[b], files[a]

    _rewrite(package, change, rehash=True)
    assert "not in the log at this position" in _failures(package)


def test_a_truncated_package_is_named(package: Path) -> None:
    data = package.read_bytes()
    package.write_bytes(data[: len(data) * 2 // 3])
    assert "not a readable zip file" in _failures(package)


def test_a_package_that_is_not_there_is_named_as_unreadable_not_as_damaged(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "evidence-NC-1.zip"
    failures = _failures(missing)
    assert failures == f"cannot read the package {missing}: No such file or directory"
    assert "damaged" not in _failures(tmp_path)  # a folder given for the package


def test_an_appended_file_is_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        files["entries/999999999999.json"] = b'{"kind":"timeline","text":"forged confession"}'

    _rewrite(package, change, rehash=False)
    assert "is not in the manifest (added after export)" in _failures(package)


def test_an_appended_entry_with_a_rewritten_manifest_is_named(package: Path) -> None:
    def change(files: dict[str, bytes]) -> None:
        meta = json.loads(files[pkg.PACKAGE])
        forged = max(meta["entries"]) + 100
        meta["entries"].append(forged)
        files[pkg.PACKAGE] = pkg.dumps(meta)
        files[pkg.entry_name(forged)] = (
            b'{"kind":"timeline","event":"incident.note","text":"forged"}'
        )

    _rewrite(package, change, rehash=True)
    failures = _failures(package)
    assert "manifest signature does not hold" in failures
    assert "not in the log at this position" in failures


# -- tampering with the database before an export ---------------------------------------


def _tamper_then_export(
    store: Store, signer: Signer, tmp_path: Path, tamper: Callable[[Connection], object]
) -> str:
    store_history(store)
    Ledger(store).sign_checkpoint(signer)
    store.transaction("tamper", tamper)
    return _failures(_export(store, signer, tmp_path / "p.zip"))


def test_database_changed_alert_is_named(store: Store, signer: Signer, tmp_path: Path) -> None:
    failures = _tamper_then_export(
        store,
        signer,
        tmp_path,
        lambda c: c.execute(
            update(_alerts)
            .where(_alerts.c.identifier == "KE-nps-1")
            .values(raw=b"<alert>forged</alert>")
        ),
    )
    assert "raw payload differs from the logged SHA-256" in failures
    assert "was changed after it was logged" in failures


def test_database_changed_entry_is_named(store: Store, signer: Signer, tmp_path: Path) -> None:
    def tamper(c: Connection) -> None:
        row = c.execute(
            select(entries_table)
            .where(entries_table.c.kind == "timeline")
            .order_by(entries_table.c.leaf_index)
        ).first()
        assert row is not None
        c.execute(
            update(entries_table)
            .where(entries_table.c.leaf_index == row.leaf_index)
            .values(entry=bytes(row.entry).replace(b"Created", b"Deleted"))
        )

    assert "not in the log at this position" in _tamper_then_export(store, signer, tmp_path, tamper)


def test_database_deleted_fact_is_named(store: Store, signer: Signer, tmp_path: Path) -> None:
    failures = _tamper_then_export(
        store,
        signer,
        tmp_path,
        lambda c: c.execute(delete(_timeline).where(_timeline.c.kind == "incident.created")),
    )
    assert "timeline row" in failures
    assert "missing from the database" in failures


def test_database_reordered_entries_are_named(store: Store, signer: Signer, tmp_path: Path) -> None:
    def tamper(c: Connection) -> None:
        a, b = c.execute(select(entries_table).order_by(entries_table.c.leaf_index).limit(2)).all()
        for row, other in ((a, b), (b, a)):
            c.execute(
                update(entries_table)
                .where(entries_table.c.leaf_index == row.leaf_index)
                .values(entry=bytes(other.entry))
            )

    assert "not in the log at this position" in _tamper_then_export(store, signer, tmp_path, tamper)


def test_database_truncated_log_is_named(store: Store, signer: Signer, tmp_path: Path) -> None:
    def tamper(c: Connection) -> None:
        hashes = [
            bytes(h)
            for h in c.execute(
                select(entries_table.c.leaf_hash).order_by(entries_table.c.leaf_index)
            ).scalars()
        ]
        keep = len(hashes) - 3
        frontier = Frontier()
        for h in hashes[:keep]:
            frontier.append(h)
        c.execute(delete(entries_table).where(entries_table.c.leaf_index >= keep))
        for level, idx in c.execute(select(nodes_table.c.level, nodes_table.c.idx)).all():
            if (idx + 1) << level > keep:  # a subtree reaching past the cut goes too
                c.execute(
                    delete(nodes_table).where(
                        nodes_table.c.level == level, nodes_table.c.idx == idx
                    )
                )
        c.execute(update(state_table).values(size=keep, frontier=frontier.pack()))

    assert "the log shrank" in _tamper_then_export(store, signer, tmp_path, tamper)


def test_database_appended_entry_is_named(store: Store, signer: Signer, tmp_path: Path) -> None:
    """A forged entry appended behind the store's back (no fact row): the export names it."""

    def tamper(c: Connection) -> None:
        state = c.execute(select(state_table)).one()
        frontier = Frontier.unpack(int(state.size), bytes(state.frontier))
        entry = b'{"event":"incident.note","incident":"KE-INC-7","kind":"timeline","text":"forged"}'
        index = frontier.size
        nodes = frontier.append(leaf_hash(entry))
        c.execute(
            insert(entries_table),
            {
                "leaf_index": index,
                "source": "timeline",
                "source_id": 99999,
                "kind": "timeline",
                "exercise_id": None,
                "incident_key": INCIDENT,
                "entry": entry,
                "leaf_hash": leaf_hash(entry),
                "logged_at": state_time(),
            },
        )
        if nodes:
            c.execute(
                insert(nodes_table), [{"level": lv, "idx": ix, "hash": h} for lv, ix, h in nodes]
            )
        c.execute(update(state_table).values(size=frontier.size, frontier=frontier.pack()))

    assert "timeline row 99999 is missing from the database" in _tamper_then_export(
        store, signer, tmp_path, tamper
    )


def state_time() -> object:
    from datetime import UTC, datetime

    return datetime.now(UTC)


# -- the command line, offline -------------------------------------------------------------

_NO_NETWORK = textwrap.dedent(
    """
    import socket

    class _NoNetwork(socket.socket):
        def __init__(self, *args, **kwargs):
            raise OSError("network access is blocked for this process")

    socket.socket = _NoNetwork
    socket.create_connection = lambda *a, **k: _NoNetwork()
    """
)


def _offline_verify(tmp_path: Path, package: Path) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "offline-site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(_NO_NETWORK)
    script = (
        "import socket, sys\n"
        "try:\n    socket.socket()\nexcept OSError:\n    print('network blocked')\n"
        "from incident_desk.cli import main\n"
        f"sys.exit(main(['evidence', 'verify', {str(package)!r}]))\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}"}
    env.pop("IDESK_TEST_PG_URL", None)
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )


def test_cli_export_then_offline_verify(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with Store.open(url) as store:
        store_history(store)
    out, key = tmp_path / "case.zip", tmp_path / "evidence.key"
    assert main(["evidence", "key", "--key", str(key)]) == 0  # export never creates a key
    args = ["evidence", "export", INCIDENT, "--db", url, "--out", str(out), "--key", str(key)]
    assert main([*args, "--reason", "MLA request", "--reference", "UG-DPP-2026-114"]) == 0
    done = _offline_verify(tmp_path, out)
    assert done.stdout.startswith("network blocked"), done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VERIFIED" in done.stdout
    assert "timeline evidence.export): OK" in done.stdout

    _rewrite(
        out, lambda f: f.update({pkg.CUSTODY: f[pkg.CUSTODY].replace(b"MLA", b"XXX")}), rehash=True
    )
    done = _offline_verify(tmp_path, out)
    assert done.returncode == 1
    assert "FAILED: the custody record differs from the logged export event" in done.stdout
    assert "NOT VERIFIED" in done.stdout


def test_cli_checkpoint_and_audit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with Store.open(url) as store:
        store_history(store)
    key = tmp_path / "k.key"
    assert main(["evidence", "key", "--key", str(key)]) == 0  # checkpoint never creates one
    assert main(["evidence", "checkpoint", "--db", url, "--key", str(key)]) == 0
    assert main(["evidence", "audit", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "\n12\n" in out
    assert "the log holds" in out


def test_verdict_is_ok_only_without_failures() -> None:
    assert Verdict().ok
    assert not Verdict(failures=["x"]).ok
