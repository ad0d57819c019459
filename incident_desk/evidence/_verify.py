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


class Malformed(InputError):
    """A package member that is not what the format says (which member, what is wrong)."""

    def __init__(self, member: str, problem: str) -> None:
        self.member = member
        super().__init__(f"{member}: {problem}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)


def _object(member: str, value: Any, what: str = "") -> dict[str, Any]:
    if not isinstance(value, dict):
        where = f"{what} " if what else ""
        raise Malformed(member, f"{where}must be a JSON object, not {_kind(value)}")
    return value


def _list(member: str, value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise Malformed(member, f"{what} must be a list, not {_kind(value)}")
    return value


def _size(member: str, value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Malformed(member, f"{what} must be a whole number from 0, not {value!r:.40}")
    return value


def _text(member: str, value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise Malformed(member, f"{what} must be a string, not {_kind(value)}")
    return value


def _hashes(member: str, value: Any, what: str) -> list[bytes]:
    out: list[bytes] = []
    for item in _list(member, value, what):
        try:
            digest = bytes.fromhex(_text(member, item, f"each hash of {what}"))
        except ValueError:
            raise Malformed(member, f"{what} holds {item!r:.40}, not a hex hash") from None
        if len(digest) != 32:
            raise Malformed(member, f"{what} holds a hash of {len(digest)} bytes, not 32")
        out.append(digest)
    return out


@dataclass(frozen=True)
class _Meta:
    """``package.json``, checked member by member."""

    format: Any
    origin: str
    log_key: str
    witness_keys: list[str]
    checkpoint: int
    checkpoints: list[int]
    timestamps: list[int]
    entries: list[int]
    export_entry: int

    @classmethod
    def of(cls, value: Any) -> _Meta:
        m = pkg.PACKAGE
        meta = _object(m, value)
        for key in ("origin", "log_key", "checkpoint", "checkpoints", "entries", "export_entry"):
            if key not in meta:
                raise Malformed(m, f"{key!r} is missing")

        def sizes(key: str) -> list[int]:
            what = f"{key!r}"
            return [_size(m, x, f"{what} (every item)") for x in _list(m, meta.get(key, []), what)]

        return cls(
            format=meta.get("format"),
            origin=_text(m, meta["origin"], "'origin'"),
            log_key=_text(m, meta["log_key"], "'log_key'"),
            witness_keys=[
                _text(m, k, "'witness_keys' (every item)")
                for k in _list(m, meta.get("witness_keys", []), "'witness_keys'")
            ],
            checkpoint=_size(m, meta["checkpoint"], "'checkpoint'"),
            checkpoints=sizes("checkpoints"),
            timestamps=sizes("timestamps"),
            entries=sizes("entries"),
            export_entry=_size(m, meta["export_entry"], "'export_entry'"),
        )


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
        try:
            return json.loads(data)
        except ValueError as exc:  # also a UnicodeDecodeError
            raise Malformed(name, f"not JSON ({exc})") from None

    def meta(self) -> _Meta:
        return _Meta.of(self.json(pkg.PACKAGE))


def verify_package(
    path: Path,
    *,
    log_key: str | None = None,
    witness_keys: tuple[str, ...] = (),
    tsa_roots: bytes | None = None,
) -> Verdict:
    """Check the package at ``path``; ``log_key``/``witness_keys`` pin keys obtained out of
    band (else the keys the package names are used, and a note says so).

    Raises:
        NoteError: ``log_key`` or one of ``witness_keys`` is not a verifier key (the keys
            given are checked before the package is opened: a bad key is not the package's
            fault).
    """
    for key in (*([log_key] if log_key else []), *witness_keys):
        Verifier.parse(key)
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
        except Malformed as exc:
            verdict.failures.append(f"the package is malformed: {exc}")
        except (InputError, ValueError, KeyError) as exc:
            verdict.failures.append(f"the package is incomplete or malformed: {exc}")
    return verdict


def _verify(p: _Package, v: Verdict, log_key: str | None, witness_keys: tuple[str, ...]) -> None:
    meta = p.meta()
    if meta.format != pkg.FORMAT:
        v.failures.append(f"unknown package format {meta.format!r:.60}")
    if log_key is None:
        log = _package_key(meta.log_key, "'log_key'")
        v.notes.append(
            "log key taken from the package (compare it with the agency's published key): "
            + log.vkey()
        )
    else:
        log = Verifier.parse(log_key)
        if meta.log_key != log.vkey():
            v.failures.append("the package names another log key than the one given")
    if witness_keys:
        witnesses = [Verifier.parse(k) for k in witness_keys]
    else:
        witnesses = [_package_key(k, "'witness_keys'") for k in meta.witness_keys]
    witnesses = [Verifier(w.name, COSIGNATURE_V1, w.public) for w in witnesses]
    _check_manifest(p, v, log)
    roots = _check_checkpoints(p, v, meta, log, witnesses)
    size = meta.checkpoint
    if size not in roots:
        v.failures.append(f"the export checkpoint ({size} entries) is missing or not valid")
        return
    _check_entries(p, v, meta, size, roots[size][0], roots)
    _check_custody(p, v, meta)


def _package_key(vkey: str, what: str) -> Verifier:
    try:
        return Verifier.parse(vkey)
    except NoteError as exc:
        raise Malformed(pkg.PACKAGE, f"{what}: {exc}") from None


def _check_manifest(p: _Package, v: Verdict, log: Verifier) -> None:
    manifest = p.read(pkg.MANIFEST)
    if manifest is None:
        v.failures.append("manifest.json is missing")
        return
    try:
        parsed = json.loads(manifest)
    except ValueError as exc:
        raise Malformed(pkg.MANIFEST, f"not JSON ({exc})") from None
    files = _object(pkg.MANIFEST, parsed).get("files")
    listed = {
        name: _text(pkg.MANIFEST, digest, f"the SHA-256 of {name!r:.60}")
        for name, digest in _object(pkg.MANIFEST, files, "'files'").items()
    }
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
    p: _Package, v: Verdict, meta: _Meta, log: Verifier, witnesses: list[Verifier]
) -> dict[int, tuple[bytes, list[str]]]:
    """Size -> (root, witnesses that cosigned) of each checkpoint whose signature holds."""
    good: dict[int, tuple[bytes, list[str]]] = {}
    for size in meta.checkpoints:
        data = p.read(pkg.checkpoint_name(size))
        try:
            if data is None:
                raise NoteError("it is missing")
            note = Note.parse(data)
            note.verify(log)
            body = Checkpoint.parse(note.text)
            if body.size != size or body.origin != meta.origin:
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
    export = meta.checkpoint
    if export not in good:
        return good
    proofs = _consistency(p.json(pkg.CONSISTENCY))
    for size, (root, _cos) in sorted(good.items()):
        if size == export:
            continue
        if size > export:
            v.failures.append(
                f"the log shrank: a checkpoint of {size} entries was signed before this "
                f"export of {export} (truncated)"
            )
            continue
        proof = proofs.get(size, [])
        try:
            verify_consistency(size, export, root, good[export][0], proof)
        except ProofError as exc:
            v.failures.append(
                f"checkpoint {size} is not consistent with checkpoint {export}: {exc}"
            )
    return good


def _consistency(value: Any) -> dict[int, list[bytes]]:
    """``consistency.json``: from-size -> proof."""
    m = pkg.CONSISTENCY
    out: dict[int, list[bytes]] = {}
    for item in _list(m, value, "the file"):
        item = _object(m, item, "each proof")
        out[_size(m, item.get("from"), "'from'")] = _hashes(m, item.get("proof", []), "'proof'")
    return out


def _inclusion(value: Any) -> dict[str, list[bytes]]:
    """``proofs.json``: leaf (as text) -> inclusion proof."""
    m = pkg.PROOFS
    return {
        str(leaf): _hashes(
            m, _object(m, item, f"the proof of {leaf!r:.20}").get("proof"), "'proof'"
        )
        for leaf, item in _object(m, value).items()
    }


def _facts(value: Any) -> dict[str, str]:
    """``facts.json``: leaf (as text) -> "ok" or what the exporting console found."""
    m = pkg.FACTS
    return {
        str(leaf): _text(m, fact, f"the check of entry {leaf!r:.20}")
        for leaf, fact in _object(m, value).items()
    }


def _check_entries(
    p: _Package,
    v: Verdict,
    meta: _Meta,
    size: int,
    root: bytes,
    roots: dict[int, tuple[bytes, list[str]]],
) -> None:
    proofs = _inclusion(p.json(pkg.PROOFS))
    facts = _facts(p.json(pkg.FACTS))
    trust = _trust_store(p)
    last = -1
    for leaf in meta.entries:
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
            verify_inclusion(leaf, size, leaf_hash(entry), proofs[str(leaf)], root)
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

    m = pkg.CERTS_INDEX
    index = p.json(m) if m in p.names else []
    certs = []
    for item in _list(m, index, "the file"):
        item = _object(m, item, "each certificate")
        agency = item.get("agency")
        certs.append(
            (
                _text(m, item.get("country"), "'country'"),
                None if agency is None else _text(m, agency, "'agency'"),
                p.read(_text(m, item.get("file"), "'file'")) or b"",
            )
        )
    return TrustStore.from_certificates(certs)


def _check_timestamps(p: _Package, v: Verdict, pinned: bytes | None) -> None:
    """RFC 3161 tokens of checkpoints (optional): each must hold for its checkpoint's text."""
    sizes = p.meta().timestamps
    if not sizes:
        return
    from incident_desk.evidence.timestamp import TimestampError, check_timestamp, load_roots

    roots_pem = pinned if pinned is not None else p.read(pkg.TSA_ROOTS)
    if pinned is None and roots_pem is not None:
        v.notes.append("time-stamping authority roots taken from the package (compare them)")
    for size in sizes:
        token = p.read(pkg.timestamp_name(size))
        note = p.read(pkg.checkpoint_name(size))
        try:
            if token is None or note is None:
                raise TimestampError("the token or its checkpoint is missing")
            when = check_timestamp(token, Note.parse(note).text, load_roots(roots_pem or b""))
        except (TimestampError, NoteError) as exc:
            v.failures.append(f"checkpoint {size}: its RFC 3161 timestamp does not hold ({exc})")
            continue
        v.notes.append(f"checkpoint {size} timestamped by the TSA at {when:%Y-%m-%d %H:%M:%SZ}")


def _check_custody(p: _Package, v: Verdict, meta: _Meta) -> None:
    custody = p.json(pkg.CUSTODY)
    entry = p.read(pkg.entry_name(meta.export_entry))
    if entry is None:
        v.failures.append("the logged export event is missing from the package")
        return
    try:
        data = json.loads(decode(entry).get("data") or "{}")
    except (ValueError, TypeError):
        data = None
    logged = data.get("custody") if isinstance(data, dict) else None
    if logged != custody:
        v.failures.append("the custody record differs from the logged export event")
