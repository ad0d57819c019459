"""Handover of command, both sides (docs/standards.md §5.2, ICS-201 as the handover brief).

- ``ProposeHandoverDialog`` (sending side, modal): the ICS-201 brief this console would send,
  read-only; the receiving agency (country/agency), when the transfer takes effect and the
  answer deadline.
- ``HandoverDialog`` (receiving side, non-modal): an incoming proposal with its brief;
  Accept (as whom, at which tier) or Refuse (with a reason). It only asks: the caller makes
  the core call when ``accept_requested`` / ``refuse_requested`` fire.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from incident_desk import timefmt
from incident_desk.command import Tier, TierLabels
from incident_desk.display import display_headline
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.ui.bidi import auto, ltr, right_to_left
from incident_desk.ui.cap_words import cap_word
from incident_desk.ui.models.command_tree import ELEMENT_TITLES, STATE_WORDS, tier_word

_BRIEF = "HandoverBrief"  # the context (lupdate reads it only as a literal at each mark)


def _tr(text: str) -> str:
    """A brief's words (marked ``QT_TRANSLATE_NOOP("HandoverBrief", …)`` where they are)."""
    return QCoreApplication.translate(_BRIEF, text)


def _when(value: Any) -> str:
    """A time of the brief (ISO 8601 in the brief's data) in the window's one clock: local
    time with its offset (``2026-12-07 03:32 UTC+03:00``); "-" for none."""
    if not value:
        return "-"
    try:
        return ltr(timefmt.local(datetime.fromisoformat(str(value)), seconds=False))
    except ValueError:  # not a time with a zone: shown as it was written
        return str(value)


def _situation(item: dict[str, Any]) -> str:
    """One alert of the situation: a scenario inject at its time since STARTEX (its sent
    time is on the exercise clock), another exercise alert at its arrival, a real alert at
    its sent time, each in the window's clock."""
    if item.get("exercise_offset") is not None:
        when = ltr(timefmt.exercise_offset(int(item["exercise_offset"])))
    elif item.get("exercise"):
        when = _tr(QT_TRANSLATE_NOOP("HandoverBrief", "received {time}")).format(
            time=_when(item.get("received"))
        )
    else:
        when = _when(item.get("sent"))
    severity = f" [{cap_word(item['severity'])}]" if item.get("severity") else ""
    what = display_headline(str(item.get("what") or ""))
    sender = auto(str(item.get("sender")))
    return f"{when} {sender} ({cap_word(item.get('msg_type'))}){severity}: {what}"


def _action(action: dict[str, Any]) -> str:
    """What was done, in the operator's words (as the timeline says it), or as written."""
    msg = action.get("msg")
    if isinstance(msg, dict):
        return render(msg, QCoreApplication.translate, auto)
    return auto(str(action.get("action")))


def _mode(mode: str | None) -> str:
    if mode is None:
        return _tr(QT_TRANSLATE_NOOP("HandoverBrief", "no command"))
    if mode == "single":
        return QCoreApplication.translate("CommandTree", "Single command")
    if mode == "unified":
        return QCoreApplication.translate("CommandTree", "Unified command")
    return mode


def _element(kind: str) -> str:
    title = ELEMENT_TITLES.get(kind)
    return QCoreApplication.translate("CommandTree", title) if title else kind.replace("_", " ")


def _resource(r: dict[str, Any]) -> str:
    status = str(r.get("status") or "")
    notes = (
        f"{r.get('element')}: {r.get('work')} ({_state(status)})"
        if "status" in r
        else str(r.get("notes") or "")
    )
    return _tr(
        QT_TRANSLATE_NOOP(
            "HandoverBrief", "{resource} ({agency}), ordered {ordered}, arrived {arrived}: {notes}"
        )
    ).format(
        resource=auto(str(r.get("resource"))),
        agency=auto(str(r.get("agency"))),
        ordered=_when(r.get("ordered_at")),
        arrived=_when(r.get("arrived")),
        notes=notes,
    )


def _state(value: str) -> str:
    word = STATE_WORDS.get(value)
    return QCoreApplication.translate("CommandTree", word) if word else value.replace("_", " ")


