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

from PySide6.QtCore import QDateTime, Signal, Slot
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
from incident_desk.ui.bidi import auto, ltr


def brief_html(brief: dict[str, Any]) -> str:
    """The ICS-201 brief as simple HTML, block by block."""
    e = html.escape

    def items(values: list[Any]) -> str:
        if not values:
            return "<p><i>none</i></p>"
        return "<ul>" + "".join(f"<li>{e(str(v))}</li>" for v in values) + "</ul>"

    org = brief.get("current_organisation") or {}
    prepared = brief.get("prepared_by") or {}
    exercise = brief.get("exercise")
    parts = [
        f"<h3>{e(str(brief.get('form', 'ICS-201')))} Incident Briefing</h3>",
        f"<p style='color:#a000a0'><b>EXERCISE {e(exercise)}</b></p>" if exercise else "",
        f"<p><b>1. Incident name:</b> {e(str(brief.get('incident_name', '')))}<br/>",
        f"<b>2. Incident number:</b> {e(str(brief.get('incident_number', '')))}<br/>",
        f"<b>3. Initiated:</b> {e(str(brief.get('initiated_at') or '-'))}</p>",
        "<p><b>5. Situation summary</b></p>",
        items(list(brief.get("situation_summary") or [])),
        "<p><b>7. Objectives</b></p>",
        items(list(brief.get("objectives") or [])),
        "<p><b>8. Actions</b></p>",
        items(
            [f"{a.get('at')} {a.get('action')} ({a.get('by')})" for a in brief.get("actions") or []]
        ),
        f"<p><b>9. Current organisation</b> ({e(str(org.get('mode') or 'no command'))})</p>",
        items(
            [
                f"{c.get('tier_label')} — {c.get('country')}/{c.get('agency')}: {c.get('name')}"
                for c in org.get("commanders") or []
            ]
            + [
                f"{x.get('kind')}: {x.get('name')} — {x.get('resource')}"
                for x in org.get("elements") or []
            ]
        ),
        "<p><b>10. Resource summary</b></p>",
        items(
            [
                f"{r.get('resource')} ({r.get('agency')}), ordered {r.get('ordered_at')}, "
                f"arrived {r.get('arrived') or '-'}: {r.get('notes')}"
                for r in brief.get("resource_summary") or []
            ]
        ),
        f"<p><b>6. Prepared by:</b> {e(str(prepared.get('name', '')))} "
        f"({e(str(prepared.get('country', '')))}/{e(str(prepared.get('agency', '')))}) "
        f"{e(str(prepared.get('at', '')))}</p>",
    ]
    return "".join(parts)


def _qdt(t: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(t.timestamp()))


def _py(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


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
        self.effective_at = QDateTimeEdit(_qdt(now))
        self.effective_at.setCalendarPopup(True)
        self.expires_at = QDateTimeEdit(_qdt(now + timedelta(minutes=15)))
        self.expires_at.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Hand over to"), self.target)
        form.addRow(self.tr("Takes effect at"), self.effective_at)
        form.addRow(self.tr("Answer by (expires)"), self.expires_at)
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
        for t in Tier:
            self.tier.addItem(f"{tiers.label(t)} ({t.value})", t.value)
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
