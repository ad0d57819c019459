"""What an alarm is: its states (ISA-18.2 / IEC 62682), priorities, snapshots and deltas.

An alarm belongs to one CAP alert *chain*: an Alert and the Updates and Cancels of the same
sender that reference it (``store/_links.py``). Its state follows the chain's newest version
(by ``sent``, then arrival) and the CAP Acks that reference a version of it. See
``docs/alarms.md`` for the operator's view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from incident_desk.display import display_headline
from incident_desk.errors import IncidentDeskError


class AlarmError(IncidentDeskError):
    """An alarm operation was refused (shelving without a reason, …); says why in plain words."""


class AlarmState(StrEnum):
    """The alarm states of ISA-18.2 / IEC 62682 (plus the two out-of-service states).

    ``SHELVED`` and ``SUPPRESSED`` are shown instead of the underlying state, which the board
    keeps tracking: a shelved alarm that clears still returns to normal.
    """

    ACTIVE_UNACK = "active-unacknowledged"
    ACTIVE_ACK = "active-acknowledged"
    RTN_UNACK = "returned-to-normal-unacknowledged"
    NORMAL = "normal"
    SHELVED = "shelved"
    SUPPRESSED = "suppressed"

    @property
    def active(self) -> bool:
        return self in (AlarmState.ACTIVE_UNACK, AlarmState.ACTIVE_ACK)

    @property
    def unacknowledged(self) -> bool:
        return self in (AlarmState.ACTIVE_UNACK, AlarmState.RTN_UNACK)


class Priority(IntEnum):
    """Alarm priority: 1 is the most urgent. "No alarm" is ``None`` wherever a priority is."""

    CRITICAL = 1
    HIGH = 2
    MEDIUM = 3
    LOW = 4

    @property
    def word(self) -> str:
        return self.name.capitalize()


class Reason(StrEnum):
    """Why an alarm returned to normal (``Alarm.cleared_reason``)."""

    CANCELLED = "cancelled"
    LOWERED = "priority below alarm level"
    EXPIRED = "expired"
    ENDEX = "ENDEX"


class JournalEvent(StrEnum):
    """What one row of the alarm journal records."""

    RAISED = "raised"  # became active-unacknowledged (also again, after an escalation)
    ACKNOWLEDGED = "acknowledged"
    PRIORITY = "priority"  # the priority went down while active (no new annunciation)
    CLEARED = "cleared"  # returned to normal (state: rtn-unack or normal)
    SHELVED = "shelved"
    UNSHELVED = "unshelved"
    FLOOD_START = "flood-start"
    FLOOD_END = "flood-end"
    ENDEX = "endex"


@dataclass(frozen=True)
class Member:
    """The summary of one stored alert the board needs (never the raw bytes; the parsed
    document only of an exercise's alert, to tell the scenario player's injects)."""

    id: int
    sender: str
    identifier: str
    sent_utc: datetime
    received_at: datetime
    status: str
    msg_type: str
    severity: str | None
    urgency: str | None
    certainty: str | None
    expires_utc: datetime | None
    exercise_id: str | None
    headline: str | None
    event: str | None
    incidents: tuple[str, ...]
    # an inject the scenario player wrote: its CAP times (expires too) are exercise-clock
    # instants, so its expiry is judged on the exercise clock (``AlarmBoard``)
    exercise_clock: bool = False

    @property
    def order(self) -> tuple[datetime, int]:
        """Newest version of a chain: latest ``sent``, then the later arrival."""
        return (self.sent_utc, self.id)

    @property
    def title(self) -> str:
        """What the alarm is about, as the queue shows it: the headline without the
        mandated ``EXERCISE EXERCISE EXERCISE`` (the traffic is said on its own), else the
        event, else the identifier."""
        return display_headline(self.headline, self.event, self.identifier)


@dataclass(frozen=True)
class Shelf:
    """A shelf on one alarm: by whom, why, and until when (None: until it returns to normal)."""

    operator: str
    reason: str
    at: datetime
    until: datetime | None

    @property
    def one_shot(self) -> bool:
        return self.until is None


@dataclass(frozen=True)
class Alarm:
    """One alarm as the operator sees it.

    Attributes:
        id: the alarm's id: the id of the stored alert whose arrival created it.
        alert_id: the chain's newest version (what to select, and what to acknowledge).
        state: the state shown (``SHELVED``/``SUPPRESSED`` hide ``process_state``).
        process_state: the underlying ISA-18.2 state.
        priority: the current priority while active; the last one once normal.
        raised_at: when it last became active-unacknowledged.
        acked_at, acked_by: the acknowledgement of the current annunciation (CAP Ack sender).
        cleared_at, cleared_reason, cleared_by: the last return to normal, why and by whom
            (the sender of the Cancel/Update, "expired", or who declared ENDEX).
        shelf: the shelf, while shelved.
        incident: the first CAP ``incidents`` id of the newest version, if any.
        exercise_id: the exercise it belongs to; None for real traffic.
        actual: True for ``Actual`` traffic.
        severity, urgency, certainty, sender, title: of the newest version.
    """

    id: int
    alert_id: int
    state: AlarmState
    process_state: AlarmState
    priority: Priority | None
    raised_at: datetime | None
    acked_at: datetime | None
    acked_by: str | None
    cleared_at: datetime | None
    cleared_reason: str | None
    cleared_by: str | None
    shelf: Shelf | None
    incident: str | None
    exercise_id: str | None
    actual: bool
    severity: str | None
    urgency: str | None
    certainty: str | None
    sender: str
    title: str

    @property
    def annunciating(self) -> bool:
        """Active, unacknowledged and in service: it sounds and shows in the banner."""
        return self.state is AlarmState.ACTIVE_UNACK

    @property
    def group_key(self) -> str:
        """The flood group: its incident, or the alarm alone."""
        return self.incident or f"alarm-{self.id}"


@dataclass(frozen=True)
class AlarmChanges:
    """What one call on the board changed.

    Attributes:
        alarms: ids of alarms whose state, priority or shelf changed (new ones included).
        raised: ids of alarms that began (again) to annunciate: the sound plays for them.
        removed: ids of alarms merged into another (an Update that joined two chains).
        flood: the new flood state when it changed, else None.
        timeline: ids of timeline entries written (shelving).
    """

    alarms: tuple[int, ...] = ()
    raised: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    flood: bool | None = None
    timeline: tuple[int, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.alarms or self.raised or self.removed or self.flood is not None)


@dataclass(frozen=True)
class AlarmGroup:
    """Alarms of one incident (in a flood) or one alarm alone; ``alarms[0]`` is the top one."""

    key: str
    alarms: tuple[Alarm, ...]

    @property
    def top(self) -> Alarm:
        return self.alarms[0]


@dataclass(frozen=True)
class AlarmView:
    """What the alarm panel lists: the pinned top alarm and the (grouped) rest.

    Attributes:
        flood: True while the console is in alarm flood (groups are per incident then).
        pinned: the highest-priority annunciating alarm; it stays on top, also in a flood.
        groups: every alarm not normal (and those cleared recently), top priority first;
            only the first ``limit`` groups when the view was asked with a limit.
        group_count: how many groups there are in all (``len(groups)`` without a limit).
        states: the states of every alarm listed (pinned included), whatever the limit.
    """

    flood: bool
    pinned: Alarm | None
    groups: tuple[AlarmGroup, ...]
    group_count: int
    states: frozenset[AlarmState]
