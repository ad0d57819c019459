"""Signature checks in worker processes, ahead of the one writer (issue #18, signed streams).

Why: verifying a signed alert (XML-DSig over the received bytes, the certificate's path,
agency and country against the topic) costs about 0.3 ms of CPU, and the writer thread,
which also reads the CAP and writes the store, held the GIL for all of it: a signed stream
was stored at a quarter of the rate a plain paho subscriber receives it. Worker processes
check a batch's signed messages while the writer reads and stores; the writer takes their
verdicts in arrival order (:meth:`VerifyPool.ahead`), so there is still one writer and the
order, the acknowledgement after the commit and the trust policy are unchanged.

- Nothing starts until a trust store is configured and a signed alert arrives; unsigned
  traffic never pays more than the byte search ``classify`` makes anyway.
- The workers (cores - 1, at least one; started with ``spawn``: the ingest process has
  threads) get the writer's trust store itself (``incident_desk.trust.worker``); when the
  pipeline's store is replaced or its entries change, the workers are replaced too.
- Until a worker is up (interpreter start and imports: a few tenths of a second) and after
  a worker failed, the writer checks signatures itself: a worker crash costs speed, never an
  alert (logged once; a new trust store gives the pool a new start).
- What a worker returns is what ``verify_all`` returns for the payload on its topic, the
  same call the writer would make (``_classify.Checked``); EDXL-DE envelopes' alerts are
  other bytes and are checked on the writer.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from typing import Final

from incident_desk.ingest._classify import (
    _DSIG_NS_BYTES,
    CAP_KINDS,
    Checked,
    InboundMessage,
    TrustConfig,
)
from incident_desk.topics import TopicError, parse_topic
from incident_desk.trust import TrustEntry, TrustStore, worker

log = logging.getLogger("incident_desk.ingest")

CHUNK: Final = 16
"""Messages per task: enough to spread a worker's hand-off cost, small enough that the
writer's first wait in a batch is short."""

_Item = tuple[bytes, str | None, str | None]


