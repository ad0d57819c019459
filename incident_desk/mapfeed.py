"""What the live map shows, as GeoJSON features: incidents and CAP alert areas (Qt-free).

The map page (``resources/map/idesk_map.js``) keeps one item per ``properties.id`` and draws
it by ``kind``, ``severity``, ``status`` and ``exercise``. This module turns store and board
snapshots into those features, deterministically, so the console only decides *when* to
push them (docs/architecture.md §7):

- :func:`incident_features`: one point per located, unmerged incident, id ``incident:{id}``.
- :func:`alert_area_features`: every polygon and circle of an alert's ``info`` areas, id
  ``alert:{id}`` (several shapes, one item). Acks, Errors and Cancels draw nothing.
- :func:`superseded_alert_ids`: the alerts an Update or Cancel replaces, whose areas leave
  the map (the Update brings its own).

Geometry goes through :func:`incident_desk.geo.area_to_geojson` and
:func:`incident_desk.geo.point_feature`, the one place ``lat,lon`` becomes ``lon,lat``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from incident_desk.geo import area_to_geojson, point_feature
from incident_desk.incidents import IncidentSnapshot
from incident_desk.store import StoredAlert
from incident_desk.timefmt import time_of_day

Feature = dict[str, Any]
Key = tuple[str, str, str]
"""A CAP message key: ``(sender, identifier, sent)``."""

INCIDENT_PREFIX = "incident:"
ALERT_PREFIX = "alert:"
DRAWN_MSG_TYPES = frozenset({"Alert", "Update"})
"""Message types whose areas are drawn; an Ack, Error or Cancel is not itself a hazard."""
SUPERSEDING_MSG_TYPES = frozenset({"Update", "Cancel"})


def incident_feature_id(incident_id: int) -> str:
    return f"{INCIDENT_PREFIX}{incident_id}"


def alert_feature_id(alert_id: int) -> str:
    return f"{ALERT_PREFIX}{alert_id}"


def parse_feature_id(feature_id: str) -> tuple[str, int] | None:
    """``"incident:7"`` → ``("incident", 7)``, ``"alert:3"`` → ``("alert", 3)``; else None."""
    for kind, prefix in (("incident", INCIDENT_PREFIX), ("alert", ALERT_PREFIX)):
        if feature_id.startswith(prefix):
            rest = feature_id[len(prefix) :]
            if rest.isdigit():
                return kind, int(rest)
    return None


@dataclass(frozen=True)
class MapUpdate:
    """One batch for the page: features to add or replace, and item ids to take away."""

    upsert: list[Feature] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.upsert or self.remove)


def incident_properties(incident: IncidentSnapshot) -> dict[str, Any]:
    return {
        "id": incident_feature_id(incident.id),
        "kind": "incident",
        "severity": incident.severity or "Unknown",
        "status": str(incident.status),
        "exercise": incident.exercise_id is not None,
        "exercise_id": incident.exercise_id,
        "label": f"{incident.key} {incident.title}",
        "key": incident.key,
    }


def incident_features(incidents: Iterable[IncidentSnapshot]) -> list[Feature]:
    """Point features for the incidents that have a location and were not merged away,
    in ascending id order."""
    return [
        point_feature(i.lat, i.lon, incident_properties(i))
        for i in sorted(incidents, key=lambda i: i.id)
        if i.lat is not None and i.lon is not None and i.merged_into is None
    ]


def incident_update(incidents: Iterable[IncidentSnapshot]) -> MapUpdate:
    """Upserts for changed incidents that can be drawn; removals for those that cannot any
    more (merged into another, or without a location)."""
    snapshots = sorted(incidents, key=lambda i: i.id)
    drawn = incident_features(snapshots)
    drawn_ids = {f["properties"]["id"] for f in drawn}
    gone = [
        incident_feature_id(i.id) for i in snapshots if incident_feature_id(i.id) not in drawn_ids
    ]
    return MapUpdate(upsert=drawn, remove=gone)


def _is_exercise(stored: StoredAlert) -> bool:
    return stored.exercise_id is not None or stored.status == "Exercise"


def alert_area_features(stored_alerts: Iterable[StoredAlert]) -> list[Feature]:
    """The drawable areas of each Alert/Update, one item (``alert:{id}``) per alert.

    Every shape carries ``kind: "area"``, the alert's ``severity`` (highest first info's if
    stored without one: "Unknown"), its CAP ``status``, ``exercise`` (bool), ``label``
    (headline, else event, else identifier), ``trust`` (the trust state, None if never
    checked: the page adds its ``[⚠ unsigned]``-style marker, in the console's language, when
    the check did not verify it) and ``info`` (index of the info block). An alert
    with only geocodes, or of another message type, yields nothing. Ascending alert id.
    """
    features: list[Feature] = []
    for stored in sorted(stored_alerts, key=lambda s: s.id):
        if stored.msg_type not in DRAWN_MSG_TYPES:
            continue
        base = {
            "id": alert_feature_id(stored.id),
            "kind": "area",
            "status": stored.status,
            "exercise": _is_exercise(stored),
            "exercise_id": stored.exercise_id,
            "label": stored.headline or stored.event or stored.identifier,
            "trust": stored.trust_state,
        }
        for index, info in enumerate(stored.alert.infos):
            severity = str(info.severity) if info.severity is not None else None
            props = {**base, "severity": severity or stored.severity or "Unknown", "info": index}
            for area in info.areas:
                features.extend(area_to_geojson(area, props))
    return features


def superseded_alert_ids(
    stored_alerts: Iterable[StoredAlert], resolve: Callable[[Key], int | None]
) -> list[int]:
    """Ids of the alerts that the Updates and Cancels among ``stored_alerts`` reference.

    ``resolve`` maps a CAP key to a stored alert id (e.g. the console's key index, falling
    back to ``Store.find_alert``); unknown references are skipped. Sorted, no duplicates.
    """
    found: set[int] = set()
    for stored in stored_alerts:
        if stored.msg_type not in SUPERSEDING_MSG_TYPES:
            continue
        for ref in stored.alert.references:
            alert_id = resolve(ref.key())
            if alert_id is not None:
                found.add(alert_id)
    return sorted(found)


def alert_area_update(
    stored_alerts: Iterable[StoredAlert], resolve: Callable[[Key], int | None]
) -> MapUpdate:
    """Area upserts for ``stored_alerts`` and removals for the alerts they supersede.

    Within one batch the newest word wins: an alert superseded by another alert of the same
    batch is not drawn at all (the initial load of a whole store relies on this).
    """
    rows = sorted(stored_alerts, key=lambda s: s.id)
    by_key = {s.key(): s.id for s in rows}

    def lookup(key: Key) -> int | None:
        return by_key.get(key) if key in by_key else resolve(key)

    superseded = superseded_alert_ids(rows, lookup)
    dropped = set(superseded)
    upsert = alert_area_features(s for s in rows if s.id not in dropped)
    return MapUpdate(upsert=upsert, remove=[alert_feature_id(i) for i in superseded])


UNIT_PREFIX = "unit:"


def unit_feature_id(unit_id: str) -> str:
    return f"{UNIT_PREFIX}{unit_id}"


def unit_features(
    units: Iterable[Any], exercise_id: str | None = None, now: datetime | None = None
) -> list[Feature]:
    """Point features for the units whose position is known, in ascending id order.

    ``units`` are ``incident_desk.command.UnitSnapshot``s. Properties: ``id`` ("unit:{id}"),
    ``kind`` "unit", ``agency``, ``status`` ("unknown" before the first status message),
    ``label`` (the callsign), ``stale`` (bool: the page greys it) and ``stale_since`` (the
    time of day a TAK position report went past its own stale time: the page says "stale
    since 14:03 UTC+03:00" in the console's language; None while current), ``exercise``: the
    unit's own exercise id when the core tracks one, else ``exercise_id`` (the console's mode).
    """
    when = now or datetime.now(UTC)
    features: list[Feature] = []
    for u in sorted(units, key=lambda u: u.id):
        if u.lat is None or u.lon is None:
            continue
        exercise = u.exercise_id if u.exercise_id is not None else exercise_id
        since = u.stale_since(when) if hasattr(u, "stale_since") else None
        props = {
            "id": unit_feature_id(u.id),
            "kind": "unit",
            "agency": u.agency,
            "country": u.country,
            "status": str(u.status) if u.status is not None else "unknown",
            "label": u.callsign,
            "stale": since is not None,
            "stale_since": None if since is None else time_of_day(since),
            "exercise": exercise is not None,
            "exercise_id": exercise,
        }
        features.append(point_feature(u.lat, u.lon, props))
    return features


def unit_update(
    units: Iterable[Any], exercise_id: str | None = None, now: datetime | None = None
) -> MapUpdate:
    """Upserts for changed units with a position; removals for those without one."""
    snapshots = list(units)
    drawn = unit_features(snapshots, exercise_id, now)
    drawn_ids = {f["properties"]["id"] for f in drawn}
    gone = sorted(
        unit_feature_id(u.id) for u in snapshots if unit_feature_id(u.id) not in drawn_ids
    )
    return MapUpdate(upsert=drawn, remove=gone)


CORDON_PREFIX = "cordon:"


def cordon_feature_id(incident_key: str, area_id: str) -> str:
    return f"{CORDON_PREFIX}{incident_key}:{area_id}"


def cordon_features(areas: Iterable[Any]) -> list[Feature]:
    """The areas operators drew on incidents (``incident_desk.command.DrawnArea``), one item
    each (``cordon:{incident key}:{area id}``): ``kind`` "area" with ``cordon: True`` (the
    page draws them amber, thick and dashed; exercise ones keep the exercise style)."""
    features: list[Feature] = []
    for a in sorted(areas, key=lambda a: (a.incident_key, a.at, a.id)):
        exercise = a.exercise_id is not None
        props = {
            "id": cordon_feature_id(a.incident_key, a.id),
            "kind": "area",
            "cordon": True,
            "severity": "Unknown",
            "status": "Exercise" if exercise else "Actual",
            "exercise": exercise,
            "exercise_id": a.exercise_id,
            "label": f"{a.label} ({a.incident_key}, {a.by})",
            "key": a.incident_key,
        }
        features.extend(area_to_geojson(a.to_cap_area(), props))
    return features
