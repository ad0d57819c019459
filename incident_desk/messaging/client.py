"""``BusClient``: the one paho-mqtt 2 adapter (docs/architecture.md §2, docs/standards.md §7.2).

- MQTT 5 by default (3.1.1 for the embedded amqtt broker), TLS with verification on,
  stable client id, **Clean Start 0 + Session Expiry Interval** (3.1.1: ``cleansession=0``),
  so QoS 1 messages published while a console is away are queued for it by the broker.
- **Manual acknowledgement**: a received message's PUBACK goes only once the caller says it is
  durably stored (``ack``, ``ack_all``); the broker sends one never acked again after a reconnect.
- paho runs its network loop on its own thread (``loop_start()``); ``on_message`` and
  ``on_state`` run on that thread and must only hand off (e.g. put into a bounded queue).
- Reconnect: paho's own loop reconnects; the delay before each attempt comes from
  ``Backoff`` (exponential, with jitter), installed through ``reconnect_delay_set`` just
  before paho waits, because paho's built-in back-off has no jitter.
- Failover (``BrokerSettings.urls``, a cluster): a failed attempt or a lost connection moves
  the next attempt to the next node of the list, with the same client id and session (the
  cluster keeps it). Within one round over the nodes the wait is short (``reconnect_min_s``
  with jitter); after a whole round failed it grows with the ``Backoff``. The client stays on
  the node it reached; ``return_to_preferred()`` moves it back to the first one.
- A node that answers an MQTT 5 CONNECT with "Unsupported protocol version" (NATS), or that
  closes the connection without any answer before this client ever had an MQTT 5 session
  (RabbitMQ 3.10), is connected to again with 3.1.1: the client degrades explicitly, says so
  in the log and in ``ConnectionState.protocol``; 3.1.1 cannot carry MQTT 5 properties
  (``seq`` and ``stream``, content type, expiry), see docs/scaling.md.
- Passwords are never logged; the paho logger is ``incident_desk.messaging.paho``.
- The paho client and the MQTT 5 properties are built in ``_paho_setup``; the values handed
  out (``ConnectionState``, ``PublishResult``, ``Subscription``) live in ``bus_types``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import MQTTErrorCode
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from incident_desk.errors import BusError
from incident_desk.messages import Message
from incident_desk.messaging import _paho_setup as setup
from incident_desk.messaging import said
from incident_desk.messaging._acks import OwedAcks
from incident_desk.messaging._paho_readahead import ReadAheadClient
from incident_desk.messaging.backoff import Backoff
from incident_desk.messaging.bus_types import (
    ConnectionState,
    PublishResult,
    StateName,
    Subscription,
    reason_text,
)
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.failover import NodeRing
from incident_desk.settings import BrokerSettings, parse_broker_url

__all__ = ["BusClient"]

log = logging.getLogger("incident_desk.messaging")

_MAX_KEPT_RESULTS = 10_000
_UNSUPPORTED_PROTOCOL = 0x84  # MQTT 5 CONNACK "Unsupported Protocol Version" (NATS answers it)


def _now() -> datetime:
    return datetime.now(UTC)


class BusClient:
    """The MQTT client of one console or command (see the module docstring).

    Attributes:
        settings: the broker settings it was made with.
        on_message: called with each ``Envelope`` on paho's thread (hand off, do not work).
        on_state: called with each ``ConnectionState`` on paho's thread (or the caller's).
    """

    def __init__(
        self,
        settings: BrokerSettings,
        *,
        on_message: Callable[[Envelope], None] | None = None,
        on_state: Callable[[ConnectionState], None] | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self.settings = settings
        self.on_message = on_message
        self.on_state = on_state
        self.host, self.port, self.tls = parse_broker_url(settings.url)
        self._ring = NodeRing(
            settings.nodes or [(self.host, self.port)],
            backoff or Backoff(settings.reconnect_min_s, settings.reconnect_max_s),
            Backoff(settings.reconnect_min_s, settings.reconnect_min_s),
        )
        self._degrade = False  # the node wants MQTT 3.1.1: the next attempt uses it
        self._had_v5 = False  # an MQTT 5 session was once accepted: never degrade then
        self._v5 = settings.protocol == "5"
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._subscriptions: dict[str, Subscription] = {}
        self._unsent: set[str] = set()  # added while offline: send even if the session exists
        self._unsent_removals: set[str] = set()  # removed while offline
        self._pub_results: dict[int, tuple[int, str]] = {}
        self._sub_results: dict[int, list[tuple[int, str]]] = {}
        self._subs_in_flight: set[int] = set()  # SUBSCRIBE mids not yet confirmed
        self._owed = OwedAcks()  # received, not acknowledged yet (this connection only)
        self._state = said.stopped_state(self.host, self.port, said.NOT_STARTED)
        self._refusal: Message | None = None
        self._last_problem = "no answer"
        self._got_connack = False
        self._socket_open = False
        self._stopping = False
        self._started = False
        self._client = self._make_client()

    # -- construction -----------------------------------------------------------------

    def _make_client(self) -> ReadAheadClient:
        client = setup.paho_client(self.settings, v5=self._v5, tls=self.tls)
        client.on_pre_connect = self._on_pre_connect
        client.on_connect = self._on_connect
        client.on_socket_open = self._on_socket_open
        client.on_connect_fail = self._on_connect_fail
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        client.on_publish = self._on_publish
        client.on_subscribe = self._on_subscribe
        return client

    # -- life cycle -------------------------------------------------------------------

    @property
    def state(self) -> ConnectionState:
        return self._state

    @property
    def client_id(self) -> str:
        return self.settings.client_id

    @property
    def is_connected(self) -> bool:
        return self._client.is_connected()

    @property
    def protocol(self) -> str:
        """The MQTT version in use: "5", or "3.1.1" (configured, or degraded to)."""
        return "5" if self._v5 else "3.1.1"

    @property
    def node(self) -> int:
        """Index in ``settings.urls`` of the node used now (0: the preferred one)."""
        return self._ring.index

    def _where(self) -> str:
        if len(self._ring) == 1:
            return f"the broker at {self.host}:{self.port}"
        names = ", ".join(f"{h}:{p}" for h, p in self._ring.nodes)
        return f"any of the {len(self._ring)} broker nodes ({names})"

    def start(self) -> None:
        """Start paho's network thread; it connects and keeps reconnecting until ``stop()``."""
        if self._started:
            return
        self._started = True
        self._stopping = False
        log.info(
            "connecting to %s:%d as %s (MQTT %s, TLS %s, node %d of %d)",
            self.host,
            self.port,
            self.client_id,
            self.protocol,
            "on" if self.tls else "off",
            self._ring.index + 1,
            len(self._ring),
        )
        self._connect_async()
        self._client.loop_start()

    def _connect_async(self) -> None:
        self._client.reconnect_delay_set(1, 1)  # replaced by our jittered delay on failure
        self._client.connect_async(
            self.host,
            self.port,
            keepalive=self.settings.keepalive,
            clean_start=False if self._v5 else mqtt.MQTT_CLEAN_START_FIRST_ONLY,
            properties=setup.connect_properties(self.settings) if self._v5 else None,
        )

    def return_to_preferred(self) -> bool:
        """Move to the preferred node (the first URL) now, if on another one.

        The client never goes back by itself (a node that just came back may not be ready);
        an operator or a scheduled task calls this. The session moves with the client id;
        what was received and not yet acknowledged is redelivered on the preferred node.
        If it cannot be reached, the client fails over down the list again.

        Returns:
            True if the client left another node for the preferred one.
        """
        if not self._started or self._ring.index == 0:
            return False
        log.info("returning to the preferred broker node %s:%d", *self._ring.nodes[0])
        self._stopping = True
        self._client.disconnect()
        self._client.loop_stop()
        # loop_start() makes a new wake-up socket pair without closing the old one
        self._client._reset_sockets(sockpair_only=True)
        self._stopping = False
        self._ring.prefer()
        self.host, self.port = self._ring.current
        self._connect_async()
        self._client.loop_start()
        return True

    def connect_and_wait(self, timeout: float = 10.0) -> ConnectionState:
        """Start and wait until connected.

        Raises:
            BusError: the broker refused us (reason given), or could not be reached in time.
                The client is stopped in that case.
        """
        self.start()
        with self._cond:
            ok = self._cond.wait_for(
                lambda: self._state.state in {"connected", "refused"}, timeout=timeout
            )
            state = self._state
        if ok and state.state == "connected":
            return state
        self.stop()
        if state.state == "connecting" and self._socket_open:
            self._last_problem = (
                f"the broker accepted the connection but never answered our MQTT "
                f"{self.protocol} CONNECT (does it speak MQTT {self.protocol}? "
                "the embedded broker speaks 3.1.1 only)"
            )
        if state.state == "refused":
            raise BusError(f"the broker at {state.host}:{state.port} refused us: {state.reason}")
        raise BusError(
            f"could not connect to {self._where()} within {timeout:g} s: {self._last_problem}"
        )

    def stop(self, timeout: float = 5.0) -> None:
        """Disconnect (the broker keeps our session) and stop the network thread, once the
        broker has our PUBACKs (``ReadAheadClient.settle``, at most 2 s)."""
        if not self._started:
            return
        self._stopping = True
        self._client.settle(min(timeout, 2.0))
        self._client.disconnect()
        self._client.loop_stop()
        self._started = False
        self._set_state("disconnected", said.say(said.STOPPED))

    # -- subscribe / ack / publish ----------------------------------------------------

    def subscribe(
        self, filters: Iterable[str | Subscription], *, timeout: float | None = None
    ) -> list[tuple[str, str]]:
        """Add subscriptions; they are (re)sent on every connect without a session.

        With ``timeout`` and a live connection, wait for the SUBACK and raise ``BusError``
        if the broker refused a filter. Returns (filter, granted/reason) pairs when waited.
        """
        subs = [f if isinstance(f, Subscription) else Subscription(f) for f in filters]
        connected = self._client.is_connected()
        with self._lock:
            for sub in subs:
                self._subscriptions[sub.filter] = sub
                self._unsent_removals.discard(sub.filter)
                if not connected:
                    self._unsent.add(sub.filter)
        if not connected or not subs:
            return []
        mid = self._send_subscribe(subs)
        if timeout is None or mid is None:
            return []
        with self._cond:
            if not self._cond.wait_for(lambda: mid in self._sub_results, timeout=timeout):
                raise BusError(f"the broker did not confirm the subscription within {timeout} s")
            results = self._sub_results.pop(mid)
        pairs = [(s.filter, text) for s, (_, text) in zip(subs, results, strict=False)]
        refused = [
            f"{s.filter}: {text}"
            for s, (code, text) in zip(subs, results, strict=False)
            if code >= 0x80
        ]
        if refused:
            raise BusError("the broker refused the subscription " + "; ".join(refused))
        return pairs

    def unsubscribe(self, filters: Iterable[str]) -> None:
        """Drop subscriptions (now, or at the next connect if offline)."""
        names = list(filters)
        connected = self._client.is_connected()
        with self._lock:
            for name in names:
                self._subscriptions.pop(name, None)
                self._unsent.discard(name)
                if not connected:
                    self._unsent_removals.add(name)
        if connected and names:
            self._client.unsubscribe(names)

    def _send_subscribe(self, subs: Sequence[Subscription]) -> int | None:
        topics = setup.subscribe_topics(subs, v5=self._v5)
        with self._lock:  # held across the send so the SUBACK cannot overtake the mark
            rc, mid = self._client.subscribe(topics)
            if rc != MQTTErrorCode.MQTT_ERR_SUCCESS or mid is None:
                log.warning("subscribe not sent: %s", mqtt.error_string(rc))
                return None
            self._subs_in_flight.add(mid)
        return mid

    def wait_subscribed(self, timeout: float) -> bool:
        """Wait until connected with every subscription confirmed by the broker (SUBACK).

        Until then, messages published by others may not be routed to this client yet:
        a console that must not miss the first message waits here before others publish.
        """
        with self._cond:
            return self._cond.wait_for(
                lambda: self._state.state == "connected" and not self._subs_in_flight, timeout
            )

    def ack(self, envelope: Envelope) -> bool:
        """Send the PUBACK for a received message once it is durably stored.

        Returns False (and sends nothing) if the message came on an earlier connection:
        its packet id is no longer valid, and the broker will redeliver it anyway.
        """
        return envelope.qos == 0 or self.ack_all([envelope]) == 1

    def ack_all(self, envelopes: Sequence[Envelope]) -> int:
        """:meth:`ack` for each of ``envelopes``, in their order, the QoS 1 PUBACKs written
        together (``ReadAheadClient.puback_all``); how many were acknowledged now (an
        envelope of an earlier connection, or acknowledged already, is skipped)."""
        owed = self._owed.take(e for e in envelopes if e.qos)
        self._client.puback_all([e.mid for e in owed if e.qos == 1])
        for mid in [e.mid for e in owed if e.qos == 2]:
            self._client.ack(mid, 2)  # QoS 2: paho's own PUBREC/PUBREL/PUBCOMP exchange
        return len(owed)

    def publish(
        self,
        topic: str,
        payload: bytes,
        *,
        qos: int = 1,
        retain: bool = False,
        content_type: str | None = None,
        user_properties: Sequence[tuple[str, str]] = (),
        correlation_data: bytes | None = None,
        response_topic: str | None = None,
        message_expiry: int | None = None,
        payload_is_utf8: bool = False,
        wait: bool = True,
        timeout: float = 10.0,
    ) -> PublishResult:
        """Publish; with ``wait`` block until the PUBACK and check its reason code.

        MQTT 5 properties are dropped on an MQTT 3.1.1 connection (it cannot carry them).

        Raises:
            BusError: not connected (when waiting), no PUBACK in time, or the broker refused
                the message (e.g. "Not authorized (reason code 135)").
        """
        props = None
        if self._v5:
            props = setup.publish_properties(
                content_type=content_type,
                user_properties=user_properties,
                correlation_data=correlation_data,
                response_topic=response_topic,
                message_expiry=message_expiry,
                payload_is_utf8=payload_is_utf8,
            )
        if wait and not self._client.is_connected():
            raise BusError(f"not connected to {self._where()}")
        info = self._client.publish(topic, payload, qos=qos, retain=retain, properties=props)
        if info.rc == MQTTErrorCode.MQTT_ERR_QUEUE_SIZE:
            raise BusError("the outgoing queue is full; the message was not sent")
        if not wait or qos == 0:
            return PublishResult(info.mid, 0, "Success", False)
        with self._cond:
            got = self._cond.wait_for(lambda: info.mid in self._pub_results, timeout=timeout)
            result = self._pub_results.pop(info.mid, None)
        if not got or result is None:
            raise BusError(
                f"the broker did not acknowledge the message on {topic} within {timeout:g} s "
                "(it stays queued and is sent again after a reconnect)"
            )
        code, text = result
        if code >= 0x80:
            raise BusError(f"the broker refused the message on {topic}: {text}")
        return PublishResult(info.mid, code, text, True)

    # -- paho callbacks (paho's thread) -----------------------------------------------

    def _set_state(
        self,
        state: StateName,
        why: Message,
        next_retry_in: float | None = None,
        session_present: bool | None = None,
    ) -> None:
        reason = why.text  # the log's and the CLI's; the window renders ``said``
        stopped = why.source == said.STOPPED
        new = ConnectionState(
            state,
            self.host,
            self.port,
            _now(),
            reason,
            next_retry_in,
            session_present,
            protocol=self.protocol,
            node=self._ring.index,
            nodes=len(self._ring),
            said=why.data(),
        )
        if state in {"refused", "disconnected"} and not stopped:
            self._last_problem = reason
        with self._cond:
            self._state = new
            self._cond.notify_all()
        if state in {"refused", "disconnected"} and not stopped:
            log.warning("broker %s:%d %s: %s", self.host, self.port, state, reason)
        else:
            log.info("broker %s:%d %s %s", self.host, self.port, state, reason)
        callback = self.on_state
        if callback is not None:
            try:
                callback(new)
            except Exception:
                log.exception("on_state callback failed")

    def _then_next(self, why: Message) -> Message:
        """``why``, and the node the next attempt goes to when that is another one."""
        return said.with_next_node(why, self._ring.next_node())

    def _schedule_retry(self, *, same_node: bool = False) -> float:
        """The wait before the next attempt (``NodeRing``: next node unless ``same_node``)."""
        delay = self._ring.failed(same_node=same_node)
        # paho waits min_delay before its next attempt after this reset (public API; it
        # accepts float seconds although its hint says int).
        self._client.reconnect_delay_set(delay, delay)  # type: ignore[arg-type]
        return delay

    def _on_pre_connect(self, client: mqtt.Client, userdata: Any) -> None:
        self._refusal = None
        self._got_connack = False
        self._socket_open = False
        if self._ring.next_attempt():
            self.host, self.port = self._ring.current
            setup.retarget(client, self.host, self.port)
        if self._degrade:
            self._use_mqtt_311(client)
        self._set_state("connecting", said.say(said.CONNECTING_TO, node=f"{self.host}:{self.port}"))

    def _use_mqtt_311(self, client: mqtt.Client) -> None:
        """Talk MQTT 3.1.1 from now on, with a persistent session (``cleansession=0``)."""
        self._degrade = False
        self._v5 = False
        setup.use_mqtt_311(client)
        log.warning(
            "the broker at %s:%d speaks MQTT 3.1.1 only: using 3.1.1 (no MQTT 5 properties: "
            "no sequence numbers for gap detection, no message expiry, no content type)",
            self.host,
            self.port,
        )

    def _on_socket_open(self, client: mqtt.Client, userdata: Any, sock: Any) -> None:
        self._socket_open = True

    def _on_connect(
        self,
        client: mqtt.Client,
        userdata: Any,
        flags: mqtt.ConnectFlags,
        reason_code: ReasonCode,
        properties: Properties | None,
    ) -> None:
        self._got_connack = True
        if reason_code.is_failure:
            if self._v5 and reason_code.value == _UNSUPPORTED_PROTOCOL:
                self._degrade = True  # the retry (same node) speaks 3.1.1
                return
            self._refusal = said.reason_message(reason_code)
            return  # paho closes the socket; _on_disconnect reports and schedules the retry
        self._ring.succeeded()
        self._had_v5 |= self._v5
        self._owed.reconnected()  # packet ids of the old connection mean nothing now
        with self._lock:
            self._subs_in_flight.clear()  # unconfirmed ones are sent again below if needed
            if flags.session_present:  # the broker kept our subscriptions: send only changes
                subs = [self._subscriptions[f] for f in self._unsent if f in self._subscriptions]
                removals = list(self._unsent_removals)
            else:
                subs, removals = list(self._subscriptions.values()), []
            self._unsent.clear()
            self._unsent_removals.clear()
        if subs:
            self._send_subscribe(subs)
        if removals:
            client.unsubscribe(removals)
        self._set_state(
            "connected",
            said.say(said.SESSION_RESUMED if flags.session_present else said.NEW_SESSION),
            session_present=flags.session_present,
        )

    def _on_connect_fail(self, client: mqtt.Client, userdata: Any) -> None:
        if self._stopping:
            return
        delay = self._schedule_retry()
        self._set_state(
            "disconnected",
            self._then_next(said.say(said.CANNOT_REACH, node=f"{self.host}:{self.port}")),
            next_retry_in=delay,
        )

    def _on_disconnect(
        self,
        client: mqtt.Client,
        userdata: Any,
        flags: mqtt.DisconnectFlags,
        reason_code: ReasonCode,
        properties: Properties | None,
    ) -> None:
        if self._stopping:
            return
        silent = self._socket_open and not self._got_connack
        if self._v5 and not self._had_v5 and silent:
            self._degrade = True  # closed on our MQTT 5 CONNECT without a word: try 3.1.1
        if self._degrade:
            delay = self._schedule_retry(same_node=True)
            why = said.say(said.DEGRADE_SILENT if silent else said.DEGRADE_V311)
            self._set_state("connecting", why, next_retry_in=delay)
            return
        delay = self._schedule_retry()
        if self._refusal is not None:
            self._set_state("refused", self._then_next(self._refusal), next_retry_in=delay)
        else:
            why = said.say(said.CONNECTION_LOST)
            if reason_code.value not in (0, 0x80):  # 0x80, paho's "Unspecified error": the
                why = said.reason_message(reason_code)  # socket closed
            if not self._got_connack:
                why = said.say(said.NO_ANSWER)
            self._set_state("disconnected", self._then_next(why), next_retry_in=delay)

    def _on_message(self, client: mqtt.Client, userdata: Any, message: mqtt.MQTTMessage) -> None:
        envelope = Envelope.from_paho(message)
        if envelope.qos > 0:
            self._owed.received(envelope)
        callback = self.on_message
        if callback is None:
            return
        try:
            callback(envelope)
        except Exception:
            # Not acked: the broker redelivers it after the next reconnect.
            log.exception("on_message callback failed for a message on %s", envelope.topic)

    def _on_publish(
        self,
        client: mqtt.Client,
        userdata: Any,
        mid: int,
        reason_code: ReasonCode,
        properties: Properties | None,
    ) -> None:
        with self._cond:
            self._pub_results[mid] = (reason_code.value, reason_text(reason_code))
            while len(self._pub_results) > _MAX_KEPT_RESULTS:  # unwaited publishes
                del self._pub_results[next(iter(self._pub_results))]
            self._cond.notify_all()
        if reason_code.is_failure:
            log.warning("broker refused message %d: %s", mid, reason_text(reason_code))

    def _on_subscribe(
        self,
        client: mqtt.Client,
        userdata: Any,
        mid: int,
        reason_codes: list[ReasonCode],
        properties: Properties | None,
    ) -> None:
        results = [(rc.value, reason_text(rc)) for rc in reason_codes]
        with self._cond:
            self._subs_in_flight.discard(mid)
            self._sub_results[mid] = results
            while len(self._sub_results) > _MAX_KEPT_RESULTS:
                del self._sub_results[next(iter(self._sub_results))]
            self._cond.notify_all()
        for code, text in results:
            if code >= 0x80:
                log.warning("broker refused a subscription: %s", text)
