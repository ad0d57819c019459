"""The ingest hot path: one batch of alerts and rejects in one transaction.

Per batch, not per row: one SELECT of the keys already stored, one multi-row
``INSERT ... ON CONFLICT DO NOTHING ... RETURNING`` (the rows it returns are the ones this
transaction inserted; a key another console inserted meanwhile is simply not returned), one
insert of links, one resolution pass and one insert into quarantine. New rows are inserted
in key order, so two consoles writing overlapping batches into one PostgreSQL database lock
the unique index in the same order and cannot deadlock each other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, insert, select

from incident_desk.messages import QT_TRANSLATE_NOOP, Message
from incident_desk.store import _links
from incident_desk.store._links import Key
from incident_desk.store._schema import (
    UtcDateTime,
    alert_links_table,
    alerts_table,
    db_time,
    driver_mark,
    quarantine_table,
)
from incident_desk.store._snapshots import (
    AddResult,
    BatchResult,
    IncomingAlert,
    Outcome,
    Rejected,
)

_alerts = alerts_table
_alert_links = alert_links_table
_quarantine = quarantine_table
_KEY_COLUMNS = (_alerts.c.sender, _alerts.c.identifier, _alerts.c.sent_text)


def write(
    conn: Connection, alerts: Sequence[IncomingAlert], rejects: Sequence[Rejected]
) -> tuple[BatchResult, dict[Key, int]]:
    """Store ``alerts`` and quarantine ``rejects``; the result and the keys inserted -> ids."""
    rows = [alert_values(item) for item in alerts]
    keys = [(r["sender"], r["identifier"], r["sent_text"]) for r in rows]
    first: dict[Key, int] = {}
    for index, key in enumerate(keys):
        first.setdefault(key, index)

    known = existing(conn, list(first))
    fresh = sorted(key for key in first if key not in known)
    inserted = insert_new(
        conn,
        [{**rows[first[k]], "parsed": alerts[first[k]].alert.model_dump_json()} for k in fresh],
    )
    lost = [key for key in fresh if key not in inserted]
    known.update(existing(conn, lost))  # another console stored them meanwhile
    for key, alert_id in inserted.items():
        known[key] = (alert_id, rows[first[key]]["content_hash"])

    outcomes: list[tuple[Outcome, int, Key]] = []
    quarantined: list[dict[str, Any]] = []
    for index, (row, key) in enumerate(zip(rows, keys, strict=True)):
        alert_id, digest = known[key]
        if key in inserted and first[key] == index:
            outcomes.append(("stored", alert_id, key))
        elif digest == row["content_hash"]:
            outcomes.append(("duplicate", alert_id, key))
        else:
            outcomes.append(("conflict", alert_id, key))
            quarantined.append(conflict_values(alerts[index], alert_id))
    conflicts = len(quarantined)

    links = [
        link
        for key, alert_id in inserted.items()
        for link in _links.link_rows(alert_id, alerts[first[key]].alert)
    ]
    if links:
        conn.execute(insert(_alert_links), links)
    _links.resolve(conn, list(inserted.values()), list(inserted))

    quarantined.extend(r.model_dump() for r in rejects)
    q_ids = insert_quarantine(conn, quarantined)

    conflict_ids = iter(q_ids[:conflicts])
    results = tuple(
        AddResult(
            outcome=outcome,
            alert_id=alert_id,
            key=key,
            quarantine_id=next(conflict_ids) if outcome == "conflict" else None,
        )
        for outcome, alert_id, key in outcomes
    )
    return BatchResult(results=results, quarantine_ids=tuple(q_ids[conflicts:])), inserted


def alert_values(item: IncomingAlert) -> dict[str, Any]:
    """The ``alerts`` row for one incoming alert (without ``parsed``: only new rows need it)."""
    alert = item.alert
    info = alert.first_info
    return {
        "sender": alert.sender,
        "identifier": alert.identifier,
        "sent_text": alert.sent.text,
        "sent_utc": alert.sent.utc,
        "status": alert.status.value,
        "msg_type": alert.msg_type.value,
        "scope": alert.scope.value,
        "event": info.event if info else None,
        "headline": info.headline if info else None,
        "severity": info.severity.value if info else None,
        "urgency": info.urgency.value if info else None,
        "certainty": info.certainty.value if info else None,
        "categories": " ".join(c.value for c in info.categories) if info else "",
        "incidents": json.dumps(list(alert.incidents)),
        "note": alert.note,
        "exercise_id": item.exercise_id,
        "topic": item.topic,
        "country": item.country,
        "agency": item.agency,
        "received_at": item.received_at,
        "expires_utc": alert.expires_utc(),
        "raw": item.raw,
        "content_hash": hashlib.sha256(item.raw).hexdigest(),
        "signed": alert.signature is not None,
        "trust_state": item.trust_state,
        "trust_signer": item.trust_signer,
        "trust_detail": item.trust_detail,
        "cap_warnings": _json_list(item.warnings),
        "edxl_envelope": item.envelope.model_dump_json() if item.envelope else None,
        "trust_signers": _json_list(item.signers),
    }


def _json_list(items: Sequence[Any]) -> str | None:
    """A JSON list of pydantic models, None for none (the column's "nothing to say")."""
    return json.dumps([item.model_dump() for item in items]) if items else None


def existing(conn: Connection, keys: list[Key]) -> dict[Key, tuple[int, str]]:
    """Stored alerts among ``keys``: key -> (id, content hash); one SELECT per chunk.

    The query narrows by identifier (the leading column of the unique index) and the exact
    key is matched here: a row-value ``IN`` costs far more to bind on SQLite.
    """
    wanted = set(keys)
    found: dict[Key, tuple[int, str]] = {}
    identifiers = sorted({identifier for _, identifier, _ in keys})
    for chunk in _links.chunks(identifiers, _links.CHUNK * 3):
        query = select(_alerts.c.id, _alerts.c.content_hash, *_KEY_COLUMNS).where(
            _alerts.c.identifier.in_(chunk)
        )
        for alert_id, digest, sender, identifier, sent in conn.execute(query):
            if (sender, identifier, sent) in wanted:
                found[(sender, identifier, sent)] = (alert_id, digest)
    return found


_INSERT_COLUMNS = tuple(c.name for c in _alerts.c if c.name != "id")
_ROW_VALUES = itemgetter(*_INSERT_COLUMNS)
_TIME_AT = tuple(  # where the UtcDateTime columns are among them
    i for i, c in enumerate(_INSERT_COLUMNS) if isinstance(_alerts.c[c].type, UtcDateTime)
)
_ROWS_PER_INSERT = 500  # 31 parameters a row: far under SQLite's 32,766 and libpq's 65,535


def insert_new(conn: Connection, rows: list[dict[str, Any]]) -> dict[Key, int]:
    """INSERT ... ON CONFLICT DO NOTHING; the keys this transaction actually inserted.

    Multi-row statements straight to the driver: SQLAlchemy's per-row parameter processing
    cost about as much as the rest of the batch's alert writing. Times are bound as the
    ``UtcDateTime`` columns store them (``db_time``), the rest as the driver adapts them.
    """
    if not rows:
        return {}
    dialect = conn.dialect.name
    mark = driver_mark(dialect)
    one_row = "(" + ", ".join([mark] * len(_INSERT_COLUMNS)) + ")"
    inserted: dict[Key, int] = {}
    for chunk in _links.chunks(rows, _ROWS_PER_INSERT):
        params: list[Any] = []
        for row in chunk:
            values = list(_ROW_VALUES(row))  # the columns in order, in one C call
            for at in _TIME_AT:
                values[at] = db_time(values[at], dialect)
            params.extend(values)
        statement = (
            f"INSERT INTO alerts ({', '.join(_INSERT_COLUMNS)}) VALUES "  # noqa: S608 (names, marks)
            + ", ".join([one_row] * len(chunk))
            + " ON CONFLICT (sender, identifier, sent_text) DO NOTHING"
            " RETURNING id, sender, identifier, sent_text"
        )
        for alert_id, sender, identifier, sent in conn.exec_driver_sql(statement, tuple(params)):
            inserted[(sender, identifier, sent)] = alert_id
    return inserted


def conflict_values(item: IncomingAlert, kept_id: int) -> dict[str, Any]:
    """The quarantine row for a second copy of a key with different content."""
    sender, identifier, sent = item.alert.key()
    return {
        "raw": item.raw,
        "topic": item.topic,
        "reason": (
            f"conflicting content for existing CAP key {sender},{identifier},{sent} "
            f"(stored alert #{kept_id} kept)"
        ),
        "reason_msg": Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Conflicting content for an existing CAP key {key} (stored alert #{kept} kept)",
            ),
            {"key": f"{sender},{identifier},{sent}", "kept": kept_id},
        ).data(),
        "received_at": item.received_at,
        "source": "bus" if item.topic is not None else "file",
    }


def _json_or_none(value: Any) -> str | None:
    """``quarantine.reason_msg`` as stored: JSON text (a message's id and arguments)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def insert_quarantine(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert quarantine rows; their ids in the order given."""
    if not rows:
        return []
    rows = [{**row, "reason_msg": _json_or_none(row.get("reason_msg"))} for row in rows]
    stmt = insert(_quarantine).returning(_quarantine.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())
