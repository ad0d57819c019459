"""The window's view of the store: background reads that turn change records into typed deltas.

``StoreFeed`` owns the one background reader of the window. It is told what changed
(``note(changes)``, from ``BusBridge.changes_applied``), coalesces the change records of
``REFRESH_MS`` into one read, runs the read on the reader's worker thread and emits what it
read on the GUI thread as a :class:`Bootstrap` (the first read) or a :class:`Delta` (every
read after it: the newest ``FIRST_PAGE`` alerts, then live traffic). Older alerts are read
only when the queue scrolls to them (``fetch_older``: one :class:`OlderPage` of
``OLDER_PAGE`` alerts at a time, newest first, with their acknowledged and superseded state
from one indexed store read). The window only applies what it gets to its widgets; it never
reads the store on the GUI thread for them.

Threads: the ``_read_*`` methods run on the worker and touch only the store, the core boards
and the worker-owned ``_wk_*`` fields; everything else runs on the GUI thread.

Signals:
    bootstrapped(Bootstrap): the first read is in (counts, timeline, incidents).
    delta_read(Delta): one coalesced read; the window applies it in one go.
    older_read(OlderPage): a page of older alerts the queue asked for (``fetch_older``).
    closed_read(list): a page of older closed incidents the board asked for (``read_closed``).
    read_failed(Exception): a read failed; it is repeated after ``RETRY_MS``.
    store_state(object): ``str`` (the database cannot be written: the reason) or None
        (it can again), from the change records of the ingest side.
    gaps_changed(list): every sequence gap open now (``SeqGap``), after a change.
    loaded(): the newest page is in (up to the newest alert stored when the window opened).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from incident_desk.changes import Changes, SeqGap
from incident_desk.mapfeed import alert_area_update, incident_update
from incident_desk.ui.console_port import ConsolePort, visible
from incident_desk.ui.feed_deltas import Bootstrap, Delta, OlderPage, Pending
from incident_desk.ui.models.queue_row import queue_row
from incident_desk.ui.ops import BackgroundReader
from incident_desk.wording import in_language, incident_in_language

log = logging.getLogger("incident_desk.ui")

__all__ = ["Bootstrap", "Delta", "OlderPage", "StoreFeed"]


class StoreFeed(QObject):
    """Background store reads for one window (see the module docstring)."""

    bootstrapped = Signal(object)
    delta_read = Signal(object)
    older_read = Signal(object)
    closed_read = Signal(list)
    read_failed = Signal(object)
    store_state = Signal(object)
    gaps_changed = Signal(list)
    loaded = Signal()

    REFRESH_MS = 200
    FIRST_PAGE = 500  # the newest alerts, read at start (a screen holds ~30)
    OLDER_PAGE = 500  # alerts per page read when the queue scrolls to older ones
    BATCH_LIMIT = 1_000  # alerts per background read of live traffic
    RECENT_CLOSED = timedelta(hours=24)  # closed incidents the board opens with
    REACH = 10_000  # alert ids below what is held that an alert asked for by id may be
    TIMELINE_LIMIT = 500
    QUARANTINE_LIMIT = 100
    RETRY_MS = 2_000  # after a failed background read
    GC_FREEZE_S = 10.0  # live traffic: survivors are frozen out of the cyclic GC this often

    def __init__(
        self,
        console: ConsolePort,
        *,
        detail_alert_id: Callable[[], int | None],
        with_map: Callable[[], bool],
        languages: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.store = console.store
        # the operator's languages, best first: headlines, events and incident titles of
        # multilingual alerts are read in them (incident_desk/wording.py)
        self.languages = tuple(languages)
        self._detail_alert_id = detail_alert_id
        self._with_map = with_map
        self.reader: BackgroundReader | None = BackgroundReader(self)
        self.loading = True
        self.load_top = 0  # alerts up to this id were stored before the window opened
        self.older_before = 0  # the next older page: alerts below this id (0: none left)
        self._older_in_flight = False
        self.refresh_count = 0
        self._bootstrapped = False
        self._in_flight: Pending | None = None
        self._pending = Pending()
        self._gaps: dict[str, list[SeqGap]] = {}
        self._gc_frozen = False
        self._frozen_at = 0.0
        # owned by the reader's worker thread (never touched on the GUI thread)
        self._wk_keys: dict[tuple[str, str, str], int] = {}
        self._wk_replaced: dict[tuple[str, str, str], str] = {}  # referenced, not yet seen
        self._wk_alert_last = 0
        self._wk_timeline_last = 0
        self._wk_quarantine_last = 0
        self._wk_titles: dict[tuple[int, str], str] = {}  # (incident, stored title) → shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    # -- GUI thread --------------------------------------------------------------------------
    @property
    def gaps(self) -> list[SeqGap]:
        """Every sequence gap open now, over all publisher streams."""
        return [g for gs in self._gaps.values() for g in gs]

    def start(self) -> None:
        """First fill: counts, timeline, incidents and the newest alert id bound, then the
        newest ``FIRST_PAGE`` alerts in one read through the same delta path as live traffic.
        Older ones wait until the queue asks for them (``fetch_older``)."""
        if self.reader is None or self._bootstrapped:
            return
        self.loading = True
        self._in_flight = Pending(alerts=True)
        self.reader.run(self._read_bootstrap, self._on_bootstrap, self._on_error)

    @Slot(object)
    def note(self, changes: Changes) -> None:
        """Note what a change record says changed; one coalesced read follows."""
        p = self._pending
        p.alerts |= bool(changes.alerts)
        p.quarantine |= bool(changes.quarantined)
        p.timeline |= bool(changes.timeline)
        p.outbox |= bool(changes.outbox)
        p.incidents.update(changes.incidents)
        if changes.store_error:
            self.store_state.emit(changes.store_error)
        elif changes.store_ok:
            self.store_state.emit(None)
        if changes.gaps:
            for stream in {g.stream for g in changes.gaps}:
                self._gaps[stream] = [g for g in changes.gaps if g.stream == stream]
            self.gaps_changed.emit(self.gaps)
        self._arm()

    def _arm(self, *, now: bool = False) -> None:
        """Arm the coalescing timer, unless a read is in flight (it re-arms when done)."""
        if self._in_flight is not None or not self._pending.any():
            return
        if now:
            self._timer.start(0)
        elif not self._timer.isActive():
            self._timer.start(self.REFRESH_MS)

    @Slot()
    def refresh(self) -> None:
        """Read what the pending change records announced, in one background read."""
        if self._in_flight is not None or self.reader is None or not self._bootstrapped:
            return
        p, self._pending = self._pending, Pending()
        if not p.any():
            return
        self.refresh_count += 1
        # the first read: the newest page and what arrived since the bootstrap, in one go
        limit = self.FIRST_PAGE + self.BATCH_LIMIT if self.loading else self.BATCH_LIMIT
        detail_id, with_map = self._detail_alert_id(), self._with_map()
        self._in_flight = p
        self.reader.run(
            lambda: self._read_delta(p, limit, detail_id, with_map), self._on_delta, self._on_error
        )

    def _on_bootstrap(self, boot: Bootstrap) -> None:
        self._in_flight = None
        self._bootstrapped = True
        self.load_top = boot.top
        self.older_before = boot.older
        # the newest page goes on the worker first: what the bootstrap's listeners ask
        # ``read`` for (counts, ...) queues behind it, not ahead of the alerts
        self._pending.alerts = True
        self.refresh()
        self.bootstrapped.emit(boot)
        self._freeze_survivors(force=True)  # the window's own objects live as long as it

    def _on_delta(self, d: Delta) -> None:
        self._in_flight = None
        self.delta_read.emit(d)
        self._freeze_survivors(force=self.loading)
        if d.full:  # more waiting: read on at once
            self._pending.alerts = True
        elif self.loading:
            self.loading = False
            self.loaded.emit()
        self._arm(now=d.full)

    def _on_error(self, exc: Exception) -> None:
        failed, self._in_flight = self._in_flight or Pending(), None
        failed.alerts |= self.loading
        self._pending.absorb(failed)  # read again what the failed read was to bring
        self.read_failed.emit(exc)
        if self.reader is None:
            return
        if not self._bootstrapped:
            QTimer.singleShot(self.RETRY_MS, self, self.start)
        elif self._pending.any():
            self._timer.start(self.RETRY_MS)

    def can_fetch_older(self) -> bool:
        """Older alerts are stored than read, the newest page is in and no page is on its
        way (the queue model's ``canFetchMore``)."""
        return (
            self.reader is not None
            and not self.loading
            and self.older_before > 0
            and not self._older_in_flight
        )

    @property
    def older_in_flight(self) -> bool:
        """A page of older alerts is being read."""
        return self._older_in_flight

    def fetch_older(self, *, down_to: int | None = None) -> bool:
        """Read the next older page on the worker (``older_read`` brings it); one at a time,
        so pages never overlap. ``down_to``: instead, every alert from the next one down to
        that id (an alert the operator asked for by id: an alarm, the map), if it is at most
        ``REACH`` ids below what is held. False if there is nothing to read now."""
        if not self.can_fetch_older() or self.reader is None:
            return False
        before = self.older_before
        if down_to is not None and not (0 < down_to < before <= down_to + self.REACH):
            return False
        self._older_in_flight = True
        self.reader.run(
            lambda: self._read_older(before, down_to), self._on_older, self._on_older_error
        )
        return True

    def _on_older(self, page: OlderPage) -> None:
        self._older_in_flight = False
        self.older_before = page.before  # moves only once the page is read: none is skipped
        self.older_read.emit(page)
        self._freeze_survivors()

    def _on_older_error(self, exc: Exception) -> None:
        self._older_in_flight = False  # the same page is asked for again on the next scroll
        self.read_failed.emit(exc)

    def stop(self) -> None:
        """Wait for the running read and drop the rest: no signal after this."""
        reader, self.reader = self.reader, None
        self._timer.stop()
        if reader is not None:
            reader.shutdown()
        if self._gc_frozen:  # what the first fill froze is ordinary garbage again
            self._gc_frozen = False
            gc.unfreeze()

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run one more read-only call on the feed's worker (ordered after pending reads)."""
        if self.reader is not None:
            self.reader.run(fn, on_done, on_error)

    def _freeze_survivors(self, *, force: bool = False) -> None:
        """Move what lives on (queue rows, timeline entries, the application's own objects)
        out of the cyclic garbage collector's reach: each chunk of the first fill, then
        at most every ``GC_FREEZE_S`` of live traffic.

        A full collection holds the GIL, and so every thread, for as long as it walks every
        tracked object: with 100,000 rows that was 400-700 ms, and live rows accumulating
        since the last freeze still cost 40-300 ms per pass at 500 alerts/s (bench_gui).
        The young generations are collected first, so their cyclic garbage is never frozen;
        at 500 alerts/s every cycle found was found there (full passes found none), so
        nothing that would ever be collected is kept. ``gc.freeze`` itself is O(1).
        """
        now = time.monotonic()
        if not force and now - self._frozen_at < self.GC_FREEZE_S:
            return
        self._frozen_at = now
        gc.collect(1)
        gc.freeze()
        self._gc_frozen = True

    # -- worker thread -----------------------------------------------------------------------
    def _visible(self, rows: list[Any]) -> list[Any]:
        return visible(rows, self.console.exercise_id)

    def _read_bootstrap(self) -> Bootstrap:
        store = self.store
        newest = list(store.list_alerts(limit=1))
        top = newest[0].id if newest else 0
        floor = list(store.list_alerts(limit=1, offset=self.FIRST_PAGE - 1)) if top else []
        self._wk_alert_last = floor[0].id - 1 if floor else 0
        entries = list(store.timeline(limit=self.TIMELINE_LIMIT))
        self._wk_timeline_last = max((e.id for e in entries), default=0)
        board = self.console.board
        incidents = None
        if board is not None:
            recent = board.list_recent(self.RECENT_CLOSED)
            incidents = [self._titled(i, {}) for i in self._visible(recent)]
        newest_q = store.list_quarantine(limit=1)
        self._wk_quarantine_last = newest_q[0].id if newest_q else 0
        return Bootstrap(
            top=top,
            older=floor[0].id if floor else 0,
            quarantine=store.count_quarantine(),
            outbox=tuple(self.console.outbox_status()),  # type: ignore[arg-type]
            timeline=self._visible(entries),
            incidents=incidents,
        )

    def _read_older(self, before: int, down_to: int | None = None) -> OlderPage:
        """The ``OLDER_PAGE`` alerts below ``before`` (or all of them down to ``down_to``),
        newest first, and their state: one ``link_state`` read finds the Acks, Updates and
        Cancels naming them, wherever those are stored (traffic this console shows only)."""
        store = self.store
        if down_to is not None:
            fetched = list(store.list_alerts(limit=None, before_id=before, after_id=down_to - 1))
            rows = [in_language(r, self.languages) for r in self._visible(fetched)]
            acked, replaced = store.link_state([r.id for r in rows], self.console.exercise_id)
            more = down_to > 1  # the next page finds out (an empty page ends the paging)
            return OlderPage([queue_row(r) for r in rows], acked, replaced, down_to if more else 0)
        fetched = list(store.list_alerts(limit=self.OLDER_PAGE, before_id=before))
        for r in fetched:
            self._wk_keys[(r.sender, r.identifier, r.sent_text)] = r.id
        rows = [in_language(r, self.languages) for r in self._visible(fetched)]
        acked, replaced = store.link_state([r.id for r in rows], self.console.exercise_id)
        done = len(fetched) < self.OLDER_PAGE
        return OlderPage(
            rows=[queue_row(r) for r in rows],
            acked=acked,
            superseded=replaced,
            before=0 if done else min(r.id for r in fetched),
        )

    def read_closed(self, before: tuple[datetime, int] | None, limit: int = 200) -> None:
        """Read a page of older closed incidents for the board (``closed_read``)."""
        board, joined = self.console.board, self.console.exercise_id
        if board is None:
            return
        self.read(
            lambda: [
                self._titled(i, {})
                for i in self._visible(board.closed_before(before, limit, joined=joined))
            ],
            self.closed_read.emit,
            self.read_failed.emit,
        )

    def _titled(self, incident: Any, fetched: dict[int, Any]) -> Any:
        """``incident`` titled in the operator's language (``wording.incident_in_language``);
        its first alert from ``fetched`` (this read's alerts) or else the store, once per
        incident and title."""
        if incident is None or not self.languages or not incident.alert_ids:
            return incident
        key = (incident.id, incident.title)
        title = self._wk_titles.get(key)
        if title is None:
            first_id = incident.alert_ids[0]
            first = fetched.get(first_id) or self.store.get_alert(first_id)
            title = incident_in_language(incident, first, self.languages).title
            self._wk_titles[key] = title
        return incident if title == incident.title else incident.model_copy(update={"title": title})

    def _resolve(self, key: tuple[str, str, str]) -> int | None:
        """A CAP key to a stored alert id: the worker's key index, else ``find_alert``."""
        alert_id = self._wk_keys.get(key)
        if alert_id is None:
            found = self.store.find_alert(key)
            alert_id = found.id if found is not None else None
            if alert_id is not None:
                self._wk_keys[key] = alert_id
        return alert_id

    def _ack_targets(self, rows: list[Any]) -> set[int]:
        """Ids of the alerts the CAP Acks among ``rows`` reference."""
        targets: set[int] = set()
        for row in rows:
            if row.msg_type != "Ack":
                continue
            for ref in row.alert.references:
                alert_id = self._resolve(ref.key())
                if alert_id is not None:
                    targets.add(alert_id)
        return targets

    def _replaced(self, rows: list[Any]) -> dict[int, str]:
        """Ids of the alerts the Updates and Cancels among ``rows`` replace, and of new rows
        that an earlier-arrived Update or Cancel already named (CAP references)."""
        out: dict[int, str] = {}
        for row in rows:
            why = self._wk_replaced.pop((row.sender, row.identifier, row.sent_text), None)
            if why is not None:
                out[row.id] = why
        for row in rows:
            if row.msg_type not in ("Update", "Cancel"):
                continue
            why = "cancelled" if row.msg_type == "Cancel" else "superseded"
            for ref in row.alert.references:
                key = ref.key()
                alert_id = self._resolve(key)
                if alert_id is None:
                    self._wk_replaced[key] = why
                elif out.get(alert_id) != "cancelled":
                    out[alert_id] = why
        return out

    def _read_delta(self, p: Pending, limit: int, detail_id: int | None, with_map: bool) -> Delta:
        store = self.store
        fetched: list[Any] = []
        if p.alerts:
            fetched = list(
                store.list_alerts(limit=limit, after_id=self._wk_alert_last, newest_first=False)
            )
        # the read positions move only once every read below has succeeded: a failed
        # read (database locked, ...) is repeated, never skipped
        alert_last = max((r.id for r in fetched), default=self._wk_alert_last)
        for r in fetched:
            self._wk_keys[(r.sender, r.identifier, r.sent_text)] = r.id
        rows = [in_language(r, self.languages) for r in self._visible(fetched)]
        acked = self._ack_targets(rows)
        replaced = self._replaced(rows)
        acks = None
        if detail_id is not None and detail_id in acked:
            acks = (detail_id, list(store.acks_for(detail_id)))
        timeline: list[Any] = []
        timeline_last = self._wk_timeline_last
        if p.timeline:
            entries = list(
                store.timeline(after_id=self._wk_timeline_last, limit=self.TIMELINE_LIMIT)
            )
            timeline_last = max((e.id for e in entries), default=timeline_last)
            timeline = self._visible(entries)
        incidents: dict[int, Any] | None = None
        board = self.console.board
        if p.incidents and board is not None:
            by_id = {r.id: r for r in fetched}
            incidents = {i: self._titled(board.get(i), by_id) for i in sorted(p.incidents)}
        upsert: list[Any] = []
        remove: list[str] = []
        if with_map:
            if rows:
                areas = alert_area_update(rows, self._resolve)
                upsert += areas.upsert
                remove += areas.remove
            if incidents:
                changed = incident_update(
                    self._visible([s for s in incidents.values() if s is not None])
                )
                upsert += changed.upsert
                remove += changed.remove
        quarantine = store.count_quarantine() if p.quarantine else None
        quarantined: list[Any] = []
        if p.quarantine:
            quarantined = [
                e
                for e in store.list_quarantine(limit=self.QUARANTINE_LIMIT)
                if e.id > self._wk_quarantine_last
            ]
        outbox = tuple(self.console.outbox_status()) if p.outbox else None
        self._wk_alert_last = max(self._wk_alert_last, alert_last)
        self._wk_timeline_last = timeline_last
        self._wk_quarantine_last = max([self._wk_quarantine_last, *(e.id for e in quarantined)])
        # The GUI thread gets light summaries only: the full snapshots (CAP model, raw
        # bytes; dozens of GC-tracked objects each) stop here, after the Ack and map reads.
        shown = [queue_row(r) for r in rows]
        return Delta(
            rows=shown,
            live=[r for r in shown if r.id > self.load_top],
            full=len(fetched) >= limit,
            acked=acked,
            superseded=replaced,
            acks=acks,
            timeline=timeline,
            quarantine=quarantine,
            quarantined=quarantined,
            outbox=outbox,  # type: ignore[arg-type]
            incidents=incidents,
            map_upsert=upsert,
            map_remove=remove,
        )
