"""Loopback TAK peers for the gateway tests: a TAK-server-like TCP/TLS endpoint and a multicast
listener. Both keep every message they receive (cut with the shipped ``StreamSplitter``) and
let a test wait for one without sleeping."""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from incident_desk.tak._framing import StreamSplitter


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self._cond = threading.Condition()

    def add(self, message: bytes) -> None:
        with self._cond:
            self.messages.append(message)
            self._cond.notify_all()

    def wait_for(
        self, pred: Callable[[bytes], bool], count: int = 1, timeout: float = 20
    ) -> list[bytes]:
        def found() -> list[bytes]:
            return [m for m in self.messages if pred(m)]

        with self._cond:
            self._cond.wait_for(lambda: len(found()) >= count, timeout)
            got = found()
        assert len(got) >= count, f"only {len(got)} of {count} matching messages arrived"
        return got

    def snapshot(self) -> list[bytes]:
        with self._cond:
            return list(self.messages)


def _control(kind: str, body: str) -> bytes:
    """A TAK protocol negotiation message as TAK servers write it."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<event version='2.0' uid='protouid' type='{kind}' time='2026-07-01T12:00:00Z' "
        "start='2026-07-01T12:00:00Z' stale='2026-07-01T12:01:00Z' how='m-g'>"
        "<point lat='0.0' lon='0.0' hae='0.0' ce='999999' le='999999'/>"
        f"<detail><TakControl>{body}</TakControl></detail></event>"
    ).encode()


class TakServerPeer(_Inbox):
    """Accepts TAK clients on 127.0.0.1 (plain TCP, or TLS requiring a client certificate)."""

    def __init__(
        self,
        *,
        cert: Path | None = None,
        key: Path | None = None,
        client_ca: Path | None = None,
        offer_protobuf: bool = False,
    ) -> None:
        super().__init__()
        self.offer_protobuf = offer_protobuf
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._context: ssl.SSLContext | None = None
        if cert is not None:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(cert), str(key))
            if client_ca is not None:
                ctx.verify_mode = ssl.CERT_REQUIRED
                ctx.load_verify_locations(str(client_ca))
            self._context = ctx
        self.clients: list[Any] = []
        self._io: dict[int, threading.Lock] = {}  # per connection: TLS reads and writes
        self.client_names: list[str] = []
        self.handshake_errors: list[str] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    @property
    def url(self) -> str:
        return f"{'tls' if self._context else 'tcp'}://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._context is not None:
                try:
                    conn.settimeout(5)
                    conn = self._context.wrap_socket(conn, server_side=True)
                    subject = dict(x[0] for x in conn.getpeercert()["subject"])
                    self.client_names.append(str(subject.get("commonName")))
                except (ssl.SSLError, OSError) as exc:
                    self.handshake_errors.append(str(exc))
                    conn.close()
                    continue
            conn.settimeout(0.2)
            self._io[id(conn)] = threading.Lock()  # an SSL socket reads or writes, never both
            if self.offer_protobuf:  # as TAK Server does: offer version 1 on every connection
                conn.sendall(_control("t-x-takp-v", '<TakProtocolSupport version="1"/>'))
            with self._cond:  # wake wait_client at once (it waited out its timeout before)
                self.clients.append(conn)
                self._cond.notify_all()
            thread = threading.Thread(target=self._read, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _read(self, conn: Any) -> None:
        splitter = StreamSplitter()
        io = self._io[id(conn)]
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([conn], [], [], 0.2)
                if not ready and not (isinstance(conn, ssl.SSLSocket) and conn.pending()):
                    continue
                with io:
                    chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except (OSError, ValueError):
                return
            if not chunk:
                return
            for message in splitter.feed(chunk):
                if b'type="t-x-takp-q"' in message:
                    with io:
                        conn.sendall(_control("t-x-takp-r", '<TakResponse status="true"/>'))
                self.add(message)

    def wait_client(self, timeout: float = 20) -> None:
        with self._cond:
            self._cond.wait_for(lambda: bool(self.clients), timeout)
        assert self.clients, f"no TAK client connected; TLS errors: {self.handshake_errors}"

    def broadcast(self, data: bytes) -> None:
        """Send bytes to every connected client (as a TAK server relays device traffic)."""
        for conn in list(self.clients):
            with contextlib.suppress(OSError), self._io[id(conn)]:
                conn.sendall(data)

    def drop_clients(self) -> None:
        for conn in self.clients:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        self.clients.clear()

    def close(self) -> None:
        self._stop.set()
        self.drop_clients()
        self._listener.close()
        for thread in self._threads:
            thread.join(5)


class MulticastPeer(_Inbox):
    """A mesh SA participant on 127.0.0.1: joins ``group:port``, keeps datagrams, can send."""

    def __init__(self, group: str, port: int) -> None:
        super().__init__()
        self.group, self.port = group, port
        iface = socket.inet_aton("127.0.0.1")
        self._recv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        self._recv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._recv.bind((group, port))
        self._recv.setsockopt(
            socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton(group) + iface
        )
        self._recv.settimeout(0.2)
        self._send = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        self._send.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, iface)
        self._send.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data, _ = self._recv.recvfrom(70000)
            except TimeoutError:
                continue
            except OSError:
                return
            self.add(data)

    def send(self, data: bytes) -> None:
        self._send.sendto(data, (self.group, self.port))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._recv.close()
        self._send.close()
