"""The values ``BusClient`` hands out: connection state, publish results, subscriptions.

Paho-free except for the retain-handling constants of a subscription, so that the status bar,
the runtime and tests can use them without a bus.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from paho.mqtt.reasoncodes import ReasonCode
from paho.mqtt.subscribeoptions import SubscribeOptions

__all__ = ["ConnectionState", "PublishResult", "StateName", "Subscription", "reason_text"]

StateName = Literal["connecting", "connected", "disconnected", "refused"]


@dataclass(frozen=True, slots=True)
class ConnectionState:
    """Where the connection to the broker stands, for the status bar and logs.

    Attributes:
        state: "connecting", "connected", "disconnected" or "refused".
        host, port: the broker node this state is about (the one connected to, for
            "connected"; the one just lost or failed, for "disconnected").
        since: when this state began (UTC).
        reason: plain words, incl. the MQTT reason string for refusals ("Not authorized").
        next_retry_in: seconds until the next attempt, or None (connected, or stopped).
        session_present: for "connected": the broker still had our session.
        protocol: the MQTT version in use, "5" or "3.1.1" (after degrading for a node that
            speaks only 3.1.1).
        node: index of that node in ``BrokerSettings.urls`` (0: the preferred one).
        nodes: how many nodes the cluster has (1: a single broker).
        said: ``reason`` as a message (incident_desk/messages.py, ``messaging/said.py``) for
            the reader's language; None: ``reason`` is shown as written.
    """

    state: StateName
    host: str
    port: int
    since: datetime
    reason: str = ""
    next_retry_in: float | None = None
    session_present: bool | None = None
    protocol: str = "5"
    node: int = 0
    nodes: int = 1
    said: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class PublishResult:
    """The broker's answer to one publication (PUBACK for QoS 1).

    Attributes:
        mid: paho's message id.
        reason_code: MQTT 5 reason code (0 = success; 16 = "No matching subscribers" is a
            success too); 0 for MQTT 3.1.1 and QoS 0.
        reason: the reason string.
        acknowledged: True if we waited for and got the PUBACK.
    """

    mid: int
    reason_code: int
    reason: str
    acknowledged: bool


@dataclass(frozen=True, slots=True)
class Subscription:
    """One subscription filter with its MQTT 5 options.

    ``no_retained`` (Retain Handling 2) defaults to True for alert and ack filters
    (docs/standards.md §7.3): a retained alert must never look like a new one.
    """

    filter: str
    qos: int = 1
    no_retained: bool | None = None

    @property
    def retain_handling(self) -> int:
        no_retained = self.no_retained
        if no_retained is None:
            no_retained = self.filter.endswith(("/alert", "/ack"))
        return (
            SubscribeOptions.RETAIN_DO_NOT_SEND
            if no_retained
            else SubscribeOptions.RETAIN_SEND_ON_SUBSCRIBE
        )


def reason_text(rc: ReasonCode | int | None) -> str:
    if rc is None:
        return ""
    if isinstance(rc, ReasonCode):
        return f"{rc.getName()} (reason code {rc.value})"
    return f"reason code {rc}"
