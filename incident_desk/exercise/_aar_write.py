"""The after-action report's files: CSV (findings and timeline), JSON and one HTML page.

People read the CSV and the HTML: times there are in one format (``incident_desk.timefmt``),
each saying its clock (exercise time ``EX T+…`` or wall clock UTC), delays in words and the
expectations in words. The JSON is for programs: ISO 8601 instants and seconds.

The HTML page is in the reader's language (``translate``; the texts are message ids of
context ``aar``, ``_aar_text``), ``dir="rtl"`` for Arabic; the CSV and JSON stay English.
The HTML page is self-contained and prints black on white; the exercise marking is a purple
band at the top and bottom of every printed page (purple is the exercise colour; red is kept
for real-world traffic, so a "not met" row is amber, never red). The printed bands are fixed
at the page edges; the page sits in a table whose repeated header and footer rows are as
tall as the bands, so that on every page the content starts below the top band and ends
above the bottom one (no row, no table header is hidden under a band).

Right-to-left pages: a route ("upf → ura, bpu") is one left-to-right piece, data inside
sentences (identifiers, ``T+00:12:30``) is isolated, lengths of time are in the reader's
words (``_aar_run.duration_message``).
"""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from incident_desk import timefmt
from incident_desk.messages import CORE, QT_TRANSLATE_NOOP, Translate, render
from incident_desk.timeline_kinds import actor_label, kind_label

from ._aar import AfterActionReport, InjectFinding
from ._aar_run import duration_message
from ._aar_text import AAR

__all__ = ["write_aar", "write_csv", "write_html", "write_json"]