def default_workers() -> int:
    """One worker per core but the writer's, at least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


class VerifyPool:
    """Worker processes that check signed messages ahead of the writer thread.

    Used from the writer thread only. ``workers`` defaults to :func:`default_workers`.
    """

    def __init__(self, workers: int | None = None, *, chunk: int = CHUNK) -> None:
        self._workers = workers or default_workers()
        self._chunk = chunk
        self._executor: ProcessPoolExecutor | None = None
        self._warm: list[Future[bool]] = []
        self._store: TrustStore | None = None
        self._entries: tuple[TrustEntry, ...] = ()
        self._failed = False
        self._early: tuple[list[InboundMessage], list[_Task]] | None = None  # see ``prefetch``

    @property
    def running(self) -> bool:
        """Workers are up and take checks (False while they start and after a failure)."""
        return self._executor is not None and not self._failed and self._warmed()

    def ahead(
        self, batch: Sequence[InboundMessage], trust: TrustConfig
    ) -> Iterator[Checked | None]:
        """One item per message of ``batch``, in its order: the payload's checks made by a
        worker, or None where the writer must check it itself (no trust store, not signed,
        not an alert topic, no worker ready, or a worker failed).

        The checks go to the workers in tasks of ``chunk`` messages, a few at a time (two per
        worker); iterating takes each in turn, so the writer reads message *i* while the
        workers check the ones after it. When the writer would wait for a task, it checks a
        task not handed out yet, from the end of the batch, itself (the same ``verify_all``):
        the writer's core works too when the workers fall behind. (A task handed out is never
        taken back: cancelling a future of a pool that then breaks kills the pool's manager
        thread on Python 3.11, CPython gh-107219, and leaves the other futures unresolved.)
        """
        store = trust.store
        wanted = _wanted(batch) if store is not None else []
        if store is None or not wanted or not self._usable(store):  # (a new store: no _early)
            self._early = None
            return repeat(None, len(batch))
        tasks, start = self._prefetched(batch)
        wanted = [item for item in wanted if item[0] >= start]
        tasks += [_Task(wanted[i : i + self._chunk]) for i in range(0, len(wanted), self._chunk)]
        self._hand_out(tasks)
        return self._in_order(len(batch), store, tasks)

    def prefetch(self, upcoming: list[InboundMessage], trust: TrustConfig) -> None:
        """Hand the workers, now, the checks of ``upcoming``: the messages that will begin the
        next batch (the writer takes them from its queue while it writes this one). The
        workers would otherwise idle while the writer writes: they only overlap its reading.

        All of them are handed out (the writer cannot take any back while it writes); the
        next :meth:`ahead` uses these tasks when its batch begins with ``upcoming``.
        """
        self._early = None
        store = trust.store
        if store is None or not self.running or store is not self._store:
            return
        wanted = _wanted(upcoming)
        tasks = [_Task(wanted[i : i + self._chunk]) for i in range(0, len(wanted), self._chunk)]
        self._hand_out(tasks, limit=len(tasks))
        self._early = (list(upcoming), tasks)  # a copy: the writer's next batch grows the list

    def close(self) -> None:
        """Stop the workers (between batches: nothing is outstanding but their start-up and
        what :meth:`prefetch` handed out, which is dropped)."""
        self._early = None
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
            self._warm = []

    # -- internals -------------------------------------------------------------------------
    def _prefetched(self, batch: Sequence[InboundMessage]) -> tuple[list[_Task], int]:
        """The tasks :meth:`prefetch` handed out for the start of ``batch``, and where the
        rest of ``batch`` begins (no tasks and 0 when ``batch`` does not begin with them)."""
        early, self._early = self._early, None
        if early is None:
            return [], 0
        messages, tasks = early
        if len(batch) < len(messages) or any(
            a is not b for a, b in zip(messages, batch, strict=False)
        ):
            return [], 0
        return tasks, len(messages)

    def _usable(self, store: TrustStore) -> bool:
        """Whether the workers check against ``store`` now; (re)starts them when needed."""
        entries = tuple(store.entries)
        if (
            store is not self._store
            or len(entries) != len(self._entries)
            or any(a is not b for a, b in zip(entries, self._entries, strict=True))
        ):
            self.close()  # a reloaded trust store: the workers must not judge with the old one
            self._store, self._entries, self._failed = store, entries, False
        if self._failed:
            return False
        if self._executor is None:
            self._start(store)
            return False
        return self._warmed()

    def _start(self, store: TrustStore) -> None:
        self._executor = ProcessPoolExecutor(
            self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=worker.start,
            initargs=(worker.portable(store),),
        )
        self._warm = [self._executor.submit(worker.ready) for _ in range(self._workers)]
        log.info("signature checks: starting %d worker process(es)", self._workers)

    def _warmed(self) -> bool:
        """At least one worker has started (a warm-up that failed means the pool is broken)."""
        for future in self._warm:
            if future.done():
                if future.exception() is not None:
                    self._fail(future.exception())
                    return False
                return True
        return False

    def _hand_out(self, tasks: list[_Task], limit: int | None = None) -> None:
        """Give the workers the next tasks, in order, up to ``limit`` (two per worker)
        outstanding."""
        limit = 2 * self._workers if limit is None else limit
        outstanding = sum(1 for t in tasks if t.future is not None and not t.future.done())
        for task in tasks:
            if outstanding >= limit or self._executor is None:
                return
            if task.future is not None or task.taken:
                continue
            try:
                task.future = self._executor.submit(worker.check_many, task.items)
            except (BrokenProcessPool, RuntimeError) as exc:
                self._fail(exc)
                return
            outstanding += 1

    def _in_order(
        self, size: int, store: TrustStore, tasks: list[_Task]
    ) -> Iterator[Checked | None]:
        results: dict[int, Checked] = {}
        upcoming = iter(tasks)
        task = next(upcoming, None)
        for index in range(size):
            while task is not None and task.first <= index:  # the task holding this message
                self._finish(task, tasks, store, results)
                task = next(upcoming, None)
            yield results.pop(index, None)

    def _finish(
        self, task: _Task, tasks: list[_Task], store: TrustStore, results: dict[int, Checked]
    ) -> None:
        """``task``'s results into ``results``: while a worker has not finished it, check a
        task not handed out yet (from the end of the batch) here instead of waiting."""
        while True:
            self._hand_out(tasks)
            if task.taken:
                return
            if task.future is None:  # not handed out (the workers failed): check it here
                task.taken = True
                results.update(task.indexed(worker.check_with(store, task.items)))
                return
            if task.future.done():
                break
            spare = next((t for t in reversed(tasks) if t.future is None and not t.taken), None)
            if spare is None:
                break
            spare.taken = True
            results.update(spare.indexed(worker.check_with(store, spare.items)))
        checked = self._collect(task.future)
        if checked is not None:
            results.update(task.indexed(checked))

    def _collect(self, future: Future[list[Checked]]) -> list[Checked] | None:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self._fail(exc)
        except Exception:  # a fault in this console: the writer checks these itself
            log.exception("signature checks in a worker process failed; checking on the writer")
        return None

    def _fail(self, exc: BaseException | None) -> None:
        if not self._failed:
            log.warning(
                "a signature check worker failed (%s); the writer checks signatures itself "
                "until the trust store is reloaded",
                exc,
            )
        self._failed = True
        self._early = None
        if self._executor is not None:
            self._executor.shutdown(wait=False)  # no cancel_futures: see ``ahead``
            self._executor = None
            self._warm = []


class _Task:
    """One chunk of a batch's signed messages: handed to the workers or checked here."""

    __slots__ = ("chunk", "future", "taken")

    def __init__(self, chunk: list[tuple[int, _Item]]) -> None:
        self.chunk = chunk
        self.future: Future[list[Checked]] | None = None  # handed to the workers
        self.taken = False  # checked by the writer itself

    @property
    def first(self) -> int:
        return self.chunk[0][0]

    @property
    def items(self) -> list[_Item]:
        return [item for _index, item in self.chunk]

    def indexed(self, checked: list[Checked]) -> zip[tuple[int, Checked]]:
        return zip((index for index, _item in self.chunk), checked, strict=True)


def _wanted(batch: Sequence[InboundMessage]) -> list[tuple[int, _Item]]:
    """(index, item) of the messages worth checking ahead: signed, on an alert or ack topic."""
    wanted = []
    for index, msg in enumerate(batch):
        if _DSIG_NS_BYTES not in msg.payload:
            continue
        try:
            topic = parse_topic(msg.topic)
        except TopicError:
            continue
        if topic.kind in CAP_KINDS:
            wanted.append((index, (bytes(msg.payload), topic.agency, topic.country)))
    return wanted
