"""The ingest pipeline: bus messages in, validated alerts or quarantine entries stored.

The bus thread only calls :meth:`IngestPipeline.submit`; one writer thread decodes,
validates, dedupes and persists in batches, then acknowledges the messages to the broker (so a
crash before the commit means the broker redelivers: nothing is lost). :class:`IngestRoute`
decides where the rest goes (incidents, units and command, exercise control): the one route
of the console's bus side and of ``incident-desk ingest`` (docs/architecture.md §2).
"""

from incident_desk.ingest._classify import Classified, InboundMessage, classify, classify_all
from incident_desk.ingest._gc import tune_gc
from incident_desk.ingest._pipeline import IngestPipeline, IngestStats
from incident_desk.ingest._route import IngestRoute, is_exercise_message

__all__ = [
    "Classified",
    "InboundMessage",
    "IngestPipeline",
    "IngestRoute",
    "IngestStats",
    "classify",
    "classify_all",
    "is_exercise_message",
    "tune_gc",
]
