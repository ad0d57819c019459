"""Incident areas an operator draws on the map (a 500 m cordon): two command events.

``area.draw`` adds a circle or polygon to an incident, ``area.remove`` takes one away. They
travel and apply like every other command event (``idesk.command-event/1`` on the console's
own ``command`` topic, idempotent, replayed in the deterministic order), so every console
of the incident shows the same areas and the timeline says who drew what and when.

- :class:`AreaReplay` is the replay side (mixed into the replayer of ``_replay``);
- :class:`AreaCalls` the operator calls and queries (mixed into ``CommandBoard``);
- :func:`cap_areas` turns the drawn areas into CAP ``<area>`` blocks for the Update the
  console publishes for the incident.

Event data: ``{"area": id, "label": text, "shape": "circle", "center": [lat, lon],
"radius_m": m}`` or ``{"area": id, "label": text, "shape": "polygon", "points": [[lat, lon],
...]}`` (a closed ring). ``area.remove``: ``{"area": id}``, depending on the draw event.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from incident_desk.cap import Area, Circle, Point, Polygon
from incident_desk.command._model import CommandError

if TYPE_CHECKING:
    from incident_desk.command._replay import Replayed

AREA_EVENT_TYPES: Final = frozenset({"area.draw", "area.remove"})
MIN_RADIUS_M: Final = 10.0
MAX_RADIUS_M: Final = 200_000.0
MAX_POINTS: Final = 1_000
MAX_LABEL: Final = 120


@dataclass(frozen=True)
class DrawnArea:
    """One area drawn on an incident (as the replay of its events says)."""

    id: str
    incident_key: str
    label: str
    shape: str  # "circle" | "polygon"
    center: tuple[float, float] | None  # (lat, lon) of a circle
    radius_m: float | None
    points: tuple[tuple[float, float], ...]  # (lat, lon) ring of a polygon, closed
    by: str
    at: datetime
    event: str
    exercise_id: str | None

    def describe(self) -> str:
        """``circle of 500 m around 0.63590, 34.27860`` / ``polygon of 5 points``."""
        if self.shape == "circle" and self.center is not None and self.radius_m is not None:
            lat, lon = self.center
            return f"circle of {self.radius_m:.0f} m around {lat:.5f}, {lon:.5f}"
        return f"polygon of {len(self.points) - 1} points"

    def to_cap_area(self) -> Area:
        """The area as a CAP ``<area>`` (``areaDesc`` is the label)."""
        if self.shape == "circle" and self.center is not None and self.radius_m is not None:
            circle = Circle(
                center=Point(lat=self.center[0], lon=self.center[1]),
                radius_km=self.radius_m / 1000.0,
            )
            return Area(area_desc=self.label, circles=(circle,))
        ring = tuple(Point(lat=a, lon=b) for a, b in self.points)
        return Area(area_desc=self.label, polygons=(Polygon(points=ring),))


def cap_areas(drawn: Sequence[DrawnArea]) -> tuple[Area, ...]:
    """The drawn areas of an incident as CAP areas, oldest first: what an Update for the
    incident carries besides the areas it already had."""
    return tuple(a.to_cap_area() for a in sorted(drawn, key=lambda a: (a.at, a.id)))


def _latlon(value: Any) -> tuple[float, float]:
    lat, lon = float(value[0]), float(value[1])
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or math.isnan(lat + lon):
        raise ValueError(f"{lat}, {lon} is not a latitude, longitude")
    return lat, lon


def check_area_data(data: dict[str, Any]) -> str | None:
    """Why ``area.draw`` data cannot be an area, or None when it can."""
    label = str(data.get("label") or "").strip()
    if not label or len(label) > MAX_LABEL:
        return f"an area needs a label of 1 to {MAX_LABEL} characters"
    shape = data.get("shape")
    try:
        if shape == "circle":
            _latlon(data["center"])
            radius = float(data["radius_m"])
            if not MIN_RADIUS_M <= radius <= MAX_RADIUS_M:
                return f"a radius of {radius:.0f} m is outside {MIN_RADIUS_M:.0f} m to 200 km"
            return None
        if shape == "polygon":
            points = [_latlon(p) for p in data["points"]]
            if len(points) < 4 or points[0] != points[-1]:
                return "a polygon needs at least three corners and a closed ring"
            if len(points) > MAX_POINTS:
                return f"a polygon of more than {MAX_POINTS} points"
            return None
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return f"malformed {shape} area: {exc}"
    return f"unknown area shape {shape!r} (circle or polygon)"


def area_from_event(ev: Any) -> DrawnArea:
    data = ev.data
    shape = str(data["shape"])
    center = _latlon(data["center"]) if shape == "circle" else None
    return DrawnArea(
        id=str(data["area"]),
        incident_key=ev.incident_key,
        label=str(data["label"]).strip(),
        shape=shape,
        center=center,
        radius_m=float(data["radius_m"]) if shape == "circle" else None,
        points=tuple(_latlon(p) for p in data["points"]) if shape == "polygon" else (),
        by=ev.author,
        at=ev.at,
        event=ev.id,
        exercise_id=ev.exercise,
    )


class AreaReplay:
    """Replay of ``area.draw`` / ``area.remove`` (a mixin of ``_replay._Replayer``, which
    provides ``r`` (the ``Replayed`` state), ``entry`` and ``refuse``)."""

    r: Replayed

    def entry(self, ev: Any, kind: str, text: str, **data: Any) -> None:
        raise NotImplementedError  # provided by the replayer

    def refuse(self, ev: Any, reason: str, state: str = "refused") -> None:
        raise NotImplementedError  # provided by the replayer

    def _area_draw(self, ev: Any) -> None:
        problem = check_area_data(ev.data)
        if problem is not None:
            self.refuse(ev, problem)
            return
        area = area_from_event(ev)
        if area.id in self.r.areas:
            self.refuse(ev, f"area {area.id} is already drawn")
            return
        self.r.areas[area.id] = area
        self.entry(
            ev,
            "area.drawn",
            f"{area.label} drawn by {ev.author}: {area.describe()}",
            area=area.id,
        )

    def _area_remove(self, ev: Any) -> None:
        area_id = str(ev.data["area"])
        area = self.r.areas.pop(area_id, None)
        if area is None:
            self.refuse(ev, f"there is no area {area_id} on this incident")
            return
        self.entry(ev, "area.removed", f"{area.label} removed by {ev.author}", area=area_id)


class AreaCalls:
    """Operator calls and queries for drawn areas (a mixin of ``CommandBoard``)."""

    _store: Any
    traffic: str

    def _issue(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # provided by OperatorCalls

    def _actor(self, actor: str | None) -> str:
        raise NotImplementedError  # provided by OperatorCalls

    def _state(self, conn: Any, traffic: str, key: str) -> Any:
        raise NotImplementedError  # provided by BoardStorage

    def draw_circle(
        self,
        incident_key: str,
        lat: float,
        lon: float,
        radius_m: float,
        label: str,
        *,
        actor: str | None = None,
    ) -> Any:
        """Draw a circular area (a cordon) on the incident. Returns the ``Issued`` event."""
        data = {
            "area": uuid.uuid4().hex[:12],
            "label": label.strip(),
            "shape": "circle",
            "center": [round(lat, 6), round(lon, 6)],
            "radius_m": round(float(radius_m), 1),
        }
        return self._draw(incident_key, data, actor)

    def draw_polygon(
        self,
        incident_key: str,
        points: Sequence[tuple[float, float]],
        label: str,
        *,
        actor: str | None = None,
    ) -> Any:
        """Draw a polygon (``(lat, lon)`` corners; the ring is closed for you)."""
        ring = [[round(a, 6), round(b, 6)] for a, b in points]
        if ring and ring[0] != ring[-1]:
            ring.append(list(ring[0]))
        data = {"area": uuid.uuid4().hex[:12], "label": label.strip(), "shape": "polygon",
                "points": ring}  # fmt: skip
        return self._draw(incident_key, data, actor)

    def _draw(self, incident_key: str, data: dict[str, Any], actor: str | None) -> Any:
        problem = check_area_data(data)
        if problem is not None:
            raise CommandError(problem)
        return self._issue(incident_key, "area.draw", data, self._actor(actor), lambda _s: [])

    def remove_area(self, incident_key: str, area_id: str, *, actor: str | None = None) -> Any:
        """Take a drawn area off the incident."""
        areas = {a.id: a for a in self.drawn_areas(incident_key)}
        if area_id not in areas:
            raise CommandError(f"there is no area {area_id!r} on incident {incident_key}")
        event = areas[area_id].event
        return self._issue(
            incident_key, "area.remove", {"area": area_id}, self._actor(actor), lambda _s: [event]
        )

    def drawn_areas(self, incident_key: str) -> list[DrawnArea]:
        """The incident's drawn areas now, oldest first."""
        with self._store.reading("read drawn areas") as conn:
            state = self._state(conn, self.traffic, incident_key)
        return sorted(state.areas.values(), key=lambda a: (a.at, a.id))

    def incidents_with_areas(self) -> list[str]:
        """Keys of the incidents that ever had an area drawn (in this console's traffic)."""
        from incident_desk.command._schema import events_table

        with self._store.reading("read incidents with drawn areas") as conn:
            rows = conn.execute(
                select(events_table.c.incident_key)
                .where(events_table.c.traffic == self.traffic, events_table.c.type == "area.draw")
                .distinct()
            ).scalars()
            return sorted(str(k) for k in rows)
