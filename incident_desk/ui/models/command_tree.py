"""The command structure of one incident as a tree (built from core snapshots).

Top level: the command (mode, open or closed) with one child per incident commander
(tier label, country/agency, name, since-when); the organisation, one child per ICS
element (kind: name) holding its assignments (resource, status, since-when); the agencies'
participation; open handover proposals. Rebuilt from snapshots on every refresh: the tree
is small (tens of rows) and a rebuild keeps it exactly what the core says.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from incident_desk import timefmt
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.bidi import ltr

HEADERS = (
    QT_TRANSLATE_NOOP("Headers", "Command structure"),
    QT_TRANSLATE_NOOP("Headers", "Status"),
    QT_TRANSLATE_NOOP("Headers", "Since"),
)


class Roles(enum.IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "command", "commander", "element", "assignment", ...
    ASSIGNMENT_ID = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    AGENCY = Qt.ItemDataRole.UserRole + 4
    PROPOSAL_ID = Qt.ItemDataRole.UserRole + 5


ELEMENT_TITLES = {
    "position": QT_TRANSLATE_NOOP("CommandTree", "Position"),
    "branch": QT_TRANSLATE_NOOP("CommandTree", "Branch"),
    "division": QT_TRANSLATE_NOOP("CommandTree", "Division"),
    "group": QT_TRANSLATE_NOOP("CommandTree", "Group"),
    "strike_team": QT_TRANSLATE_NOOP("CommandTree", "Strike team"),
    "task_force": QT_TRANSLATE_NOOP("CommandTree", "Task force"),
    "staging": QT_TRANSLATE_NOOP("CommandTree", "Staging area"),
}
#: states of assignments, participation and proposals as the tree shows them
STATE_WORDS = {
    "assigned": QT_TRANSLATE_NOOP("CommandTree", "assigned"),
    "en_route": QT_TRANSLATE_NOOP("CommandTree", "en route"),
    "on_scene": QT_TRANSLATE_NOOP("CommandTree", "on scene"),
    "released": QT_TRANSLATE_NOOP("CommandTree", "released"),
    "alerted": QT_TRANSLATE_NOOP("CommandTree", "alerted"),
    "standing_by": QT_TRANSLATE_NOOP("CommandTree", "standing by"),
    "active": QT_TRANSLATE_NOOP("CommandTree", "active"),
    "deactivated": QT_TRANSLATE_NOOP("CommandTree", "deactivated"),
    "unable": QT_TRANSLATE_NOOP("CommandTree", "unable"),
    "proposed": QT_TRANSLATE_NOOP("CommandTree", "proposed"),
    "open": QT_TRANSLATE_NOOP("CommandTree", "open"),
    "closed": QT_TRANSLATE_NOOP("CommandTree", "closed"),
}
#: the default tier labels (JESIP); an agency's own labels (TierLabels) are shown as given
TIER_WORDS = {
    "Gold": QT_TRANSLATE_NOOP("CommandTree", "Gold"),
    "Silver": QT_TRANSLATE_NOOP("CommandTree", "Silver"),
    "Bronze": QT_TRANSLATE_NOOP("CommandTree", "Bronze"),
    "strategic": QT_TRANSLATE_NOOP("CommandTree", "strategic"),
    "tactical": QT_TRANSLATE_NOOP("CommandTree", "tactical"),
    "operational": QT_TRANSLATE_NOOP("CommandTree", "operational"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommandTree", text)


def _words(value: object) -> str:
    text = str(value)
    return _tr(STATE_WORDS[text]) if text in STATE_WORDS else text.replace("_", " ")


def tier_word(label: str) -> str:
    """A tier label in the operator's language when it is one of the default labels."""
    return _tr(TIER_WORDS[label]) if label in TIER_WORDS else label


def short_time(value: datetime | None) -> str:
    """Day and local wall-clock time, digits only (the full time is in the tooltip)."""
    return "" if value is None else timefmt.local(value, seconds=False)[5:16]


def _row(text: str, state: str = "", since: datetime | None = None, **roles: Any) -> list[Any]:
    items = [QStandardItem(text), QStandardItem(state), QStandardItem(short_time(since))]
    tip = (
        _tr(QT_TRANSLATE_NOOP("CommandTree", "{text}\n{state} since {time}")).format(
            text=text, state=state, time=timefmt.local(since)
        )
        if since is not None
        else text
    )
    for item in items:
        item.setEditable(False)
        item.setToolTip(tip)
    for role, value in roles.items():
        items[0].setData(value, Roles[role.upper()])
    return items


def _bold(items: list[Any]) -> list[Any]:
    font = QFont()
    font.setBold(True)
    items[0].setFont(font)
    return items


def status_since(assignment: Any) -> datetime:
    """When the assignment entered its current status."""
    steps: list[datetime] = [s.at for s in assignment.history if s.status == assignment.status]
    created: datetime = assignment.created_at
    return steps[-1] if steps else created


