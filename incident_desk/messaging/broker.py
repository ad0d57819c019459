"""``EmbeddedBroker``: amqtt on its own thread with its own asyncio loop (docs/architecture.md §8).

For a single workstation (``make run``, ``--demo``) so nothing needs installing system-wide.
What amqtt 0.12.1 is (tested in tests/integration/test_messaging_embedded_broker.py):

- **MQTT 3.1.1 only** (it refuses protocol level 5): connect with ``protocol="3.1.1"``
  (``PROTOCOL`` below). No user properties, content type, message expiry or correlation data
  travel through it; receivers must work without them (docs/standards.md §7.2 says they do).
- Persistent sessions (``cleansession=0``) queue QoS 1 messages for an offline subscriber
  **only if the client sent a user name**: amqtt drops anonymous sessions at disconnect.
  ``BusClient`` against this broker must therefore set ``username`` (the workstation name
  will do; anonymous log-in stays allowed). Sessions live in memory: a broker restart loses
  them (no persistence).
- Keeps routing after clients disconnect, abruptly or not, when run on its own loop/thread.

Its log output is loud at INFO; ``quiet_amqtt_logging()`` sets its loggers to WARNING.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, Final, TypeVar

from incident_desk.errors import BusError, ConfigError, IncidentDeskError

__all__ = ["PROTOCOL", "EmbeddedBroker", "quiet_amqtt_logging", "run_forever"]

log = logging.getLogger("incident_desk.messaging")

PROTOCOL: Final = "3.1.1"
"""The MQTT version to use against the embedded broker."""

_AMQTT_LOGGERS: Final = ("amqtt", "transitions")
_T = TypeVar("_T")


class _StartupFailureNoise(logging.Filter):
    """amqtt logs "Broker startup failed" with a traceback before raising; ``start`` says
    why in plain words (a ``BusError``/``ConfigError``), once."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Broker startup failed")


_STARTUP_NOISE: Final = _StartupFailureNoise()


def quiet_amqtt_logging(level: int = logging.WARNING) -> None:
    """amqtt logs every packet and state change at INFO/DEBUG: keep only warnings."""
    for name in _AMQTT_LOGGERS:
        logging.getLogger(name).setLevel(level)
    amqtt_broker = logging.getLogger("amqtt.broker")
    if _STARTUP_NOISE not in amqtt_broker.filters:
        amqtt_broker.addFilter(_STARTUP_NOISE)


def _os_cause(exc: BaseException) -> OSError | None:
    """The ``OSError`` at the root of amqtt's ``BrokerError`` (bind, address lookup)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, OSError):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return None


def _start_error(exc: BaseException, host: str, port: int) -> IncidentDeskError:
    """Why the broker could not listen on host:port, in plain words: a port in use is the
    environment (``BusError``); an address that is not ours or not an address at all is a
    bad option (``ConfigError``)."""
    cause = _os_cause(exc)
    if isinstance(cause, socket.gaierror):
        return ConfigError(f"cannot listen on {host}: {cause.strerror or cause}")
    if cause is not None and cause.errno == errno.EADDRINUSE:
        return BusError(f"port {port} on {host} is in use (another broker?): use --port")
    if cause is not None and cause.errno in {errno.EADDRNOTAVAIL, errno.EACCES}:
        reason = cause.strerror or str(cause)
        return ConfigError(f"cannot listen on {host}:{port}: {reason}")
    return BusError(f"the embedded broker could not start on {host}:{port}: {exc}")


def _config(
    host: str, port: int, session_expiry_s: int | None, allow_anonymous: bool
) -> dict[str, Any]:
    return {
        "listeners": {"default": {"type": "tcp", "bind": f"{host}:{port}"}},
        "session_expiry_interval": session_expiry_s,
        # No $SYS publisher, no packet/event logger plugins: quiet and less work per packet.
        # amqtt marks *every* session anonymous when anonymous log-in is allowed, and never
        # queues for anonymous sessions: so by default a user name is required (any name,
        # no password file) and persistent sessions work.
        "plugins": {
            "amqtt.plugins.authentication.AnonymousAuthPlugin": {
                "allow_anonymous": allow_anonymous
            },
        },
    }


class EmbeddedBroker:
    """An amqtt broker running on a private thread and event loop.

    Attributes:
        host: the address it listens on.
        port: the port (after ``start``; a free one is picked when asked for 0).
    """

    def __init__(
        self, *, session_expiry_s: int | None = 86400, allow_anonymous: bool = False
    ) -> None:
        self._allow_anonymous = allow_anonymous
        self.host = "127.0.0.1"
        self.port = 0
        self._session_expiry_s = session_expiry_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._broker: Any = None

    @property
    def url(self) -> str:
        return f"mqtt://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0) -> int:
        """Start listening; return the port.

        Raises:
            BusError: it cannot start (the port is in use: the message says so).
            ConfigError: ``host`` is not an address of this machine, or not an address.
        """
        if self.running:
            raise BusError("the embedded broker is already running")
        quiet_amqtt_logging()
        self.host = host
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(
            target=self._run_loop, args=(loop,), name="idesk-embedded-broker", daemon=True
        )
        self._thread.start()
        try:
            self.port = self._call(self._start(host, port), timeout)
        except Exception as exc:
            self._stop_loop()
            raise _start_error(exc, host, port) from None
        except BaseException:
            self._stop_loop()
            raise
        log.info("embedded broker (amqtt, MQTT 3.1.1) listening on %s", self.url)
        return self.port

    def stop(self, timeout: float = 10.0) -> None:
        """Shut the broker down and end its thread (sessions are lost: no persistence)."""
        if not self.running:
            return
        try:
            self._call(self._shutdown(), timeout)
        except Exception:
            log.exception("embedded broker did not shut down cleanly")
        finally:
            self._stop_loop()

    # -- loop plumbing ----------------------------------------------------------------

    @staticmethod
    def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                pending = asyncio.all_tasks(loop)
                for task in pending:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _call(self, coro: Coroutine[Any, Any, _T], timeout: float) -> _T:
        assert self._loop is not None
        fut: Future[_T] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return fut.result(timeout)

    def _stop_loop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        self._thread = None
        self._loop = None
        self._broker = None

    async def _start(self, host: str, port: int) -> int:
        from amqtt.broker import Broker  # amqtt is heavy to import; only when used

        broker = Broker(_config(host, port, self._session_expiry_s, self._allow_anonymous))
        await broker.start()
        self._broker = broker
        if port:
            return port
        # amqtt has no public accessor for the bound port of a listener.
        server = broker._servers["default"].instance
        return int(server.sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        if self._broker is not None:
            await self._broker.shutdown()


def run_forever(
    host: str = "127.0.0.1", port: int = 1883, *, stop: threading.Event | None = None
) -> None:
    """Run the embedded broker in the foreground until Ctrl+C (``incident-desk broker``).

    ``stop`` ends it from another thread (tests, a service wrapper).
    """
    broker = EmbeddedBroker()
    broker.start(host, port)
    print(f"Incident Desk embedded broker (MQTT 3.1.1) on {broker.url} — Ctrl+C stops it")
    stop = stop or threading.Event()
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        broker.stop()
