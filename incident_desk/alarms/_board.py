"""``AlarmBoard``: every alarm of one console, fed by the store's ``Changes``.

Per batch of new alerts the board makes a fixed number of indexed reads (the alerts' summary
columns and their Update/Cancel/Ack links, ``_reader.py``), moves the touched alarms
(``_record.py``), writes the journal in one transaction and returns an ``AlarmChanges``.
``tick()`` (once a second from the UI) handles expiry, timed shelves and the end of a flood.
An inject of the scenario player carries its CAP times on the exercise clock (at ×20 its
``expires`` comes twenty times sooner in wall time than it reads; paused, it does not come
nearer at all), so its expiry is judged on that clock: ``exercise_clocks`` tells the board what
an exercise's clock reads at a wall instant (on a console, the clock learnt from the control
messages, corrected by every inject's arrival, which the board reports to it); for an
exercise whose clock the console does not know, the inject's time since it arrived counts at
×1.
Shelves live in memory only: a new board (a restart) starts with none and records the release
of any shelf a previous run left open.

Threads: the board's memory is guarded by one lock that is never held across the store. A
call that changes the board (``load``, ``apply``, ``tick``, ``endex``, ``set_exercise``,
``shelve``, ``unshelve``) reads the store first without the lock, moves the alarms under it,
and writes the journal and timeline after releasing it; the readers (``annunciating``,
``alarm_for``, ``view``, F8 ...) take the lock only for the memory they read. So a window that
reads the board on its GUI thread while a worker feeds it never waits for SQLite (a write
queued behind the ingest process's transaction used to stall the window for a second). Call
the changing methods from one thread at a time (the window's alarm worker does).
"""

from __future__ import annotations

import bisect
import heapq
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from incident_desk import rules
from incident_desk.alarms import _journal, _reader, _view
from incident_desk.alarms._flood import FloodDetector
from incident_desk.alarms._model import (
    Alarm,
    AlarmChanges,
    AlarmError,
    AlarmState,
    JournalEvent,
    Member,
)
from incident_desk.alarms._priority import DEFAULT_PRIORITIES, PriorityRule, PriorityTable
from incident_desk.alarms._reading import ReadingMixin
from incident_desk.alarms._record import AlarmRecord, Transition
from incident_desk.alarms._shelving import ShelvingMixin
from incident_desk.changes import Changes
from incident_desk.store import Store


class AlarmSettings(Protocol):
    """What ``AlarmBoard.from_settings`` reads (``incident_desk.settings.Settings`` has it;
    the settings module imports this package for the rule model, not the other way round)."""

    @property
    def workstation(self) -> str: ...
    @property
    def exercise(self) -> str | None: ...
    @property
    def alarm_priorities(self) -> Sequence[PriorityRule]: ...
    @property
    def alarm_flood_count(self) -> int: ...
    @property
    def alarm_flood_minutes(self) -> float: ...


ALARM_STATUSES = ("Actual", "Exercise")  # Test, System and Draft never alarm
LOAD_PAGE = 2000


def _is_version(member: Member) -> bool:
    """A version of an alarm's chain: an Alert or Update (``rules.needs_acknowledgement``)
    or the Cancel that ends it, of Actual or Exercise traffic."""
    kind_ok = rules.needs_acknowledgement(member) or member.msg_type == "Cancel"
    return kind_ok and member.status in ALARM_STATUSES


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ExerciseClocks(Protocol):
    """The exercise clocks a console knows (``runtime.ConsoleRuntime`` has it)."""

    def exercise_at(self, exercise_id: str, wall: datetime) -> datetime | None:
        """What the exercise's clock read at wall instant ``wall``; None: not known here."""
        ...

    def inject_seen(self, exercise_id: str, sent: datetime, received_at: datetime) -> None:
        """An inject arrived: its CAP ``sent`` (exercise clock) at ``received_at`` (wall)."""
        ...


@dataclass(frozen=True)
class _Batch:
    """What the store holds for one batch: summaries by alert id, and the links among them."""

    pool: dict[int, Member]
    links: list[_reader.Link]


@dataclass(frozen=True)
class _Done:
    """One call's result and what it still has to write to the store."""

    changes: AlarmChanges
    rows: list[dict[str, Any]]
    notes: list[dict[str, Any]]


