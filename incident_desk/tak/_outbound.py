"""CAP alerts, incidents and units → CoT events: exactly the table in docs/tak.md.

Pure functions of their inputs and a ``now``: the gateway calls them for every bus message it
sees; the golden files in ``tests/data/tak/`` pin their output. Exercise items always carry
``opex="e-{exercise}"`` and "EXERCISE" in callsign and remarks; real ones carry no ``opex``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Final

from incident_desk.cap import Alert, Area, Category, Certainty, Info, MsgType, Severity
from incident_desk.command import UnitStatusMessage
from incident_desk.geo import centroid_of_area
from incident_desk.tak._cot import UNKNOWN, CotEvent, CotLink, CotPoint

__all__ = [
    "MapOptions",
    "alert_events",
    "delete_event",
    "exercise_text",
    "incident_uid",
    "opex_for",
    "presence_event",
    "unit_event",
    "unit_uid",
    "withdrawn",
]

EXERCISE: Final = "EXERCISE"
MAX_REMARKS: Final = 4000
_EARTH_M: Final = 6_371_008.8
_UNSAFE: Final = re.compile(r"[^A-Za-z0-9_.:-]")
_RED, _ORANGE, _YELLOW = 0xFFFF0000, 0xFFFF8000, 0xFFFFFF00


@dataclass(frozen=True, slots=True)
class MapOptions:
    """Knobs of the mapping (from ``TakSettings``).

    Attributes:
        group: the TAK team colour (``__group@name``) of everything we send.
        default_ttl: ``stale`` = ``sent`` + this when a CAP alert has no ``expires``.
        unit_stale: how long a unit position stays fresh on the devices.
    """

    group: str = "Cyan"
    default_ttl: timedelta = timedelta(hours=1)
    unit_stale: timedelta = timedelta(minutes=5)


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text)


def _prefix(exercise_id: str | None) -> str:
    return "idesk" if exercise_id is None else f"idesk.exercise.{_safe(exercise_id)}"


def incident_uid(key: str, exercise_id: str | None) -> str:
    """``idesk.incident.{key}``, or ``idesk.exercise.{id}.incident.{key}`` in an exercise."""
    return f"{_prefix(exercise_id)}.incident.{_safe(key)}"


def unit_uid(country: str, agency: str, unit: str, exercise_id: str | None) -> str:
    """``idesk.unit.{country}.{agency}.{unit}`` (exercise: ``idesk.exercise.{id}.unit…``)."""
    return f"{_prefix(exercise_id)}.unit.{country}.{agency}.{_safe(unit)}"


def opex_for(exercise_id: str | None) -> str | None:
    """None (no ``opex``: "unstated", which real traffic is) or ``e-{exercise}``.

    Real events carry no ``opex``: FreeTAKServer 2.2 drops any event that has one.
    """
    return None if exercise_id is None else f"e-{exercise_id}"


def exercise_text(text: str, exercise_id: str | None) -> str:
    """Prefix "EXERCISE " to exercise text (once); real text unchanged."""
    if exercise_id is None or text.startswith(EXERCISE):
        return text
    return f"{EXERCISE} {text}"


def _marker_type(info: Info) -> str:
    if not {Category.SECURITY, Category.CBRNE} & set(info.categories):
        return "a-u-G"
    return {Certainty.OBSERVED: "a-h-G", Certainty.LIKELY: "a-s-G"}.get(info.certainty, "a-u-G")


def _colour(severity: Severity) -> int:
    argb = {Severity.EXTREME: _RED, Severity.SEVERE: _RED, Severity.MODERATE: _ORANGE}.get(
        severity, _YELLOW
    )
    return argb - (1 << 32)  # TAK writes colours as signed 32-bit integers


def _fill(stroke: int) -> int:
    return ((stroke + (1 << 32)) & 0x00FFFFFF) | 0x40000000  # 25 % opaque, always positive


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_M * math.asin(min(1.0, math.sqrt(h)))


def _reach_m(area: Area, lat: float, lon: float) -> float:
    """The farthest any part of ``area`` lies from (lat, lon): the marker's ``ce``."""
    reach = 0.0
    for polygon in area.polygons:
        for p in polygon.points:
            reach = max(reach, _distance_m(lat, lon, p.lat, p.lon))
    for circle in area.circles:
        d = _distance_m(lat, lon, circle.center.lat, circle.center.lon)
        reach = max(reach, d + circle.radius_km * 1000.0)
    return round(reach, 1)


