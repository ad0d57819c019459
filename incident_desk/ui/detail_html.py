"""The alert detail pane's text: every CAP field as escaped HTML, the Update/Cancel chain
with what changed, the acknowledgements, the raw XML pretty-printed (Qt-free but for the
translation calls; the pane itself is ``ui/detail.py``)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from incident_desk import cap, safexml, timefmt
from incident_desk.display import display_headline
from incident_desk.exercise import on_exercise_clock
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.trust.details import say_detail
from incident_desk.trust.wording import trust_label, trust_sentence
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.cap_words import cap_word
from incident_desk.ui.models.alert_table import is_exercise

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


# an exercise's STARTEX instant on its own clock, when this console knows it (else None)
ExerciseStart = Callable[[str], datetime | None]


def no_startex(_exercise_id: str) -> datetime | None:
    """No exercise's STARTEX is known (a console not joined to one)."""
    return None


def cap_time(
    stored: Any, value: datetime | None, start: ExerciseStart = no_startex, *, short: bool = False
) -> str:
    """A CAP time of ``stored`` (sent, effective, onset, expires) as people read it.

    Wall clock: local time (``short``), or local and UTC. An inject the scenario player
    wrote is stamped on the exercise clock, which a drill at ×20 runs ahead of the wall
    clock: its times say so (``EX T+00:15:00`` when this console knows STARTEX, and the
    exercise-clock instant in the long form), never a bare clock time an operator would set
    against the queue's wall-clock "Received".
    """
    if value is None:
        return "—"
    if not on_exercise_clock(stored):
        return timefmt.local(value) if short else _both_times(value)
    instant = timefmt.exercise_instant(value, translate=QCoreApplication.translate)
    startex = start(stored.exercise_id)
    if startex is None:
        return instant
    offset = timefmt.exercise_offset((value - startex).total_seconds())
    return offset if short else f"{offset} — {instant}"


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


#: labels used inside the HTML below (marked here: lupdate does not read into f-strings)
_L_AREA = QT_TRANSLATE_NOOP("AlertDetail", "Area:")
_L_SENT = QT_TRANSLATE_NOOP("AlertDetail", "Sent:")
_L_EXPIRES = QT_TRANSLATE_NOOP("AlertDetail", "expires")
_L_RECEIVED = QT_TRANSLATE_NOOP("AlertDetail", "received")
_L_FROM = QT_TRANSLATE_NOOP("AlertDetail", "From:")
_L_ENVELOPE = QT_TRANSLATE_NOOP("AlertDetail", "Envelope")
_L_AREAS = QT_TRANSLATE_NOOP("AlertDetail", "Areas")
_L_PARAMETERS = QT_TRANSLATE_NOOP("AlertDetail", "Parameters")
_L_RESOURCES = QT_TRANSLATE_NOOP("AlertDetail", "Resources")
_L_NO_CHANGE_IN_THE_MAIN_FIELDS = QT_TRANSLATE_NOOP("AlertDetail", "No change in the main fields.")
_L_NOT_ACKNOWLEDGED_YET = QT_TRANSLATE_NOOP("AlertDetail", "Not acknowledged yet.")

#: the main fields of an alert as the History tab names them
FIELD_NAMES = {
    "msg_type": QT_TRANSLATE_NOOP("AlertDetail", "Type"),
    "status": QT_TRANSLATE_NOOP("AlertDetail", "Status"),
    "event": QT_TRANSLATE_NOOP("AlertDetail", "Event"),
    "headline": QT_TRANSLATE_NOOP("AlertDetail", "Headline"),
    "severity": QT_TRANSLATE_NOOP("AlertDetail", "Severity"),
    "urgency": QT_TRANSLATE_NOOP("AlertDetail", "Urgency"),
    "certainty": QT_TRANSLATE_NOOP("AlertDetail", "Certainty"),
    "description": QT_TRANSLATE_NOOP("AlertDetail", "Description"),
    "instruction": QT_TRANSLATE_NOOP("AlertDetail", "Instruction"),
    "areas": QT_TRANSLATE_NOOP("AlertDetail", "Areas"),
    "expires": QT_TRANSLATE_NOOP("AlertDetail", "Expires"),
    "incidents": QT_TRANSLATE_NOOP("AlertDetail", "Incidents"),
}