def brief_html(brief: dict[str, Any]) -> str:
    """The ICS-201 brief as simple HTML, block by block, in the operator's language and the
    window's clock (its times are data: each console shows them in its own)."""
    e = html.escape

    def items(values: list[str]) -> str:
        if not values:
            return "<p>" + e(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "none"))) + "</p>"
        return "<ul>" + "".join(f"<li>{e(v)}</li>" for v in values) + "</ul>"

    def block(label: str, value: str = "") -> str:
        return f"<b>{e(label)}</b> {e(value)}" if value else f"<p><b>{e(label)}</b></p>"

    org = brief.get("current_organisation") or {}
    prepared = brief.get("prepared_by") or {}
    exercise = brief.get("exercise")
    key = str(brief.get("incident_number", ""))
    if "situation" in brief:
        situation = [_situation(item) for item in brief.get("situation") or []]
    else:  # a brief from an older console: its lines as it wrote them
        situation = [str(line) for line in brief.get("situation_summary") or []]
    organisation = [
        f"{tier_word(str(c.get('tier_label')))} ({tier_word(str(c.get('tier')))}) — "
        f"{auto(str(c.get('country')) + '/' + str(c.get('agency')))}: {auto(str(c.get('name')))}"
        for c in org.get("commanders") or []
    ] + [
        f"{_element(str(x.get('kind')))}: {auto(str(x.get('name')))} — "
        f"{auto(str(x.get('resource')))}"
        for x in org.get("elements") or []
    ]
    prepared_by = _tr(QT_TRANSLATE_NOOP("HandoverBrief", "{name} ({origin}) at {time}")).format(
        name=auto(str(prepared.get("name", ""))),
        origin=auto(f"{prepared.get('country', '')}/{prepared.get('agency', '')}"),
        time=_when(prepared.get("at")),
    )
    parts = [
        "<h3>"
        + e(
            _tr(QT_TRANSLATE_NOOP("HandoverBrief", "{form} Incident Briefing")).format(
                form=ltr(str(brief.get("form", "ICS-201")))
            )
        )
        + "</h3>",
        (
            "<p style='color:#a000a0'><b>"
            + e(
                _tr(QT_TRANSLATE_NOOP("HandoverBrief", "EXERCISE {id}")).format(
                    id=ltr(str(exercise))
                )
            )
            + "</b></p>"
            if exercise
            else ""
        ),
        "<p>",
        block(
            _tr(QT_TRANSLATE_NOOP("HandoverBrief", "1. Incident name:")),
            display_headline(str(brief.get("incident_name", "")), identifier=key),
        ),
        "<br/>",
        block(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "2. Incident number:")), ltr(key)),
        "<br/>",
        block(
            _tr(QT_TRANSLATE_NOOP("HandoverBrief", "3. Initiated:")),
            _when(brief.get("initiated_at")),
        ),
        "</p>",
        block(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "5. Situation summary"))),
        items(situation),
        block(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "7. Objectives"))),
        items([auto(str(v)) for v in brief.get("objectives") or []]),
        block(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "8. Actions"))),
        items(
            [
                f"{_when(a.get('at'))} {_action(a)} ({auto(str(a.get('by')))})"
                for a in brief.get("actions") or []
            ]
        ),
        "<p>"
        + block(
            _tr(QT_TRANSLATE_NOOP("HandoverBrief", "9. Current organisation")),
            f"({_mode(org.get('mode'))})",
        )
        + "</p>",
        items(organisation),
        block(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "10. Resource summary"))),
        items([_resource(r) for r in brief.get("resource_summary") or []]),
        "<p>"
        + block(_tr(QT_TRANSLATE_NOOP("HandoverBrief", "6. Prepared by:")), prepared_by)
        + "</p>",
    ]
    # right to left: every block (a line may begin with a time or a callsign) in the
    # window's direction, not guessed from its first letter
    direction = "rtl" if right_to_left() else "ltr"
    return f"<div dir='{direction}'>" + "".join(parts) + "</div>"


def _minute_edit(name: str, t: datetime) -> QDateTimeEdit:
    """A minute in the window's clock, written as everywhere in the window whatever the
    language (Latin digits, year first, left to right: ``ui/search_dialog.py``)."""
    edit = QDateTimeEdit(_qdt(t))
    edit.setObjectName(name)
    edit.setLocale(QLocale.c())
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _qdt(t: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(t.timestamp()))


