"""The reading half of ``AlarmBoard``: snapshots for the panel, the banner, the queue, F8.

Every reader takes the board's lock for the memory it reads (any thread may ask); the lock is
never held across the store (see ``_board.py``), so a reader waits for memory work only."""

from __future__ import annotations

import threading

from incident_desk.alarms import _view
from incident_desk.alarms._flood import FloodDetector
from incident_desk.alarms._model import Alarm, AlarmView
from incident_desk.alarms._record import AlarmRecord


class ReadingMixin:
    """Read-only questions to the board (which provides the attributes declared here)."""

    _records: dict[int, AlarmRecord]
    _owner: dict[int, int]
    _snapshots: dict[int, Alarm]
    _order: list[tuple[_view.OrderKey, int]]
    _guard: threading.RLock
    flood: FloodDetector

    @property
    def in_flood(self) -> bool:
        """True while this console is in alarm flood."""
        return self.flood.active

    def get(self, alarm_id: int) -> Alarm | None:
        with self._guard:
            return self._snapshot(alarm_id) if alarm_id in self._records else None

    def _snapshot(self, alarm_id: int) -> Alarm:
        """The cached snapshot of a known alarm (lock held)."""
        found = self._snapshots.get(alarm_id)
        if found is None:
            found = self._snapshots[alarm_id] = self._records[alarm_id].snapshot()
        return found

    def alarm_for(self, alert_id: int) -> Alarm | None:
        """The alarm a stored alert (any version of its chain) belongs to, if any."""
        with self._guard:
            owner = self._owner.get(alert_id)
            return None if owner is None else self.get(owner)

    def is_active(self, alert_id: int) -> bool:
        """True while the alarm of this alert is active (acknowledged or not) and in service."""
        alarm = self.alarm_for(alert_id)
        return alarm is not None and alarm.state.active

    def awaits_acknowledgement(self, alert_id: int) -> bool:
        """For the queue: True only for the newest version of an unacknowledged alarm (never
        for a superseded version, an Ack, or a Cancel of an acknowledged alarm). Which message
        types may ask at all is ``rules.needs_acknowledgement``; this adds the chain."""
        alarm = self.alarm_for(alert_id)
        return alarm is not None and alarm.alert_id == alert_id and alarm.state.unacknowledged

    def alarms(self) -> list[Alarm]:
        """Every alarm not normal, plus those that returned to normal recently; in order
        (``_view.order_key``: kept sorted as alarms change, never sorted per question)."""
        with self._guard:
            return [self._snapshot(i) for _, i in self._order]

    def annunciating(self) -> list[Alarm]:
        """Active, unacknowledged, in service: what the banner shows and the sound is for;
        most urgent first."""
        with self._guard:
            end = _view.annunciating_end(self._order)
            return [self._snapshot(i) for _, i in self._order[:end]]

    def most_urgent(self) -> Alarm | None:
        """The first annunciating alarm (what the sound is for), or None."""
        with self._guard:
            if not self._order or _view.annunciating_end(self._order) == 0:
                return None
            return self._snapshot(self._order[0][1])

    def next_unacknowledged(self, after: int | None = None) -> Alarm | None:
        """F8: highest priority unacknowledged first (see ``_view.next_unacknowledged``)."""
        return _view.next_unacknowledged(self.alarms(), after)

    def view(self, limit: int | None = None) -> AlarmView:
        """The panel's list (``_view.build_view``); with ``limit``, its first groups only."""
        with self._guard:
            alarms, flood = self.alarms(), self.in_flood
        return _view.build_view(alarms, flood=flood, limit=limit)
