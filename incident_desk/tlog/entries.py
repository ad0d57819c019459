"""The canonical encoding of a log entry (docs/evidence.md, "Entries").

An entry is one JSON object, UTF-8 (in fact plain ASCII: every non-ASCII character is
escaped), keys sorted, no insignificant whitespace, no floating-point numbers. Its bytes are
what the log hashes (``leaf_hash``) and what an export ships, so a verifier hashes the bytes
it was given and never needs to re-encode anything. The store re-encodes only to audit its
own tables (``ledger.audit``): a fact row changed after logging no longer encodes to the
logged bytes.

Raw payloads are not copied into the entry: it carries their SHA-256 and size, and the export
ships the payload next to the entry.

Kinds:
    alert: a CAP message as received (topic, country, agency, receive time, trust result).
    quarantine: input kept because a step of ingest refused it (and why).
    timeline: an operator action, ack, note, command or unit event, exercise control...
    alarm: an alarm journal event (raised, acknowledged, shelved with a reason, cleared...).
    position: a unit report that only moved the unit (no timeline entry; ``unit_positions``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

ENTRY_VERSION: Final = 1
KINDS: Final = ("alert", "quarantine", "timeline", "alarm", "position")


_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
)


def encode(fields: Mapping[str, Any]) -> bytes:
    """The canonical bytes of ``fields`` (a flat JSON object of strings, ints, bools, nulls)."""
    return _CANONICAL.encode(dict(fields)).encode("ascii")


def decode(data: bytes) -> dict[str, Any]:
    """The fields of an entry; ``ValueError`` if the bytes are not a JSON object."""
    value = json.loads(data.decode("ascii"))
    if not isinstance(value, dict):
        raise ValueError("an entry is a JSON object")
    return value


def time_text(value: datetime | None) -> str | None:
    """RFC 3339 in UTC with microseconds, e.g. ``2026-12-05T05:49:39.123456Z``."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    v = value.astimezone(UTC)  # the fields formatted by hand: twice as fast as strftime
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (  # noqa: UP031 (hot path of the log)
        v.year,
        v.month,
        v.day,
        v.hour,
        v.minute,
        v.second,
        v.microsecond,
    )


def exercise_of_topic(topic: str | None) -> str | None:
    """The exercise id of an ``idesk/v1/exercise/{id}/...`` topic, else None (any other text)."""
    levels = (topic or "").split("/")
    if levels[:3] == ["idesk", "v1", "exercise"] and len(levels) > 3 and levels[3]:
        return levels[3]
    return None


def _raw(raw: bytes) -> dict[str, Any]:
    return {"raw_sha256": hashlib.sha256(raw).hexdigest(), "raw_size": len(raw)}


def alert_entry(row: Mapping[str, Any]) -> bytes:
    """The entry of one ``alerts`` row."""
    return encode(
        {
            "v": ENTRY_VERSION,
            "kind": "alert",
            "id": row["id"],
            "exercise_id": row["exercise_id"],
            "sender": row["sender"],
            "identifier": row["identifier"],
            "sent": row["sent_text"],
            "status": row["status"],
            "msg_type": row["msg_type"],
            "topic": row["topic"],
            "country": row["country"],
            "agency": row["agency"],
            "received_at": time_text(row["received_at"]),
            "trust_state": row["trust_state"],
            "trust_signer": row["trust_signer"],
            "trust_detail": row["trust_detail"],
            "trust_signers": row["trust_signers"],  # JSON text as stored (every signer)
            "cap_warnings": row["cap_warnings"],  # JSON text as stored (tolerant reading)
            "edxl_envelope": row["edxl_envelope"],  # JSON text as stored, when wrapped
            **_raw(row["raw"]),
        }
    )


