"""The evidence log on the bus: publish checkpoints, answer proofs, witness partners.

``EvidenceBus`` (``start()`` / ``stop()``) runs beside a console's ``BusService`` with its own
client id (``{client_id}-evidence``). Topics (``incident_desk/topics.py``, docs/evidence.md):

- ``…/{CC}/{agency}/checkpoint`` (retained): our latest signed checkpoint;
- ``…/{CC}/{agency}/checkpoint/request``: witnesses ask us for consistency proofs here,
  MQTT 5 request/response: the request carries a Response Topic and Correlation Data, we
  publish the proof to that topic with the same Correlation Data;
- ``…/{CC}/{agency}/checkpoint/response``: answers to our own requests as a witness;
- ``…/{CC}/{agency}/checkpoint/cosignature``: the checkpoints we cosigned as a witness;
- ``…/{CC}/{agency}/checkpoint/alarm``: the checkpoints we refused (fork, rewrite, rollback).

The paho thread only hands messages over (responses wake the waiting request at once); one
worker thread does the rest: signing when due (``CheckpointPolicy``), answering, reviewing,
keeping cosignatures and alarms, and only then acknowledging each message to the broker.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any

from incident_desk.changes import Changes
from incident_desk.errors import BusError, ConfigError, IncidentDeskError
from incident_desk.evidence._note import Note, Signer, Verifier
from incident_desk.evidence.ledger import StoredCheckpoint
from incident_desk.evidence.timestamp import request_timestamp
from incident_desk.evidence.witness import (
    CheckpointPolicy,
    LogOwner,
    Witness,
    alarm_text,
    take_alarm,
)
from incident_desk.messaging.bus_types import Subscription
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.envelope import Envelope
from incident_desk.settings import BrokerSettings, Settings
from incident_desk.store import Store
from incident_desk.tlog.merkle import ProofError
from incident_desk.topics import Mode, TopicError, checkpoint_topic, parse_topic

log = logging.getLogger("incident_desk.messaging.evidence")
NOTE_TYPE = "text/plain; charset=utf-8"


class EvidenceBus:
    """Checkpoints, proofs and witnessing for one console (see the module docstring).

    Args:
        partners: the partner logs we witness: (country, agency, their log key).
        witnesses: the cosigner keys whose cosignatures of our checkpoints we keep.
        on_changes: called on the worker thread with what was stored (refusals, alarms).
    """

    def __init__(
        self,
        broker: BrokerSettings,
        store: Store,
        signer: Signer,
        *,
        country: str,
        agency: str,
        partners: Sequence[tuple[str, str, Verifier]] = (),
        witnesses: Sequence[Verifier] = (),
        policy: CheckpointPolicy | None = None,
        mode: Mode = Mode.ACTUAL,
        exercise_id: str | None = None,
        on_changes: Callable[[Changes], None] = lambda _c: None,
        tick: float = 1.0,
        proof_timeout: float = 10.0,
        tsa_url: str | None = None,
    ) -> None:
        self.owner = LogOwner(store, signer, list(witnesses))
        self.witness = Witness(store, signer, {key.name: key for _c, _a, key in partners})
        self.store = store
        self.signer = signer
        self.policy = policy or CheckpointPolicy(1000, 300.0)
        self.on_changes = on_changes
        self.tick, self.proof_timeout = tick, proof_timeout
        self.tsa_url = tsa_url
        self._mode, self._exercise = mode, exercise_id
        self._own = (country, agency)
        self._partner_topics = {self._topic(c, a): key.name for c, a, key in partners}
        # each partner log's name ("KE/nps") and the topic its owner answers proofs on: every
        # message is written in its writer's own subtree, so the shipped per-agency ACL
        # (resources/mosquitto/acl-agency.acl) lets no one else write a proof or a request
        self._partner_logs = {self._topic(c, a): f"{c}/{a}" for c, a, _k in partners}
        self._responses = {self._topic(c, a, "response") for c, a, _k in partners}
        client_id = f"{broker.client_id[:55]}-evidence"
        self.client = BusClient(
            broker.model_copy(update={"client_id": client_id}), on_message=self._on_message
        )
        self._inbox: queue.Queue[Envelope | None] = queue.Queue(maxsize=1000)
        self._waiting: dict[bytes, tuple[threading.Event, list[Envelope]]] = {}
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    @classmethod
    def from_settings(cls, settings: Settings, store: Store, **kw: Any) -> EvidenceBus:
        """Everything from ``Settings`` (country, agency, ``[evidence]``, broker)."""
        from incident_desk.evidence.config import partners, signer_from, witness_verifiers

        if not settings.country or not settings.agency:
            raise ConfigError("the evidence log needs the settings' country and agency")
        policy = CheckpointPolicy(
            settings.evidence.checkpoint_entries, settings.evidence.checkpoint_seconds
        )
        return cls(
            settings.broker,
            store,
            signer_from(settings),
            country=settings.country,
            agency=settings.agency,
            partners=partners(settings),
            witnesses=witness_verifiers(settings),
            policy=policy,
            tsa_url=settings.evidence.tsa_url,
            **kw,
        )

    def _topic(self, country: str, agency: str, part: str | None = None) -> str:
        return checkpoint_topic(self._mode, country, agency, part, self._exercise)

    def _wildcard(self, part: str) -> str:
        return self._topic("KE", "x", part).replace("/KE/x/", "/+/+/")

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        subs = [
            Subscription(self._wildcard("request")),  # witnesses ask in their own subtree
            *(Subscription(t) for t in sorted(self._responses)),  # partners answer in theirs
            Subscription(self._wildcard("cosignature")),
            Subscription(self._wildcard("alarm")),
            *(Subscription(t, no_retained=False) for t in self._partner_topics),
        ]
        self.client.subscribe(subs)
        self.client.start()
        self._worker = threading.Thread(target=self._run, name="evidence-bus", daemon=True)
        self._worker.start()

    def stop(self) -> None:
        if self._worker is not None:
            self._inbox.put(None)
            self._worker.join(timeout=30)
            self._worker = None
        self.client.stop()

    def wait_ready(self, timeout: float) -> bool:
        """Connected with every subscription confirmed (tests, start-up)."""
        return self.client.wait_subscribed(timeout)

    def checkpoint_now(self) -> StoredCheckpoint:
        """Sign a checkpoint of the log now and publish it (retained); from any thread."""
        checkpoint = self.owner.ledger.sign_checkpoint(self.signer)
        self._publish_checkpoint(checkpoint)
        return checkpoint

    # -- threads --------------------------------------------------------------------------

    def _on_message(self, envelope: Envelope) -> None:
        """paho's thread: responses wake their request; the rest goes to the worker."""
        if envelope.topic in self._responses:
            with self._lock:
                waiting = self._waiting.get(envelope.correlation_data or b"")
            if waiting is not None:
                waiting[1].append(envelope)
                waiting[0].set()
            self.client.ack(envelope)
            return
        try:
            self._inbox.put_nowait(envelope)
        except queue.Full:
            log.warning("evidence inbox full: %s is left for redelivery", envelope.topic)

    def _run(self) -> None:
        while True:
            try:
                envelope = self._inbox.get(timeout=self.tick)
            except queue.Empty:
                envelope = None
                self._maybe_checkpoint()
                continue
            if envelope is None:
                return
            try:
                self._handle(envelope)
            except IncidentDeskError as exc:
                log.warning("evidence: %s on %s", exc, envelope.topic)
            except Exception:
                log.exception("evidence: handling %s failed", envelope.topic)
            self.client.ack(envelope)
            self._maybe_checkpoint()

    def _maybe_checkpoint(self) -> None:
        try:
            checkpoint = self.owner.checkpoint_if_due(self.policy)
            if checkpoint is not None:
                self._publish_checkpoint(checkpoint)
        except IncidentDeskError as exc:
            log.warning("evidence: no checkpoint now: %s", exc)

    def _publish_checkpoint(self, checkpoint: StoredCheckpoint) -> None:
        if self.tsa_url:
            try:
                token = request_timestamp(self.tsa_url, Note.parse(checkpoint.note).text)
                self.owner.ledger.add_timestamp(checkpoint.id, token)
            except IncidentDeskError as exc:
                log.warning("evidence: checkpoint %d not timestamped: %s", checkpoint.size, exc)
        self.client.publish(
            self._topic(*self._own),
            checkpoint.note,
            retain=True,
            content_type=NOTE_TYPE,
            payload_is_utf8=True,
            wait=self.client.is_connected,
        )

    # -- the worker's decisions -----------------------------------------------------------

    def _handle(self, envelope: Envelope) -> None:
        try:
            part = parse_topic(envelope.topic).part
        except TopicError:
            return
        if envelope.topic in self._partner_topics and part is None:
            self._review(envelope)
        elif part == "request":
            self._answer(envelope)
        elif part == "cosignature":
            kept = self.owner.take_cosignature(envelope.payload)
            if kept:
                log.info("evidence: checkpoint cosigned by %s", ", ".join(kept))
        elif part == "alarm":
            changes = take_alarm(self.store, envelope.payload, self.signer.name, envelope.topic)
            if changes:
                self.on_changes(changes)

    def _answer(self, envelope: Envelope) -> None:
        """A witness's request for a proof of our log: answered on our own response topic
        (the correlation data tells the witnesses apart); requests for other logs are not
        ours to answer."""
        own = self._own
        try:
            asked = json.loads(envelope.payload)
        except ValueError:
            return
        named = asked.get("log") if isinstance(asked, dict) else None
        if named is None and envelope.topic == self._topic(*own, "request"):
            # a witness of the earlier scheme asks on our request topic and names its own
            # response topic; answered there (its ACL must allow it)
            target = envelope.response_topic
        elif named == f"{own[0]}/{own[1]}":
            target = self._topic(*own, "response")
        else:
            return
        if not target:
            return
        self.client.publish(
            target,
            self.owner.answer(envelope.payload),
            correlation_data=envelope.correlation_data,
            content_type="application/json",
        )

    def _review(self, envelope: Envelope) -> None:
        try:
            review = self.witness.review(
                envelope.payload,
                lambda old, new: self._request(envelope.topic, old, new),
                topic=envelope.topic,
            )
        except BusError as exc:
            log.warning("evidence: checkpoint on %s not reviewed yet: %s", envelope.topic, exc)
            return
        if review.verdict == "cosigned":
            self.client.publish(
                self._topic(*self._own, "cosignature"), review.note, content_type=NOTE_TYPE
            )
        elif review.verdict == "refused":
            log.error("evidence: refused checkpoint of %s: %s", review.origin, review.reason)
            self.client.publish(
                self._topic(*self._own, "alarm"),
                alarm_text(review.origin, review.size, review.reason, self.signer.name),
                content_type="application/json",
            )
            self.on_changes(review.changes)

    def _request(self, log_topic: str, old: int, new: int) -> list[bytes]:
        """Ask the log owner at ``log_topic`` for a consistency proof and wait for it."""
        correlation = os.urandom(16)
        event = threading.Event()
        answers: list[Envelope] = []
        with self._lock:
            self._waiting[correlation] = (event, answers)
        try:
            self.client.publish(
                self._topic(*self._own, "request"),
                json.dumps({"log": self._partner_logs[log_topic], "old": old, "new": new}).encode(),
                response_topic=log_topic + "/response",
                correlation_data=correlation,
                content_type="application/json",
                message_expiry=int(self.proof_timeout) + 1,
            )
            if not event.wait(self.proof_timeout):
                raise BusError(
                    f"no consistency proof from {log_topic} within {self.proof_timeout:g} s"
                )
        finally:
            with self._lock:
                self._waiting.pop(correlation, None)
        body = json.loads(answers[0].payload)
        if "error" in body:
            raise ProofError(f"the log could not prove it: {body['error']}")
        return [bytes.fromhex(h) for h in body["proof"]]
