"""Alarm priority from CAP severity × urgency × certainty: an ordered table, first match wins.

The table is the ``alarm_priorities`` setting (``incident_desk/settings.py``). Each rule names
the values it matches (an empty list matches any value) and the priority it gives: 1 Critical,
2 High, 3 Medium, 4 Low, 0 no alarm. A version matching no rule raises no alarm. The default
(``DEFAULT_PRIORITIES``) is documented in ``docs/alarms.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import product
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from incident_desk.alarms._model import Priority

SeverityWord = Literal["Extreme", "Severe", "Moderate", "Minor", "Unknown"]
UrgencyWord = Literal["Immediate", "Expected", "Future", "Past", "Unknown"]
CertaintyWord = Literal["Observed", "Likely", "Possible", "Unlikely", "Unknown"]
CAP_WORDS: tuple[tuple[str, ...], ...] = tuple(
    get_args(word) for word in (SeverityWord, UrgencyWord, CertaintyWord)
)
"""The words of CAP's severity, urgency and certainty, in that order."""


class PriorityRule(BaseModel):
    """One row of the priority table (TOML: one ``[[alarm_priorities]]`` table).

    Attributes:
        severity, urgency, certainty: the CAP values this rule matches; empty: any value.
        priority: 1 (Critical) … 4 (Low), or 0: no alarm.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    severity: tuple[SeverityWord, ...] = ()
    urgency: tuple[UrgencyWord, ...] = ()
    certainty: tuple[CertaintyWord, ...] = ()
    priority: int = Field(ge=0, le=4)

    def matches(self, severity: str | None, urgency: str | None, certainty: str | None) -> bool:
        return (
            _fits(self.severity, severity)
            and _fits(self.urgency, urgency)
            and _fits(self.certainty, certainty)
        )


def _fits(allowed: Sequence[str], value: str | None) -> bool:
    return not allowed or (value or "Unknown") in allowed


def _rule(
    priority: int,
    severity: Iterable[SeverityWord] = (),
    urgency: Iterable[UrgencyWord] = (),
    certainty: Iterable[CertaintyWord] = (),
) -> PriorityRule:
    return PriorityRule(
        severity=tuple(severity),
        urgency=tuple(urgency),
        certainty=tuple(certainty),
        priority=priority,
    )


_SURE: tuple[CertaintyWord, ...] = ("Observed", "Likely")
_SOON: tuple[UrgencyWord, ...] = ("Immediate", "Expected")

DEFAULT_PRIORITIES: tuple[PriorityRule, ...] = (
    _rule(0, urgency=("Past",)),
    _rule(0, certainty=("Unlikely",)),
    _rule(1, ("Extreme",), ("Immediate",), _SURE),
    _rule(2, ("Extreme",), _SOON),
    _rule(2, ("Severe",), ("Immediate",), _SURE),
    _rule(3, ("Extreme",)),
    _rule(3, ("Severe",), _SOON),
    _rule(3, ("Moderate",), ("Immediate",), _SURE),
    _rule(4, ("Severe",)),
    _rule(4, ("Moderate",), _SOON),
)
"""Critical: Extreme, Immediate, Observed/Likely. High: other Extreme Immediate/Expected, and
Severe Immediate Observed/Likely. Medium: any other Extreme; Severe Immediate/Expected; Moderate
Immediate Observed/Likely. Low: any other Severe; Moderate Immediate/Expected. No alarm: Past,
Unlikely, Minor, Unknown severity and everything else."""


class PriorityTable:
    """Looks a CAP triple up in the rules (first match wins)."""

    def __init__(self, rules: Sequence[PriorityRule] = DEFAULT_PRIORITIES) -> None:
        self.rules = tuple(rules)
        self._cache: dict[tuple[str | None, str | None, str | None], Priority | None] = {}

    def alarming(self) -> list[tuple[str, str, str]]:
        """Every (severity, urgency, certainty) of CAP's words that this table makes an alarm
        (an absent value reads as "Unknown", as in :meth:`priority`)."""
        severities, urgencies, certainties = CAP_WORDS
        return [
            triple
            for triple in product(severities, urgencies, certainties)
            if self.priority(*triple) is not None
        ]

    def priority(
        self, severity: str | None, urgency: str | None, certainty: str | None
    ) -> Priority | None:
        """The alarm priority, or None when this is no alarm."""
        key = (severity, urgency, certainty)
        if key not in self._cache:
            found = next((r for r in self.rules if r.matches(*key)), None)
            self._cache[key] = Priority(found.priority) if found and found.priority else None
        return self._cache[key]
