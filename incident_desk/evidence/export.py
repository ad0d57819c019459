"""Export everything the log holds about one incident as a self-verifying package.

``export_incident`` (``incident-desk evidence export``) logs the export itself (a timeline
entry ``evidence.export`` with who, why and the case reference), signs a fresh checkpoint
that covers it, and writes a zip: each entry about the incident as logged, the raw payloads,
an inclusion proof per entry, the export checkpoint and the earlier (cosigned) checkpoints
with consistency proofs to it, the certificates of alert signers the trust store knows, the
custody record, a readable report and a manifest signed with the agency key. All of it is
one database transaction, committed before the package is renamed into place: a refused or
failed export leaves no custody entry, no checkpoint and no file.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import socket
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import Connection, and_, or_, select

from incident_desk import __version__
from incident_desk.errors import InputError
from incident_desk.evidence import _package as pkg
from incident_desk.evidence._note import Note, Signer
from incident_desk.evidence._report import render_report, report_form
from incident_desk.evidence.ledger import (
    Ledger,
    LogDamaged,
    StoredCheckpoint,
    entries_table,
    fetch_nodes,
)
from incident_desk.evidence.timestamp import check_tsa_url, request_timestamp
from incident_desk.exports import IcsForm
from incident_desk.incidents._schema import incident_alerts_table, incidents_table, traffic_of
from incident_desk.outfile import check_file, reserve
from incident_desk.store import Store
from incident_desk.store._evidence import fact_table, log_pending
from incident_desk.store._links import chunks
from incident_desk.store._schema import alert_links_table, alerts_table, timeline_table
from incident_desk.store._timeline import write_timeline
from incident_desk.tlog.entries import ENCODERS, decode
from incident_desk.tlog.merkle import inclusion_ranges, perfect_parts, range_hash
from incident_desk.trust import TrustStore
from incident_desk.trust import verify as verify_signature

_alerts = alerts_table
_links = alert_links_table
_timeline = timeline_table


@dataclass(frozen=True)
class ExportRequest:
    """Who exports what, why, for which case.

    Attributes:
        incident: the incident key (``timeline.incident_id``), e.g. ``INC-KE-20261205-1``.
        exercise_id: the exercise it belongs to; None for real traffic.
        witnesses: cosigner verifier keys to name in the package (from the settings).
    """

    incident: str
    reason: str
    reference: str
    actor: str
    console: str | None = None
    exercise_id: str | None = None
    witnesses: tuple[str, ...] = ()
    trust_store: TrustStore | None = None
    tsa_roots: bytes | None = None  # PEM roots of the time-stamping authority, shipped


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, how many log entries it proves, against which checkpoint;
    the export's own log entry and its timeline entry (``timeline_id``)."""

    path: Path
    entries: int
    checkpoint: StoredCheckpoint
    export_leaf: int
    timeline_id: int = 0
    pdf: bool = False  # the package holds report.pdf


PdfRenderer = Callable[[IcsForm], bytes]
"""Draws a report form as PDF bytes (the UI layer's ``incident_desk.ui.ics_pdf.pdf_bytes``)."""


def export_incident(
    store: Store,
    signer: Signer,
    request: ExportRequest,
    out: Path,
    tsa_url: str | None = None,
    *,
    render_pdf: PdfRenderer | None = None,
) -> ExportResult:
    """Write the package of ``request.incident`` to ``out``; see the module docstring.
    With ``render_pdf`` the package also holds ``report.pdf`` (in the manifest like every
    file).

    Every input is checked before anything is written (the reason and reference, the TSA
    URL, the incident in its traffic, a writable ``out``). Then one write transaction logs
    the export, signs the checkpoint that covers it, timestamps it (``tsa_url``), builds the
    package and writes it next to ``out`` (``out.<random>.part``, flushed to disk); the
    package is renamed to ``out`` only after that transaction committed. A failure on the
    way (the TSA does not answer, the disk is full, the database fails) rolls the
    transaction back: no custody entry, no checkpoint, no file. A custody entry in the log
    therefore always names a package that was written, and no package can name a log entry
    or checkpoint that the log does not keep (which would look like a fork of the log).

    Raises:
        InputError: no reason or reference; no such incident in this traffic; ``out``
            cannot be written.
        ConfigError: ``tsa_url`` is not an http(s) URL.
        BusError: the time-stamping authority did not answer (nothing was logged).
        StoreError: the database failed (nothing was logged).
    """
    if not request.reason.strip() or not request.reference.strip():
        raise InputError("an evidence export needs a reason and a case reference")
    if tsa_url:
        check_tsa_url(tsa_url)
    check_file(out)
    with store.reading("find the incident") as conn:
        check_incident(conn, request.incident, request.exercise_id)
    part = reserve(out)
    try:
        result = store.transaction(
            "export evidence",
            lambda conn: _export(conn, store, signer, request, out, part, tsa_url, render_pdf),
        )
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    try:
        part.replace(out)
    except OSError as exc:
        raise InputError(
            f"cannot write {out}: {exc.strerror or exc} (the package is complete in {part}; "
            "rename it)"
        ) from None
    return result


