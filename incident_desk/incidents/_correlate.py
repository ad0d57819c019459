"""Correlation: group newly stored alerts into incidents, a batch at a time.

For each new alert (Acks and Errors are skipped: they follow their alert, not an incident):

1. It carries CAP ``incidents`` ids: each names an incident within the alert's traffic (real,
   or its exercise: the same id in an exercise and in real traffic names two incidents).
   The incident is found or created (``created_by="cap"``; title and location from the
   earliest alert naming it) and the alert attached with
   ``attached_by="cap"``. An id whose incident was merged leads to the survivor.
2. It carries none, but references (Update, Cancel, or a related message of another sender)
   an alert that belongs to an incident: it joins that incident.
3. Otherwise it stays ungrouped: the operator decides.

Pending links: when an alert joins an incident, stored alerts without CAP ids that reference
it and are still ungrouped (an Update that arrived before its Alert) join too, along the
chain. Alerts that carry CAP ids are grouped by their own ids only.

Cancels never close an incident (operators decide); when a Cancel leaves an incident with no
alert in force, a timeline entry "all alerts cancelled" says so.

Idempotent: an alert already in an incident is not attached again, so redelivered or
repeated ids change nothing. Cost: about a dozen statements per batch, plus one insert per
newly created incident, whatever the batch size.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from incident_desk.cap import Alert
from incident_desk.incidents import _common as common
from incident_desk.incidents._common import alerts, chunks
from incident_desk.incidents._model import CAP_ACTOR, CountryLookup, IncidentStatus
from incident_desk.incidents._schema import incident_alerts_table as links
from incident_desk.incidents._schema import incidents_table as table
from incident_desk.incidents._schema import traffic_of
from incident_desk.messages import QT_TRANSLATE_NOOP, Message, word
from incident_desk.store._schema import (
    alert_links_table,
    db_time,
    driver_mark,
    driver_rows,
)

alert_links = alert_links_table
GROUPING_LINKS = ("update", "cancel", "reference")  # Acks and Errors do not group
SUPERSEDING = ("update", "cancel")
IN_FORCE = ("Alert", "Update")  # message types that are in force until superseded
MAX_CHAIN = 50  # rounds of following references through pending links

_ALERT_COLUMNS = (
    "id",
    "sender",
    "identifier",
    "sent_utc",
    "msg_type",
    "headline",
    "event",
    "exercise_id",
    "incidents",
    "severity",
)
AlertRow = Mapping[str, Any]
"""An alert as correlation reads it: :data:`_ALERT_COLUMNS` as the driver returns them
(``sent_utc`` only orders alerts: the stored UTC text on SQLite, a time on PostgreSQL)."""


def correlate(
    conn: Connection, alert_ids: Sequence[int], now: datetime, lookup: CountryLookup | None
) -> tuple[list[int], list[int]]:
    """Group the alerts ``alert_ids`` (just stored); the incidents touched and timeline ids."""
    batch = _alert_rows(conn, alert_ids)
    if not batch:
        return [], []
    memberships = _memberships(conn, batch)
    run = _Run(conn, now, lookup, memberships)
    cap_ids = {alert_id: json.loads(row["incidents"]) for alert_id, row in batch.items()}
    run.by_cap_ids([row for alert_id, row in batch.items() if cap_ids[alert_id]], cap_ids)
    run.by_references([row for alert_id, row in batch.items() if not cap_ids[alert_id]])
    run.pending_links()
    return run.finish()


class _Run:
    """One correlation pass inside one transaction."""

    def __init__(
        self,
        conn: Connection,
        now: datetime,
        lookup: CountryLookup | None,
        memberships: dict[int, set[int]],
    ) -> None:
        self.conn = conn
        self.now = now
        self.lookup = lookup
        self.member = memberships  # alert id -> incident ids (stored and new)
        self.incidents: dict[int, RowMapping | dict[str, Any]] = {}
        self.attach: list[tuple[int, AlertRow, Message]] = []  # incident id, alert row, how
        self.entries: list[dict[str, Any]] = []
        self.touched: list[int] = []

    # -- rule 1: CAP incidents ids --------------------------------------------------------------

    def by_cap_ids(self, rows: list[AlertRow], cap_ids: Mapping[int, list[str]]) -> None:
        """``rows``: alerts carrying CAP ``incidents`` ids; ``cap_ids``: each one's ids."""
        if not rows:
            return
        first: dict[tuple[str, str], AlertRow] = {}
        for row in sorted(rows, key=lambda r: (r["sent_utc"], r["id"])):  # earliest names it
            for key in cap_ids[row["id"]]:
                first.setdefault((traffic_of(row["exercise_id"]), key), row)
        known = self._by_keys(list(first))
        missing = sorted(set(first) - set(known))
        parsed = self._parsed([first[wanted]["id"] for wanted in missing])
        for wanted in missing:
            known[wanted] = self._create(wanted, first[wanted], parsed[first[wanted]["id"]])
        for row in rows:
            traffic = traffic_of(row["exercise_id"])
            for key in cap_ids[row["id"]]:
                survivor = self._survivor(known[(traffic, key)])
                self._join(
                    survivor,
                    row,
                    Message(QT_TRANSLATE_NOOP("core", "by CAP incident id {key}"), {"key": key}),
                )

    def _by_keys(self, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        keys = sorted({key for _, key in wanted})
        for chunk in chunks(keys):
            for row in self.conn.execute(select(table).where(table.c.key.in_(chunk))).mappings():
                if (row["traffic"], row["key"]) in wanted:
                    self.incidents[row["id"]] = row
                    found[(row["traffic"], row["key"])] = row["id"]
        return found

    def _parsed(self, alert_ids: Sequence[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for chunk in chunks(sorted(set(alert_ids))):
            query = select(alerts.c.id, alerts.c.parsed).where(alerts.c.id.in_(chunk))
            found.update((row.id, row.parsed) for row in self.conn.execute(query))
        return found

    def _create(self, wanted: tuple[str, str], alert: AlertRow, parsed: str) -> int:
        traffic, key = wanted
        location = common.location_of(Alert.model_validate_json(parsed))
        lat, lon = location if location else (None, None)
        values: dict[str, Any] = {
            "key": key,
            "traffic": traffic,
            "title": common.title_of(alert["headline"], alert["event"], alert["identifier"]),
            "status": IncidentStatus.NEW.value,
            "severity": None,
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": CAP_ACTOR,
            "exercise_id": alert["exercise_id"],
            "lat": lat,
            "lon": lon,
            "country": common.country_at(self.lookup, lat, lon),
            "merged_into": None,
        }
        stmt = common.insert_ignoring_duplicates(self.conn, table, ("traffic", "key"))
        new_id = self.conn.execute(stmt.returning(table.c.id), values).scalar()
        if new_id is None:  # another console created it a moment ago
            row = (
                self.conn.execute(
                    select(table).where(table.c.traffic == traffic, table.c.key == key)
                )
                .mappings()
                .one()
            )
            self.incidents[row["id"]] = row
            existing: int = row["id"]
            return existing
        incident = {**values, "id": int(new_id)}
        self.incidents[incident["id"]] = incident
        self.touched.append(incident["id"])
        self.entries.append(
            common.entry(
                incident,
                "incident.created",
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Created incident {key} from alert {identifier} of {sender}: {title}",
                    ),
                    {
                        "key": key,
                        "identifier": alert["identifier"],
                        "sender": alert["sender"],
                        "title": values["title"],
                    },
                ),
                actor=CAP_ACTOR,
                console=None,
                at=self.now,
                alert_id=alert["id"],
            )
        )
        return int(new_id)

    def _survivor(self, incident_id: int) -> int:
        """Follow ``merged_into`` to the incident that lives on."""
        seen = {incident_id}
        while True:
            merged_into = self._incident(incident_id)["merged_into"]
            if merged_into is None or merged_into in seen:
                return incident_id
            seen.add(merged_into)
            incident_id = merged_into

    def _incident(self, incident_id: int) -> RowMapping | dict[str, Any]:
        if incident_id not in self.incidents:
            self._load(incident_ids=[incident_id])
        return self.incidents[incident_id]

    def _load(self, incident_ids: Iterable[int]) -> None:
        missing = sorted(set(incident_ids) - set(self.incidents))
        for chunk in chunks(missing):
            for row in self.conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                self.incidents[row["id"]] = row

    # -- rule 2 and pending links: references -----------------------------------------------

    def by_references(self, rows: list[AlertRow]) -> None:
        """Ungrouped alerts without CAP ids join the incidents of the alerts they reference."""
        loose = {r["id"]: r for r in rows if not self.member.get(r["id"])}
        if not loose:
            return
        targets: dict[int, set[int]] = defaultdict(set)
        for chunk in chunks(sorted(loose)):
            query = select(alert_links.c.alert_id, alert_links.c.target_id).where(
                alert_links.c.alert_id.in_(chunk),
                alert_links.c.target_id.is_not(None),
                alert_links.c.kind.in_(GROUPING_LINKS),
            )
            for source, target in self.conn.execute(query):
                targets[source].add(target)
        owned = _memberships_of(self.conn, sorted({t for ts in targets.values() for t in ts}))
        for key, value in owned.items():
            self.member.setdefault(key, set()).update(value)
        self._load(i for ids in self.member.values() for i in ids)
        for source, refs in sorted(targets.items()):
            for target in sorted(refs):
                for incident_id in sorted(self.member.get(target, ())):
                    self._join(
                        incident_id,
                        loose[source],
                        Message(QT_TRANSLATE_NOOP("core", "by its references")),
                    )

    def pending_links(self) -> None:
        """Alerts that reference a newly grouped alert and are still ungrouped join too."""
        frontier = sorted({row["id"] for _, row, _ in self.attach})
        for _round in range(MAX_CHAIN):
            if not frontier:
                return
            sources: set[int] = set()
            for chunk in chunks(frontier):
                query = select(alert_links.c.alert_id).where(
                    alert_links.c.target_id.in_(chunk), alert_links.c.kind.in_(GROUPING_LINKS)
                )
                sources.update(self.conn.execute(query).scalars())
            rows = [
                row
                for row in _alert_rows(self.conn, sorted(sources - set(self.member))).values()
                if not json.loads(row["incidents"])
            ]
            # ``member`` only holds what this pass has seen: ask the database for the rest.
            stored = _memberships_of(self.conn, [r["id"] for r in rows])
            for key, value in stored.items():
                self.member.setdefault(key, set()).update(value)
            before = len(self.attach)
            self.by_references(rows)
            frontier = sorted({row["id"] for _, row, _ in self.attach[before:]})

    def _join(self, incident_id: int, alert: AlertRow, how: Message) -> None:
        if incident_id in self.member.get(alert["id"], set()):
            return
        if self._incident(incident_id)["exercise_id"] != alert["exercise_id"]:
            return  # exercise and real traffic never mix (docs/architecture.md §5)
        self.member.setdefault(alert["id"], set()).add(incident_id)
        self.attach.append((incident_id, alert, how))

    # -- writing ---------------------------------------------------------------------------------

    def finish(self) -> tuple[list[int], list[int]]:
        if self.attach:
            at = db_time(self.now, self.conn.dialect.name)
            _attach_all(self.conn, [(i, row["id"], CAP_ACTOR, at) for i, row, _ in self.attach])
        for incident_id, row, how in self.attach:
            incident = self._incident(incident_id)
            closed = incident["status"] == IncidentStatus.CLOSED
            self.entries.append(
                common.entry(
                    incident,
                    "incident.attach",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Alert {identifier} of {sender} ({type}) grouped {how} into the "
                            "closed incident",
                        )
                        if closed
                        else QT_TRANSLATE_NOOP(
                            "core", "Alert {identifier} of {sender} ({type}) grouped {how}"
                        ),
                        {
                            "identifier": row["identifier"],
                            "sender": row["sender"],
                            "type": row["msg_type"],
                            "how": how.data(),
                        },
                    ),
                    actor=CAP_ACTOR,
                    console=None,
                    at=self.now,
                    alert_id=row["id"],
                )
            )
            self.touched.append(incident_id)
        self.touched = list(dict.fromkeys(self.touched))
        added: dict[int, list[str | None]] = {i: [] for i in self.touched}
        for incident_id, row, _ in self.attach:
            added[incident_id].append(row["severity"])
        known = {i: self._incident(i)["severity"] for i in self.touched}
        common.raise_severity(self.conn, added, known, self.now)
        self._all_cancelled()
        return self.touched, common.write_timeline(self.conn, self.entries)

    def _all_cancelled(self) -> None:
        """A timeline entry for each incident whose last alert in force a new Cancel ended."""
        cancelled = sorted({i for i, row, _ in self.attach if row["msg_type"] == "Cancel"})
        if not cancelled:
            return
        by_incident: dict[int, dict[int, str]] = defaultdict(dict)
        for chunk in chunks(cancelled):
            query = (
                select(links.c.incident_id, alerts.c.id, alerts.c.msg_type)
                .join(alerts, alerts.c.id == links.c.alert_id)
                .where(links.c.incident_id.in_(chunk))
            )
            for incident_id, alert_id, msg_type in self.conn.execute(query):
                by_incident[incident_id][alert_id] = msg_type
        members = sorted({a for group in by_incident.values() for a in group})
        superseded: set[int] = set()
        for chunk in chunks(members):
            query = select(alert_links.c.target_id).where(
                alert_links.c.target_id.in_(chunk), alert_links.c.kind.in_(SUPERSEDING)
            )
            superseded.update(t for t in self.conn.execute(query).scalars() if t is not None)
        for incident_id in cancelled:
            group = by_incident[incident_id]
            in_force = [a for a, kind in group.items() if kind in IN_FORCE and a not in superseded]
            if in_force:
                continue
            incident = self._incident(incident_id)
            self.entries.append(
                common.entry(
                    incident,
                    "incident.cancelled",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "All alerts cancelled: incident {key} stays {status} until an "
                            "operator closes it",
                        ),
                        {"key": incident["key"], "status": word(str(incident["status"]))},
                    ),
                    actor=CAP_ACTOR,
                    console=None,
                    at=self.now,
                    data={"alerts": sorted(group)},
                )
            )


