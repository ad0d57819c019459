"""After-action report (HSEEP AAR) from the store and the scenario (DESIGN.md §4 timeline).

For every inject: the expected action (text and ``expect``) and what was observed:

- the inject's alert (CAP injects: stored alert of the exercise whose identifier is the
  inject's deterministic identifier; the inject's "sent" time is when the store received it);
- acknowledged? the CAP Acks of that alert (``store.acks_for``): who, and the delay between
  the alert's and the first Ack's arrival in the store (one clock: the store's);
- incident opened? timeline entries whose kind starts ``incident.`` and that reference the
  alert (``alert_id`` column, or ``alert_id`` in their data);
- unit assigned? timeline entries whose kind starts ``assignment.`` with the unit id in their
  data (``unit`` or ``unit_id``), after the inject was sent.

Verdict: **met** (every expected action observed within ``expect.within``), **not met** (the
inject reached the store but an expected action is missing or late) or **not observed** (the
inject was never seen in the store, or it has no checkable ``expect``: an evaluator judges it).

The merged timeline holds the injects, alerts, acks and timeline entries of the exercise, each
with its origin. Exports: CSV (one row per inject, plus ``timeline.csv``), JSON, and a
self-contained HTML page with an EXERCISE watermark on every printed page.
"""

from __future__ import annotations

import csv
import html
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol

from incident_desk.scenario import Inject, Scenario, identifier_for, parse_duration
from incident_desk.store import StoredAlert, TimelineEntry

__all__ = [
    "AfterActionReport",
    "InjectFinding",
    "StoreReader",
    "TimelineRow",
    "build_aar",
    "write_aar",
    "write_csv",
    "write_html",
    "write_json",
]

Verdict = Literal["met", "not met", "not observed"]


class StoreReader(Protocol):
    """The part of ``Store`` the report reads."""

    def list_alerts(
        self,
        *,
        limit: int | None = ...,
        offset: int = ...,
        exercise_id: Any = ...,
        newest_first: bool = ...,
        after_id: int | None = ...,
    ) -> list[StoredAlert]: ...

    def acks_for(self, alert_id: int) -> list[StoredAlert]: ...

    def timeline(
        self,
        incident_id: str | None = ...,
        exercise_id: str | None = ...,
        limit: int | None = ...,
    ) -> list[TimelineEntry]: ...


@dataclass(frozen=True, slots=True)
class InjectFinding:
    number: int
    offset: str
    kind: str
    from_agency: str
    to: tuple[str, ...]
    expected_action: str
    expect: dict[str, Any] | None
    objective: str | None
    contingency_for: int | None
    alert_id: int | None
    identifier: str | None
    sent_at: datetime | None
    acknowledged: bool
    acked_by: tuple[str, ...]
    ack_delay_s: float | None
    incident_opened: bool
    incident_delay_s: float | None
    unit_assigned: bool | None
    assign_delay_s: float | None
    verdict: Verdict
    notes: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    at: datetime | None
    origin: Literal["scenario", "alert", "ack", "timeline"]
    kind: str
    who: str
    text: str
    inject: int | None = None


@dataclass
class AfterActionReport:
    exercise_id: str
    exercise_name: str
    generated_at: datetime
    findings: list[InjectFinding] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"met": 0, "not met": 0, "not observed": 0}
        for finding in self.findings:
            out[finding.verdict] += 1
        return out


def _inject_number(alert: StoredAlert) -> int | None:
    for info in alert.alert.infos:
        for p in info.parameters:
            if p.value_name == "idesk:inject" and p.value.isdigit():
                return int(p.value)
    return None


def _delay(start: datetime | None, end: datetime) -> float | None:
    return None if start is None else (end - start).total_seconds()


def _refers(entry: TimelineEntry, alert_id: int) -> bool:
    if entry.alert_id == alert_id:
        return True
    value = entry.data.get("alert_id")
    ids = value if isinstance(value, list) else [value]
    return alert_id in ids


