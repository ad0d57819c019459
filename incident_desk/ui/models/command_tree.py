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
    "position": "Position",
    "branch": "Branch",
    "division": "Division",
    "group": "Group",
    "strike_team": "Strike team",
    "task_force": "Task force",
    "staging": "Staging area",
}


def _words(value: object) -> str:
    return str(value).replace("_", " ")


def short_time(value: datetime | None) -> str:
    """Day and local wall-clock time (the full time is in the tooltip)."""
    return "" if value is None else value.astimezone().strftime("%d %b %H:%M")


def _row(text: str, state: str = "", since: datetime | None = None, **roles: Any) -> list[Any]:
    items = [QStandardItem(text), QStandardItem(state), QStandardItem(short_time(since))]
    tip = f"{text}\n{state} since {timefmt.local(since)}" if since is not None else text
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
            tops.append(_bold(_row("No command established", kind="command")))
        else:
            state = "open" if command.open else "closed"
            top = _bold(
                _row(
                    f"{command.mode.value.capitalize()} command",
                    state,
                    command.established_at,
                    kind="command",
                )
            )
            tops.append(top)
            current = set(command.commanders_at(now))
            for m in sorted(command.members, key=lambda m: (m.since, m.country, m.agency)):
                role = "Incident Commander" if m in current else "former IC"
                if m not in current and m.since > now:
                    role = "IC from effective time"
                status = (
                    "in command"
                    if m in current
                    else (f"until {timefmt.local(m.until)}" if m.until else "pending")
                )
                top[0].appendRow(
                    _row(
                        f"{m.tier_label} ({m.tier.value}) — {m.country}/{m.agency}: "
                        f"{m.name} · {role}",
                        status,
                        m.since,
                        kind="commander",
                        agency=f"{m.country}/{m.agency}",
                    )
                )
        org = _bold(_row("Organisation", f"{len(assignments)} assignments", kind="organisation"))
        tops.append(org)
        elements: dict[tuple[str, str], Any] = {}
        for a in sorted(assignments, key=lambda a: (a.element_kind, a.element_name, a.created_at)):
            key = (a.element_kind.value, a.element_name)
            if key not in elements:
                title = ELEMENT_TITLES.get(key[0], _words(key[0]))
                items = _row(f"{title}: {a.element_name}", kind="element")
                org[0].appendRow(items)
                elements[key] = items[0]
            who = a.callsign or a.unit_id or a.person or "?"
            work = f" — {a.work}" if a.work else ""
            report = f" (report to {a.report_to})" if a.report_to else ""
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
        part = _bold(_row("Participation", kind="participation"))
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
            hand = _bold(_row("Handover proposals", kind="proposals"))
            tops.append(hand)
            for p in open_ones:
                hand[0].appendRow(
                    _row(
                        f"{p.from_country}/{p.from_agency} → {p.to_country}/{p.to_agency} "
                        f"(answer by {timefmt.local(p.expires_at)})",
                        "proposed",
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
