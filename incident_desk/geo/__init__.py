"""Offline geography: which country a point is in, and CAP areas as GeoJSON (Qt-free).

- :func:`country_at` (its code: :func:`country_code`) answers "which country is ``lat, lon``
  in?" from the Natural Earth 1:50m boundaries shipped in ``resources/geo/`` (no network,
  loaded lazily once).
- :func:`area_to_geojson` and :func:`point_feature` turn CAP ``lat,lon`` geometry into GeoJSON
  ``lon,lat`` features: the one place the axis order is swapped (docs/standards.md §1.6).
- :func:`centroid_of_area` gives one representative point for a CAP area.
"""

from incident_desk.geo._areas import area_to_geojson, centroid_of_area, point_feature
from incident_desk.geo._countries import (
    COUNTRIES_50M,
    COUNTRIES_110M,
    CountryHit,
    CountryIndex,
    country_at,
    country_code,
    default_index,
)

__all__ = [
    "COUNTRIES_50M",
    "COUNTRIES_110M",
    "CountryHit",
    "CountryIndex",
    "area_to_geojson",
    "centroid_of_area",
    "country_at",
    "country_code",
    "default_index",
    "point_feature",
]
