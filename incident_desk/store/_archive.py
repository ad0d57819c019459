"""Retention: move old closed incidents and their alerts into an archive database.

:func:`archive_closed` selects every incident closed (``status = closed``) and last changed
before a date, the alerts attached to them (and to no incident that stays), their reference
links and the incidents' timeline entries, and:

1. copies them, ids unchanged, into an archive SQLite file (created and migrated like any
   store: the console and ``Store.open_read_only`` read it with the same code), together
   with the evidence-log entries of those facts (``evidence_entries`` rows, leaf index and
   hash unchanged); this commits first;
2. only then deletes them from the live store, in one transaction.

A crash between 1 and 2 leaves the facts in both places (the next run copies nothing twice:
ids are the archive's primary keys), never in neither.

The evidence log is not touched: its entries are never deleted, so every archived fact
still has its leaf in the live log, and an inclusion proof against a checkpoint is made from
the live log as before; the archive carries a copy of the entries (docs/data-volume.md).
Rows are copied unchanged, ids included (ids are one space over the live store and its
archives): an archived timeline entry or link may name an alert that stays live. A link from
a staying alert to an archived one keeps its reference (sender, identifier, sent) and loses
its target id (``ON DELETE SET NULL``), as for any alert the store no longer holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select

from incident_desk.store._links import chunks
from incident_desk.store._schema import metadata


@dataclass(frozen=True)
class ArchiveReport:
    """What one archive run moved (counts per table)."""

    incidents: int
    alerts: int
    links: int
    timeline: int
    evidence_entries: int

    def summary(self) -> str:
        return (
            f"archived {self.incidents} incidents, {self.alerts} alerts, {self.links} links, "
            f"{self.timeline} timeline entries ({self.evidence_entries} evidence entries copied)"
        )


def _table(name: str) -> Table:
    """A table of the schema; the incident tables are the incidents package's
    (``IncidentBoard.archive`` is the way in: importing it declares them)."""
    try:
        return metadata.tables[name]
    except KeyError:
        raise RuntimeError(
            f"the table {name!r} is not declared: archive through IncidentBoard.archive"
        ) from None


def _rows(conn: Connection, table: Table, column: str, values: Sequence[Any]) -> list[Any]:
    found: list[Any] = []
    for chunk in chunks(list(values)):
        query = select(table).where(table.c[column].in_(chunk)).order_by(*table.primary_key)
        found.extend(dict(row) for row in conn.execute(query).mappings())
    return found


def select_closed(conn: Connection, before: datetime) -> tuple[list[Any], list[int], list[Any]]:
    """(incident rows, alert ids, timeline rows) that an archive run before ``before`` moves."""
    incidents = _table("incidents")
    links = _table("incident_alerts")
    timeline = _table("timeline")
    rows = [
        dict(r)
        for r in conn.execute(
            select(incidents)
            .where(incidents.c.status == "closed", incidents.c.updated_at < before)
            .order_by(incidents.c.id)
        ).mappings()
    ]
    chosen = {r["id"] for r in rows}
    while True:  # a merged incident goes only with the one it was merged into
        keep = {r["id"] for r in rows if r["merged_into"] is None or r["merged_into"] in chosen}
        if keep == chosen:
            break
        chosen = keep
    rows = [r for r in rows if r["id"] in chosen]
    attached = _rows(conn, links, "incident_id", sorted(chosen))
    candidates = sorted({r["alert_id"] for r in attached})
    elsewhere: set[int] = set()
    for chunk in chunks(candidates):
        query = select(links.c.alert_id).where(
            links.c.alert_id.in_(chunk), links.c.incident_id.not_in(sorted(chosen))
        )
        elsewhere.update(conn.execute(query).scalars())
    alert_ids = [a for a in candidates if a not in elsewhere]
    entries: list[Any] = []
    by_key: dict[tuple[str, str | None], bool] = {(r["key"], r["exercise_id"]): True for r in rows}
    keys = sorted({r["key"] for r in rows})
    for entry in _rows(conn, timeline, "incident_id", keys):
        if (entry["incident_id"], entry["exercise_id"]) in by_key:
            entries.append(entry)
    return rows, alert_ids, entries


def copy_into(
    source: Connection,
    target: Connection,
    incidents: list[Any],
    alert_ids: list[int],
    entries: list[Any],
) -> ArchiveReport:
    """Copy the selected facts (and their evidence entries) from ``source`` to ``target``."""
    alerts, alert_links = _table("alerts"), _table("alert_links")
    moved = set(alert_ids)
    alert_rows = _rows(source, alerts, "id", alert_ids)
    link_rows = _rows(source, alert_links, "alert_id", alert_ids)
    attached = [
        r
        for r in _rows(
            source, _table("incident_alerts"), "incident_id", [i["id"] for i in incidents]
        )
        if r["alert_id"] in moved
    ]
    evidence = _table("evidence_entries")
    logged: list[Any] = []
    for source_name, ids in (("alerts", alert_ids), ("timeline", [e["id"] for e in entries])):
        for chunk in chunks(ids):
            query = select(evidence).where(
                evidence.c.source == source_name, evidence.c.source_id.in_(chunk)
            )
            logged.extend(dict(r) for r in source.execute(query).mappings())
    for table, rows in (
        (alerts, alert_rows),
        (alert_links, link_rows),
        (_table("incidents"), incidents),
        (_table("incident_alerts"), attached),
        (_table("timeline"), entries),
        (evidence, logged),
    ):
        for chunk in chunks(rows, 500):
            target.execute(insert(table), chunk)
    # the archive's own triggers noted these facts for its log: they are logged already
    target.execute(delete(_table("evidence_pending")))
    return ArchiveReport(
        incidents=len(incidents),
        alerts=len(alert_rows),
        links=len(link_rows),
        timeline=len(entries),
        evidence_entries=len(logged),
    )


def remove(
    conn: Connection, incidents: Iterable[Any], alert_ids: list[int], entries: list[Any]
) -> None:
    """Delete the archived facts from the live store (links go with their alerts)."""
    timeline, incident_table, alerts = _table("timeline"), _table("incidents"), _table("alerts")
    for chunk in chunks([e["id"] for e in entries]):
        conn.execute(delete(timeline).where(timeline.c.id.in_(chunk)))
    for chunk in chunks([i["id"] for i in incidents]):
        conn.execute(delete(incident_table).where(incident_table.c.id.in_(chunk)))
    for chunk in chunks(alert_ids):
        conn.execute(delete(alerts).where(alerts.c.id.in_(chunk)))


def archive_closed(source: Engine, target: Engine, before: datetime) -> tuple[ArchiveReport, Any]:
    """Copy into ``target`` (committed), then return what to delete from ``source``."""
    with source.connect() as conn:
        incidents, alert_ids, entries = select_closed(conn, before)
        with target.connect() as out:
            # Rows are copied unchanged, ids included: a timeline entry or a link may name an
            # alert that stays live (ids are one space over both databases). SQLite checks
            # foreign keys only when told to: not for this connection (before any BEGIN).
            out.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            with out.begin():
                report = copy_into(conn, out, incidents, alert_ids, entries)
    return report, (incidents, alert_ids, entries)
