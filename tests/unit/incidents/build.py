"""Alerts with areas, exercise alerts and one-call storing, for the incident tests."""

from __future__ import annotations

from datetime import UTC, datetime

from incident_desk.cap import Alert, Area, Circle, MsgType, Point, Polygon, Status
from incident_desk.store import Store
from tests.helpers.alerts import incoming, make_alert

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


def country_lookup(lat: float, lon: float) -> str | None:
    """A stand-in for ``geo.country_at``: Kenya east of 36°E near the equator, else Uganda."""
    if not -5.0 <= lat <= 5.0:
        return None
    return "KE" if lon >= 36.0 else "UG"


def with_area(alert: Alert, area: Area) -> Alert:
    info = alert.infos[0].model_copy(update={"areas": (area,)})
    return alert.model_copy(update={"infos": (info, *alert.infos[1:])})


def circle(lat: float, lon: float, radius_km: float = 2.0) -> Area:
    return Area(
        area_desc="around the terminal",
        circles=(Circle(center=Point(lat=lat, lon=lon), radius_km=radius_km),),
    )


def square(lat: float, lon: float, half: float = 0.1) -> Area:
    """A closed ring around ``lat, lon``; its first point is repeated at the end."""
    corners = [(lat - half, lon - half), (lat - half, lon + half), (lat + half, lon + half)]
    corners += [(lat + half, lon - half), (lat - half, lon - half)]
    return Area(
        area_desc="the cordon",
        polygons=(Polygon(points=tuple(Point(lat=a, lon=o) for a, o in corners)),),
    )


def exercise_alert(
    identifier: str,
    exercise: str = "EX-1",
    *,
    incidents: tuple[str, ...] = ("KE-INC-7",),
    msg_type: MsgType = MsgType.ALERT,
    references: tuple[Alert, ...] = (),
) -> Alert:
    return make_alert(
        identifier,
        status=Status.EXERCISE,
        note=f"{exercise} drill",
        incidents=incidents,
        msg_type=msg_type,
        references=references,
    )


def put(store: Store, *alerts: Alert, exercise_id: str | None = None) -> list[int]:
    """Store ``alerts`` in one batch; their ids, in order."""

    result = store.write_batch([incoming(a, exercise_id=exercise_id) for a in alerts])
    return [r.alert_id for r in result.results]
