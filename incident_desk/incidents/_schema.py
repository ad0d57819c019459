"""The incident tables, registered on the store's ``Base`` (one metadata, one migration chain).

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

from datetime import datetime

from sqlalchemy import Double, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from incident_desk.store._schema import Base, UtcDateTime

ACTUAL_TRAFFIC = "actual"


def traffic_of(exercise_id: str | None) -> str:
    """The key space of an incident: "actual", or "exercise:{id}"."""
    return ACTUAL_TRAFFIC if exercise_id is None else f"exercise:{exercise_id}"


class IncidentRow(Base):
    __tablename__ = "incidents"
    # (status, updated_at): the board's open + recently closed read and its pages of older
    # closed ones (migration 0012)
    __table_args__ = (UniqueConstraint("traffic", "key"), Index(None, "status", "updated_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255))
    traffic: Mapped[str] = mapped_column(String(160))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    severity: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(Text)
    exercise_id: Mapped[str | None] = mapped_column(String(128), index=True)
    lat: Mapped[float | None] = mapped_column(Double)
    lon: Mapped[float | None] = mapped_column(Double)
    country: Mapped[str | None] = mapped_column(String(8))
    merged_into: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True
    )


class IncidentAlertRow(Base):
    __tablename__ = "incident_alerts"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    alert_id: Mapped[int] = mapped_column(
        ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    attached_by: Mapped[str] = mapped_column(Text)
    attached_at: Mapped[datetime] = mapped_column(UtcDateTime)


incidents_table = Base.metadata.tables["incidents"]
incident_alerts_table = Base.metadata.tables["incident_alerts"]
