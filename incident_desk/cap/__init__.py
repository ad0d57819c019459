"""CAP 1.2 codec: ``parse(bytes) -> Alert``, ``dumps(Alert) -> bytes``, ``CapError``.

Keep these names: other tools call them.
"""

from incident_desk.cap._models import (
    CAP12_NS,
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

__all__ = [
    "CAP12_NS",
    "Alert",
    "Area",
    "CapTime",
    "Category",
    "Certainty",
    "Circle",
    "Info",
    "MsgType",
    "NamedValue",
    "Point",
    "Polygon",
    "Reference",
    "Resource",
    "ResponseType",
    "Scope",
    "Severity",
    "Status",
    "Urgency",
]
