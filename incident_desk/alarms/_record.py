"""One alarm's state machine: the chain's versions and Acks in, ISA-18.2 transitions out.

``AlarmRecord.evaluate`` is idempotent: it compares the condition of the chain's newest
version (active with a priority, or returned to normal and why) and the Acks received with
the recorded state, moves the state and returns what happened (for the journal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from incident_desk.alarms._model import (
    Alarm,
    AlarmState,
    JournalEvent,
    Member,
    Priority,
    Reason,
    Shelf,
)
from incident_desk.alarms._priority import PriorityTable


@dataclass(frozen=True)
class Transition:
    """One journal-worthy step of one alarm."""

    event: JournalEvent
    at: datetime
    state: AlarmState
    priority: Priority | None
    alert_id: int
    reason: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class Condition:
    """What the chain's newest version says: a priority, or normal with why/by whom/when."""

    priority: Priority | None
    reason: str | None = None
    by: str | None = None
    at: datetime | None = None


class AlarmRecord:
    """The mutable state of one alarm (held by ``AlarmBoard`` only; readers get ``Alarm``)."""

    def __init__(self, alarm_id: int, first: Member) -> None:
        self.id = alarm_id
        self.members: dict[int, Member] = {}
        self.current = first
        self.acks: dict[int, tuple[int, Member]] = {}  # ack id -> (version id, the Ack)
        self.state = AlarmState.NORMAL
        self.priority: Priority | None = None
        self.raised_version: tuple[datetime, int] | None = None
        self.raised_at: datetime | None = None
        self.acked_at: datetime | None = None
        self.acked_by: str | None = None
        self.cleared_at: datetime | None = None
        self.cleared_reason: str | None = None
        self.cleared_by: str | None = None
        self.shelf: Shelf | None = None
        self.ended: tuple[str, datetime] | None = None  # ENDEX: (declared by, at)
        self.suppressed = False
        self.add(first)

    @property
    def exercise_id(self) -> str | None:
        return self.current.exercise_id

    @property
    def unshelvable(self) -> bool:
        """Actual Extreme/Immediate: never shelved (it must stay in front of the operator)."""
        cur = self.current
        return cur.status == "Actual" and cur.severity == "Extreme" and cur.urgency == "Immediate"

    def add(self, member: Member) -> None:
        self.members[member.id] = member
        if member.order >= self.current.order:
            self.current = member

    def add_ack(self, ack: Member, version_id: int) -> None:
        self.acks[ack.id] = (version_id, ack)

    def absorb(self, other: AlarmRecord) -> None:
        """Take over the versions and Acks of ``other`` (an Update joined the two chains)."""
        for member in other.members.values():
            self.add(member)
        self.acks.update(other.acks)

    def condition(
        self, table: PriorityTable, now: datetime, times_now: datetime | None = None
    ) -> Condition:
        """What the newest version says at wall instant ``now``. ``times_now`` is the same
        moment on the clock the version's CAP times are on (an inject's are on the exercise
        clock: ``AlarmBoard`` works it out); None: they are on the wall clock."""
        cur = self.current
        if self.ended is not None:
            return Condition(None, Reason.ENDEX, self.ended[0], self.ended[1])
        if cur.msg_type == "Cancel":
            return Condition(None, Reason.CANCELLED, cur.sender, cur.received_at)
        priority = table.priority(cur.severity, cur.urgency, cur.certainty)
        if priority is None:
            return Condition(None, Reason.LOWERED, cur.sender, cur.received_at)
        if times_now is None:  # on the wall clock: it expired exactly at ``expires``
            if cur.expires_utc is not None and cur.expires_utc <= now:
                return Condition(None, Reason.EXPIRED, "expired", cur.expires_utc)
        elif cur.expires_utc is not None and cur.expires_utc <= times_now:
            # ``expires`` is an exercise-clock instant: the journal records the wall instant
            return Condition(None, Reason.EXPIRED, "expired", now)
        return Condition(priority)

    def evaluate(
        self, table: PriorityTable, now: datetime, times_now: datetime | None = None
    ) -> list[Transition]:
        """Bring the state in line with the chain and its Acks; the steps taken
        (``times_now``: see ``condition``)."""
        steps: list[Transition] = []
        cond = self.condition(table, now, times_now)
        if cond.priority is not None:
            self._activate(cond.priority, steps)
        else:
            self._clear(cond, now, steps)
        self._apply_acks(steps)
        return steps

    def _activate(self, priority: Priority, steps: list[Transition]) -> None:
        cur = self.current
        escalated = self.priority is not None and priority < self.priority
        if not self.state.active or escalated:
            self.state = AlarmState.ACTIVE_UNACK
            self.raised_version = cur.order
            self.raised_at = cur.received_at
            self.acked_at = self.acked_by = None
            self.cleared_at = self.cleared_reason = self.cleared_by = None
            self.priority = priority
            why = "priority raised" if escalated else None
            steps.append(self._step(JournalEvent.RAISED, cur.received_at, why, cur.sender))
        elif priority != self.priority:
            self.priority = priority
            steps.append(self._step(JournalEvent.PRIORITY, cur.received_at, None, cur.sender))

    def _clear(self, cond: Condition, now: datetime, steps: list[Transition]) -> None:
        endex = cond.reason == Reason.ENDEX
        if self.state.active:
            unacked = self.state is AlarmState.ACTIVE_UNACK and not endex
            self.state = AlarmState.RTN_UNACK if unacked else AlarmState.NORMAL
        elif self.state is AlarmState.RTN_UNACK and endex:
            self.state = AlarmState.NORMAL
        else:
            return
        self.cleared_at = cond.at or now
        self.cleared_reason = cond.reason
        self.cleared_by = cond.by
        steps.append(self._step(JournalEvent.CLEARED, self.cleared_at, cond.reason, cond.by))

    def _apply_acks(self, steps: list[Transition]) -> None:
        if not self.state.unacknowledged or self.raised_version is None:
            return
        raised = self.raised_version
        valid = [
            ack
            for version_id, ack in self.acks.values()
            if version_id in self.members and self.members[version_id].order >= raised
        ]
        if not valid:
            return
        ack = min(valid, key=lambda a: a.order)
        self.state = (
            AlarmState.ACTIVE_ACK if self.state is AlarmState.ACTIVE_UNACK else AlarmState.NORMAL
        )
        self.acked_at = max(ack.received_at, self.raised_at or ack.received_at)
        self.acked_by = ack.sender
        steps.append(self._step(JournalEvent.ACKNOWLEDGED, self.acked_at, None, ack.sender))

    def _step(
        self, event: JournalEvent, at: datetime, reason: str | None, actor: str | None
    ) -> Transition:
        return Transition(event, at, self.state, self.priority, self.current.id, reason, actor)

    def snapshot(self) -> Alarm:
        cur = self.current
        shown = self.state
        if self.shelf is not None:
            shown = AlarmState.SHELVED
        elif self.suppressed and self.state is not AlarmState.NORMAL:
            shown = AlarmState.SUPPRESSED
        return Alarm(
            id=self.id,
            alert_id=cur.id,
            state=shown,
            process_state=self.state,
            priority=self.priority,
            raised_at=self.raised_at,
            acked_at=self.acked_at,
            acked_by=self.acked_by,
            cleared_at=self.cleared_at,
            cleared_reason=self.cleared_reason,
            cleared_by=self.cleared_by,
            shelf=self.shelf,
            incident=cur.incidents[0] if cur.incidents else None,
            exercise_id=cur.exercise_id,
            actual=cur.status == "Actual",
            severity=cur.severity,
            urgency=cur.urgency,
            certainty=cur.certainty,
            sender=cur.sender,
            title=cur.title,
        )
