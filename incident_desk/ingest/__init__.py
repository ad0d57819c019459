"""The ingest pipeline: bus messages in, validated alerts or quarantine entries stored.

See DESIGN.md §2. The bus thread only calls :meth:`IngestPipeline.submit`; one writer thread
decodes, validates, dedupes and persists in batches, then acknowledges the messages to the
broker (so a crash before the commit means the broker redelivers: nothing is lost).
"""

from incident_desk.ingest._classify import Classified, InboundMessage, classify, classify_all
from incident_desk.ingest._pipeline import IngestPipeline, IngestStats

__all__ = [
    "Classified",
    "InboundMessage",
    "IngestPipeline",
    "IngestStats",
    "classify",
    "classify_all",
]