# the mandated exercise marking: the same words in every language (docs/translating.md)
EXERCISE_MARK: Final = "EXERCISE EXERCISE EXERCISE"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _english(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``row`` without its message ids (the JSON keeps the English texts beside them)."""
    for key in keys:
        row.pop(key, None)
    return row


def _yes(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _row(report: AfterActionReport, f: InjectFinding) -> dict[str, str]:
    return {
        "number": str(f.number),
        "offset": f"EX T+{f.offset}",
        "kind": f.kind,
        "from_agency": f.from_agency,
        "to": " ".join(f.to),
        "expected_action": f.expected_action,
        "expect": f.expect_text,
        "objective": f.objective or "",
        "contingency_for": "" if f.contingency_for is None else str(f.contingency_for),
        "adhoc": _yes(f.adhoc),
        "identifier": f.identifier or "",
        "sent_at": timefmt.wall(f.sent_at),
        "sent_exercise": report.exercise_offset(f.sent_exercise),
        "acknowledged": _yes(f.acknowledged),
        "acked_by": "; ".join(f.acked_by),
        "ack_delay": timefmt.duration(f.ack_delay_s),
        "incident_opened": _yes(f.incident_opened),
        "incident_by": f.incident_by or "",
        "incident_delay": timefmt.duration(f.incident_delay_s),
        "unit_assigned": _yes(f.unit_assigned),
        "assigned_by": f.assigned_by or "",
        "assign_delay": timefmt.duration(f.assign_delay_s),
        "verdict": f.verdict,
        "notes": f.notes,
    }


_COLUMNS = [
    "number",
    "offset",
    "kind",
    "from_agency",
    "to",
    "expected_action",
    "expect",
    "objective",
    "contingency_for",
    "adhoc",
    "identifier",
    "sent_at",
    "sent_exercise",
    "acknowledged",
    "acked_by",
    "ack_delay",
    "incident_opened",
    "incident_by",
    "incident_delay",
    "unit_assigned",
    "assigned_by",
    "assign_delay",
    "verdict",
    "notes",
]


def write_csv(report: AfterActionReport, out: Path) -> list[Path]:
    """``aar-{id}.csv`` (one row per inject; delays are exercise time) and
    ``aar-{id}-timeline.csv`` (exercise time and wall clock of every row)."""
    findings = out / f"aar-{report.exercise_id}.csv"
    with findings.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["exercise", *_COLUMNS])
        for f in report.findings:
            row = _row(report, f)
            writer.writerow([report.exercise_id, *(row[c] for c in _COLUMNS)])
    timeline = out / f"aar-{report.exercise_id}-timeline.csv"
    with timeline.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["exercise", "exercise_time", "wall_clock", "origin", "kind", "who", "inject", "text"]
        )
        for r in report.timeline:
            writer.writerow(
                [
                    report.exercise_id,
                    report.exercise_offset(r.exercise_at),
                    timefmt.wall(r.at),
                    r.origin,
                    r.kind,
                    r.who,
                    "" if r.inject is None else str(r.inject),
                    r.text,
                ]
            )
    return [findings, timeline]


def write_json(report: AfterActionReport, out: Path) -> Path:
    """``aar-{id}.json`` (schema ``idesk.aar/2``): instants ISO 8601, delays in exercise
    seconds (``*_delay_s``), each check with its wall-clock delay too."""
    path = out / f"aar-{report.exercise_id}.json"
    data = {
        "schema": "idesk.aar/2",
        "exercise": report.exercise_id,
        "exercise_name": report.exercise_name,
        "status": "Exercise",
        "generated_at": report.generated_at.isoformat(),
        "clock": {"source": report.clock_source, "speed": report.speed, "start": report.start},
        "counts": report.counts(),
        "injects": [
            _english(asdict(f), "expect_msg", "remark_msgs", "unsent_msg") for f in report.findings
        ],
        "timeline": [_english(asdict(r), "msg") for r in report.timeline],
        "alarms": None if report.alarms is None else asdict(report.alarms),
    }
    path.write_text(
        json.dumps(data, indent=2, default=_json_default, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return path


_CSS = """
@page { size: A4 landscape; margin: 10mm 10mm; }
html, body { background: #fff; color: #000; }
body { font-family: system-ui, sans-serif; font-size: 10pt; margin: 0 1em; }
.band { background: #5b2a86; color: #fff; font-weight: bold; text-align: center;
  padding: 3px; letter-spacing: .3em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center;
  font-size: 120px; font-weight: bold; color: rgba(91, 42, 134, .08);
  transform: rotate(-30deg); z-index: -1; pointer-events: none; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; }
th, td { border: 1px solid #777; padding: 2px 4px; vertical-align: top; text-align: start; }
thead { display: table-header-group; } tfoot { display: table-footer-group; }
tr { page-break-inside: avoid; }
table.sheet { margin: 0; }
table.sheet > * > tr > td { border: 0; padding: 0; }
table.sheet > tbody > tr { page-break-inside: auto; break-inside: auto; }
.band-room { display: none; }
@media print {
  .band { position: fixed; left: 0; right: 0; height: 7mm; line-height: 7mm; padding: 0;
    overflow: hidden; }
  .band.top { top: 0; } .band.bottom { bottom: 0; }
  .band-room { display: block; height: 10mm; } }
.met { background: #e3f1e3; } .not-met { background: #fde8c4; }
.not-observed { background: #eee; }
.clock { color: #333; font-size: 9pt; }
"""


class _Page:
    """The reader's words for one page: ``translate`` (None: English) and right to left."""

    def __init__(self, translate: Translate | None, rtl: bool) -> None:
        self.translate = translate
        self.rtl = rtl

    def word(self, source: str) -> str:
        """A fixed text of the page (context ``aar``), HTML-escaped."""
        return html.escape(source if self.translate is None else self.translate(AAR, source))

    def translated(self, context: str, source: str) -> str:
        """``source`` in the reader's words (a ``Translate``; not escaped)."""
        return source if self.translate is None else self.translate(context, source)

    def say(self, source: str, **args: Any) -> str:
        """A sentence with data in it, HTML-escaped (data isolated in right-to-left text)."""
        return self.msg({"id": source, "args": args, "ctx": AAR})

    def msg(self, msg: Mapping[str, Any], *, capital: bool = False) -> str:
        text = self._render(msg)
        return html.escape(text[:1].upper() + text[1:] if capital else text)

    def _render(self, msg: Mapping[str, Any]) -> str:
        """``msg`` in the reader's words; right to left, every piece of data and every
        nested message (a length of time, a check's action) isolated, so that a piece keeps
        its own order; a text the catalog lacks (left in English) is isolated whole, so that
        it still reads left to right."""
        if not self.rtl:
            return render(msg, self.translate)
        args = {
            key: self._render(value) if isinstance(value, Mapping) and "id" in value else value
            for key, value in dict(msg.get("args") or {}).items()
        }
        text = render({**msg, "args": args} if "args" in msg else msg, self.translate, _isolate)
        source, context = str(msg.get("id", "")), str(msg.get("ctx", CORE))
        if self.translate is not None and self.translate(context, source) == source:
            return _isolate(text)  # not in the catalog yet: English, in its own order
        return text

    def figures(self, *parts: str) -> str:
        """Figures side by side ("average / peak", each already HTML): on a right-to-left
        page one left-to-right piece, each part isolated (a length of time in right-to-left
        words stays whole)."""
        if not self.rtl:
            return " / ".join(parts)
        return f'<bdi dir="ltr">{" / ".join(f"<bdi>{part}</bdi>" for part in parts)}</bdi>'

    def data(self, value: object) -> str:
        return html.escape(_isolate(str(value)) if self.rtl else str(value))

    def words(self, value: str, label: Callable[[str, Translate | None], str]) -> str:
        """A timeline entry's kind or actor (``label``: incident_desk/timeline_kinds.py) in the
        reader's words; an English page, and an id the table does not know, show the id."""
        said = value if self.translate is None else label(value, self.translate)
        return self.data(value) if said == value else html.escape(said)


def _isolate(text: str) -> str:
    """Unicode first-strong isolation (FSI … PDI): an identifier keeps its own order inside
    right-to-left text (``incident_desk/ui/bidi.py`` does the same in the window)."""
    return f"\u2068{text}\u2069" if text else text


#: the mark of an ad-hoc inject in the Injects table
_ADHOC: Final = QT_TRANSLATE_NOOP("aar", "ad hoc")
#: the Injects table's "sent" cell of an inject that never went out, when no run log says why
_NOT_SENT: Final = QT_TRANSLATE_NOOP("aar", "not sent")


def _finding_row(report: AfterActionReport, f: InjectFinding, p: _Page) -> str:
    esc = html.escape
    cls = f.verdict.replace(" ", "-")
    # the MSEL's planned time, for every inject; beside it when it went out, never the
    # planned time as if it had gone out then: an inject not sent says why
    planned = esc(f"EX T+{f.offset}")
    sent = esc(report.exercise_offset(f.sent_exercise) or timefmt.wall(f.sent_at))
    if f.not_sent:
        sent = p.msg(f.unsent_msg) if f.unsent_msg else p.word(_NOT_SENT)
    elif not sent:
        sent = "—"
    hover = timefmt.wall_hover(f.sent_at, translate=p.translated)
    checks = "<br>".join(p.msg(c.message()) for c in f.checks) or "—"
    expect = p.msg(f.expect_msg, capital=True) if f.expect_msg else esc(f.expect_text)
    notes = [m for m in f.remark_msgs if m != f.unsent_msg]  # the sent cell said it
    remarks = (
        "; ".join(p.msg(m) for m in notes)
        if f.remark_msgs or not f.remarks
        else esc("; ".join(f.remarks))
    )
    kind = p.word(f.kind)
    if f.adhoc:
        kind += f"<br><i>{p.word(_ADHOC)}</i>"
    route = esc(f"{f.from_agency} → {', '.join(f.to)}")
    return (
        f'<tr class="{cls}"><td>{f.number}</td><td>{planned}</td>'
        f'<td title="{esc(hover)}">{sent}</td>'
        f'<td>{kind}</td><td><bdi dir="ltr">{route}</bdi></td>'
        f"<td>{p.data(f.expected_action)}</td><td>{expect}</td>"
        f"<td>{checks}</td><td><b>{p.word(f.verdict).upper()}</b></td>"
        f"<td>{remarks}</td></tr>"
    )


def _alarms_html(report: AfterActionReport, p: _Page) -> str:
    """The alarm KPIs of the run (ISA-18.2 / EEMUA 191 figures) as a small table."""
    k = report.alarms
    if k is None:
        return ""

    def duration(seconds: float | None) -> str:
        return "—" if seconds is None else p.msg(duration_message(seconds))

    ack, median = duration(k.mean_ack_s), duration(k.median_ack_s)
    ex_ack, ex_median = duration(k.mean_ack_exercise_s), duration(k.median_ack_exercise_s)
    rows = [
        (QT_TRANSLATE_NOOP("aar", "alarms raised"), str(k.alarms)),
        (
            QT_TRANSLATE_NOOP("aar", "alarms per 10 wall-clock minutes (average / peak)"),
            p.figures(f"{k.per_10_min:.1f}", str(k.peak_10_min)),
        ),
        (QT_TRANSLATE_NOOP("aar", "time in alarm flood"), p.figures(f"{k.flood_percent:.0f} %")),
        (QT_TRANSLATE_NOOP("aar", "acknowledged"), str(k.acknowledged)),
        (
            QT_TRANSLATE_NOOP("aar", "time to acknowledge (mean / median), exercise time"),
            p.figures(ex_ack, ex_median),
        ),
        (
            QT_TRANSLATE_NOOP("aar", "time to acknowledge (mean / median), wall clock"),
            p.figures(ack, median),
        ),
        (
            QT_TRANSLATE_NOOP("aar", "standing (still active) / stale"),
            p.figures(str(k.standing), str(k.stale)),
        ),
        (QT_TRANSLATE_NOOP("aar", "shelved"), str(k.shelved)),
        (
            QT_TRANSLATE_NOOP("aar", "by priority 1 / 2 / 3 / 4"),
            p.figures(*(str(n) for n in k.by_priority)),
        ),
    ]
    body = "".join(f"<tr><th>{p.word(a)}</th><td>{b}</td></tr>" for a, b in rows)
    heading = p.word(QT_TRANSLATE_NOOP("aar", "Alarms"))
    return f"<h2>{heading}</h2><table><tbody>{body}</tbody></table>"


#: the report's own timeline kinds (an inject of the MSEL, a CAP message in the store, a
#: control event of the controller) in words; the store's kinds are in ``timeline_kinds``
_KINDS: Final[Mapping[str, str]] = {
    "inject.cap": QT_TRANSLATE_NOOP("aar", "CAP inject"),
    "inject.text": QT_TRANSLATE_NOOP("aar", "text inject"),
    "inject.unit": QT_TRANSLATE_NOOP("aar", "unit inject"),
    "cap.Alert": QT_TRANSLATE_NOOP("aar", "CAP alert"),
    "cap.Update": QT_TRANSLATE_NOOP("aar", "CAP update"),
    "cap.Cancel": QT_TRANSLATE_NOOP("aar", "CAP cancel"),
    "cap.Ack": QT_TRANSLATE_NOOP("aar", "CAP acknowledgement"),
    "cap.Error": QT_TRANSLATE_NOOP("aar", "CAP error"),
    "control.STARTEX": QT_TRANSLATE_NOOP("aar", "STARTEX"),
    "control.PAUSE": QT_TRANSLATE_NOOP("aar", "pause"),
    "control.RESUME": QT_TRANSLATE_NOOP("aar", "resume"),
    "control.NO_DUFF": QT_TRANSLATE_NOOP("aar", "NO DUFF"),
    "control.CLOCK": QT_TRANSLATE_NOOP("aar", "clock change"),
    "control.ENDEX": QT_TRANSLATE_NOOP("aar", "ENDEX"),
}

#: the timeline's origin of a control event (the others are ``_aar_text.WORDS``)
_CONTROL_ORIGIN: Final = QT_TRANSLATE_NOOP("aar", "control")


def _report_kind(kind: str, translate: Translate | None) -> str:
    """One of the report's own kinds (:data:`_KINDS`) in the reader's words."""
    source = _KINDS.get(kind)
    if source is None:
        return kind
    return source if translate is None else translate(AAR, source)


def _kind(kind: str, origin: str, p: _Page) -> str:
    return p.words(kind, kind_label if origin == "timeline" else _report_kind)


def _control_html(report: AfterActionReport, p: _Page) -> str:
    """The controller's control events (STARTEX, holds, speed, ENDEX) as their own table."""
    rows = "".join(
        f"<tr><td>{html.escape(report.exercise_offset(r.exercise_at))}</td>"
        f'<td class="clock">{html.escape(timefmt.wall(r.at))}</td>'
        f"<td>{_kind(r.kind, r.origin, p)}</td><td>{p.data(r.who)}</td>"
        f"<td>{p.data(r.text) if r.msg is None else p.msg(r.msg)}</td></tr>"
        for r in report.timeline
        if r.origin == "control"
    )
    if not rows:
        return ""
    heads = _heads(
        p,
        QT_TRANSLATE_NOOP("aar", "exercise time"),
        QT_TRANSLATE_NOOP("aar", "wall clock"),
        QT_TRANSLATE_NOOP("aar", "kind"),
        QT_TRANSLATE_NOOP("aar", "who"),
        QT_TRANSLATE_NOOP("aar", "text"),
    )
    heading = p.word(QT_TRANSLATE_NOOP("aar", "Exercise control"))
    return f"<h2>{heading}</h2><table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>"


def _heads(p: _Page, *sources: str) -> str:
    return "".join(f"<th>{p.word(s)}</th>" for s in sources)


def write_html(
    report: AfterActionReport,
    out: Path,
    *,
    translate: Translate | None = None,
    language: str = "en",
    rtl: bool = False,
) -> Path:
    """A self-contained HTML page (no external resources) that prints black on white.

    ``translate`` (``(context, source) -> text``; the window's ``QCoreApplication.translate``
    or the CLI's ``--language`` catalog) gives the page in the reader's language, tagged
    ``lang=language`` (and ``dir="rtl"`` when ``rtl``); None gives English. Times, durations,
    numbers and the mandated EXERCISE marking are the same in every language."""
    esc = html.escape
    p = _Page(translate, rtl)
    counts = report.counts()
    rows = "".join(_finding_row(report, f, p) for f in report.findings)
    timeline = "".join(
        f"<tr><td>{esc(report.exercise_offset(r.exercise_at))}</td>"
        f'<td class="clock">{esc(timefmt.wall(r.at))}</td><td>{p.word(r.origin)}</td>'
        f"<td>{_kind(r.kind, r.origin, p)}</td>"
        f"<td>{p.words(r.who, actor_label) if r.origin == 'timeline' else p.data(r.who)}</td>"
        f"<td>{'' if r.inject is None else r.inject}</td>"
        f"<td>{p.data(r.text) if r.msg is None else p.msg(r.msg)}</td></tr>"
        for r in report.timeline
    )
    title = p.say(
        QT_TRANSLATE_NOOP("aar", "After-action report {exercise}"), exercise=report.exercise_id
    )
    clock = p.say(
        QT_TRANSLATE_NOOP(
            "aar", "delays in exercise time (run speed ×{speed}; clock from {clock})"
        ),
        speed=f"{report.speed:g}",
        clock={"id": report.clock_source, "args": {}, "ctx": AAR},
    )
    summary = p.say(
        QT_TRANSLATE_NOOP(
            "aar", "generated {time} · met {met} · not met {not_met} · not observed {unseen}"
        ),
        time=timefmt.wall(report.generated_at),
        met=counts["met"],
        not_met=counts["not met"],
        unseen=counts["not observed"],
    )
    direction = ' dir="rtl"' if rtl else ""
    injects = _heads(
        p,
        "#",
        QT_TRANSLATE_NOOP("aar", "planned (exercise time)"),
        QT_TRANSLATE_NOOP("aar", "sent (exercise time)"),
        QT_TRANSLATE_NOOP("aar", "kind"),
        QT_TRANSLATE_NOOP("aar", "from → to"),
        QT_TRANSLATE_NOOP("aar", "expected action"),
        QT_TRANSLATE_NOOP("aar", "expectation"),
        QT_TRANSLATE_NOOP("aar", "observed (who, how late)"),
        QT_TRANSLATE_NOOP("aar", "verdict"),
        QT_TRANSLATE_NOOP("aar", "notes"),
    )
    columns = _heads(
        p,
        QT_TRANSLATE_NOOP("aar", "exercise time"),
        QT_TRANSLATE_NOOP("aar", "wall clock"),
        QT_TRANSLATE_NOOP("aar", "origin"),
        QT_TRANSLATE_NOOP("aar", "kind"),
        QT_TRANSLATE_NOOP("aar", "who"),
        QT_TRANSLATE_NOOP("aar", "inject"),
        QT_TRANSLATE_NOOP("aar", "text"),
    )
    band = f"{EXERCISE_MARK} — {p.data(report.exercise_id)}"
    injects_heading = p.word(QT_TRANSLATE_NOOP("aar", "Injects: expected and observed"))
    timeline_heading = p.word(QT_TRANSLATE_NOOP("aar", "Timeline"))
    page = f"""<!DOCTYPE html>
<html lang="{esc(language)}"{direction}><head><meta charset="utf-8">
<title>EXERCISE — {title}</title>
<style>{_CSS}</style></head><body>
<div class="watermark" aria-hidden="true">EXERCISE</div>
<div class="band top" dir="ltr">{band}</div>
<table class="sheet"><thead><tr><td><div class="band-room"></div></td></tr></thead>
<tfoot><tr><td><div class="band-room"></div></td></tr></tfoot><tbody><tr><td>
<main>
<h1>{title}</h1>
<p>{p.data(report.exercise_name)} · {summary} · {clock}</p>
<h2>{injects_heading}</h2>
<table><thead><tr>{injects}</tr></thead>
<tbody>{rows}</tbody></table>
{_control_html(report, p)}
{_alarms_html(report, p)}
<h2>{timeline_heading}</h2>
<table><thead><tr>{columns}</tr></thead><tbody>{timeline}</tbody></table>
</main>
</td></tr></tbody></table>
<div class="band bottom" dir="ltr">{band}</div>
</body></html>
"""
    path = out / f"aar-{report.exercise_id}.html"
    path.write_text(page, encoding="utf-8")
    return path


def write_aar(
    report: AfterActionReport,
    out: Path,
    *,
    translate: Translate | None = None,
    language: str = "en",
    rtl: bool = False,
) -> list[Path]:
    """CSV, JSON and HTML files in ``out`` (created if missing); the HTML page in the
    reader's language (:func:`write_html`), the CSV and JSON in English (for programs)."""
    out.mkdir(parents=True, exist_ok=True)
    page = write_html(report, out, translate=translate, language=language, rtl=rtl)
    return [*write_csv(report, out), write_json(report, out), page]
