"""The command tables, on the store's ``metadata`` (one metadata, one migration chain).

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

from sqlalchemy import Column, Double, Index, Integer, String, Table, Text

from incident_desk.store._schema import UtcDateTime, metadata

agencies_table = Table(
    "agencies",
    metadata,
    Column("country", String(2), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("sender", Text, nullable=False),
    Column("namespace", Text, nullable=False),
)


units_table = Table(
    "units",
    metadata,
    Column("traffic", String(160), primary_key=True),
    Column("id", String(128), primary_key=True),
    Column("callsign", Text, nullable=False),
    Column("agency", String(64), nullable=False),
    Column("country", String(2), nullable=True),
    Column("kind", String(32), nullable=False),
    Column("size", Integer, nullable=True),
    Column("contact", Text, nullable=True),
    Column("status", String(32), nullable=True),
    Column("lat", Double, nullable=True),
    Column("lon", Double, nullable=True),
    Column("status_at", UtcDateTime, nullable=True),
    # the wall instant the latest report stands at (``command._events.reported_at``): a
    # scenario inject's ``status_at`` is on the exercise clock, this is when it arrived
    Column("reported_at", UtcDateTime, nullable=True),
    Column("exercise_id", String(128), index=True, nullable=True),
    # where the position came from ("tak:<device uid>" for a TAK position report; None for
    # our own unit status messages) and until when the report holds (CoT ``stale``)
    Column("position_source", Text, nullable=True),
    Column("position_stale_at", UtcDateTime, nullable=True),
)


# One stored position-only unit report (same status, new position): the position log.
#
# Such a report writes no timeline entry (a move is not a timeline fact for the operator);
# this row is the fact the evidence log holds instead (migration 0013 adds its trigger).
# ``incident``: the incident the unit was assigned to then, if any (the incident's
# evidence export includes its units' moves).
positions_table = Table(
    "unit_positions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("traffic", String(160), nullable=False),
    Column("unit_id", String(128), nullable=False),
    Column("country", String(2), nullable=True),
    Column("agency", String(64), nullable=False),
    Column("exercise_id", String(128), nullable=True),
    Column("at", UtcDateTime, nullable=False),
    Column("lat", Double, nullable=False),
    Column("lon", Double, nullable=False),
    Column("source", Text, nullable=True),
    Column("stale_at", UtcDateTime, nullable=True),
    Column("incident", String(255), nullable=True),
    Index(None, "traffic", "unit_id"),
)


events_table = Table(
    "applied_events",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("traffic", String(160), nullable=False),
    Column("incident_key", String(255), nullable=False),
    Column("type", String(64), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("author", Text, nullable=False),
    Column("console", Text, nullable=True),
    Column("agency", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("exercise_id", String(128), nullable=True),
    Column("payload", Text, nullable=False),  # the event JSON as received
    Column("received_at", UtcDateTime, nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("reason", Text, nullable=True),
    Column("written", Text, nullable=False),  # JSON list of timeline texts written for it
    Index(None, "traffic", "incident_key"),
)


assignments_table = Table(
    "assignments",
    metadata,
    Column("id", String(128), primary_key=True),  # the creating event's id
    Column("traffic", String(160), nullable=False),
    Column("incident_key", String(255), nullable=False),
    Column("exercise_id", String(128), nullable=True),
    Column("unit_id", String(128), index=True, nullable=True),
    Column("callsign", Text, nullable=True),
    Column("person", Text, nullable=True),
    Column("agency", String(64), nullable=True),
    Column("element_kind", String(32), nullable=False),
    Column("element_name", Text, nullable=False),
    Column("work", Text, nullable=False),
    Column("report_to", Text, nullable=True),
    Column("report_at", UtcDateTime, nullable=True),
    Column("status", String(16), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("created_by", Text, nullable=False),
    Index(None, "traffic", "incident_key"),
)


history_table = Table(
    "assignment_history",
    metadata,
    Column("assignment_id", String(128), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("status", String(16), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("by", Text, nullable=False),
    Column("console", Text, nullable=True),
    Column("event_id", String(128), nullable=False),
)


participation_table = Table(
    "participation",
    metadata,
    Column("traffic", String(160), primary_key=True),
    Column("incident_key", String(255), primary_key=True),
    Column("country", String(2), primary_key=True),
    Column("agency", String(64), primary_key=True),
    Column("exercise_id", String(128), nullable=True),
    Column("state", String(16), nullable=False),
    Column("changed_at", UtcDateTime, nullable=False),
    Column("history", Text, nullable=False),  # JSON list of {state, at, by, note}
)


commands_table = Table(
    "commands",
    metadata,
    Column("traffic", String(160), primary_key=True),
    Column("incident_key", String(255), primary_key=True),
    Column("exercise_id", String(128), nullable=True),
    Column("mode", String(16), nullable=False),
    Column("open", Integer, nullable=False),
    Column("established_at", UtcDateTime, nullable=False),
    Column("closed_at", UtcDateTime, nullable=True),
)


members_table = Table(
    "command_members",
    metadata,
    Column("traffic", String(160), primary_key=True),
    Column("incident_key", String(255), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("country", String(2), nullable=False),
    Column("agency", String(64), nullable=False),
    Column("name", Text, nullable=False),
    Column("tier", String(16), nullable=False),
    Column("tier_label", Text, nullable=False),
    Column("since", UtcDateTime, nullable=False),
    Column("until", UtcDateTime, nullable=True),
)


proposals_table = Table(
    "handover_proposals",
    metadata,
    Column("id", String(128), primary_key=True),  # the proposing event's id
    Column("traffic", String(160), nullable=False),
    Column("incident_key", String(255), nullable=False),
    Column("exercise_id", String(128), nullable=True),
    Column("from_country", String(2), nullable=False),
    Column("from_agency", String(64), nullable=False),
    Column("from_console", Text, nullable=True),
    Column("to_country", String(2), nullable=False),
    Column("to_agency", String(64), nullable=False),
    Column("to_console", Text, nullable=True),
    Column("brief", Text, nullable=False),  # JSON, ICS-201 shaped
    Column("proposed_at", UtcDateTime, nullable=False),
    Column("proposed_by", Text, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("effective_at", UtcDateTime, nullable=False),
    Column("state", String(16), nullable=False),
    Column("answered_by", Text, nullable=True),
    Column("answered_at", UtcDateTime, nullable=True),
    Column("reason", Text, nullable=True),
    Index(None, "traffic", "incident_key"),
)
