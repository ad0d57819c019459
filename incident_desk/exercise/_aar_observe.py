"""What the players actually did, read from the store for the after-action report.

Every action comes with who did it and the wall-clock instant it was recorded:

- **acknowledgements**: the CAP Acks that reference the inject's alert (sender and the Ack's
  ``source``, which a console fills with ``operator@workstation``);
- **assignments**: the command board's ``assignments`` table (unit, who, when: the creating
  event's time), whichever console made them; plus any timeline entry of kind
  ``assignment.*`` that names the unit in its data (``unit`` / ``unit_id``), for timelines
  written by hand or by older versions;
- **incidents**: an incident counts as opened by the players only through an operator's
  action (never the automatic correlation by CAP incident key, actor ``cap``): an
  ``incident.*`` entry by an operator that references the alert, or any operator entry
  (``incident.*``, ``command.*``, ``assignment.*``, ``participation.*``) on an incident that
  holds the alert.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.engine import Connection

from incident_desk.command._schema import assignments_table
from incident_desk.incidents._schema import incident_alerts_table, incidents_table
from incident_desk.store import StoredAlert, TimelineEntry

__all__ = ["Done", "StoreReader", "acks_done", "assignments_done", "incident_actions"]

#: the actor of entries the incident correlator writes by itself
AUTOMATIC_ACTOR = "cap"

_TAKE_UP = ("incident.", "command.", "assignment.", "participation.")


class StoreReader(Protocol):
    """The part of ``Store`` the report reads."""

    def list_alerts(
        self,
        *,
        limit: int | None = ...,
        offset: int = ...,
        exercise_id: Any = ...,
        newest_first: bool = ...,
        after_id: int | None = ...,
    ) -> list[StoredAlert]: ...

    def acks_for(self, alert_id: int) -> list[StoredAlert]: ...

    def timeline(
        self,
        incident_id: str | None = ...,
        exercise_id: str | None = ...,
        limit: int | None = ...,
    ) -> list[TimelineEntry]: ...

    def reading(self, action: str) -> AbstractContextManager[Connection]: ...


@dataclass(frozen=True, slots=True)
class Done:
    """One action a player took.

    Attributes:
        at: the wall-clock instant the store recorded it.
        by: who (operator, agency or both).
        what: the action in words ("acknowledged", "assigned UPF-EOD-TORORO (upf-eod-1) to
            Division A", "command.established on NC-MALABA-01").
        agency: the acting agency when known (an Ack's CAP sender).
    """

    at: datetime
    by: str
    what: str
    agency: str | None = None


def acks_done(acks: Iterable[StoredAlert]) -> list[Done]:
    """The Acks of one alert, oldest first."""
    out = []
    for a in sorted(acks, key=lambda a: a.received_at):
        source = a.alert.source
        by = f"{a.sender} ({source})" if source else a.sender
        out.append(Done(a.received_at, by, f"acknowledged ({a.identifier})", a.sender))
    return out


def assignments_done(
    store: StoreReader, exercise_id: str, timeline: Iterable[TimelineEntry]
) -> dict[str, list[Done]]:
    """Unit id → its assignments in this exercise, oldest first."""
    out: dict[str, list[Done]] = {}
    t = assignments_table
    with store.reading("read assignments for the after-action report") as conn:
        rows = conn.execute(
            select(
                t.c.unit_id,
                t.c.callsign,
                t.c.created_at,
                t.c.created_by,
                t.c.incident_key,
                t.c.element_kind,
                t.c.element_name,
            ).where(t.c.exercise_id == exercise_id, t.c.unit_id.is_not(None))
        ).all()
    seen: set[tuple[str, datetime]] = set()
    for r in rows:
        element = f"{str(r.element_kind).replace('_', ' ')} {r.element_name}"
        name = f"{r.callsign} ({r.unit_id})" if r.callsign else str(r.unit_id)
        what = f"assigned {name} to {element} in incident {r.incident_key}"
        out.setdefault(str(r.unit_id), []).append(Done(r.created_at, str(r.created_by), what))
        seen.add((str(r.unit_id), r.created_at))
    for e in timeline:
        if not e.kind.startswith("assignment."):
            continue
        unit = e.data.get("unit") or e.data.get("unit_id")
        if isinstance(unit, str) and (unit, e.at) not in seen:
            out.setdefault(unit, []).append(Done(e.at, e.actor, e.text))
    for done in out.values():
        done.sort(key=lambda d: d.at)
    return out


def _keys_holding(store: StoreReader, alert_ids: list[int]) -> dict[int, set[str]]:
    """Alert id → the keys of the incidents that hold it."""
    if not alert_ids:
        return {}
    links, incidents = incident_alerts_table, incidents_table
    with store.reading("read incidents for the after-action report") as conn:
        rows = conn.execute(
            select(links.c.alert_id, incidents.c.key)
            .join(incidents, incidents.c.id == links.c.incident_id)
            .where(links.c.alert_id.in_(alert_ids))
        ).all()
    out: dict[int, set[str]] = {}
    for r in rows:
        out.setdefault(int(r.alert_id), set()).add(str(r.key))
    return out


def _refers(entry: TimelineEntry, alert_id: int) -> bool:
    if entry.alert_id == alert_id:
        return True
    value = entry.data.get("alert_id")
    ids = value if isinstance(value, list) else [value]
    return alert_id in ids


def _operator_entries(
    timeline: Iterable[TimelineEntry], alert_id: int, keys: set[str]
) -> Iterator[Done]:
    for e in timeline:
        if e.actor == AUTOMATIC_ACTOR:
            continue
        if e.kind.startswith("incident.") and _refers(e, alert_id):
            yield Done(e.at, e.actor, f"{e.kind}: {e.text}")
        elif e.incident_id in keys and e.kind.startswith(_TAKE_UP):
            yield Done(e.at, e.actor, f"{e.kind} on incident {e.incident_id}")


def incident_actions(
    store: StoreReader, alerts: Iterable[StoredAlert], timeline: list[TimelineEntry]
) -> tuple[dict[int, list[Done]], dict[int, set[str]]]:
    """Per alert id: the operators' incident actions (oldest first) and the incident keys
    holding the alert (also those only the automatic correlation made)."""
    ids = [a.id for a in alerts]
    keys = _keys_holding(store, ids)
    actions = {
        alert_id: sorted(
            _operator_entries(timeline, alert_id, keys.get(alert_id, set())), key=lambda d: d.at
        )
        for alert_id in ids
    }
    return actions, keys
