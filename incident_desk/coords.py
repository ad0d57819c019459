"""Coordinates as an operator reads and types them: decimal degrees and MGRS (Qt-free).

MGRS conversion is the ``mgrs`` package (PyPI, MIT; the NGA GEOTRANS algorithms).
:func:`parse_coordinates` accepts what people paste: ``0.6359, 34.2786``, ``0.6359 34.2786``,
``0.6359N 34.2786E``, ``1.28S 36.82E`` and MGRS with or without spaces
(``36N XF 42279 70303``, ``36NXF4227970303``). Degrees-minutes-seconds are not accepted (one
format less to misread). Latitude always comes first, as in CAP.
"""

from __future__ import annotations

import re
from typing import Final

import mgrs  # type: ignore[import-untyped]  # no stubs; two calls, checked by tests

_MGRS: Final = mgrs.MGRS()
_MGRS_TEXT = re.compile(r"^(\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z]{2})(\d*)$")
_NUM = r"([+-]?\d{1,3}(?:\.\d+)?)\s*°?"
_DECIMAL = re.compile(
    rf"^\s*([NS])?\s*{_NUM}\s*([NS])?\s*[,;/\s]\s*([EW])?\s*{_NUM}\s*([EW])?\s*$", re.IGNORECASE
)


def to_mgrs(lat: float, lon: float, digits: int = 5) -> str:
    """``lat, lon`` as an MGRS reference, grouped for reading (``36N WF 12345 67890``);
    empty outside MGRS coverage (beyond 84°N / 80°S, where UPS applies)."""
    if not -80.0 <= lat <= 84.0:
        return ""
    raw = _MGRS.toMGRS(lat, lon, MGRSPrecision=digits)
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    m = _MGRS_TEXT.match(text)
    if m is None:
        return text
    zone, band, square, nums = m.groups()
    half = len(nums) // 2
    return f"{zone}{band} {square} {nums[:half]} {nums[half:]}".strip()


def format_decimal(lat: float, lon: float) -> str:
    """``0.63590, 34.27860`` (five decimals: about a metre)."""
    return f"{lat:.5f}, {lon:.5f}"


def parse_mgrs(text: str) -> tuple[float, float] | None:
    """``text`` as ``(lat, lon)``: the point of a 1 m reference, the centre of a coarser
    square (``36N XF 42 70``: the 1 km square's centre); None when it is not MGRS."""
    compact = re.sub(r"\s+", "", text).upper()
    m = _MGRS_TEXT.match(compact)
    if m is None or len(m.group(4)) % 2 or len(m.group(4)) > 10 or not 1 <= int(m.group(1)) <= 60:
        return None
    try:
        lat, lon = _MGRS.toLatLon(compact)
    except Exception:  # the library raises its own error types for impossible squares
        return None
    # the library gives the centre of a square named with fewer than 5 + 5 digits
    return round(float(lat), 6), round(float(lon), 6)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """``(lat, lon)`` from decimal degrees or MGRS, or None when ``text`` is neither."""
    m = _DECIMAL.match(text)
    if m is not None:
        ns1, lat_s, ns2, ew1, lon_s, ew2 = m.groups()
        lat, lon = float(lat_s), float(lon_s)
        ns, ew = (ns1 or ns2 or "").upper(), (ew1 or ew2 or "").upper()
        if (ns and lat < 0) or (ew and lon < 0):
            return None  # "-1.2S" says south twice: ambiguous, refuse
        if ns == "S":
            lat = -lat
        if ew == "W":
            lon = -lon
        if -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0:
            return lat, lon
        return None
    return parse_mgrs(text)