class AlarmBoard(ShelvingMixin, ReadingMixin):
    """The alarms of one console (readers from any thread; changes from one at a time).

    Attributes:
        console: this workstation's name (journal rows and flood are per console).
        exercise_id: the joined exercise; alarms of other exercises are suppressed.
        table: the priority table in use.
        flood: the flood detector (more than ``flood_count`` annunciations within
            ``flood_window`` is an alarm flood).
    """

    def __init__(
        self,
        store: Store,
        *,
        console: str,
        exercise_id: str | None = None,
        priorities: Sequence[PriorityRule] = DEFAULT_PRIORITIES,
        flood_count: int = 10,
        flood_window: timedelta = timedelta(minutes=10),
        recent: timedelta = timedelta(minutes=15),
        clock: Callable[[], datetime] = _utc_now,
        exercise_clocks: ExerciseClocks | None = None,
    ) -> None:
        self.store = store
        self.console = console
        self.exercise_id = exercise_id
        self.table = PriorityTable(priorities)
        self._could_alarm = self.table.alarming()  # the rest of a batch is never read
        self.flood = FloodDetector(flood_count, flood_window)
        self.recent = recent
        self.clock = clock
        self.exercise_clocks = exercise_clocks
        self._records: dict[int, AlarmRecord] = {}
        self._snapshots: dict[int, Alarm] = {}  # cache for readers; dropped when changed
        self._order: list[tuple[_view.OrderKey, int]] = []  # sorted: what readers list
        self._keys: dict[int, tuple[_view.OrderKey, int]] = {}  # alarm id -> its entry
        self._owner: dict[int, int] = {}  # alert id (chain version) -> alarm id
        self._ended: dict[str, tuple[str, datetime]] = {}
        self._expiry: list[tuple[datetime, int]] = []  # heap: (expires, alarm id)
        self._drill_expiry: set[int] = set()  # active alarms expiring on the exercise clock
        self._normal: deque[tuple[datetime, int]] = deque()  # for pruning cleared alarms
        self._guard = threading.RLock()  # the memory below; never held across the store
        self._journal_on = True
        self._rows: list[dict[str, Any]] = []
        self._notes: list[dict[str, Any]] = []  # timeline entries to append (shelving)
        self._changed: dict[int, None] = {}
        self._raised: dict[int, None] = {}
        self._removed: list[int] = []
        self._flood_was = False
        self._shelf_due: list[tuple[datetime, int]] = []  # heap: (until, alarm id)

    @classmethod
    def from_settings(
        cls,
        store: Store,
        settings: AlarmSettings,
        *,
        clock: Callable[[], datetime] = _utc_now,
        exercise_clocks: ExerciseClocks | None = None,
    ) -> AlarmBoard:
        """A board with the console's name, exercise, priority table and flood rate."""
        return cls(
            store,
            console=settings.workstation,
            exercise_id=settings.exercise,
            priorities=settings.alarm_priorities,
            flood_count=settings.alarm_flood_count,
            flood_window=timedelta(minutes=settings.alarm_flood_minutes),
            clock=clock,
            exercise_clocks=exercise_clocks,
        )

    # -- feeding ----------------------------------------------------------------------------

    def load(
        self, history: timedelta | None = timedelta(days=7), *, newest: int | None = None
    ) -> AlarmChanges:
        """Rebuild the alarms from the stored alerts (sent within ``history``; None: all).

        Called once at start. Nothing is journaled for the replay itself; ENDEX recorded
        earlier still holds, and shelves or a flood a previous run left open are recorded
        as released/ended now (shelves never survive a restart).
        """
        now = self.clock()
        since = None if history is None else now - history
        with self.store.reading("read the alarm journal") as conn:
            ended = _journal.ended_exercises(conn)
            stale_shelves = _journal.open_shelves(conn, self.console)
            stale_flood = _journal.open_flood(conn, self.console)
            after = 0 if newest is None else max(0, _reader.newest_id(conn) - newest)
        with self._guard:
            self._ended.update(ended)
            self._journal_on = False
        try:
            while True:  # page by page: the lock is held for one page's memory work
                with self.store.reading("read alerts for alarms") as conn:
                    ids = _reader.ids_since(conn, since, after, LOAD_PAGE)
                if not ids:
                    break
                batch = self._read(ids)
                with self._guard:
                    self._take(batch, now)
                after = ids[-1]
            with self._guard:
                self._update_flood(now)
                horizon = now - self.recent
                for record in list(self._records.values()):
                    cleared = record.cleared_at or now
                    if record.state is AlarmState.NORMAL and cleared < horizon:
                        self._forget(record)  # cleared long before this start
        finally:
            with self._guard:
                self._journal_on = True
        with self._guard:
            self._release_previous_shelves(stale_shelves, now)
            if stale_flood != self.in_flood:  # the journal says what this run starts in
                start = JournalEvent.FLOOD_START if self.in_flood else JournalEvent.FLOOD_END
                self._journal_flood(start, now)
            done = self._finish(all_changed=True)
        return self._commit(done)

    def apply(self, changes: Changes | Iterable[int]) -> AlarmChanges:
        """Take newly stored alerts (``Changes.alerts``, or ids) into the alarms."""
        ids = list(changes.alerts if isinstance(changes, Changes) else changes)
        batch = self._read(ids) if ids else None
        with self._guard:
            if batch is not None:
                now = self.clock()
                self._take(batch, now)
                self._update_flood(now)
            done = self._finish()
        return self._commit(done)

    def tick(self) -> AlarmChanges:
        """Expire alarms and timed shelves that are due; end a flood; forget old normals."""
        with self._guard:
            now = self.clock()
            while self._expiry and self._expiry[0][0] <= now:
                _, alarm_id = heapq.heappop(self._expiry)
                record = self._records.get(alarm_id)
                if record is not None:
                    self._evaluate(record, now)
            for alarm_id in sorted(self._drill_expiry):  # a drill's few: each one every tick
                record = self._records.get(alarm_id)
                if record is None:
                    self._drill_expiry.discard(alarm_id)
                else:
                    self._evaluate(record, now)
            self._release_due_shelves(now)
            self._update_flood(now)
            self._prune(now)
            done = self._finish()
        return self._commit(done)

    def endex(self, exercise_id: str, *, by: str, at: datetime | None = None) -> AlarmChanges:
        """ENDEX of ``exercise_id``: its alarms return to normal (real alarms are untouched)."""
        with self._guard:
            at = at or self.clock()
            if exercise_id not in self._ended:  # a retained ENDEX heard again is not a new one
                self._ended[exercise_id] = (by, at)
                self._journal(JournalEvent.ENDEX, at, actor=by, exercise_id=exercise_id)
            by, at = self._ended[exercise_id]
            for record in list(self._records.values()):
                if record.exercise_id == exercise_id:
                    record.ended = (by, at)
                    if record.shelf is not None:
                        self._unshelve(record, by, "ENDEX", at)
                    self._evaluate(record, at)
            done = self._finish()
        return self._commit(done)

    def set_exercise(self, exercise_id: str | None) -> AlarmChanges:
        """The console joined (or left, None) an exercise: re-decide what is suppressed."""
        with self._guard:
            self.exercise_id = exercise_id
            for record in self._records.values():
                suppressed = self._suppressed(record.current)
                if suppressed != record.suppressed:
                    record.suppressed = suppressed
                    self._changed[record.id] = None
            done = self._finish()
        return self._commit(done)

    # -- the batch ---------------------------------------------------------------------------

    def _read(self, ids: list[int]) -> _Batch:
        """The store's part of a batch (no lock held): the chain and Ack links from or to its
        alerts, the summaries of those that could change an alarm by themselves (an alarming
        priority, an exercise's) and of the linked ones the board does not know yet.
        An alert that is none of these would make an alarm of no priority, forgotten at once:
        it is never read."""
        with self.store.reading("read alerts for alarms") as conn:
            links = _reader.links(conn, ids)
            pool = _reader.members(conn, ids, could_alarm=self._could_alarm)
            linked = {i for s, t, _ in links for i in (s, t)} - pool.keys()
            with self._guard:
                wanted = {i for i in linked if i not in self._owner}
            if wanted:
                pool.update(_reader.members(conn, wanted))
        return _Batch(pool, links)

    def _take(self, batch: _Batch, now: datetime) -> None:
        """The memory part of a batch (lock held): join chains, count Acks, evaluate."""
        pool, links = batch.pool, batch.links
        if self.exercise_clocks is not None:
            for i, m in pool.items():
                if m.exercise_clock and m.exercise_id is not None and i not in self._owner:
                    self.exercise_clocks.inject_seen(m.exercise_id, m.sent_utc, m.received_at)
        chain = [(s, t) for s, t, kind in links if kind in _reader.CHAIN_KINDS]
        touched = self._join_chains(pool, chain)
        for source, target, kind in links:
            owner = self._owner.get(target)
            if kind == "ack" and owner is not None and source in pool:
                acked = self._records[owner]
                if source not in acked.acks:
                    acked.add_ack(pool[source], target)
                    touched.add(owner)
        for alarm_id in sorted(touched):
            record = self._records.get(alarm_id)
            if record is None:
                continue
            steps = self._evaluate(record, now)
            if not steps and record.state is AlarmState.NORMAL and record.raised_at is None:
                self._forget(record)  # never raised: a Cancel, a low priority, expired
            else:
                self._changed[record.id] = None  # a new version or Ack at least

    def _join_chains(self, pool: dict[int, Member], chain: list[tuple[int, int]]) -> set[int]:
        """Put every version in ``pool`` into its alarm (new ones for new chains)."""
        nodes = [i for i, m in pool.items() if _is_version(m)]
        parent = {i: i for i in nodes}
        for source, target in chain:
            for i in (source, target):
                parent.setdefault(i, i)

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for source, target in chain:
            parent[root(source)] = root(target)
        components: dict[int, list[int]] = {}
        for i in parent:
            components.setdefault(root(i), []).append(i)
        touched: set[int] = set()
        for ids in components.values():
            owners = sorted({self._owner[i] for i in ids if i in self._owner})
            fresh = [pool[i] for i in sorted(ids) if i not in self._owner and i in pool]
            fresh = [m for m in fresh if _is_version(m)]
            if owners:
                record = self._records[owners[0]]
                for other in owners[1:]:
                    self._merge(record, self._records[other])
            elif fresh:
                record = AlarmRecord(fresh[0].id, fresh[0])
                self._records[record.id] = record
                record.suppressed = self._suppressed(record.current)
                if record.exercise_id in self._ended:
                    record.ended = self._ended[record.exercise_id]
            else:
                continue
            for member in fresh:
                record.add(member)
                self._owner[member.id] = record.id
            self._owner[record.id] = record.id
            if fresh or len(owners) > 1:
                touched.add(record.id)
        return touched

    def _merge(self, keep: AlarmRecord, gone: AlarmRecord) -> None:
        keep.absorb(gone)
        for member_id in gone.members:
            self._owner[member_id] = keep.id
        del self._records[gone.id]
        self._removed.append(gone.id)
        self._changed.pop(gone.id, None)
        self._snapshots.pop(gone.id, None)
        self._unorder(gone.id)

    def _forget(self, record: AlarmRecord) -> None:
        for member_id in record.members:
            if self._owner.get(member_id) == record.id:
                del self._owner[member_id]
        self._records.pop(record.id, None)
        self._changed.pop(record.id, None)
        self._snapshots.pop(record.id, None)
        self._unorder(record.id)

    def _unorder(self, alarm_id: int) -> None:
        entry = self._keys.pop(alarm_id, None)
        if entry is not None:
            del self._order[bisect.bisect_left(self._order, entry)]

    def _reorder(self, alarm_id: int) -> None:
        """Move a changed alarm to its place in ``_order`` (its snapshot was dropped)."""
        self._unorder(alarm_id)
        if alarm_id in self._records:
            entry = (_view.order_key(self._snapshot(alarm_id)), alarm_id)
            bisect.insort(self._order, entry)
            self._keys[alarm_id] = entry

    def _suppressed(self, member: Member) -> bool:
        return member.status == "Exercise" and member.exercise_id != self.exercise_id

    def _times_now(self, record: AlarmRecord, now: datetime) -> datetime | None:
        """Wall instant ``now`` on the clock the chain's CAP times are on (None: the wall
        clock itself): the exercise clock for an inject of the scenario player."""
        cur = record.current
        if not cur.exercise_clock or cur.exercise_id is None:
            return None
        clocks = self.exercise_clocks
        told = None if clocks is None else clocks.exercise_at(cur.exercise_id, now)
        if told is not None:
            return told
        return cur.sent_utc + (now - cur.received_at)  # not known here: its age at ×1

    def _evaluate(self, record: AlarmRecord, now: datetime) -> list[Transition]:
        steps = record.evaluate(self.table, now, self._times_now(record, now))
        if record.shelf is not None and record.unshelvable:
            self._unshelve(record, "system", "Actual Extreme/Immediate cannot stay shelved", now)
        for step in steps:
            self._changed[record.id] = None
            in_service = not record.suppressed and record.shelf is None
            if step.event is JournalEvent.RAISED and in_service:
                self._raised[record.id] = None
                self.flood.raised(step.at)
            one_shot = record.shelf is not None and record.shelf.one_shot
            if step.event is JournalEvent.CLEARED and one_shot:
                self._unshelve(record, "system", "returned to normal", step.at)
            if record.state is AlarmState.NORMAL and step.event is not JournalEvent.RAISED:
                self._normal.append((now, record.id))
            if not record.suppressed:
                self._journal_step(record, step)
        expires = record.current.expires_utc
        drill_clock = record.current.exercise_clock
        if record.state.active and expires is not None and drill_clock:
            self._drill_expiry.add(record.id)
        else:
            self._drill_expiry.discard(record.id)
            if record.state.active and expires is not None:
                heapq.heappush(self._expiry, (expires, record.id))
        return steps

    # -- flood, pruning ---------------------------------------------------------------------

    def _update_flood(self, now: datetime) -> None:
        flood = self.flood.update(now)
        if flood is not None:
            self._journal_flood(JournalEvent.FLOOD_START if flood else JournalEvent.FLOOD_END, now)

    def _prune(self, now: datetime) -> None:
        horizon = now - self.recent
        while self._normal and self._normal[0][0] < horizon:
            _, alarm_id = self._normal.popleft()
            record = self._records.get(alarm_id)
            if record is None or record.state is not AlarmState.NORMAL or record.shelf:
                continue
            if record.cleared_at is None or record.cleared_at < horizon:
                self._forget(record)

    # -- journal, results -------------------------------------------------------------------

    def _journal_step(self, record: AlarmRecord, step: Transition) -> None:
        self._journal(
            step.event,
            step.at,
            alarm_id=record.id,
            alert_id=step.alert_id,
            state=step.state.value,
            priority=int(step.priority) if step.priority is not None else None,
            reason=step.reason,
            actor=step.actor,
            exercise_id=record.exercise_id,
            incident=record.snapshot().incident,
        )

    def _journal_flood(self, event: JournalEvent, at: datetime) -> None:
        self._journal(event, at, reason=self.flood.describe())

    def _journal(self, event: JournalEvent, at: datetime, **values: Any) -> None:
        if self._journal_on:
            self._rows.append({"at": at, "console": self.console, "event": event.value, **values})

    def _finish(self, *, all_changed: bool = False) -> _Done:
        """Close one call (lock held): what changed, and what is left to write."""
        rows, self._rows = self._rows, []
        notes, self._notes = self._notes, []
        changed = list(self._records) if all_changed else list(self._changed)
        for alarm_id in (*changed, *self._removed):
            self._snapshots.pop(alarm_id, None)
        if all_changed:
            self._keys = {i: (_view.order_key(self._snapshot(i)), i) for i in self._records}
            self._order = sorted(self._keys.values())
        else:
            for alarm_id in changed:
                self._reorder(alarm_id)
        flood = self.in_flood if self.in_flood != self._flood_was else None
        self._flood_was = self.in_flood
        result = AlarmChanges(
            alarms=tuple(changed),
            raised=tuple(i for i in self._raised if i in self._records),
            removed=tuple(self._removed),
            flood=flood,
        )
        self._changed, self._raised, self._removed = {}, {}, []
        return _Done(result, rows, notes)

    def _commit(self, done: _Done) -> AlarmChanges:
        """Write what one call left (no lock held): journal rows, then timeline entries."""
        _journal.write(self.store, done.rows)
        if not done.notes:
            return done.changes
        entries = [self.store.append_timeline(**note).id for note in done.notes]
        return replace(done.changes, timeline=tuple(entries))

    def _require(self, alarm_id: int) -> AlarmRecord:
        record = self._records.get(alarm_id)
        if record is None:
            raise AlarmError(f"There is no alarm {alarm_id} on this console.")
        return record
