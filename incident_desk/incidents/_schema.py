"""The incident tables, on the store's ``metadata`` (one metadata, one migration chain).

Tables:
    incidents: one row per incident. ``key`` is the CAP ``incidents`` id the incident was
        formed from, or a generated ``INC-{country}-{yyyymmdd}-{n}``. Keys are unique per
        ``traffic`` ("actual", or "exercise:{id}"), so the same CAP incident id in an
        exercise and in real traffic names two different incidents. ``traffic`` is never
        NULL (a unique constraint treats NULLs as distinct); ``exercise_id`` repeats the
        exercise id (NULL = real) for filters, as on every other table.
    incident_alerts: which alerts belong to which incident, who attached them ("cap" for
        correlation, else the operator's name) and when. An alert may belong to several
        incidents (CAP ``incidents`` may name more than one).

``migrations/versions/0002_incidents.py`` creates exactly this; a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from incident_desk.store._schema import UtcDateTime, metadata

ACTUAL_TRAFFIC = "actual"


def traffic_of(exercise_id: str | None) -> str:
    """The key space of an incident: "actual", or "exercise:{id}"."""
    return ACTUAL_TRAFFIC if exercise_id is None else f"exercise:{exercise_id}"


incidents_table = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(255), nullable=False),
    Column("traffic", String(160), nullable=False),
    Column("title", Text, nullable=False),
    Column("status", String(16), index=True, nullable=False),
    Column("severity", String(16), nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("exercise_id", String(128), index=True, nullable=True),
    Column("lat", Double, nullable=True),
    Column("lon", Double, nullable=True),
    Column("country", String(8), nullable=True),
    Column(
        "merged_into", ForeignKey("incidents.id", ondelete="SET NULL"), index=True, nullable=True
    ),
    UniqueConstraint("traffic", "key"),
    # (status, updated_at): the board's open + recently closed read and its pages of older
    # closed ones (migration 0012)
    Index(None, "status", "updated_at"),
)


incident_alerts_table = Table(
    "incident_alerts",
    metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("alert_id", ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("attached_by", Text, nullable=False),
    Column("attached_at", UtcDateTime, nullable=False),
)
