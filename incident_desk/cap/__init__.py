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
- :func:`read` is the tolerant reading ingest uses: the official XSD as the first gate, then
  the same rules, where a broken prose rule becomes a :class:`CapWarning` on an accepted
  :class:`Reading` instead of a refusal (``policy="strict"`` refuses instead).
- :func:`read_message` also opens an EDXL-DE 1.0/2.0 envelope (:class:`Opened`): its
  :class:`EdxlEnvelope` and each embedded alert read as if it had arrived alone.
- :func:`select_info` picks (and merges) the ``info`` blocks in the operator's language.
"""

from incident_desk.cap._edxl import (
    EDXL_DE_10_NS,
    EDXL_DE_20_NS,
    Content,
    EdxlEnvelope,
    Opened,
    read_message,
    wrap,
)
from incident_desk.cap._language import InfoChoice, preferred_languages, select_info
from incident_desk.cap._models import (
    CAP10_NS,
    CAP11_NS,
    CAP12_NS,
    DSIG_NS,
    SEVERITIES,
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
from incident_desk.cap._read import POLICIES, CapPolicy, CapWarning, Reading, read, read_root
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
    "EDXL_DE_10_NS",
    "EDXL_DE_20_NS",
    "POLICIES",
    "SEVERITIES",
    "Alert",
    "Area",
    "CapError",
    "CapPolicy",
    "CapTime",
    "CapWarning",
    "Category",
    "Certainty",
    "Circle",
    "Content",
    "EdxlEnvelope",
    "Info",
    "InfoChoice",
    "MsgType",
    "NamedValue",
    "Opened",
    "Point",
    "Polygon",
    "Problem",
    "Reading",
    "Reference",
    "Resource",
    "ResponseType",
    "Scope",
    "Severity",
    "Status",
    "Urgency",
    "dumps",
    "parse",
    "preferred_languages",
    "read",
    "read_message",
    "read_root",
    "select_info",
    "wrap",
]
