"""The tables of the durable store, as SQLAlchemy Core tables on one ``metadata``.

The migrations in ``migrations/versions`` create exactly this schema; a test compares the two.

Tables:
    alerts: one row per CAP message key ``(sender, identifier, sent)``: the received bytes,
        the parsed model as JSON and the summary columns the alert queue sorts and filters on.
    alert_links: one row per CAP ``references`` entry of a stored alert. ``target_id`` stays
        NULL until the referenced alert is stored (out-of-order arrival is normal).
    quarantine: input that failed a step of ingest (raw bytes, topic, reason); never dropped.
    timeline: the append-only log of what happened and who did it (ICS-214 shaped).
    outbox: what this console wrote and must get to the broker (its CAP Acks, its command
        events): queued when written locally, sent when the broker is reachable, kept with
        when they went out (``settled_at``, ``sent``) or why they never will (``last_error``).
    evidence_*: the tamper-evident log of every fact above (migration 0007, docs/evidence.md):
        ``evidence_entries`` one row per leaf, ``evidence_nodes`` the perfect-subtree hashes,
        ``evidence_state`` the size and frontier, ``evidence_pending`` facts written in the
        current transaction and not yet logged (filled by triggers, emptied before commit),
        ``evidence_checkpoints`` signed tree heads (ours and witnessed partners'),
        ``evidence_cosignatures`` the witnesses' cosignatures of our checkpoints.
    exercise_run_log: what an exercise controller did, one row as it happened (migration
        0016, ``_exercise_runs.py``): a control event, an inject's change of state, an ad-hoc
        inject, a clock anchor; always an exercise's (``exercise_id`` NOT NULL), never real
        traffic. The after-action report is built from it, by the controller or later.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SEARCH_TABLES = ("alerts_fts", "alerts_search")
"""The full-text index of migration 0010 (SQLite FTS5 / PostgreSQL tsvector): owned by the
migration, not described by these models (``is_modelled`` leaves them out of comparisons)."""


def is_modelled(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic ``include_name``: False for the search tables (and FTS5's shadow tables)."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))


LINK_KINDS = ("update", "cancel", "ack", "error", "reference")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; read back aware (tz = UTC) on every database."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = aware_utc(value)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def driver_mark(dialect: str) -> str:
    """The parameter placeholder of ``dialect``'s driver, for SQL that goes straight to it
    (psycopg: ``%s``; sqlite3: ``?``)."""
    return "%s" if dialect == "postgresql" else "?"


def driver_rows(conn: Connection, statement: str, params: Any = ()) -> list[Any]:
    """Every row of ``statement`` (driver SQL, ``driver_mark`` placeholders) as the driver's
    plain tuples: none of SQLAlchemy's per-row processing."""
    result = conn.exec_driver_sql(statement, params)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def db_time(value: datetime | None, dialect: str) -> datetime | str | None:
    """``value`` as a ``UtcDateTime`` column stores it on ``dialect``, for SQL that goes
    straight to the driver: aware UTC on PostgreSQL, SQLAlchemy's SQLite text form of the
    naive UTC time on SQLite (the form every reader of the column parses)."""
    if value is None:
        return None
    utc = aware_utc(value)
    if dialect == "postgresql":
        return utc
    # SQLAlchemy's SQLite form, "%04d-%02d-%02d %02d:%02d:%02d.%06d": isoformat writes it in
    # one C call (strftime parses its format each time; four of these an alert)
    return utc.replace(tzinfo=None).isoformat(" ", "microseconds")


def aware_utc(value: datetime) -> datetime:
    """``value`` in UTC; a naive datetime is refused (the store never guesses a zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("the store only accepts aware datetimes")
    return value.astimezone(UTC)


metadata = MetaData(naming_convention=NAMING)
"""Every table of the store, the core packages' included (one metadata, one migration chain)."""


