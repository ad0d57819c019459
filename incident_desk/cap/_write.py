"""CAP writer: :class:`~incident_desk.cap._models.Alert` -> UTF-8 CAP 1.2 bytes.

- Always CAP 1.2, as the default namespace, UTF-8 with an XML declaration.
- Children in schema (``xs:sequence``) order; optional elements that are ``None`` are omitted.
- Date-times are written from ``CapTime.text`` verbatim (the literal is part of the key).
- Numbers use the shortest ``repr`` that reads back to the same float, spelled as a plain
  decimal (no exponent, which ``xs:decimal`` forbids), so ``parse(dumps(a)) == a``.
- Polygons are written with single spaces between ``lat,lon`` points.
- ``addresses`` / ``incidents`` entries containing whitespace are double-quoted.
- A 1.0/1.1 resource without ``mimeType`` (``mime_type=None``) is written with
  ``application/octet-stream``, since 1.2 requires the element.
- The ``ds:Signature`` is written back as the last child. It will **not** verify any more:
  any re-serialisation breaks an enveloped signature; verify and forward the received bytes.

Round trip: for CAP 1.2 input ``parse(dumps(parse(x))) == parse(x)`` exactly; for 1.0/1.1 input
it holds modulo ``cap_version`` (and the mimeType default above).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lxml import etree

from incident_desk.cap._models import (
    CAP12_NS,
    Alert,
    Area,
    Info,
    NamedValue,
    Point,
    Resource,
)
from incident_desk.cap._rules import join_quoted
from incident_desk.cap._xml import load_fragment

DEFAULT_MIME_TYPE = "application/octet-stream"
_NS = "{" + CAP12_NS + "}"
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def format_number(value: float) -> str:
    """Shortest round-tripping spelling of a float, without an exponent."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
        if "." not in text:
            text += ".0"
    return text


def format_point(point: Point) -> str:
    return f"{format_number(point.lat)},{format_number(point.lon)}"


def _add(parent: Any, name: str, text: str | None) -> None:
    if text is not None:
        etree.SubElement(parent, _NS + name).text = text


def _named(parent: Any, name: str, values: tuple[NamedValue, ...]) -> None:
    for item in values:
        element = etree.SubElement(parent, _NS + name)
        _add(element, "valueName", item.value_name)
        _add(element, "value", item.value)


def dumps(alert: Alert) -> bytes:
    """Serialise an alert as a CAP 1.2 document (UTF-8 bytes with an XML declaration).

    The alert is written as given; ``parse`` is the validator.
    """
    root = etree.Element(_NS + "alert", nsmap={None: CAP12_NS})
    _add(root, "identifier", alert.identifier)
    _add(root, "sender", alert.sender)
    _add(root, "sent", alert.sent.text)
    _add(root, "status", alert.status.value)
    _add(root, "msgType", alert.msg_type.value)
    _add(root, "source", alert.source)
    _add(root, "scope", alert.scope.value)
    _add(root, "restriction", alert.restriction)
    if alert.addresses:
        _add(root, "addresses", join_quoted(alert.addresses))
    for code in alert.codes:
        _add(root, "code", code)
    _add(root, "note", alert.note)
    if alert.references:
        _add(root, "references", " ".join(",".join(ref.key()) for ref in alert.references))
    if alert.incidents:
        _add(root, "incidents", join_quoted(alert.incidents))
    for info in alert.infos:
        _write_info(etree.SubElement(root, _NS + "info"), info)
    if alert.signature is not None:
        root.append(load_fragment(alert.signature))
    return _DECLARATION + bytes(etree.tostring(root, encoding="UTF-8", xml_declaration=False))


def _write_info(element: Any, info: Info) -> None:
    _add(element, "language", info.language)
    for category in info.categories:
        _add(element, "category", category.value)
    _add(element, "event", info.event)
    for response_type in info.response_types:
        _add(element, "responseType", response_type.value)
    _add(element, "urgency", info.urgency.value)
    _add(element, "severity", info.severity.value)
    _add(element, "certainty", info.certainty.value)
    _add(element, "audience", info.audience)
    _named(element, "eventCode", info.event_codes)
    for name, when in (("effective", info.effective), ("onset", info.onset)):
        _add(element, name, when.text if when is not None else None)
    _add(element, "expires", info.expires.text if info.expires is not None else None)
    _add(element, "senderName", info.sender_name)
    _add(element, "headline", info.headline)
    _add(element, "description", info.description)
    _add(element, "instruction", info.instruction)
    _add(element, "web", info.web)
    _add(element, "contact", info.contact)
    _named(element, "parameter", info.parameters)
    for resource in info.resources:
        _write_resource(etree.SubElement(element, _NS + "resource"), resource)
    for area in info.areas:
        _write_area(etree.SubElement(element, _NS + "area"), area)


def _write_resource(element: Any, resource: Resource) -> None:
    _add(element, "resourceDesc", resource.resource_desc)
    mime_type = resource.mime_type
    _add(element, "mimeType", DEFAULT_MIME_TYPE if mime_type is None else mime_type)
    _add(element, "size", None if resource.size is None else str(resource.size))
    _add(element, "uri", resource.uri)
    _add(element, "derefUri", resource.deref_uri)
    _add(element, "digest", resource.digest)


def _write_area(element: Any, area: Area) -> None:
    _add(element, "areaDesc", area.area_desc)
    for polygon in area.polygons:
        _add(element, "polygon", " ".join(format_point(p) for p in polygon.points))
    for circle in area.circles:
        _add(element, "circle", f"{format_point(circle.center)} {format_number(circle.radius_km)}")
    _named(element, "geocode", area.geocodes)
    for name, number in (("altitude", area.altitude), ("ceiling", area.ceiling)):
        _add(element, name, None if number is None else format_number(number))
