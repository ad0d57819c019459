"""The after-action report's files: CSV (findings and timeline), JSON and one HTML page.

People read the CSV and the HTML: times there are in one format (``incident_desk.timefmt``),
each saying its clock (exercise time ``EX T+…`` or wall clock UTC), delays in words and the
expectations in words. The JSON is for programs: ISO 8601 instants and seconds.

The HTML page is self-contained and prints black on white; the exercise marking is a purple
band at the top and bottom of every printed page (purple is the exercise colour; red is kept
for real-world traffic, so a "not met" row is amber, never red).
"""

from __future__ import annotations

import csv
import html
import json
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from incident_desk import timefmt

from ._aar import AfterActionReport, InjectFinding

__all__ = ["write_aar", "write_csv", "write_html", "write_json"]


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


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
        "injects": [asdict(f) for f in report.findings],
        "timeline": [asdict(r) for r in report.timeline],
        "alarms": None if report.alarms is None else asdict(report.alarms),
    }
    path.write_text(
        json.dumps(data, indent=2, default=_json_default, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return path


_CSS = """
@page { size: A4 landscape; margin: 14mm 10mm; }
html, body { background: #fff; color: #000; }
body { font-family: system-ui, sans-serif; font-size: 10pt; margin: 0 1em; }
.band { background: #5b2a86; color: #fff; font-weight: bold; text-align: center;
  padding: 3px; letter-spacing: .3em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center;
  font-size: 120px; font-weight: bold; color: rgba(91, 42, 134, .08);
  transform: rotate(-30deg); z-index: -1; pointer-events: none; }
@media print { .band { position: fixed; left: 0; right: 0; }
  .band.top { top: 0; } .band.bottom { bottom: 0; } main { margin: 2.2em 0; } }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; }
th, td { border: 1px solid #777; padding: 2px 4px; vertical-align: top; text-align: left; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
.met { background: #e3f1e3; } .not-met { background: #fde8c4; }
.not-observed { background: #eee; }
.clock { color: #333; font-size: 9pt; }
"""


def _finding_row(report: AfterActionReport, f: InjectFinding) -> str:
    esc = html.escape
    cls = f.verdict.replace(" ", "-")
    sent = report.exercise_offset(f.sent_exercise) or f"EX T+{f.offset}"
    hover = timefmt.wall_hover(f.sent_at)
    checks = "<br>".join(esc(c.sentence()) for c in f.checks) or "—"
    return (
        f'<tr class="{cls}"><td>{f.number}</td>'
        f'<td title="{esc(hover)}">{esc(sent)}</td>'
        f"<td>{esc(f.kind)}</td><td>{esc(f.from_agency)} → {esc(', '.join(f.to))}</td>"
        f"<td>{esc(f.expected_action)}</td><td>{esc(f.expect_text)}</td>"
        f"<td>{checks}</td><td><b>{esc(f.verdict.upper())}</b></td>"
        f"<td>{esc('; '.join(f.remarks))}</td></tr>"
    )


def _duration(seconds: float | None) -> str:
    return "—" if seconds is None else timefmt.duration(seconds)


def _alarms_html(report: AfterActionReport) -> str:
    """The alarm KPIs of the run (ISA-18.2 / EEMUA 191 figures) as a small table."""
    k = report.alarms
    if k is None:
        return ""
    ack, median = _duration(k.mean_ack_s), _duration(k.median_ack_s)
    ex_ack, ex_median = _duration(k.mean_ack_exercise_s), _duration(k.median_ack_exercise_s)
    rows = [
        ("alarms raised", str(k.alarms)),
        ("alarms per 10 minutes (average / peak)", f"{k.per_10_min:.1f} / {k.peak_10_min}"),
        ("time in alarm flood", f"{k.flood_percent:.0f} %"),
        ("acknowledged", str(k.acknowledged)),
        ("time to acknowledge (mean / median), exercise time", f"{ex_ack} / {ex_median}"),
        ("time to acknowledge (mean / median), wall clock", f"{ack} / {median}"),
        ("standing (still active) / stale", f"{k.standing} / {k.stale}"),
        ("shelved", str(k.shelved)),
        ("by priority 1 / 2 / 3 / 4", " / ".join(str(n) for n in k.by_priority)),
    ]
    body = "".join(f"<tr><th>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in rows)
    return f"<h2>Alarms</h2><table><tbody>{body}</tbody></table>"


def write_html(report: AfterActionReport, out: Path) -> Path:
    """A self-contained HTML page (no external resources) that prints black on white."""
    esc = html.escape
    counts = report.counts()
    rows = "".join(_finding_row(report, f) for f in report.findings)
    timeline = "".join(
        f"<tr><td>{esc(report.exercise_offset(r.exercise_at))}</td>"
        f'<td class="clock">{esc(timefmt.wall(r.at))}</td><td>{esc(r.origin)}</td>'
        f"<td>{esc(r.kind)}</td><td>{esc(r.who)}</td>"
        f"<td>{'' if r.inject is None else r.inject}</td><td>{esc(r.text)}</td></tr>"
        for r in report.timeline
    )
    title = f"After-action report {report.exercise_id}"
    clock = (
        f"delays in exercise time (run speed ×{report.speed:g}; "
        f"clock from {esc(report.clock_source)})"
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>EXERCISE — {esc(title)}</title>
<style>{_CSS}</style></head><body>
<div class="watermark" aria-hidden="true">EXERCISE</div>
<div class="band top">EXERCISE EXERCISE EXERCISE — {esc(report.exercise_id)}</div>
<main>
<h1>{esc(title)}</h1>
<p>{esc(report.exercise_name)} · generated {esc(timefmt.wall(report.generated_at))} ·
met {counts["met"]} · not met {counts["not met"]} · not observed {counts["not observed"]}
· {clock}</p>
<h2>Injects: expected and observed</h2>
<table><thead><tr><th>#</th><th>sent (exercise time)</th><th>kind</th><th>from → to</th>
<th>expected action</th><th>expectation</th><th>observed (who, how late)</th>
<th>verdict</th><th>notes</th></tr></thead>
<tbody>{rows}</tbody></table>
{_alarms_html(report)}
<h2>Timeline</h2>
<table><thead><tr><th>exercise time</th><th>wall clock</th><th>origin</th><th>kind</th>
<th>who</th><th>inject</th><th>text</th></tr></thead><tbody>{timeline}</tbody></table>
</main>
<div class="band bottom">EXERCISE EXERCISE EXERCISE — {esc(report.exercise_id)}</div>
</body></html>
"""
    path = out / f"aar-{report.exercise_id}.html"
    path.write_text(page, encoding="utf-8")
    return path


def write_aar(report: AfterActionReport, out: Path) -> list[Path]:
    """CSV, JSON and HTML files in ``out`` (created if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    return [*write_csv(report, out), write_json(report, out), write_html(report, out)]
