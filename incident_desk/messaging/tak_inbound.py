"""TAK → bus for ``TakGateway``: untrusted CoT in, unit status messages and CAP alerts out.

Runs on each TAK channel's reader thread and never blocks on the bus (paho queues what it
publishes). What it refuses or ignores is counted with the reason (``Counters``), for the
status bar and the summary line.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from incident_desk import cap
from incident_desk.errors import IncidentDeskError
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.publisher import AlertPublisher
from incident_desk.tak import (
    CotError,
    CotEvent,
    DeviceMatcher,
    PliThrottle,
    UnitMatch,
    UnknownDevices,
    beacon_alert,
    beacon_cancel,
    classify,
    pli_message,
)
from incident_desk.tak._framing import decode
from incident_desk.topics import Mode, alert_topic

__all__ = ["Counters", "Identity", "TakInbound", "UnitKey"]

log = logging.getLogger("incident_desk.tak")

UNIT_CONTENT_TYPE: Final = "application/json; schema=idesk.unit-status/1"
UnitKey = tuple[str | None, str]  # (exercise id or None, unit id)


class Counters:
    """Thread-safe counters, and counted reasons for what was refused."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._refused: Counter[str] = Counter()

    def add(self, name: str, refused: str | None = None) -> None:
        with self._lock:
            self._counts[name] += 1
            if refused is not None:
                self._refused[refused] += 1

    def snapshot(self) -> tuple[dict[str, int], dict[str, int]]:
        with self._lock:
            return dict(self._counts), dict(self._refused)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the gateway publishes beacon alerts as: its agency's topic and CAP sender."""

    country: str
    agency: str
    sender: str


class TakInbound:
    """Turn received CoT into bus messages (see the module docstring).

    Attributes:
        unknown: devices reporting positions that match no directory unit.
        status: the last known status per unit (the gateway fills it from the bus).
        position: the last position per unit (filled here from PLI; the gateway reads it).
    """

    def __init__(
        self,
        bus: BusClient,
        identity: Identity,
        matcher: DeviceMatcher,
        *,
        pli_qos: int,
        clock: Callable[[], datetime],
        counters: Counters,
        throttle: PliThrottle[tuple[CotEvent, UnitMatch, str | None]] | None = None,
    ) -> None:
        self._bus = bus
        self._publisher = AlertPublisher(bus)
        self._identity = identity
        self._matcher = matcher
        self._pli_qos = pli_qos
        self._clock = clock
        self._counters = counters
        self.throttle = throttle if throttle is not None else PliThrottle()
        self._beacons: dict[UnitKey, cap.Alert] = {}
        self.unknown = UnknownDevices()
        self.status: dict[UnitKey, str] = {}
        self.position: dict[UnitKey, tuple[float, float]] = {}
        self.devices: set[tuple[str | None, str]] = set()  # (traffic, uid) of matched devices

    def on_message(self, traffic: str | None, data: bytes) -> None:
        """One message from the channel of ``traffic``: check, classify, publish."""
        now = self._clock()
        try:
            event = decode(data, now)
        except CotError as exc:
            log.info("refused CoT from TAK: %s", exc.reason)
            self._counters.add("refused", exc.reason.split(" (")[0][:80])
            return
        verdict = classify(event, traffic, now)
        if verdict.kind == "refused":
            log.info("refused CoT %s from TAK: %s", event.uid, verdict.reason)
            self._counters.add("refused", verdict.reason)
        elif verdict.kind == "ignored":
            self._counters.add("ignored")
        elif verdict.kind == "pli":
            self._pli(event, verdict.exercise_id)
        elif verdict.kind == "beacon":
            self._beacon(event, verdict.exercise_id, now)
        else:
            self._beacon_cancel(event, verdict.exercise_id, now)

    def _pli(self, event: CotEvent, exercise: str | None) -> None:
        match = self._matcher.match(event.uid, event.callsign)
        if match is None:
            if self.unknown.seen(event, exercise):
                log.warning("TAK device %s (%s) matches no unit", event.uid, event.callsign)
            return
        key = (exercise, match.unit.id)
        self.position[key] = (event.point.lat, event.point.lon)
        self.devices.add((exercise, event.uid))
        status = self.status.get(key, "available")
        if self.throttle.offer(
            (exercise, match.unit.id, event.uid), status, (event, match, exercise)
        ):
            self._publish_pli(event, match, exercise)

    def flush_due(self, *, everything: bool = False) -> int:
        """Publish the held position reports whose second is up (the gateway's worker calls
        this often; ``everything`` when it stops); how many were published."""
        due = self.throttle.due(everything=everything)
        for event, match, exercise in due:
            self._publish_pli(event, match, exercise)
        return len(due)

    def _publish_pli(self, event: CotEvent, match: UnitMatch, exercise: str | None) -> None:
        key = (exercise, match.unit.id)
        payload = pli_message(event, match, self.status.get(key, "available"), exercise)
        try:
            self._bus.publish(
                match.topic(exercise),
                payload,
                qos=self._pli_qos,
                content_type=UNIT_CONTENT_TYPE,
                wait=False,
            )
        except IncidentDeskError as exc:
            self._counters.add("publish-failed", f"bus publish failed: {exc}"[:80])
            return
        self._counters.add("published")

    def _beacon(self, event: CotEvent, exercise: str | None, now: datetime) -> None:
        key = (exercise, event.uid)
        raised = self._beacons.get(key)
        if raised is not None and (raised.expires_utc() or now) > now:
            return  # devices repeat the beacon; one alarm until it is cancelled or expires
        me = self._identity
        alert = beacon_alert(
            event,
            sender=me.sender,
            country=me.country,
            agency=me.agency,
            exercise_id=exercise,
            now=now,
        )
        self._beacons[key] = alert
        self._publish_alert(alert, exercise)

    def _beacon_cancel(self, event: CotEvent, exercise: str | None, now: datetime) -> None:
        raised = self._beacons.pop((exercise, event.uid), None)
        if raised is None:
            return
        me = self._identity
        alert = beacon_cancel(
            event, raised, sender=me.sender, country=me.country, agency=me.agency, now=now
        )
        self._publish_alert(alert, exercise)

    def _publish_alert(self, alert: cap.Alert, exercise: str | None) -> None:
        mode = Mode.ACTUAL if exercise is None else Mode.EXERCISE
        topic = alert_topic(mode, self._identity.country, self._identity.agency, exercise)
        try:
            self._publisher.publish_cap(
                topic,
                cap.dumps(alert),
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc(),
                exercise_id=exercise,
                wait=False,
            )
        except IncidentDeskError as exc:
            log.error("emergency beacon alert %s not published: %s", alert.identifier, exc)
            self._counters.add("publish-failed", "beacon alert not published")
            return
        log.warning("TAK emergency beacon raised as CAP alert %s on %s", alert.identifier, topic)
        self._counters.add("published")
