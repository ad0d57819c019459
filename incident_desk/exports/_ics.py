"""ICS-204 (Assignment List) and ICS-214 (Activity Log) of one incident, as data and CSV.

The same ``IcsForm`` feeds the CSV here and the PDF in ``incident_desk.ui.ics_pdf``.
Exercise incidents carry the EXERCISE marker on every form (docs/architecture.md §5).

Forms come out in the reader's language: every label is a catalog text (context ``ics``,
marked for ``pyside6-lupdate``) and the caller passes ``translate`` (the window's
``QCoreApplication.translate``, or the CLI's for ``--language``); without it they are English.
Timeline entries written as message ids (incident_desk/messages.py) read in that language too.
Times keep the one format (incident_desk/timefmt.py) in every language; the mandated
``EXERCISE EXERCISE EXERCISE`` marking stays as it is.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from incident_desk import timefmt
from incident_desk.command import CommandBoard
from incident_desk.display import display_headline
from incident_desk.messages import QT_TRANSLATE_NOOP, Translate, render
from incident_desk.store import TimelineEntry
from incident_desk.timeline_kinds import actor_label, kind_label

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


def _english(_context: str, source: str) -> str:
    return source


#: the words of a form's cells (assignment states, ICS element kinds)
WORDS = (
    QT_TRANSLATE_NOOP("ics", "assigned"),
    QT_TRANSLATE_NOOP("ics", "en route"),
    QT_TRANSLATE_NOOP("ics", "on scene"),
    QT_TRANSLATE_NOOP("ics", "released"),
    QT_TRANSLATE_NOOP("ics", "position"),
    QT_TRANSLATE_NOOP("ics", "branch"),
    QT_TRANSLATE_NOOP("ics", "division"),
    QT_TRANSLATE_NOOP("ics", "group"),
    QT_TRANSLATE_NOOP("ics", "strike team"),
    QT_TRANSLATE_NOOP("ics", "task force"),
    QT_TRANSLATE_NOOP("ics", "staging"),
)


def _word(say: Translate, value: str, *, spaced: bool = False) -> str:
    """A code value (``en_route``) in the reader's words; English forms keep the code as
    they always printed it (``spaced``: with spaces for underscores)."""
    text = value.replace("_", " ")
    if say is _english or text not in WORDS:
        return text if spaced else value
    return say("ics", text)


def _common(
    board: CommandBoard, incident_key: str, at: datetime, say: Translate
) -> tuple[str, list[tuple[str, str]]]:
    brief = board.brief(incident_key)
    # an exercise form carries its own EXERCISE marking: the name shows the real words
    name = display_headline(str(brief["incident_name"]), identifier=incident_key)
    start = _time(_parse(brief["initiated_at"])) or "-"
    header = [
        (say("ics", QT_TRANSLATE_NOOP("ics", "1. Incident name")), name),
        (say("ics", QT_TRANSLATE_NOOP("ics", "Incident number")), incident_key),
        (
            say("ics", QT_TRANSLATE_NOOP("ics", "2. Operational period")),
            say("ics", QT_TRANSLATE_NOOP("ics", "{start} to {end}")).format(
                start=start, end=_time(at)
            ),
        ),
    ]
    return name, header


def ics204(
    board: CommandBoard,
    incident_key: str,
    *,
    at: datetime | None = None,
    translate: Translate | None = None,
) -> IcsForm:
    """The Assignment List: one line per assignment (unit or person, element, work, report-to)."""
    say = translate or _english
    at = at or board.now()
    name, header = _common(board, incident_key, at, say)
    assignments = board.assignments(incident_key)
    units = {u.id: u for u in board.units()}
    commanders = board.commanders_at(incident_key, at)
    header.append(
        (
            say("ics", QT_TRANSLATE_NOOP("ics", "Incident commander(s)")),
            "; ".join(f"{m.name} ({m.country}/{m.agency}, {m.tier_label})" for m in commanders)
            or "-",
        )
    )
    header.append(
        (
            say("ics", QT_TRANSLATE_NOOP("ics", "9. Prepared by")),
            f"{board.identity.operator} ({board.identity.country}/"
            f"{board.identity.agency}) {_time(at)}",
        )
    )
    rows = []
    for a in assignments:
        unit = units.get(a.unit_id or "")
        rows.append(
            (
                f"{_word(say, a.element_kind.value, spaced=True)}: {a.element_name}",
                a.callsign or a.person or "",
                a.unit_id or "",
                a.agency or "",
                "" if unit is None or unit.size is None else str(unit.size),
                "" if unit is None or unit.contact is None else unit.contact,
                a.work,
                a.report_to or "",
                _time(a.report_at),
                _word(say, a.status.value),
                _time(a.history[-1].at),
            )
        )
    return IcsForm(
        form="ICS 204",
        title=say("ics", QT_TRANSLATE_NOOP("ics", "Assignment List")),
        incident_name=name,
        incident_key=incident_key,
        exercise_id=board.exercise_id,
        header=tuple(header),
        columns=tuple(
            say("ics", c)
            for c in (
                QT_TRANSLATE_NOOP("ics", "Branch / division / group / position"),
                QT_TRANSLATE_NOOP("ics", "Resource"),
                QT_TRANSLATE_NOOP("ics", "Identifier"),
                QT_TRANSLATE_NOOP("ics", "Home agency"),
                QT_TRANSLATE_NOOP("ics", "Persons"),
                QT_TRANSLATE_NOOP("ics", "Contact"),
                QT_TRANSLATE_NOOP("ics", "Work assignment"),
                QT_TRANSLATE_NOOP("ics", "Reporting location"),
                QT_TRANSLATE_NOOP("ics", "Report at"),
                QT_TRANSLATE_NOOP("ics", "Status"),
                QT_TRANSLATE_NOOP("ics", "Status since"),
            )
        ),
        rows=tuple(rows),
    )


def ics214(
    board: CommandBoard,
    incident_key: str,
    *,
    at: datetime | None = None,
    translate: Translate | None = None,
) -> IcsForm:
    """The Activity Log: every timeline entry of the incident (date/time, who, activity)."""
    say = translate or _english
    at = at or board.now()
    name, header = _common(board, incident_key, at, say)
    me = board.identity
    header += [
        (say("ics", QT_TRANSLATE_NOOP("ics", "3. Name")), me.workstation),
        (
            say("ics", QT_TRANSLATE_NOOP("ics", "4. ICS position")),
            say("ics", QT_TRANSLATE_NOOP("ics", "Incident command post")),
        ),
        (say("ics", QT_TRANSLATE_NOOP("ics", "5. Home agency")), f"{me.country}/{me.agency}"),
        (say("ics", QT_TRANSLATE_NOOP("ics", "8. Prepared by")), f"{me.operator} {_time(at)}"),
    ]
    entries = [e for e in board.timeline(incident_key)]

    # the form carries its own EXERCISE marking: activity texts drop the quoted headlines'
    # mandated marking and show their real words
    def clean(text: str) -> str:
        return text.replace(f"{EXERCISE_MARK} ", "") if board.exercise_id else text

    def activity(e: object) -> str:
        data = getattr(e, "data", None)
        msg = data.get("msg") if isinstance(data, dict) else None
        if isinstance(msg, dict) and translate is not None:  # the entry in the reader's language
            return clean(render(msg, translate))
        return clean(str(getattr(e, "text", "")))

    def row(e: TimelineEntry) -> tuple[str, ...]:
        """The entry's line; its kind and the alert feed as its author in the reader's words,
        English forms keep the ids they always printed (incident_desk/timeline_kinds.py)."""
        by, kind = e.actor, e.kind
        if say is not _english:
            by, kind = actor_label(by, say), kind_label(kind, say)
        return (_time(e.at), by, e.console or "", kind, activity(e))

    rows = tuple(row(e) for e in entries)
    resources = tuple(
        (
            a.callsign or a.person or "",
            f"{_word(say, a.element_kind.value)}: {a.element_name}",
            a.agency or "",
        )
        for a in board.assignments(incident_key)
    )
    return IcsForm(
        form="ICS 214",
        title=say("ics", QT_TRANSLATE_NOOP("ics", "Activity Log")),
        incident_name=name,
        incident_key=incident_key,
        exercise_id=board.exercise_id,
        header=tuple(header),
        columns=tuple(
            say("ics", c)
            for c in (
                QT_TRANSLATE_NOOP("ics", "Date/time"),
                QT_TRANSLATE_NOOP("ics", "By"),
                QT_TRANSLATE_NOOP("ics", "Console"),
                QT_TRANSLATE_NOOP("ics", "Kind"),
                QT_TRANSLATE_NOOP("ics", "Notable activity"),
            )
        ),
        rows=rows,
        extra=(
            (
                say("ics", QT_TRANSLATE_NOOP("ics", "6. Resources assigned")),
                (
                    say("ics", QT_TRANSLATE_NOOP("ics", "Name")),
                    say("ics", QT_TRANSLATE_NOOP("ics", "ICS position")),
                    say("ics", QT_TRANSLATE_NOOP("ics", "Home agency")),
                ),
                resources,
            ),
        ),
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
