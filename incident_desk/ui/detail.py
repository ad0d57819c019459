"""The alert detail panel: every CAP field, the Update/Cancel chain, acks and the raw XML.

Everything shown comes from the store's snapshots (``get_alert``, ``chain``, ``acks_for``);
the raw XML is pretty-printed from the stored bytes with a safe parser, never re-fetched.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from incident_desk import safexml, timefmt
from incident_desk.trust.wording import WORDING, trust_label, trust_sentence
from incident_desk.ui.models.alert_table import TRUST_RED, is_exercise

log = logging.getLogger("incident_desk.ui")

DIFF_FIELDS = (
    "msg_type", "status", "event", "headline", "severity", "urgency", "certainty",
    "description", "instruction", "areas", "expires", "incidents",
)  # fmt: skip


_TABLE = "<table border='1' cellspacing='0' cellpadding='3'>"


def pretty_xml(raw: bytes) -> str:
    """Indent stored CAP bytes for reading (the one hardened parser: no entities, no DTD,
    no network); the raw text if they do not parse."""
    return safexml.pretty(raw)


def _both_times(value: datetime | None) -> str:
    if value is None:
        return "—"
    return f"{timefmt.local(value)} ({timefmt.utc(value)})"


def main_fields(stored: Any) -> dict[str, str]:
    """The fields compared between two versions of an alert (first info block)."""
    alert = stored.alert
    info = alert.first_info
    return {
        "msg_type": str(alert.msg_type),
        "status": str(alert.status),
        "event": info.event if info else "",
        "headline": (info.headline or "") if info else "",
        "severity": str(info.severity) if info else "",
        "urgency": str(info.urgency) if info else "",
        "certainty": str(info.certainty) if info else "",
        "description": (info.description or "") if info else "",
        "instruction": (info.instruction or "") if info else "",
        "areas": "; ".join(a.area_desc for a in info.areas) if info else "",
        "expires": info.expires.text if info and info.expires else "",
        "incidents": ", ".join(alert.incidents),
    }


def diff_versions(older: Any, newer: Any) -> list[tuple[str, str, str]]:
    """(field, old, new) for each main field that differs between two versions."""
    a, b = main_fields(older), main_fields(newer)
    return [(f, a[f], b[f]) for f in DIFF_FIELDS if a[f] != b[f]]


def _row(label: str, value: Any) -> str:
    if value in (None, "", ()):
        return ""
    head = f"<th align='left' valign='top'>{html.escape(label)}</th>"
    return f"<tr>{head}<td>{html.escape(str(value))}</td></tr>"


def _area_html(area: Any) -> str:
    parts = [f"<b>{html.escape(area.area_desc)}</b><ul>"]
    for poly in area.polygons:
        pts = " ".join(f"{p.lat:.5f},{p.lon:.5f}" for p in poly.points)
        parts.append(f"<li>polygon ({len(poly.points)} points): {html.escape(pts)}</li>")
    for circle in area.circles:
        parts.append(
            f"<li>circle: centre {circle.center.lat:.5f},{circle.center.lon:.5f}, "
            f"radius {circle.radius_km:g} km</li>"
        )
    for code in area.geocodes:
        parts.append(f"<li>geocode {html.escape(code.value_name)} = {html.escape(code.value)}</li>")
    if area.altitude is not None:
        parts.append(f"<li>altitude {area.altitude:g} ft, ceiling {area.ceiling or '—'} ft</li>")
    parts.append("</ul>")
    return "".join(parts)


def alert_html(stored: Any) -> str:
    """The whole alert as HTML, every value escaped."""
    alert = stored.alert
    out = ["<table cellspacing='2'>"]
    out += [
        _row("Sender", alert.sender),
        _row("Identifier", alert.identifier),
        _row("Sent", f"{_both_times(alert.sent.utc)} — as written: {alert.sent.text}"),
        _row("Received", _both_times(stored.received_at)),
        _row("Status / type / scope", f"{alert.status} / {alert.msg_type} / {alert.scope}"),
        _row("Source", alert.source),
        _row("Restriction", alert.restriction),
        _row("Addresses", " ".join(alert.addresses)),
        _row("Codes", ", ".join(alert.codes)),
        _row("Note", alert.note),
        _row("References", "; ".join(",".join(r.key()) for r in alert.references)),
        _row("Incidents", ", ".join(alert.incidents)),
        _row("Topic", stored.topic),
        _row("Exercise", stored.exercise_id),
        _row("Signed", "yes (enveloped signature present)" if alert.signature else ""),
        _row(
            "Signature check",
            f"{trust_label(stored.trust_state, stored.trust_signer)}: "
            f"{trust_sentence(stored.trust_state, stored.trust_detail)}",
        ),
        "</table>",
    ]
    for n, info in enumerate(alert.infos, 1):
        out.append(f"<hr><h3>{html.escape(info.headline or info.event)}</h3>")
        out.append(
            f"<p><i>info {n} of {len(alert.infos)} — language {html.escape(info.language)}</i></p>"
        )
        out.append("<table cellspacing='2'>")
        out += [
            _row("Event", info.event),
            _row("Categories", ", ".join(str(c) for c in info.categories)),
            _row(
                "Severity / urgency / certainty",
                f"{info.severity} / {info.urgency} / {info.certainty}",
            ),
            _row("Response", ", ".join(str(r) for r in info.response_types)),
            _row("Audience", info.audience),
            _row("Event codes", "; ".join(f"{c.value_name}={c.value}" for c in info.event_codes)),
            _row("Effective", _both_times(info.effective.utc) if info.effective else ""),
            _row("Onset", _both_times(info.onset.utc) if info.onset else ""),
            _row("Expires", _both_times(info.expires.utc) if info.expires else ""),
            _row("Sender name", info.sender_name),
            _row("Web", info.web),
            _row("Contact", info.contact),
            "</table>",
        ]
        if info.description:
            out.append(f"<h4>Description</h4><p>{html.escape(info.description)}</p>")
        if info.instruction:
            out.append(f"<h4>Instruction</h4><p><b>{html.escape(info.instruction)}</b></p>")
        if info.parameters:
            out.append("<h4>Parameters</h4><ul>")
            out += [
                f"<li>{html.escape(p.value_name)} = {html.escape(p.value)}</li>"
                for p in info.parameters
            ]
            out.append("</ul>")
        if info.resources:
            out.append("<h4>Resources</h4><ul>")
            for r in info.resources:
                bits = [
                    r.resource_desc,
                    r.mime_type or "",
                    f"{r.size} bytes" if r.size else "",
                    r.uri or "",
                ]
                out.append(f"<li>{html.escape(' — '.join(b for b in bits if b))}</li>")
            out.append("</ul>")
        if info.areas:
            out.append("<h4>Areas</h4>")
            out += [_area_html(a) for a in info.areas]
    return "".join(out)


def chain_html(current_id: int, versions: Sequence[Any]) -> str:
    """The Update/Cancel chain, oldest first, with what changed at each step."""
    if len(versions) <= 1:
        return "<p>No updates or cancellations of this alert.</p>"
    ordered = sorted(versions, key=lambda v: (v.sent_utc, v.id))
    out = []
    for prev, version in zip([None, *ordered[:-1]], ordered, strict=True):
        mark = " ◀ shown" if version.id == current_id else ""
        out.append(
            f"<h4>{html.escape(version.msg_type)} — {html.escape(version.identifier)} — "
            f"{html.escape(timefmt.local(version.sent_utc))}{mark}</h4>"
        )
        if prev is None:
            continue
        changes = diff_versions(prev, version)
        if not changes:
            out.append("<p>No change in the main fields.</p>")
            continue
        out.append(_TABLE + "<tr><th>Field</th><th>Before</th><th>After</th></tr>")
        for field, old, new in changes:
            cells = f"<td>{field}</td><td>{html.escape(old)}</td><td><b>{html.escape(new)}</b></td>"
            out.append(f"<tr>{cells}</tr>")
        out.append("</table>")
    return "".join(out)


def acks_html(acks: Sequence[Any]) -> str:
    if not acks:
        return "<p><b>Not acknowledged yet.</b></p>"
    out = [_TABLE + "<tr><th>By</th><th>Agency</th><th>When</th></tr>"]
    for ack in sorted(acks, key=lambda a: a.received_at):
        who = getattr(ack.alert, "source", None) or ack.sender
        agency = "/".join(x for x in (ack.country, ack.agency) if x) or ack.sender
        out.append(
            f"<tr><td>{html.escape(who)}</td><td>{html.escape(agency)}</td>"
            f"<td>{html.escape(_both_times(ack.sent_utc))}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


class AlertDetail(QWidget):
    """Shows one alert in tabs: Alert, History (chain + diffs), Acknowledgements, Raw XML."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.alert_id: int | None = None
        self.watermark = QLabel("EXERCISE — EXERCISE — EXERCISE")
        self.watermark.setObjectName("exercise_watermark")
        self.watermark.setVisible(False)
        self.title = QLabel("No alert selected")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.trust = QLabel("")
        self.trust.setObjectName("trust_state")
        self.trust.setWordWrap(True)
        self.trust.setVisible(False)
        self.tabs = QTabWidget()
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(False)
        self.history = QTextBrowser()
        self.acks = QTextBrowser()
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(self.body, "Alert")
        self.tabs.addTab(self.history, "History")
        self.tabs.addTab(self.acks, "Acknowledgements")
        self.tabs.addTab(self.raw, "Raw XML")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.watermark)
        layout.addWidget(self.title)
        layout.addWidget(self.trust)
        layout.addWidget(self.tabs, 1)

    @Slot(int)
    def show_alert(self, alert_id: int) -> None:
        """Load one alert (with its chain and acks) from the store and show it."""
        stored = self._store.get_alert(alert_id)
        if stored is None:
            self.clear(f"Alert {alert_id} is not in the database.")
            return
        self.alert_id = alert_id
        exercise = is_exercise(stored)
        self.watermark.setVisible(exercise)
        label = stored.headline or stored.event or stored.identifier
        self.title.setText(
            ("EXERCISE · " if exercise else "")
            + f"{stored.severity or '?'} / {stored.urgency or '?'} — {label}"
        )
        self.show_trust(stored)
        self.body.setHtml(alert_html(stored))
        self.history.setHtml(chain_html(alert_id, self._store.chain(alert_id)))
        self.refresh_acks()
        self.raw.setPlainText(pretty_xml(stored.raw))

    def show_trust(self, stored: Any) -> None:
        """The signature check in plain words above the tabs; red when it is evidence of
        tampering or spoofing."""
        state = stored.trust_state
        label = trust_label(state, stored.trust_signer)
        self.trust.setText(
            self.tr("Signature: {label}. {sentence}").format(
                label=label, sentence=trust_sentence(state, stored.trust_detail)
            )
        )
        invalid = state in WORDING and WORDING[state].invalid
        colour = TRUST_RED if invalid else ""
        weight = "bold" if invalid else "normal"
        self.trust.setStyleSheet(f"color: {colour}; font-weight: {weight};" if colour else "")
        self.trust.setProperty("trust_state", state or "")
        self.trust.setVisible(True)

    @Slot()
    def refresh_acks(self) -> None:
        if self.alert_id is not None:
            self.show_acks(self._store.acks_for(self.alert_id))

    def show_acks(self, acks: Sequence[Any]) -> None:
        """Show the CAP Acks of the current alert (read by the caller, e.g. off-thread)."""
        self.acks.setHtml(acks_html(acks))

    def clear(self, text: str = "No alert selected") -> None:
        self.alert_id = None
        self.watermark.setVisible(False)
        self.title.setText(text)
        self.trust.clear()
        self.trust.setVisible(False)
        for view in (self.body, self.history, self.acks):
            view.clear()
        self.raw.clear()
