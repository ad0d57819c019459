"""``incident-desk export``: reports and forms from the store, headless.

- ``export aar``: the after-action report of an exercise (CSV, JSON, HTML), the same the
  controller's Export AAR… writes: what the controller did comes from its run log in the
  store (``exercise/_aar_stored.py``);
- ``export ics204`` / ``export ics214``: an incident's Assignment List / Activity Log as PDF
  (drawn with Qt on the offscreen platform: no display needed) or CSV (no Qt at all), chosen
  by the ``--out`` file's suffix.

Every output is written beside its final name and renamed into place: a failed export
(a full disk, a folder where a file should be) leaves no half-written file behind and an
existing file as it was.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from incident_desk.cli._options import speed
from incident_desk.cli._store_open import existing_store
from incident_desk.errors import InputError
from incident_desk.outfile import check_file, write_into_folder, write_replacing

FORMS = ("ics204", "ics214")
#: the languages of ``--language`` (docs/translating.md, "Adding a language")
LANGUAGES = ("en", "fr", "ar", "ru", "sw", "kk", "ky", "rw")


def _check_out_folder(out: Path) -> None:
    """``export aar --out``: a folder, or a path where one can be made (checked before the
    store is read, so a refused export writes nothing)."""
    if out.exists() and not out.is_dir():
        raise InputError(f"cannot write {out}: it is a file, and --out names a folder")
    above = out.parent
    while not above.exists() and above != above.parent:
        above = above.parent
    if not above.is_dir():
        raise InputError(f"cannot write {out}: {above} is not a folder")


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
            "incidents, assignments: who and how late, on the exercise clock), with what the "
            "controller did as its run log in the store holds it (control events, ad-hoc "
            "injects, why an inject was not sent; the newest run of the exercise), and write "
            "aar-ID.csv, aar-ID-timeline.csv, aar-ID.json and aar-ID.html into --out."
        ),
    )
    a.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    a.add_argument("--exercise", metavar="ID", help="exercise id (default: the scenario's)")
    a.add_argument("--scenario", type=Path, required=True, metavar="FILE")
    a.add_argument("--out", type=Path, required=True, metavar="DIR")
    a.add_argument(
        "--speed",
        type=speed,
        metavar="X",
        help="the run's speed, ×0.25 to ×100, when the store holds no controller's clock "
        "(default: estimated from the injects' arrival times)",
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
    from incident_desk.exercise import write_aar
    from incident_desk.exercise._aar_stored import holds_run, report_from_store
    from incident_desk.exports import exercises_in
    from incident_desk.scenario import load_scenario
    from incident_desk.store import Store
    from incident_desk.topics import TopicError, control_topic

    if args.exercise is not None:
        try:  # the id names the files: the exercise-id rule of the topics, no path
            control_topic(args.exercise)
        except TopicError as exc:
            raise InputError(f"--exercise {args.exercise!r}: {exc}") from None
    _check_out_folder(args.out)
    scenario = load_scenario(args.scenario)
    settings = settings_from(args)
    url = args.db or getattr(settings, "database_url", None)
    with Store.open(existing_store(url)) as store:
        exercise = args.exercise or scenario.exercise.id
        held = exercises_in(store)
        if exercise not in held and not holds_run(store, exercise):
            others = f"it holds {', '.join(held)}" if held else "it holds no exercise traffic"
            raise InputError(
                f"the store holds no traffic of exercise {exercise} ({others}): check --db "
                "and --exercise"
            )
        # what the players did and what the controller did (its run log in the store): the
        # report the controller's own Export AAR writes
        report = report_from_store(store, scenario, exercise, speed=args.speed)
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
    written = write_into_folder(
        args.out,
        lambda folder: write_aar(report, folder, translate=translate, language=language, rtl=rtl),
    )
    for path in written:
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
    check_file(out)
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
        text = to_csv(form)

        def write_csv(tmp: Path) -> int:
            tmp.write_text(text, encoding="utf-8", newline="")
            return 1

        pages = write_replacing(out, write_csv)
    else:
        # Qt lives in the ui layer; the core CLI loads it only for a PDF
        pdf = importlib.import_module("incident_desk.ui.ics_pdf")
        pages = write_replacing(out, lambda tmp: int(pdf.write_pdf_headless(form, tmp)))
    marking = f" (EXERCISE {exercise})" if exercise else ""
    print(f"{out}: {form.form} {form.title} of {args.incident}{marking}, {pages} page(s)")
    return 0
