"""MQTT messaging: the paho adapter, publisher helpers and the embedded broker (no Qt).

``broker`` (amqtt) is not imported here: only ``incident-desk broker`` and ``--demo`` need it.
"""

from incident_desk.messaging.backoff import Backoff
from incident_desk.messaging.bus_types import ConnectionState, PublishResult, Subscription
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.publisher import CAP_CONTENT_TYPE, AlertPublisher
from incident_desk.seqtrack import SeqResult, SeqStatus, SeqTracker

__all__ = [
    "CAP_CONTENT_TYPE",
    "AlertPublisher",
    "Backoff",
    "BusClient",
    "ConnectionState",
    "Envelope",
    "PublishResult",
    "SeqResult",
    "SeqStatus",
    "SeqTracker",
    "Subscription",
]
