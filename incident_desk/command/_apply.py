"""Bus-event application of the command board: what other consoles (and our own echo) sent.

``apply_bus_event`` takes a unit status or a command event from the bus, checks it against
the topic that carried it (an agency publishes only under its own subtree, in its own
exercise), stores it idempotently by event id and replays the incident, so consoles converge
whatever order the events arrive in; an event whose dependencies are missing stays pending.
``expire_due`` closes handover proposals nobody answered in time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection

from incident_desk.changes import Changes
from incident_desk.command._events import UnitStatusMessage, parse_event, parse_unit_status
from incident_desk.command._model import CommandError, UnitStatus
from incident_desk.command._ops import enum_value
from incident_desk.command._storage import (
    BoardStorage,
    Out,
    expire_proposals,
    write_unit_statuses,
)
from incident_desk.incidents._schema import traffic_of
from incident_desk.topics import Topic, TopicError, parse_topic

__all__ = ["BusApplication", "UnitReport"]

UnitReport = tuple[Topic, UnitStatusMessage, UnitStatus]
"""A unit status message checked against the topic that carried it."""


class BusApplication(BoardStorage):
    """The command board's side that applies events from the bus (see the module)."""

    def apply_bus_event(self, topic: Topic | str, payload: bytes) -> Changes:
        """Apply a unit status or command event from the bus (idempotent, any order).

        Raises:
            CommandError: the payload is not a valid event or disagrees with its topic
                (the ingest caller quarantines it).
        """
        if isinstance(topic, str):
            try:
                topic = parse_topic(topic)
            except TopicError as exc:
                raise CommandError(f"not a command or unit topic: {exc}") from None
        exercise = topic.exercise_id
        if topic.kind == "unit":
            return self._apply_unit_status(topic, payload)
        if topic.kind != "command":
            raise CommandError(f"a {topic.kind} topic carries no command event")
        ev = parse_event(payload)
        if (ev.country, ev.agency) != (topic.country, topic.agency):
            raise CommandError(
                f"event of {ev.country}/{ev.agency} on the topic of "
                f"{topic.country}/{topic.agency}: an agency publishes only under its own subtree"
            )
        if ev.exercise != exercise:
            raise CommandError(
                f"event exercise {ev.exercise!r} differs from the topic's {exercise!r}"
            )

        def work(conn: Connection) -> Changes:
            # consoles sharing one database rebuild an incident one at a time
            self._store.serialize(conn, f"command:{traffic_of(ev.exercise)}:{ev.incident_key}")
            out = Out()
            now = self._clock()
            if self._insert_event(conn, ev, payload.decode(), now):
                self._rebuild(conn, traffic_of(ev.exercise), ev.incident_key, now, out)
            return out.changes()

        result: Changes = self._store.transaction("apply a command event", work)
        return result

    def check_unit_status(self, topic: Topic, payload: bytes) -> UnitReport:
        """A unit status message checked against its topic, ready for ``apply_unit_statuses``.

        Raises:
            CommandError: not a valid message, or it disagrees with its topic.
        """
        msg = parse_unit_status(payload)
        if msg.agency != topic.agency or msg.unit != topic.unit_id:
            raise CommandError(
                f"unit status of {msg.agency}/{msg.unit} on the topic of "
                f"{topic.agency}/{topic.unit_id}"
            )
        if msg.exercise != topic.exercise_id:
            raise CommandError(f"exercise {msg.exercise!r} differs from the topic's")
        return topic, msg, enum_value(UnitStatus, msg.status, "unit status")

    def apply_unit_statuses(self, reports: Sequence[UnitReport]) -> Changes:
        """Store checked unit reports, in order, in ONE transaction (an ingest batch: a
        storm of position reports costs one commit, not one each)."""
        if not reports:
            return Changes()
        units = sorted({(m.agency, m.unit) for _t, m, _s in reports})

        def work(conn: Connection) -> Changes:
            for agency, unit in units:  # always in the same order: no lock-order deadlock
                self._store.serialize(conn, f"unit:{agency}:{unit}")
            return write_unit_statuses(conn, list(reports), self._clock())

        result: Changes = self._store.transaction("apply unit status reports", work)
        return result

    def _apply_unit_status(self, topic: Topic, payload: bytes) -> Changes:
        return self.apply_unit_statuses([self.check_unit_status(topic, payload)])

    def expire_due(self, now: datetime | None = None) -> Changes:
        """Write the timeline entry of each proposal that expired unanswered (once each);
        command stays where it was. Call it on a timer."""
        now = now or self._clock()

        def work(conn: Connection) -> Changes:
            self._store.serialize(conn, "command:expiry")
            return expire_proposals(conn, now).changes()

        result: Changes = self._store.transaction("expire handover proposals", work)
        return result
