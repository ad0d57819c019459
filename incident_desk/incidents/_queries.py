"""The reading half of ``IncidentBoard``: frozen ``IncidentSnapshot`` copies and timelines,
each in one short read of the store (any thread)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.incidents import _common as common
from incident_desk.incidents._model import IncidentSnapshot, IncidentStatus
from incident_desk.incidents._schema import incident_alerts_table as links
from incident_desk.incidents._schema import incidents_table as table
from incident_desk.store import ANY_EXERCISE, ExerciseFilter, Store, TimelineEntry


class IncidentQueries:
    """Read-only questions to the board (which provides ``_store``)."""

    _store: Store

    def get(self, incident_id: int) -> IncidentSnapshot | None:
        with self._store.reading("read an incident") as conn:
            found = common.snapshots(conn, [table.c.id == incident_id])
        return found[0] if found else None

    def list_incidents(
        self,
        *,
        exercise_id: ExerciseFilter = ANY_EXERCISE,
        status: IncidentStatus | str | None = None,
        country: str | None = None,
        include_merged: bool = False,
        open_only: bool = False,
    ) -> list[IncidentSnapshot]:
        """Incidents, oldest first. ``exercise_id``: ANY_EXERCISE (default), None (real only)
        or one exercise id; ``open_only``: not closed (a year holds mostly closed ones)."""
        where: list[ColumnElement[bool]] = []
        if exercise_id is None:
            where.append(table.c.exercise_id.is_(None))
        elif exercise_id is not ANY_EXERCISE:
            where.append(table.c.exercise_id == exercise_id)
        if status is not None:
            where.append(table.c.status == IncidentStatus(status).value)
        if country is not None:
            where.append(table.c.country == country.upper())
        if open_only:
            where.append(table.c.status != IncidentStatus.CLOSED.value)
        if not include_merged:
            where.append(table.c.merged_into.is_(None))
        with self._store.reading("read incidents") as conn:
            return common.snapshots(conn, where)

    def incidents_for_alert(self, alert_id: int) -> list[IncidentSnapshot]:
        """Every (not merged) incident the alert belongs to, oldest first."""
        owners = select(links.c.incident_id).where(links.c.alert_id == alert_id)
        with self._store.reading("read incidents") as conn:
            return common.snapshots(
                conn, [table.c.id.in_(owners.scalar_subquery()), table.c.merged_into.is_(None)]
            )

    def incident_for_alert(self, alert_id: int) -> IncidentSnapshot | None:
        """The oldest (not merged) incident the alert belongs to, or None: ungrouped."""
        found = self.incidents_for_alert(alert_id)
        return found[0] if found else None

    def timeline(self, incident_id: int) -> list[TimelineEntry]:
        """The incident's timeline entries, oldest first."""
        incident = self.get(incident_id)
        if incident is None:
            return []
        tl = common.timeline
        exercise = (
            tl.c.exercise_id.is_(None)
            if incident.exercise_id is None
            else tl.c.exercise_id == incident.exercise_id
        )
        query = (
            select(tl).where(tl.c.incident_id == incident.key, exercise).order_by(tl.c.at, tl.c.id)
        )
        with self._store.reading("read the timeline") as conn:
            rows = conn.execute(query).mappings().all()
        return [TimelineEntry(**{**row, "data": json.loads(row["data"])}) for row in rows]