def _finding(
    scenario: Scenario,
    inject: Inject,
    alert: StoredAlert | None,
    acks: list[StoredAlert],
    timeline: list[TimelineEntry],
) -> InjectFinding:
    expect = inject.expect
    sent_at = alert.received_at if alert is not None else None
    acks = sorted(acks, key=lambda a: a.received_at)
    ack_delay = _delay(sent_at, acks[0].received_at) if acks else None
    opened = (
        [e for e in timeline if e.kind.startswith("incident.") and _refers(e, alert.id)]
        if alert is not None
        else []
    )
    incident_delay = _delay(sent_at, opened[0].at) if opened else None
    unit_assigned: bool | None = None
    assign_delay: float | None = None
    notes: list[str] = []
    if expect is not None and expect.assign_unit is not None:
        assigned = [
            e
            for e in timeline
            if e.kind.startswith("assignment.")
            and expect.assign_unit in (e.data.get("unit"), e.data.get("unit_id"))
            and (sent_at is None or e.at >= sent_at)
        ]
        unit_assigned = bool(assigned)
        assign_delay = _delay(sent_at, assigned[0].at) if assigned else None
        if not any(e.kind.startswith("assignment.") for e in timeline):
            notes.append("no assignment entries in the timeline")

    verdict: Verdict
    if inject.kind == "cap" and alert is None:
        verdict = "not observed"
        notes.insert(0, "the inject's alert is not in the store")
    elif expect is None:
        verdict = "not observed"
        notes.insert(0, "no checkable expectation: evaluator's judgement")
    elif inject.kind != "cap" and (expect.ack or expect.incident):
        verdict = "not observed"
        notes.insert(0, "a non-CAP inject cannot be acknowledged or linked automatically")
    else:
        within = float(parse_duration(expect.within))
        checks: list[tuple[str, float | None]] = []
        if expect.ack:
            checks.append(("acknowledgement", ack_delay))
        if expect.incident:
            checks.append(("incident", incident_delay))
        if expect.assign_unit is not None:
            checks.append((f"assignment of {expect.assign_unit}", assign_delay))
        missing = [name for name, delay in checks if delay is None]
        late = [name for name, delay in checks if delay is not None and delay > within]
        if not checks:
            verdict = "not observed"
            notes.insert(0, "expect lists no action")
        elif missing or late:
            verdict = "not met"
            notes.extend(f"no {name}" for name in missing)
            notes.extend(f"{name} later than {expect.within}" for name in late)
        else:
            verdict = "met"
    return InjectFinding(
        number=inject.number,
        offset=inject.offset,
        kind=inject.kind,
        from_agency=inject.from_,
        to=inject.to,
        expected_action=inject.expected_action,
        expect=None if expect is None else expect.model_dump(mode="json"),
        objective=inject.objective,
        contingency_for=inject.contingency_for,
        alert_id=None if alert is None else alert.id,
        identifier=identifier_for(scenario, inject) if inject.kind == "cap" else None,
        sent_at=sent_at,
        acknowledged=bool(acks),
        acked_by=tuple(dict.fromkeys(a.sender for a in acks)),
        ack_delay_s=ack_delay,
        incident_opened=bool(opened),
        incident_delay_s=incident_delay,
        unit_assigned=unit_assigned,
        assign_delay_s=assign_delay,
        verdict=verdict,
        notes="; ".join(notes),
    )


def build_aar(
    store: StoreReader,
    scenario: Scenario,
    exercise_id: str | None = None,
    *,
    now: datetime | None = None,
) -> AfterActionReport:
    """Compare what the scenario expected with what the store observed."""
    from datetime import UTC

    exercise = exercise_id or scenario.exercise.id
    alerts = store.list_alerts(limit=None, exercise_id=exercise, newest_first=False)
    timeline = store.timeline(exercise_id=exercise)
    by_identifier: dict[str, StoredAlert] = {}
    by_number: dict[int, StoredAlert] = {}
    for stored in alerts:
        if stored.msg_type in {"Ack", "Error"}:
            continue
        by_identifier.setdefault(stored.identifier, stored)
        number = _inject_number(stored)
        if number is not None:
            by_number.setdefault(number, stored)
    report = AfterActionReport(
        exercise_id=exercise,
        exercise_name=scenario.exercise.name,
        generated_at=now or datetime.now(UTC),
    )
    for inject in scenario.ordered_injects():
        alert: StoredAlert | None = None
        if inject.kind == "cap":
            alert = by_identifier.get(identifier_for(scenario, inject)) or by_number.get(
                inject.number
            )
        acks = store.acks_for(alert.id) if alert is not None else []
        finding = _finding(scenario, inject, alert, acks, timeline)
        report.findings.append(finding)
        report.timeline.append(
            TimelineRow(
                at=finding.sent_at,
                origin="scenario",
                kind=f"inject.{inject.kind}",
                who=inject.from_,
                text=f"inject {inject.number} at +{inject.offset}: {inject.expected_action}",
                inject=inject.number,
            )
        )
    for stored in alerts:
        ack = stored.msg_type in {"Ack", "Error"}
        report.timeline.append(
            TimelineRow(
                at=stored.received_at,
                origin="ack" if ack else "alert",
                kind=f"cap.{stored.msg_type}",
                who=stored.sender,
                text=stored.headline or stored.identifier,
                inject=_inject_number(stored),
            )
        )
    for entry in timeline:
        report.timeline.append(
            TimelineRow(
                at=entry.at,
                origin="timeline",
                kind=entry.kind,
                who=entry.actor,
                text=entry.text,
            )
        )
    far = datetime.max.replace(tzinfo=UTC)
    report.timeline.sort(key=lambda r: (r.at or far, r.origin != "scenario"))
    return report


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, tuple | list):
        return " ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return str(value)


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
    "acknowledged",
    "acked_by",
    "ack_delay_s",
    "incident_opened",
    "incident_delay_s",
    "unit_assigned",
    "assign_delay_s",
    "verdict",
    "notes",
]


