"""The Cursor-on-Target event as we write and read it (CoT 2.0, the subset TAK clients use).

One frozen :class:`CotEvent` per message. :func:`to_xml` writes it (UTF-8, attribute order
fixed, times ``YYYY-MM-DDThh:mm:ss.sssZ``) so that the same event always gives the same bytes
(the golden files in ``tests/data/tak/`` rely on it). Reading untrusted CoT lives in
``incident_desk.tak._inbound``.

``detail`` children written here (see docs/tak.md):

- ``contact@callsign``, ``remarks``, ``__group@name/role``, ``status@readiness``;
- ``link`` — a reference to another thing (``uid``, ``type``, ``relation``, ``remarks``) or,
  in drawn polygons (``u-d-f``), one vertex each (``point="lat,lon"``);
- ``shape/ellipse`` for drawn circles (``u-d-c-c``); ``strokeColor``, ``fillColor``,
  ``strokeWeight``, ``labels_on`` for shapes;
- ``__forcedelete`` on a delete (``t-x-d-d``) message.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from lxml import etree

__all__ = [
    "UNKNOWN",
    "CotEvent",
    "CotLink",
    "CotPoint",
    "format_time",
    "opex_exercise",
    "to_xml",
]

UNKNOWN: Final = 9999999.0
"""CoT's "unknown" for ``hae``, ``ce`` and ``le``."""

_DECLARATION: Final = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


@dataclass(frozen=True, slots=True)
class CotPoint:
    """``<point>``: WGS-84 degrees; heights and errors in metres (9999999.0 = unknown)."""

    lat: float
    lon: float
    hae: float = UNKNOWN
    ce: float = UNKNOWN
    le: float = UNKNOWN


@dataclass(frozen=True, slots=True)
class CotLink:
    """One ``<link>``: a related thing (``uid``) or a shape vertex (``point``)."""

    uid: str | None = None
    type: str | None = None
    relation: str | None = None
    remarks: str | None = None
    point: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class CotEvent:
    """One CoT event.

    Attributes:
        uid: the stable name of the thing; the newest event for a uid replaces older ones.
        type: the hyphenated CoT type (``a-h-G``, ``u-d-f`` ...).
        how: how the position was obtained (``m-r`` relayed, ``m-g`` GPS ...).
        time, start, stale: generated, valid from, valid until (aware datetimes, UTC).
        opex: ``o`` real operations, ``e-{exercise}``, ``s…`` simulation; None = unstated.
        callsign, remarks, group (name, role), readiness: the ``detail`` children we use.
        links: ``<link>`` children in order.
        ellipse_m: radius of a drawn circle (``shape/ellipse``), metres.
        stroke_argb, fill_argb: shape colours as TAK writes them (signed 32-bit ARGB).
        emergency: the ``<emergency type=…>`` of a received beacon ("" if it had none).
        emergency_cancel: the beacon said ``cancel="true"``.
        force_delete: write ``<__forcedelete/>`` (the TAK delete convention).
    """

    uid: str
    type: str
    how: str
    time: datetime
    start: datetime
    stale: datetime
    point: CotPoint
    opex: str | None = None
    callsign: str | None = None
    remarks: str | None = None
    group: tuple[str, str] | None = None
    readiness: bool | None = None
    links: tuple[CotLink, ...] = field(default=())
    ellipse_m: float | None = None
    stroke_argb: int | None = None
    fill_argb: int | None = None
    emergency: str | None = None
    emergency_cancel: bool = False
    force_delete: bool = False

    @property
    def exercise_id(self) -> str | None:
        """The exercise named by ``opex`` (``e-X`` → "X", bare ``e`` → ""), else None."""
        return opex_exercise(self.opex)

    @property
    def is_exercise_or_simulation(self) -> bool:
        return bool(self.opex) and self.opex is not None and self.opex[:1] in {"e", "s"}


def opex_exercise(opex: str | None) -> str | None:
    """``e-X`` → "X"; ``e`` → ""; anything else → None."""
    if not opex or opex[0] != "e":
        return None
    return opex[2:] if opex.startswith("e-") else ""


def format_time(value: datetime) -> str:
    """``2026-07-01T12:00:00.000Z`` (UTC, milliseconds), as TAK writes it."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("CoT times must be aware datetimes")
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def format_number(value: float) -> str:
    """A plain decimal (``xs:decimal`` allows no exponent and no NaN), at most 7 decimals."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    text = f"{value:.7f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _sub(parent: Any, tag: str, **attrs: str) -> Any:
    element = etree.SubElement(parent, tag)
    for key, value in attrs.items():
        element.set(key, value)
    return element


def _link(detail: Any, link: CotLink) -> None:
    element = etree.SubElement(detail, "link")
    if link.uid is not None:
        element.set("uid", link.uid)
    if link.type is not None:
        element.set("type", link.type)
    if link.relation is not None:
        element.set("relation", link.relation)
    if link.remarks is not None:
        element.set("remarks", link.remarks)
    if link.point is not None:
        element.set("point", f"{format_number(link.point[0])},{format_number(link.point[1])}")


def _detail(root: Any, event: CotEvent) -> None:
    detail = etree.SubElement(root, "detail")
    if event.callsign is not None:
        _sub(detail, "contact", callsign=event.callsign)
    if event.group is not None:
        _sub(detail, "__group", name=event.group[0], role=event.group[1])
    if event.readiness is not None:
        _sub(detail, "status", readiness="true" if event.readiness else "false")
    for link in event.links:
        _link(detail, link)
    if event.ellipse_m is not None:
        radius = format_number(event.ellipse_m)
        shape = etree.SubElement(detail, "shape")
        _sub(shape, "ellipse", major=radius, minor=radius, angle="360")
    if event.stroke_argb is not None:
        _sub(detail, "strokeColor", value=str(event.stroke_argb))
        _sub(detail, "strokeWeight", value="3.0")
    if event.fill_argb is not None:
        _sub(detail, "fillColor", value=str(event.fill_argb))
    if event.stroke_argb is not None or event.fill_argb is not None:
        _sub(detail, "labels_on", value="true")
    if event.force_delete:
        etree.SubElement(detail, "__forcedelete")
    if event.remarks is not None:
        etree.SubElement(detail, "remarks").text = event.remarks


def to_element(event: CotEvent) -> Any:
    """The ``<event>`` element of ``event`` (lxml)."""
    root = etree.Element("event")
    root.set("version", "2.0")
    root.set("uid", event.uid)
    root.set("type", event.type)
    root.set("how", event.how)
    root.set("time", format_time(event.time))
    root.set("start", format_time(event.start))
    root.set("stale", format_time(event.stale))
    if event.opex is not None:
        root.set("opex", event.opex)
    p = event.point
    _sub(
        root,
        "point",
        lat=format_number(p.lat),
        lon=format_number(p.lon),
        hae=format_number(p.hae),
        ce=format_number(p.ce),
        le=format_number(p.le),
    )
    _detail(root, event)
    return root


def to_xml(event: CotEvent) -> bytes:
    """The event as one UTF-8 XML document: the declaration, a newline, ``<event>`` and nothing
    after ``</event>`` (TAK servers expect the next message to start right there)."""
    body: bytes = etree.tostring(to_element(event), encoding="UTF-8", xml_declaration=False)
    return _DECLARATION + body
