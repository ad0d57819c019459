"""Cross-border witnessing, without the bus: what a log owner and a witness decide.

A *log owner* signs checkpoints when enough entries or time have passed (``CheckpointPolicy``),
answers consistency-proof requests from its own database (``answer``) and keeps the
cosignatures its witnesses return (``take_cosignature``).

A *witness* reviews each checkpoint a partner publishes (``Witness.review``): the partner's
signature must hold, and the new tree must extend the last one it cosigned (a consistency
proof, fetched through ``prove``). Then it cosigns (c2sp.org/tlog-cosignature). Otherwise it
refuses: the checkpoint is kept as evidence (state "refused") and a quarantine entry with the
reason makes the console's quarantine banner show it. The first checkpoint of a partner is
trusted on first use: there is nothing earlier to compare it with.

``incident_desk.messaging.evidence_witness`` carries these decisions over MQTT 5.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.evidence._note import (
    COSIGNATURE_V1,
    Checkpoint,
    Note,
    NoteError,
    Signer,
    Verifier,
)
from incident_desk.evidence.ledger import Ledger, StoredCheckpoint
from incident_desk.store import Store
from incident_desk.tlog.merkle import ProofError, verify_consistency

QUARANTINE_SOURCE = "evidence"
Prove = Callable[[int, int], list[bytes]]


@dataclass(frozen=True)
class Review:
    """A witness's decision on one checkpoint.

    Attributes:
        verdict: "cosigned", "refused" or "seen" (already handled, nothing to publish).
        note: for "cosigned", the checkpoint with our cosignature line added.
        reason: for "refused", why (plain words).
        changes: what was stored (the refusal's quarantine entry).
    """

    verdict: str
    origin: str
    size: int
    note: bytes = b""
    reason: str = ""
    changes: Changes = field(default_factory=Changes)


class CheckpointPolicy:
    """Sign every ``entries`` new entries, or after ``seconds`` when anything new arrived."""

    def __init__(
        self, entries: int, seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.entries, self.seconds, self._clock = entries, seconds, clock
        self._last = clock()

    def due(self, size: int, last_size: int) -> bool:
        grown = size - last_size
        if grown >= self.entries or (grown > 0 and self._clock() - self._last >= self.seconds):
            self._last = self._clock()
            return True
        return False


class LogOwner:
    """This console's side: sign, answer proof requests, keep cosignatures."""

    def __init__(self, store: Store, signer: Signer, witnesses: list[Verifier]) -> None:
        self.ledger = Ledger(store)
        self.signer = signer
        self.witnesses = [Verifier(w.name, COSIGNATURE_V1, w.public) for w in witnesses]

    def checkpoint_if_due(self, policy: CheckpointPolicy) -> StoredCheckpoint | None:
        last = self.ledger.latest()
        if policy.due(self.ledger.size(), last.size if last else 0):
            return self.ledger.sign_checkpoint(self.signer)
        return None

    def answer(self, request: bytes) -> bytes:
        """The consistency proof a witness asked for: ``{"old", "new"}`` in, proof out."""
        try:
            asked = json.loads(request)
            old, new = int(asked["old"]), int(asked["new"])
            with self.ledger.store.reading("prove consistency") as conn:
                size = self.ledger.frontier(conn).size
                if not 0 <= old <= new <= size:
                    raise ValueError(f"sizes {old} to {new} are outside the log of {size}")
                proof = self.ledger.consistency(conn, old, new)
            body: dict[str, Any] = {"old": old, "new": new, "proof": [h.hex() for h in proof]}
        except (ValueError, KeyError, TypeError, IncidentDeskError) as exc:
            body = {"error": str(exc)}
        return json.dumps(body, sort_keys=True).encode()

    def take_cosignature(self, cosigned: bytes) -> list[str]:
        """Keep every valid cosignature of one of our checkpoints; the witnesses that held."""
        try:
            note = Note.parse(cosigned)
            body = Checkpoint.parse(note.text)
        except NoteError:
            return []
        ours = [
            c
            for c in self.ledger.checkpoints(origin=body.origin)
            if c.size == body.size and c.root == body.root
        ]
        if not ours or body.origin != self.signer.name:
            return []
        kept: list[str] = []
        for witness in self.witnesses:
            line = next(
                (s for s in note.signatures if (s.name, s.id) == (witness.name, witness.id)), None
            )
            if line is None:
                continue
            try:
                note.verify(witness)
            except NoteError:
                continue
            self.ledger.add_cosignature(ours[-1].id, witness.name, line.line())
            kept.append(witness.name)
        return kept


class Witness:
    """This console as witness of partner logs (``partners``: origin -> log key)."""

    def __init__(self, store: Store, signer: Signer, partners: Mapping[str, Verifier]) -> None:
        self.store = store
        self.ledger = Ledger(store)
        self.signer = signer
        self.partners = dict(partners)

    def review(self, data: bytes, prove: Prove, *, topic: str | None = None) -> Review:
        """Cosign or refuse the checkpoint ``data``; ``prove(old, new)`` fetches a proof."""
        try:
            note = Note.parse(data)
            body = Checkpoint.parse(note.text)
        except NoteError as exc:
            return self._refuse(None, data, f"not a signed checkpoint ({exc})", topic)
        key = self.partners.get(body.origin)
        if key is None:
            return Review("seen", body.origin, body.size, reason="not a log we witness")
        try:
            note.verify(key)
        except NoteError as exc:
            return self._refuse(body, data, f"its signature does not hold ({exc})", topic)
        earlier = self.ledger.latest(own=False, origin=body.origin)
        if earlier is not None and earlier.size == body.size and earlier.root == body.root:
            return Review("seen", body.origin, body.size)
        if earlier is not None:
            reason = self._inconsistent(earlier, body, prove)
            if reason:
                return self._refuse(body, data, reason, topic)
        stamp = int(time.time())
        line = self.signer.cosign_line(note.text, stamp)
        cosigned = Note(note.text, note.signatures).with_line(line).render()
        self.ledger.keep_partner(body, cosigned, "cosigned")
        return Review("cosigned", body.origin, body.size, note=cosigned)

    def _inconsistent(self, earlier: StoredCheckpoint, new: Checkpoint, prove: Prove) -> str | None:
        if new.size < earlier.size:
            return (
                f"it has {new.size} entries, fewer than the {earlier.size} we cosigned "
                "(a truncated or rolled-back log)"
            )
        try:
            proof = prove(earlier.size, new.size)
            verify_consistency(earlier.size, new.size, earlier.root, new.root, proof)
        except ProofError as exc:
            return f"it does not extend the checkpoint of {earlier.size} entries we cosigned: {exc}"
        return None  # a proof that did not arrive (BusError) decides nothing: the caller retries

    def _refuse(
        self, body: Checkpoint | None, data: bytes, reason: str, topic: str | None
    ) -> Review:
        origin = body.origin if body else "unknown log"
        text = f"evidence: checkpoint of {origin} refused, kept as evidence: {reason}"
        if body is not None:
            self.ledger.keep_partner(body, data, "refused", reason)
        qid = self.store.quarantine(data, text, topic=topic, source=QUARANTINE_SOURCE)
        return Review(
            "refused",
            origin,
            body.size if body else 0,
            reason=reason,
            changes=Changes(quarantined=(qid,)),
        )


def alarm_text(origin: str, size: int, reason: str, witness: str) -> bytes:
    """The alarm a witness publishes about a refused checkpoint (JSON)."""
    return json.dumps(
        {"origin": origin, "size": size, "reason": reason, "witness": witness}, sort_keys=True
    ).encode()


def take_alarm(store: Store, payload: bytes, own_origin: str, topic: str | None) -> Changes:
    """A witness refused one of our checkpoints: quarantine the alarm so the console shows it."""
    try:
        alarm = json.loads(payload)
        origin, reason, witness = str(alarm["origin"]), str(alarm["reason"]), str(alarm["witness"])
    except (ValueError, KeyError, TypeError):
        return Changes()
    if origin != own_origin:
        return Changes()
    qid = store.quarantine(
        payload,
        f"evidence: witness {witness} refused our checkpoint of {alarm.get('size')} entries: "
        + reason,
        topic=topic,
        source=QUARANTINE_SOURCE,
    )
    return Changes(quarantined=(qid,))
