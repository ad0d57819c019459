"""Shelving (ISA-18.2): take an alarm out of service for a while, with a reason, logged.

One-shot shelves last until the alarm returns to normal, timed ones until their time is
over (``AlarmBoard.tick``). Actual Extreme/Immediate alarms are never shelved, and an Update
that makes a shelved alarm one unshelves it. Shelves live only in the board's memory.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from incident_desk.alarms._journal import JournalRow
from incident_desk.alarms._model import AlarmChanges, AlarmError, AlarmState, JournalEvent, Shelf
from incident_desk.alarms._record import AlarmRecord
from incident_desk.store import Store

if TYPE_CHECKING:
    from incident_desk.alarms._board import _Done


class ShelvingMixin:
    """The shelving half of ``AlarmBoard`` (which provides the attributes declared here)."""

    store: Store
    console: str
    clock: Callable[[], datetime]
    _records: dict[int, AlarmRecord]
    _raised: dict[int, None]
    _changed: dict[int, None]
    _notes: list[dict[str, Any]]
    _guard: threading.RLock
    _shelf_due: list[tuple[datetime, int]]

    if TYPE_CHECKING:

        def _journal(self, event: JournalEvent, at: datetime, **values: Any) -> None: ...
        def _finish(self, *, all_changed: bool = False) -> _Done: ...
        def _commit(self, done: _Done) -> AlarmChanges: ...
        def _require(self, alarm_id: int) -> AlarmRecord: ...

    def shelve(
        self,
        alarm_id: int,
        *,
        operator: str,
        reason: str,
        duration: timedelta | None = None,
    ) -> AlarmChanges:
        """Shelve an alarm: one-shot (``duration`` None: until it returns to normal) or for
        ``duration``. Logged to the timeline and the journal.

        Raises:
            AlarmError: no reason given, the alarm is not active, already shelved, or it is
                Actual Extreme/Immediate (those are never shelved).
        """
        with self._guard:
            record = self._require(alarm_id)
            why = reason.strip()
            if not why:
                raise AlarmError("Give a reason to shelve an alarm.")
            if record.unshelvable:
                raise AlarmError(
                    "An Actual Extreme/Immediate alarm cannot be shelved: it stays in front of "
                    "the operator until it is acknowledged or returns to normal."
                )
            if record.shelf is not None:
                raise AlarmError("This alarm is already shelved.")
            if record.state is AlarmState.NORMAL:
                raise AlarmError("This alarm has returned to normal: there is nothing to shelve.")
            if duration is not None and duration <= timedelta(0):
                raise AlarmError("A timed shelf needs a duration above zero.")
            now = self.clock()
            until = None if duration is None else now + duration
            record.shelf = Shelf(operator=operator, reason=why, at=now, until=until)
            if until is not None:
                heapq.heappush(self._shelf_due, (until, record.id))
            self._raised.pop(record.id, None)
            span = (
                "until it returns to normal"
                if until is None
                else f"until {until:%Y-%m-%d %H:%M:%S} UTC"
            )
            self._log_shelf(record, JournalEvent.SHELVED, operator, f"Shelved {span}: {why}", now)
            done = self._finish()
        return self._commit(done)

    def unshelve(
        self, alarm_id: int, *, operator: str, reason: str = "unshelved by the operator"
    ) -> AlarmChanges:
        """Put a shelved alarm back in service (it annunciates again if still unacknowledged)."""
        with self._guard:
            record = self._require(alarm_id)
            if record.shelf is None:
                raise AlarmError("This alarm is not shelved.")
            self._unshelve(record, operator, reason, self.clock())
            done = self._finish()
        return self._commit(done)

    def _unshelve(self, record: AlarmRecord, actor: str, reason: str, at: datetime) -> None:
        record.shelf = None
        if record.state is AlarmState.ACTIVE_UNACK and not record.suppressed:
            self._raised[record.id] = None
        self._log_shelf(record, JournalEvent.UNSHELVED, actor, f"Unshelved: {reason}", at)

    def _release_due_shelves(self, now: datetime) -> None:
        while self._shelf_due and self._shelf_due[0][0] <= now:
            until, alarm_id = heapq.heappop(self._shelf_due)
            record = self._records.get(alarm_id)
            if record is not None and record.shelf is not None and record.shelf.until == until:
                self._unshelve(record, "system", "the shelf time is over", now)

    def _release_previous_shelves(self, rows: list[JournalRow], now: datetime) -> None:
        for row in rows:
            record = self._records.get(row.alarm_id) if row.alarm_id is not None else None
            alert = row.alert_id
            self._journal(
                JournalEvent.UNSHELVED,
                now,
                alarm_id=row.alarm_id,
                alert_id=alert,
                state=record.state.value if record else None,
                reason="released on restart",
                actor="system",
                exercise_id=row.exercise_id,
                incident=row.incident,
            )
            self._notes.append(
                {
                    "actor": "system",
                    "kind": "alarm-unshelved",
                    "text": f"Alarm #{row.alarm_id} unshelved: shelves are released on restart",
                    "at": now,
                    "console": self.console,
                    "alert_id": alert,
                    "exercise_id": row.exercise_id,
                    "data": {"alarm_id": row.alarm_id, "reason": "released on restart"},
                }
            )

    def _log_shelf(
        self, record: AlarmRecord, event: JournalEvent, actor: str, text: str, at: datetime
    ) -> None:
        self._changed[record.id] = None
        alarm = record.snapshot()
        self._journal(
            event,
            at,
            alarm_id=record.id,
            alert_id=alarm.alert_id,
            state=alarm.state.value,
            priority=int(alarm.priority) if alarm.priority is not None else None,
            reason=text,
            actor=actor,
            exercise_id=alarm.exercise_id,
            incident=alarm.incident,
        )
        self._notes.append(  # written after the lock is released (``AlarmBoard._commit``)
            {
                "actor": actor,
                "kind": f"alarm-{event.value}",
                "text": f"Alarm #{record.id} ({alarm.title}): {text}",
                "at": at,
                "console": self.console,
                "alert_id": alarm.alert_id,
                "exercise_id": alarm.exercise_id,
                "data": {"alarm_id": record.id, "until": _iso(record.shelf)},
            }
        )


def _iso(shelf: Shelf | None) -> str | None:
    return None if shelf is None or shelf.until is None else shelf.until.isoformat()
