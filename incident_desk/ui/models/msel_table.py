"""The MSEL as a table: one row per inject, with what happened to it (controller panel).

Rows are inject numbers (file injects in play order, then ad-hoc ones as they are sent);
each row caches its MSEL text, its ``InjectRecord`` from the player and what the store
observed (acknowledgements, the expected action's verdict). ``set_records`` and
``set_observations`` announce only the rows that changed.

Two clocks meet in it: "Offset" is the inject's time on the exercise clock (from STARTEX),
"Sent at" the wall-clock time it went out, in this computer's local time (as the queue's
"Received"; ``incident_desk/timefmt.py``); the headers' tooltips say so. The message reads
in the controller's language: CAP's message type and a unit's status are words
(``cap_word``, ``unit_status_word``), a unit is named by its callsign.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from incident_desk import timefmt
from incident_desk.exercise import InjectObservation, InjectRecord
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.scenario import Inject, Scenario
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.cap_words import cap_word
from incident_desk.ui.models.base import ListTableModel
from incident_desk.ui.models.unit_table import unit_status_word

Index = QModelIndex | QPersistentModelIndex

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NUMBER = 0
    OFFSET = 1
    ROUTE = 2
    METHOD = 3
    MESSAGE = 4
    EXPECTED = 5
    STATE = 6
    SENT_AT = 7
    ACKED_BY = 8
    OBSERVED = 9


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("Headers", "#"),
    Column.OFFSET: QT_TRANSLATE_NOOP("Headers", "Offset"),
    Column.ROUTE: QT_TRANSLATE_NOOP("Headers", "From → To"),
    Column.METHOD: QT_TRANSLATE_NOOP("Headers", "Method"),
    Column.MESSAGE: QT_TRANSLATE_NOOP("Headers", "Message"),
    Column.EXPECTED: QT_TRANSLATE_NOOP("Headers", "Expected action"),
    Column.STATE: QT_TRANSLATE_NOOP("Headers", "State"),
    Column.SENT_AT: QT_TRANSLATE_NOOP("Headers", "Sent at (wall clock)"),
    Column.ACKED_BY: QT_TRANSLATE_NOOP("Headers", "Acknowledged by"),
    Column.OBSERVED: QT_TRANSLATE_NOOP("Headers", "Expected action observed"),
}

_STATES: Final = {  # an inject's state as the table shows it
    "pending": QT_TRANSLATE_NOOP("MselTableModel", "pending"),
    "held": QT_TRANSLATE_NOOP("MselTableModel", "held"),
    "sent": QT_TRANSLATE_NOOP("MselTableModel", "sent"),
    "skipped": QT_TRANSLATE_NOOP("MselTableModel", "skipped"),
    "failed": QT_TRANSLATE_NOOP("MselTableModel", "failed"),
}


#: what the headers' tooltips add to their names: which clock a time is on
HEADER_TIPS: Final = {
    Column.OFFSET: QT_TRANSLATE_NOOP(
        "MselTableModel", "The inject's time on the exercise clock, from STARTEX."
    ),
    Column.SENT_AT: QT_TRANSLATE_NOOP(
        "MselTableModel",
        "When the inject went out on the wall clock, in this computer's local time ({zone}); "
        "the hover over a time gives its date and UTC.",
    ),
}
_CAP_MESSAGE: Final = QT_TRANSLATE_NOOP("MselTableModel", "CAP {type}: {headline}")
_UNIT_MESSAGE: Final = QT_TRANSLATE_NOOP("MselTableModel", "Unit {unit} → {status}")

_AD_HOC: Final = QT_TRANSLATE_NOOP("MselTableModel", "{number} (ad hoc)")
_HELD_FOR: Final = QT_TRANSLATE_NOOP("MselTableModel", "held (contingency for {number})")

_METHODS: Final = {  # how an inject is delivered (HSEEP; scenario.Method's values)
    "system": QT_TRANSLATE_NOOP("MselTableModel", "system"),
    "phone": QT_TRANSLATE_NOOP("MselTableModel", "phone"),
    "radio": QT_TRANSLATE_NOOP("MselTableModel", "radio"),
    "email": QT_TRANSLATE_NOOP("MselTableModel", "email"),
    "in_person": QT_TRANSLATE_NOOP("MselTableModel", "in person"),
    "media": QT_TRANSLATE_NOOP("MselTableModel", "media"),
}


def _say(text: str) -> str:
    return QCoreApplication.translate("MselTableModel", text)


def _worded(words: dict[str, str], value: str) -> str:
    """``value`` (an inject's state, its delivery method) in the reader's language; an
    unknown one as it is."""
    return _say(words[value]) if value in words else value


def _verdict(verdict: str) -> str:
    """The after-action verdict in the words of the report (``exercise._aar_text.WORDS``)."""
    return QCoreApplication.translate("aar", verdict) if verdict else ""


STATE_COLOURS = {
    "pending": None,
    "held": QColor("#8d6e00"),
    "sent": QColor("#2e7d32"),
    "skipped": QColor("#757575"),
    "failed": QColor("#c62828"),
}


@dataclass(frozen=True, slots=True)
class MselEntry:
    """The MSEL text of one row (file inject or ad-hoc inject): ``summary`` is the CAP
    headline, the unit's id or the free text; ``msg_type`` (CAP) and ``status`` (unit) are
    code values, worded when shown (``MselTableModel``)."""

    number: int
    offset: str
    from_agency: str
    to: tuple[str, ...]
    method: str
    kind: str
    summary: str
    expected_action: str
    contingency_for: int | None = None
    adhoc: bool = False
    msg_type: str | None = None
    status: str | None = None

    @classmethod
    def of(cls, inject: Inject, *, adhoc: bool = False) -> MselEntry:
        message = inject.message
        return cls(
            number=inject.number,
            offset=inject.offset,
            from_agency=inject.from_,
            to=tuple(inject.to),
            method=inject.method.value,
            kind=inject.kind,
            summary=message_summary(inject),
            expected_action=inject.expected_action,
            contingency_for=inject.contingency_for,
            adhoc=adhoc,
            msg_type=str(message.cap.msg_type) if message.cap is not None else None,
            status=message.unit.status.value if message.unit is not None else None,
        )


def message_summary(inject: Inject) -> str:
    """The inject's own words: a CAP headline, a unit's id, the free text on one line."""
    message = inject.message
    if message.cap is not None:
        return message.cap.headline
    if message.unit is not None:
        return message.unit.unit
    return " ".join((message.text or "").split())


class MselTableModel(ListTableModel):
    """The MSEL with each inject's state; see the module docstring."""

    HEADERS = tuple(HEADERS[c] for c in Column)

    def __init__(self, scenario: Scenario, parent: Any = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self._entries: list[MselEntry] = [MselEntry.of(i) for i in scenario.ordered_injects()]
        self._rows = {e.number: r for r, e in enumerate(self._entries)}
        self._records: dict[int, InjectRecord] = {}
        self._observed: dict[int, InjectObservation] = {}

    # -- Qt ------------------------------------------------------------------------------
    def _count(self) -> int:
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            return STATE_COLOURS.get(self.state(entry.number))
        if role == NUMBER_ROLE:
            return entry.number
        return None

    # -- content ---------------------------------------------------------------------------
    def state(self, number: int) -> str:
        record = self._records.get(number)
        if record is not None:
            return record.state
        entry = self.entry(number)
        return "held" if entry is not None and entry.contingency_for is not None else "pending"

    def _text(self, entry: MselEntry, column: Column) -> str:
        record = self._records.get(entry.number)
        observed = self._observed.get(entry.number, InjectObservation())
        if column == Column.NUMBER:
            if entry.adhoc:
                return _say(_AD_HOC).format(number=entry.number)
            return str(entry.number)
        if column == Column.OFFSET:
            return ltr(f"+{record.offset if record is not None else entry.offset}")
        if column == Column.ROUTE:
            return f"{entry.from_agency} → {', '.join(entry.to)}"
        if column == Column.METHOD:
            return _worded(_METHODS, entry.method)
        if column == Column.MESSAGE:
            return self._message(entry)
        if column == Column.EXPECTED:
            return entry.expected_action
        if column == Column.STATE:
            state = self.state(entry.number)
            if state == "held" and entry.contingency_for is not None:
                return _say(_HELD_FOR).format(number=entry.contingency_for)
            return _worded(_STATES, state)
        if column == Column.SENT_AT:
            if record is None or record.sent_at is None:
                return ""
            return ltr(timefmt.clock(record.sent_at))  # local, Latin digits (the header)
        if column == Column.ACKED_BY:
            if entry.kind != "cap":
                return "—"
            return ", ".join(observed.acked_by)
        return _verdict(observed.verdict)

    def _tooltip(self, entry: MselEntry, column: Column) -> str | None:
        if column in (Column.MESSAGE, Column.EXPECTED):
            return self._text(entry, column)
        record = self._records.get(entry.number)
        if column == Column.STATE and record is not None and record.error:
            return record.error
        if column == Column.SENT_AT and record is not None and record.sent_at is not None:
            hover = timefmt.wall_hover(
                record.sent_at, zone=None, translate=QCoreApplication.translate
            )
            return f"{hover} / {timefmt.utc(record.sent_at)}"
        if column == Column.OBSERVED:
            notes = self._observed.get(entry.number, InjectObservation()).notes
            return "; ".join(render(n, QCoreApplication.translate) for n in notes) or None
        return None

    def _message(self, entry: MselEntry) -> str:
        """The inject's message in the reader's words."""
        if entry.msg_type is not None:
            return _say(_CAP_MESSAGE).format(
                type=cap_word(entry.msg_type), headline=auto(entry.summary)
            )
        if entry.status is not None:
            unit = next((u for u in self.scenario.units if u.id == entry.summary), None)
            return _say(_UNIT_MESSAGE).format(
                unit=auto(unit.callsign if unit is not None else entry.summary),
                status=unit_status_word(entry.status),
            )
        return entry.summary

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """A time column's tooltip says which clock it is on."""
        text = super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.ToolTipRole or orientation != Qt.Orientation.Horizontal:
            return text
        tip = HEADER_TIPS.get(Column(section)) if 0 <= section < len(Column) else None
        if tip is None:
            return text
        zone = timefmt.local(datetime.now(UTC)).rsplit(" ", 1)[1]  # "UTC+03:00"
        return f"{text}: {_say(tip).format(zone=ltr(zone))}"

    def entry(self, number: int) -> MselEntry | None:
        row = self._rows.get(number)
        return None if row is None else self._entries[row]

    def entry_at(self, row: int) -> MselEntry:
        return self._entries[row]

    def row_of(self, number: int) -> int | None:
        return self._rows.get(number)

    def record(self, number: int) -> InjectRecord | None:
        return self._records.get(number)

    def observation(self, number: int) -> InjectObservation:
        return self._observed.get(number, InjectObservation())

    def numbers(self) -> list[int]:
        return [e.number for e in self._entries]

    # -- updates ---------------------------------------------------------------------------
    def add_entries(self, entries: list[MselEntry]) -> None:
        """Append rows (ad-hoc injects) not yet in the table, in one insert."""
        new = [e for e in entries if e.number not in self._rows]
        if not new:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for entry in new:
            self._rows[entry.number] = len(self._entries)
            self._entries.append(entry)
        self.endInsertRows()

    def set_records(self, records: list[InjectRecord]) -> list[int]:
        """The player's records; returns the numbers whose record changed."""
        changed = []
        for record in records:
            if record.number not in self._rows:
                continue  # an ad-hoc inject whose MSEL row is not known yet
            if self._records.get(record.number) != record:
                self._records[record.number] = record
                changed.append(record.number)
        self._announce(changed, Column.OFFSET, Column.SENT_AT)
        return changed

    def set_observations(self, observed: dict[int, InjectObservation]) -> list[int]:
        changed = [
            n
            for n, obs in observed.items()
            if n in self._rows and self._observed.get(n, InjectObservation()) != obs
        ]
        for number in changed:
            self._observed[number] = observed[number]
        self._announce(changed, Column.ACKED_BY, Column.OBSERVED)
        return changed

    def _announce(self, numbers: list[int], first: Column, last: Column) -> None:
        if not numbers:
            return
        rows = sorted(self._rows[n] for n in numbers)
        self.dataChanged.emit(self.index(rows[0], first), self.index(rows[-1], last))