def _py(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def _zone(now: datetime) -> str:
    """This machine's offset as the window writes it after a time: ``UTC+03:00``."""
    return timefmt.local(now).rsplit(" ", 1)[1]


class ProposeHandoverDialog(QDialog):
    """Sending side: the brief (read-only), the receiving agency and the two times.

    Args:
        brief: ``CommandBoard.brief(key)``.
        agencies: ``CommandBoard.agencies()`` rows (country, id, name), own agency excluded.
        now: the board's time (defaults: effective now, answer within 15 minutes).
    """

    def __init__(
        self,
        brief: dict[str, Any],
        agencies: list[dict[str, Any]],
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("propose_handover_dialog")
        self.setWindowTitle(
            self.tr("Propose handover of {key}").format(key=brief.get("incident_number", ""))
        )
        self.brief_view = QTextBrowser()
        self.brief_view.setObjectName("handover_brief")
        self.brief_view.setHtml(brief_html(brief))
        self.target = QComboBox()
        self.target.setObjectName("handover_target")
        for a in agencies:
            self.target.addItem(
                f"{a['country']}/{a['id']} — {a['name']}", f"{a['country']}/{a['id']}"
            )
        # the window's one clock, as the brief above: local time, its offset named
        self.effective_at = _minute_edit("handover_effective_at", now)
        self.expires_at = _minute_edit("handover_expires_at", now + timedelta(minutes=15))
        self.zones = [QLabel(ltr(_zone(now))) for _edit in range(2)]
        form = QFormLayout()
        form.addRow(self.tr("Hand over to"), self.target)
        for label, edit, zone in (
            (self.tr("Takes effect at"), self.effective_at, self.zones[0]),
            (self.tr("Answer by (expires)"), self.expires_at, self.zones[1]),
        ):
            zone.setToolTip(self.tr("Times in this workstation's clock"))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(zone)
            row.addStretch(1)
            form.addRow(label, row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Propose handover"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("ICS-201 brief sent with the proposal (read-only):")))
        layout.addWidget(self.brief_view, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def choose_target(self, country: str, agency: str) -> bool:
        index = self.target.findData(f"{country}/{agency}")
        if index >= 0:
            self.target.setCurrentIndex(index)
        return index >= 0

    def values(self) -> dict[str, Any]:
        country, agency = str(self.target.currentData()).split("/", 1)
        return {
            "to_country": country,
            "to_agency": agency,
            "effective_at": _py(self.effective_at),
            "expires_at": _py(self.expires_at),
        }


class HandoverDialog(QDialog):
    """Receiving side: an incoming proposal; Accept or Refuse (non-modal).

    Signals:
        accept_requested: the operator accepts; arguments: proposal id, the new IC's name,
            tier value ("strategic", "tactical", "operational").
        refuse_requested: the operator refuses; arguments: proposal id, the reason.
    """

    accept_requested = Signal(str, str, str)
    refuse_requested = Signal(str, str)

    def __init__(
        self,
        proposal: Any,
        operator: str,
        tiers: TierLabels | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proposal_id = proposal.id
        self.setObjectName("handover_dialog")
        self.setModal(False)
        self.setWindowTitle(
            self.tr("Handover of command offered: {key}").format(key=proposal.incident_key)
        )
        tiers = tiers or TierLabels()
        self.summary = QLabel(
            self.tr(
                "<b>{origin}</b> ({who}) offers command of <b>{key}</b> to your agency, "
                "effective {effective}; answer by {expires}."
            ).format(
                origin=html.escape(auto(f"{proposal.from_country}/{proposal.from_agency}")),
                who=html.escape(auto(proposal.proposed_by)),
                key=html.escape(auto(proposal.incident_key)),
                # the window's one clock (the command tree says the same "answer by")
                effective=ltr(timefmt.local(proposal.effective_at, seconds=False)),
                expires=ltr(timefmt.local(proposal.expires_at, seconds=False)),
            )
        )
        self.summary.setWordWrap(True)
        self.brief_view = QTextBrowser()
        self.brief_view.setObjectName("incoming_brief")
        self.brief_view.setHtml(brief_html(proposal.brief))
        self.name = QLineEdit(operator)
        self.name.setObjectName("handover_ic_name")
        self.tier = QComboBox()
        for t in Tier:  # as the command tree says them: "Silver (tactical)"
            self.tier.addItem(f"{tier_word(tiers.label(t))} ({tier_word(t.value)})", t.value)
        self.tier.setCurrentIndex(self.tier.findData(Tier.TACTICAL.value))
        self.reason = QLineEdit()
        self.reason.setObjectName("handover_refuse_reason")
        self.reason.setPlaceholderText(self.tr("Reason (required to refuse)"))
        self.accept_button = QPushButton(self.tr("Accept command"))
        self.accept_button.setObjectName("button_accept_handover")
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.setObjectName("button_refuse_handover")
        self.refuse_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.refuse_button.setEnabled(bool(text.strip()))
        )
        self.accept_button.clicked.connect(self._on_accept)
        self.refuse_button.clicked.connect(self._on_refuse)
        form = QFormLayout()
        form.addRow(self.tr("Incident Commander"), self.name)
        form.addRow(self.tr("Tier"), self.tier)
        refuse = QHBoxLayout()
        refuse.addWidget(self.reason, 1)
        refuse.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.brief_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.accept_button)
        layout.addLayout(refuse)
        self.resize(640, 600)

    @Slot()
    def _on_accept(self) -> None:
        self.accept_requested.emit(
            self.proposal_id, self.name.text().strip(), str(self.tier.currentData())
        )

    @Slot()
    def _on_refuse(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.refuse_requested.emit(self.proposal_id, reason)
