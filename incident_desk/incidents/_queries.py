"""The reading half of ``IncidentBoard``: frozen ``IncidentSnapshot`` copies and timelines,
each in one short read of the store (any thread)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.sql.elements import ColumnElement

from incident_desk.incidents import _common as common
from incident_desk.incidents._model import IncidentSnapshot, IncidentStatus
from incident_desk.incidents._schema import incident_alerts_table as links
from incident_desk.incidents._schema import incidents_table as table
from incident_desk.store import ANY_EXERCISE, ExerciseFilter, Store, TimelineEntry


class IncidentQueries:
    """Read-only questions to the board (which provides ``_store`` and ``_clock``)."""

    _store: Store
    _clock: Callable[[], datetime]

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
        closed_since: datetime | None = None,
    ) -> list[IncidentSnapshot]:
        """Incidents, oldest first. ``exercise_id``: ANY_EXERCISE (default), None (real only)
        or one exercise id; ``open_only``: not closed (a year holds mostly closed ones);
        ``closed_since``: not closed, or closed (last changed) at or after that time: what
        the window's board opens with."""
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
        elif closed_since is not None:
            # each branch reads the (status, updated_at) index (a != would scan)
            not_closed = [s.value for s in IncidentStatus if s != IncidentStatus.CLOSED]
            where.append(
                or_(
                    table.c.status.in_(not_closed),
                    (table.c.status == IncidentStatus.CLOSED.value)
                    & (table.c.updated_at >= closed_since),
                )
            )
        if not include_merged:
            where.append(table.c.merged_into.is_(None))
        with self._store.reading("read incidents") as conn:
            return common.snapshots(conn, where)

    def list_recent(
        self, recent: timedelta, *, exercise_id: ExerciseFilter = ANY_EXERCISE
    ) -> list[IncidentSnapshot]:
        """What a window's board opens with: every incident not closed, and those closed
        (last changed) within ``recent`` by this board's clock, oldest first. A year holds
        ~100,000 incidents, nearly all closed long ago: they wait for ``closed_before``."""
        return self.list_incidents(exercise_id=exercise_id, closed_since=self._clock() - recent)

    def closed_before(
        self, before: tuple[datetime, int] | None, limit: int, *, joined: str | None = None
    ) -> list[IncidentSnapshot]:
        """One page of closed (not merged) incidents of real traffic and of the exercise
        ``joined`` (what a console shows), most recently changed first, each changed before
        ``before`` = (updated_at, id) of the last one of the previous page (None: from the
        newest). The window's "Older closed" reads these on demand."""
        traffic: ColumnElement[bool] = table.c.exercise_id.is_(None)
        if joined is not None:
            traffic = or_(traffic, table.c.exercise_id == joined)
        where: list[ColumnElement[bool]] = [
            table.c.status == IncidentStatus.CLOSED.value,
            table.c.merged_into.is_(None),
            traffic,
        ]
        if before is not None:
            at, last_id = before
            where.append(
                or_(table.c.updated_at < at, (table.c.updated_at == at) & (table.c.id < last_id))
            )
        page = (
            select(table.c.id)
            .where(*where)
            .order_by(table.c.updated_at.desc(), table.c.id.desc())
            .limit(limit)
        )
        with self._store.reading("read incidents") as conn:
            ids = list(conn.execute(page).scalars())
            found = common.snapshots(conn, [table.c.id.in_(ids)]) if ids else []
        return sorted(found, key=lambda s: (s.updated_at, s.id), reverse=True)

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
