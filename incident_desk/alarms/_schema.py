"""The alarm journal table, on the store's ``metadata`` (one metadata, one chain).

Tables:
    alarm_journal: one row per alarm event of one console (raised, acknowledged, priority
        lowered, cleared, shelved, unshelved) and per flood start/end and ENDEX. ``alarm_id``
        is the alarm's id (the alert id that created it), ``alert_id`` the chain version the
        event concerns; ``state`` the state after the event. The KPIs (``alarm_kpis``) are
        computed from it. Rows are only added, never changed.

``migrations/versions/0008_alarm_journal.py`` creates exactly this; a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table, Text

from incident_desk.store._schema import UtcDateTime, metadata

alarm_journal_table = Table(
    "alarm_journal",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, index=True, nullable=False),
    Column("console", Text, nullable=False),
    Column("event", String(32), nullable=False),
    Column("alarm_id", Integer, nullable=True),
    Column("alert_id", Integer, nullable=True),
    Column("state", String(48), nullable=True),
    Column("priority", Integer, nullable=True),
    Column("reason", Text, nullable=True),
    Column("actor", Text, nullable=True),
    Column("exercise_id", String(128), index=True, nullable=True),
    Column("incident", String(255), nullable=True),
    Index(None, "console", "event"),
)
