"""One TAK channel: a TCP/TLS stream to a TAK server, or SA multicast (stdlib sockets, no Qt).

- ``tcp://host:port`` and ``tls://host:port`` (TLS 1.2+, the server certificate verified
  against ``ca_file`` with host name checking, our client certificate from ``cert_file`` /
  ``key_file``): one connection, kept up with jittered exponential back-off (``Backoff``).
- ``udp://group:port``: multicast send (TTL, interface from the settings) and a receiving
  socket joined to the group on the same interface.
- :meth:`TakChannel.send` never blocks: events wait in a bounded queue; when it is full the
  oldest is dropped and counted. Received messages are handed to ``on_message`` on the
  channel's reader thread, cut by :class:`~incident_desk.tak._framing.StreamSplitter`.
- Encoding happens when an event is written: XML, or with ``protocol = "protobuf"`` TAK
  protocol version 1 — on multicast at once, on a server stream once the server has offered
  it and accepted our request (``t-x-takp-v`` / ``-q`` / ``-r``); until then, and with servers
  that never offer it, the stream stays XML.
- A stream has a reader and a writer thread. An ``ssl.SSLSocket`` must never read and write
  at the same time from two threads (OpenSSL's record state is shared: under load the peer
  saw "bad record MAC"), so both take the connection's ``_io`` lock for each ``recv`` /
  ``sendall``; the reader waits for data with ``select`` *outside* the lock, so a writer is
  held up for one record at most. The socket keeps the connect timeout for its writes.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import select
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from incident_desk.errors import ConfigError
from incident_desk.messaging.backoff import Backoff
from incident_desk.settings import TakSettings, parse_tak_url
from incident_desk.tak._cot import CotEvent
from incident_desk.tak._framing import StreamSplitter, encode, negotiation, protocol_request
from incident_desk.tak._inbound import MAX_EVENT_BYTES, CotError

__all__ = ["ChannelStats", "TakChannel"]

log = logging.getLogger("incident_desk.tak")

_POLL_S: Final = 0.2
_CONTROL_POLL_S: Final = 0.05
_CONNECT_TIMEOUT_S: Final = 10.0


@dataclass(frozen=True, slots=True)
class ChannelStats:
    """Counters of one channel, for the status bar and the summary line."""

    url: str
    exercise_id: str | None
    connected: bool
    sent: int
    received: int
    dropped: int
    connects: int
    last_error: str


class TakChannel:
    """One TAK endpoint for one traffic (real, or one exercise).

    Attributes:
        url: the TAK address.
        exercise_id: the exercise whose traffic this channel carries (None = real).
        on_message: called with each received message (bytes) on the reader thread.
        hello: gives the first event written on every new stream connection (our own
            presence, as TAK clients introduce themselves), or None.
        protobuf: True while this connection writes TAK protocol version 1.
    """

    def __init__(
        self,
        url: str,
        settings: TakSettings,
        *,
        exercise_id: str | None,
        on_message: Callable[[bytes], None],
        hello: Callable[[], CotEvent] | None = None,
    ) -> None:
        self.url = url
        self.exercise_id = exercise_id
        self.on_message = on_message
        self.hello = hello
        self._settings = settings
        self.scheme, self.host, self.port = parse_tak_url(url)
        # tls://: the CA, certificate and key are read and checked now (ConfigError naming
        # the file), not at every connection attempt
        self._tls: ssl.SSLContext | None = None
        if self.scheme == "tls":
            try:
                self._tls = settings.tls_context()
            except ConfigError as exc:
                raise ConfigError(f"{url}: {exc}") from None
        self._queue: queue.Queue[CotEvent] = queue.Queue(maxsize=settings.queue_size)
        self._control: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self.protobuf = self.mesh and settings.protocol == "protobuf"
        self._backoff = Backoff(settings.reconnect_min_s, settings.reconnect_max_s)
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._io = threading.Lock()  # one recv or sendall at a time on a stream (TLS)
        self._sent = self._received = self._dropped = self._connects = 0
        self._last_error = ""

    # -- public -----------------------------------------------------------------------

    @property
    def mesh(self) -> bool:
        return self.scheme == "udp"

    def _wire(self, event: CotEvent) -> bytes:
        return encode(event, "protobuf" if self.protobuf else "xml", mesh=self.mesh)

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def start(self) -> None:
        target = self._run_multicast if self.mesh else self._run_stream
        thread = threading.Thread(target=target, name=f"tak-{self.url}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._close()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def send(self, event: CotEvent) -> None:
        """Queue one event; never blocks (the oldest is dropped when the queue is full)."""
        while True:
            try:
                self._queue.put_nowait(event)
                return
            except queue.Full:
                with contextlib.suppress(queue.Empty):
                    self._queue.get_nowait()
                    with self._lock:
                        self._dropped += 1

    def stats(self) -> ChannelStats:
        with self._lock:
            return ChannelStats(
                self.url,
                self.exercise_id,
                self.connected,
                self._sent,
                self._received,
                self._dropped,
                self._connects,
                self._last_error,
            )

    # -- stream (tcp / tls) -----------------------------------------------------------

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:  # a tls:// channel has it from __init__
            self._tls = self._settings.tls_context()
        return self._tls

    def _connect(self) -> socket.socket:
        raw = socket.create_connection((self.host, self.port), timeout=_CONNECT_TIMEOUT_S)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.scheme != "tls":
            return raw
        try:
            return self._tls_context().wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise

    def _run_stream(self) -> None:
        pending: CotEvent | None = None
        while not self._stop.is_set():
            try:
                sock = self._connect()
            except (OSError, ssl.SSLError) as exc:
                self._failed(f"cannot connect to {self.url}: {exc}")
                continue
            self.protobuf = False  # every connection starts in XML
            self._opened(sock)
            reader = threading.Thread(
                target=self._read_stream, args=(sock,), name=f"tak-read-{self.url}", daemon=True
            )
            reader.start()
            if self.hello is None or self._send_hello(sock):
                pending = self._write_stream(sock, pending)
            self._close()
            reader.join(5.0)
            if not self._stop.is_set():
                self._failed(self._last_error or f"{self.url} closed the connection")

    def _send_hello(self, sock: socket.socket) -> bool:
        assert self.hello is not None
        try:
            data = self._wire(self.hello())
            with self._io:
                sock.sendall(data)
        except (OSError, ssl.SSLError) as exc:
            self._error(f"send to {self.url} failed: {exc}")
            return False
        return True

    def _write_stream(self, sock: socket.socket, pending: CotEvent | None) -> CotEvent | None:
        """Send until the connection fails or we stop; returns an event not yet sent."""
        while not self._stop.is_set() and self._connected.is_set():
            while not self._control.empty():  # negotiation answers go first, as they are
                try:
                    answer = self._control.get_nowait()
                    with self._io:
                        sock.sendall(answer)
                except (OSError, ssl.SSLError) as exc:
                    self._error(f"send to {self.url} failed: {exc}")
                    return pending
            if pending is None:
                try:
                    pending = self._queue.get(timeout=_CONTROL_POLL_S)
                except queue.Empty:
                    continue
            try:
                data = self._wire(pending)
                with self._io:
                    sock.sendall(data)
            except (OSError, ssl.SSLError) as exc:
                self._error(f"send to {self.url} failed: {exc}")
                return pending
            pending = None
            with self._lock:
                self._sent += 1
        return pending

    def _read_stream(self, sock: socket.socket) -> None:
        splitter = StreamSplitter(MAX_EVENT_BYTES)
        while not self._stop.is_set() and self._connected.is_set():
            try:
                if not _readable(sock):
                    continue
                with self._io:
                    chunk = sock.recv(65536)
            except TimeoutError:
                continue
            except (OSError, ssl.SSLError, ValueError) as exc:  # ValueError: closed meanwhile
                self._error(f"read from {self.url} failed: {exc}")
                break
            if not chunk:
                self._error(f"{self.url} closed the connection")
                break
            try:
                messages = splitter.feed(chunk)
            except CotError as exc:
                self._error(f"{self.url} sent an unreadable stream ({exc.reason}); reconnecting")
                break
            self._deliver([m for m in messages if not self._negotiate(m)])
        self._connected.clear()

    def _negotiate(self, message: bytes) -> bool:
        """Handle the server's protocol offer and answer; True if ``message`` was one."""
        step = negotiation(message)
        if step is None:
            return False
        if step == "offer" and self._settings.protocol == "protobuf":
            log.info("%s offers TAK protocol version 1: requesting it", self.url)
            self._control.put(protocol_request(f"idesk-takp-{id(self)}", datetime.now(UTC)))
        elif step == "accepted":
            log.info("%s speaks TAK protocol version 1 from now on", self.url)
            self.protobuf = True
        elif step == "refused":
            log.info("%s refused TAK protocol version 1: staying on XML", self.url)
        return True

    # -- multicast --------------------------------------------------------------------

    def _join(self) -> tuple[socket.socket, socket.socket]:
        """(send, receive) sockets for the group on the configured interface."""
        s = self._settings
        iface = socket.inet_aton(s.multicast_interface)
        send = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        recv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        try:
            send.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, s.multicast_ttl)
            send.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, iface)
            send.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
            recv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            recv.bind((self.host, self.port))
            group = socket.inet_aton(self.host) + iface
            recv.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, group)
            recv.settimeout(_POLL_S)
        except OSError:
            send.close()
            recv.close()
            raise
        return send, recv

    def _run_multicast(self) -> None:
        while not self._stop.is_set():  # e.g. the network card is not up yet: retry
            try:
                send, recv = self._join()
            except OSError as exc:
                self._failed(f"cannot join multicast {self.url}: {exc}")
                continue
            self._opened(recv)
            reader = threading.Thread(target=self._read_multicast, args=(recv,), daemon=True)
            reader.start()
            try:
                self._write_multicast(send)
            finally:
                send.close()
                self._close()
                reader.join(5.0)

    def _write_multicast(self, send: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                event = self._queue.get(timeout=_POLL_S)
            except queue.Empty:
                continue
            try:
                send.sendto(self._wire(event), (self.host, self.port))
            except OSError as exc:  # one datagram lost; the group stays joined
                with self._lock:
                    self._last_error = f"multicast send to {self.url} failed: {exc}"
                    self._dropped += 1
                continue
            with self._lock:
                self._sent += 1

    def _read_multicast(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                data, _ = sock.recvfrom(MAX_EVENT_BYTES + 1)
            except TimeoutError:
                continue
            except OSError:
                break
            self._deliver([data])

    # -- shared -----------------------------------------------------------------------

    def _deliver(self, messages: list[bytes]) -> None:
        for message in messages:
            with self._lock:
                self._received += 1
            try:
                self.on_message(message)
            except Exception:
                log.exception("handling a message from %s failed", self.url)

    def _opened(self, sock: socket.socket) -> None:
        with self._lock:
            self._sock = sock
            self._connects += 1
        self._backoff.reset()
        self._connected.set()
        log.info("TAK channel %s connected", self.url)

    def _error(self, text: str) -> None:
        with self._lock:
            self._last_error = text
        self._connected.clear()

    def _failed(self, text: str) -> None:
        self._error(text)
        delay = self._backoff.next_delay()
        log.warning("TAK %s; next attempt in %.1f s", text, delay)
        self._stop.wait(delay)

    def _close(self) -> None:
        self._connected.clear()
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def _readable(sock: socket.socket) -> bool:
    """Data to read within ``_POLL_S`` (TLS: bytes OpenSSL already holds count too)."""
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    ready, _, _ = select.select([sock], [], [], _POLL_S)
    return bool(ready)