def _alert_rows(conn: Connection, alert_ids: Sequence[int]) -> dict[int, AlertRow]:
    """The batch's alerts that can belong to incidents (not Acks or Errors), by id.

    Straight to the driver, as the alerts' INSERT (``store._ingest.insert_new``): this runs
    for every batch the ingest writes, and SQLAlchemy's statement and per-row processing was
    most of its cost."""
    mark = driver_mark(conn.dialect.name)
    not_grouped = ", ".join([mark] * len(common.NOT_GROUPED))
    found: dict[int, AlertRow] = {}
    for chunk in chunks(sorted(set(alert_ids))):
        statement = (
            f"SELECT {', '.join(_ALERT_COLUMNS)} FROM alerts "  # noqa: S608 (names, marks)
            f"WHERE id IN ({', '.join([mark] * len(chunk))}) "
            f"AND msg_type NOT IN ({not_grouped})"
        )
        for values in driver_rows(conn, statement, (*chunk, *common.NOT_GROUPED)):
            row = dict(zip(_ALERT_COLUMNS, values, strict=True))
            found[row["id"]] = row
    return found


def _attach_all(conn: Connection, rows: Sequence[tuple[int, int, str, Any]]) -> None:
    """(incident id, alert id, attached by, attached at as stored) links, one multi-row
    statement per chunk straight to the driver; a link that exists already is kept."""
    mark = driver_mark(conn.dialect.name)
    one_row = f"({mark}, {mark}, {mark}, {mark})"
    for chunk in chunks(rows):
        statement = (
            "INSERT INTO incident_alerts (incident_id, alert_id, attached_by, attached_at) "  # noqa: S608 (marks only)
            f"VALUES {', '.join([one_row] * len(chunk))} "
            "ON CONFLICT (incident_id, alert_id) DO NOTHING"
        )
        conn.exec_driver_sql(statement, tuple(v for row in chunk for v in row))


def _memberships(conn: Connection, batch: dict[int, AlertRow]) -> dict[int, set[int]]:
    return _memberships_of(conn, sorted(batch))


def _memberships_of(conn: Connection, alert_ids: Sequence[int]) -> dict[int, set[int]]:
    """alert id -> the (not merged) incidents it belongs to."""
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in chunks(sorted(set(alert_ids))):
        query = (
            select(links.c.alert_id, links.c.incident_id)
            .join(table, table.c.id == links.c.incident_id)
            .where(links.c.alert_id.in_(chunk), table.c.merged_into.is_(None))
        )
        for alert_id, incident_id in conn.execute(query):
            found[alert_id].add(incident_id)
    return dict(found)
