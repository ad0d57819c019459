"""The command tables, registered on the store's ``Base`` (one metadata, one migration chain).

Tables:
    agencies, units: the directory (``load_directory``) plus each unit's latest status and
        position from ``idesk.unit-status/1`` messages (an older message never overwrites a
        newer one).
    unit_positions: the position log, one row per stored report that only moved a unit
        (migration 0013; an evidence fact instead of a timeline entry).
    applied_events: every command event this console has seen, keyed by its id (so applying
        one twice changes nothing), with its outcome (applied, refused, superseded, pending)
        and the timeline texts already written for it.
    assignments, assignment_history, participation, commands, command_members,
    handover_proposals: the state derived from the events of one incident by replaying them
        in the deterministic order (``incident_desk.command._replay``); rewritten per
        incident on every new event, so every console that saw the same events holds the
        same rows. Rows are keyed by ``traffic`` ("actual" or "exercise:{id}") and the CAP
        incident key, never by a local incident id (local ids differ between consoles).

``migrations/versions/0003_command.py`` creates exactly this; a test compares the two.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Double, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incident_desk.store._schema import Base, UtcDateTime


class AgencyRow(Base):
    __tablename__ = "agencies"

    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    sender: Mapped[str] = mapped_column(Text)
    namespace: Mapped[str] = mapped_column(Text)


class UnitRow(Base):
    __tablename__ = "units"

    traffic: Mapped[str] = mapped_column(String(160), primary_key=True)
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    callsign: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(2))
    kind: Mapped[str] = mapped_column(String(32))
    size: Mapped[int | None] = mapped_column(Integer)
    contact: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(32))
    lat: Mapped[float | None] = mapped_column(Double)
    lon: Mapped[float | None] = mapped_column(Double)
    status_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # the wall instant the latest report stands at (``command._events.reported_at``): a
    # scenario inject's ``status_at`` is on the exercise clock, this is when it arrived
    reported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    exercise_id: Mapped[str | None] = mapped_column(String(128), index=True)
    # where the position came from ("tak:<device uid>" for a TAK position report; None for
    # our own unit status messages) and until when the report holds (CoT ``stale``)
    position_source: Mapped[str | None] = mapped_column(Text)
    position_stale_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class UnitPositionRow(Base):
    """One stored position-only unit report (same status, new position): the position log.

    Such a report writes no timeline entry (a move is not a timeline fact for the operator);
    this row is the fact the evidence log holds instead (migration 0013 adds its trigger).
    ``incident``: the incident the unit was assigned to then, if any (the incident's
    evidence export includes its units' moves).
    """

    __tablename__ = "unit_positions"
    __table_args__ = (Index(None, "traffic", "unit_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    traffic: Mapped[str] = mapped_column(String(160))
    unit_id: Mapped[str] = mapped_column(String(128))
    country: Mapped[str | None] = mapped_column(String(2))
    agency: Mapped[str] = mapped_column(String(64))
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    lat: Mapped[float] = mapped_column(Double)
    lon: Mapped[float] = mapped_column(Double)
    source: Mapped[str | None] = mapped_column(Text)
    stale_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    incident: Mapped[str | None] = mapped_column(String(255))


class AppliedEventRow(Base):
    __tablename__ = "applied_events"
    __table_args__ = (Index(None, "traffic", "incident_key"),)

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    traffic: Mapped[str] = mapped_column(String(160))
    incident_key: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text)
    console: Mapped[str | None] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2))
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    payload: Mapped[str] = mapped_column(Text)  # the event JSON as received
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    written: Mapped[str] = mapped_column(Text)  # JSON list of timeline texts written for it


class AssignmentRow(Base):
    __tablename__ = "assignments"
    __table_args__ = (Index(None, "traffic", "incident_key"),)

    id: Mapped[str] = mapped_column(String(128), primary_key=True)  # the creating event's id
    traffic: Mapped[str] = mapped_column(String(160))
    incident_key: Mapped[str] = mapped_column(String(255))
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    unit_id: Mapped[str | None] = mapped_column(String(128), index=True)
    callsign: Mapped[str | None] = mapped_column(Text)
    person: Mapped[str | None] = mapped_column(Text)
    agency: Mapped[str | None] = mapped_column(String(64))
    element_kind: Mapped[str] = mapped_column(String(32))
    element_name: Mapped[str] = mapped_column(Text)
    work: Mapped[str] = mapped_column(Text)
    report_to: Mapped[str | None] = mapped_column(Text)
    report_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(Text)


class AssignmentHistoryRow(Base):
    __tablename__ = "assignment_history"

    assignment_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(Text)
    console: Mapped[str | None] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(String(128))


class ParticipationRow(Base):
    __tablename__ = "participation"

    traffic: Mapped[str] = mapped_column(String(160), primary_key=True)
    incident_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    agency: Mapped[str] = mapped_column(String(64), primary_key=True)
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    history: Mapped[str] = mapped_column(Text)  # JSON list of {state, at, by, note}


class CommandRow(Base):
    __tablename__ = "commands"

    traffic: Mapped[str] = mapped_column(String(160), primary_key=True)
    incident_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    mode: Mapped[str] = mapped_column(String(16))
    open: Mapped[int] = mapped_column(Integer)
    established_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CommandMemberRow(Base):
    __tablename__ = "command_members"

    traffic: Mapped[str] = mapped_column(String(160), primary_key=True)
    incident_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    agency: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    tier: Mapped[str] = mapped_column(String(16))
    tier_label: Mapped[str] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(UtcDateTime)
    until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class HandoverProposalRow(Base):
    __tablename__ = "handover_proposals"
    __table_args__ = (Index(None, "traffic", "incident_key"),)

    id: Mapped[str] = mapped_column(String(128), primary_key=True)  # the proposing event's id
    traffic: Mapped[str] = mapped_column(String(160))
    incident_key: Mapped[str] = mapped_column(String(255))
    exercise_id: Mapped[str | None] = mapped_column(String(128))
    from_country: Mapped[str] = mapped_column(String(2))
    from_agency: Mapped[str] = mapped_column(String(64))
    from_console: Mapped[str | None] = mapped_column(Text)
    to_country: Mapped[str] = mapped_column(String(2))
    to_agency: Mapped[str] = mapped_column(String(64))
    to_console: Mapped[str | None] = mapped_column(Text)
    brief: Mapped[str] = mapped_column(Text)  # JSON, ICS-201 shaped
    proposed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    proposed_by: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    effective_at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16))
    answered_by: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason: Mapped[str | None] = mapped_column(Text)


agencies_table = Base.metadata.tables["agencies"]
units_table = Base.metadata.tables["units"]
positions_table = Base.metadata.tables["unit_positions"]
events_table = Base.metadata.tables["applied_events"]
assignments_table = Base.metadata.tables["assignments"]
history_table = Base.metadata.tables["assignment_history"]
participation_table = Base.metadata.tables["participation"]
commands_table = Base.metadata.tables["commands"]
members_table = Base.metadata.tables["command_members"]
proposals_table = Base.metadata.tables["handover_proposals"]
timeline_table = Base.metadata.tables["timeline"]
