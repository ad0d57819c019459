"""Decimal degrees and MGRS as operators type and read them."""

from __future__ import annotations

import pytest

from incident_desk.coords import format_decimal, parse_coordinates, parse_mgrs, to_mgrs

# Reference points of the proj4js mgrs test suite (checked there against GEOTRANS).
VECTORS = [
    (36.236123461597515, -115.08209766323476, "11S PA 72349 11844"),
    (48.24949, 16.41450, "33U XP 05004 44997"),  # the centre of 33UXP04
]


@pytest.mark.parametrize(("lat", "lon", "ref"), VECTORS)
def test_mgrs_matches_reference_points(lat: float, lon: float, ref: str) -> None:
    assert to_mgrs(lat, lon) == ref
    back = parse_mgrs(ref)
    assert back is not None
    assert back[0] == pytest.approx(lat, abs=2e-5)
    assert back[1] == pytest.approx(lon, abs=2e-5)


def test_mgrs_with_or_without_spaces_and_coarser_squares() -> None:
    assert parse_coordinates("18SUJ2348306479") == parse_coordinates("18S UJ 23483 06479")
    coarse = parse_coordinates("33UXP04")  # a 10 km square: its centre
    assert coarse == pytest.approx((48.24949, 16.41450), abs=1e-4)
    coarse = parse_coordinates("36N XF 42 70")  # a 1 km square: its centre
    fine = parse_coordinates("36N XF 42500 70500")
    assert coarse is not None
    assert fine is not None
    assert coarse == pytest.approx(fine, abs=1e-4)
    assert to_mgrs(85.0, 10.0) == ""  # polar: UPS, not MGRS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.6359, 34.2786", (0.6359, 34.2786)),
        ("0.6359 34.2786", (0.6359, 34.2786)),
        ("-1.2864;36.8172", (-1.2864, 36.8172)),
        ("1.2864S 36.8172E", (-1.2864, 36.8172)),
        ("N 29.53 E 35.0", (29.53, 35.0)),
        ("W 33.3 70.6", None),  # W on a latitude: not a coordinate pair
        ("91, 10", None),
        ("-1.2S 36.8E", None),  # south twice
        ("Malaba", None),
        ("36N", None),
    ],
)
def test_decimal_degrees_as_typed(text: str, expected: tuple[float, float] | None) -> None:
    assert parse_coordinates(text) == expected


def test_decimal_readout() -> None:
    assert format_decimal(0.63591234, 34.2786) == "0.63591, 34.27860"
