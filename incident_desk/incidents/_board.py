"""The incident board: create, attach, merge, change status, add notes (reads: ``_queries.py``).

Every mutating call runs in one write transaction of the store (the store's engine, its
retries, its SQLite write lock), writes its timeline entries in that same transaction and
returns a ``Changes`` record naming the incidents and timeline entries it touched.
Readers return frozen ``IncidentSnapshot`` copies.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from incident_desk.cap import Alert
from incident_desk.changes import Changes
from incident_desk.errors import StoreError
from incident_desk.incidents import _common as common
from incident_desk.incidents._correlate import correlate
from incident_desk.incidents._model import (
    CountryLookup,
    IncidentError,
    IncidentStatus,
    transition_refusal,
)
from incident_desk.incidents._queries import IncidentQueries
from incident_desk.incidents._rows import (
    alert_row,
    incident_row,
    insert_incident,
    need_actor,
    need_open,
    same_traffic,
)
from incident_desk.incidents._schema import incident_alerts_table as links
from incident_desk.incidents._schema import incidents_table as table
from incident_desk.incidents._schema import traffic_of
from incident_desk.messages import QT_TRANSLATE_NOOP, Message, word
from incident_desk.store import ArchiveReport, Store

Work = Callable[[Connection, datetime], tuple[list[int], list[int]]]
KEY_RETRIES = 5  # two consoles generating the same incident key at once: try the next one


class IncidentBoard(IncidentQueries):
    """Incidents on the store's database. Thread-safe like the store: one short transaction
    per call; call the mutating methods from the one writer (docs/architecture.md §1).

    Args:
        store: the open store; the board uses its engine and transactions.
        country_lookup: ``(lat, lon) -> ISO alpha-2 or None`` for an incident's country
            (e.g. around ``incident_desk.geo.country_at``); None: countries stay unknown.
        clock: the current aware time (tests pass a fixed one).
    """

    def __init__(
        self,
        store: Store,
        country_lookup: CountryLookup | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._store = store
        self._lookup = country_lookup
        self._clock = clock or (lambda: datetime.now(UTC))

    # -- creating -------------------------------------------------------------------------------

    def create_from_alert(self, alert_id: int, actor: str, console: str | None = None) -> Changes:
        """Open an incident from one alert: its headline (or event) as title, the centre of its
        first area as location, its severity and exercise. The key is the alert's first CAP
        ``incidents`` id, else a generated ``INC-{country}-{yyyymmdd}-{n}``.

        Raises:
            IncidentError: no such alert; an Ack or Error; the alert already belongs to an
                open incident; an incident with its CAP incident id already exists.
        """
        need_actor(actor)

        def work(conn: Connection, now: datetime) -> tuple[list[int], list[int]]:
            row = alert_row(conn, alert_id)
            if row["msg_type"] in common.NOT_GROUPED:
                raise IncidentError(
                    f"A CAP {row['msg_type']} follows the alert it answers; "
                    "it does not start an incident."
                )
            owner = conn.execute(
                select(table.c.key)
                .join(links, links.c.incident_id == table.c.id)
                .where(links.c.alert_id == alert_id, table.c.merged_into.is_(None))
                .order_by(table.c.id)
            ).first()
            if owner is not None:
                raise IncidentError(
                    f"Alert {row['identifier']} already belongs to incident {owner.key}."
                )
            traffic = traffic_of(row["exercise_id"])
            location = common.location_of(Alert.model_validate_json(row["parsed"]))
            lat, lon = location if location else (None, None)
            country = common.country_at(self._lookup, lat, lon)
            cap_ids: list[str] = json.loads(row["incidents"])
            if cap_ids:
                key = cap_ids[0]
                taken = conn.execute(
                    select(table.c.id).where(table.c.traffic == traffic, table.c.key == key)
                ).first()
                if taken is not None:
                    raise IncidentError(
                        f"Incident {key} already exists (id {taken.id}): attach the alert to it."
                    )
            else:
                publisher = row["country"].upper() if row["country"] else None
                key = common.generated_key(conn, traffic, country or publisher, now)
            incident = insert_incident(
                conn,
                key=key,
                traffic=traffic,
                title=common.title_of(row["headline"], row["event"], row["identifier"]),
                now=now,
                actor=actor,
                exercise_id=row["exercise_id"],
                lat=lat,
                lon=lon,
                country=country,
            )
            conn.execute(
                insert(links),
                {
                    "incident_id": incident["id"],
                    "alert_id": alert_id,
                    "attached_by": actor,
                    "attached_at": now,
                },
            )
            common.refresh(conn, [incident["id"]], now)
            entries = common.write_timeline(
                conn,
                [
                    common.entry(
                        incident,
                        "incident.created",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "Created incident {key} from alert {identifier} of "
                                "{sender}: {title}",
                            ),
                            {
                                "key": key,
                                "identifier": row["identifier"],
                                "sender": row["sender"],
                                "title": incident["title"],
                            },
                        ),
                        actor=actor,
                        console=console,
                        at=now,
                        alert_id=alert_id,
                    )
                ],
            )
            return [incident["id"]], entries

        return self._write("create an incident", work)

    def create_at(
        self,
        lat: float,
        lon: float,
        title: str,
        actor: str,
        *,
        exercise_id: str | None = None,
        console: str | None = None,
    ) -> Changes:
        """Open an incident at a point (right-click on the map), with no alerts yet.

        Raises:
            IncidentError: the point is off the globe or the title is empty.
        """
        need_actor(actor)
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise IncidentError(f"{lat},{lon} is not a point on the globe (lat,lon in degrees).")
        if not title.strip():
            raise IncidentError("An incident needs a title.")

        def work(conn: Connection, now: datetime) -> tuple[list[int], list[int]]:
            traffic = traffic_of(exercise_id)
            country = common.country_at(self._lookup, lat, lon)
            incident = insert_incident(
                conn,
                key=common.generated_key(conn, traffic, country, now),
                traffic=traffic,
                title=title.strip(),
                now=now,
                actor=actor,
                exercise_id=exercise_id,
                lat=lat,
                lon=lon,
                country=country,
            )
            entries = common.write_timeline(
                conn,
                [
                    common.entry(
                        incident,
                        "incident.created",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "Created incident {key} at {position}: {title}"
                            ),
                            {
                                "key": incident["key"],
                                "position": f"{lat:.5f},{lon:.5f}",
                                "title": incident["title"],
                            },
                        ),
                        actor=actor,
                        console=console,
                        at=now,
                    )
                ],
            )
            return [incident["id"]], entries

        return self._write("create an incident", work)

    # -- changing -------------------------------------------------------------------------------

    def attach(
        self, incident_id: int, alert_id: int, actor: str, console: str | None = None
    ) -> Changes:
        """Add an alert to an incident (an operator's decision). Attaching it again changes
        nothing (empty ``Changes``).

        Raises:
            IncidentError: no such incident or alert; the incident is closed or merged; the
                alert is an Ack or Error; exercise and real traffic (or two exercises) mixed.
        """
        need_actor(actor)

        def work(conn: Connection, now: datetime) -> tuple[list[int], list[int]]:
            incident = incident_row(conn, incident_id)
            need_open(incident, "attach alerts to it")
            row = alert_row(conn, alert_id)
            if row["msg_type"] in common.NOT_GROUPED:
                raise IncidentError(
                    f"A CAP {row['msg_type']} follows the alert it answers, not an incident."
                )
            same_traffic(f"alert {row['identifier']}", row["exercise_id"], incident, "attach it")
            already = conn.execute(
                select(links.c.alert_id).where(
                    links.c.incident_id == incident_id, links.c.alert_id == alert_id
                )
            ).first()
            if already is not None:
                return [], []
            conn.execute(
                insert(links),
                {
                    "incident_id": incident_id,
                    "alert_id": alert_id,
                    "attached_by": actor,
                    "attached_at": now,
                },
            )
            common.refresh(conn, [incident_id], now)
            entries = common.write_timeline(
                conn,
                [
                    common.entry(
                        incident,
                        "incident.attach",
                        Message(
                            QT_TRANSLATE_NOOP("core", "Attached alert {identifier} of {sender}"),
                            {"identifier": row["identifier"], "sender": row["sender"]},
                        ),
                        actor=actor,
                        console=console,
                        at=now,
                        alert_id=alert_id,
                    )
                ],
            )
            return [incident_id], entries

        return self._write("attach an alert", work)

    def merge(
        self, survivor_id: int, other_id: int, actor: str, console: str | None = None
    ) -> Changes:
        """Merge ``other`` into ``survivor``: its alerts move over, it is closed and points to
        the survivor (``merged_into``). The survivor takes the other's location if it has none.

        Raises:
            IncidentError: the same incident twice; either already merged; the survivor is
                closed; exercise and real (or two exercises) mixed.
        """
        need_actor(actor)
        if survivor_id == other_id:
            raise IncidentError("An incident cannot be merged into itself.")

        def work(conn: Connection, now: datetime) -> tuple[list[int], list[int]]:
            survivor = incident_row(conn, survivor_id)
            other = incident_row(conn, other_id)
            need_open(survivor, "merge into it")
            if other["merged_into"] is not None:
                raise IncidentError(
                    f"Incident {other['key']} is already merged into incident "
                    f"#{other['merged_into']}."
                )
            same_traffic(f"incident {other['key']}", other["exercise_id"], survivor, "merge them")
            moving = conn.execute(
                select(links.c.alert_id, links.c.attached_by, links.c.attached_at).where(
                    links.c.incident_id == other_id
                )
            ).all()
            present = set(
                conn.execute(
                    select(links.c.alert_id).where(links.c.incident_id == survivor_id)
                ).scalars()
            )
            new_rows = [
                {
                    "incident_id": survivor_id,
                    "alert_id": m.alert_id,
                    "attached_by": m.attached_by,
                    "attached_at": m.attached_at,
                }
                for m in moving
                if m.alert_id not in present
            ]
            if new_rows:
                conn.execute(insert(links), new_rows)
            conn.execute(delete(links).where(links.c.incident_id == other_id))
            conn.execute(
                update(table)
                .where(table.c.id == other_id)
                .values(merged_into=survivor_id, status=IncidentStatus.CLOSED.value, updated_at=now)
            )
            if survivor["lat"] is None and other["lat"] is not None:
                conn.execute(
                    update(table)
                    .where(table.c.id == survivor_id)
                    .values(lat=other["lat"], lon=other["lon"], country=other["country"])
                )
            common.refresh(conn, [survivor_id], now)
            data = {"survivor": survivor_id, "merged": other_id, "alerts": len(moving)}
            entries = common.write_timeline(
                conn,
                [
                    common.entry(
                        survivor,
                        "incident.merge",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "Merged incident {key} into this one ({n} alert(s) moved)"
                            ),
                            {"key": other["key"], "n": len(moving)},
                        ),
                        actor=actor,
                        console=console,
                        at=now,
                        data=data,
                    ),
                    common.entry(
                        other,
                        "incident.merge",
                        Message(
                            QT_TRANSLATE_NOOP("core", "Merged into incident {key} and closed"),
                            {"key": survivor["key"]},
                        ),
                        actor=actor,
                        console=console,
                        at=now,
                        data=data,
                    ),
                ],
            )
            return [survivor_id, other_id], entries

        return self._write("merge incidents", work)

    def archive(self, before: datetime, to: Path) -> ArchiveReport:
        """Move the incidents closed before ``before``, their alerts and timeline into the
        archive file ``to`` (:meth:`Store.archive`, which needs this package's tables: call it
        through the board)."""
        return self._store.archive(before, to)

    def set_status(
        self,
        incident_id: int,
        status: IncidentStatus | str,
        actor: str,
        console: str | None = None,
    ) -> Changes:
        """Move an incident along its lifecycle (``TRANSITIONS``).

        Raises:
            IncidentError: unknown status, a transition that is not allowed (the reason names
                the allowed ones), or a merged incident.
        """
        need_actor(actor)
        try:
            target = IncidentStatus(status)
        except ValueError:
            known = ", ".join(s.value for s in IncidentStatus)
            raise IncidentError(f"Unknown incident status {status!r} (one of {known}).") from None

        def work(conn: Connection, now: datetime) -> tuple[list[int], list[int]]:
            incident = incident_row(conn, incident_id)
            if incident["merged_into"] is not None:
                raise IncidentError(
                    f"Incident {incident['key']} was merged into incident "
                    f"#{incident['merged_into']}: change that one."
                )
            current = IncidentStatus(incident["status"])
            refusal = transition_refusal(current, target)
            if refusal is not None:
                raise IncidentError(f"Incident {incident['key']}: {refusal}.")
            conn.execute(
                update(table)
                .where(table.c.id == incident_id)
                .values(status=target.value, updated_at=now)
            )
            entries = common.write_timeline(
                conn,
                [
                    common.entry(
                        incident,
                        "incident.status",
                        Message(
                            QT_TRANSLATE_NOOP("core", "Status {old} → {new}"),
                            {"old": word(str(current)), "new": word(str(target))},
                        ),
                        actor=actor,
                        console=console,
                        at=now,
                        data={"from": current.value, "to": target.value},
                    )
                ],
            )
            return [incident_id], entries

        return self._write("change an incident's status", work)

    def add_note(
        self, incident_id: int, text: str, actor: str, console: str | None = None
    ) -> Changes:
        """Write a note into the incident's timeline, signed by ``actor``.

        Raises:
            IncidentError: no such incident, or an empty note.
        """
        need_actor(actor)
        if not text.strip():
            raise IncidentError("A note needs some text.")

        def work(conn: Connection, now: datetime) -> tuple[list[int], list[int]]:
            incident = incident_row(conn, incident_id)
            entries = common.write_timeline(
                conn,
                [
                    common.entry(
                        incident,
                        "incident.note",
                        text.strip(),
                        actor=actor,
                        console=console,
                        at=now,
                    )
                ],
            )
            return [incident_id], entries

        return self._write("add a note", work)

    def correlate(self, alert_ids: Sequence[int]) -> Changes:
        """Group stored alerts into incidents, in a transaction of their own; see
        ``incident_desk.incidents._correlate``. Safe to call again with the same ids."""
        return self._store.transaction(
            "group alerts into incidents", lambda conn: self.correlate_within(conn, alert_ids)
        )

    def correlate_within(self, conn: Connection, alert_ids: Sequence[int]) -> Changes:
        """Group alerts just stored on ``conn`` into incidents, in that same transaction.

        Ingest calls this in its batch's transaction (``Store.write_batch(then=...)``). It
        runs in a savepoint: a failure is undone alone and propagates (the caller decides
        whether the rest commits); a key another console took meanwhile is retried."""
        ids = sorted(set(alert_ids))
        if not ids:
            return Changes()
        for _attempt in range(KEY_RETRIES):
            try:
                with conn.begin_nested():
                    incident_ids, entries = correlate(conn, ids, self._clock(), self._lookup)
            except IntegrityError:  # another console took the same key meanwhile: try again
                continue
            return Changes(incidents=tuple(dict.fromkeys(incident_ids)), timeline=tuple(entries))
        raise StoreError(
            "Could not group alerts into incidents: other consoles kept changing the same "
            "incidents."
        )

    # -- helpers --------------------------------------------------------------------------------

    def _write(self, action: str, work: Work) -> Changes:
        for _attempt in range(KEY_RETRIES):
            try:
                incident_ids, entries = self._store.transaction(
                    action, lambda conn: work(conn, self._clock())
                )
            except IntegrityError:  # another console took the same key meanwhile: try again
                continue
            return Changes(incidents=tuple(dict.fromkeys(incident_ids)), timeline=tuple(entries))
        raise StoreError(f"Could not {action}: other consoles kept changing the same incidents.")