alerts_table = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender", Text, nullable=False),
    Column("identifier", Text, nullable=False),
    Column("sent_text", String(64), nullable=False),
    Column("sent_utc", UtcDateTime, index=True, nullable=False),
    Column("status", String(16), nullable=False),
    Column("msg_type", String(16), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("event", Text, nullable=True),
    Column("headline", Text, nullable=True),
    Column("severity", String(16), nullable=True),
    Column("urgency", String(16), nullable=True),
    Column("certainty", String(16), nullable=True),
    Column("categories", Text, nullable=False),  # space-separated CAP tokens (no spaces)
    Column("incidents", Text, nullable=False),  # JSON list of strings
    Column("note", Text, nullable=True),
    Column("exercise_id", String(128), index=True, nullable=True),
    Column("topic", Text, nullable=True),
    Column("country", String(16), nullable=True),
    Column("agency", String(128), nullable=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("expires_utc", UtcDateTime, nullable=True),
    Column("raw", LargeBinary, nullable=False),
    Column("parsed", Text, nullable=False),  # Alert.model_dump_json()
    Column("content_hash", String(64), nullable=False),  # sha256 hex of raw
    Column("signed", Boolean, nullable=False),
    # Signature check at ingest (migration 0004): NULL = stored before trust checks existed.
    Column("trust_state", String(32), nullable=True),
    Column("trust_signer", String(64), nullable=True),
    Column("trust_detail", Text, nullable=True),
    # Tolerant CAP reading (migration 0006), JSON text; NULL = none / stored before 0006.
    Column("cap_warnings", Text, nullable=True),  # [{"path", "message"}]
    Column("edxl_envelope", Text, nullable=True),  # EdxlEnvelope, when wrapped
    Column("trust_signers", Text, nullable=True),  # [{"state", "signer", "detail"}]
    # identifier leads: it is nearly unique on its own, so ``identifier IN (...)`` finds a
    # batch's keys through this index with plain (cheap) bind parameters.
    UniqueConstraint("identifier", "sender", "sent_text"),
    # (filter, id): a search filtered on one of them reads its newest rows from the index
    Index(None, "severity", "id"),
    Index(None, "country", "id"),
    Index(None, "agency", "id"),
    # the window's count of stored alerts with conformance warnings, per traffic, up to
    # an id, from this small index instead of a scan of a year (migration 0012)
    Index(
        "ix_alerts_warned",
        "exercise_id",
        "id",
        sqlite_where=text("cap_warnings IS NOT NULL"),
        postgresql_where=text("cap_warnings IS NOT NULL"),
    ),
)


alert_links_table = Table(
    "alert_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("alert_id", ForeignKey("alerts.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("ref_sender", Text, nullable=False),
    Column("ref_identifier", Text, nullable=False),
    Column("ref_sent", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("target_id", ForeignKey("alerts.id", ondelete="SET NULL"), index=True, nullable=True),
    Index(None, "ref_identifier", "ref_sender", "ref_sent"),
)


quarantine_table = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("raw", LargeBinary, nullable=False),
    Column("topic", Text, nullable=True),
    Column("reason", Text, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("source", String(32), nullable=False),
    # the reason as a message id with arguments, JSON (incident_desk/messages.py); migration 0011
    Column("reason_msg", Text, nullable=True),
)


timeline_table = Table(
    "timeline",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("console", Text, nullable=True),
    Column("kind", String(64), nullable=False),
    Column("incident_id", String(128), index=True, nullable=True),
    Column("alert_id", ForeignKey("alerts.id", ondelete="SET NULL"), index=True, nullable=True),
    Column("exercise_id", String(128), index=True, nullable=True),
    Column("text", Text, nullable=False),
    Column("data", Text, nullable=False),  # JSON object
    # (at, id): the window's first read takes the newest entries (migration 0012)
    Index(None, "at", "id"),
)


outbox_table = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("console", Text, nullable=False),  # the workstation that sends it
    Column("topic", Text, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("content_type", String(128), nullable=False),
    # the CAP key, for a CAP document (NULL for a command event)
    Column("sender", Text, nullable=True),
    Column("identifier", Text, nullable=True),
    Column("sent_text", String(64), nullable=True),
    Column("expires_utc", UtcDateTime, nullable=True),
    Column("exercise_id", String(128), nullable=True),
    Column("queued_at", UtcDateTime, nullable=False),
    Column("attempts", Integer, default=0, nullable=False),
    Column("last_error", Text, nullable=True),  # the latest failed attempt
    Column("settled_at", UtcDateTime, nullable=True),  # NULL: still to send
    Column("sent", Boolean, default=False, nullable=False),  # settled: sent, or given up
    Index(None, "console", "settled_at"),
)


evidence_entries_table = Table(
    "evidence_entries",
    metadata,
    Column("leaf_index", BigInteger, primary_key=True, autoincrement=False),
    Column("source", String(16), nullable=False),  # the fact's table
    Column("source_id", Integer, nullable=False),  # the fact's id there
    Column("kind", String(16), nullable=False),
    Column("exercise_id", String(128), index=True, nullable=True),
    Column("incident_key", String(255), index=True, nullable=True),
    Column("entry", LargeBinary, nullable=False),  # canonical bytes (tlog/entries.py)
    Column("leaf_hash", LargeBinary, nullable=False),
    Column("logged_at", UtcDateTime, nullable=False),
    # Not unique: SQLite may hand a deleted row's id to the next row; the log keeps both.
    Index(None, "source", "source_id"),
)


evidence_nodes_table = Table(
    "evidence_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary, nullable=False),
)


evidence_state_table = Table(
    "evidence_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("size", BigInteger, nullable=False),
    Column("frontier", LargeBinary, nullable=False),
)


evidence_pending_table = Table(
    "evidence_pending",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(16), nullable=False),
    Column("source_id", Integer, nullable=False),
)


evidence_checkpoints_table = Table(
    "evidence_checkpoints",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("origin", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("root", LargeBinary, nullable=False),
    Column("note", LargeBinary, nullable=False),  # the signed note as signed / received
    Column("own", Boolean, nullable=False),  # ours, or a partner's we witness
    Column("state", String(16), nullable=False),  # signed | cosigned | refused
    Column("reason", Text, nullable=True),  # why refused
    Column("created_at", UtcDateTime, nullable=False),
    Column("timestamp", LargeBinary, nullable=True),  # RFC 3161 token, if any
    Index(None, "origin", "size"),
)


evidence_cosignatures_table = Table(
    "evidence_cosignatures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "checkpoint_id", ForeignKey("evidence_checkpoints.id", ondelete="CASCADE"), nullable=False
    ),
    Column("witness", Text, nullable=False),
    Column("line", Text, nullable=False),  # the signature line as the witness sent it
    Column("received_at", UtcDateTime, nullable=False),
    UniqueConstraint("checkpoint_id", "witness"),
)


exercise_run_log_table = Table(
    "exercise_run_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exercise_id", String(128), nullable=False),
    Column("at", UtcDateTime, nullable=False),  # the wall instant
    Column("kind", String(16), nullable=False),  # control | inject | adhoc | anchor
    Column("controller", Text, nullable=False),  # who ran the exercise
    Column("command", String(16), nullable=True),  # a control row's command
    Column("inject", Integer, nullable=True),  # an inject or ad-hoc row's number
    Column("state", String(16), nullable=True),  # an inject row's state after it
    Column("exercise_at", UtcDateTime, nullable=True),  # on the exercise clock
    Column("data", Text, nullable=False),  # JSON object
    # (exercise_id, id): one exercise's rows in the order they were written (migration 0016)
    Index(None, "exercise_id", "id"),
)
