"""CAP value rules the XSD does not (fully) make (docs/standards.md §1.4–§1.7, §1.11).

Pure functions from the literal text of one element to a model value. Each either returns the
value or reports a problem to the :class:`~incident_desk.cap._xml.Collector` at the given path
and returns ``None``; nothing here raises for bad input. The element-order tables for the
``xs:sequence`` of each CAP element live here too.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from incident_desk.cap._models import (
    CapTime,
    Circle,
    Point,
    Polygon,
    Reference,
    trusted,
    trusted_all,
)
from incident_desk.cap._xml import MAX_POLYGON_POINTS, MAX_REPEATED, Collector

E = TypeVar("E", bound=StrEnum)

# builders for values the rules below have checked (no second validation in pydantic)
make_time = trusted(CapTime)
_make_point = trusted(Point)
_make_points = trusted_all(Point)
_FEW_POINTS = 16  # up to this many, one call per point is the cheaper build
_make_polygon = trusted(Polygon)
_make_circle = trusted(Circle)

# ---------------------------------------------------------------------------------------------
# Schema order (xs:sequence) per element: (local name, repeatable). CAP 1.0 adds ``password``.

ALERT_ORDER: tuple[tuple[str, bool], ...] = (
    ("identifier", False),
    ("sender", False),
    ("password", False),  # CAP 1.0 only; ignored
    ("sent", False),
    ("status", False),
    ("msgType", False),
    ("source", False),
    ("scope", False),
    ("restriction", False),
    ("addresses", False),
    ("code", True),
    ("note", False),
    ("references", False),
    ("incidents", False),
    ("info", True),
)
INFO_ORDER: tuple[tuple[str, bool], ...] = (
    ("language", False),
    ("category", True),
    ("event", False),
    ("responseType", True),
    ("urgency", False),
    ("severity", False),
    ("certainty", False),
    ("audience", False),
    ("eventCode", True),
    ("effective", False),
    ("onset", False),
    ("expires", False),
    ("senderName", False),
    ("headline", False),
    ("description", False),
    ("instruction", False),
    ("web", False),
    ("contact", False),
    ("parameter", True),
    ("resource", True),
    ("area", True),
)
RESOURCE_ORDER: tuple[tuple[str, bool], ...] = (
    ("resourceDesc", False),
    ("mimeType", False),
    ("size", False),
    ("uri", False),
    ("derefUri", False),
    ("digest", False),
)
AREA_ORDER: tuple[tuple[str, bool], ...] = (
    ("areaDesc", False),
    ("polygon", True),
    ("circle", True),
    ("geocode", True),
    ("altitude", False),
    ("ceiling", False),
)
NAMED_VALUE_ORDER: tuple[tuple[str, bool], ...] = (("valueName", False), ("value", False))

# ---------------------------------------------------------------------------------------------
# Date-times (§1.5)

_TIME_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})")
_TIME_FRACTION_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[.,]\d+")
_TIME_BASE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def time_problem(text: str) -> tuple[datetime | None, str | None]:
    """(aware UTC datetime, None) for a valid CAP date-time, else (None, reason)."""
    if _TIME_RE.fullmatch(text) and text[-2] < "6":  # the common case: one C call reads it
        try:
            return datetime.fromisoformat(text).astimezone(UTC), None
        except (ValueError, OverflowError):
            pass  # out-of-range offset or calendar value (or UTC before year 1): named below
    match = _TIME_RE.fullmatch(text)
    if match is None:
        if _TIME_FRACTION_RE.match(text):
            return None, f"date-time {text!r}: fractional seconds are not allowed"
        if text.endswith(("Z", "z")):
            return None, f"date-time {text!r}: 'Z' is not allowed, write UTC as -00:00"
        if _TIME_BASE_RE.fullmatch(text):
            return None, f"date-time {text!r}: the offset (+hh:mm or -hh:mm) is missing"
        return None, f"date-time {text!r} is not YYYY-MM-DDThh:mm:ss±hh:mm"
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    if int(off_h) > 23 or int(off_m) > 59:
        return None, f"date-time {text!r}: offset out of range"
    offset = timedelta(hours=int(off_h), minutes=int(off_m))
    try:
        value = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=timezone(-offset if sign == "-" else offset),
        )
        return value.astimezone(UTC), None
    except (ValueError, OverflowError):
        return None, f"date-time {text!r} is not a real calendar time"


TIMES_KEPT = 256
"""How many date-time texts :func:`conforming_time` keeps (LRU; about 170 KB when full)."""

# CAP form in ASCII digits (a subset of _TIME_RE, whose \d also takes other scripts' digits)
_ASCII_TIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-5][0-9]"
)


@lru_cache(maxsize=TIMES_KEPT)
def conforming_time(text: str) -> CapTime | None:
    """A date-time in CAP form with nothing around it, read by one C call; None for anything
    else, which :func:`cap_time` (or the tolerant reading) then reads and names. The value is
    the one :func:`cap_time` gives for the same text.

    The latest values are kept (a CapTime is frozen, so one can be shared): an alert repeats
    its date-times (``sent`` is often ``effective``) and a stream of updates repeats them
    again, and a kept one costs a dictionary look-up instead of a parse and a model."""
    if _ASCII_TIME_RE.fullmatch(text):
        try:
            return make_time({"text": text, "utc": datetime.fromisoformat(text).astimezone(UTC)})
        except (ValueError, OverflowError):
            return None  # out-of-range offset or calendar value, or UTC before year 1
    return None


def cap_time(text: str, path: str, out: Collector) -> CapTime | None:
    """A CAP date-time, literal text kept (no stripping: the literal is the key)."""
    utc, problem = time_problem(text.strip())
    if problem is not None or utc is None:
        out.add(path, problem or "bad date-time")
        return None
    return make_time({"text": text.strip(), "utc": utc})


# ---------------------------------------------------------------------------------------------
# Tokens


def enum_token(cls: type[E], text: str, path: str, out: Collector) -> E | None:
    """An exact, case-sensitive enumeration token (surrounding XML whitespace tolerated)."""
    token = text.strip()
    try:
        return cls(token)
    except ValueError:
        allowed = ", ".join(member.value for member in cls)
        hint = ""
        for member in cls:
            if member.value.lower() == token.lower():
                hint = f" (tokens are case-sensitive: write {member.value!r})"
        out.add(path, f"{token!r} is not a valid value{hint}; expected one of: {allowed}")
        return None


XML_SPACE = frozenset(" \t\r\n")
_XML_SPACE_RE = re.compile(r"[ \t\r\n]+")


def xml_split(text: str) -> list[str]:
    """Split on XML whitespace only (space, tab, CR, LF), like xs:list."""
    return [token for token in _XML_SPACE_RE.split(text) if token]


_BANNED_ID_CHARS = (" ", ",", "<", "&")
# one token without them: ``\s`` is str.split()'s whitespace (both use Py_UNICODE_ISSPACE)
_GOOD_ID_RE = re.compile(r"[^\s,<&]+")


def check_id_chars(text: str, what: str, path: str, out: Collector) -> None:
    """identifier / sender: not empty; no whitespace, commas, ``<`` or ``&`` (§1.2)."""
    if _GOOD_ID_RE.fullmatch(text):
        return  # the common case: one token, none of the banned characters
    if not text.strip():
        out.add(path, f"{what} must not be empty")
        return
    bad = [repr(ch) for ch in _BANNED_ID_CHARS if ch in text]
    if any(ch.isspace() for ch in text) and "' '" not in bad:
        bad.insert(0, "whitespace")
    if bad:
        out.add(path, f"{what} {text!r} must not contain spaces, commas, '<' or '&' ({bad[0]})")


# a quoted list the loop below reads without a problem: quoted entries and bare tokens (a
# bare token runs to the next space: possessive, so it never ends early at a quote)
_QUOTED_ITEM = r'"([^"]*)"|([^" \t\r\n][^ \t\r\n]*+)'
_QUOTED_LIST_RE = re.compile(rf"[ \t\r\n]*(?:(?:{_QUOTED_ITEM})[ \t\r\n]*)+")
_QUOTED_ITEM_RE = re.compile(_QUOTED_ITEM)


def split_quoted(text: str, what: str, path: str, out: Collector) -> tuple[str, ...] | None:
    """Whitespace-separated entries; entries with spaces in double quotes (addresses, incidents)."""
    if _QUOTED_LIST_RE.fullmatch(text):  # the common case: read by two C calls
        found = tuple([quoted or bare for quoted, bare in _QUOTED_ITEM_RE.findall(text)])
        if len(found) <= MAX_REPEATED and all(item.strip() for item in found):
            return found
    return split_quoted_walk(text, what, path, out)


def split_quoted_walk(text: str, what: str, path: str, out: Collector) -> tuple[str, ...] | None:
    """:func:`split_quoted` one character at a time, naming the first problem."""
    items: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in XML_SPACE:
            i += 1
            continue
        if ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                out.add(path, f"{what}: unterminated double quote")
                return None
            items.append(text[i + 1 : end])
            i = end + 1
        else:
            j = i
            while j < n and text[j] not in XML_SPACE:
                j += 1
            items.append(text[i:j])
            i = j
        if len(items) > MAX_REPEATED:
            out.add(path, f"{what}: more than {MAX_REPEATED} entries")
            return None
    if not items or any(not item.strip() for item in items):
        out.add(path, f"{what} must list at least one non-empty entry")
        return None
    return tuple(items)


def join_quoted(items: tuple[str, ...]) -> str:
    """Inverse of :func:`split_quoted`: quote entries that contain whitespace."""
    return " ".join(f'"{item}"' if any(c.isspace() for c in item) else item for item in items)


def references(text: str, path: str, out: Collector) -> tuple[Reference, ...] | None:
    """``sender,identifier,sent`` triples separated by whitespace (§1.7)."""
    parts = xml_split(text)
    if not parts:
        out.add(path, "references is empty: list at least one sender,identifier,sent triple")
        return None
    refs: list[Reference] = []
    ok = True
    for number, triple in enumerate(parts, start=1):
        fields = triple.split(",")
        if len(fields) != 3 or not all(fields):
            out.add(
                path,
                f"reference {number} {triple!r} must have exactly 3 non-empty parts "
                "sender,identifier,sent",
            )
            ok = False
            continue
        _, problem = time_problem(fields[2])
        if problem is not None:
            out.add(path, f"reference {number}: sent {problem}")
            ok = False
            continue
        refs.append(Reference(sender=fields[0], identifier=fields[1], sent=fields[2]))
    return tuple(refs) if ok else None


# ---------------------------------------------------------------------------------------------
# Numbers and geometry (§1.6)

_DECIMAL_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_INTEGER_RE = re.compile(r"[+-]?\d+")


def decimal(text: str, what: str, path: str, out: Collector) -> float | None:
    """A decimal number (xs:decimal: no exponent, no NaN/INF)."""
    token = text.strip()
    if not _DECIMAL_RE.fullmatch(token):
        out.add(path, f"{what} {token!r} is not a decimal number")
        return None
    return float(token)


def integer(text: str, what: str, path: str, out: Collector) -> int | None:
    token = text.strip()
    if not _INTEGER_RE.fullmatch(token) or len(token) > 30:
        out.add(path, f"{what} {token!r} is not an integer")
        return None
    value = int(token)
    if value < 0:
        out.add(path, f"{what} {value} must not be negative")
        return None
    return value


def point(token: str, where: str, path: str, out: Collector) -> Point | None:
    """``lat,lon`` with lat in [-90, 90] and lon in [-180, 180]."""
    fields = token.split(",")
    if len(fields) != 2 or not all(_DECIMAL_RE.fullmatch(f) for f in fields):
        out.add(path, f"{where} {token!r} is not a 'lat,lon' pair of decimal numbers")
        return None
    lat, lon = float(fields[0]), float(fields[1])
    bad = False
    if not -90.0 <= lat <= 90.0:
        out.add(path, f"{where} {token!r}: latitude {fields[0]} is out of range [-90, 90]")
        bad = True
    if not -180.0 <= lon <= 180.0:
        out.add(path, f"{where} {token!r}: longitude {fields[1]} is out of range [-180, 180]")
        bad = True
    # checked above: build without re-validating (a long polygon has thousands of points)
    return None if bad else _make_point({"lat": lat, "lon": lon})


_COORD = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
# The pair list's shape with the numbers' characters only (ASCII digits, '.', '+', '-'),
# matched possessively: three times faster on long rings than spelling out each number. Over
# these characters float() accepts exactly the _DECIMAL_RE numbers (no exponent, no 'inf',
# no '_'), so conforming_polygon leaves each number's grammar to its float() call.
_NUMBER_CHARS = r"[0-9.+-]++"
_PAIR_SHAPE = rf"{_NUMBER_CHARS},{_NUMBER_CHARS}"
_RING_RE = re.compile(rf"[ \t\r\n]*+{_PAIR_SHAPE}(?:[ \t\r\n]++{_PAIR_SHAPE})*+[ \t\r\n]*+")


def conforming_polygon(text: str) -> Polygon | None:
    """A conforming ring read in C (one regular expression checks its shape, the numbers come
    from one split and one ``map(float)``), or None to take the slow path (which reports each
    problem). Long national polygons have thousands of points."""
    if not _RING_RE.fullmatch(text):
        return None
    # the expression admits only XML spaces between the pairs and none inside: split() is exact
    try:
        numbers = list(map(float, text.replace(",", " ").split()))
    except ValueError:
        return None  # e.g. "1.2.3" or "+-1": not a decimal number
    lats, lons = numbers[0::2], numbers[1::2]
    if not 4 <= len(lats) <= MAX_POLYGON_POINTS:
        return None
    if min(lats) < -90.0 or max(lats) > 90.0 or min(lons) < -180.0 or max(lons) > 180.0:
        return None
    if lats[0] != lats[-1] or lons[0] != lons[-1]:
        return None
    pairs = [{"lat": lat, "lon": lon} for lat, lon in zip(lats[:-1], lons[:-1], strict=True)]
    points = list(map(_make_point, pairs)) if len(pairs) <= _FEW_POINTS else _make_points(pairs)
    points.append(points[0])  # the closing point equals the first: the same frozen value
    return _make_polygon({"points": tuple(points)})


def polygon(text: str, path: str, out: Collector) -> Polygon | None:
    """At least 4 whitespace-separated points, first == last (closed ring)."""
    fast = conforming_polygon(text)
    if fast is not None:
        return fast
    tokens = xml_split(text)
    if len(tokens) > MAX_POLYGON_POINTS:
        out.add(path, f"polygon has {len(tokens)} points, over the {MAX_POLYGON_POINTS} cap")
        return None
    points = [point(tok, f"point {i}", path, out) for i, tok in enumerate(tokens, start=1)]
    ok = all(p is not None for p in points)
    if len(tokens) < 4:
        out.add(path, f"polygon has {len(tokens)} points; at least 4 are required")
        ok = False
    elif ok and points[0] != points[-1]:
        out.add(path, "polygon is not closed: the first point must equal the last")
        ok = False
    if not ok:
        return None
    return _make_polygon({"points": tuple(p for p in points if p is not None)})


_CIRCLE_RE = re.compile(rf"[ \t\r\n]*({_COORD}),({_COORD})[ \t\r\n]+({_COORD})[ \t\r\n]*")


def conforming_circle(text: str) -> Circle | None:
    """A conforming ``lat,lon radius`` read with one regular expression in C, or None to take
    :func:`circle` (which reports each problem); the value is the one :func:`circle` gives."""
    match = _CIRCLE_RE.fullmatch(text)
    if match is None:
        return None
    lat, lon, radius = float(match[1]), float(match[2]), float(match[3])
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 and radius >= 0):
        return None
    return _make_circle({"center": _make_point({"lat": lat, "lon": lon}), "radius_km": radius})


def circle(text: str, path: str, out: Collector) -> Circle | None:
    """``lat,lon radius`` with radius in km, >= 0."""
    tokens = xml_split(text)
    if len(tokens) != 2:
        out.add(path, f"circle {text.strip()!r} must be 'lat,lon radius'")
        return None
    center = point(tokens[0], "circle centre", path, out)
    radius = None
    if not _DECIMAL_RE.fullmatch(tokens[1]):
        out.add(path, f"circle radius {tokens[1]!r} is not a decimal number (km)")
    else:
        radius = float(tokens[1])
        if radius < 0:
            out.add(path, f"circle radius {tokens[1]} must not be negative")
            radius = None
    if center is None or radius is None:
        return None
    return _make_circle({"center": center, "radius_km": radius})