def diff_versions(older: Any, newer: Any) -> list[tuple[str, str, str]]:
    """(field, old, new) for each main field that differs between two versions."""
    a, b = main_fields(older), main_fields(newer)
    return [(f, a[f], b[f]) for f in DIFF_FIELDS if a[f] != b[f]]


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertDetail", text)


def _trust_text(stored: Any) -> str:
    tr = QCoreApplication.translate
    label = trust_label(stored.trust_state, stored.trust_signer, translate=tr)
    return f"{label}: {trust_sentence(stored.trust_state, stored.trust_detail, translate=tr)}"


def _row(label: str, value: Any) -> str:
    if value in (None, "", ()):
        return ""
    label = _t(label)  # marked QT_TRANSLATE_NOOP("AlertDetail", …) by the caller
    head = f"<th align='left' valign='top'>{html.escape(label)}</th>"
    return f"<tr>{head}<td>{html.escape(str(value))}</td></tr>"


def _area_html(area: Any) -> str:
    parts = [f"<b>{html.escape(area.area_desc)}</b><ul>"]
    for poly in area.polygons:
        pts = " ".join(f"{p.lat:.5f},{p.lon:.5f}" for p in poly.points)
        what = _t(QT_TRANSLATE_NOOP("AlertDetail", "polygon ({n} points)")).format(
            n=len(poly.points)
        )
        parts.append(f"<li>{what}: {html.escape(ltr(pts))}</li>")
    for circle in area.circles:
        parts.append(
            "<li>"
            + _t(
                QT_TRANSLATE_NOOP("AlertDetail", "circle: centre {centre}, radius {km} km")
            ).format(
                centre=ltr(f"{circle.center.lat:.5f},{circle.center.lon:.5f}"),
                km=f"{circle.radius_km:g}",
            )
            + "</li>"
        )
    for code in area.geocodes:
        geocode = _t(QT_TRANSLATE_NOOP("AlertDetail", "geocode"))
        parts.append(
            f"<li>{geocode} {html.escape(code.value_name)} = {html.escape(code.value)}</li>"
        )
    if area.altitude is not None:
        parts.append(f"<li>altitude {area.altitude:g} ft, ceiling {area.ceiling or '—'} ft</li>")
    parts.append("</ul>")
    return "".join(parts)


ESSENTIAL_CHARS = 160
"""How much of an instruction (or of the areas) the essentials show: they are always shown
whole above the tabs, so a page-long instruction would push the window off a 1366×768
screen; a longer text is cut at a word, marked, and is whole in the Alert tab below."""


def _brief(text: str) -> str:
    """``text`` as HTML in its own direction, cut at a word after about ESSENTIAL_CHARS
    characters with a marked pointer to where it is whole."""
    text = " ".join(text.split())
    if len(text) <= ESSENTIAL_CHARS:
        return html.escape(auto(text))
    cut = text[:ESSENTIAL_CHARS].rsplit(" ", 1)[0] or text[:ESSENTIAL_CHARS]
    more = _t(QT_TRANSLATE_NOOP("AlertDetail", "(continued in the Alert tab)"))
    return f"{html.escape(auto(cut + ' …'))} <i>{html.escape(more)}</i>"


def _areas_brief(names: Sequence[str]) -> str:
    """The areas' names as HTML, each in its own direction, as many as fit in about
    ESSENTIAL_CHARS characters (at least the first, itself cut by :func:`_brief`); the count
    of the others is said, they are all in the Alert tab."""
    if not names:
        return ""
    shown = [_brief(names[0])]
    used = len(names[0])
    for name in names[1:]:
        used += len(name) + 2
        if used > ESSENTIAL_CHARS:
            break
        shown.append(html.escape(auto(name)))
    text = "; ".join(shown)
    left = len(names) - len(shown)
    if left:
        more = _t(QT_TRANSLATE_NOOP("AlertDetail", "and {count} more in the Alert tab"))
        text += f"; <i>{html.escape(more.format(count=left))}</i>"
    return text


