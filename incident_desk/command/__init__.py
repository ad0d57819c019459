"""Command and assignments (docs/architecture.md §4): the directory of agencies and units,
unit status,
ICS-204 assignments, agency participation, single or unified command and the two-party
transfer of command across agencies and borders.

Qt-free and paho-free. ``CommandBoard`` is the core API: each operator call builds one
versioned ``idesk.command-event/1`` event, applies it locally and returns it to be published
on the console's own ``command`` topic; ``CommandBoard.apply_bus_event`` applies events from
the bus (idempotent by event id, any order: a deterministic replay makes consoles converge).
Every decision is written to the timeline in the same transaction.
"""

from incident_desk.command._board import CommandBoard, Issued, MemberSpec, Publish
from incident_desk.command._directory import (
    DIRECTORY_SCHEMA_VERSION,
    Directory,
    DirectoryAgency,
    DirectoryError,
    DirectoryProblem,
    DirectoryUnit,
    load_directory,
    parse_directory,
)
from incident_desk.command._directory_for import (
    directory_for,
    directory_from_scenario,
    load_directory_for,
    merge_directories,
)
from incident_desk.command._events import (
    CONTENT_TYPE,
    EVENT_TYPES,
    SCHEMA,
    UNIT_STATUS_SCHEMA,
    CommandEvent,
    UnitStatusMessage,
    parse_event,
    parse_unit_status,
    reported_at,
)
from incident_desk.command._model import (
    ASSIGNMENT_TRANSITIONS,
    PARTICIPATION_TRANSITIONS,
    AssignmentSnapshot,
    AssignmentStatus,
    CommandError,
    CommandMember,
    CommandMode,
    CommandSnapshot,
    ElementKind,
    ParticipationSnapshot,
    ParticipationState,
    ProposalSnapshot,
    ProposalState,
    StatusStep,
    Tier,
    TierLabels,
    UnitSnapshot,
    UnitStatus,
    assignment_refusal,
    participation_refusal,
)
from incident_desk.command._replay import Replayed, replay

__all__ = [
    "ASSIGNMENT_TRANSITIONS",
    "CONTENT_TYPE",
    "DIRECTORY_SCHEMA_VERSION",
    "EVENT_TYPES",
    "PARTICIPATION_TRANSITIONS",
    "SCHEMA",
    "UNIT_STATUS_SCHEMA",
    "AssignmentSnapshot",
    "AssignmentStatus",
    "CommandBoard",
    "CommandError",
    "CommandEvent",
    "CommandMember",
    "CommandMode",
    "CommandSnapshot",
    "Directory",
    "DirectoryAgency",
    "DirectoryError",
    "DirectoryProblem",
    "DirectoryUnit",
    "ElementKind",
    "Issued",
    "MemberSpec",
    "ParticipationSnapshot",
    "ParticipationState",
    "ProposalSnapshot",
    "ProposalState",
    "Publish",
    "Replayed",
    "StatusStep",
    "Tier",
    "TierLabels",
    "UnitSnapshot",
    "UnitStatus",
    "UnitStatusMessage",
    "assignment_refusal",
    "directory_for",
    "directory_from_scenario",
    "load_directory",
    "load_directory_for",
    "merge_directories",
    "parse_directory",
    "parse_event",
    "parse_unit_status",
    "participation_refusal",
    "replay",
    "reported_at",
]