def _export(
    conn: Connection,
    store: Store,
    signer: Signer,
    request: ExportRequest,
    out: Path,
    part: Path,
    tsa_url: str | None,
    render_pdf: PdfRenderer | None,
) -> ExportResult:
    """The export in ``conn``'s write transaction: log, sign, timestamp, build, write
    ``part``. Run again as a whole if the database asks to retry."""
    ledger = Ledger(store)
    at = datetime.now(UTC)
    custody = {
        "incident": request.incident,
        "exercise_id": request.exercise_id,
        "reason": request.reason,
        "reference": request.reference,
        "exported_by": request.actor,
        "console": request.console or socket.gethostname(),
        "system_user": _system_user(),
        "exported_at": at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "file": out.name,
        "tool": f"incident-desk {__version__}",
    }
    [logged_id] = write_timeline(
        conn,
        [
            {
                "at": at,
                "actor": request.actor,
                "console": custody["console"],
                "kind": "evidence.export",
                "incident_id": request.incident,
                "alert_id": None,
                "exercise_id": request.exercise_id,
                "text": f"Evidence package {out.name} exported for {request.reference}: "
                f"{request.reason}",
                "data": json.dumps({"custody": custody}, sort_keys=True),
            }
        ],
    )
    log_pending(conn)  # the export's log entry, in this transaction, before the checkpoint
    checkpoint = ledger.sign_checkpoint_in(conn, signer)
    if tsa_url:
        token = request_timestamp(tsa_url, Note.parse(checkpoint.note).text)
        ledger.add_timestamp(checkpoint.id, token, conn)
        checkpoint = replace(checkpoint, timestamp=token)
    rows = _incident_entries(conn, request, checkpoint.size)
    export_leaf = max(
        (int(r.leaf_index) for r in rows if r.source == "timeline" and r.source_id == logged_id),
        default=None,
    )
    if export_leaf is None:
        raise LogDamaged("The export event is not in the evidence log: the log is damaged.")
    files = _entry_files(conn, rows, checkpoint.size)
    earlier = _earlier_checkpoints(ledger.checkpoints(conn=conn), rows, checkpoint)
    consistency = []
    for cp in earlier:
        if cp.size <= checkpoint.size:
            proof = ledger.consistency(conn, cp.size, checkpoint.size)
            consistency.append(
                {"from": cp.size, "to": checkpoint.size, "proof": [h.hex() for h in proof]}
            )
    for cp in [*earlier, checkpoint]:
        files[pkg.checkpoint_name(cp.size)] = cp.note
        if cp.timestamp is not None:
            files[pkg.timestamp_name(cp.size)] = cp.timestamp
    if request.tsa_roots:
        files[pkg.TSA_ROOTS] = request.tsa_roots
    files[pkg.CONSISTENCY] = pkg.dumps(consistency)
    files.update(_certificates(rows, files, request.trust_store))
    files[pkg.CUSTODY] = pkg.dumps(custody)
    files[pkg.PACKAGE] = pkg.dumps(
        {
            "format": pkg.FORMAT,
            "origin": signer.name,
            "log_key": signer.verifier().vkey(),
            "witness_keys": list(request.witnesses),
            "incident": request.incident,
            "exercise_id": request.exercise_id,
            "checkpoint": checkpoint.size,
            "checkpoints": [cp.size for cp in earlier] + [checkpoint.size],
            "timestamps": [cp.size for cp in [*earlier, checkpoint] if cp.timestamp],
            "entries": [int(r.leaf_index) for r in rows],
            "export_entry": export_leaf,
        }
    )
    files[pkg.REPORT] = render_report(request, custody, rows, checkpoint.size).encode()
    if render_pdf is not None:
        files[pkg.REPORT_PDF] = render_pdf(report_form(request, custody, rows, checkpoint.size))
    manifest = pkg.dumps(
        {"format": pkg.FORMAT, "files": {n: pkg.sha256(b) for n, b in sorted(files.items())}}
    )
    text = pkg.manifest_text(manifest)
    files[pkg.MANIFEST] = manifest
    files[pkg.MANIFEST_SIG] = text + b"\n" + signer.sign_line(text).encode()
    _write_zip(part, files)
    return ExportResult(
        out, len(rows), checkpoint, export_leaf, logged_id, pdf=render_pdf is not None
    )


