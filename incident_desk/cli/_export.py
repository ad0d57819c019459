"""``incident-desk export aar``: the after-action report of an exercise (CSV, JSON, HTML)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "export", help="export reports", description="Export reports from the store."
    )
    kinds = p.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    a = kinds.add_parser(
        "aar",
        help="after-action report of an exercise",
        description=(
            "Compare each inject's expected action with what the store observed (acks, "
            "incidents, assignments) and write aar-ID.csv, aar-ID-timeline.csv, aar-ID.json "
            "and aar-ID.html (EXERCISE watermark on every page) into --out."
        ),
    )
    a.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    a.add_argument("--exercise", metavar="ID", help="exercise id (default: the scenario's)")
    a.add_argument("--scenario", type=Path, required=True, metavar="FILE")
    a.add_argument("--out", type=Path, required=True, metavar="DIR")
    a.add_argument("--config", type=Path, help="settings file (TOML)")
    a.set_defaults(run=run_aar)


def run_aar(args: argparse.Namespace) -> int:
    from incident_desk.cli._options import settings_from
    from incident_desk.exercise import build_aar, write_aar
    from incident_desk.scenario import load_scenario
    from incident_desk.store import Store

    scenario = load_scenario(args.scenario)
    settings = settings_from(args)
    url = args.db or getattr(settings, "database_url", None)
    with Store.open(url) as store:
        report = build_aar(store, scenario, args.exercise or scenario.exercise.id)
    for path in write_aar(report, args.out):
        print(path)
    counts = report.counts()
    print(
        f"exercise {report.exercise_id}: {counts['met']} met, {counts['not met']} not met, "
        f"{counts['not observed']} not observed"
    )
    return 0
