"""The alert queue's columns, declared once: header, width, default visibility, cell text,
tooltip and sort key of each column in one ``QueueColumn``.

To add a column: add a member to ``Column`` (its position is its index), then its
``QueueColumn`` to ``COLUMNS``; the model, the header menu, the default widths and the sort
all follow (a test checks every column has exactly one spec).

Cells read a row by attribute only (``QueueRow`` fields) plus ``RowState``: what the
console knows about the row beyond the alert itself (acknowledged, superseded, the mode the
console is in).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from incident_desk import timefmt
from incident_desk.display import display_headline
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.rules import needs_acknowledgement
from incident_desk.trust.wording import WORDING, trust_label, trust_rank, trust_sentence
from incident_desk.ui.cap_words import cap_word

SEVERITY_RANK = {"Extreme": 4, "Severe": 3, "Moderate": 2, "Minor": 1, "Unknown": 0}
URGENCY_RANK = {"Immediate": 4, "Expected": 3, "Future": 2, "Past": 1, "Unknown": 0}


class Column(enum.IntEnum):
    MARKER = 0
    MODE = 1
    RECEIVED = 2
    SENT = 3
    SEVERITY = 4
    URGENCY = 5
    MSG_TYPE = 6
    EVENT = 7
    SENDER = 8
    COUNTRY = 9
    AGENCY = 10
    STATUS = 11
    INCIDENTS = 12
    ACK = 13
    TRUST = 14


@dataclass(frozen=True)
class RowState:
    """What the console knows of one row beyond the alert itself.

    Attributes:
        acknowledged: this console (or another) acknowledged it.
        superseded: a later Update or Cancel of the same chain replaced it ("Cancelled" when
            a Cancel did): it no longer asks for attention.
        exercise_mode: the console is joined to an exercise (real rows are tagged REAL).
    """

    acknowledged: bool
    superseded: str | None
    exercise_mode: bool

    def needs_ack(self, row: Any) -> bool:
        return needs_acknowledgement(row) and not self.acknowledged and not self.superseded


#: what replaced an alert, as the Ack column says it
SUPERSEDED_WORDS = (
    QT_TRANSLATE_NOOP("AlertQueue", "superseded"),
    QT_TRANSLATE_NOOP("AlertQueue", "cancelled"),
)


def tr(text: str) -> str:
    """A text of the queue (context ``AlertQueue``); literals are marked where written."""
    return QCoreApplication.translate("AlertQueue", text)


def is_exercise(row: Any) -> bool:
    return bool(row.exercise_id) or row.status == "Exercise"


def short_time(value: datetime | None) -> str:
    """Compact time for the queue: ``18:54:29`` today, ``2026-11-28 18:54`` before (local
    time; the header says so and the tooltip gives the full local and UTC times)."""
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


def full_time(value: datetime | None) -> str:
    """Local and UTC, four-digit year, 24-hour, zone stated (the cells' tooltip)."""
    if value is None:
        return ""
    return f"{timefmt.local(value)} / {timefmt.utc(value)}"


def headline_text(row: Any) -> str:
    """The headline an operator reads: the real words, without the mandated exercise
    marking (kept in the CAP message and the raw view); the event when there is none."""
    return display_headline(row.headline, row.event, row.identifier)


def _marker(row: Any, s: RowState) -> str:
    return "●" if s.needs_ack(row) else ""


_EX = QT_TRANSLATE_NOOP("AlertQueue", "EX")
_REAL = QT_TRANSLATE_NOOP("AlertQueue", "REAL")


def mode_word(exercise: bool, exercise_mode: bool) -> str:
    """The Mode word, the queue's and the incident board's: EX for exercise traffic, REAL for
    real traffic while the console is in an exercise, nothing out of one."""
    if exercise:
        return tr(_EX)
    return tr(_REAL) if exercise_mode else ""


def _mode(row: Any, s: RowState) -> str:
    return mode_word(is_exercise(row), s.exercise_mode)


def _type(row: Any, s: RowState) -> str:
    kind = cap_word(row.msg_type)
    text = f"{kind} ({s.superseded})" if s.superseded else kind
    count = getattr(row, "warning_count", 0)
    return f"{text} ⚠{count}" if count else text


def _type_tip(row: Any) -> str:
    count = getattr(row, "warning_count", 0)
    if not count:
        return ""
    return tr(
        QT_TRANSLATE_NOOP(
            "AlertQueue",
            "{n} conformance warning(s): the alert breaks a rule of the CAP text but was "
            "accepted; the detail pane says what is unusual.",
        )
    ).format(n=count)


def _ack(row: Any, s: RowState) -> str:
    if s.superseded:
        return tr(s.superseded)  # "superseded" / "cancelled", marked in SUPERSEDED_WORDS
    if not needs_acknowledgement(row):
        return "—"
    return (
        tr(QT_TRANSLATE_NOOP("AlertQueue", "acknowledged"))
        if s.acknowledged
        else tr(QT_TRANSLATE_NOOP("AlertQueue", "UNACKNOWLEDGED"))
    )


def _when(field: str) -> Callable[[Any, RowState], str]:
    return lambda row, _s: short_time(getattr(row, field))


def _when_tip(field: str) -> Callable[[Any], str]:
    return lambda row: full_time(getattr(row, field))


def _sent(row: Any) -> str:
    """An inject's sent time is on the exercise clock: ``EX T+00:07:00`` (as the detail pane
    and the exercise panel say it), never a clock time to set against "Received"."""
    offset = getattr(row, "inject_offset", None)
    return short_time(row.sent_utc) if offset is None else timefmt.exercise_offset(offset)


def _sent_tip(row: Any) -> str:
    offset = getattr(row, "inject_offset", None)
    if offset is None:
        return full_time(row.sent_utc)
    instant = timefmt.exercise_instant(row.sent_utc, translate=QCoreApplication.translate)
    return f"{timefmt.exercise_offset(offset)} — {instant}"


def _stamp(field: str) -> Callable[[Any, RowState], Any]:
    return lambda row, _s: getattr(row, field).timestamp()


# the widest fitting makes a column: past this its words elide (tooltips are whole)
FIT_MAX = 180
# the share of the queue's width the Headline keeps when other columns are widened for
# their words and names (``AlertQueue.fit_columns``)
HEADLINE_SHARE = 0.3


def _trust_words() -> list[str]:
    return [trust_label(state, translate=QCoreApplication.translate) for state in WORDING]


#: the message types a queue shows day to day (an Ack or an Error elides, whole on hover)
TYPE_WORDS = ("Alert", "Update", "Cancel")


@dataclass(frozen=True)
class QueueColumn:
    """One column of the alert queue.

    Attributes:
        header: the header text (translated when shown).
        width: the first-run width in pixels (the headline column stretches instead).
        shown: visible by default (others are one right-click on the header away).
        cell: the cell's text.
        sort: the sort key (default: the cell text, case-folded).
        tooltip: the cell's tooltip (default: the headline).
        hideable: offered in the header's show/hide menu.
        words: the words the cell can show when they are a closed set and must read whole
            (exercise or real, the trust states), in the reader's language: the column is
            widened for each of them up to ``FIT_MAX`` (``AlertQueue.fit_columns``), so that
            "без подписи" (unsigned) is not cut; other columns elide, their tooltips whole.
        whole: its words read whole at any width, before the Headline keeps its share
            (exercise or real: in a drill console both kinds share the queue; Alert, Update
            or Cancel).
    """

    header: str
    width: int
    shown: bool
    cell: Callable[[Any, RowState], str]
    sort: Callable[[Any, RowState], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    hideable: bool = True
    words: Callable[[], Iterable[str]] | None = None
    whole: bool = False

    def sort_key(self, row: Any, state: RowState) -> Any:
        if self.sort is not None:
            return self.sort(row, state)
        return self.cell(row, state).casefold()


COLUMNS: dict[Column, QueueColumn] = {
    Column.MARKER: QueueColumn(
        "", 20, True, _marker, sort=lambda r, s: 1 if s.needs_ack(r) else 0, hideable=False
    ),
    Column.MODE: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Mode"),
        36,
        True,
        _mode,
        tooltip=lambda r: tr(QT_TRANSLATE_NOOP("AlertQueue", "Exercise")) if is_exercise(r) else "",
        words=lambda: [tr(_EX), tr(_REAL)],  # exercise or real, read whole
        whole=True,
    ),
    Column.RECEIVED: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Received"),
        74,
        True,
        _when("received_at"),
        sort=_stamp("received_at"),
        tooltip=_when_tip("received_at"),
    ),
    Column.SENT: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Sent"),
        74,
        False,
        lambda r, _s: _sent(r),
        sort=_stamp("sent_utc"),
        tooltip=lambda r: _sent_tip(r),
    ),
    Column.SEVERITY: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Severity"),
        80,
        True,
        lambda r, _s: cap_word(r.severity),
        sort=lambda r, _s: SEVERITY_RANK.get(r.severity or "", -1),
        # whole where there is room ("Чрезвычайная" was "Чрезвыча…" at 1920), else as the
        # filter buttons say it ("Чрезв.": ``AlertQueue`` draws the short form)
        words=lambda: [cap_word(value) for value in SEVERITY_RANK],
    ),
    Column.URGENCY: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Urgency"),
        88,
        True,
        lambda r, _s: cap_word(r.urgency),
        sort=lambda r, _s: URGENCY_RANK.get(r.urgency or "", -1),
        words=lambda: [cap_word(value) for value in URGENCY_RANK],
    ),
    Column.MSG_TYPE: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Type"),
        58,
        True,
        _type,
        tooltip=_type_tip,
        # an Update or a Cancel changes what the row asks of the operator: read whole at
        # any width ("Опове…" beside "Обнов…" could not be told apart at 1366)
        words=lambda: [cap_word(value) for value in TYPE_WORDS],
        whole=True,
    ),
    Column.EVENT: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Headline"),
        260,
        True,
        lambda r, _s: headline_text(r),
        hideable=False,
    ),
    Column.SENDER: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Sender"), 92, True, lambda r, _s: r.sender
    ),
    Column.COUNTRY: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Country"), 56, False, lambda r, _s: r.country or ""
    ),
    Column.AGENCY: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Agency"), 56, False, lambda r, _s: r.agency or ""
    ),
    Column.STATUS: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Status"), 64, False, lambda r, _s: cap_word(r.status)
    ),
    Column.INCIDENTS: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Incident(s)"), 90, False, lambda r, _s: ", ".join(r.incidents)
    ),
    Column.ACK: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Ack"),
        118,
        False,
        _ack,
        sort=lambda r, s: 1 if s.needs_ack(r) else 0,
    ),
    Column.TRUST: QueueColumn(
        QT_TRANSLATE_NOOP("Headers", "Trust"),
        84,
        True,
        lambda r, _s: trust_label(
            r.trust_state, r.trust_signer, translate=QCoreApplication.translate
        ),
        sort=lambda r, _s: (
            trust_rank(r.trust_state),
            trust_label(
                r.trust_state, r.trust_signer, translate=QCoreApplication.translate
            ).casefold(),
        ),
        tooltip=lambda r: trust_sentence(
            r.trust_state, r.trust_detail, translate=QCoreApplication.translate
        ),
        words=_trust_words,
    ),
}
