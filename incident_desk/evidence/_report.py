"""The human-readable report of an evidence package (``report.html`` and ``report.pdf``).

The report is a convenience for readers: what counts is the entries and proofs next to it,
which ``incident-desk evidence verify`` checks. The HTML is plain, with inline styles, no
scripts and no external resources, so it opens the same way offline years from now. The PDF
holds the same content on paper, black on white: :func:`report_form` gives it as a form (the
shape the ICS forms are printed from, ``incident_desk.exports.IcsForm``); the UI layer draws
it (``incident_desk.ui.ics_pdf``), the core never imports Qt.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from incident_desk import timefmt
from incident_desk.exports import IcsForm
from incident_desk.tlog.entries import decode

REPORT_FORM = "Evidence report"

_STYLE = (
    "body{font-family:sans-serif}table{border-collapse:collapse}"
    "td,th{border:1px solid #999;padding:3px;vertical-align:top;text-align:left}"
)
_HEAD = "".join(f"<th>{h}</th>" for h in ("entry", "time (UTC)", "what", "who", "details"))


class _Request(Protocol):
    @property
    def incident(self) -> str: ...
    @property
    def exercise_id(self) -> str | None: ...
    @property
    def reference(self) -> str: ...


def _cell(value: object) -> str:
    return f"<td>{html.escape('' if value is None else str(value))}</td>"


def _summary(fields: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """(time, what, who, details) of one entry."""
    kind = fields.get("kind")
    if kind == "alert":
        return (
            str(fields.get("received_at")),
            f"received {fields.get('msg_type')} ({fields.get('status')})",
            str(fields.get("sender")),
            f"{fields.get('identifier')} on {fields.get('topic')}; signature: "
            f"{fields.get('trust_state') or 'not checked'} {fields.get('trust_signer') or ''}; "
            f"payload SHA-256 {fields.get('raw_sha256')}",
        )
    if kind == "quarantine":
        return (
            str(fields.get("received_at")),
            "quarantined",
            str(fields.get("source")),
            f"{fields.get('reason')} (payload SHA-256 {fields.get('raw_sha256')})",
        )
    if kind == "alarm":
        return (
            str(fields.get("at")),
            f"alarm {fields.get('event')} ({fields.get('state')})",
            str(fields.get("actor") or fields.get("console")),
            f"alert #{fields.get('alert_id')}, priority {fields.get('priority')}: "
            f"{fields.get('reason') or ''}",
        )
    if kind == "position":
        return (
            str(fields.get("at")),
            "unit position",
            f"{fields.get('country')}/{fields.get('agency')}",
            f"{fields.get('unit')} at {fields.get('lat')},{fields.get('lon')} "
            f"(from {fields.get('source') or 'a unit status message'})",
        )
    return (
        str(fields.get("at")),
        str(fields.get("event")),
        str(fields.get("actor")),
        str(fields.get("text")),
    )


def render_report(
    request: _Request, custody: Mapping[str, Any], rows: Sequence[Any], size: int
) -> str:
    """The report: custody record, then every entry in log order."""
    traffic = f"exercise {request.exercise_id}" if request.exercise_id else "real traffic"
    lines = []
    for r in rows:
        when, what, who, details = _summary(decode(bytes(r.entry)))
        lines.append(
            "<tr>"
            + _cell(r.leaf_index)
            + _cell(when)
            + _cell(what)
            + _cell(who)
            + _cell(details)
            + "</tr>"
        )
    custody_rows = "".join(
        f"<tr><th>{html.escape(k)}</th>{_cell(v)}</tr>" for k, v in custody.items()
    )
    banner = (
        '<p style="background:#fde68a;padding:6px"><b>EXERCISE</b>: drill traffic, not real.</p>'
        if request.exercise_id
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Evidence package: incident {html.escape(request.incident)}</title>
<style>{_STYLE}</style>
</head><body>
<h1>Incident {html.escape(request.incident)} ({html.escape(traffic)})</h1>
{banner}
<p>{len(rows)} log entries, proven against the signed checkpoint of {size} entries.
Check this package with <code>incident-desk evidence verify FILE.zip</code>; this report is
a reading aid only.</p>
<h2>Custody record</h2><table>{custody_rows}</table>
<h2>History</h2>
<table><thead><tr>{_HEAD}</tr></thead>
<tbody>{"".join(lines)}</tbody></table>
</body></html>
"""


def _paper_time(text: str) -> str:
    """An ISO time of the log as every printed time is written (``timefmt``); else as is."""
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return timefmt.utc(when) if when.tzinfo is not None else text


def report_form(
    request: _Request, custody: Mapping[str, Any], rows: Sequence[Any], size: int
) -> IcsForm:
    """The report as a printable form: the custody record as header blocks, then every entry
    in log order (entry, time, what, who, details), as in ``report.html``."""
    header = [
        ("Incident", request.incident),
        ("Traffic", f"EXERCISE {request.exercise_id}" if request.exercise_id else "real"),
        (
            "Proof",
            f"{len(rows)} log entries, proven against the signed checkpoint of {size} entries; "
            "check the package with: incident-desk evidence verify FILE.zip (this report is "
            "a reading aid only)",
        ),
    ]
    for key, value in custody.items():
        if key == "incident":
            continue  # the first block already names it
        text = "" if value is None else str(value)
        header.append((key.replace("_", " "), _paper_time(text) if key.endswith("_at") else text))
    lines = []
    for r in rows:
        when, what, who, details = _summary(decode(bytes(r.entry)))
        lines.append((str(r.leaf_index), _paper_time(when), what, who, details))
    return IcsForm(
        form=REPORT_FORM,
        title="of incident",
        incident_name=request.incident,
        incident_key=f"case {request.reference}",
        exercise_id=request.exercise_id,
        header=tuple(header),
        columns=("entry", "time", "what", "who", "details"),
        rows=tuple(lines),
    )
