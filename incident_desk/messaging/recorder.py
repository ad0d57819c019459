"""Record bus traffic as JSON lines (format: ``incident_desk.exercise._replay``).

Every received message is written with its topic, base64 payload, user properties, content
type, expiry and its time offset from the start of the recording, then acknowledged: a
message the file did not take (a full disk) is not acknowledged, so the broker keeps it for
the next run with the same client id, and the file is cut back to its last complete line.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TextIO

from incident_desk.exercise import RecordedMessage, recording_header, recording_line
from incident_desk.messaging.bus_types import Subscription
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.settings import BrokerSettings

__all__ = ["Recorder", "record"]


def _fd_of(out: TextIO) -> int | None:
    """The file descriptor under ``out`` (its buffer flushed), or None for an in-memory one."""
    try:
        out.flush()
        return out.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        return None


class Recorder:
    """Writes every envelope it is given to ``out`` (thread-safe); counts them.

    A line goes to the file whole or not at all: straight to the file descriptor under
    ``out`` (no buffer that a later flush could write half of), and cut back if the write
    fails. The first failure is kept in ``error``; from then on nothing more is written.

    Raises:
        OSError: the header could not be written (nothing was recorded).
    """

    def __init__(self, out: TextIO, *, filters: Sequence[str] = (), broker: str = "") -> None:
        self._out = out
        self._fd = _fd_of(out)
        self._lock = threading.Condition()
        self._start = time.monotonic()
        self.count = 0
        self.last_at = self._start
        #: the write error that stopped the recording (None: none)
        self.error: OSError | None = None
        self._write(recording_header(datetime.now(UTC), filters=list(filters), broker=broker))

    def _write(self, text: str) -> None:
        if self._fd is None:
            self._out.write(text)
            self._out.flush()
            return
        fd = self._fd
        start = os.lseek(fd, 0, os.SEEK_CUR)
        data = memoryview(text.encode("utf-8"))
        try:
            while data:
                data = data[os.write(fd, data) :]
        except OSError:
            with contextlib.suppress(OSError):  # a device (/dev/full) cannot be cut back
                os.ftruncate(fd, start)
                os.lseek(fd, start, os.SEEK_SET)
            raise

    def on_message(self, envelope: Envelope) -> bool:
        """Write one message; False if it was not written (acknowledge only on True)."""
        now = time.monotonic()
        line = recording_line(
            RecordedMessage(
                t=now - self._start,
                topic=envelope.topic,
                payload=envelope.payload,
                qos=envelope.qos,
                retain=envelope.retain,
                user_properties=envelope.user_properties,
                content_type=envelope.content_type,
                message_expiry=envelope.message_expiry,
            )
        )
        with self._lock:
            if self.error is not None:
                return False
            try:
                self._write(line)
            except OSError as exc:
                self.error = exc
                self._lock.notify_all()
                return False
            self.count += 1
            self.last_at = now
            self._lock.notify_all()
            return True

    def wait(
        self,
        *,
        exit_after: int | None = None,
        exit_idle: float | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        """Block until ``exit_after`` messages, ``exit_idle`` s without one, ``stop``, or a
        write error (``error``)."""
        with self._lock:
            while True:
                if self.error is not None:
                    return
                if exit_after is not None and self.count >= exit_after:
                    return
                if stop is not None and stop.is_set():
                    return
                timeout = 0.5
                if exit_idle is not None:
                    left = self.last_at + exit_idle - time.monotonic()
                    if left <= 0:
                        return
                    timeout = min(timeout, left)
                self._lock.wait(timeout)


def record(
    settings: BrokerSettings,
    out: TextIO | Callable[[], TextIO],
    filters: Sequence[str],
    *,
    exit_after: int | None = None,
    exit_idle: float | None = None,
    stop: threading.Event | None = None,
    timeout: float = 10.0,
    on_recorder: Callable[[Recorder], None] | None = None,
) -> int:
    """Record until one exit condition holds; returns the number of messages recorded.

    Args:
        out: the file, or what opens it: called only once the broker accepted the
            connection (a run that cannot connect creates and truncates nothing). Messages
            the broker delivers before (a persistent session's queue) wait, unacknowledged.
        on_recorder: given the :class:`Recorder` once it exists (its ``count`` after a
            Ctrl-C).

    Raises:
        BusError: the broker cannot be reached or refused us (``out`` not opened).
        OSError: opening ``out`` failed, or writing to it (the header, or a message: the
            file then ends with the last message written, and the message it did not take
            was not acknowledged).
    """
    lock = threading.Lock()
    early: list[Envelope] = []  # delivered before the file was open: not acknowledged yet
    box: list[Recorder] = []

    def keep(recorder: Recorder, envelope: Envelope) -> None:
        if recorder.on_message(envelope):
            bus.ack(envelope)  # written: the broker may forget it

    def on_message(envelope: Envelope) -> None:
        with lock:
            if not box:
                early.append(envelope)
                return
            keep(box[0], envelope)

    bus = BusClient(settings, on_message=on_message)
    bus.connect_and_wait(timeout)
    try:
        with lock:
            recorder = Recorder(
                out() if callable(out) else out, filters=filters, broker=settings.url
            )
            if on_recorder is not None:
                on_recorder(recorder)
            box.append(recorder)
            for envelope in early:
                keep(recorder, envelope)
            early.clear()
        bus.subscribe([Subscription(f, no_retained=False) for f in filters], timeout=timeout)
        recorder.wait(exit_after=exit_after, exit_idle=exit_idle, stop=stop)
    finally:
        bus.stop()
    if recorder.error is not None:
        raise recorder.error
    return recorder.count
