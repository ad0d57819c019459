"""TAK devices → directory units, and position reports → ``idesk.unit-status/1`` messages.

A device is matched by its CoT ``uid`` (``tak_uids`` of a directory unit) first, then by
callsign (the unit's ``tak_callsign``, else its own ``callsign``; case-insensitive). Devices
that match nothing are kept in :class:`UnknownDevices` for an operator to link to a unit.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from incident_desk.command import Directory, DirectoryUnit
from incident_desk.command._events import UNIT_STATUS_SCHEMA
from incident_desk.tak._cot import CotEvent
from incident_desk.topics import Mode, unit_topic

__all__ = [
    "SOURCE_PREFIX",
    "DeviceMatcher",
    "UnitMatch",
    "UnknownDevice",
    "UnknownDevices",
    "pli_message",
]

SOURCE_PREFIX: Final = "tak:"
"""``source`` of unit messages the gateway publishes (so it never echoes them back to TAK)."""

MAX_UNKNOWN: Final = 500


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A directory unit a device stands for, with the country of its agency."""

    unit: DirectoryUnit
    country: str

    def topic(self, exercise_id: str | None) -> str:
        mode = Mode.ACTUAL if exercise_id is None else Mode.EXERCISE
        return unit_topic(mode, self.country, self.unit.agency, self.unit.id, exercise_id)


class DeviceMatcher:
    """Look up directory units by TAK uid or callsign (built once from a ``Directory``)."""

    def __init__(self, directory: Directory | None) -> None:
        self._by_uid: dict[str, UnitMatch] = {}
        self._by_callsign: dict[str, UnitMatch] = {}
        if directory is None:
            return
        countries = {a.id: a.country for a in directory.agencies}
        for unit in directory.units:
            match = UnitMatch(unit, countries[unit.agency])
            for uid in unit.tak_uids:
                self._by_uid[uid] = match
            self._by_callsign.setdefault((unit.tak_callsign or unit.callsign).casefold(), match)
        for unit in directory.units:  # a unit's own callsign, where no tak_callsign claims it
            self._by_callsign.setdefault(
                unit.callsign.casefold(), UnitMatch(unit, countries[unit.agency])
            )

    def match(self, uid: str, callsign: str | None) -> UnitMatch | None:
        found = self._by_uid.get(uid)
        if found is None and callsign:
            found = self._by_callsign.get(callsign.casefold())
        return found


def pli_message(event: CotEvent, match: UnitMatch, status: str, exercise_id: str | None) -> bytes:
    """The unit status message for a position report (``status`` = the unit's last known).

    Extra keys (``source``, ``stale``, ``tak_callsign``) are ignored by readers of
    ``idesk.unit-status/1`` (docs/directory.md) and tell where the position came from.
    """
    body = {
        "schema": UNIT_STATUS_SCHEMA,
        "unit": match.unit.id,
        "agency": match.unit.agency,
        "callsign": match.unit.callsign,
        "status": status,
        "position": {"lat": event.point.lat, "lon": event.point.lon},
        "time": event.time.isoformat(),
        "exercise": exercise_id,
        "source": f"{SOURCE_PREFIX}{event.uid}",
        "stale": event.stale.isoformat(),
        "tak_callsign": event.callsign,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode()


@dataclass(frozen=True, slots=True)
class UnknownDevice:
    """A TAK device that reported a position but matches no directory unit."""

    uid: str
    callsign: str | None
    lat: float
    lon: float
    last_seen: datetime
    exercise_id: str | None
    reports: int


class UnknownDevices:
    """The unknown devices seen, newest report per uid (bounded; thread-safe)."""

    def __init__(self, limit: int = MAX_UNKNOWN) -> None:
        self._limit = limit
        self._lock = threading.Lock()
        self._devices: dict[tuple[str, str | None], UnknownDevice] = {}

    def seen(self, event: CotEvent, exercise_id: str | None) -> bool:
        """Record a report; True if this device was not known before."""
        key = (event.uid, exercise_id)
        with self._lock:
            old = self._devices.pop(key, None)
            if old is None and len(self._devices) >= self._limit:
                self._devices.pop(next(iter(self._devices)))
            self._devices[key] = UnknownDevice(
                event.uid,
                event.callsign,
                event.point.lat,
                event.point.lon,
                event.time,
                exercise_id,
                (old.reports if old else 0) + 1,
            )
        return old is None

    def snapshot(self) -> tuple[UnknownDevice, ...]:
        with self._lock:
            return tuple(self._devices.values())
