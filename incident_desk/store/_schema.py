"""The tables of the durable store, as typed SQLAlchemy 2 ORM classes.

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
    Connection,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AlertRow(Base):
    __tablename__ = "alerts"
    # identifier leads: it is nearly unique on its own, so ``identifier IN (...)`` finds a
    # batch's keys through this index with plain (cheap) bind parameters.
    # (filter, id): a search filtered on one of them reads its newest rows from the index
    __table_args__ = (
        UniqueConstraint("identifier", "sender", "sent_text"),
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender: Mapped[str] = mapped_column(Text)
    identifier: Mapped[str] = mapped_column(Text)
    sent_text: Mapped[str] = mapped_column(String(64))
    sent_utc: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16))
    msg_type: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(16))
    event: Mapped[str | None] = mapped_column(Text)
    headline: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(String(16))
    urgency: Mapped[str | None] = mapped_column(String(16))
    certainty: Mapped[str | None] = mapped_column(String(16))
    categories: Mapped[str] = mapped_column(Text)  # space-separated CAP tokens (no spaces)
    incidents: Mapped[str] = mapped_column(Text)  # JSON list of strings
    note: Mapped[str | None] = mapped_column(Text)
    exercise_id: Mapped[str | None] = mapped_column(String(128), index=True)
    topic: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(16))
    agency: Mapped[str | None] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    parsed: Mapped[str] = mapped_column(Text)  # Alert.model_dump_json()
    content_hash: Mapped[str] = mapped_column(String(64))  # sha256 hex of raw
    signed: Mapped[bool] = mapped_column(Boolean)
    # Signature check at ingest (migration 0004): NULL = stored before trust checks existed.
    trust_state: Mapped[str | None] = mapped_column(String(32))
    trust_signer: Mapped[str | None] = mapped_column(String(64))
    trust_detail: Mapped[str | None] = mapped_column(Text)
    # Tolerant CAP reading (migration 0006), JSON text; NULL = none / stored before 0006.
    cap_warnings: Mapped[str | None] = mapped_column(Text)  # [{"path", "message"}]
    edxl_envelope: Mapped[str | None] = mapped_column(Text)  # EdxlEnvelope, when wrapped
    trust_signers: Mapped[str | None] = mapped_column(Text)  # [{"state", "signer", "detail"}]


class AlertLinkRow(Base):
    __tablename__ = "alert_links"
    __table_args__ = (Index(None, "ref_identifier", "ref_sender", "ref_sent"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    ref_sender: Mapped[str] = mapped_column(Text)
    ref_identifier: Mapped[str] = mapped_column(Text)
    ref_sent: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("alerts.id", ondelete="SET NULL"), index=True
    )


class QuarantineRow(Base):
    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    topic: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(32))
    # the reason as a message id with arguments, JSON (incident_desk/messages.py); migration 0011
    reason_msg: Mapped[str | None] = mapped_column(Text)


class TimelineRow(Base):
    __tablename__ = "timeline"
    # (at, id): the window's first read takes the newest entries (migration 0012)
    __table_args__ = (Index(None, "at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(Text)
    console: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(64))
    incident_id: Mapped[str | None] = mapped_column(String(128), index=True)
    alert_id: Mapped[int | None] = mapped_column(
        ForeignKey("alerts.id", ondelete="SET NULL"), index=True
    )
    exercise_id: Mapped[str | None] = mapped_column(String(128), index=True)
    text: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)  # JSON object


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (Index(None, "console", "settled_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    console: Mapped[str] = mapped_column(Text)  # the workstation that sends it
    topic: Mapped[str] = mapped_column(Text)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    content_type: Mapped[str] = mapped_column(String(128))
    # the CAP key, for a CAP document (NULL for a command event)
    sender: Mapped[str | None] = mapped_column(Text)
    identifier: Mapped[str | None] = mapped_column(Text)
    sent_text: Mapped[str | None] = mapped_column(String(64))
    expires_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)  # the latest failed attempt
    settled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # NULL: still to send
    sent: Mapped[bool] = mapped_column(Boolean, default=False)  # settled: sent, or given up


class EvidenceEntryRow(Base):
    __tablename__ = "evidence_entries"
    # Not unique: SQLite may hand a deleted row's id to the next row; the log keeps both.
    __table_args__ = (Index(None, "source", "source_id"),)

    leaf_index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(16))  # the fact's table
    source_id: Mapped[int] = mapped_column(Integer)  # the fact's id there
    kind: Mapped[str] = mapped_column(String(16))
    exercise_id: Mapped[str | None] = mapped_column(String(128), index=True)
    incident_key: Mapped[str | None] = mapped_column(String(255), index=True)
    entry: Mapped[bytes] = mapped_column(LargeBinary)  # canonical bytes (tlog/entries.py)
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary)
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime)


class EvidenceNodeRow(Base):
    __tablename__ = "evidence_nodes"

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceStateRow(Base):
    __tablename__ = "evidence_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(BigInteger)
    frontier: Mapped[bytes] = mapped_column(LargeBinary)


class EvidencePendingRow(Base):
    __tablename__ = "evidence_pending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    source_id: Mapped[int] = mapped_column(Integer)


class EvidenceCheckpointRow(Base):
    __tablename__ = "evidence_checkpoints"
    __table_args__ = (Index(None, "origin", "size"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    root: Mapped[bytes] = mapped_column(LargeBinary)
    note: Mapped[bytes] = mapped_column(LargeBinary)  # the signed note as signed / received
    own: Mapped[bool] = mapped_column(Boolean)  # ours, or a partner's we witness
    state: Mapped[str] = mapped_column(String(16))  # signed | cosigned | refused
    reason: Mapped[str | None] = mapped_column(Text)  # why refused
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    timestamp: Mapped[bytes | None] = mapped_column(LargeBinary)  # RFC 3161 token, if any


class EvidenceCosignatureRow(Base):
    __tablename__ = "evidence_cosignatures"
    __table_args__ = (UniqueConstraint("checkpoint_id", "witness"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkpoint_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_checkpoints.id", ondelete="CASCADE")
    )
    witness: Mapped[str] = mapped_column(Text)
    line: Mapped[str] = mapped_column(Text)  # the signature line as the witness sent it
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ExerciseRunLogRow(Base):
    __tablename__ = "exercise_run_log"
    # (exercise_id, id): one exercise's rows in the order they were written (migration 0016)
    __table_args__ = (Index(None, "exercise_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exercise_id: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # the wall instant
    kind: Mapped[str] = mapped_column(String(16))  # control | inject | adhoc | anchor
    controller: Mapped[str] = mapped_column(Text)  # who ran the exercise
    command: Mapped[str | None] = mapped_column(String(16))  # a control row's command
    inject: Mapped[int | None] = mapped_column(Integer)  # an inject or ad-hoc row's number
    state: Mapped[str | None] = mapped_column(String(16))  # an inject row's state after it
    exercise_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # on the exercise clock
    data: Mapped[str] = mapped_column(Text)  # JSON object