def write_csv(report: AfterActionReport, out: Path) -> list[Path]:
    """``aar-{id}.csv`` (one row per inject) and ``aar-{id}-timeline.csv``."""
    findings = out / f"aar-{report.exercise_id}.csv"
    with findings.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["exercise", *_COLUMNS])
        for finding in report.findings:
            row = asdict(finding)
            writer.writerow([report.exercise_id, *(_cell(row[c]) for c in _COLUMNS)])
    timeline = out / f"aar-{report.exercise_id}-timeline.csv"
    with timeline.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["exercise", "at", "origin", "kind", "who", "inject", "text"])
        for r in report.timeline:
            writer.writerow(
                [report.exercise_id, _cell(r.at), r.origin, r.kind, r.who, _cell(r.inject), r.text]
            )
    return [findings, timeline]


def write_json(report: AfterActionReport, out: Path) -> Path:
    path = out / f"aar-{report.exercise_id}.json"
    data = {
        "schema": "idesk.aar/1",
        "exercise": report.exercise_id,
        "exercise_name": report.exercise_name,
        "status": "Exercise",
        "generated_at": report.generated_at.isoformat(),
        "counts": report.counts(),
        "injects": [asdict(f) for f in report.findings],
        "timeline": [asdict(r) for r in report.timeline],
    }
    path.write_text(
        json.dumps(data, indent=2, default=_cell, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path


_CSS = """
@page { size: A4 landscape; margin: 14mm 10mm; }
body { font-family: system-ui, sans-serif; font-size: 10pt; color: #111; margin: 0 1em; }
.banner { background: #b00; color: #fff; font-weight: bold; text-align: center;
  padding: 3px; letter-spacing: .3em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center;
  font-size: 120px; font-weight: bold; color: rgba(200, 0, 0, .10); transform: rotate(-30deg);
  z-index: -1; pointer-events: none; }
@media print { .banner { position: fixed; left: 0; right: 0; }
  .banner.top { top: 0; } .banner.bottom { bottom: 0; } main { margin: 2.2em 0; } }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; }
th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; text-align: left; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
.met { background: #dfd; } .not-met { background: #fdd; } .not-observed { background: #eee; }
"""


def write_html(report: AfterActionReport, out: Path) -> Path:
    """A self-contained HTML page (no external resources) that prints well."""
    esc = html.escape
    counts = report.counts()
    rows = []
    for f in report.findings:
        cls = f.verdict.replace(" ", "-")
        rows.append(
            f'<tr class="{cls}"><td>{f.number}</td><td>{esc(f.offset)}</td>'
            f"<td>{esc(f.kind)}</td><td>{esc(f.from_agency)} → {esc(', '.join(f.to))}</td>"
            f"<td>{esc(f.expected_action)}</td><td>{esc(_cell(f.expect))}</td>"
            f"<td>{esc(_cell(f.acknowledged))} {esc(', '.join(f.acked_by))}"
            f" {esc(_delay_text(f.ack_delay_s))}</td>"
            f"<td>{esc(_cell(f.incident_opened))} {esc(_delay_text(f.incident_delay_s))}</td>"
            f"<td>{esc(_cell(f.unit_assigned) or '-')} {esc(_delay_text(f.assign_delay_s))}</td>"
            f"<td><b>{esc(f.verdict)}</b></td><td>{esc(f.notes)}</td></tr>"
        )
    timeline = "".join(
        f"<tr><td>{esc(_cell(r.at))}</td><td>{esc(r.origin)}</td><td>{esc(r.kind)}</td>"
        f"<td>{esc(r.who)}</td><td>{esc(_cell(r.inject))}</td><td>{esc(r.text)}</td></tr>"
        for r in report.timeline
    )
    title = f"EXERCISE — After-action report {report.exercise_id}"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>{_CSS}</style></head><body>
<div class="watermark" aria-hidden="true">EXERCISE</div>
<div class="banner top">EXERCISE EXERCISE EXERCISE — {esc(report.exercise_id)}</div>
<main>
<h1>{esc(title)}</h1>
<p>{esc(report.exercise_name)} · generated {esc(report.generated_at.isoformat())} ·
met {counts["met"]} · not met {counts["not met"]} · not observed {counts["not observed"]}</p>
<h2>Injects: expected and observed</h2>
<table><thead><tr><th>#</th><th>offset</th><th>kind</th><th>from → to</th>
<th>expected action</th><th>expect</th><th>acknowledged</th><th>incident opened</th>
<th>unit assigned</th><th>verdict</th><th>notes</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<h2>Timeline</h2>
<table><thead><tr><th>at</th><th>origin</th><th>kind</th><th>who</th><th>inject</th>
<th>text</th></tr></thead><tbody>{timeline}</tbody></table>
</main>
<div class="banner bottom">EXERCISE EXERCISE EXERCISE — {esc(report.exercise_id)}</div>
</body></html>
"""
    path = out / f"aar-{report.exercise_id}.html"
    path.write_text(page, encoding="utf-8")
    return path


def _delay_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return f"(+{timedelta(seconds=round(seconds))})"


def write_aar(report: AfterActionReport, out: Path) -> list[Path]:
    """CSV, JSON and HTML files in ``out`` (created if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    return [*write_csv(report, out), write_json(report, out), write_html(report, out)]
