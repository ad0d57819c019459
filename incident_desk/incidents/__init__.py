"""Incidents: alerts grouped by CAP ``incidents`` ids, references or an operator's decision.

``IncidentBoard`` is the core API (Qt-free): create an incident from an alert or at a point,
attach alerts, merge, move along the lifecycle (new → active → contained → closed, with
re-escalation and reopening), add notes, and ``correlate`` newly stored alerts (ingest calls
it after each batch). Every change writes the timeline in the same transaction and returns a
``Changes`` record; readers get frozen ``IncidentSnapshot`` copies. Exercise and real
incidents never mix.
"""

from incident_desk.incidents._board import IncidentBoard
from incident_desk.incidents._model import (
    CAP_ACTOR,
    SEVERITY_ORDER,
    TRANSITIONS,
    CountryLookup,
    IncidentError,
    IncidentSnapshot,
    IncidentStatus,
)

__all__ = [
    "CAP_ACTOR",
    "SEVERITY_ORDER",
    "TRANSITIONS",
    "CountryLookup",
    "IncidentBoard",
    "IncidentError",
    "IncidentSnapshot",
    "IncidentStatus",
]