def _remarks(info: Info, exercise_id: str | None) -> str:
    parts = [t for t in (info.headline, info.description, info.instruction) if t]
    text = "\n".join(parts) or info.event
    return exercise_text(text, exercise_id)[:MAX_REMARKS]


def _times(alert: Alert, info: Info, options: MapOptions) -> tuple[datetime, datetime]:
    start = (info.effective or info.onset or alert.sent).utc
    expires = alert.expires_utc()
    stale = expires if expires is not None else alert.sent.utc + options.default_ttl
    return start, max(stale, start)


def _first_area(info: Info) -> tuple[Area, float, float] | None:
    for area in info.areas:
        centre = centroid_of_area(area)
        if centre is not None:
            return area, centre.lat, centre.lon
    return None


def alert_events(
    alert: Alert, exercise_id: str | None, now: datetime, options: MapOptions | None = None
) -> list[CotEvent]:
    """The incident markers and area shapes of one CAP Alert or Update (docs/tak.md).

    One marker per CAP ``incidents`` id, placed at the first area with geometry; one shape
    per polygon and circle of every area. An alert with no ``incidents``, no ``info`` or
    no geometry gives nothing (a TAK event needs a point); Cancels, Acks and Errors give
    nothing here (the gateway withdraws what a Cancel ends).
    """
    options = options or MapOptions()
    info = alert.first_info
    if alert.msg_type not in {MsgType.ALERT, MsgType.UPDATE} or info is None:
        return []
    placed = _first_area(info)
    if placed is None or not alert.incidents:
        return []
    area, lat, lon = placed
    start, stale = _times(alert, info, options)
    opex = opex_for(exercise_id)
    cap_link = CotLink(
        uid=f"{alert.sender},{alert.identifier},{alert.sent.text}",
        relation="r-u",
        remarks=exercise_text(f"CAP alert {alert.identifier}", exercise_id),
    )
    events: list[CotEvent] = []
    for key in alert.incidents:
        uid = incident_uid(key, exercise_id)
        events.append(
            CotEvent(
                uid=uid,
                type=_marker_type(info),
                how="m-r",
                time=now,
                start=start,
                stale=stale,
                point=CotPoint(lat, lon, UNKNOWN, _reach_m(area, lat, lon), UNKNOWN),
                opex=opex,
                callsign=exercise_text(key, exercise_id),
                remarks=_remarks(info, exercise_id),
                group=(options.group, "HQ"),
                links=(cap_link,),
            )
        )
        events.extend(_shapes(uid, info, now, start, stale, opex, exercise_id))
    return events


