"""Exercise control messages on ``idesk/v1/exercise/{id}/control`` (docs/standards.md §6 rule 5).

One versioned JSON object per control event::

    {"schema": "idesk.exercise-control/1", "exercise": "EX-1", "state": "running",
     "command": "STARTEX", "scenario_time": 0, "speed": 10.0,
     "at": "2026-03-14T09:30:00+00:00", "by": "Controller KE", "reason": null}

``state`` is the exercise state *after* the command; the message is published **retained**
with a Message Expiry Interval, so a console joining late learns at once whether the exercise
runs, is held, is in NO DUFF or has ended (docs/standards.md §7.4).

``at`` is an instant on the **exercise clock** (run base time + scenario time, whole seconds),
like CAP ``sent`` of the injects: this keeps a run with a fixed base time byte-reproducible.

Retained state after ENDEX (the §7.4 choice): the "ended" state is **left retained with a short
expiry** (:data:`ENDED_EXPIRY_S`, one hour): a console joining just after ENDEX sees "ended"
instead of nothing, and the broker drops it by itself an hour later, so a re-run under the same
exercise id does not start from the last run's state for long (its STARTEX replaces it anyway).
Running, paused and NO DUFF states carry :data:`STATE_EXPIRY_S` (12 hours, longer than any
drill day) so a crashed controller's "running" cannot look live for ever. A controller can
clear the topic at once with a zero-length retained payload (:data:`CLEAR_PAYLOAD`), which
:func:`decode_control` reads as "no state" (None).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from incident_desk.errors import InputError

__all__ = [
    "CLEAR_PAYLOAD",
    "CONTROL_SCHEMA",
    "ENDED_EXPIRY_S",
    "STATE_EXPIRY_S",
    "Command",
    "ControlMessage",
    "ExerciseState",
    "control_expiry",
    "decode_control",
    "encode_control",
]

CONTROL_SCHEMA = "idesk.exercise-control/1"
STATE_EXPIRY_S = 12 * 3600
ENDED_EXPIRY_S = 3600
CLEAR_PAYLOAD = b""


class ExerciseState(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"
    NO_DUFF = "no_duff"


class Command(StrEnum):
    STARTEX = "STARTEX"
    PAUSE = "PAUSE"
    RESUME = "RESUME"
    ENDEX = "ENDEX"
    NO_DUFF = "NO_DUFF"
    # the controller changed the clock's speed, jumped or stepped: the state is the same, the
    # scenario time and speed are new (every console's exercise clock follows them)
    CLOCK = "CLOCK"


class ControlMessage(BaseModel):
    """One control event; ``state`` is the exercise state after it."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["idesk.exercise-control/1"] = Field(
        default="idesk.exercise-control/1", alias="schema"
    )
    exercise: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+$", max_length=40)]
    state: ExerciseState
    command: Command
    scenario_time: Annotated[int, Field(ge=0)]
    speed: Annotated[float, Field(ge=0.25, le=100)]
    at: datetime
    by: Annotated[str, Field(min_length=1)]
    reason: str | None = None


def encode_control(message: ControlMessage) -> bytes:
    """Compact, key-ordered UTF-8 JSON: the same message always gives the same bytes."""
    data = message.model_dump(mode="json", by_alias=True)
    data["at"] = message.at.astimezone(UTC).replace(microsecond=0).isoformat()
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def decode_control(payload: bytes, *, topic: str | None = None) -> ControlMessage | None:
    """Parse a control payload; an empty (cleared) retained payload gives None.

    Raises:
        InputError: not JSON, another schema, or a field out of range.
    """
    if not payload:
        return None
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"exercise control message is not JSON: {exc}", source=topic) from None
    if not isinstance(data, dict) or data.get("schema") != CONTROL_SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else type(data).__name__
        raise InputError(
            f"not an {CONTROL_SCHEMA} message (schema {found!r})", source=topic
        ) from None
    try:
        return ControlMessage.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise InputError(f"bad exercise control message: {problems}", source=topic) from None


def control_expiry(state: ExerciseState) -> int:
    """The Message Expiry Interval (seconds) of a retained control state."""
    return ENDED_EXPIRY_S if state is ExerciseState.ENDED else STATE_EXPIRY_S
