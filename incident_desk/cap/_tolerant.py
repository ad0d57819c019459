"""The tolerant half of the CAP reader: what ``cap.read`` does where ``cap.parse`` refuses.

Mixed into :class:`incident_desk.cap._parse._Reader`. Without a ``soft`` collector (strict
reading) every method behaves exactly like the strict rule it wraps; with one, a broken prose
rule drops or repairs the value and becomes a warning.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from incident_desk.cap import _rules as rules
from incident_desk.cap._models import CapTime, Circle, Polygon
from incident_desk.cap._xml import MAX_POLYGON_POINTS, Collector

Groups = dict[str, list[tuple[Any, str]]]

_PAIR_SPACE_RE = re.compile(r"[ \t\r\n]*,[ \t\r\n]*")


def tidy_pairs(text: str) -> str:
    """``"38.4, -120.1"`` -> ``"38.4,-120.1"``: whitespace around the comma of a pair."""
    return _PAIR_SPACE_RE.sub(",", text) if "," in text else text


def lenient_time(text: str) -> tuple[CapTime | None, str | None]:
    """(value, warning) for any xs:dateTime: CAP form gives no warning; ``Z``, fractions or
    a missing offset (read as UTC) give a value and a warning; anything else (None, reason)."""
    literal = text.strip()
    utc, problem = rules.time_problem(literal)
    if problem is None and utc is not None:
        return rules.make_time({"text": literal, "utc": utc}), None
    try:
        value = datetime.fromisoformat(literal)
    except ValueError:
        return None, problem
    if "T" not in literal:
        return None, problem
    note = problem or f"date-time {literal!r} is not in CAP form"
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=UTC)
        note += " (read as UTC)"
    try:
        utc = value.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00.5+01:00 is before year 1 in UTC
        return None, problem or f"date-time {literal!r} is not a real calendar time"
    return CapTime(text=literal, utc=utc), note


def lenient_polygon(text: str, path: str, out: Collector, warnings: Collector) -> Polygon | None:
    """A polygon read tolerantly: an empty one is dropped, spaces inside pairs are ignored and
    an unclosed ring is closed, each with a warning; any other fault drops it with a warning.
    Only the point cap (hostile input) goes to ``out``."""
    if not text.strip():
        warnings.add(path, "empty <polygon/> dropped")
        return None
    probe = Collector()
    value = rules.polygon(text, path, probe)
    if value is not None:  # the common case: a conforming ring
        return value
    if any("cap" in p.message for p in probe.problems):
        out.add(path, probe.problems[0].message)
        return None
    tidy = tidy_pairs(text)
    tokens = rules.xml_split(tidy)
    if len(tokens) > MAX_POLYGON_POINTS:
        out.add(path, f"polygon has {len(tokens)} points, over the {MAX_POLYGON_POINTS} cap")
        return None
    if len(tokens) != len(rules.xml_split(text)):
        warnings.add(path, "whitespace inside 'lat,lon' pairs ignored")
    probe = Collector()
    points = [rules.point(tok, f"point {i}", path, probe) for i, tok in enumerate(tokens, start=1)]
    if not probe and len(tokens) >= 3 and points[0] != points[-1]:
        warnings.add(path, "polygon is not closed: closed it by repeating the first point")
        tokens.append(tokens[0])
        points.append(points[0])
    if not probe and len(tokens) < 4:
        probe.add(path, f"polygon has {len(tokens)} points; at least 4 are required")
    if probe:
        for problem in probe.problems:
            warnings.add(problem.path, f"{problem.message}; polygon dropped")
        return None
    return Polygon.model_construct(points=tuple(p for p in points if p is not None))


class _TolerantRules:
    """Rules with a tolerant form. Needs ``out``, ``soft``, ``tolerant`` and ``optional``.

    Attributes:
        out: fatal problems.
        soft: warnings in tolerant reading; ``out`` itself in strict reading.
        tolerant: whether ``soft`` is a separate collector.
    """

    __slots__ = ()
    out: Collector
    soft: Collector
    tolerant: bool

    def optional(self, groups: Groups, name: str, path: str) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def time(self, text: str, path: str, *, required: bool) -> Any:
        """A CAP date-time; tolerant reading also takes any xs:dateTime (CAP 1.0/1.1 schemas
        allow ``Z``, fractions and no offset) with a warning, and drops an optional bad one."""
        if not self.tolerant:
            return rules.cap_time(text, path, self.out)
        value, problem = lenient_time(text)
        if problem is None:
            return value
        if value is not None:
            self.soft.add(path, problem)
            return value
        if required:
            self.out.add(path, problem)
        else:
            self.soft.add(path, f"{problem}; ignored")
        return None

    def blank_to_none(self, text: str | None, path: str, name: str) -> str | None:
        """Tolerant reading: an empty optional list element (``<addresses/>``) is ignored."""
        if self.tolerant and text is not None and not text.strip():
            self.soft.add(f"{path}/{name}", f"empty <{name}/> ignored")
            return None
        return text

    def web(self, groups: Groups, path: str) -> str | None:
        web = self.optional(groups, "web", path)
        if self.tolerant and web is not None and not web.strip():
            self.soft.add(f"{path}/web", "empty <web/> ignored")
            return None
        return web

    def polygon(self, text: str, path: str) -> Polygon | None:
        if not self.tolerant:
            return rules.polygon(text, path, self.out)
        return lenient_polygon(text, path, self.out, self.soft)

    def circle(self, text: str, path: str) -> Circle | None:
        if not self.tolerant:
            return rules.circle(text, path, self.out)
        probe = Collector()
        value = rules.circle(tidy_pairs(text), path, probe)
        for problem in probe.problems:
            self.soft.add(problem.path, f"{problem.message}; circle dropped")
        return value
