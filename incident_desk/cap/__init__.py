"""CAP 1.2 codec: ``parse(bytes) -> Alert``, ``dumps(Alert) -> bytes``, ``CapError``.

Keep these names: other tools call them.

- :func:`parse` reads CAP 1.2, 1.1 and 1.0 from raw bytes (never a decoded ``str``), safely
  (size cap before parsing, no DOCTYPE, no entities, no network, bounded depth and counts) and
  validates every receiver-checkable rule of docs/standards.md §1; it raises one :class:`CapError`
  listing *all* problems (``Problem.path`` + ``Problem.message``).
- :func:`dumps` always writes CAP 1.2, UTF-8. Round trip: ``parse(dumps(parse(x))) ==
  parse(x)`` for CAP 1.2 input; for 1.0/1.1 input it holds modulo ``cap_version`` (and a
  missing 1.1 ``mimeType`` is written as ``application/octet-stream``). A ``ds:Signature`` is
  kept and written back, but no longer verifies after re-serialisation.
"""

from incident_desk.cap._models import (
    CAP10_NS,
    CAP11_NS,
    CAP12_NS,
    DSIG_NS,
    Alert,
    Area,
    CapTime,
    Category,
    Certainty,
    Circle,
    Info,
    MsgType,
    NamedValue,
    Point,
    Polygon,
    Reference,
    Resource,
    ResponseType,
    Scope,
    Severity,
    Status,
    Urgency,
)
from incident_desk.cap._parse import parse
from incident_desk.cap._write import dumps
from incident_desk.cap._xml import DEFAULT_MAX_SIZE, CapError, Problem

#: the MQTT 5 Content Type of a CAP document on the bus
CONTENT_TYPE = "application/cap+xml"

__all__ = [
    "CAP10_NS",
    "CAP11_NS",
    "CAP12_NS",
    "CONTENT_TYPE",
    "DEFAULT_MAX_SIZE",
    "DSIG_NS",
    "Alert",
    "Area",
    "CapError",
    "CapTime",
    "Category",
    "Certainty",
    "Circle",
    "Info",
    "MsgType",
    "NamedValue",
    "Point",
    "Polygon",
    "Problem",
    "Reference",
    "Resource",
    "ResponseType",
    "Scope",
    "Severity",
    "Status",
    "Urgency",
    "dumps",
    "parse",
]
