"""The writer side of ingest: a bounded queue and one thread that owns the store writes."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from incident_desk import cap
from incident_desk.changes import Changes
from incident_desk.errors import StoreError
from incident_desk.ingest._classify import Classified, InboundMessage, TrustConfig, classify_all
from incident_desk.ingest._verify_pool import VerifyPool
from incident_desk.seqtrack import SeqTracker
from incident_desk.store import BatchResult, IncomingAlert, Rejected, Store

log = logging.getLogger("incident_desk.ingest")

_STOP = object()


@dataclass(frozen=True)
class IngestStats:
    """Counters for the one-line summary and the status bar."""

    received: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    gaps: int = 0  # messages currently missing over all publisher streams
    events: int = 0  # unit / command / control messages handed to event handlers

    def summary(self) -> str:
        return (
            f"received {self.received}, stored {self.stored}, duplicates {self.duplicates}, "
            f"quarantined {self.quarantined}, gaps {self.gaps}"
        )


class IngestPipeline:
    """Bus messages in, one writer thread, batches persisted, then acknowledged.

    ``submit`` is the only call made on the bus thread: it puts the message on a bounded
    queue and *blocks* when the queue is full, which stops the bus client reading and lets
    the broker hold the backlog (nothing is dropped). The writer thread classifies a batch,
    writes it in one transaction, then calls ``ack`` with its messages in arrival order and
    ``on_changes`` once with what changed. A database failure is retried with back-off
    without acknowledging anything, and reported through ``on_changes(store_error=...)``.

    Args:
        store: the store the writer thread owns.
        ack: called with each batch's messages, in arrival order, once they are durably
            stored or quarantined (the bus client sends their PUBACKs in one write).
        on_changes: called on the writer thread with each non-empty ``Changes``.
        on_event: called on the writer thread with (verdict, message) for unit, command and
            control messages, which other parts of the core apply (``IngestRoute.event``);
            the ``Changes`` it returns are merged into the batch's.
        on_stored: called on the writer thread with the batch's connection and the ids of
            newly stored alerts, inside the batch's transaction before it commits
            (``IngestRoute.stored``: incident correlation, in a savepoint: one commit a
            batch); its ``Changes`` are merged into the batch's. If it raises, its work is
            undone, the error logged, and the alerts are still stored.
        on_batch_end: called on the writer thread after a batch's events, before the acks
            (``IngestRoute.flush``: the batch's unit reports in one transaction); its
            ``Changes`` are merged into the batch's.
        trust: the trust store and policy for signature checks (None: no store, warn).
    """

    def __init__(
        self,
        store: Store,
        *,
        ack: Callable[[Sequence[InboundMessage]], None] = lambda _b: None,
        on_changes: Callable[[Changes], None] = lambda _c: None,
        on_event: Callable[[Classified, InboundMessage], Changes | None] | None = None,
        on_stored: Callable[[Connection, tuple[int, ...]], Changes] | None = None,
        on_batch_end: Callable[[], Changes] | None = None,
        queue_size: int = 5000,
        batch_max: int = 500,
        batch_wait_s: float = 0.002,
        max_alert_size: int = cap.DEFAULT_MAX_SIZE,
        retry_max_s: float = 5.0,
        trust: TrustConfig | None = None,
    ) -> None:
        self._store = store
        self._ack = ack
        self._on_changes = on_changes
        self._on_event = on_event
        self._on_stored = on_stored
        self._on_batch_end = on_batch_end
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_size)
        self._batch_max = batch_max
        self._batch_wait_s = batch_wait_s
        self._max_alert_size = max_alert_size
        self._trust = trust or TrustConfig()
        self._verify = VerifyPool()  # signed alerts' checks in worker processes, started lazily
        self._upcoming: list[InboundMessage] = []  # the next batch's start (see _look_ahead)
        self._stop_seen = False
        self._retry_max_s = retry_max_s
        self._seq = SeqTracker()
        self._stats = IngestStats()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_activity = time.monotonic()

    # -- bus thread ------------------------------------------------------------------------
    def submit(self, msg: InboundMessage) -> None:
        """Queue one message; blocks while the queue is full. Safe from any thread."""
        with self._lock:
            self._pending += 1
        self._queue.put(msg)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("ingest pipeline already started")
        self._thread = threading.Thread(target=self._run, name="idesk-ingest-writer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the writer thread."""
        if self._thread is None:
            return
        self._stopping.set()
        self._queue.put(_STOP)
        self._thread.join(timeout)
        self._thread = None

    def wait_idle(self, timeout: float) -> bool:
        """Block until every submitted message has been written (for scripted runs)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def wait_for(self, predicate: Callable[[IngestStats], bool], timeout: float) -> bool:
        """Block until the counters satisfy ``predicate`` (checked after every batch)."""
        with self._idle:
            return self._idle.wait_for(lambda: predicate(self._stats), timeout)

    @property
    def stats(self) -> IngestStats:
        with self._lock:
            return self._stats

    # -- writer thread ---------------------------------------------------------------------
    def _next_batch(self) -> tuple[list[InboundMessage], bool]:
        """Group commit: everything queued while the last batch was written, plus what
        arrives within ``batch_wait_s`` of the queue running dry (the rest of a burst).

        The broker holds back what it has sent until it gets the PUBACKs (its in-flight
        window, e.g. 100 messages), and those go only after the commit: waiting longer for
        more messages that cannot come would only idle the writer.
        """
        batch, self._upcoming = self._upcoming, []
        if self._stop_seen:
            return batch, True
        if not batch:
            first = self._queue.get()
            if first is _STOP:
                return [], True
            batch.append(first)  # type: ignore[arg-type]
        deadline: float | None = None
        while len(batch) < self._batch_max:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                now = time.monotonic()
                deadline = now + self._batch_wait_s if deadline is None else deadline
                if deadline <= now:
                    break
                try:
                    item = self._queue.get(timeout=deadline - now)
                except queue.Empty:
                    break
            if item is _STOP:
                return batch, True
            batch.append(item)  # type: ignore[arg-type]
        return batch, False

    def _run(self) -> None:
        stop = False
        try:
            while not stop:
                batch, stop = self._next_batch()
                if batch:
                    self._process(batch)
        finally:
            self._verify.close()

    def _look_ahead(self) -> None:
        """Take what queued while this batch was read (up to a batch) as the start of the next
        one, and have its signatures checked by the workers while this batch is written."""
        while not self._stop_seen and len(self._upcoming) < self._batch_max:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                self._stop_seen = True
                break
            self._upcoming.append(item)  # type: ignore[arg-type]
        self._verify.prefetch(self._upcoming, self._trust)

    def _process(self, batch: Sequence[InboundMessage]) -> None:
        checked = self._verify.ahead(batch, self._trust)  # in arrival order, None: check here
        per_message = [
            classify_all(m, max_size=self._max_alert_size, trust=self._trust, checked=c)
            for m, c in zip(batch, checked, strict=True)
        ]
        if self._verify.running:
            self._look_ahead()
        verdicts = [v[0] for v in per_message]  # events: a message is one event, never several
        alerts = [v.alert for vs in per_message for v in vs if v.alert is not None]
        rejects = [v.rejected for vs in per_message for v in vs if v.rejected is not None]
        correlated: list[Changes] = []  # the last run's (a retried transaction runs it again)
        result = self._write_with_retry(alerts, rejects, self._correlating(correlated))
        if result is None:  # stopping while the database is down: leave them unacknowledged
            return
        stored = tuple(r.alert_id for r in result.results if r.outcome == "stored")
        dups = sum(1 for r in result.results if r.outcome == "duplicate")
        derived = correlated[0] if correlated else Changes()
        events = 0
        for msg, verdict in zip(batch, verdicts, strict=True):
            if verdict.kind == "event":
                events += 1
                if self._on_event is not None:
                    try:
                        applied = self._on_event(verdict, msg)
                    except Exception:  # a bug in a handler must not stop ingest
                        log.exception("event handler failed for %s", msg.topic)
                        continue
                    if applied:
                        derived = derived.merge(applied)
        if self._on_batch_end is not None:
            try:
                derived = derived.merge(self._on_batch_end())
            except Exception:  # as for a handler: a bug must not stop ingest
                log.exception("end-of-batch hook failed for %d messages", len(batch))
        gaps_changed = False
        for msg in batch:
            props = dict(msg.user_properties)
            stream, seq = props.get("stream"), props.get("seq")
            if stream and seq and seq.isdigit():
                gaps_changed |= self._seq.observe(stream, int(seq))
        self._ack(batch)
        with self._lock:
            s = self._stats
            self._stats = IngestStats(
                received=s.received + len(batch),
                stored=s.stored + len(stored),
                duplicates=s.duplicates + dups,
                quarantined=s.quarantined + len(result.quarantine_ids),
                gaps=self._seq.missing_count(),
                events=s.events + events,
            )
            self._pending -= len(batch)
            self.last_activity = time.monotonic()
            self._idle.notify_all()
        changes = Changes(
            alerts=stored,
            duplicates=dups,
            quarantined=tuple(result.quarantine_ids),
            gaps=self._seq.gaps() if gaps_changed else (),
        ).merge(derived)
        if changes:
            self._on_changes(changes)

    def _correlating(
        self, into: list[Changes]
    ) -> Callable[[Connection, tuple[int, ...]], None] | None:
        """The ``then`` of the batch's write: ``on_stored`` in the batch's transaction, its
        ``Changes`` kept in ``into``; None without an ``on_stored``."""
        on_stored = self._on_stored
        if on_stored is None:
            return None

        def then(conn: Connection, stored: tuple[int, ...]) -> None:
            try:
                into[:] = [on_stored(conn, stored)]
            except Exception:  # correlation is derived data: never block ingest on it
                into.clear()
                log.exception("post-store hook failed for %d alerts", len(stored))

        return then

    def _write_with_retry(
        self,
        alerts: Sequence[IncomingAlert],
        rejects: Sequence[Rejected],
        then: Callable[[Connection, tuple[int, ...]], None] | None,
    ) -> BatchResult | None:
        delay = 0.1
        failed = False
        while True:
            try:
                result = self._store.write_batch(alerts, rejects, then=then)
            except StoreError as exc:
                log.warning("database write failed, retrying in %.1fs: %s", delay, exc)
                if not failed:
                    self._on_changes(Changes(store_error=str(exc)))
                failed = True
                if self._stopping.wait(delay):
                    return None
                delay = min(delay * 2, self._retry_max_s)
                continue
            if failed:
                self._on_changes(Changes(store_ok=True))
            return result
