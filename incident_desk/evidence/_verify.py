"""Verify an evidence package offline: no database, no broker, no network.

``verify_package`` checks, and names each failure:

1. the zip is readable; every file is listed in the manifest with its SHA-256, nothing is
   missing and nothing was added; the manifest is signed by the log key;
2. every checkpoint is signed by the log key; every cosignature by a witness key verifies;
3. each earlier checkpoint is consistent with the export checkpoint (the log only grew);
4. each entry: its bytes hash to a leaf whose inclusion proof leads to the export
   checkpoint's root; its raw payload (if any) has the SHA-256 the entry names; entries are
   in log order; the exporting console found the entry equal to its database row;
5. the custody record equals the logged export event;
6. alert signatures (XML-DSig) re-checked with the certificates in the package.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from incident_desk.errors import InputError
from incident_desk.evidence import _package as pkg
from incident_desk.evidence._note import COSIGNATURE_V1, Checkpoint, Note, NoteError, Verifier
from incident_desk.tlog.entries import decode
from incident_desk.tlog.merkle import (
    ProofError,
    leaf_hash,
    verify_consistency,
    verify_inclusion,
)


@dataclass
class Verdict:
    """The outcome of a verification.

    Attributes:
        failures: one plain sentence per check that failed (empty: everything holds).
        entries: one line per entry, in log order ("entry 12 (alert ...): OK ...").
        notes: facts a reader should know that are not failures (keys, witnesses).
    """

    failures: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


class _Package:
    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.names = set(zf.namelist())

    def read(self, name: str) -> bytes | None:
        return self.zf.read(name) if name in self.names else None

    def json(self, name: str) -> Any:
        data = self.read(name)
        if data is None:
            raise InputError(f"{name} is missing from the package")
        return json.loads(data)


def verify_package(
    path: Path,
    *,
    log_key: str | None = None,
    witness_keys: tuple[str, ...] = (),
    tsa_roots: bytes | None = None,
) -> Verdict:
    """Check the package at ``path``; ``log_key``/``witness_keys`` pin keys obtained out of
    band (else the keys the package names are used, and a note says so)."""
    verdict = Verdict()
    try:
        zf = zipfile.ZipFile(path)
        bad = zf.testzip()
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        verdict.failures.append(f"cannot read the package {path}: {exc.strerror}")
        return verdict
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        verdict.failures.append(
            f"the package is not a readable zip file (truncated or damaged: {exc})"
        )
        return verdict
    if bad is not None:
        verdict.failures.append(f"the package file {bad} is damaged (CRC error)")
    with zf:
        try:
            _verify(_Package(zf), verdict, log_key, witness_keys)
            _check_timestamps(_Package(zf), verdict, tsa_roots)
        except (InputError, ValueError, KeyError) as exc:
            verdict.failures.append(f"the package is incomplete or malformed: {exc}")
    return verdict


def _verify(p: _Package, v: Verdict, log_key: str | None, witness_keys: tuple[str, ...]) -> None:
    meta = p.json(pkg.PACKAGE)
    if meta.get("format") != pkg.FORMAT:
        v.failures.append(f"unknown package format {meta.get('format')!r}")
    log = Verifier.parse(log_key or meta["log_key"])
    if log_key is None:
        v.notes.append(
            "log key taken from the package (compare it with the agency's published key): "
            + log.vkey()
        )
    elif meta["log_key"] != log.vkey():
        v.failures.append("the package names another log key than the one given")
    witnesses = [Verifier.parse(k) for k in (witness_keys or tuple(meta.get("witness_keys", [])))]
    witnesses = [Verifier(w.name, COSIGNATURE_V1, w.public) for w in witnesses]
    _check_manifest(p, v, log)
    roots = _check_checkpoints(p, v, meta, log, witnesses)
    size = int(meta["checkpoint"])
    if size not in roots:
        v.failures.append(f"the export checkpoint ({size} entries) is missing or not valid")
        return
    _check_entries(p, v, meta, size, roots[size][0], roots)
    _check_custody(p, v, meta)


def _check_manifest(p: _Package, v: Verdict, log: Verifier) -> None:
    manifest = p.read(pkg.MANIFEST)
    if manifest is None:
        v.failures.append("manifest.json is missing")
        return
    listed: dict[str, str] = json.loads(manifest)["files"]
    for name in sorted(p.names - set(listed) - {pkg.MANIFEST, pkg.MANIFEST_SIG}):
        v.failures.append(f"file {name} is not in the manifest (added after export)")
    for name, digest in sorted(listed.items()):
        data = p.read(name)
        if data is None:
            v.failures.append(f"file {name} listed in the manifest is missing (deleted)")
        elif pkg.sha256(data) != digest:
            v.failures.append(
                f"file {name} was changed after export (its SHA-256 differs from the manifest)"
            )
    sig = p.read(pkg.MANIFEST_SIG)
    try:
        if sig is None:
            raise NoteError("manifest.sig is missing")
        note = Note.parse(sig)
        if note.text != pkg.manifest_text(manifest):
            raise NoteError("manifest.sig is not about this manifest")
        note.verify(log)
    except NoteError as exc:
        v.failures.append(f"the manifest signature does not hold: {exc}")


def _check_checkpoints(
    p: _Package, v: Verdict, meta: dict[str, Any], log: Verifier, witnesses: list[Verifier]
) -> dict[int, tuple[bytes, list[str]]]:
    """Size -> (root, witnesses that cosigned) of each checkpoint whose signature holds."""
    good: dict[int, tuple[bytes, list[str]]] = {}
    for size in meta["checkpoints"]:
        data = p.read(pkg.checkpoint_name(int(size)))
        try:
            if data is None:
                raise NoteError("it is missing")
            note = Note.parse(data)
            note.verify(log)
            body = Checkpoint.parse(note.text)
            if body.size != int(size) or body.origin != meta["origin"]:
                raise NoteError("it names another log or size")
        except NoteError as exc:
            v.failures.append(f"checkpoint {size}: its signature does not hold ({exc})")
            continue
        cosigned: list[str] = []
        for w in witnesses:
            try:
                stamp = note.verify(w) or 0
                at = datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d %H:%M:%SZ")
                cosigned.append(f"{w.name} at {at}")
            except NoteError as exc:
                if "no signature by" not in str(exc):
                    v.failures.append(
                        f"checkpoint {size}: cosignature of {w.name} does not hold ({exc})"
                    )
        good[body.size] = (body.root, cosigned)
    export = int(meta["checkpoint"])
    if export not in good:
        return good
    proofs = {int(c["from"]): c for c in p.json(pkg.CONSISTENCY)}
    for size, (root, _cos) in sorted(good.items()):
        if size == export:
            continue
        if size > export:
            v.failures.append(
                f"the log shrank: a checkpoint of {size} entries was signed before this "
                f"export of {export} (truncated)"
            )
            continue
        proof = [bytes.fromhex(h) for h in proofs.get(size, {}).get("proof", [])]
        try:
            verify_consistency(size, export, root, good[export][0], proof)
        except ProofError as exc:
            v.failures.append(
                f"checkpoint {size} is not consistent with checkpoint {export}: {exc}"
            )
    return good


def _check_entries(
    p: _Package,
    v: Verdict,
    meta: dict[str, Any],
    size: int,
    root: bytes,
    roots: dict[int, tuple[bytes, list[str]]],
) -> None:
    proofs = p.json(pkg.PROOFS)
    facts = p.json(pkg.FACTS)
    trust = _trust_store(p)
    last = -1
    for leaf in meta["entries"]:
        leaf = int(leaf)
        problems: list[str] = []
        if leaf <= last:
            problems.append("out of log order (reordered)")
        last = max(last, leaf)
        entry = p.read(pkg.entry_name(leaf))
        if entry is None:
            v.failures.append(f"entry {leaf}: missing from the package (deleted)")
            v.entries.append(f"entry {leaf}: FAILED (missing)")
            continue
        try:
            proof = [bytes.fromhex(h) for h in proofs[str(leaf)]["proof"]]
            verify_inclusion(leaf, size, leaf_hash(entry), proof, root)
        except (ProofError, KeyError) as exc:
            problems.append(f"not in the log at this position ({exc or 'no inclusion proof'})")
        try:
            fields = decode(entry)
        except ValueError:
            fields = {}
            problems.append("not a readable entry")
        problems += _check_raw(p, leaf, fields, trust)
        fact = facts.get(str(leaf), "no check by the exporting console")
        if fact != "ok":
            problems.append(f"database: {fact}")
        name = fields.get("event") or fields.get("identifier") or fields.get("reason") or ""
        label = f"entry {leaf} ({fields.get('kind')} {name})".replace(" )", ")")
        if problems:
            v.failures += [f"{label}: {x}" for x in problems]
            v.entries.append(f"{label}: FAILED: {'; '.join(problems)}")
        else:
            witnessed = sorted({w for s, (_r, ws) in roots.items() if s > leaf for w in ws})
            by = f"; witnessed by {', '.join(witnessed)}" if witnessed else "; not witnessed yet"
            v.entries.append(f"{label}: OK (in the log at checkpoint {size}{by})")


def _check_raw(p: _Package, leaf: int, fields: dict[str, Any], trust: Any) -> list[str]:
    if "raw_sha256" not in fields:
        return []
    raw = p.read(pkg.raw_name(leaf))
    if raw is None:
        return ["its raw payload is missing"]
    if pkg.sha256(raw) != fields["raw_sha256"] or len(raw) != fields.get("raw_size"):
        return ["its raw payload differs from the logged SHA-256"]
    if fields.get("kind") != "alert" or fields.get("trust_state") not in (
        "verified",
        "signer_mismatch",
    ):
        return []  # only a signature that held at receipt must still hold
    from incident_desk.trust import verify as verify_signature

    when = datetime.fromisoformat(fields["received_at"]) if fields.get("received_at") else None
    result = verify_signature(raw, trust, topic_agency=None, topic_country=None, now=when)
    if result.state == "bad_signature":
        return [f"its XML signature does not hold ({result.detail})"]
    return []


def _trust_store(p: _Package) -> Any:
    from incident_desk.trust import TrustStore

    index = p.json(pkg.CERTS_INDEX) if pkg.CERTS_INDEX in p.names else []
    return TrustStore.from_certificates(
        (item["country"], item["agency"], p.read(item["file"]) or b"") for item in index
    )


def _check_timestamps(p: _Package, v: Verdict, pinned: bytes | None) -> None:
    """RFC 3161 tokens of checkpoints (optional): each must hold for its checkpoint's text."""
    sizes = p.json(pkg.PACKAGE).get("timestamps", [])
    if not sizes:
        return
    from incident_desk.evidence.timestamp import TimestampError, check_timestamp, load_roots

    roots_pem = pinned if pinned is not None else p.read(pkg.TSA_ROOTS)
    if pinned is None and roots_pem is not None:
        v.notes.append("time-stamping authority roots taken from the package (compare them)")
    for size in sizes:
        token = p.read(pkg.timestamp_name(int(size)))
        note = p.read(pkg.checkpoint_name(int(size)))
        try:
            if token is None or note is None:
                raise TimestampError("the token or its checkpoint is missing")
            when = check_timestamp(token, Note.parse(note).text, load_roots(roots_pem or b""))
        except (TimestampError, NoteError) as exc:
            v.failures.append(f"checkpoint {size}: its RFC 3161 timestamp does not hold ({exc})")
            continue
        v.notes.append(f"checkpoint {size} timestamped by the TSA at {when:%Y-%m-%d %H:%M:%SZ}")


def _check_custody(p: _Package, v: Verdict, meta: dict[str, Any]) -> None:
    custody = p.json(pkg.CUSTODY)
    entry = p.read(pkg.entry_name(int(meta["export_entry"])))
    if entry is None:
        v.failures.append("the logged export event is missing from the package")
        return
    logged = json.loads(decode(entry).get("data") or "{}").get("custody")
    if logged != custody:
        v.failures.append("the custody record differs from the logged export event")