def essentials_html(
    stored: Any, languages: Sequence[str] = (), start: ExerciseStart = no_startex
) -> str:
    """What an operator needs first, in the order they read it: what (type, severity,
    urgency, certainty), the headline, what to do, where, when and from whom. Always shown
    above the tabs, whatever the window's size. An inject's times are on the exercise
    clock (:func:`cap_time`); the wall-clock time it arrived follows them."""
    alert = stored.alert
    info = cap.select_info(alert, languages).info
    words = " · ".join(
        w
        for w in (
            cap_word(str(alert.msg_type.value)),
            info
            and " / ".join(
                cap_word(v.value) for v in (info.severity, info.urgency, info.certainty)
            ),
            _t(QT_TRANSLATE_NOOP("AlertDetail", "EXERCISE"))
            if is_exercise(stored)
            else _t(QT_TRANSLATE_NOOP("AlertDetail", "REAL")),
        )
        if w
    )
    rows = [f"<b>{html.escape(words)}</b>"]
    # the alert's own words (instruction, areas, sender) keep their direction in a
    # right-to-left window (in Arabic an English instruction's full stop jumped to its start)
    if info is not None and info.instruction:
        label = _t(QT_TRANSLATE_NOOP("AlertDetail", "Instruction:"))
        rows.append(f"<b>{label}</b> {_brief(info.instruction)}")
    areas = _areas_brief([a.area_desc for a in info.areas]) if info is not None else ""
    if areas:
        rows.append(f"<b>{_t(_L_AREA)}</b> {areas}")
    sent = html.escape(ltr(cap_time(stored, alert.sent.utc, start, short=True)))
    when = f"<b>{_t(_L_SENT)}</b> {sent}"
    if info is not None and info.expires is not None:
        expires = html.escape(ltr(cap_time(stored, info.expires.utc, start, short=True)))
        when += f" — <b>{_t(_L_EXPIRES)}</b> {expires}"
    if on_exercise_clock(stored):
        received = html.escape(ltr(timefmt.local(stored.received_at)))
        when += f" — <b>{_t(_L_RECEIVED)}</b> {received}"
    rows.append(when)
    sender = info.sender_name or alert.sender if info else alert.sender
    rows.append(f"<b>{_t(_L_FROM)}</b> {html.escape(auto(sender))}")
    return "<br>".join(rows)


def conformance_html(stored: Any) -> str:
    """What is unusual about an accepted alert, in plain words (tolerant reading)."""
    warnings = getattr(stored, "warnings", ()) or ()
    if not warnings:
        return ""
    items = "".join(
        f"<li><tt>{html.escape(w.path)}</tt>: {html.escape(w.message)}</li>" for w in warnings
    )
    head = _t(QT_TRANSLATE_NOOP("AlertDetail", "Conformance warnings ({n})")).format(
        n=len(warnings)
    )
    why = _t(
        QT_TRANSLATE_NOOP(
            "AlertDetail",
            "The alert was accepted but breaks these rules of the CAP specification; its "
            "content may be incomplete.",
        )
    )
    return f"<h4>{head}</h4><p>{why}</p><ul>{items}</ul>"


def _signers_html(stored: Any) -> str:
    signers = getattr(stored, "signers", ()) or ()
    if len(signers) < 2:
        return ""
    tr = QCoreApplication.translate
    rows = "".join(
        f"<li>{html.escape(trust_label(s.state, s.signer, translate=tr))}"
        f"{': ' + html.escape(say_detail(s.detail, tr)) if s.detail else ''}</li>"
        for s in signers
    )
    head = _t(QT_TRANSLATE_NOOP("AlertDetail", "Signatures ({n}, issuer first)")).format(
        n=len(signers)
    )
    return f"<h4>{head}</h4><ul>{rows}</ul>"


def _edxl_html(stored: Any) -> str:
    env = getattr(stored, "envelope", None)
    if env is None:
        return ""
    out = ["<h4>EDXL-DE envelope</h4><table cellspacing='2'>"]
    out += [
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Distribution id"), env.distribution_id),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Sender id"), env.sender_id),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Sent"), env.date_time_sent),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "Status / type"),
            f"{env.distribution_status} / {env.distribution_type}",
        ),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "Recipient roles"),
            ", ".join(str(r) for r in env.recipient_roles),
        ),
        "</table>",
    ]
    return "".join(out)


