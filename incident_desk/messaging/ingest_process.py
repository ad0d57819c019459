"""A console's bus side in its own process: the GUI process never parses or stores traffic.

Why a process and not a thread: receiving (paho), classifying (CAP parse, signature check)
and storing 500 alerts/s is Python work that holds the GIL most of the time. In the GUI's
process it starved the GUI thread, which needs the GIL for every call into a Python item
model while it paints (measured: event-loop stalls of 250-450 ms; with ingest in its own
process, under 60 ms). A crash in either half no longer takes the other one down either.

``IngestProcess`` (parent side) starts ``python -m incident_desk.messaging.ingest_process``,
which runs the very ``BusService`` and ``IngestRoute`` that ``incident-desk ingest`` runs
(client → ingest pipeline → store, manual PUBACK after commit; incident correlation,
unit/command events into the command board), with exercise control messages handed back to
the console. Both processes open the same store (SQLite in WAL mode
with ``BEGIN IMMEDIATE`` writes, or PostgreSQL); the store is the hand-off.

The two talk over pipes, one pickled tuple per message (the child's own stdout is moved to
stderr first, so a stray print cannot corrupt the stream):

- child → parent: ``("state", ConnectionState)``, ``("changes", Changes)``,
  ``("control", topic, payload)``, ``("reply", request_id, ok, value)``, ``("fatal", text)``.
- parent → child: first ``("start", settings, filters, log_level)``, then
  ``("call", request_id, name, kwargs)`` (``wait_subscribed``), ``("outbox",)`` (send what
  the store's outbox holds for this console; the child also does on every connect),
  ``("preferred",)`` (go back to the first broker of a cluster) and ``("stop",)``.

The child stops when asked or when the parent's end of the pipe closes (the console died);
the parent restarts a child that died on its own, after a short pause. Messages published
to the console while neither ran wait in its persistent broker session.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from incident_desk.changes import Changes
from incident_desk.errors import BusError, IncidentDeskError
from incident_desk.messaging import said
from incident_desk.messaging.bus_types import ConnectionState
from incident_desk.settings import Settings

log = logging.getLogger("incident_desk.messaging")

#: how long ``stop`` waits for the child to store what it holds and exit
STOP_TIMEOUT_S = 30.0
#: pause before a child that died on its own is started again (doubling up to the cap)
RESTART_DELAYS_S = (1.0, 2.0, 5.0, 10.0, 30.0)
#: how much longer than the publish itself a request may take to come back
REPLY_GRACE_S = 5.0


class IngestProcess:
    """The bus side of one console, run in a child process.

    Args:
        settings: the console's settings (broker, database, identity, exercise, trust).
        filters: topic filters to subscribe to (``console_filters``).
        on_changes: called with every ``Changes`` the child's writes produce.
        on_state: called with every broker ``ConnectionState``.
        on_control: called with (topic, payload) of every exercise control message.

    The callbacks run on this object's reader thread, never on the caller's.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        filters: Sequence[str],
        on_changes: Callable[[Changes], None] = lambda _c: None,
        on_state: Callable[[ConnectionState], None] = lambda _s: None,
        on_control: Callable[[str, bytes], None] = lambda _t, _p: None,
    ) -> None:
        self.settings = settings
        self.filters = list(filters)
        self._on_changes = on_changes
        self._on_state = on_state
        self._on_control = on_control
        self.host = settings.broker.host
        self.port = settings.broker.port
        self._state = said.stopped_state(self.host, self.port, said.NOT_STARTED)
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._ids = itertools.count(1)
        self._replies: dict[int, tuple[bool, Any]] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        self._to_child: IO[bytes] | None = None
        self._reader: threading.Thread | None = None
        self._stopping = False
        self._started = False
        self._fatal: str | None = None
        self._restarts = 0
        self._restart_timer: threading.Timer | None = None
        self.generation = 0  # how many children were started (1 + restarts)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self, *, wait_s: float | None = None) -> None:
        """Start the child; it connects and subscribes, retrying in the background.

        With ``wait_s`` the broker must confirm every subscription within that time
        (``BusError`` in plain words otherwise), so nothing published afterwards can miss
        this console.
        """
        with self._lock:
            if self._started:
                return
            self._started = True
            self._stopping = False
        self._spawn()
        if wait_s is not None and not self.wait_subscribed(wait_s):
            problem = self._fatal or (
                f"the broker at {self.host}:{self.port} did not confirm our subscriptions "
                f"within {wait_s:g} s ({self._state.reason or self._state.state})"
            )
            self.stop()
            raise BusError(problem)

    def stop(self) -> None:
        """Ask the child to disconnect and store what it holds, then wait for it to exit."""
        with self._lock:
            if not self._started:
                return
            self._stopping = True
            self._started = False
            timer, self._restart_timer = self._restart_timer, None
            proc = self._proc
        if timer is not None:
            timer.cancel()
        if proc is None:
            return
        self._send(("stop",))
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log.error("the ingest process did not stop within %g s; killing it", STOP_TIMEOUT_S)
            proc.kill()
            proc.wait()
        if self._reader is not None:
            self._reader.join(timeout=5)
        self._set_state(said.stopped_state(self.host, self.port, said.STOPPED))

    @property
    def state(self) -> ConnectionState:
        return self._state

    @property
    def pid(self) -> int | None:
        """The running child's process id (None when none runs)."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    # -- calls into the child --------------------------------------------------------------
    def wait_subscribed(self, timeout: float) -> bool:
        """Wait until connected with every subscription confirmed by the broker (SUBACK)."""
        try:
            return bool(self._call("wait_subscribed", {"timeout": timeout}, timeout))
        except BusError:
            return False

    def send_outbox(self) -> None:
        """Something was queued in the store's outbox: the child sends it when it can (a
        child that is not running yet sends it once it connects)."""
        self._send(("outbox",))

    def return_to_preferred(self) -> None:
        """Move the child's session back to the first broker of the cluster (the operator
        says so; the client never goes back by itself)."""
        self._send(("preferred",))

    def _call(self, name: str, kwargs: dict[str, Any], timeout: float) -> Any:
        request = next(self._ids)
        if not self._send(("call", request, name, kwargs)):
            raise BusError(self._fatal or "the ingest process is not running")
        with self._cond:
            got = self._cond.wait_for(
                lambda: request in self._replies or self._proc is None,
                timeout=timeout + REPLY_GRACE_S,
            )
            reply = self._replies.pop(request, None)
        if not got or reply is None:
            raise BusError(f"the ingest process did not answer ({name}) in time")
        ok, value = reply
        if not ok:
            raise value if isinstance(value, IncidentDeskError) else BusError(str(value))
        return value

    # -- the child -------------------------------------------------------------------------
    def _spawn(self) -> None:
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])  # found even if not installed
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        proc = subprocess.Popen(
            [sys.executable, "-m", "incident_desk.messaging.ingest_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdin is not None
        assert proc.stdout is not None
        with self._lock:
            self._proc = proc
            self._to_child = proc.stdin
            self._fatal = None
            self.generation += 1
        level = logging.getLogger().getEffectiveLevel()
        self._send(("start", self.settings, self.filters, level))
        self._reader = threading.Thread(
            target=self._read, args=(proc, proc.stdout), name="idesk-ingest-reader", daemon=True
        )
        self._reader.start()
        log.info("ingest process %d started", proc.pid)

    def _send(self, message: tuple[Any, ...]) -> bool:
        with self._lock:
            pipe = self._to_child
            if pipe is None:
                return False
            try:
                pickle.dump(message, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                pipe.flush()
            except (OSError, ValueError):  # the child is gone; its reader notices
                return False
        return True

    def _read(self, proc: subprocess.Popen[bytes], pipe: IO[bytes]) -> None:
        while True:
            try:
                message = _load(pipe)
            except (EOFError, OSError, pickle.UnpicklingError):
                break
            try:
                self._dispatch(message)
            except Exception:  # a listener's bug must not stop the stream
                log.exception("handling %s from the ingest process failed", message[0])
        code = proc.wait()
        with self._cond:
            if self._proc is proc:
                self._proc = None
                self._to_child = None
            self._cond.notify_all()
            stopping = self._stopping
        for end in (pipe, proc.stdin):
            with contextlib.suppress(OSError):
                if end is not None:
                    end.close()
        if stopping:
            log.info("ingest process %d stopped (exit code %s)", proc.pid, code)
            return
        why = said.say(said.INGEST_EXITED, code=code)
        reason = self._fatal or why.text
        delay = RESTART_DELAYS_S[min(self._restarts, len(RESTART_DELAYS_S) - 1)]
        self._restarts += 1
        log.error("%s; starting it again in %g s", reason, delay)
        self._set_state(
            ConnectionState(
                "disconnected",
                self.host,
                self.port,
                datetime.now(UTC),
                reason,
                next_retry_in=delay,
                said=None if self._fatal else why.data(),  # the child's own words: as written
            )
        )
        timer = threading.Timer(delay, self._restart)
        timer.daemon = True
        with self._lock:
            if self._stopping:
                return
            self._restart_timer = timer
        timer.start()

    def _restart(self) -> None:
        with self._lock:
            if self._stopping or not self._started:
                return
            self._restart_timer = None
        self._spawn()

    def _dispatch(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "changes":
            self._on_changes(message[1])
        elif kind == "state":
            state: ConnectionState = message[1]
            if state.state == "connected":
                self._restarts = 0
            self._set_state(state)
        elif kind == "control":
            self._on_control(message[1], message[2])
        elif kind == "reply":
            with self._cond:
                self._replies[message[1]] = (message[2], message[3])
                self._cond.notify_all()
        elif kind == "fatal":
            self._fatal = message[1]
            log.error("ingest process: %s", message[1])

    def _set_state(self, state: ConnectionState) -> None:
        self._state = state
        self._on_state(state)


# -- the child process -------------------------------------------------------------------------


class _Child:
    """What runs in the child: ``BusService`` and the boards it feeds."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._out_lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="idesk-ingest-call")
        self.service: Any = None
        self.store: Any = None

    def emit(self, *message: Any) -> None:
        with self._out_lock:
            try:
                pickle.dump(message, self._out, protocol=pickle.HIGHEST_PROTOCOL)
                self._out.flush()
            except (OSError, ValueError):
                pass  # the parent is gone: stdin's EOF stops us

    def start(self, settings: Settings, filters: list[str]) -> None:
        from incident_desk.identity import Identity
        from incident_desk.ingest import IngestRoute, tune_gc
        from incident_desk.messaging.service import BusService
        from incident_desk.store import Store

        self.store = store = Store.open(settings.database_url)
        identity = Identity.from_settings(settings)
        route = IngestRoute(
            store,
            identity,
            exercise_id=settings.exercise,
            on_control=lambda topic, payload: self.emit("control", topic, payload),
        )
        self.service = BusService(
            settings.broker,
            store,
            filters=filters,
            on_changes=lambda changes: self.emit("changes", changes),
            on_state=lambda state: self.emit("state", state),
            route=route,
            trust=BusService.trust_from(settings),
            outbox_console=identity.workstation,
        )
        tune_gc()  # start-up done: the rest of this process's life is the ingest
        self.service.start()

    def call(self, request: int, name: str, kwargs: dict[str, Any]) -> None:
        def work() -> None:
            try:
                if name == "wait_subscribed":
                    value: Any = self.service.client.wait_subscribed(kwargs["timeout"])
                else:
                    raise BusError(f"unknown call {name!r}")
            except Exception as exc:  # handed back to the caller in the parent
                self.emit("reply", request, False, _picklable(exc))
                return
            self.emit("reply", request, True, value)

        self._pool.submit(work)

    def stop(self) -> None:
        if self.service is not None:
            self.service.stop()  # disconnect, then the writer stores what it holds
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self.store is not None:
            self.store.close()


