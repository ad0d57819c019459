"""Where each bus message goes once ingest has classified it: the one route for every console.

The pipeline (``_pipeline.py``) stores alerts and quarantines what it rejects; this route
decides the rest, for the console's ingest child and for ``incident-desk ingest`` alike, so a
headless recorder and a console with a window apply the same traffic the same way:

- newly stored alerts are correlated into incidents in the batch's own transaction
  (``IncidentBoard.correlate_within``, with the country found from the area);
- unit status and command events are applied to the command board (idempotent, any order);
  an invalid one is quarantined with its raw bytes and the reason. Unit status reports are
  checked at once but stored together: ``flush()`` (the pipeline calls it at the end of each
  batch, before the acks, and the route before any command event so order is kept) writes
  all of them in one transaction: a storm of TAK position reports costs one commit per
  batch, not one per report;
- exercise control messages go to ``on_control`` (the console's exercise link; a recorder
  keeps them only as stored traffic);
- a free-text inject of the scenario player (a simulated phone call on a command topic) is
  neither a command event nor a bad payload: it is logged and left alone.

Every call returns the ``Changes`` it made; the pipeline merges them into its batch's record.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from sqlalchemy import Connection

from incident_desk.changes import Changes
from incident_desk.command import CommandBoard, CommandError
from incident_desk.command._apply import UnitReport
from incident_desk.geo import country_code
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.ingest._classify import Classified, InboundMessage
from incident_desk.ingest._reasons import event_reason
from incident_desk.store import Store
from incident_desk.topics import Mode

log = logging.getLogger("incident_desk.ingest")

__all__ = ["IngestRoute", "is_exercise_message"]


def is_exercise_message(payload: bytes) -> bool:
    """A free-text inject of the scenario player (JSON with the exercise-message schema)."""
    from incident_desk.scenario import EXERCISE_MESSAGE_SCHEMA

    try:
        data = json.loads(payload)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("schema") == EXERCISE_MESSAGE_SCHEMA


class IngestRoute:
    """The boards a console's bus side feeds, and what goes to each.

    Args:
        store: the store the pipeline writes (the route's boards write it on the same
            writer thread).
        identity: the console this bus side belongs to (command events name it).
        exercise_id: the exercise the console joined (None: real traffic only).
        on_control: called with (topic, payload) of each exercise control message.
        country_lookup: the country at a point (tests may give a stub).

    Attributes:
        board: the incident board new alerts are correlated into.
        command: the command board unit and command events are applied to.
    """

    def __init__(
        self,
        store: Store,
        identity: Identity,
        *,
        exercise_id: str | None = None,
        on_control: Callable[[str, bytes], None] | None = None,
        country_lookup: Callable[[float, float], str | None] = country_code,
    ) -> None:
        self._store = store
        self._on_control = on_control
        self.board = IncidentBoard(store, country_lookup=country_lookup)
        self.command = CommandBoard(
            store,
            identity,
            mode=Mode.EXERCISE if exercise_id else Mode.ACTUAL,
            exercise_id=exercise_id,
            publish=None,  # the bus side applies what others sent; it never answers itself
        )
        self._units: list[UnitReport] = []  # checked, stored by the next flush()

    def stored(self, conn: Connection, alert_ids: tuple[int, ...]) -> Changes:
        """Alerts were stored on ``conn`` (not committed yet): group them into incidents in
        the same transaction."""
        return self.board.correlate_within(conn, alert_ids)

    def event(self, verdict: Classified, msg: InboundMessage) -> Changes:
        """A message that is not a CAP alert: unit, command or exercise control."""
        topic = verdict.topic
        if topic is None:
            return Changes()
        if topic.kind == "control":
            if self._on_control is not None:
                self._on_control(msg.topic, bytes(msg.payload))
            return Changes()
        if topic.kind == "command" and is_exercise_message(msg.payload):
            log.info("exercise message on %s", msg.topic)
            return Changes()
        if topic.kind not in {"unit", "command"}:
            return Changes()
        try:
            if topic.kind == "unit":
                self._units.append(self.command.check_unit_status(topic, msg.payload))
                return Changes()
            return self.flush().merge(self.command.apply_bus_event(topic, msg.payload))
        except CommandError as exc:
            qid = self._store.quarantine(
                msg.payload, event_reason(topic.kind, str(exc)), topic=msg.topic
            )
            return Changes(quarantined=(qid,))

    def flush(self) -> Changes:
        """Store the unit status reports checked since the last flush, in one transaction."""
        reports, self._units = self._units, []
        return self.command.apply_unit_statuses(reports)
