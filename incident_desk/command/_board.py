"""The command board: operator calls and bus events for command, assignments, participation.

Each operator call builds one ``idesk.command-event/1``, checks it by replaying the
incident with it (so local refusals and bus application follow the very same rules),
stores it, returns the ``Changes`` and the bytes to publish (and hands them to the
``publish`` port if one was given). ``apply_bus_event`` applies what other consoles (and our
own echo) published: idempotent by event id, held pending until the events it builds on
arrive. Every call runs in one store transaction that also writes the timeline.

This module is the thin public face; the parts live in ``_ops`` (operator calls), ``_apply``
(bus events), ``_queries`` (reading) and ``_storage`` (the event log and derived rows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from incident_desk.changes import Changes
from incident_desk.command._apply import BusApplication
from incident_desk.command._areas import AreaCalls
from incident_desk.command._directory import Directory
from incident_desk.command._events import CONTENT_TYPE
from incident_desk.command._model import CommandError, TierLabels
from incident_desk.command._ops import Issued, MemberSpec, OperatorCalls
from incident_desk.command._storage import Publish, write_directory
from incident_desk.identity import Identity
from incident_desk.incidents._schema import traffic_of
from incident_desk.topics import Mode, command_topic

__all__ = ["CONTENT_TYPE", "CommandBoard", "Issued", "MemberSpec", "Publish"]


class CommandBoard(OperatorCalls, BusApplication, AreaCalls):
    """Command, assignments, participation, handovers and units of one console.

    The public face of four parts: operator calls (:mod:`incident_desk.command._ops`),
    bus-event application (:mod:`incident_desk.command._apply`), queries
    (:mod:`incident_desk.command._queries`) and storage (:mod:`incident_desk.command._storage`).

    Args:
        store: the open store (its engine, transactions and timeline).
        identity: who this console is (country, agency, operator, workstation).
        mode: the traffic mode the console publishes in.
        exercise_id: the exercise the console is joined to (None: real traffic).
        publish: port that puts ``(topic, payload)`` on the bus (e.g. wrapping
            ``BusClient.publish``); None: the caller publishes ``Issued.payload`` itself.
        clock: the current aware time (tests pass a fixed one).
        tiers: display labels of the JESIP tiers.
    """

    def __init__(
        self,
        store: Any,
        identity: Identity,
        *,
        mode: Mode | str = Mode.ACTUAL,
        exercise_id: str | None = None,
        publish: Publish | None = None,
        clock: Callable[[], datetime] | None = None,
        tiers: TierLabels | None = None,
    ) -> None:
        self._store = store
        self.identity = identity
        self.mode = Mode(mode)
        if (self.mode is Mode.EXERCISE) != (exercise_id is not None):
            raise CommandError("an exercise console needs the exercise id, and only it")
        self.exercise_id = exercise_id
        self.traffic = traffic_of(exercise_id)
        self._publish = publish
        self._clock = clock or (lambda: datetime.now(UTC))
        self.tiers = tiers or TierLabels()
        self.topic = command_topic(self.mode, identity.country, identity.agency, exercise_id)

    def leave_exercise(self) -> None:
        """The console left its (ended) exercise: from now on it commands real traffic."""
        self.mode = Mode.ACTUAL
        self.exercise_id = None
        self.traffic = traffic_of(None)
        self.topic = command_topic(self.mode, self.identity.country, self.identity.agency, None)

    def now(self) -> datetime:
        """The board's current time (its clock: tests and exercises pass their own)."""
        return self._clock()

    # -- directory and units ------------------------------------------------------------------

    def load_directory(self, directory: Directory) -> Changes:
        """Put the directory's agencies and units into the store (status is kept)."""

        def work(conn: Connection) -> Changes:
            self._store.serialize(conn, "command:directory")
            return write_directory(conn, directory, self.traffic, self.exercise_id)

        result: Changes = self._store.transaction("load the directory", work)
        return result
