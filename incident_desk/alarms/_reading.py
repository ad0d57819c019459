"""The reading half of ``AlarmBoard``: snapshots for the panel, the banner, the queue, F8."""

from __future__ import annotations

from incident_desk.alarms import _view
from incident_desk.alarms._flood import FloodDetector
from incident_desk.alarms._model import Alarm, AlarmView
from incident_desk.alarms._record import AlarmRecord


class ReadingMixin:
    """Read-only questions to the board (which provides the attributes declared here)."""

    _records: dict[int, AlarmRecord]
    _owner: dict[int, int]
    _snapshots: dict[int, Alarm]
    flood: FloodDetector

    @property
    def in_flood(self) -> bool:
        """True while this console is in alarm flood."""
        return self.flood.active

    def get(self, alarm_id: int) -> Alarm | None:
        found = self._snapshots.get(alarm_id)
        if found is None:
            record = self._records.get(alarm_id)
            if record is None:
                return None
            found = self._snapshots[alarm_id] = record.snapshot()
        return found

    def alarm_for(self, alert_id: int) -> Alarm | None:
        """The alarm a stored alert (any version of its chain) belongs to, if any."""
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
        """Every alarm not normal, plus those that returned to normal recently; in order."""
        return _view.ordered(a for a in map(self.get, list(self._records)) if a is not None)

    def annunciating(self) -> list[Alarm]:
        """Active, unacknowledged, in service: what the banner shows and the sound is for."""
        return [a for a in self.alarms() if a.annunciating]

    def next_unacknowledged(self, after: int | None = None) -> Alarm | None:
        """F8: highest priority unacknowledged first (see ``_view.next_unacknowledged``)."""
        return _view.next_unacknowledged(self.alarms(), after)

    def view(self) -> AlarmView:
        return _view.build_view(self.alarms(), flood=self.in_flood)
