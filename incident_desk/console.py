"""The operator's console as core calls (docs/architecture.md §1: every GUI action is a core call).

``Console`` holds who this workstation is (country, agency, operator), which mode it is in
(real, or joined to one exercise), the store and a port to the bus. The UI, the CLI and the
tests call the same methods; each returns the ``Changes`` it made and also hands them to the
registered listeners (the UI turns that into one Qt signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol

from incident_desk import cap
from incident_desk.acks import build_ack
from incident_desk.changes import Changes
from incident_desk.errors import ConfigError, IncidentDeskError, InputError, RefusedError
from incident_desk.identity import Identity as Identity  # re-exported: the old home
from incident_desk.incident_update import UpdateEdits, UpdatePlan, build_update, plan_update
from incident_desk.incidents import IncidentBoard
from incident_desk.messages import QT_TRANSLATE_NOOP, Message
from incident_desk.rules import can_acknowledge

if TYPE_CHECKING:
    from incident_desk.command import CommandBoard
from incident_desk.store import BatchResult, IncomingAlert, Outgoing, Store
from incident_desk.topics import Mode, ack_topic, alert_topic, parse_topic

log = logging.getLogger("incident_desk.console")


class BusPort(Protocol):
    """What the core needs from the bus: send what the store's outbox holds for this console.

    The core queues a CAP document with ``Store.write_batch(outgoing=...)`` in the transaction
    that stores it locally, then calls ``send_outbox``; the bus side publishes it (QoS 1,
    PUBACK) when the broker is reachable, also after a restart of either
    (``messaging.BusService``, ``messaging.IngestProcess``). Never blocks.
    """

    def send_outbox(self) -> None: ...


class OutboxStatus(NamedTuple):
    """What waits in this console's outbox: how many, and the oldest one's last error."""

    waiting: int
    last_error: str | None


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
        signing: tuple[bytes, bytes] | None = None,
    ) -> None:
        self.store = store
        self.signing = signing  # (key PEM, certificate PEM) for the CAP this console authors
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
        """Hand every change record to ``listener`` too (once, however often it is added)."""
        with self._lock:
            if listener not in self._listeners:
                self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

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
    def _store_and_send(
        self, message: cap.Alert, raw: bytes, topic: str, exercise: str | None, now: datetime
    ) -> BatchResult:
        """Store a message of this console's own (an Ack, an Update) and queue it in the
        outbox in the same transaction, then nudge the bus: it goes out now, or when the
        broker is back (also across a restart)."""
        result = self.store.write_batch(
            [
                IncomingAlert(
                    raw=raw,
                    alert=message,
                    topic=topic,
                    received_at=now,
                    exercise_id=exercise,
                    country=self.identity.country,
                    agency=self.identity.agency,
                )
            ],
            outgoing=[
                Outgoing(
                    console=self.identity.workstation,
                    topic=topic,
                    payload=raw,
                    content_type=cap.CONTENT_TYPE,
                    sender=message.sender,
                    identifier=message.identifier,
                    sent_text=message.sent.text,
                    expires_utc=message.expires_utc(),
                    exercise_id=exercise,
                )
            ],
        )
        if self.bus is not None:
            self.bus.send_outbox()
        return result

    def acknowledge(self, alert_id: int, *, now: datetime | None = None) -> Changes:
        """Acknowledge one stored alert: a CAP Ack, shown at once and sent to the bus.

        The Ack goes on this agency's own ack topic in the alert's mode (an exercise Ack stays
        in its exercise). It is stored locally and queued in the outbox in one transaction,
        so the operator sees it at once, also while the broker is down; the bus side sends it
        when the broker takes it (``outbox_status`` tells what still waits). The broker's
        echo is then a duplicate.

        Raises:
            IncidentDeskError: the alert does not exist or is an Ack or an Error
                (``rules.can_acknowledge``).
        """
        stored = self.store.get_alert(alert_id)
        if stored is None:
            raise IncidentDeskError(f"no alert with id {alert_id}")
        if not can_acknowledge(stored):
            raise IncidentDeskError(f"a CAP {stored.msg_type} is not itself acknowledged")
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
        result = self._store_and_send(ack, raw, topic, exercise, now)
        # on the alert's incident's timeline too ("Current incident only" showed no ack)
        incident = self.board.incident_for_alert(alert_id) if self.board is not None else None
        entry = self.store.append_timeline(
            actor=self.identity.operator,
            console=self.identity.workstation,
            kind="ack",
            at=now,
            incident_id=incident.key if incident is not None else None,
            alert_id=alert_id,
            exercise_id=exercise,
            text=Message(
                QT_TRANSLATE_NOOP("core", "Acknowledged {identifier} from {sender}"),
                {"identifier": stored.alert.identifier, "sender": stored.alert.sender},
            ),
        )
        changes = Changes(
            alerts=tuple(r.alert_id for r in result.results if r.outcome == "stored"),
            timeline=(entry.id,),
            outbox=True,
        )
        self.emit(changes)
        return changes

    # -- an Update for an incident (issue #21) ----------------------------------------------
    def update_plan(self, incident_id: int) -> UpdatePlan:
        """What an Update for the incident would carry (``incident_update.plan_update``).

        Raises:
            RefusedError: no such incident, closed, merged, of another traffic than this
                console's mode, or no alert of it in force.
        """
        if self.board is None:
            raise RefusedError("this console has no incident board")
        incident = self.board.get(incident_id)
        alerts = []
        superseded: set[int] = set()
        for alert_id in incident.alert_ids if incident is not None else ():
            stored = self.store.get_alert(alert_id)
            if stored is None:
                continue
            alerts.append(stored)
            if self.store.superseded(alert_id):
                superseded.add(alert_id)
        cordons = (
            self.command.drawn_areas(incident.key)
            if incident is not None and self.command is not None
            else []
        )
        return plan_update(
            incident,
            alerts,
            superseded,
            cordons,
            identity=self.identity,
            exercise_id=self.exercise_id,
        )

    def publish_update(
        self, incident_id: int, edits: UpdateEdits | None = None, *, now: datetime | None = None
    ) -> Changes:
        """Publish a CAP Update for the incident: its alerts in force, its cordons.

        Built by ``incident_update.build_update``, signed when the console has a signing key,
        stored locally, grouped into the incident and queued in the outbox in the way of an
        Ack (shown at once, sent when the broker takes it; the broker's echo is a duplicate).
        It goes on this agency's ``alert`` topic in the incident's traffic: an exercise
        Update only under its exercise (``exercise.assert_exercise_topic``).

        Raises:
            RefusedError: see ``update_plan``.
            InputError: an edit is not a CAP value, or the Update would not be valid CAP.
            ConfigError: the signing key or certificate cannot be used.
        """
        from incident_desk.exercise import assert_exercise_topic

        plan = self.update_plan(incident_id)
        now = now or datetime.now(UTC).astimezone()
        update = build_update(plan, edits or UpdateEdits(), identity=self.identity, now=now)
        raw = cap.dumps(update)
        try:
            update = cap.parse(raw)  # every rule a receiver checks, before anything is sent
        except cap.CapError as exc:
            raise InputError(f"the Update would not be valid CAP: {exc}") from None
        exercise = plan.exercise_id
        mode = Mode.EXERCISE if exercise else Mode.ACTUAL
        topic = alert_topic(mode, self.identity.country, self.identity.agency, exercise)
        if exercise is not None:
            assert_exercise_topic(topic, exercise, cap=update)
        elif parse_topic(topic).mode is not Mode.ACTUAL or update.status is not cap.Status.ACTUAL:
            raise RefusedError(f"a real Update may go only on a real topic, not {topic}")
        if self.signing is not None:
            raw = self._signed(raw)
        result = self._store_and_send(update, raw, topic, exercise, now)
        stored = tuple(r.alert_id for r in result.results if r.outcome == "stored")
        grouped = self.board.correlate(stored) if self.board is not None else Changes()
        incident = plan.incident
        entry = self.store.append_timeline(
            actor=self.identity.operator,
            console=self.identity.workstation,
            kind="incident.update",
            at=now,
            incident_id=incident.key,
            alert_id=stored[0] if stored else None,
            exercise_id=exercise,
            text=Message(
                QT_TRANSLATE_NOOP(
                    "core", "Update published for incident {key}: {identifier}, {areas} areas"
                ),
                {
                    "key": incident.key,
                    "identifier": update.identifier,
                    "areas": len(update.infos[0].areas),
                },
            ),
            data={"incident": incident.id, "cordons": [a.id for a in plan.cordons]},
        )
        changes = Changes(
            alerts=stored,
            incidents=tuple(dict.fromkeys((*grouped.incidents, incident.id))),
            timeline=(*grouped.timeline, entry.id),
            outbox=True,
        )
        self.emit(changes)
        return changes

    def _signed(self, raw: bytes) -> bytes:
        from incident_desk.trust import SigningError, sign_alert

        assert self.signing is not None
        key_pem, cert_pem = self.signing
        try:
            return sign_alert(raw, key_pem, cert_pem)
        except SigningError as exc:
            raise ConfigError(f"the console's CAP signing key cannot sign: {exc}") from None

    def send_event(self, topic: str, payload: bytes, content_type: str) -> None:
        """Queue a message this console wrote (a command event) for the bus: it goes out
        when the broker takes it, also after a broker or console restart (the outbox)."""
        self.store.queue_outgoing(
            [
                Outgoing(
                    console=self.identity.workstation,
                    topic=topic,
                    payload=payload,
                    content_type=content_type,
                )
            ]
        )
        if self.bus is not None:
            self.bus.send_outbox()
        self.emit(Changes(outbox=True))

    def outbox_status(self) -> OutboxStatus:
        """What this console wrote that still waits for the broker (Acks, command events),
        and why the oldest one did not go yet."""
        console = self.identity.workstation
        waiting = self.store.count_outgoing(console)
        oldest = self.store.pending_outgoing(console, limit=1) if waiting else []
        return OutboxStatus(waiting, oldest[0].last_error if oldest else None)
