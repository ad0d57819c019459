"""Alarms as control rooms define them (ISA-18.2 / IEC 62682, EEMUA 191 practice).

``AlarmBoard`` (Qt-free) keeps one alarm per CAP alert chain of one console: raised by an
Alert or Update whose priority (severity × urgency × certainty, ``alarm_priorities``
setting) is an alarm level; acknowledged by a CAP Ack of any console; returned to normal by
a Cancel, an Update below alarm level, expiry or ENDEX (exercise alarms only), with why and
by whom. It shelves (one-shot or timed, with a reason, never Actual Extreme/Immediate),
detects alarm floods and groups by incident then, orders F8 by priority, and writes the
alarm journal ``alarm_kpis`` computes the KPIs from. See ``docs/alarms.md``.
"""

from incident_desk.alarms._board import AlarmBoard
from incident_desk.alarms._kpi import AlarmKpis, alarm_kpis
from incident_desk.alarms._model import (
    Alarm,
    AlarmChanges,
    AlarmError,
    AlarmGroup,
    AlarmState,
    AlarmView,
    Priority,
    Reason,
    Shelf,
)
from incident_desk.alarms._priority import DEFAULT_PRIORITIES, PriorityRule, PriorityTable

__all__ = [
    "DEFAULT_PRIORITIES",
    "Alarm",
    "AlarmBoard",
    "AlarmChanges",
    "AlarmError",
    "AlarmGroup",
    "AlarmKpis",
    "AlarmState",
    "AlarmView",
    "Priority",
    "PriorityRule",
    "PriorityTable",
    "Reason",
    "Shelf",
    "alarm_kpis",
]
