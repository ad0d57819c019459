"""CAP area geometry (``lat,lon``) as GeoJSON (``lon,lat``), and a representative point.

This module is the map boundary of docs/standards.md §1.6: CAP and our models keep latitude
first; GeoJSON puts longitude first. Every swap happens here, once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from incident_desk.cap import Area, Point, Polygon


def _position(point: Point) -> list[float]:
    return [point.lon, point.lat]  # the one swap: CAP lat,lon -> GeoJSON lon,lat


def point_feature(lat: float, lon: float, properties: Mapping[str, Any]) -> dict[str, Any]:
    """A GeoJSON Point feature at ``lat, lon`` (CAP order in, GeoJSON order out)."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": dict(properties),
    }


def _closed_ring(polygon: Polygon) -> list[list[float]]:
    ring = [_position(p) for p in polygon.points]
    if ring and ring[0] != ring[-1]:
        ring.append(list(ring[0]))
    return ring


def area_to_geojson(
    area: Area, properties: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """One GeoJSON feature per polygon and circle of a CAP area.

    Polygons become closed ``Polygon`` rings; circles become ``Point`` features with a
    ``radius_m`` property (the page draws them as ``L.circle``). Each feature carries
    ``properties`` plus ``area_desc`` and ``shape`` (``"polygon"`` or ``"circle"``). A
    geocode-only area has nothing to draw and yields ``[]``. Callers give every feature of
    one area the same ``id``: the page treats them as one item.
    """
    base = {**(properties or {}), "area_desc": area.area_desc}
    features: list[dict[str, Any]] = []
    for polygon in area.polygons:
        ring = _closed_ring(polygon)
        if len(ring) < 4:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Polygon", "coordinates": [ring]},
                "properties": {**base, "shape": "polygon"},
            }
        )
    for circle in area.circles:
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": _position(circle.center)},
                "properties": {
                    **base,
                    "shape": "circle",
                    "radius_m": circle.radius_km * 1000.0,
                },
            }
        )
    return features


def _polygon_centroid(points: Sequence[Point]) -> tuple[float, float, float]:
    """(lat, lon, |area|) of a ring by the shoelace formula in degree space.

    Fine for the areas CAP carries (a few to a few hundred km); a degenerate ring falls back
    to the mean of its distinct vertices with weight 0.
    """
    pts = list(points)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    if not pts:
        raise ValueError("empty polygon")
    twice_area = cx = cy = 0.0
    for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
        cross = a.lon * b.lat - b.lon * a.lat
        twice_area += cross
        cx += (a.lon + b.lon) * cross
        cy += (a.lat + b.lat) * cross
    if abs(twice_area) < 1e-12:
        return (
            sum(p.lat for p in pts) / len(pts),
            sum(p.lon for p in pts) / len(pts),
            0.0,
        )
    return cy / (3 * twice_area), cx / (3 * twice_area), abs(twice_area) / 2


def centroid_of_area(area: Area) -> Point | None:
    """A representative point of a CAP area, or ``None`` for a geocode-only area.

    One circle gives its centre, one polygon its area centroid; several shapes give the
    area-weighted mean of their centroids (circles weighted by their area in square degrees,
    so a radius-0 circle counts only if nothing has an area).
    """
    parts: list[tuple[float, float, float]] = []
    for polygon in area.polygons:
        if polygon.points:
            parts.append(_polygon_centroid(polygon.points))
    for circle in area.circles:
        r_lat = circle.radius_km / 111.32
        r_lon = r_lat / max(math.cos(math.radians(circle.center.lat)), 1e-6)
        parts.append((circle.center.lat, circle.center.lon, math.pi * r_lat * r_lon))
    if not parts:
        return None
    total = sum(w for _, _, w in parts)
    if total <= 0:
        lat = sum(p[0] for p in parts) / len(parts)
        lon = sum(p[1] for p in parts) / len(parts)
    else:
        lat = sum(p[0] * p[2] for p in parts) / total
        lon = sum(p[1] * p[2] for p in parts) / total
    return Point(lat=lat, lon=lon)
