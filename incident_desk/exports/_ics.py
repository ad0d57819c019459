"""ICS-204 (Assignment List) and ICS-214 (Activity Log) of one incident, as data and CSV.

The same ``IcsForm`` feeds the CSV here and the PDF in ``incident_desk.ui.ics_pdf``.
Exercise incidents carry the EXERCISE marker on every form (docs/architecture.md §5).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from incident_desk import timefmt
from incident_desk.command import CommandBoard
from incident_desk.display import display_headline

EXERCISE_MARK = "EXERCISE EXERCISE EXERCISE"


def _parse(text: object) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) else None


def _time(t: datetime | None) -> str:
    """Every form time in one format: ``2026-07-01 12:00:20 UTC`` (``incident_desk.timefmt``)."""
    return timefmt.wall(t)


@dataclass(frozen=True)
class IcsForm:
    """One filled form: header blocks, then a table.

    Attributes:
        form: "ICS 204" or "ICS 214".
        title: "Assignment List" or "Activity Log".
        header: (label, value) pairs of the numbered header blocks.
        columns: the table's column names.
        rows: the table, one tuple of strings per line.
        extra: further (title, columns, rows) tables (ICS-214 block 6, resources assigned).
    """

    form: str
    title: str
    incident_name: str
    incident_key: str
    exercise_id: str | None
    header: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    extra: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = field(
        default_factory=tuple
    )

    @property
    def is_exercise(self) -> bool:
        return self.exercise_id is not None


def _common(
    board: CommandBoard, incident_key: str, at: datetime
) -> tuple[str, list[tuple[str, str]]]:
    brief = board.brief(incident_key)
    # an exercise form carries its own EXERCISE marking: the name shows the real words
    name = display_headline(str(brief["incident_name"]), identifier=incident_key)
    header = [
        ("1. Incident name", name),
        ("Incident number", incident_key),
        ("2. Operational period", f"{_time(_parse(brief['initiated_at'])) or '-'} to {_time(at)}"),
    ]
    return name, header


def ics204(board: CommandBoard, incident_key: str, *, at: datetime | None = None) -> IcsForm:
    """The Assignment List: one line per assignment (unit or person, element, work, report-to)."""
    at = at or board.now()
    name, header = _common(board, incident_key, at)
    assignments = board.assignments(incident_key)
    units = {u.id: u for u in board.units()}
    commanders = board.commanders_at(incident_key, at)
    header.append(
        (
            "Incident commander(s)",
            "; ".join(f"{m.name} ({m.country}/{m.agency}, {m.tier_label})" for m in commanders)
            or "-",
        )
    )
    header.append(
        (
            "9. Prepared by",
            f"{board.identity.operator} ({board.identity.country}/"
            f"{board.identity.agency}) {_time(at)}",
        )
    )
    rows = []
    for a in assignments:
        unit = units.get(a.unit_id or "")
        rows.append(
            (
                f"{a.element_kind.value.replace('_', ' ')}: {a.element_name}",
                a.callsign or a.person or "",
                a.unit_id or "",
                a.agency or "",
                "" if unit is None or unit.size is None else str(unit.size),
                "" if unit is None or unit.contact is None else unit.contact,
                a.work,
                a.report_to or "",
                _time(a.report_at),
                a.status.value,
                _time(a.history[-1].at),
            )
        )
    return IcsForm(
        form="ICS 204",
        title="Assignment List",
        incident_name=name,
        incident_key=incident_key,
        exercise_id=board.exercise_id,
        header=tuple(header),
        columns=(
            "Branch / division / group / position",
            "Resource",
            "Identifier",
            "Home agency",
            "Persons",
            "Contact",
            "Work assignment",
            "Reporting location",
            "Report at",
            "Status",
            "Status since",
        ),
        rows=tuple(rows),
    )


def ics214(board: CommandBoard, incident_key: str, *, at: datetime | None = None) -> IcsForm:
    """The Activity Log: every timeline entry of the incident (date/time, who, activity)."""
    at = at or board.now()
    name, header = _common(board, incident_key, at)
    me = board.identity
    header += [
        ("3. Name", me.workstation),
        ("4. ICS position", "Incident command post"),
        ("5. Home agency", f"{me.country}/{me.agency}"),
        ("8. Prepared by", f"{me.operator} {_time(at)}"),
    ]
    entries = [e for e in board.timeline(incident_key)]

    # the form carries its own EXERCISE marking: activity texts drop the quoted headlines'
    # mandated marking and show their real words
    def clean(text: str) -> str:
        return text.replace(f"{EXERCISE_MARK} ", "") if board.exercise_id else text

    rows = tuple((_time(e.at), e.actor, e.console or "", e.kind, clean(e.text)) for e in entries)
    resources = tuple(
        (a.callsign or a.person or "", f"{a.element_kind.value}: {a.element_name}", a.agency or "")
        for a in board.assignments(incident_key)
    )
    return IcsForm(
        form="ICS 214",
        title="Activity Log",
        incident_name=name,
        incident_key=incident_key,
        exercise_id=board.exercise_id,
        header=tuple(header),
        columns=("Date/time", "By", "Console", "Kind", "Notable activity"),
        rows=rows,
        extra=(("6. Resources assigned", ("Name", "ICS position", "Home agency"), resources),),
    )


def to_csv(form: IcsForm) -> str:
    """The form as CSV: the EXERCISE line (if any), the header blocks, a blank line, the
    table, then each further table after a blank line and its title."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    if form.is_exercise:
        w.writerow([f"{EXERCISE_MARK} ({form.exercise_id})"])
    w.writerow([form.form, form.title])
    for label, value in form.header:
        w.writerow([label, value])
    w.writerow([])
    w.writerow(form.columns)
    w.writerows(form.rows)
    for title, columns, rows in form.extra:
        w.writerow([])
        w.writerow([title])
        w.writerow(columns)
        w.writerows(rows)
    if form.is_exercise:
        w.writerow([])
        w.writerow([EXERCISE_MARK])
    return out.getvalue()
