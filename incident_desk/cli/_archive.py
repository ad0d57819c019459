"""``incident-desk archive``: move old closed incidents and their alerts into an archive file.

Incidents closed and last changed before ``--before``, the alerts attached to them (and to
no incident that stays), their links and the incidents' timeline go to the SQLite file
``--to`` (created, or extended by a later run), then leave the live store. The evidence log
keeps every entry (docs/data-volume.md, "Retention"). The archive opens read-only with
``Store.open_read_only`` (and ``incident-desk search --db sqlite:///FILE``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from incident_desk.errors import InputError


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "archive",
        help="move old closed incidents and their alerts into an archive file",
        description=(
            "Copy every incident closed before --before (with its alerts, links and timeline "
            "and their evidence-log entries) into the SQLite file --to, then remove it from "
            "the store. The evidence log itself keeps every entry."
        ),
    )
    p.add_argument(
        "--before", required=True, metavar="DATE", help="closed before (ISO 8601; UTC if no zone)"
    )
    p.add_argument("--to", required=True, type=Path, metavar="FILE", help="the archive file")
    p.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    p.add_argument("--config", help="settings file (TOML)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from incident_desk.cli._options import settings_from
    from incident_desk.cli._search import parse_time
    from incident_desk.cli._store_open import existing_store
    from incident_desk.incidents import IncidentBoard
    from incident_desk.store import Store

    before = parse_time(args.before, "--before")
    assert before is not None
    if not args.to.parent.is_dir():
        raise InputError(f"--to {args.to}: the folder {args.to.parent} does not exist")
    url = args.db or getattr(settings_from(args), "database_url", None)
    with Store.open(existing_store(url)) as store:
        report = IncidentBoard(store).archive(before, args.to)
    print(f"{report.summary()} into {args.to}")
    return 0