def check_incident(conn: Connection, key: str, exercise: str | None) -> None:
    """Refuse (``InputError``) an incident the store knows nothing about in this traffic
    (real, or the exercise ``exercise``); say where it exists instead, if anywhere. Real and
    exercise traffic never mix in a package."""
    where = f"exercise {exercise}" if exercise is not None else "real traffic"
    traffic = traffic_of(exercise)
    known = conn.execute(
        select(incidents_table.c.id)
        .where(incidents_table.c.key == key, incidents_table.c.traffic == traffic)
        .limit(1)
    ).first()
    if known is None:
        known = conn.execute(
            select(entries_table.c.leaf_index)
            .where(entries_table.c.incident_key == key, _same_traffic(exercise))
            .limit(1)
        ).first()
    if known is not None:
        return
    elsewhere: set[str] = set()
    for (other,) in conn.execute(
        select(incidents_table.c.traffic).where(incidents_table.c.key == key).distinct()
    ):
        elsewhere.add(_traffic_words(None if other == traffic_of(None) else other.split(":", 1)[1]))
    for (other,) in conn.execute(
        select(entries_table.c.exercise_id).where(entries_table.c.incident_key == key).distinct()
    ):
        elsewhere.add(_traffic_words(other))
    elsewhere.discard(where)
    places = sorted(elsewhere, key=lambda w: (w != "real traffic", w))
    hint = ""
    if len(places) == 1:
        hint = f": it exists only in {places[0]}"
    elif places:
        hint = f": it exists in {', '.join(places[:-1])} and in {places[-1]}"
    raise InputError(f"no incident {key!r} in {where}{hint}")


def _traffic_words(exercise: str | None) -> str:
    return "real traffic" if exercise is None else f"exercise {exercise}"


def _same_traffic(exercise: str | None) -> Any:
    return (
        entries_table.c.exercise_id.is_(None)
        if exercise is None
        else entries_table.c.exercise_id == exercise
    )


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _incident_entries(conn: Connection, request: ExportRequest, size: int) -> list[Any]:
    """The log rows about the incident (same traffic only), in log order."""
    exercise = request.exercise_id
    same_traffic = _same_traffic(exercise)
    alert_ids = _incident_alerts(conn, request.incident, exercise)
    timeline_ids: list[int] = []
    for chunk in chunks(alert_ids, 900):
        timeline_ids += conn.execute(
            select(_timeline.c.id).where(_timeline.c.alert_id.in_(chunk))
        ).scalars()
    conditions = [entries_table.c.incident_key == request.incident]
    for chunk in chunks(alert_ids, 900):
        conditions.append(
            and_(entries_table.c.source == "alerts", entries_table.c.source_id.in_(chunk))
        )
    for chunk in chunks(timeline_ids, 900):
        conditions.append(
            and_(entries_table.c.source == "timeline", entries_table.c.source_id.in_(chunk))
        )
    query = (
        select(entries_table)
        .where(or_(*conditions), same_traffic, entries_table.c.leaf_index < size)
        .order_by(entries_table.c.leaf_index)
    )
    return list(conn.execute(query))


def _incident_alerts(conn: Connection, key: str, exercise: str | None) -> list[int]:
    """The incident's alerts and every stored alert that references them (acks, updates)."""
    ids = set(
        conn.execute(
            select(incident_alerts_table.c.alert_id)
            .join(incidents_table, incidents_table.c.id == incident_alerts_table.c.incident_id)
            .where(incidents_table.c.key == key, incidents_table.c.traffic == traffic_of(exercise))
        ).scalars()
    )
    frontier = set(ids)
    while frontier:
        found: set[int] = set()
        for chunk in chunks(sorted(frontier), 900):
            found.update(
                conn.execute(
                    select(_links.c.alert_id).where(_links.c.target_id.in_(chunk))
                ).scalars()
            )
        frontier = found - ids
        ids |= found
    return sorted(ids)


