"""``incident-desk evidence``: export and verify evidence packages, sign checkpoints.

- ``export INCIDENT --out FILE.zip --reason TEXT --reference CASE-REF``: everything the
  tamper-evident log holds about one incident, with proofs (docs/evidence.md);
- ``verify FILE.zip``: offline check of a package; exit 0 only if every check holds;
- ``checkpoint``: sign a checkpoint of the log now (headless consoles, cron);
- ``audit``: re-check the whole log in the database against its facts and checkpoints;
- ``key``: create the agency key if needed and print its verifier keys (to give partners);
  the other verbs refuse a key file that does not exist (a mistyped ``--key`` must not sign
  with a new key that no partner knows);
- ``witness``: run the evidence bus headless: publish checkpoints, answer proof requests,
  witness the partner logs of ``[evidence] witness_for`` (until Ctrl-C).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from incident_desk.cli._options import add_broker_options, seconds
from incident_desk.errors import ConfigError
from incident_desk.limits import read_pem

if TYPE_CHECKING:
    from incident_desk.evidence._note import Signer
    from incident_desk.settings import Settings


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "evidence",
        help="tamper-evident record: export, verify, checkpoint",
        description="The evidence log: export an incident for judicial use, verify a package.",
    )
    verbs = p.add_subparsers(dest="evidence_verb", metavar="VERB", required=True)

    e = verbs.add_parser("export", help="export one incident as a verifiable package")
    e.add_argument("incident", metavar="INCIDENT", help="incident key, e.g. INC-KE-20261205-1")
    e.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    e.add_argument("--reason", required=True, help="why the package is exported")
    e.add_argument("--reference", required=True, metavar="CASE-REF", help="case reference")
    e.add_argument("--exercise", metavar="ID", help="the incident of this exercise (not real)")
    e.add_argument("--actor", help="who exports (default: the settings' operator)")
    _store_options(e)
    e.add_argument("--trust-store", type=Path, metavar="DIR", help="signer certificates to ship")
    e.add_argument("--tsa", metavar="URL", help="RFC 3161 authority (default: settings)")
    e.set_defaults(run=run_export)

    v = verbs.add_parser("verify", help="check a package offline (no network, no database)")
    v.add_argument("package", type=Path, metavar="FILE.zip")
    v.add_argument("--log-key", metavar="VKEY", help="the exporting agency's published log key")
    v.add_argument(
        "--witness-key", action="append", default=[], metavar="VKEY", help="a trusted witness key"
    )
    v.add_argument("--quiet", action="store_true", help="print failures only")
    v.add_argument(
        "--tsa-root", type=Path, metavar="PEM", help="trusted time-stamping authority root(s)"
    )
    v.set_defaults(run=run_verify)

    c = verbs.add_parser("checkpoint", help="sign a checkpoint of the log now")
    _store_options(c)
    c.add_argument("--tsa", metavar="URL", help="RFC 3161 authority (default: settings)")
    c.set_defaults(run=run_checkpoint)

    a = verbs.add_parser("audit", help="re-check the whole log in the database")
    _store_options(a)
    a.set_defaults(run=run_audit)

    k = verbs.add_parser("key", help="create the agency key if needed; print its verifier keys")
    k.add_argument("--key", type=Path, metavar="FILE", help="key file (default: settings)")
    k.add_argument("--config", type=Path, help="settings file (TOML)")
    k.set_defaults(run=run_key)

    w = verbs.add_parser("witness", help="publish checkpoints and witness partners (headless)")
    w.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    w.add_argument(
        "--exit-after", type=seconds, metavar="S", help="stop after S seconds (default: never)"
    )
    w.add_argument(
        "--connect-timeout",
        type=seconds,
        default=15.0,
        metavar="S",
        help="give up when the broker cannot be reached within S seconds (default 15)",
    )
    add_broker_options(w)
    w.set_defaults(run=run_witness)


def _store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    p.add_argument("--key", type=Path, metavar="FILE", help="agency key file (default: settings)")
    p.add_argument("--config", type=Path, help="settings file (TOML)")


def run_export(args: argparse.Namespace) -> int:
    from incident_desk.cli._store_open import existing_store
    from incident_desk.errors import InputError
    from incident_desk.evidence.config import witness_verifiers
    from incident_desk.evidence.export import ExportRequest, export_incident
    from incident_desk.outfile import check_file
    from incident_desk.settings import Settings
    from incident_desk.store import Store
    from incident_desk.trust import TrustStore

    # every input checked before the store is opened: a refused export writes nothing
    if not args.reason.strip():
        raise InputError("--reason: say why the package is exported")
    if not args.reference.strip():
        raise InputError("--reference: name the case the package is for")
    settings = Settings.load(args.config)
    tsa = _tsa_url(args, settings)
    check_file(args.out)
    signer = _existing_signer(settings, args.key)
    url = existing_store(args.db) or settings.database_url
    trust_dir = args.trust_store or settings.trust_store
    request = ExportRequest(
        incident=args.incident,
        reason=args.reason,
        reference=args.reference,
        actor=args.actor or settings.operator,
        console=settings.workstation,
        exercise_id=args.exercise,
        witnesses=tuple(w.vkey() for w in witness_verifiers(settings)),
        trust_store=TrustStore.load(trust_dir) if trust_dir else None,
        tsa_roots=_settings_tsa_roots(settings),
    )
    render_pdf = _pdf_renderer()
    with Store.open(url) as store:
        result = export_incident(
            store, signer, request, args.out, tsa_url=tsa, render_pdf=render_pdf
        )
    print(
        f"{result.path}: {result.entries} entries of incident {args.incident}, proven against "
        f"checkpoint {result.checkpoint.size}; the export is log entry {result.export_leaf}"
        + ("" if result.pdf else " (report.html only: no PDF renderer here)")
    )
    return 0


def _existing_signer(settings: Settings, override: Path | None) -> Signer:
    """The agency key, which must exist: only ``evidence key`` (and a console's first
    start) creates one."""
    from incident_desk.evidence.config import signer_from

    return signer_from(settings, override, create=False)


def _tsa_url(args: argparse.Namespace, settings: Settings) -> str | None:
    """``--tsa``, else ``[evidence] tsa_url``, checked (an http:// or https:// URL)."""
    from incident_desk.evidence.timestamp import check_tsa_url

    if args.tsa:
        return check_tsa_url(args.tsa, "--tsa")
    if settings.evidence.tsa_url:
        return check_tsa_url(settings.evidence.tsa_url, "[evidence] tsa_url")
    return None


def _settings_tsa_roots(settings: Settings) -> bytes | None:
    from incident_desk.evidence.timestamp import check_roots

    path = settings.evidence.tsa_roots
    pem = read_pem(path, "a TSA root certificate")
    return check_roots(pem, f"[evidence] tsa_roots {path}")


def _pdf_renderer() -> Any:
    """The UI layer's PDF renderer for the report (Qt, offscreen), or None where Qt cannot
    load (the package then holds report.html only)."""
    import importlib

    try:
        return importlib.import_module("incident_desk.ui.ics_pdf").pdf_bytes
    except ImportError:  # a server without Qt's libraries: the HTML report still goes in
        return None


def run_verify(args: argparse.Namespace) -> int:
    from incident_desk.evidence._note import NoteError, Verifier
    from incident_desk.evidence._verify import verify_package
    from incident_desk.evidence.timestamp import check_roots

    # the keys and roots given are checked first: a bad one is the option's fault, not the
    # package's
    for option, keys in (
        ("--log-key", [args.log_key] if args.log_key else []),
        ("--witness-key", args.witness_key),
    ):
        for key in keys:
            try:
                Verifier.parse(key)
            except NoteError as exc:
                raise ConfigError(f"{option}: {exc}") from None
    roots = check_roots(
        read_pem(args.tsa_root, "a TSA root certificate"), f"--tsa-root {args.tsa_root}"
    )
    verdict = verify_package(
        args.package,
        log_key=args.log_key,
        witness_keys=tuple(args.witness_key),
        tsa_roots=roots,
    )
    if not args.quiet:
        for line in verdict.notes + verdict.entries:
            print(line)
    for failure in verdict.failures:
        print(f"FAILED: {failure}")
    print(
        "VERIFIED: every hash, proof, signature and the manifest hold."
        if verdict.ok
        else f"NOT VERIFIED: {len(verdict.failures)} check(s) failed."
    )
    return 0 if verdict.ok else 1


def run_checkpoint(args: argparse.Namespace) -> int:
    from sqlalchemy import Connection

    from incident_desk.cli._store_open import existing_store
    from incident_desk.evidence._note import Note
    from incident_desk.evidence.ledger import Ledger, StoredCheckpoint
    from incident_desk.evidence.timestamp import request_timestamp
    from incident_desk.settings import Settings
    from incident_desk.store import Store

    settings = Settings.load(args.config)
    tsa = _tsa_url(args, settings)
    signer = _existing_signer(settings, args.key)
    url = existing_store(args.db) or settings.database_url
    with Store.open(url) as store:
        ledger = Ledger(store)

        def sign(conn: Connection) -> StoredCheckpoint:
            # with a TSA the checkpoint is kept only with its timestamp: a TSA that does not
            # answer leaves nothing behind
            checkpoint = ledger.sign_checkpoint_in(conn, signer)
            if tsa:
                token = request_timestamp(tsa, Note.parse(checkpoint.note).text)
                ledger.add_timestamp(checkpoint.id, token, conn)
            return checkpoint

        checkpoint = store.transaction("sign a checkpoint", sign)
    if tsa:
        print(f"timestamped by {tsa}")
    print(checkpoint.note.decode(), end="")
    return 0


def run_audit(args: argparse.Namespace) -> int:
    from incident_desk.cli._store_open import existing_store
    from incident_desk.evidence.ledger import Ledger
    from incident_desk.settings import Settings
    from incident_desk.store import Store

    settings = Settings.load(args.config)
    with Store.open(existing_store(args.db) or settings.database_url) as store:
        problems = Ledger(store).audit()
        size = Ledger(store).size()
    for problem in problems:
        print(f"FAILED: {problem}")
    print(
        f"{size} entries: " + ("the log holds." if not problems else f"{len(problems)} problem(s).")
    )
    return 0 if not problems else 1


def run_key(args: argparse.Namespace) -> int:
    from incident_desk.evidence._note import COSIGNATURE_V1
    from incident_desk.evidence.config import key_path, signer_from
    from incident_desk.settings import Settings

    settings = Settings.load(args.config)
    signer = signer_from(settings, args.key)
    print(f"key file:          {key_path(settings, args.key)}")
    print(f"log key:           {signer.verifier().vkey()}")
    print(f"witness key:       {signer.verifier(COSIGNATURE_V1).vkey()}")
    return 0


def run_witness(args: argparse.Namespace) -> int:
    import logging
    import signal
    import threading

    from incident_desk.cli._options import settings_from
    from incident_desk.errors import BusError
    from incident_desk.evidence.config import partners
    from incident_desk.evidence.timestamp import check_tsa_url
    from incident_desk.messaging.evidence_witness import EvidenceBus
    from incident_desk.store import Store

    logging.getLogger("incident_desk.messaging.evidence").setLevel(logging.INFO)
    settings = settings_from(args)
    # the settings checked before the store is opened or the broker reached
    if not settings.country or not settings.agency:
        raise ConfigError(
            'the evidence log needs the settings\' country and agency (country = "KE", '
            'agency = "nps")'
        )
    _existing_signer(settings, None)
    partners(settings)
    if settings.evidence.tsa_url:
        check_tsa_url(settings.evidence.tsa_url, "[evidence] tsa_url")
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    with Store.open(args.db or settings.database_url) as store:
        bus = EvidenceBus.from_settings(
            settings, store, on_changes=lambda c: print(f"quarantined: {c.quarantined}")
        )
        print(f"evidence log {bus.signer.name}: {bus.owner.ledger.size()} entries")
        bus.start()
        try:
            # as ingest: a broker that cannot be reached is a failure, not a quiet run
            bus.client.connect_and_wait(args.connect_timeout)
            if not bus.wait_ready(args.connect_timeout):
                raise BusError(
                    f"the broker at {bus.client.host}:{bus.client.port} did not confirm our "
                    f"subscriptions within {args.connect_timeout:g} s"
                )
            done.wait(args.exit_after)
        finally:
            bus.stop()
    return 0
