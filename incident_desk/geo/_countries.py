"""Point-in-country lookup on the shipped Natural Earth boundaries.

Even-odd ray casting over every ring of a country (outer rings and holes alike), behind two
prefilters: a 1-degree grid that maps a cell to the countries whose bounding box touches it,
and a bounding box per ring. A lookup touches a handful of rings, so thousands of calls per
second are cheap; the file is parsed once, on first use.

Accuracy is that of the 1:50m data: borders are generalised to a few hundred metres (more in
places), so a point within ~2 km of a border may be assigned to the neighbour.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incident_desk.shipped import resource_path

_GEO_DIR = resource_path("geo")
COUNTRIES_50M = _GEO_DIR / "countries-50m.geojson"
COUNTRIES_110M = _GEO_DIR / "countries-110m.geojson"

_CELL = 1.0  # grid cell size in degrees


@dataclass(frozen=True, slots=True)
class CountryHit:
    """A country found at a point.

    Attributes:
        code: ISO 3166-1 alpha-2 in capitals (``"KE"``), ``"XK"`` for Kosovo, or ``None`` for
            the few Natural Earth units without a code (N. Cyprus, Somaliland ...).
        name: the Natural Earth short name (``"Kenya"``, ``"Dem. Rep. Congo"``).
    """

    code: str | None
    name: str


@dataclass(frozen=True, slots=True)
class _Ring:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float
    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def contains_bbox(self, lon: float, lat: float) -> bool:
        return self.min_lon <= lon <= self.max_lon and self.min_lat <= lat <= self.max_lat


@dataclass(frozen=True, slots=True)
class _Country:
    hit: CountryHit
    bbox: tuple[float, float, float, float]
    rings: tuple[_Ring, ...]


def _make_ring(coords: Sequence[Sequence[float]]) -> _Ring:
    xs = tuple(float(p[0]) for p in coords)
    ys = tuple(float(p[1]) for p in coords)
    return _Ring(min(xs), min(ys), max(xs), max(ys), xs, ys)


def _inside(ring: _Ring, lon: float, lat: float) -> bool:
    """Even-odd crossing test (W. R. Franklin's PNPOLY), half-open on each edge."""
    xs, ys = ring.xs, ring.ys
    inside = False
    j = len(xs) - 1
    for i in range(len(xs)):
        yi, yj = ys[i], ys[j]
        if (yi > lat) != (yj > lat):
            x_cross = xs[i] + (lat - yi) * (xs[j] - xs[i]) / (yj - yi)
            if lon < x_cross:
                inside = not inside
        j = i
    return inside


class CountryIndex:
    """Countries of one GeoJSON FeatureCollection, ready for :meth:`lookup`.

    Features need a Polygon or MultiPolygon geometry and ``name``/``code`` properties (the
    layout ``scripts/build_geo.py`` writes).
    """

    def __init__(self, collection: dict[str, Any]) -> None:
        self._countries: list[_Country] = []
        self._grid: dict[tuple[int, int], list[int]] = {}
        for feature in collection.get("features", ()):
            geometry = feature.get("geometry") or {}
            kind = geometry.get("type")
            if kind == "Polygon":
                polygons = [geometry["coordinates"]]
            elif kind == "MultiPolygon":
                polygons = geometry["coordinates"]
            else:
                continue
            rings = tuple(_make_ring(r) for poly in polygons for r in poly if len(r) >= 4)
            if not rings:
                continue
            props = feature.get("properties") or {}
            bbox = (
                min(r.min_lon for r in rings),
                min(r.min_lat for r in rings),
                max(r.max_lon for r in rings),
                max(r.max_lat for r in rings),
            )
            hit = CountryHit(code=props.get("code"), name=str(props.get("name", "")))
            index = len(self._countries)
            self._countries.append(_Country(hit, bbox, rings))
            # Index each ring's bbox (not the country's: France's spans the globe).
            cells: set[tuple[int, int]] = set()
            for ring in rings:
                for cx in range(_cell(ring.min_lon), _cell(ring.max_lon) + 1):
                    for cy in range(_cell(ring.min_lat), _cell(ring.max_lat) + 1):
                        cells.add((cx, cy))
            for cell in cells:
                self._grid.setdefault(cell, []).append(index)

    @classmethod
    def from_file(cls, path: Path) -> CountryIndex:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def __len__(self) -> int:
        return len(self._countries)

    def lookup(self, lat: float, lon: float) -> CountryHit | None:
        """The country containing ``lat, lon`` (CAP order), or ``None`` at sea / off-map."""
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return None
        if not -180.0 <= lon <= 180.0:
            lon = (lon + 180.0) % 360.0 - 180.0  # 396.8E is 36.8E
        for index in self._grid.get((_cell(lon), _cell(lat)), ()):
            country = self._countries[index]
            min_lon, min_lat, max_lon, max_lat = country.bbox
            if not (min_lon <= lon <= max_lon and min_lat <= lat <= max_lat):
                continue
            inside = False
            for ring in country.rings:
                if ring.contains_bbox(lon, lat) and _inside(ring, lon, lat):
                    inside = not inside  # even-odd over outer rings and holes together
            if inside:
                return country.hit
        return None


def _cell(value: float) -> int:
    return math.floor(value / _CELL)


_lock = threading.Lock()
_default: CountryIndex | None = None


def default_index() -> CountryIndex:
    """The shipped 1:50m index, parsed on first call (thread-safe) and kept."""
    global _default  # a lazily built, process-wide, read-only cache
    if _default is None:
        with _lock:
            if _default is None:
                _default = CountryIndex.from_file(COUNTRIES_50M)
    return _default


def country_at(lat: float, lon: float) -> CountryHit | None:
    """The country at ``lat, lon`` (CAP order: latitude first) on the shipped 1:50m data."""
    return default_index().lookup(lat, lon)


def country_code(lat: float, lon: float) -> str | None:
    """The code of the country at a point (incident correlation names an incident's
    country), or None outside every country."""
    hit = country_at(lat, lon)
    return hit.code if hit else None