def _envelope_html(stored: Any, start: ExerciseStart) -> str:
    alert = stored.alert
    out = [f"<h4>{_t(_L_ENVELOPE)}</h4><table cellspacing='2'>"]
    out += [
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Sender"), alert.sender),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Identifier"), alert.identifier),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "Sent"),
            _t(QT_TRANSLATE_NOOP("AlertDetail", "{times} — as written: {text}")).format(
                times=cap_time(stored, alert.sent.utc, start), text=alert.sent.text
            ),
        ),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Received"), _both_times(stored.received_at)),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "Status / type / scope"),
            " / ".join(cap_word(str(v)) for v in (alert.status, alert.msg_type, alert.scope)),
        ),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Source"), alert.source),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Restriction"), alert.restriction),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Addresses"), " ".join(alert.addresses)),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Codes"), ", ".join(alert.codes)),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Note"), alert.note),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "References"),
            "; ".join(",".join(r.key()) for r in alert.references),
        ),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Incidents"), ", ".join(alert.incidents)),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Topic"), stored.topic),
        _row(QT_TRANSLATE_NOOP("AlertDetail", "Exercise"), stored.exercise_id),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "Signed"),
            "yes (enveloped signature present)" if alert.signature else "",
        ),
        _row(
            QT_TRANSLATE_NOOP("AlertDetail", "Signature check"),
            _trust_text(stored),
        ),
        "</table>",
    ]
    return "".join(out)


def alert_html(
    stored: Any, languages: Sequence[str] = (), start: ExerciseStart = no_startex
) -> str:
    """The whole alert as HTML, every value escaped: what is unusual about it, the
    information in the operator's language first (what happened, what to do, where), the
    other languages it carries, the envelope (sender, identifier, times…) last."""
    alert = stored.alert
    out: list[str] = [conformance_html(stored)]
    choice = cap.select_info(alert, languages)
    if len(choice.languages) > 1:
        others = ", ".join(t for t in choice.languages if t != choice.language)
        out.append(
            f"<p><i>Shown in {html.escape(choice.language or '')}; also in "
            f"{html.escape(others)} (below).</i></p>"
        )
    ordered = list(choice.blocks) + [i for i in alert.infos if i not in choice.blocks]
    for n, info in enumerate(ordered, 1):
        if n > 1:
            out.append("<hr>")
        title = display_headline(info.headline, info.event, alert.identifier)
        out.append(f"<h3>{html.escape(title)}</h3>")
        if info.description:
            out.append(f"<p>{html.escape(info.description)}</p>")
        if info.instruction:
            head = _t(QT_TRANSLATE_NOOP("AlertDetail", "Instruction"))
            out.append(f"<h4>{head}</h4><p><b>{html.escape(info.instruction)}</b></p>")
        if info.areas:
            out.append(f"<h4>{_t(_L_AREAS)}</h4>")
            out += [_area_html(a) for a in info.areas]
        out.append(
            "<p><i>"
            + _t(
                QT_TRANSLATE_NOOP("AlertDetail", "info {n} of {count} — language {language}")
            ).format(n=n, count=len(alert.infos), language=html.escape(info.language))
            + "</i></p>"
        )
        out.append("<table cellspacing='2'>")
        out += [
            _row(QT_TRANSLATE_NOOP("AlertDetail", "Event"), info.event),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Categories"),
                ", ".join(cap_word(str(c)) for c in info.categories),
            ),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Severity / urgency / certainty"),
                " / ".join(cap_word(str(v)) for v in (info.severity, info.urgency, info.certainty)),
            ),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Response"),
                ", ".join(cap_word(str(r)) for r in info.response_types),
            ),
            _row(QT_TRANSLATE_NOOP("AlertDetail", "Audience"), info.audience),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Event codes"),
                "; ".join(f"{c.value_name}={c.value}" for c in info.event_codes),
            ),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Effective"),
                cap_time(stored, info.effective.utc, start) if info.effective else "",
            ),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Onset"),
                cap_time(stored, info.onset.utc, start) if info.onset else "",
            ),
            _row(
                QT_TRANSLATE_NOOP("AlertDetail", "Expires"),
                cap_time(stored, info.expires.utc, start) if info.expires else "",
            ),
            _row(QT_TRANSLATE_NOOP("AlertDetail", "Sender name"), info.sender_name),
            _row(QT_TRANSLATE_NOOP("AlertDetail", "Web"), info.web),
            _row(QT_TRANSLATE_NOOP("AlertDetail", "Contact"), info.contact),
            "</table>",
        ]
        if info.parameters:
            out.append(f"<h4>{_t(_L_PARAMETERS)}</h4><ul>")
            out += [
                f"<li>{html.escape(p.value_name)} = {html.escape(p.value)}</li>"
                for p in info.parameters
            ]
            out.append("</ul>")
        if info.resources:
            out.append(f"<h4>{_t(_L_RESOURCES)}</h4><ul>")
            for r in info.resources:
                bits = [
                    r.resource_desc,
                    r.mime_type or "",
                    _t(QT_TRANSLATE_NOOP("AlertDetail", "{n} bytes")).format(n=r.size)
                    if r.size
                    else "",
                    r.uri or "",
                ]
                out.append(f"<li>{html.escape(' — '.join(b for b in bits if b))}</li>")
            out.append("</ul>")
    out.append(_envelope_html(stored, start))
    out.append(_signers_html(stored))
    out.append(_edxl_html(stored))
    return "".join(out)


