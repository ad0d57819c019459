"""The durable store: CAP alerts raw and parsed, their reference links, the quarantine, the
append-only timeline and the outbox of what this console must still send, in SQLite (one
workstation) or PostgreSQL (a command centre).

``Store.open(url)`` creates or migrates the schema (alembic, shipped in ``migrations/``).
Readers get frozen pydantic snapshots; no ORM object leaves the store. Every timeline entry is
written by :func:`write_timeline` (inside the caller's transaction).
"""

from incident_desk.store._archive import ArchiveReport
from incident_desk.store._engine import default_store_url, masked_url, postgres_hosts
from incident_desk.store._search import SearchHit, SearchPage, SearchQuery, by_sent_time
from incident_desk.store._snapshots import (
    AddResult,
    BatchResult,
    IncomingAlert,
    Outgoing,
    QuarantineEntry,
    QueuedMessage,
    Rejected,
    SignerCheck,
    StoredAlert,
    TimelineEntry,
)
from incident_desk.store._store import ANY_EXERCISE, ExerciseFilter, Store
from incident_desk.store._timeline import write_timeline

__all__ = [
    "ANY_EXERCISE",
    "AddResult",
    "ArchiveReport",
    "BatchResult",
    "ExerciseFilter",
    "IncomingAlert",
    "Outgoing",
    "QuarantineEntry",
    "QueuedMessage",
    "Rejected",
    "SearchHit",
    "SearchPage",
    "SearchQuery",
    "SignerCheck",
    "Store",
    "StoredAlert",
    "TimelineEntry",
    "by_sent_time",
    "default_store_url",
    "masked_url",
    "postgres_hosts",
    "write_timeline",
]
