"""CAP areas to GeoJSON: lat,lon becomes lon,lat exactly once (docs/standards.md §1.6)."""

from __future__ import annotations

import pytest

from incident_desk.cap import Area, Circle, Point, Polygon
from incident_desk.geo import area_to_geojson, centroid_of_area, point_feature

MALABA = Point(lat=0.636, lon=34.272)


def _square(lat: float, lon: float, d: float, *, closed: bool = True) -> Polygon:
    pts = [
        Point(lat=lat, lon=lon),
        Point(lat=lat, lon=lon + d),
        Point(lat=lat + d, lon=lon + d),
        Point(lat=lat + d, lon=lon),
    ]
    return Polygon(points=tuple([*pts, pts[0]] if closed else pts))


def test_circle_becomes_point_with_radius_in_metres() -> None:
    area = Area(area_desc="Malaba", circles=(Circle(center=MALABA, radius_km=2.5),))
    (feature,) = area_to_geojson(area, {"id": "a1", "kind": "area"})
    assert feature["geometry"] == {"type": "Point", "coordinates": [34.272, 0.636]}
    props = feature["properties"]
    assert props["radius_m"] == pytest.approx(2500.0)
    assert props["shape"] == "circle"
    assert props["id"] == "a1"
    assert props["area_desc"] == "Malaba"


def test_polygon_is_swapped_and_closed() -> None:
    area = Area(area_desc="Box", polygons=(_square(1.0, 30.0, 0.5, closed=False),))
    (feature,) = area_to_geojson(area)
    (ring,) = feature["geometry"]["coordinates"]
    assert feature["geometry"]["type"] == "Polygon"
    assert ring[0] == [30.0, 1.0]
    assert ring[1] == [30.5, 1.0]
    assert ring[0] == ring[-1]
    assert len(ring) == 5


def test_already_closed_ring_is_not_closed_twice() -> None:
    area = Area(area_desc="Box", polygons=(_square(1.0, 30.0, 0.5),))
    (feature,) = area_to_geojson(area)
    assert len(feature["geometry"]["coordinates"][0]) == 5


def test_several_shapes_share_properties_and_geocode_only_is_empty() -> None:
    area = Area(
        area_desc="Two",
        polygons=(_square(1.0, 30.0, 0.5),),
        circles=(Circle(center=MALABA, radius_km=0),),
    )
    features = area_to_geojson(area, {"id": "x"})
    assert [f["properties"]["shape"] for f in features] == ["polygon", "circle"]
    assert {f["properties"]["id"] for f in features} == {"x"}
    assert area_to_geojson(Area(area_desc="Geocodes only")) == []
    assert centroid_of_area(Area(area_desc="Geocodes only")) is None


def test_centroid_of_circle_is_centre() -> None:
    area = Area(area_desc="c", circles=(Circle(center=MALABA, radius_km=3),))
    assert centroid_of_area(area) == MALABA


def test_centroid_of_polygon() -> None:
    area = Area(area_desc="p", polygons=(_square(1.0, 30.0, 0.5),))
    centre = centroid_of_area(area)
    assert centre is not None
    assert (centre.lat, centre.lon) == (pytest.approx(1.25), pytest.approx(30.25))


def test_centroid_of_l_shape_is_area_weighted() -> None:
    pts = [(0, 0), (0, 2), (1, 2), (1, 1), (2, 1), (2, 0), (0, 0)]  # (lat, lon)
    poly = Polygon(points=tuple(Point(lat=a, lon=b) for a, b in pts))
    centre = centroid_of_area(Area(area_desc="L", polygons=(poly,)))
    assert centre is not None
    assert (centre.lat, centre.lon) == (pytest.approx(5 / 6), pytest.approx(5 / 6))


def test_point_feature_swaps_once() -> None:
    feature = point_feature(0.636, 34.272, {"id": "i1"})
    assert feature["geometry"]["coordinates"] == [34.272, 0.636]
    assert feature["properties"] == {"id": "i1"}