def chain_html(current_id: int, versions: Sequence[Any], start: ExerciseStart = no_startex) -> str:
    """The Update/Cancel chain, oldest first, with what changed at each step."""
    if len(versions) <= 1:
        none = _t(QT_TRANSLATE_NOOP("AlertDetail", "No updates or cancellations of this alert."))
        return f"<p>{none}</p>"
    ordered = sorted(versions, key=lambda v: (v.sent_utc, v.id))
    out = []
    for prev, version in zip([None, *ordered[:-1]], ordered, strict=True):
        mark = (
            " ◀ " + _t(QT_TRANSLATE_NOOP("AlertDetail", "shown"))
            if version.id == current_id
            else ""
        )
        out.append(
            f"<h4>{html.escape(cap_word(version.msg_type))} — "
            f"{html.escape(auto(version.identifier))} — "
            f"{html.escape(ltr(cap_time(version, version.sent_utc, start, short=True)))}"
            f"{mark}</h4>"
        )
        if prev is None:
            continue
        changes = diff_versions(prev, version)
        if not changes:
            out.append(f"<p>{_t(_L_NO_CHANGE_IN_THE_MAIN_FIELDS)}</p>")
            continue
        heads = (
            _t(QT_TRANSLATE_NOOP("AlertDetail", "Field")),
            _t(QT_TRANSLATE_NOOP("AlertDetail", "Before")),
            _t(QT_TRANSLATE_NOOP("AlertDetail", "After")),
        )
        out.append(_TABLE + "<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")
        for field, old, new in changes:
            name = html.escape(_t(FIELD_NAMES.get(field, field)))
            cells = f"<td>{name}</td><td>{html.escape(old)}</td><td><b>{html.escape(new)}</b></td>"
            out.append(f"<tr>{cells}</tr>")
        out.append("</table>")
    return "".join(out)


def acks_html(acks: Sequence[Any], start: ExerciseStart = no_startex) -> str:
    if not acks:
        return f"<p><b>{_t(_L_NOT_ACKNOWLEDGED_YET)}</b></p>"
    heads = (
        _t(QT_TRANSLATE_NOOP("AlertDetail", "By")),
        _t(QT_TRANSLATE_NOOP("AlertDetail", "Agency")),
        _t(QT_TRANSLATE_NOOP("AlertDetail", "When")),
    )
    out = [_TABLE + "<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"]
    for ack in sorted(acks, key=lambda a: a.received_at):
        who = getattr(ack.alert, "source", None) or ack.sender
        agency = "/".join(x for x in (ack.country, ack.agency) if x) or ack.sender
        out.append(
            f"<tr><td>{html.escape(who)}</td><td>{html.escape(agency)}</td>"
            f"<td>{html.escape(cap_time(ack, ack.sent_utc, start))}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)