def _shapes(
    parent: str,
    info: Info,
    now: datetime,
    start: datetime,
    stale: datetime,
    opex: str | None,
    exercise_id: str | None,
) -> Iterable[CotEvent]:
    stroke = _colour(info.severity)
    fill = _fill(stroke)
    for i, area in enumerate(info.areas, start=1):
        label = exercise_text(area.area_desc, exercise_id)
        for j, polygon in enumerate(area.polygons, start=1):
            centre = centroid_of_area(Area(area_desc=area.area_desc, polygons=(polygon,)))
            if centre is None:
                continue
            yield CotEvent(
                uid=f"{parent}.area{i}.polygon{j}",
                type="u-d-f",
                how="m-r",
                time=now,
                start=start,
                stale=stale,
                point=CotPoint(centre.lat, centre.lon),
                opex=opex,
                callsign=label,
                remarks=exercise_text(f"CAP area: {area.area_desc}", exercise_id),
                links=tuple(CotLink(point=(p.lat, p.lon)) for p in polygon.points),
                stroke_argb=stroke,
                fill_argb=fill,
            )
        for j, circle in enumerate(area.circles, start=1):
            yield CotEvent(
                uid=f"{parent}.area{i}.circle{j}",
                type="u-d-c-c",
                how="m-r",
                time=now,
                start=start,
                stale=stale,
                point=CotPoint(circle.center.lat, circle.center.lon),
                opex=opex,
                callsign=label,
                remarks=exercise_text(f"CAP area: {area.area_desc}", exercise_id),
                ellipse_m=round(circle.radius_km * 1000.0, 1),
                stroke_argb=stroke,
                fill_argb=fill,
            )


def unit_event(
    message: UnitStatusMessage,
    country: str,
    exercise_id: str | None,
    position: tuple[float, float],
    options: MapOptions | None = None,
    *,
    at: datetime,
    assignment: str | None = None,
) -> CotEvent:
    """A unit as a friendly ground unit (``a-f-G-U-C``) with its callsign and status.

    ``position`` is the message's own position or the last one known for the unit; ``at``
    is the wall instant the report stands at (``command.reported_at``: a drill inject's own
    ``time`` is on the exercise clock, and a device would show it stale on arrival or for
    hours); ``assignment`` (e.g. "NC-MALABA-01: cordon north") is added to the remarks.
    """
    options = options or MapOptions()
    callsign = message.callsign or message.unit
    remarks = f"Status: {message.status.replace('_', ' ')}"
    if assignment:
        remarks += f"\nAssigned: {assignment}"
    return CotEvent(
        uid=unit_uid(country, message.agency, message.unit, exercise_id),
        type="a-f-G-U-C",
        how="m-r",
        time=at,
        start=at,
        stale=at + options.unit_stale,
        point=CotPoint(position[0], position[1]),
        opex=opex_for(exercise_id),
        callsign=exercise_text(callsign, exercise_id),
        remarks=exercise_text(remarks, exercise_id),
        group=(options.group, "Team Member"),
        readiness=message.status != "out_of_service",
    )


def withdrawn(event: CotEvent, now: datetime) -> CotEvent:
    """The same thing re-sent with ``stale`` = ``now``: it greys out / goes on every device."""
    return replace(event, time=now, start=now, stale=now)


def delete_event(event: CotEvent, now: datetime) -> CotEvent:
    """The TAK delete message (``t-x-d-d`` + ``__forcedelete``) for ``event``'s uid."""
    return CotEvent(
        uid=f"{event.uid}.delete",
        type="t-x-d-d",
        how="m-r",
        time=now,
        start=now,
        stale=now + timedelta(seconds=20),
        point=event.point,
        opex=event.opex,
        links=(CotLink(uid=event.uid, type=event.type, relation="none"),),
        force_delete=True,
    )


def presence_event(
    name: str, exercise_id: str | None, now: datetime, options: MapOptions | None = None
) -> CotEvent:
    """The gateway introducing itself on a new TAK connection (``t-x-c-t``, a TAK ping).

    TAK servers take the first event of a connection as the client's identity; a ping draws
    nothing on the devices' maps.
    """
    options = options or MapOptions()
    return CotEvent(
        uid=f"{_prefix(exercise_id)}.gateway.{_safe(name)}",
        type="t-x-c-t",
        how="m-r",
        time=now,
        start=now,
        stale=now + timedelta(seconds=20),
        point=CotPoint(0.0, 0.0),
        opex=opex_for(exercise_id),
        callsign=exercise_text(f"Incident Desk {name}", exercise_id),
        group=(options.group, "HQ"),
    )
