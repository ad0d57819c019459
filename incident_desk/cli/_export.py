"""``incident-desk export``: reports and forms from the store, headless.

- ``export aar``: the after-action report of an exercise (CSV, JSON, HTML);
- ``export ics204`` / ``export ics214``: an incident's Assignment List / Activity Log as PDF
  (drawn with Qt on the offscreen platform: no display needed) or CSV (no Qt at all), chosen
  by the ``--out`` file's suffix.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from incident_desk.cli._store_open import existing_store
from incident_desk.errors import InputError

FORMS = ("ics204", "ics214")
#: the languages of ``--language`` (docs/translating.md, "Adding a language")
LANGUAGES = ("en", "fr", "ar", "ru", "sw", "kk", "ky", "rw")


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "export", help="export reports and forms", description="Export reports from the store."
    )
    kinds = p.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    a = kinds.add_parser(
        "aar",
        help="after-action report of an exercise",
        description=(
            "Compare each inject's expected action with what the store observed (acks, "
            "incidents, assignments: who and how late, on the exercise clock) and write "
            "aar-ID.csv, aar-ID-timeline.csv, aar-ID.json and aar-ID.html into --out."
        ),
    )
    a.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    a.add_argument("--exercise", metavar="ID", help="exercise id (default: the scenario's)")
    a.add_argument("--scenario", type=Path, required=True, metavar="FILE")
    a.add_argument("--out", type=Path, required=True, metavar="DIR")
    a.add_argument(
        "--speed",
        type=float,
        metavar="X",
        help="the run's speed (default: estimated from the injects' arrival times)",
    )
    a.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the HTML page's language (default: the settings' language, else English; "
        "the CSV and JSON stay English)",
    )
    a.add_argument("--config", type=Path, help="settings file (TOML)")
    a.set_defaults(run=run_aar)
    for name, title in (("ics204", "ICS-204 Assignment List"), ("ics214", "ICS-214 Activity Log")):
        f = kinds.add_parser(
            name,
            help=f"{title} of an incident (PDF or CSV)",
            description=(
                f"Write the {title} of one incident as PDF (--out FILE.pdf) or CSV "
                "(--out FILE.csv), without a window."
            ),
        )
        f.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
        f.add_argument("--incident", required=True, metavar="KEY", help="the incident key")
        f.add_argument(
            "--exercise",
            metavar="ID",
            help="the exercise the incident belongs to (needed only if the key is in several)",
        )
        f.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
        f.add_argument(
            "--language",
            choices=LANGUAGES,
            help="the form's language (default: the settings' language, else English)",
        )
        f.add_argument("--config", type=Path, help="settings file (TOML)")
        f.set_defaults(run=run_form)


def run_aar(args: argparse.Namespace) -> int:

    from incident_desk.cli._options import settings_from
    from incident_desk.exercise import build_aar, write_aar
    from incident_desk.scenario import load_scenario
    from incident_desk.store import Store

    scenario = load_scenario(args.scenario)
    settings = settings_from(args)
    url = args.db or getattr(settings, "database_url", None)
    with Store.open(existing_store(url)) as store:
        exercise = args.exercise or scenario.exercise.id
        report = build_aar(store, scenario, exercise, speed=args.speed)
    language = args.language or getattr(settings, "language", None) or "en"
    translate, rtl = None, False
    if language != "en":
        # the compiled Qt catalog through a bare QTranslator: QtCore only, no application
        catalogs = importlib.import_module("incident_desk.ui.catalogs")
        try:
            translate = catalogs.catalog_translate(language)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        rtl = bool(catalogs.is_rtl(language))
    for path in write_aar(report, args.out, translate=translate, language=language, rtl=rtl):
        print(path)
    counts = report.counts()
    print(
        f"exercise {report.exercise_id}: {counts['met']} met, {counts['not met']} not met, "
        f"{counts['not observed']} not observed (deadlines in exercise time, ×{report.speed:g})"
    )
    return 0


def run_form(args: argparse.Namespace) -> int:
    from incident_desk.cli._options import settings_from
    from incident_desk.command import CommandBoard
    from incident_desk.exports import exercise_of_incident, ics204, ics214, to_csv
    from incident_desk.identity import Identity
    from incident_desk.store import Store
    from incident_desk.topics import Mode

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in {".pdf", ".csv"}:
        raise InputError(f"--out must end in .pdf or .csv, not {out.name!r}")
    if not out.parent.is_dir():
        raise InputError(f"there is no folder {str(out.parent)!r} for {out.name}")
    settings = settings_from(args)
    url = args.db or getattr(settings, "database_url", None)
    with Store.open(existing_store(url)) as store:
        exercise = exercise_of_incident(store, args.incident, args.exercise)
        board = CommandBoard(
            store,
            Identity.from_settings(settings),
            mode=Mode.EXERCISE if exercise else Mode.ACTUAL,
            exercise_id=exercise,
        )
        language = args.language or getattr(settings, "language", None) or "en"
        translate = None
        if language != "en":  # the catalogs are Qt's: loaded only for another language
            i18n = importlib.import_module("incident_desk.ui.i18n")
            translate = i18n.translator_for(language)
        build = ics204 if args.export_kind == "ics204" else ics214
        form = build(board, args.incident, translate=translate)
    if suffix == ".csv":
        out.write_text(to_csv(form), encoding="utf-8", newline="")
        pages = 1
    else:
        # Qt lives in the ui layer; the core CLI loads it only for a PDF
        pdf = importlib.import_module("incident_desk.ui.ics_pdf")
        pages = int(pdf.write_pdf_headless(form, out))
    marking = f" (EXERCISE {exercise})" if exercise else ""
    print(f"{out}: {form.form} {form.title} of {args.incident}{marking}, {pages} page(s)")
    return 0
