"""A paho client that reads the socket ahead: one ``recv`` for many MQTT packets.

paho reads each packet with four or more system calls (the command byte, the length bytes
one at a time, the rest) and goes back to ``select`` after every packet, because
``loop_read`` reads one packet unless messages of its own are in flight. Each call lets go
of the GIL, so a subscriber whose other thread is busy (the ingest's writer) hands the GIL
back and forth several times per message.

:class:`ReadAheadClient` serves those reads from the bytes one ``recv`` of up to 64 KiB
returned, and ``loop_read`` goes on reading packets while such bytes are left, so the loop
only goes back to ``select`` when everything received has been handled (a packet cut at the
end stays in paho's own half-read state, as before, until the socket has the rest). Bytes
read ahead belong to the socket they came from: a new connection never sees them.

It also writes many PUBACKs at once (:meth:`ReadAheadClient.puback_all`): paho's ``ack``
queues each PUBACK as a packet of its own, wakes the network thread through its socket pair
and sends it with a ``send`` of its own, three system calls and a GIL hand-off per message
for the ingest, which acknowledges a whole batch after its commit. The PUBACKs of a batch
go as one write of the same bytes, in the same order.

Everything else is paho's: the packets, their order, TLS (a TLS socket returns at most one
record per ``recv``), reconnection. Both hooks are paho-mqtt 2.2's own private methods
(``_sock_recv``, ``_packet_queue``): ``pyproject.toml`` keeps paho below 2.3. It also stops
the network thread without paho's race (:meth:`ReadAheadClient.loop_stop`).
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Sequence

import paho.mqtt.client as mqtt
from paho.mqtt.enums import MQTTErrorCode

__all__ = ["READ_AHEAD", "ReadAheadClient"]

_PUBACK = struct.Struct("!BBH")  # command, remaining length 2, packet id

#: the most one ``recv`` asks for
READ_AHEAD = 65536


class ReadAheadClient(mqtt.Client):
    """paho's ``Client``, reading the socket ahead (see the module docstring)."""

    _ahead_sock: object = None
    _ahead: bytes = b""
    _ahead_at: int = 0

    def _sock_recv(self, bufsize: int) -> bytes:
        sock = self._sock
        if sock is not self._ahead_sock:  # a new connection: nothing read ahead is its
            self._ahead_sock, self._ahead, self._ahead_at = sock, b"", 0
        at = self._ahead_at
        ahead = self._ahead
        if at >= len(ahead):
            data = super()._sock_recv(max(bufsize, READ_AHEAD))
            if len(data) <= bufsize:  # all of it asked for (b"": the broker closed)
                return data
            self._ahead, at = data, 0
            ahead = data
        end = at + bufsize
        self._ahead_at = end
        return ahead[at:end]

    _pongs: int = 0  # PINGRESPs received
    _pong: threading.Condition | None = None

    def settle(self, timeout: float) -> bool:
        """Wait until the broker has handled everything this connection sent before (its
        PUBACKs above all): a PINGREQ it answers, as it handles a connection's packets in
        order. True when answered within ``timeout`` s. A client that stopped and connects
        again at once under the same client id would otherwise race its own DISCONNECT: the
        broker took the new connection over before reading the old one's PUBACKs, and
        messages already stored came back (a PINGREQ of the keepalive sent before counts
        as one more answer to wait for). False at once when not connected."""
        if not self.is_connected():
            return False
        pong = self._pong
        if pong is None:
            pong = self._pong = threading.Condition()
        with pong:
            want = self._pongs + (2 if self._ping_t else 1)
        if self._send_pingreq() is not MQTTErrorCode.MQTT_ERR_SUCCESS:
            return False
        with pong:
            return pong.wait_for(lambda: self._pongs >= want, timeout)

    def _handle_pingresp(self) -> MQTTErrorCode:
        rc = super()._handle_pingresp()
        pong = self._pong  # counted once a settle waits: it counts from where it began
        if pong is not None:
            with pong:
                self._pongs += 1
                pong.notify_all()
        return rc

    def read_ahead(self) -> int:
        """How many bytes of the current connection were read and not handled yet."""
        if self._sock is None or self._sock is not self._ahead_sock:
            return 0
        return max(0, len(self._ahead) - self._ahead_at)

    def puback_all(self, mids: Sequence[int]) -> MQTTErrorCode:
        """Acknowledge QoS 1 messages ``mids`` in this order, as ``ack(mid, 1)`` for each
        would, in one queued write: each PUBACK is the packet paho sends (the 4-byte form
        with no reason code: success, MQTT 5.0 §3.4.2.1). Nothing is sent without
        ``manual_ack``: paho acknowledged those messages itself."""
        if not self._manual_ack or not mids:
            return MQTTErrorCode.MQTT_ERR_SUCCESS
        packets = b"".join([_PUBACK.pack(mqtt.PUBACK, 2, mid) for mid in mids])
        return self._packet_queue(mqtt.PUBACK, packets, mids[-1], 1)

    def loop_stop(self) -> MQTTErrorCode:
        """paho's ``loop_stop`` without its race (eclipse-paho/paho.mqtt.python#872, open):
        the network thread sets ``_thread`` to None as it ends, which it does by itself after
        a ``disconnect()``, so paho's check-then-``join`` could find None and raise
        ``AttributeError`` from ``BusClient.stop`` (seen under CPU load). The thread is read
        once; one that already ended has nothing left to join."""
        thread = self._thread
        if thread is None:
            return MQTTErrorCode.MQTT_ERR_INVAL
        self._thread_terminate = True
        if threading.current_thread() is not thread:
            thread.join()
        return MQTTErrorCode.MQTT_ERR_SUCCESS

    def loop_read(self, max_packets: int = 1) -> MQTTErrorCode:
        rc = super().loop_read(max_packets)
        while rc is MQTTErrorCode.MQTT_ERR_SUCCESS and self.read_ahead():
            rc = super().loop_read(1)
        return rc
