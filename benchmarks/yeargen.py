"""A year of a busy multi-agency bus, bulk-loaded into a store (not through ingest).

``generate(url, alerts=N)`` migrates the store at ``url`` (SQLite or PostgreSQL) and loads:

- ``N`` alerts from 30 agencies in 7 countries, spread evenly over 365 days in arrival
  order: about 80 % Alerts, 14 % Updates and 4 % Cancels of an earlier alert of the same
  sender, 2 % Acks, each with its CAP bytes, parsed model, summary columns and reference
  links; words drawn from a vocabulary of events, places and descriptions, so a word's
  frequency is realistic (some words in every tenth alert, a place name in 1 of 400);
- ``N / 20`` incidents (each alert but the Acks attached to one; the last 400 still open),
  ``N / 4`` timeline entries on them, ``min(2000, N / 10)`` units.

The issue's year is ``N = 2,000,000`` (100,000 incidents, 500,000 timeline entries, 2,000
units): ``IDESK_YEAR_ALERTS=2000000``. ``make bench`` uses a smaller default (see
``bench_year``) so it runs in minutes.

The rows go in with multi-row INSERTs in chunks (the store's own triggers fill the search
index). The evidence log is not written for them: the generator clears the pending queue the
evidence triggers filled, as for facts stored before the log existed (documented in
docs/data-volume.md), so that the first write after the load does not log a year at once.

    python -m benchmarks.yeargen sqlite:////tmp/year.db 200000
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, create_engine, insert, text

COUNTRIES = {
    "KE": ("nps", "kdf", "nis", "kra", "nairobi-fire"),
    "UG": ("upf", "updf", "iso", "kcca"),
    "TZ": ("tpf", "tpdf", "tiss", "dar-fire"),
    "RW": ("rnp", "rdf", "nisr", "kigali-fire"),
    "ET": ("efp", "endf", "niss", "addis-fire"),
    "SO": ("spf", "sna", "nisa", "mogadishu-fire"),
    "SS": ("ssnps", "ssdf", "nss", "juba-fire", "cid"),
}
AGENCIES = [(cc, a.lower()) for cc, names in COUNTRIES.items() for a in names]
assert len(AGENCIES) == 30, len(AGENCIES)
EVENTS = (
    "Explosion",
    "Armed attack",
    "Hostage situation",
    "Suspicious package",
    "Vehicle-borne threat",
    "Cross-border incursion",
    "Kidnapping",
    "Arson",
    "Drone sighting",
    "Attack on power substation",
)
PLACES = tuple(
    f"{town} {site}"
    for town in [
        "Nairobi",
        "Mombasa",
        "Kisumu",
        "Garissa",
        "Mandera",
        "Lamu",
        "Kampala",
        "Gulu",
        "Entebbe",
        "Mbarara",
        "Arusha",
        "Dodoma",
        "Mwanza",
        "Kigoma",
        "Kigali",
        "Musanze",
        "Rubavu",
        "Huye",
        "Addis",
        "Dire-Dawa",
        "Gondar",
        "Jijiga",
        "Mogadishu",
        "Kismayo",
        "Baidoa",
        "Beledweyne",
        "Juba",
        "Malakal",
        "Wau",
        "Nimule",
    ]
    for site in (
        "bus terminal",
        "central market",
        "border post",
        "airport",
        "stadium",
        "police station",
        "university",
        "hotel district",
        "refinery",
        "ferry port",
        "railway station",
        "hospital",
        "ministry quarter",
    )
)
DETAILS = (
    "Casualties reported.",
    "Secondary device not excluded.",
    "Perimeter established by first responders.",
    "Witnesses report gunfire.",
    "Suspects fled towards the border.",
    "Traffic diverted, expect delays.",
    "Evacuation of adjacent buildings ordered.",
    "Situation contained, investigation ongoing.",
    "Bomb disposal unit on scene.",
    "Medical teams requested from neighbouring districts.",
)
SEVERITIES = ("Extreme", "Severe", "Severe", "Moderate", "Moderate", "Minor", "Unknown")
CHUNK = 2000
OPEN_INCIDENTS = 400


def _cap_time(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-00:00"


def _alerts(n: int, start: datetime, rng: random.Random) -> Iterator[dict[str, Any]]:
    """Alert rows in arrival order (ids 1..n), with what links and incidents need."""
    step = timedelta(days=365) / max(n, 1)
    latest: dict[str, list[tuple[int, str, str]]] = {}
    for i in range(1, n + 1):
        cc, agency = AGENCIES[rng.randrange(len(AGENCIES))]
        sender = f"ops@{agency}.{cc.lower()}.example"
        sent = start + step * i
        roll = rng.random()
        earlier = latest.get(sender, [])
        kind = "Alert"
        if earlier and roll < 0.14:
            kind = "Update"
        elif earlier and roll < 0.18:
            kind = "Cancel"
        elif earlier and roll < 0.20:
            kind = "Ack"
        ref = earlier[rng.randrange(len(earlier))] if kind != "Alert" else None
        event = EVENTS[rng.randrange(len(EVENTS))]
        place = PLACES[rng.randrange(len(PLACES))]
        severity = SEVERITIES[rng.randrange(len(SEVERITIES))]
        headline = f"{event} at {place}" if kind != "Ack" else None
        description = " ".join(rng.sample(DETAILS, 2)) if kind != "Ack" else None
        identifier = f"{cc}-{agency}-{i:08d}"
        sent_text = _cap_time(sent)
        info = (
            {
                "language": "en-US",
                "categories": ["Security"],
                "event": event,
                "urgency": "Immediate",
                "severity": severity,
                "certainty": "Observed",
                "headline": headline,
                "description": description,
                "expires": {"text": _cap_time(sent + timedelta(hours=6)), "utc": ""},
                "areas": [{"area_desc": place}],
            }
            if kind != "Ack"
            else None
        )
        if info is not None:
            info["expires"]["utc"] = (sent + timedelta(hours=6)).isoformat()  # type: ignore[index]
        references = [{"sender": sender, "identifier": ref[1], "sent": ref[2]}] if ref else []
        parsed = {
            "identifier": identifier,
            "sender": sender,
            "sent": {"text": sent_text, "utc": sent.isoformat()},
            "status": "Actual",
            "msg_type": kind,
            "scope": "Public",
            "references": references,
            "infos": [info] if info else [],
        }
        raw = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:'
            f'emergency:cap:1.2"><identifier>{identifier}</identifier><sender>{sender}'
            f"</sender><sent>{sent_text}</sent><status>Actual</status><msgType>{kind}"
            f"</msgType><scope>Public</scope>"
            + (f"<references>{sender},{ref[1]},{ref[2]}</references>" if ref else "")
            + (
                f"<info><category>Security</category><event>{event}</event><urgency>Immediate"
                f"</urgency><severity>{severity}</severity><certainty>Observed</certainty>"
                f"<headline>{headline}</headline><description>{description}</description>"
                f"<area><areaDesc>{place}</areaDesc></area></info>"
                if info
                else ""
            )
            + "</alert>"
        ).encode()
        if kind == "Alert":
            earlier.append((i, identifier, sent_text))
            if len(earlier) > 50:
                del earlier[0]
            latest[sender] = earlier
        yield {
            "id": i,
            "sender": sender,
            "identifier": identifier,
            "sent_text": sent_text,
            "sent_utc": sent,
            "status": "Actual",
            "msg_type": kind,
            "scope": "Public",
            "event": event if info else None,
            "headline": headline,
            "severity": severity if info else None,
            "urgency": "Immediate" if info else None,
            "certainty": "Observed" if info else None,
            "categories": "Security" if info else "",
            "incidents": "[]",
            "note": None,
            "exercise_id": None,
            "topic": f"idesk/v1/actual/{cc}/{agency}/{'ack' if kind == 'Ack' else 'alert'}",
            "country": cc,
            "agency": agency,
            "received_at": sent + timedelta(seconds=1),
            "expires_utc": sent + timedelta(hours=6) if info else None,
            "raw": raw,
            "parsed": json.dumps(parsed, separators=(",", ":")),
            "content_hash": hashlib.sha256(raw).hexdigest(),
            "signed": False,
            "_ref": ref,
        }


def generate(url: str, *, alerts: int, seed: int = 2026) -> dict[str, int]:
    """Load a year of ``alerts`` alerts (and the rest, see the module) into ``url``."""
    from incident_desk.command._schema import units_table
    from incident_desk.incidents._schema import incidents_table
    from incident_desk.store import Store
    from incident_desk.store._schema import alert_links_table, alerts_table, timeline_table

    Store.open(url).close()  # migrate
    rng = random.Random(seed)
    start = datetime(2025, 12, 1, tzinfo=UTC)
    n_incidents = max(1, alerts // 20)
    n_timeline = alerts // 4
    n_units = min(2000, max(1, alerts // 10))
    engine = create_engine(url)
    counts = {"alerts": 0, "incidents": n_incidents, "timeline": n_timeline, "units": n_units}
    try:
        with engine.begin() as conn:
            step = timedelta(days=365) / n_incidents
            conn.execute(
                insert(incidents_table),
                [
                    {
                        "id": k,
                        "key": f"INC-{k:06d}",
                        "traffic": "actual",
                        "title": f"{EVENTS[k % len(EVENTS)]} at {PLACES[k % len(PLACES)]}",
                        "status": "active" if k > n_incidents - OPEN_INCIDENTS else "closed",
                        "severity": SEVERITIES[k % len(SEVERITIES)],
                        "created_at": start + step * k,
                        "updated_at": start + step * k + timedelta(hours=5),
                        "created_by": "yeargen",
                        "exercise_id": None,
                        "lat": -1.28 + (k % 100) * 0.01,
                        "lon": 36.8 + (k % 100) * 0.01,
                        "country": AGENCIES[k % len(AGENCIES)][0],
                        "merged_into": None,
                    }
                    for k in range(1, n_incidents + 1)
                ],
            )
        rows: list[dict[str, Any]] = []
        for row in _alerts(alerts, start, rng):
            rows.append(row)
            if len(rows) == CHUNK:
                _write_alerts(engine, rows, alerts, n_incidents)
                counts["alerts"] += len(rows)
                rows = []
        if rows:
            _write_alerts(engine, rows, alerts, n_incidents)
            counts["alerts"] += len(rows)
        with engine.begin() as conn:
            for first in range(0, n_timeline, CHUNK * 5):
                last = min(n_timeline, first + CHUNK * 5)
                conn.execute(
                    insert(timeline_table),
                    [
                        _timeline(k, n_timeline, n_incidents, start)
                        for k in range(first + 1, last + 1)
                    ],
                )  # type: ignore[arg-type]
            conn.execute(
                insert(units_table),
                [
                    {
                        "traffic": "actual",
                        "id": f"unit-{u:05d}",
                        "callsign": f"{AGENCIES[u % 30][1].upper()}-{u}",
                        "agency": AGENCIES[u % 30][1],
                        "country": AGENCIES[u % 30][0],
                        "kind": "patrol",
                        "size": 4,
                        "contact": None,
                        "status": "available",
                        "lat": -1.0 + (u % 50) * 0.02,
                        "lon": 36.0 + (u % 50) * 0.02,
                        "status_at": start,
                        "exercise_id": None,
                    }
                    for u in range(1, n_units + 1)
                ],
            )
            _settle(conn, (alerts_table, alert_links_table, timeline_table))
    finally:
        engine.dispose()
    return counts


def _write_alerts(engine: Any, rows: list[dict[str, Any]], total: int, n_incidents: int) -> None:
    from incident_desk.incidents._schema import incident_alerts_table
    from incident_desk.store._schema import alert_links_table, alerts_table

    links = []
    attached = []
    for row in rows:
        ref = row.pop("_ref")
        if ref is not None:
            kind = {"Update": "update", "Cancel": "cancel", "Ack": "ack"}[row["msg_type"]]
            links.append(
                {
                    "alert_id": row["id"],
                    "ref_sender": row["sender"],
                    "ref_identifier": ref[1],
                    "ref_sent": ref[2],
                    "kind": kind,
                    "target_id": ref[0],
                }
            )
        if row["msg_type"] != "Ack":
            incident = min(n_incidents, 1 + (row["id"] - 1) * n_incidents // total)
            attached.append(
                {
                    "incident_id": incident,
                    "alert_id": row["id"],
                    "attached_by": "yeargen",
                    "attached_at": row["received_at"],
                }
            )
    with engine.begin() as conn:
        conn.execute(insert(alerts_table), rows)
        if links:
            conn.execute(insert(alert_links_table), links)
        conn.execute(insert(incident_alerts_table), attached)
        conn.execute(text("DELETE FROM evidence_pending"))


def _timeline(k: int, total: int, n_incidents: int, start: datetime) -> dict[str, Any]:
    incident = 1 + (k - 1) * n_incidents // max(total, 1)
    return {
        "id": k,
        "at": start + timedelta(days=365) * k / max(total, 1),
        "actor": "duty officer",
        "console": "ops-1",
        "kind": ("note", "status", "assignment", "attach")[k % 4],
        "incident_id": f"INC-{incident:06d}",
        "alert_id": None,
        "exercise_id": None,
        "text": f"Update {k}: {DETAILS[k % len(DETAILS)]}",
        "data": "{}",
    }


def _settle(conn: Connection, tables: tuple[Any, ...]) -> None:
    """Clear the evidence queue, gather planner statistics (what autovacuum / a periodic
    ANALYZE keeps fresh in service); on PostgreSQL move the id sequences past the loaded ids."""
    conn.execute(text("DELETE FROM evidence_pending"))
    conn.execute(text("ANALYZE"))
    if conn.dialect.name != "postgresql":
        return
    for name in ("alerts", "alert_links", "timeline", "incidents"):
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
            )
        )


if __name__ == "__main__":
    t0 = time.perf_counter()
    result = generate(sys.argv[1], alerts=int(sys.argv[2]) if len(sys.argv) > 2 else 20_000)
    print(result, f"{time.perf_counter() - t0:.1f} s")
