"""Alarms as control rooms define them (ISA-18.2 / IEC 62682, EEMUA 191 practice).

``AlarmBoard`` (Qt-free) keeps one alarm per CAP alert chain of one console: raised by an
Alert or Update whose priority (severity × urgency × certainty, ``alarm_priorities``
setting) is an alarm level; acknowledged by a CAP Ack of any console; returned to normal by
a Cancel, an Update below alarm level, expiry or ENDEX (exercise alarms only), with why and
by whom. It shelves (one-shot or timed, with a reason, never Actual Extreme/Immediate),
detects alarm floods and groups by incident then, orders F8 by priority, and writes the
alarm journal ``alarm_kpis`` computes the KPIs from. See ``docs/alarms.md``.
"""

from importlib import import_module
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from incident_desk.alarms._board import AlarmBoard
    from incident_desk.alarms._kpi import AlarmKpis, KpiFollower, alarm_kpis

#: loaded on first use: the board and the KPIs read the store (SQLAlchemy, Alembic), and the
#: settings, which need only the priority table, are imported by every command before any
#: store is opened (``incident-desk --help`` and the console's first paint included)
_ON_USE = {
    "AlarmBoard": "_board",
    "AlarmKpis": "_kpi",
    "KpiFollower": "_kpi",
    "alarm_kpis": "_kpi",
}

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
    "KpiFollower",
    "Priority",
    "PriorityRule",
    "PriorityTable",
    "Reason",
    "Shelf",
    "alarm_kpis",
]


def __getattr__(name: str) -> object:
    """``AlarmBoard`` and the KPIs (``AlarmKpis``, ``KpiFollower``, ``alarm_kpis``), imported
    when first asked for."""
    module = _ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
