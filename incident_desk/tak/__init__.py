"""TAK interop (Qt-free, paho-free): CAP/incident/unit → Cursor-on-Target and back.

- :mod:`~incident_desk.tak._cot`: the CoT event model and its XML writer;
- :mod:`~incident_desk.tak._outbound`: the mapping table of docs/tak.md (alerts → incident
  markers and area shapes, unit status → friendly units, withdrawal);
- :mod:`~incident_desk.tak._inbound`: untrusted CoT → checked events, and what they mean on a
  channel (position report, emergency beacon, refused, ignored);
- :mod:`~incident_desk.tak._devices`: devices → directory units, PLI → unit status messages;
- :mod:`~incident_desk.tak._beacon`: emergency beacons → CAP alerts;
- :mod:`~incident_desk.tak._proto`: TAK protocol version 1 (protobuf) framing.

The gateway that moves these between the bus and TAK is
``incident_desk.messaging.tak_gateway``.
"""

from incident_desk.tak._beacon import beacon_alert, beacon_cancel
from incident_desk.tak._cot import UNKNOWN, CotEvent, CotLink, CotPoint, format_time, to_xml
from incident_desk.tak._devices import (
    SOURCE_PREFIX,
    DeviceMatcher,
    UnitMatch,
    UnknownDevice,
    UnknownDevices,
    pli_message,
)
from incident_desk.tak._inbound import (
    BEACON_TYPES,
    MAX_EVENT_BYTES,
    CotError,
    Inbound,
    classify,
    parse_cot,
)
from incident_desk.tak._outbound import (
    MapOptions,
    alert_events,
    delete_event,
    incident_uid,
    opex_for,
    presence_event,
    unit_event,
    unit_uid,
    withdrawn,
)
from incident_desk.tak._throttle import PLI_INTERVAL_S, PliThrottle

__all__ = [
    "BEACON_TYPES",
    "MAX_EVENT_BYTES",
    "PLI_INTERVAL_S",
    "SOURCE_PREFIX",
    "UNKNOWN",
    "CotError",
    "CotEvent",
    "CotLink",
    "CotPoint",
    "DeviceMatcher",
    "Inbound",
    "MapOptions",
    "PliThrottle",
    "UnitMatch",
    "UnknownDevice",
    "UnknownDevices",
    "alert_events",
    "beacon_alert",
    "beacon_cancel",
    "classify",
    "delete_event",
    "format_time",
    "incident_uid",
    "opex_for",
    "parse_cot",
    "pli_message",
    "presence_event",
    "to_xml",
    "unit_event",
    "unit_uid",
    "withdrawn",
]