def _load(pipe: IO[bytes]) -> Any:
    """One message from the other end of our own pipe.

    Unpickling is safe here: the only writer is the other half of this console (the
    parent that started us, or the child it started), never the network or a file.
    """
    return pickle.load(pipe)  # noqa: S301


def _picklable(exc: Exception) -> Exception:
    """The exception itself if it crosses the pipe, else a ``BusError`` with its text."""
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301  (our own object, just made)
    except Exception:
        return BusError(str(exc))
    return exc


def child_main() -> int:
    """``python -m incident_desk.messaging.ingest_process`` (started by ``IngestProcess``)."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not hit the pipe
    inp = sys.stdin.buffer
    try:
        kind, settings, filters, level = _load(inp)
    except (EOFError, ValueError, pickle.UnpicklingError):
        return 2
    assert kind == "start"
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s [ingest]: %(message)s"
    )
    child = _Child(out)
    try:
        child.start(settings, filters)
    except IncidentDeskError as exc:
        child.emit("fatal", str(exc))
        return 1
    try:
        while True:
            try:
                message = _load(inp)
            except (EOFError, OSError, pickle.UnpicklingError):
                break  # the console is gone
            if message[0] == "stop":
                break
            if message[0] == "call":
                child.call(message[1], message[2], message[3])
            elif message[0] == "outbox":
                child.service.send_outbox()
            elif message[0] == "preferred":
                child.service.client.return_to_preferred()
    finally:
        child.stop()
    return 0


if __name__ == "__main__":
    sys.exit(child_main())