def _entry_files(conn: Connection, rows: Sequence[Any], size: int) -> dict[str, bytes]:
    """entries/, raw/, proofs.json and facts.json: one proof per entry, nodes read in bulk."""
    ranges = {int(r.leaf_index): inclusion_ranges(int(r.leaf_index), size) for r in rows}
    wanted = sorted({p for rs in ranges.values() for lo, hi in rs for p in perfect_parts(lo, hi)})
    nodes: dict[tuple[int, int], bytes] = {}
    for chunk in chunks(wanted, 900):
        nodes.update(fetch_nodes(conn, chunk))
    lost = [n for n in wanted if n not in nodes]
    if lost:
        raise LogDamaged(f"The evidence log is damaged: {len(lost)} tree hashes are missing.")
    files: dict[str, bytes] = {}
    proofs: dict[str, Any] = {}
    facts: dict[str, str] = {}
    current = _current_facts(conn, rows)
    for r in rows:
        leaf, entry = int(r.leaf_index), bytes(r.entry)
        files[pkg.entry_name(leaf)] = entry
        proofs[str(leaf)] = {
            "tree_size": size,
            "proof": [range_hash(lo, hi, nodes).hex() for lo, hi in ranges[leaf]],
        }
        fact = current.get((r.source, int(r.source_id)))
        if fact is None:
            facts[str(leaf)] = f"the {r.source} row {r.source_id} is missing from the database"
            continue
        _kind, encode = ENCODERS[r.source]
        facts[str(leaf)] = (
            "ok"
            if encode(fact) == entry
            else f"the {r.source} row {r.source_id} was changed after it was logged"
        )
        if "raw" in fact:
            files[pkg.raw_name(leaf)] = bytes(fact["raw"])
    files[pkg.PROOFS] = pkg.dumps(proofs)
    files[pkg.FACTS] = pkg.dumps(facts)
    return files


def _current_facts(conn: Connection, rows: Sequence[Any]) -> dict[tuple[str, int], dict[str, Any]]:
    found: dict[tuple[str, int], dict[str, Any]] = {}
    for source in ENCODERS:
        ids = [int(r.source_id) for r in rows if r.source == source]
        table = fact_table(source)
        for chunk in chunks(ids, 900):
            for fact in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[(source, int(fact["id"]))] = dict(fact)
    return found


def _earlier_checkpoints(
    kept: Sequence[StoredCheckpoint], rows: Sequence[Any], current: StoredCheckpoint
) -> list[StoredCheckpoint]:
    """Of the checkpoints ``kept``: for each entry the first cosigned checkpoint that covers
    it, the newest cosigned one, and any checkpoint larger than the log is now (a truncated
    log must show)."""
    own = [c for c in kept if c.id != current.id]
    cosigned = [c for c in own if Note.parse(c.note).signatures[1:]]
    chosen: dict[int, StoredCheckpoint] = {}
    for r in rows:
        first = next((c for c in cosigned if c.size > int(r.leaf_index)), None)
        if first is not None:
            chosen.setdefault(first.size, first)
    if cosigned:
        chosen.setdefault(cosigned[-1].size, cosigned[-1])
    for c in own:
        if c.size > current.size:
            chosen.setdefault(c.size, c)
    return [chosen[s] for s in sorted(chosen) if s != current.size]


def _certificates(
    rows: Sequence[Any], files: dict[str, bytes], trust: TrustStore | None
) -> dict[str, bytes]:
    """The trust-store certificates that vouch for the signers of the exported alerts."""
    if trust is None:
        return {}
    out: dict[str, bytes] = {}
    index: list[dict[str, Any]] = []
    for r in rows:
        raw = files.get(pkg.raw_name(int(r.leaf_index)))
        if r.source != "alerts" or raw is None:
            continue
        received = decode(bytes(r.entry)).get("received_at")
        when = datetime.fromisoformat(received) if received else None
        result = verify_signature(raw, trust, topic_agency=None, topic_country=None, now=when)
        if result.country is None:
            continue
        for entry in trust.entries:
            if entry.country != result.country or entry.agency not in (None, result.agency):
                continue
            name = f"certs/{entry.country}-{entry.agency or 'CA'}-{entry.cert.serial_number:x}.pem"
            if name not in out:
                out[name] = entry.cert.public_bytes(Encoding.PEM)
                index.append({"file": name, "country": entry.country, "agency": entry.agency})
    if index:
        out[pkg.CERTS_INDEX] = pkg.dumps(index)
    return out


def _write_zip(part: Path, files: dict[str, bytes]) -> None:
    """The zip into ``part`` (reserved by ``outfile.reserve``), on disk when this returns."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, files[name])
    try:
        with part.open("wb") as f:
            f.write(buffer.getvalue())
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        raise InputError(f"cannot write {part}: {exc.strerror or exc}") from None
