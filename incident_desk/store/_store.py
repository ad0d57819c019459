"""The durable store: CAP alerts (raw + parsed), their links, quarantine and the timeline.

Every method opens its own short transaction on a thread-safe engine and returns frozen snapshots,
so the one writer thread and any reader thread can share a ``Store``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Final, TypeVar

from sqlalchemy import Connection, Engine, Select, create_engine, func, select
from sqlalchemy.exc import OperationalError

from incident_desk.errors import ConfigError, StoreError
from incident_desk.messages import Message
from incident_desk.store import _archive, _evidence, _ingest, _links, _outbox, _search
from incident_desk.store._archive import ArchiveReport
from incident_desk.store._engine import (
    WRITE,
    default_store_url,
    describe,
    is_transient,
    log,
    make_engine,
    refuse_other_files,
    store_error,
    store_errors,
)
from incident_desk.store._links import Key
from incident_desk.store._migrate import migrate
from incident_desk.store._schema import alerts_table, quarantine_table, timeline_table
from incident_desk.store._search import SearchPage, SearchQuery
from incident_desk.store._snapshots import (
    AddResult,
    BatchResult,
    IncomingAlert,
    Outgoing,
    QuarantineEntry,
    QueuedMessage,
    Rejected,
    StoredAlert,
    TimelineEntry,
    quarantine_entry,
    stored_alert,
    timeline_entry,
)
from incident_desk.store._timeline import write_timeline


class _AnyExercise(Enum):
    ANY = "any"


ANY_EXERCISE: Final = _AnyExercise.ANY
"""Filter value: alerts of every exercise and real traffic (``None`` means real traffic only)."""

ExerciseFilter = str | None | _AnyExercise

T = TypeVar("T")
RETRIES = 5  # a PostgreSQL deadlock or serialisation failure is retried, then reported


class Store:
    """CAP alerts, quarantine and timeline in SQLite or PostgreSQL.

    Attributes:
        url: the database URL (password hidden).
        dialect: "sqlite" or "postgresql".
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self._writer = engine.execution_options(**{WRITE: True})
        self.url = describe(url)
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create or migrate) the store at ``url``; default: the per-user SQLite."""
        url = url or default_store_url()
        engine = make_engine(url)
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        log.info("store open at %s", describe(url))
        return cls(engine, url)

    @classmethod
    def open_read_only(cls, path: Path) -> Store:
        """Open an archive file (``incident-desk archive``) for reading only: nothing is
        migrated or written; a write fails. Raises ``StoreError`` if the file is missing."""
        if not path.is_file():
            raise StoreError(f"Could not open the archive: no file {path}")
        try:
            refuse_other_files(path)
        except ConfigError as exc:
            raise StoreError(f"Could not open the archive: {exc}") from None
        engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
        return cls(engine, f"sqlite:///{path}")

    def close(self) -> None:
        self._engine.dispose()

    def archive(self, before: datetime, to: Path) -> ArchiveReport:
        """Move incidents closed before ``before``, their alerts and timeline into the
        archive file ``to`` (created or extended): copied and committed there first, then
        deleted here (``_archive.py``; the evidence log keeps every entry). The incident
        tables are the incidents package's: call it as ``IncidentBoard.archive``."""
        if before.tzinfo is None:
            raise ValueError("before must be an aware datetime")
        target = Store.open(f"sqlite:///{to}")
        try:
            with store_errors("archive closed incidents"):
                report, plan = _archive.archive_closed(self._engine, target._engine, before)
        finally:
            target.close()
        self._transact("remove archived incidents", lambda conn: _archive.remove(conn, *plan))
        log.info("%s into %s", report.summary(), to)
        return report

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def write_batch(
        self,
        alerts: Sequence[IncomingAlert],
        rejects: Sequence[Rejected] = (),
        *,
        outgoing: Sequence[Outgoing] = (),
        then: Callable[[Connection, tuple[int, ...]], object] | None = None,
    ) -> BatchResult:
        """Store ``alerts``, quarantine ``rejects`` and queue ``outgoing`` for the bus, in
        one transaction.

        Each alert is stored once per CAP key, also when several consoles write the same
        stream into one database at once. A second copy with the same bytes is a
        "duplicate"; with other bytes a "conflict": the first copy stays and the second is
        quarantined. ``outgoing`` goes into the outbox (see ``pending_outgoing``).
        ``then(conn, stored_ids)`` runs last in the same transaction with the ids of the
        alerts newly stored, in arrival order (ingest groups them into incidents there); it
        may run again if the database asks for the transaction to be retried.
        """

        def work(conn: Connection) -> tuple[BatchResult, dict[Key, int]]:
            written = _ingest.write(conn, alerts, rejects)
            _outbox.queue(conn, outgoing, datetime.now(UTC))
            if then is not None:
                stored = tuple(r.alert_id for r in written[0].results if r.outcome == "stored")
                if stored:
                    then(conn, stored)
            return written

        result, inserted = self._transact("store alerts", work)
        if inserted and self.dialect != "sqlite":
            # Concurrent writers cannot see each other's uncommitted rows: resolve once more
            # after commit, so whichever commits second fills in the links of both.
            self._transact(
                "link alerts",
                lambda conn: _links.resolve(conn, list(inserted.values()), list(inserted)),
            )
        return result

    def add_alerts(self, items: Sequence[IncomingAlert]) -> list[AddResult]:
        """Store a batch of alerts in one transaction; one result per item, in order."""
        return list(self.write_batch(items, ()).results)

    def quarantine(
        self,
        raw: bytes,
        reason: str | Message,
        topic: str | None = None,
        source: str = "bus",
        received_at: datetime | None = None,
    ) -> int:
        """Keep input that failed ingest, with the reason; returns the quarantine id.

        A ``Message`` reason is kept as its English text (``reason``) and as its id with
        arguments (``reason_msg``), so each reader sees it in their own language."""
        said = reason.data() if isinstance(reason, Message) else None
        reject = Rejected(
            raw=raw,
            reason=reason.text if isinstance(reason, Message) else reason,
            reason_msg=said,
            topic=topic,
            source=source,
            received_at=received_at or datetime.now(UTC),
        )
        return self.write_batch((), (reject,)).quarantine_ids[0]

    def quarantine_many(self, rejects: Sequence[Rejected]) -> list[int]:
        return list(self.write_batch((), rejects).quarantine_ids)

    def append_timeline(
        self,
        actor: str,
        kind: str,
        text: str | Message,
        *,
        at: datetime | None = None,
        console: str | None = None,
        incident_id: str | None = None,
        alert_id: int | None = None,
        exercise_id: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> TimelineEntry:
        """Add one entry to the append-only timeline (there is no update or delete).

        A ``Message`` is kept as its English text and, in ``data["msg"]``, as its id with
        arguments, so each reader sees it in their own language (incident_desk/messages.py).
        """
        if isinstance(text, Message):
            data = {**(data or {}), "msg": text.data()}
            text = text.text
        if at is not None and at.utcoffset() is None:
            raise ValueError("a timeline entry needs an aware time")
        values: dict[str, Any] = {
            "at": (at or datetime.now(UTC)).astimezone(UTC),
            "actor": actor,
            "console": console,
            "kind": kind,
            "incident_id": incident_id,
            "alert_id": alert_id,
            "exercise_id": exercise_id,
            "text": text,
            "data": json.dumps(data or {}, sort_keys=True),
        }
        [new_id] = self._transact(
            "write to the timeline", lambda conn: write_timeline(conn, [values])
        )
        return TimelineEntry(**{**values, "id": new_id, "data": json.loads(values["data"])})

    # -- the outbox (what this console must still send) ------------------------------------

    def queue_outgoing(self, outgoing: Sequence[Outgoing]) -> list[int]:
        """Queue ``outgoing`` for the bus on its own; returns the outbox ids."""
        now = datetime.now(UTC)
        return self._transact("queue for the bus", lambda c: _outbox.queue(c, outgoing, now))

    def pending_outgoing(self, console: str, limit: int = 100) -> list[QueuedMessage]:
        """What ``console`` queued and the broker has not confirmed yet, oldest first."""
        with self._read("read the outbox") as conn:
            return _outbox.pending(conn, console, limit)

    def count_outgoing(self, console: str) -> int:
        with self._read("read the outbox") as conn:
            return _outbox.count_pending(conn, console)

    def outgoing_settled(self, outbox_id: int, *, error: str | None = None) -> None:
        """The broker confirmed it (``error`` None), or it is given up for good (why)."""
        now = datetime.now(UTC)
        self._transact("update the outbox", lambda c: _outbox.settle(c, outbox_id, now, error))

    def outgoing_failed(self, outbox_id: int, error: str) -> None:
        """One attempt failed; it stays queued for the next."""
        self._transact("update the outbox", lambda c: _outbox.failed(c, outbox_id, error))

    # -- reading ---------------------------------------------------------------------------

    def get_alert(self, alert_id: int) -> StoredAlert | None:
        found = self._alerts(select(alerts_table).where(alerts_table.c.id == alert_id))
        return found[0] if found else None

    def get_alerts(self, alert_ids: Sequence[int]) -> dict[int, StoredAlert]:
        """The stored alerts among ``alert_ids`` (a page's worth: one SELECT), by id."""
        if not alert_ids:
            return {}
        found = self._alerts(select(alerts_table).where(alerts_table.c.id.in_(list(alert_ids))))
        return {a.id: a for a in found}

    def find_alert(self, key: Key) -> StoredAlert | None:
        sender, identifier, sent = key
        found = self._alerts(
            select(alerts_table).where(
                alerts_table.c.sender == sender,
                alerts_table.c.identifier == identifier,
                alerts_table.c.sent_text == sent,
            )
        )
        return found[0] if found else None

    def list_alerts(
        self,
        *,
        limit: int | None = 500,
        offset: int = 0,
        exercise_id: ExerciseFilter = ANY_EXERCISE,
        newest_first: bool = True,
        after_id: int | None = None,
        before_id: int | None = None,
    ) -> list[StoredAlert]:
        """Alerts in arrival order (newest first by default); ``after_id``: only newer rows,
        ``before_id``: only older ones (the window pages back through a year with it)."""
        query = _by_exercise(select(alerts_table), exercise_id)
        if after_id is not None:
            query = query.where(alerts_table.c.id > after_id)
        if before_id is not None:
            query = query.where(alerts_table.c.id < before_id)
        query = query.order_by(
            alerts_table.c.id.desc() if newest_first else alerts_table.c.id.asc()
        )
        return self._alerts(query.limit(limit).offset(offset))

    def search(self, query: SearchQuery) -> SearchPage:
        """A page of the alerts matching ``query`` (words and filters, ``_search.py``),
        newest first, and where the next page goes on."""
        with self._read("search the alerts") as conn:
            return _search.search(conn, query)

    def agencies(self) -> list[str]:
        """The agency codes alerts were stored under, sorted (the search dialog offers them)."""
        with self._read("list the agencies") as conn:
            return _search.agencies(conn)

    def count_alerts(self, exercise_id: ExerciseFilter = ANY_EXERCISE) -> int:
        query = _by_exercise(select(func.count()).select_from(alerts_table), exercise_id)
        return self._scalar(query)

    def count_with_warnings(
        self, exercise_id: ExerciseFilter = ANY_EXERCISE, *, through_id: int | None = None
    ) -> int:
        """Stored alerts that carry conformance warnings (the status bar's count);
        ``through_id``: only those stored up to that alert id."""
        query = (
            select(func.count())
            .select_from(alerts_table)
            .where(alerts_table.c.cap_warnings.is_not(None))
        )
        if through_id is not None:
            query = query.where(alerts_table.c.id <= through_id)
        return self._scalar(_by_exercise(query, exercise_id))

    def chain(self, alert_id: int) -> list[StoredAlert]:
        """The Update/Cancel chain around ``alert_id`` (itself included), oldest first."""
        with self._read("read an alert chain") as conn:
            ids = _links.chain_ids(conn, alert_id)
            rows = conn.execute(
                select(alerts_table)
                .where(alerts_table.c.id.in_(ids))
                .order_by(alerts_table.c.sent_utc, alerts_table.c.id)
            )
            return [stored_alert(row) for row in rows]

    def acks_for(self, alert_id: int) -> list[StoredAlert]:
        """The CAP Acks of this version of an alert, in arrival order."""
        return self._referring(alert_id, ("ack",))

    def errors_for(self, alert_id: int) -> list[StoredAlert]:
        """The CAP Errors (rejections) of an alert, in arrival order."""
        return self._referring(alert_id, ("error",))

    def link_state(
        self, alert_ids: Sequence[int], joined: str | None = None
    ) -> tuple[set[int], dict[int, str]]:
        """Which of ``alert_ids`` are acknowledged, and which a later Update or Cancel of the
        same sender replaced (id → "superseded" / "cancelled"), in one indexed read.

        For a page of older alerts the window loads: the Acks, Updates and Cancels that
        name them may be anywhere in the store. Only referring messages of real traffic or
        of the exercise ``joined`` count (what that console shows; exercise and real
        traffic never mix).
        """
        if not alert_ids:
            return set(), {}
        wanted = set(alert_ids)
        with self._read("read alert links") as conn:
            found = _links.link_state(conn, min(wanted), max(wanted), joined)
        acked: set[int] = set()
        replaced: dict[int, str] = {}
        for target, kind in found:
            if target not in wanted:
                continue
            if kind == "ack":
                acked.add(target)
            elif kind == "cancel" or replaced.get(target) != "cancelled":
                replaced[target] = "cancelled" if kind == "cancel" else "superseded"
        return acked, replaced

    def superseded(self, alert_id: int) -> bool:
        """True once a stored Update or Cancel of the same sender references this alert."""
        with self._read("read alert links") as conn:
            return bool(_links.referring_ids(conn, alert_id, _links.SUPERSEDING))

    def list_quarantine(self, limit: int | None = 500, offset: int = 0) -> list[QuarantineEntry]:
        """Quarantined input, newest first."""
        query = (
            select(quarantine_table)
            .order_by(quarantine_table.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read("read the quarantine") as conn:
            return [quarantine_entry(row) for row in conn.execute(query)]

    def count_quarantine(self) -> int:
        return self._scalar(select(func.count()).select_from(quarantine_table))

    def timeline(
        self,
        incident_id: str | None = None,
        exercise_id: str | None = None,
        limit: int | None = None,
        after_id: int | None = None,
    ) -> list[TimelineEntry]:
        """Timeline entries, oldest first; ``limit`` keeps the newest ones; ``after_id``:
        only entries stored after that one (a higher id)."""
        query = select(timeline_table)
        if after_id is not None:
            query = query.where(timeline_table.c.id > after_id)
        if incident_id is not None:
            query = query.where(timeline_table.c.incident_id == incident_id)
        if exercise_id is not None:
            query = query.where(timeline_table.c.exercise_id == exercise_id)
        query = query.order_by(timeline_table.c.at.desc(), timeline_table.c.id.desc()).limit(limit)
        with self._read("read the timeline") as conn:
            return [timeline_entry(row) for row in conn.execute(query)][::-1]

    # -- for core packages with their own tables here (incidents, ...) ----------------------

    def transaction(self, action: str, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one write transaction of this store (retried on deadlock).

        ``action`` names it in a ``StoreError`` ("Could not {action}: ...").
        """
        return self._transact(action, work)

    def serialize(self, conn: Connection, name: str) -> None:
        """Hold a lock named ``name`` until ``conn``'s transaction ends.

        For read-then-rewrite work that several consoles on one PostgreSQL database may do
        at once (an incident's command state): a transaction-scoped advisory lock there. On
        SQLite every write transaction already runs alone (BEGIN IMMEDIATE): nothing to do.
        """
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(name))))

    @contextmanager
    def reading(self, action: str) -> Iterator[Connection]:
        """A connection inside one read transaction of this store."""
        with self._read(action) as conn:
            yield conn

    # -- helpers ---------------------------------------------------------------------------

    def _transact(self, action: str, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one write transaction; retry it when the database asks to."""
        for attempt in range(1, RETRIES + 1):
            try:
                with self._writer.begin() as conn:
                    result = work(conn)
                    # Every fact written above gets its log entry in this same transaction.
                    _evidence.log_pending(conn)
                    return result
            except OperationalError as exc:
                if attempt == RETRIES or not is_transient(exc):
                    raise store_error(action, exc) from exc
        raise AssertionError("unreachable")

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        with store_errors(action), self._engine.begin() as conn:
            yield conn

    def _alerts(self, query: Select[Any]) -> list[StoredAlert]:
        with self._read("read alerts") as conn:
            return [stored_alert(row) for row in conn.execute(query)]

    def _scalar(self, query: Select[int]) -> int:
        with self._read("count rows") as conn:
            return int(conn.execute(query).scalar_one())

    def _referring(self, alert_id: int, kinds: tuple[str, ...]) -> list[StoredAlert]:
        with self._read("read alert links") as conn:
            ids = _links.referring_ids(conn, alert_id, kinds)
            rows = conn.execute(select(alerts_table).where(alerts_table.c.id.in_(ids)))
            by_id = {row.id: stored_alert(row) for row in rows}
            return [by_id[i] for i in ids if i in by_id]


def _by_exercise(query: Select[Any], exercise_id: ExerciseFilter) -> Select[Any]:
    if exercise_id is ANY_EXERCISE:
        return query
    if exercise_id is None:
        return query.where(alerts_table.c.exercise_id.is_(None))
    return query.where(alerts_table.c.exercise_id == exercise_id)