def quarantine_entry(row: Mapping[str, Any]) -> bytes:
    """The entry of one ``quarantine`` row."""
    return encode(
        {
            "v": ENTRY_VERSION,
            "kind": "quarantine",
            "id": row["id"],
            "exercise_id": exercise_of_topic(row["topic"]),
            "topic": row["topic"],
            "reason": row["reason"],
            "source": row["source"],
            "received_at": time_text(row["received_at"]),
            **_raw(row["raw"]),
        }
    )


def timeline_entry(row: Mapping[str, Any]) -> bytes:
    """The entry of one ``timeline`` row (``data`` is the stored JSON text, verbatim)."""
    return encode(
        {
            "v": ENTRY_VERSION,
            "kind": "timeline",
            "id": row["id"],
            "exercise_id": row["exercise_id"],
            "at": time_text(row["at"]),
            "actor": row["actor"],
            "console": row["console"],
            "event": row["kind"],
            "incident": row["incident_id"],
            "alert_id": row["alert_id"],
            "text": row["text"],
            "data": row["data"],
        }
    )


def alarm_entry(row: Mapping[str, Any]) -> bytes:
    """The entry of one ``alarm_journal`` row."""
    return encode(
        {
            "v": ENTRY_VERSION,
            "kind": "alarm",
            "id": row["id"],
            "exercise_id": row["exercise_id"],
            "at": time_text(row["at"]),
            "console": row["console"],
            "event": row["event"],
            "alarm_id": row["alarm_id"],
            "alert_id": row["alert_id"],
            "state": row["state"],
            "priority": row["priority"],
            "reason": row["reason"],
            "actor": row["actor"],
            "incident": row["incident"],
        }
    )


def position_entry(row: Mapping[str, Any]) -> bytes:
    """The entry of one ``unit_positions`` row (a report that only moved a unit).

    Coordinates are text (``repr`` of the stored float): entries carry no floating-point
    numbers.
    """
    return encode(
        {
            "v": ENTRY_VERSION,
            "kind": "position",
            "id": row["id"],
            "exercise_id": row["exercise_id"],
            "at": time_text(row["at"]),
            "unit": row["unit_id"],
            "country": row["country"],
            "agency": row["agency"],
            "lat": repr(float(row["lat"])),
            "lon": repr(float(row["lon"])),
            "source": row["source"],
            "stale_at": time_text(row["stale_at"]),
            "incident": row["incident"],
        }
    )


COLUMNS: Final = {
    "alerts": (
        "id",
        "exercise_id",
        "sender",
        "identifier",
        "sent_text",
        "status",
        "msg_type",
        "topic",
        "country",
        "agency",
        "received_at",
        "trust_state",
        "trust_signer",
        "trust_detail",
        "trust_signers",
        "cap_warnings",
        "edxl_envelope",
        "raw",
    ),
    "quarantine": ("id", "topic", "reason", "source", "received_at", "raw"),
    "timeline": (
        "id",
        "exercise_id",
        "at",
        "actor",
        "console",
        "kind",
        "incident_id",
        "alert_id",
        "text",
        "data",
    ),
    "alarm_journal": (
        "id",
        "exercise_id",
        "at",
        "console",
        "event",
        "alarm_id",
        "alert_id",
        "state",
        "priority",
        "reason",
        "actor",
        "incident",
    ),
    "unit_positions": (
        "id",
        "exercise_id",
        "at",
        "unit_id",
        "country",
        "agency",
        "lat",
        "lon",
        "source",
        "stale_at",
        "incident",
    ),
}
"""Fact table -> the columns its entry is made of (read back before commit)."""

ENCODERS: Final = {
    "alerts": ("alert", alert_entry),
    "quarantine": ("quarantine", quarantine_entry),
    "timeline": ("timeline", timeline_entry),
    "alarm_journal": ("alarm", alarm_entry),
    "unit_positions": ("position", position_entry),
}
"""Fact table -> (entry kind, encoder)."""

INCIDENT_COLUMN: Final = {
    "timeline": "incident_id",
    "alarm_journal": "incident",
    "unit_positions": "incident",
}
"""Fact table -> the column naming the incident key, where it has one."""
