"""``TakGateway``: the bus ↔ TAK bridge, a bus client like any other (docs/tak.md).

Out (bus → TAK): it subscribes to the alert, unit and command topics of the real tree and of
every exercise that has a TAK channel; each message is mapped by ``incident_desk.tak`` and
queued on the channel of *its* traffic (real → ``tak.url``, exercise X →
``tak.exercise_channels[X]``; test traffic and exercises without a channel go nowhere). Before
anything is queued, :meth:`TakGateway._send` checks the event's ``opex`` against the channel:
an exercise event can never be written to the real channel, nor a real one to an exercise's.

In (TAK → bus, ``tak_inbound.TakInbound``): position reports of directory units become
``idesk.unit-status/1`` messages on the unit's topic; emergency beacons become CAP alerts on
the gateway's own agency alert topic (Actual, or Exercise in an exercise channel). Everything
else is refused or ignored with a counted reason. The gateway never writes to the store; given
one, it reads which of the incidents it shows an operator closed, and withdraws them.

Threads: paho's network thread only queues (bounded; a full queue leaves the message unacked,
so the broker redelivers it); one worker maps and sends; each channel has its own socket
threads. Nothing here blocks a caller: ``start()`` waits for the broker at most ``wait_s``.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy.exc import SQLAlchemyError

from incident_desk import cap
from incident_desk.command import (
    Directory,
    load_directory,
    parse_event,
    parse_unit_status,
    reported_at,
)
from incident_desk.errors import ConfigError, IncidentDeskError
from incident_desk.messaging.bus_types import Subscription
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.tak_inbound import Counters, Identity, TakInbound
from incident_desk.messaging.tak_transport import ChannelStats, TakChannel
from incident_desk.settings import Settings, TakSettings
from incident_desk.store import Store
from incident_desk.tak import (
    SOURCE_PREFIX,
    CotEvent,
    DeviceMatcher,
    MapOptions,
    UnknownDevice,
    alert_events,
    delete_event,
    incident_uid,
    opex_for,
    presence_event,
    unit_event,
    withdrawn,
)
from incident_desk.tak._closed import closed_incidents
from incident_desk.topics import Mode, Topic, check_status_agrees, parse_topic

__all__ = ["GatewayStatus", "TakGateway", "gateway_filters"]

log = logging.getLogger("incident_desk.tak")

_WORK_QUEUE: Final = 10_000
CLOSED_CHECK_S: Final = 5.0
PLI_FLUSH_S: Final = 0.1  # how often held (coalesced) position reports are checked


def _now() -> datetime:
    return datetime.now(UTC)


def gateway_filters(exercises: list[str]) -> list[Subscription]:
    """Alert, unit and command topics of the real tree and of each exercise given."""
    trees = ["idesk/v1/actual"] + [f"idesk/v1/exercise/{x}" for x in exercises]
    subs: list[Subscription] = []
    for tree in trees:
        subs += [
            Subscription(f"{tree}/+/+/alert"),
            Subscription(f"{tree}/+/+/unit/+", no_retained=False),
            Subscription(f"{tree}/+/+/command"),
        ]
    return subs


@dataclass(frozen=True, slots=True)
class GatewayStatus:
    """What the status bar shows about TAK.

    Attributes:
        channels: one entry per TAK channel (connected, sent, received, dropped).
        sent_events: CoT events queued for TAK.
        published: unit and alert messages put on the bus from TAK.
        refused: counted reasons for refused inbound CoT (and leaks stopped).
        unknown_devices: devices with position reports that match no directory unit.
        refused_cot: inbound CoT messages refused (malformed, hostile, impossible).
        devices: TAK devices heard reporting positions (directory units and unknown ones).
        coalesced: position reports replaced by a newer one of the same device within its
            second (at most one report per device per second goes to the bus).
    """

    channels: tuple[ChannelStats, ...]
    sent_events: int
    published: int
    refused: dict[str, int]
    unknown_devices: tuple[UnknownDevice, ...]
    refused_cot: int = 0
    devices: int = 0
    coalesced: int = 0

    @property
    def cot_in(self) -> int:
        """CoT messages received from TAK, over every channel."""
        return sum(c.received for c in self.channels)

    @property
    def cot_out(self) -> int:
        """CoT events written to TAK, over every channel."""
        return sum(c.sent for c in self.channels)

    def summary(self) -> str:
        refused = sum(self.refused.values())
        return (
            f"TAK: {self.sent_events} events to TAK, {self.published} messages to the bus, "
            f"{refused} refused, {len(self.unknown_devices)} unknown devices"
        )


class TakGateway:
    """Bridge the bus and TAK for one centre (see the module docstring).

    Args:
        settings: ``settings.tak`` must be set; ``country``/``agency`` name the topic the
            beacon alerts go out on; ``broker`` is used with the client id ``…-tak``.
        directory: units and their TAK uids; default: ``settings.tak.directory`` if set.
        store: read (never written) to withdraw incidents an operator closed or merged; None:
            incidents go on a CAP Cancel or when their ``stale`` passes.
        clock: the time source (tests).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        directory: Directory | None = None,
        store: Store | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        if settings.tak is None:
            raise ConfigError("the TAK gateway needs a [tak] section (url) in the settings")
        if settings.country is None or settings.agency is None:
            raise ConfigError("the TAK gateway needs country and agency (beacon alert topic)")
        self.tak: TakSettings = settings.tak
        self.identity = Identity(
            settings.country,
            settings.agency,
            settings.sender or f"{settings.agency}.{settings.country.lower()}",
        )
        if directory is None and self.tak.directory is not None:
            directory = load_directory(self.tak.directory)
        self._store = store
        self._clock = clock
        self._options = MapOptions(
            group=self.tak.group,
            default_ttl=timedelta(seconds=self.tak.default_ttl_s),
            unit_stale=timedelta(seconds=self.tak.unit_stale_s),
        )
        client_id = settings.broker.client_id
        if not client_id.endswith("-tak"):
            client_id = f"{client_id[:60]}-tak"
        broker = settings.broker.model_copy(update={"client_id": client_id})
        self.bus = BusClient(broker, on_message=self._on_bus)
        self.counters = Counters()
        self.inbound = TakInbound(
            self.bus,
            self.identity,
            DeviceMatcher(directory),
            pli_qos=self.tak.pli_qos,
            clock=clock,
            counters=self.counters,
        )
        self.channels: dict[str | None, TakChannel] = {None: self._channel(self.tak.url, None)}
        for exercise, url in self.tak.exercise_channels.items():
            self.channels[exercise] = self._channel(url, exercise)
        self._work: queue.Queue[Envelope] = queue.Queue(maxsize=_WORK_QUEUE)
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        # per traffic (None = real): live incident events and who sent them, unit state
        self._live: dict[tuple[str | None, str], dict[str, CotEvent]] = {}
        self._sender: dict[tuple[str | None, str], str] = {}
        self._status = self.inbound.status  # shared: PLI messages carry the last status
        self._position = self.inbound.position  # shared: PLI positions place our units
        self._units: dict[tuple[str | None, str], Any] = {}
        self._assigned: dict[tuple[str | None, str], str] = {}
        self._assignment_unit: dict[str, tuple[str | None, str]] = {}
        self._next_refresh = 0.0
        self._next_closed_check = 0.0
        self._next_pli_flush = 0.0

    def _channel(self, url: str, exercise: str | None) -> TakChannel:
        def hello() -> CotEvent:
            name = f"{self.identity.country}.{self.identity.agency}"
            return presence_event(name, exercise, self._clock(), self._options)

        return TakChannel(
            url,
            self.tak,
            exercise_id=exercise,
            on_message=lambda b: self.inbound.on_message(exercise, b),
            hello=hello,
        )

    # -- life cycle -------------------------------------------------------------------

    def start(self, wait_s: float | None = 15.0) -> None:
        """Open the TAK channels, connect to the broker, subscribe, start mapping.

        With ``wait_s`` it waits that long for the broker and raises ``BusError`` if it does
        not answer; with None it returns at once (a window's thread) and keeps connecting.
        """
        for channel in self.channels.values():
            channel.start()
        self._stop.clear()
        self._worker = threading.Thread(target=self._run, name="tak-gateway", daemon=True)
        self._worker.start()
        exercises = [x for x in self.channels if x is not None]
        if wait_s is None:
            self.bus.subscribe(gateway_filters(exercises))  # sent on every connect
            self.bus.start()
            return
        try:
            self.bus.connect_and_wait(wait_s)
            self.bus.subscribe(gateway_filters(exercises), timeout=wait_s)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        self._stop.set()
        if self._worker is not None:
            self.inbound.flush_due(everything=True)  # the last positions of a storm go out
        self.bus.stop()
        if self._worker is not None:
            self._worker.join(10)
            self._worker = None
        for channel in self.channels.values():
            channel.stop()

    def status(self) -> GatewayStatus:
        counts, refused = self.counters.snapshot()
        unknown = self.inbound.unknown.snapshot()
        return GatewayStatus(
            tuple(c.stats() for c in self.channels.values()),
            counts.get("sent", 0),
            counts.get("published", 0),
            refused,
            unknown,
            refused_cot=counts.get("refused", 0),
            devices=len(self.inbound.devices) + len(unknown),
            coalesced=self.inbound.throttle.coalesced,
        )

    def _count(self, name: str, refused: str | None = None) -> None:
        self.counters.add(name, refused)

    # -- bus → TAK --------------------------------------------------------------------

    def _on_bus(self, envelope: Envelope) -> None:
        """paho's thread: hand off only. A full queue leaves it unacked (redelivered)."""
        try:
            self._work.put_nowait(envelope)
        except queue.Full:
            self._count("bus-overflow", "bus messages dropped: mapping queue full")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                envelope = self._work.get(timeout=PLI_FLUSH_S)
            except queue.Empty:
                envelope = None
            if envelope is not None:
                try:
                    self._handle(envelope)
                except IncidentDeskError as exc:
                    log.warning("bus message on %s not mapped: %s", envelope.topic, exc)
                    self._count("bus-refused", f"bus message not mapped: {type(exc).__name__}")
                except Exception:
                    log.exception("mapping the message on %s failed", envelope.topic)
                self.bus.ack(envelope)
            self._flush_pli_if_due()
            self._refresh_if_due()
            self._withdraw_closed_if_due()

    def _handle(self, envelope: Envelope) -> None:
        topic = parse_topic(envelope.topic)
        if topic.mode is Mode.TEST:
            return
        traffic = topic.exercise_id if topic.mode is Mode.EXERCISE else None
        if traffic not in self.channels:
            return
        if topic.kind == "alert":
            self._alert(topic, traffic, envelope.payload)
        elif topic.kind == "unit":
            self._unit(topic, traffic, envelope.payload)
        elif topic.kind == "command":
            self._command(traffic, envelope.payload)

    def _alert(self, topic: Topic, traffic: str | None, payload: bytes) -> None:
        alert = cap.parse(payload)
        mismatch = check_status_agrees(topic, alert.status.value, alert.note)
        if mismatch is not None:
            log.warning("alert %s not sent to TAK: %s", alert.identifier, mismatch)
            self._count("bus-refused", "alert status does not match its topic")
            return
        now = self._clock()
        if alert.msg_type is cap.MsgType.CANCEL:
            for key in alert.incidents:
                if self._sender.get((traffic, key), alert.sender) != alert.sender:
                    log.info("Cancel of %s by %s: not the sender shown on TAK", key, alert.sender)
                    continue  # only the same sender supersedes (our CAP profile)
                self._withdraw(traffic, key, now)
            return
        events = alert_events(alert, traffic, now, self._options)
        for key in alert.incidents:
            prefix = incident_uid(key, traffic)
            mine = {e.uid: e for e in events if e.uid == prefix or e.uid.startswith(prefix + ".")}
            gone = [e for uid, e in self._live.get((traffic, key), {}).items() if uid not in mine]
            self._send(traffic, [withdrawn(e, now) for e in gone])  # areas an Update dropped
            self._live[(traffic, key)] = mine
            self._sender[(traffic, key)] = alert.sender
        self._send(traffic, events)

    def _withdraw(self, traffic: str | None, key: str, now: datetime) -> None:
        live = self._live.pop((traffic, key), {})
        self._sender.pop((traffic, key), None)
        events = [withdrawn(e, now) for e in live.values()]
        events += [delete_event(e, now) for e in live.values()]
        self._send(traffic, events)

    def _unit(self, topic: Topic, traffic: str | None, payload: bytes) -> None:
        message = parse_unit_status(payload)
        if message.exercise != traffic or message.unit != topic.unit_id:
            self._count("bus-refused", "unit message does not match its topic")
            return
        key = (traffic, message.unit)
        self._status[key] = message.status
        if message.position is not None:
            self._position[key] = (message.position["lat"], message.position["lon"])
        self._units[key] = (message, topic.country, reported_at(message, self._clock()))
        source = json.loads(payload).get("source")
        if isinstance(source, str) and source.startswith(SOURCE_PREFIX):
            return  # our own PLI coming back: the device already shows itself on TAK
        self._send_unit(traffic, message.unit)

    def _send_unit(self, traffic: str | None, unit: str) -> None:
        key = (traffic, unit)
        known, position = self._units.get(key), self._position.get(key)
        if known is None or position is None:
            return
        message, country, at = known
        event = unit_event(
            message,
            country,
            traffic,
            position,
            self._options,
            at=at,
            assignment=self._assigned.get(key),
        )
        self._send(traffic, [event])

    def _command(self, traffic: str | None, payload: bytes) -> None:
        event = parse_event(payload)
        if event.exercise != traffic:
            self._count("bus-refused", "command event does not match its topic")
            return
        data = event.data
        if event.type == "assignment.create" and isinstance(data.get("unit"), str):
            key = (traffic, data["unit"])
            self._assignment_unit[event.id] = key
            self._assigned[key] = f"{event.incident_key}: {data.get('work') or 'assigned'}"
            self._send_unit(*key)
        elif event.type == "assignment.status" and data.get("status") == "released":
            found = self._assignment_unit.pop(str(data.get("assignment")), None)
            if found is not None:
                self._assigned.pop(found, None)
                self._send_unit(*found)

    def _flush_pli_if_due(self) -> None:
        """Publish the coalesced position reports whose device's second is up."""
        if time.monotonic() < self._next_pli_flush:
            return
        self._next_pli_flush = time.monotonic() + PLI_FLUSH_S
        self.inbound.flush_due()

    def _refresh_if_due(self) -> None:
        """Re-send open incidents every ``refresh_s`` (devices that joined late see them)."""
        if time.monotonic() < self._next_refresh:
            return
        self._next_refresh = time.monotonic() + self.tak.refresh_s
        now = self._clock()
        for (traffic, key), live in list(self._live.items()):
            fresh = {uid: e for uid, e in live.items() if e.stale > now}
            if not fresh:
                del self._live[(traffic, key)]
                self._sender.pop((traffic, key), None)
                continue
            self._live[(traffic, key)] = fresh
            self._send(traffic, [replace(e, time=now) for e in fresh.values()])

    def _withdraw_closed_if_due(self) -> None:
        """Withdraw incidents an operator closed or merged (only with a store; every 5 s)."""
        if self._store is None or not self._live or time.monotonic() < self._next_closed_check:
            return
        self._next_closed_check = time.monotonic() + min(CLOSED_CHECK_S, self.tak.refresh_s)
        try:
            closed = closed_incidents(self._store, list(self._live))
        except (IncidentDeskError, SQLAlchemyError) as exc:
            log.warning("cannot read closed incidents from the store: %s", exc)
            return
        now = self._clock()
        for traffic, key in sorted(closed, key=lambda k: (k[0] or "", k[1])):
            log.info("incident %s closed: withdrawn from TAK", key)
            self._withdraw(traffic, key, now)

    def _send(self, traffic: str | None, events: list[CotEvent]) -> None:
        """Queue events on the channel of ``traffic``, refusing any whose opex disagrees."""
        channel = self.channels.get(traffic)
        if channel is None:
            return
        expected = opex_for(traffic)
        for event in events:
            if event.opex != expected:  # the last guard: never cross real/exercise channels
                log.error("refused to send %s (opex %r) on %s", event.uid, event.opex, channel.url)
                self._count("leak-refused", "event refused: opex does not match the channel")
                continue
            channel.send(event)
            self._count("sent")