class CommandTreeModel(QStandardItemModel):
    """The tree of one incident's command; ``rebuild`` replaces it from core snapshots."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Headers", h) for h in HEADERS])

    def rebuild(
        self,
        command: Any | None,
        assignments: Sequence[Any],
        participation: Sequence[Any],
        proposals: Sequence[Any],
        now: datetime,
    ) -> None:
        self.removeRows(0, self.rowCount())
        self._fill(command, assignments, participation, proposals, now)

    def _fill(
        self,
        command: Any | None,
        assignments: Sequence[Any],
        participation: Sequence[Any],
        proposals: Sequence[Any],
        now: datetime,
    ) -> None:
        tops: list[list[Any]] = []  # filled before they join the model: one insert each
        if command is None:
            tops.append(
                _bold(
                    _row(
                        _tr(QT_TRANSLATE_NOOP("CommandTree", "No command established")),
                        kind="command",
                    )
                )
            )
        else:
            state = _words("open" if command.open else "closed")
            mode = (
                _tr(QT_TRANSLATE_NOOP("CommandTree", "Single command"))
                if command.mode.value == "single"
                else _tr(QT_TRANSLATE_NOOP("CommandTree", "Unified command"))
            )
            top = _bold(
                _row(
                    mode,
                    state,
                    command.established_at,
                    kind="command",
                )
            )
            tops.append(top)
            current = set(command.commanders_at(now))
            for m in sorted(command.members, key=lambda m: (m.since, m.country, m.agency)):
                role = (
                    _tr(QT_TRANSLATE_NOOP("CommandTree", "Incident Commander"))
                    if m in current
                    else _tr(QT_TRANSLATE_NOOP("CommandTree", "former IC"))
                )
                if m not in current and m.since > now:
                    role = _tr(QT_TRANSLATE_NOOP("CommandTree", "IC from effective time"))
                status = (
                    _tr(QT_TRANSLATE_NOOP("CommandTree", "in command"))
                    if m in current
                    else (
                        _tr(QT_TRANSLATE_NOOP("CommandTree", "until {time}")).format(
                            time=timefmt.local(m.until)
                        )
                        if m.until
                        else _tr(QT_TRANSLATE_NOOP("CommandTree", "pending"))
                    )
                )
                top[0].appendRow(
                    _row(
                        f"{tier_word(m.tier_label)} ({tier_word(m.tier.value)}) — "
                        f"{m.country}/{m.agency}: {m.name} · {role}",
                        status,
                        m.since,
                        kind="commander",
                        agency=f"{m.country}/{m.agency}",
                    )
                )
        org = _bold(
            _row(
                _tr(QT_TRANSLATE_NOOP("CommandTree", "Organisation")),
                _tr(QT_TRANSLATE_NOOP("CommandTree", "{n} assignments")).format(n=len(assignments)),
                kind="organisation",
            )
        )
        tops.append(org)
        elements: dict[tuple[str, str], Any] = {}
        for a in sorted(assignments, key=lambda a: (a.element_kind, a.element_name, a.created_at)):
            key = (a.element_kind.value, a.element_name)
            if key not in elements:
                title = _tr(ELEMENT_TITLES[key[0]]) if key[0] in ELEMENT_TITLES else _words(key[0])
                items = _row(f"{title}: {a.element_name}", kind="element")
                org[0].appendRow(items)
                elements[key] = items[0]
            who = a.callsign or a.unit_id or a.person or "?"
            work = f" — {a.work}" if a.work else ""
            report = (
                _tr(QT_TRANSLATE_NOOP("CommandTree", " (report to {place})")).format(
                    place=a.report_to
                )
                if a.report_to
                else ""
            )
            elements[key].appendRow(
                _row(
                    f"{who}{work}{report}",
                    _words(a.status),
                    status_since(a),
                    kind="assignment",
                    assignment_id=a.id,
                    status=a.status.value,
                )
            )
        part = _bold(
            _row(_tr(QT_TRANSLATE_NOOP("CommandTree", "Participation")), kind="participation")
        )
        tops.append(part)
        for p in participation:
            part[0].appendRow(
                _row(
                    f"{p.country}/{p.agency}",
                    _words(p.state),
                    p.changed_at,
                    kind="agency",
                    agency=f"{p.country}/{p.agency}",
                    status=p.state.value,
                )
            )
        open_ones = [p for p in proposals if p.state.value == "proposed"]
        if open_ones:
            hand = _bold(
                _row(_tr(QT_TRANSLATE_NOOP("CommandTree", "Handover proposals")), kind="proposals")
            )
            tops.append(hand)
            for p in open_ones:
                hand[0].appendRow(
                    _row(
                        _tr(
                            QT_TRANSLATE_NOOP(
                                "CommandTree", "{origin} → {target} (answer by {time})"
                            )
                        ).format(
                            origin=ltr(f"{p.from_country}/{p.from_agency}"),
                            target=ltr(f"{p.to_country}/{p.to_agency}"),
                            time=ltr(timefmt.local(p.expires_at)),
                        ),
                        _words("proposed"),
                        p.proposed_at,
                        kind="proposal",
                        proposal_id=p.id,
                    )
                )
        root = self.invisibleRootItem()
        for top in tops:
            root.appendRow(top)

    def find_assignment(self, assignment_id: str) -> Any | None:
        """The index of an assignment's row, or None."""
        matches = self.match(
            self.index(0, 0),
            Roles.ASSIGNMENT_ID,
            assignment_id,
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        return matches[0] if matches else None

    def texts(self, kind: str) -> list[tuple[str, str]]:
        """(text, status) of every row of one kind, depth first (what the operator reads)."""
        found: list[tuple[str, str]] = []

        def walk(parent: Any) -> None:
            for r in range(self.rowCount(parent)):
                index = self.index(r, 0, parent)
                if index.data(Roles.KIND) == kind:
                    found.append((index.data(), self.index(r, 1, parent).data()))
                walk(index)

        walk(QModelIndex())
        return found
