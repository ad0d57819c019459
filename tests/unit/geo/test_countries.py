"""country_at on the shipped 1:50m Natural Earth data, at the borders our scenarios use.

Expected answers come from real geography; each point sits at least ~2 km from the border
(the 1:50m lines are generalised to a few hundred metres, more in places).
"""

from __future__ import annotations

import json

import pytest

from incident_desk.geo import COUNTRIES_50M, COUNTRIES_110M, CountryIndex, country_at

BORDER_POINTS = [
    # Malaba crossing (0.636N, 34.272E): the border follows the Malaba river, Uganda west.
    # The 1:50m line runs ~6 km west of the real crossing here (34.20-34.23E at these
    # latitudes), so the Uganda point sits ~13 km west, towards Tororo; Kenya's 4 km east.
    pytest.param(0.620, 34.150, "UG", id="malaba-ug-13km-west"),
    pytest.param(0.630, 34.310, "KE", id="malaba-ke-4km-east"),
    # Busia crossing (0.463N, 34.092E): Busia-Uganda west/north-west, Busia-Kenya east.
    pytest.param(0.475, 34.060, "UG", id="busia-ug-3km-west"),
    pytest.param(0.450, 34.125, "KE", id="busia-ke-4km-east"),
    # Korday (KZ) sits just north of the Chu river border; Bishkek is ~20 km south of it.
    pytest.param(43.040, 74.720, "KZ", id="korday-kz"),
    pytest.param(42.870, 74.590, "KG", id="bishkek-kg"),
    # Karameh-Trebil (~32.9N 38.9-39.0E): the border runs NNW-SSE; Ruwayshed side is Jordan.
    pytest.param(32.600, 38.900, "JO", id="jordan-west-of-trebil"),
    pytest.param(32.900, 39.600, "IQ", id="iraq-east-of-trebil"),
    pytest.param(31.950, 35.930, "JO", id="amman"),
    # Aqaba and Eilat face each other ~5 km apart at the head of the gulf.
    pytest.param(29.530, 35.000, "JO", id="aqaba"),
    pytest.param(29.560, 34.950, "IL", id="eilat"),
    pytest.param(-1.286, 36.817, "KE", id="nairobi"),
    pytest.param(0.347, 32.582, "UG", id="kampala"),
]


@pytest.mark.parametrize(("lat", "lon", "code"), BORDER_POINTS)
def test_points_near_scenario_borders(lat: float, lon: float, code: str) -> None:
    hit = country_at(lat, lon)
    assert hit is not None
    assert hit.code == code


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(0.0, -20.0), (35.0, 18.0), (-20.0, 80.0), (10.0, 60.0), (float("nan"), 0.0)],
    ids=["atlantic", "mediterranean", "indian-ocean", "arabian-sea", "nan"],
)
def test_open_sea_is_none(lat: float, lon: float) -> None:
    assert country_at(lat, lon) is None


def test_names_come_with_codes() -> None:
    hit = country_at(-1.286, 36.817)
    assert hit is not None
    assert (hit.code, hit.name) == ("KE", "Kenya")


def test_longitude_wraps() -> None:
    hit = country_at(-1.286, 36.817 + 360.0)
    assert hit is not None
    assert hit.code == "KE"


def test_lat_lon_order_is_not_swapped() -> None:
    # (lat=36.8, lon=-1.3) is in Algeria's coastal waters/Spain side, never Kenya.
    hit = country_at(36.817, -1.286)
    assert hit is None or hit.code != "KE"


def test_holes_are_outside() -> None:
    # Lesotho is a hole in South Africa; Maseru is in Lesotho, not South Africa.
    hit = country_at(-29.32, 27.48)
    assert hit is not None
    assert hit.code == "LS"
    hit = country_at(-26.2, 28.05)  # Johannesburg
    assert hit is not None
    assert hit.code == "ZA"


@pytest.mark.parametrize("path", [COUNTRIES_50M, COUNTRIES_110M], ids=["50m", "110m"])
def test_shipped_files_have_codes_and_stay_small(path) -> None:  # type: ignore[no-untyped-def]
    assert path.stat().st_size < 3_000_000
    collection = json.loads(path.read_text(encoding="utf-8"))
    no_code = set()
    for feature in collection["features"]:
        props = feature["properties"]
        assert props["name"]
        code = props["code"]
        if code is None:
            no_code.add(props["name"])
        else:
            assert len(code) == 2
            assert code.isupper()
    assert no_code <= {"N. Cyprus", "Somaliland", "Siachen Glacier", "Indian Ocean Ter."}


def test_index_from_a_small_collection() -> None:
    square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]
    hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]
    index = CountryIndex(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": "Squareland", "code": "SQ"},
                    "geometry": {"type": "Polygon", "coordinates": [square, hole]},
                },
                {"type": "Feature", "properties": {"name": "Nowhere"}, "geometry": None},
            ],
        }
    )
    assert len(index) == 1
    hit = index.lookup(2.0, 8.0)
    assert hit is not None
    assert hit.code == "SQ"
    assert index.lookup(5.0, 5.0) is None  # in the hole
    assert index.lookup(20.0, 5.0) is None
