"""The operator's console as core calls (DESIGN.md §1: every GUI action is a core call).

``Console`` holds who this workstation is (country, agency, operator), which mode it is in
(real, or joined to one exercise), the store and a port to the bus. The UI, the CLI and the
tests call the same methods; each returns the ``Changes`` it made and also hands them to the
registered listeners (the UI turns that into one Qt signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from incident_desk import cap
from incident_desk.acks import build_ack
from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.incidents import IncidentBoard

if TYPE_CHECKING:
    from incident_desk.command import CommandBoard
    from incident_desk.settings import Settings
from incident_desk.store import IncomingAlert, Store
from incident_desk.topics import Mode, ack_topic

log = logging.getLogger("incident_desk.console")


class BusPort(Protocol):
    """What the core needs from the bus: publish one CAP document and wait for the PUBACK.

    ``messaging.AlertPublisher`` implements it (adding the per-stream ``seq``); tests pass a
    fake. Raises ``BusError`` in plain words when the broker refuses or does not answer.
    """

    def publish_cap(
        self,
        topic: str,
        cap_xml: bytes,
        *,
        sender: str,
        identifier: str,
        sent: str,
        expires: datetime | None,
        exercise_id: str | None = None,
    ) -> object: ...


@dataclass(frozen=True)
class Identity:
    """Who this console speaks for on the bus.

    Attributes:
        country: ISO 3166-1 alpha-2 of the command centre (``KE``).
        agency: the agency id the console publishes as (``nps``): its topic subtree.
        sender: the agency's CAP ``sender`` (``nps.go.ke``).
        operator: the person at the keyboard (timeline, CAP ``source``).
        workstation: this console's name (client id, CAP ``source``).
    """

    country: str
    agency: str
    sender: str
    operator: str
    workstation: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Identity:
        """The console's identity from its settings (``XX``/``console`` when unset; the
        sender defaults to ``agency.country``)."""
        country = settings.country or "XX"
        agency = settings.agency or "console"
        return cls(
            country=country,
            agency=agency,
            sender=settings.sender or f"{agency}.{country.lower()}",
            operator=settings.operator,
            workstation=settings.workstation,
        )


class Console:
    """Core operations of one console. Thread-safe; the store does the locking."""

    def __init__(
        self,
        store: Store,
        identity: Identity,
        *,
        bus: BusPort | None = None,
        exercise_id: str | None = None,
        board: IncidentBoard | None = None,
        command: CommandBoard | None = None,
    ) -> None:
        self.store = store
        self.board = board
        self.command = command
        self.identity = identity
        self.bus = bus
        self.exercise_id = exercise_id
        self._listeners: list[Callable[[Changes], None]] = []
        self._lock = threading.Lock()

    @property
    def mode(self) -> Mode:
        return Mode.EXERCISE if self.exercise_id else Mode.ACTUAL

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def emit(self, changes: Changes) -> None:
        """Hand a change record to every listener (ingest calls this too)."""
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # one broken view must not stop the others
                log.exception("change listener failed")

    # -- acknowledgement -----------------------------------------------------------------------
    def acknowledge(self, alert_id: int, *, now: datetime | None = None) -> Changes:
        """Publish a CAP Ack for one stored alert and show it at once.

        The Ack goes on this agency's own ack topic in the alert's mode (an exercise Ack stays
        in its exercise). It is stored locally right away, so the operator sees it before the
        broker echoes it back (the echo is then a duplicate).

        Raises:
            IncidentDeskError: the alert does not exist, or the bus refused the Ack.
        """
        stored = self.store.get_alert(alert_id)
        if stored is None:
            raise IncidentDeskError(f"no alert with id {alert_id}")
        if stored.alert.msg_type is cap.MsgType.ACK:
            raise IncidentDeskError("an Ack is not itself acknowledged")
        now = now or datetime.now(UTC)
        ack = build_ack(
            stored.alert,
            sender=self.identity.sender,
            source=f"{self.identity.operator}@{self.identity.workstation}",
            now=now,
            identifier_prefix=f"{self.identity.country}-{self.identity.agency}",
        )
        raw = cap.dumps(ack)
        exercise = stored.exercise_id
        mode = Mode.EXERCISE if exercise else Mode.ACTUAL
        topic = ack_topic(mode, self.identity.country, self.identity.agency, exercise_id=exercise)
        if self.bus is not None:
            self.bus.publish_cap(
                topic,
                raw,
                sender=ack.sender,
                identifier=ack.identifier,
                sent=ack.sent.text,
                expires=None,
                exercise_id=exercise,
            )
        result = self.store.write_batch(
            [
                IncomingAlert(
                    raw=raw,
                    alert=ack,
                    topic=topic,
                    received_at=now,
                    exercise_id=exercise,
                    country=self.identity.country,
                    agency=self.identity.agency,
                )
            ],
            [],
        )
        entry = self.store.append_timeline(
            actor=self.identity.operator,
            console=self.identity.workstation,
            kind="ack",
            alert_id=alert_id,
            exercise_id=exercise,
            text=f"Acknowledged {stored.alert.identifier} from {stored.alert.sender}",
        )
        changes = Changes(
            alerts=tuple(r.alert_id for r in result.results if r.outcome == "stored"),
            timeline=(entry.id,),
        )
        self.emit(changes)
        return changes
