"""The timeline's kinds and automatic actors in words for people.

Every timeline entry keeps a ``kind``: a stable id the code writes and reads
(``incident.created``, ``command.handover.proposed``, ``alarm-shelved`` …). The id stays in
the store, the evidence log, the CSV and JSON exports and the CLI; an operator reads the
label of this table in their own language instead (the Timeline pane, the translated ICS-214
and after-action report). The labels are marked ``QT_TRANSLATE_NOOP`` (context
:data:`CONTEXT`) so that ``pyside6-lupdate`` puts them in the catalogs.

A kind the table does not know (written by a newer console, or made from a pattern such as
``inject.<kind>``) is shown as its id: never hidden, never guessed.

Where the kinds are written:

- ``incident.*``: the incident board (``incidents/_board.py``), the correlator
  (``incidents/_correlate.py``, actor :data:`CAP_ACTOR`) and the console's CAP Update
  (``console.py``); ``ack``: the console's acknowledgement (``console.py``);
- ``command.*``, ``assignment.*``, ``participation.*``, ``area.*``: the command replay
  (``command/_replay.py``, ``command/_areas.py``; ``<area>.refused`` for each event area of
  ``command.EVENT_TYPES``) and its storage (``command/_storage.py``: ``unit.status``,
  ``command.handover.expired``);
- ``alarm-<event>``: the alarm board's shelving (``alarms/_shelving.py``, one per
  ``alarms.JournalEvent`` value);
- ``evidence.export``: the evidence package export (``evidence/export.py``).

tests/unit/test_timeline_kinds.py drives these flows on a real store and fails when a kind
written there has no label here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from incident_desk.messages import QT_TRANSLATE_NOOP, Translate

__all__ = ["ACTORS", "CAP_ACTOR", "CONTEXT", "KINDS", "actor_label", "kind_label"]

# the catalog context of the labels
CONTEXT: Final = "TimelineKind"

# the correlator's actor (``incidents._model.CAP_ACTOR``): entries the alert feed made
CAP_ACTOR: Final = "cap"

# kind id -> English label (the catalog's source text)
KINDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # incidents
        "incident.created": QT_TRANSLATE_NOOP("TimelineKind", "Incident opened"),
        "incident.attach": QT_TRANSLATE_NOOP("TimelineKind", "Alert attached"),
        "incident.merge": QT_TRANSLATE_NOOP("TimelineKind", "Incidents merged"),
        "incident.status": QT_TRANSLATE_NOOP("TimelineKind", "Incident status"),
        "incident.note": QT_TRANSLATE_NOOP("TimelineKind", "Note"),
        "incident.cancelled": QT_TRANSLATE_NOOP("TimelineKind", "Alerts cancelled"),
        "incident.update": QT_TRANSLATE_NOOP("TimelineKind", "Update published"),
        "ack": QT_TRANSLATE_NOOP("TimelineKind", "Alert acknowledged"),
        # command and handover
        "command.established": QT_TRANSLATE_NOOP("TimelineKind", "Command established"),
        "command.handover.proposed": QT_TRANSLATE_NOOP("TimelineKind", "Handover proposed"),
        "command.handover.superseded": QT_TRANSLATE_NOOP("TimelineKind", "Handover superseded"),
        "command.handover.accepted": QT_TRANSLATE_NOOP("TimelineKind", "Handover accepted"),
        "command.handover.refused": QT_TRANSLATE_NOOP("TimelineKind", "Handover refused"),
        "command.handover.conflict": QT_TRANSLATE_NOOP("TimelineKind", "Handover answer too late"),
        "command.handover.expired": QT_TRANSLATE_NOOP("TimelineKind", "Handover expired"),
        "command.closed": QT_TRANSLATE_NOOP("TimelineKind", "Command closed"),
        "command.refused": QT_TRANSLATE_NOOP("TimelineKind", "Command action refused"),
        # assignments, agencies, drawn areas, units
        "assignment.created": QT_TRANSLATE_NOOP("TimelineKind", "Assignment made"),
        "assignment.status": QT_TRANSLATE_NOOP("TimelineKind", "Assignment status"),
        "assignment.refused": QT_TRANSLATE_NOOP("TimelineKind", "Assignment refused"),
        "participation.state": QT_TRANSLATE_NOOP("TimelineKind", "Agency participation"),
        "participation.refused": QT_TRANSLATE_NOOP("TimelineKind", "Participation refused"),
        "area.drawn": QT_TRANSLATE_NOOP("TimelineKind", "Area drawn"),
        "area.removed": QT_TRANSLATE_NOOP("TimelineKind", "Area removed"),
        "area.refused": QT_TRANSLATE_NOOP("TimelineKind", "Area refused"),
        "unit.status": QT_TRANSLATE_NOOP("TimelineKind", "Unit status"),
        # alarms (alarms.JournalEvent)
        "alarm-raised": QT_TRANSLATE_NOOP("TimelineKind", "Alarm raised"),
        "alarm-acknowledged": QT_TRANSLATE_NOOP("TimelineKind", "Alarm acknowledged"),
        "alarm-priority": QT_TRANSLATE_NOOP("TimelineKind", "Alarm priority lowered"),
        "alarm-cleared": QT_TRANSLATE_NOOP("TimelineKind", "Alarm cleared"),
        "alarm-shelved": QT_TRANSLATE_NOOP("TimelineKind", "Alarm shelved"),
        "alarm-unshelved": QT_TRANSLATE_NOOP("TimelineKind", "Alarm unshelved"),
        "alarm-flood-start": QT_TRANSLATE_NOOP("TimelineKind", "Alarm flood began"),
        "alarm-flood-end": QT_TRANSLATE_NOOP("TimelineKind", "Alarm flood ended"),
        "alarm-endex": QT_TRANSLATE_NOOP("TimelineKind", "Alarms ended at ENDEX"),
        # evidence
        "evidence.export": QT_TRANSLATE_NOOP("TimelineKind", "Evidence exported"),
    }
)

# actors the core writes itself -> English word; every other actor (an operator, an
# agency or unit code such as ``KE/bpu``, a controller) is data and shown as written
ACTORS: Final[Mapping[str, str]] = MappingProxyType(
    {
        CAP_ACTOR: QT_TRANSLATE_NOOP("TimelineKind", "CAP feed"),
        "system": QT_TRANSLATE_NOOP("TimelineKind", "System"),  # alarms/_shelving.py
    }
)


def _say(table: Mapping[str, str], value: str, translate: Translate | None) -> str:
    source = table.get(value)
    if source is None:
        return value
    return source if translate is None else translate(CONTEXT, source)


def kind_label(kind: str, translate: Translate | None = None) -> str:
    """``kind`` in the reader's words (``translate``: ``(context, source) -> text``; None:
    English); an unknown kind as it is written."""
    return _say(KINDS, kind, translate)


def actor_label(actor: str, translate: Translate | None = None) -> str:
    """An actor the core writes (``cap``: the alert feed) in the reader's words; any other
    actor as it is written."""
    return _say(ACTORS, actor, translate)
