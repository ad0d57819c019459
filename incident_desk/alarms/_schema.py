"""The alarm journal table, registered on the store's ``Base`` (one metadata, one chain).

Tables:
    alarm_journal: one row per alarm event of one console (raised, acknowledged, priority
        lowered, cleared, shelved, unshelved) and per flood start/end and ENDEX. ``alarm_id``
        is the alarm's id (the alert id that created it), ``alert_id`` the chain version the
        event concerns; ``state`` the state after the event. The KPIs (``alarm_kpis``) are
        computed from it. Rows are only added, never changed.

``migrations/versions/0008_alarm_journal.py`` creates exactly this; a test compares the two.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incident_desk.store._schema import Base, UtcDateTime


class AlarmJournalRow(Base):
    __tablename__ = "alarm_journal"
    __table_args__ = (Index(None, "console", "event"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    console: Mapped[str] = mapped_column(Text)
    event: Mapped[str] = mapped_column(String(32))
    alarm_id: Mapped[int | None] = mapped_column(Integer)
    alert_id: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str | None] = mapped_column(String(48))
    priority: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(Text)
    exercise_id: Mapped[str | None] = mapped_column(String(128), index=True)
    incident: Mapped[str | None] = mapped_column(String(255))


alarm_journal_table = Base.metadata.tables["alarm_journal"]
