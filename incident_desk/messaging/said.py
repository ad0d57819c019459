"""Why the connection to the broker is where it is, as messages for the reader's language.

The bus client explains every state it reports ("cannot reach the broker at …", "connection
lost", a CONNACK refusal such as "Not authorized (reason code 135)"): the log keeps the English
text (``ConnectionState.reason``), the window renders the message (``ConnectionState.said``,
incident_desk/messages.py) in the operator's language, in the status bar's tooltip and the
broker banner. Host names, ports and reason code numbers are data; the MQTT reason names a
refused or closed connection gets are translated (:data:`REASON_NAMES`), others shown as paho
names them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from paho.mqtt.reasoncodes import ReasonCode

from incident_desk.messages import QT_TRANSLATE_NOOP, Message, word
from incident_desk.messaging.bus_types import ConnectionState

__all__ = [
    "CANNOT_REACH",
    "CONNECTING_TO",
    "CONNECTION_LOST",
    "DEGRADE_SILENT",
    "DEGRADE_V311",
    "INGEST_EXITED",
    "NEW_SESSION",
    "NOT_STARTED",
    "NO_ANSWER",
    "REASON_NAMES",
    "SESSION_RESUMED",
    "STOPPED",
    "reason_message",
    "say",
    "stopped_state",
    "with_next_node",
]

NOT_STARTED: Final = QT_TRANSLATE_NOOP("core", "not started")
STOPPED: Final = QT_TRANSLATE_NOOP("core", "stopped")
CONNECTING_TO: Final = QT_TRANSLATE_NOOP("core", "to {node}")
SESSION_RESUMED: Final = QT_TRANSLATE_NOOP("core", "session resumed")
NEW_SESSION: Final = QT_TRANSLATE_NOOP("core", "new session")
CANNOT_REACH: Final = QT_TRANSLATE_NOOP(
    "core",
    "cannot reach the broker at {node} (not running, wrong address, blocked, or TLS failed)",
)
DEGRADE_SILENT: Final = QT_TRANSLATE_NOOP(
    "core",
    "the broker closed the connection on our MQTT 5 CONNECT; trying MQTT 3.1.1 (some "
    "brokers speak only that)",
)
DEGRADE_V311: Final = QT_TRANSLATE_NOOP(
    "core", "the broker speaks MQTT 3.1.1 only; connecting again with 3.1.1"
)
CONNECTION_LOST: Final = QT_TRANSLATE_NOOP("core", "connection lost")
NO_ANSWER: Final = QT_TRANSLATE_NOOP(
    "core",
    "the broker closed the connection without answering (wrong MQTT protocol version, TLS "
    "mismatch, or not an MQTT broker)",
)
INGEST_EXITED: Final = QT_TRANSLATE_NOOP(
    "core", "the ingest process exited unexpectedly (exit code {code})"
)
_NEXT_NODE: Final = QT_TRANSLATE_NOOP("core", "{why}; next: {node}")
_REASON_CODE: Final = QT_TRANSLATE_NOOP("core", "{name} (reason code {code})")

#: the MQTT reason names (as paho gives them) of a refused or closed connection
REASON_NAMES: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("core", "Unspecified error"),
        QT_TRANSLATE_NOOP("core", "Malformed packet"),
        QT_TRANSLATE_NOOP("core", "Protocol error"),
        QT_TRANSLATE_NOOP("core", "Implementation specific error"),
        QT_TRANSLATE_NOOP("core", "Unsupported protocol version"),
        QT_TRANSLATE_NOOP("core", "Client identifier not valid"),
        QT_TRANSLATE_NOOP("core", "Bad user name or password"),
        QT_TRANSLATE_NOOP("core", "Not authorized"),
        QT_TRANSLATE_NOOP("core", "Server unavailable"),
        QT_TRANSLATE_NOOP("core", "Server busy"),
        QT_TRANSLATE_NOOP("core", "Banned"),
        QT_TRANSLATE_NOOP("core", "Server shutting down"),
        QT_TRANSLATE_NOOP("core", "Bad authentication method"),
        QT_TRANSLATE_NOOP("core", "Keep alive timeout"),
        QT_TRANSLATE_NOOP("core", "Session taken over"),
        QT_TRANSLATE_NOOP("core", "Packet too large"),
        QT_TRANSLATE_NOOP("core", "Quota exceeded"),
        QT_TRANSLATE_NOOP("core", "Administrative action"),
        QT_TRANSLATE_NOOP("core", "Use another server"),
        QT_TRANSLATE_NOOP("core", "Server moved"),
        QT_TRANSLATE_NOOP("core", "Connection rate exceeded"),
        QT_TRANSLATE_NOOP("core", "Maximum connect time"),
    }
)


def stopped_state(host: str, port: int, source: str) -> ConnectionState:
    """Disconnected and not trying to connect: ``source`` is :data:`NOT_STARTED` or
    :data:`STOPPED`."""
    return ConnectionState(
        "disconnected", host, port, datetime.now(UTC), source, said=say(source).data()
    )


def say(source: str, **args: object) -> Message:
    """One of this module's texts with its arguments."""
    return Message(source, args)


def reason_message(rc: ReasonCode) -> Message:
    """An MQTT reason code in words: "Not authorized (reason code 135)"."""
    name = rc.getName()
    return say(_REASON_CODE, name=word(name) if name in REASON_NAMES else name, code=rc.value)


def with_next_node(why: Message, node: str | None) -> Message:
    """``why``, and where the next attempt goes when that is another node of the cluster."""
    return why if node is None else say(_NEXT_NODE, why=why.data(), node=node)
