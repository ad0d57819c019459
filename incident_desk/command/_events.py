"""Command events on the bus: ``idesk.command-event/1`` JSON (docs/architecture.md §3, §4).

Every mutation of command, assignments or participation is one event, published on the
author's own ``command`` topic and applied by every console (the author's included, which
also receives its echo). ``id`` makes application idempotent; ``deps`` names the events it
builds on (a status change names the assignment's previous event, an accept its proposal),
so an event that arrives before them waits. The deterministic apply order is a topological
order of ``deps`` with ties broken by ``(at, id)``.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from incident_desk.command._areas import AREA_EVENT_TYPES
from incident_desk.command._model import CommandError

SCHEMA: Final = "idesk.command-event/1"
UNIT_STATUS_SCHEMA: Final = "idesk.unit-status/1"
CONTENT_TYPE: Final = "application/json; schema=idesk.command-event/1"

EVENT_TYPES: Final = frozenset(
    {
        "command.establish",
        "command.propose",
        "command.accept",
        "command.refuse",
        "command.close",
        "assignment.create",
        "assignment.status",
        "participation.set",
    }
    | AREA_EVENT_TYPES  # drawn areas (cordons): incident_desk/command/_areas.py
)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("times must carry a UTC offset")
    return value.astimezone(UTC)


class CommandEvent(BaseModel):
    """One command event (frozen; exactly what travels on the bus)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str = Field(SCHEMA, alias="schema")
    id: str = Field(min_length=1, max_length=128)
    type: str
    incident_key: str = Field(min_length=1, max_length=255)
    author: str = Field(min_length=1)
    console: str | None = None
    agency: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    at: datetime
    exercise: str | None = None
    deps: tuple[str, ...] = ()
    data: dict[str, Any] = Field(default_factory=dict)

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: str) -> str:
        if value != SCHEMA:
            raise ValueError(f"schema must be {SCHEMA!r}, not {value!r}")
        return value

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value not in EVENT_TYPES:
            raise ValueError(f"unknown event type {value!r}")
        return value

    @field_validator("at")
    @classmethod
    def _at(cls, value: datetime) -> datetime:
        return _utc(value)

    @property
    def order_key(self) -> tuple[str, str]:
        """The total order of events: time (UTC, microseconds), then id."""
        return (self.at.strftime("%Y-%m-%dT%H:%M:%S.%f"), self.id)

    def to_bytes(self) -> bytes:
        return json.dumps(
            self.model_dump(mode="json", by_alias=True), sort_keys=True, ensure_ascii=False
        ).encode()


def new_event_id() -> str:
    return uuid.uuid4().hex


def parse_event(payload: bytes) -> CommandEvent:
    """Decode one command event; ``CommandError`` says what is wrong."""
    try:
        return CommandEvent.model_validate_json(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CommandError(f"not a valid {SCHEMA} event: {where}: {first['msg']}") from None


class UnitStatusMessage(BaseModel):
    """``idesk.unit-status/1`` as the scenario renderer and agency systems publish it."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    schema_: str = Field(alias="schema")
    unit: str = Field(min_length=1)
    agency: str = Field(min_length=1)
    callsign: str | None = None
    status: str
    position: dict[str, float] | None = None
    time: datetime
    exercise: str | None = None
    # set by the scenario player on every unit inject: then ``time`` is on the exercise clock
    # (run base time + inject offset, like the CAP ``sent`` of an inject), not the wall clock
    inject: int | None = None
    # set by the TAK gateway on position reports (docs/tak.md): "tak:<device uid>" and the
    # report's own CoT ``stale`` (after it the position is no longer current)
    source: str | None = None
    stale: datetime | None = None

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: str) -> str:
        if value != UNIT_STATUS_SCHEMA:
            raise ValueError(f"schema must be {UNIT_STATUS_SCHEMA!r}, not {value!r}")
        return value

    @field_validator("time")
    @classmethod
    def _time(cls, value: datetime) -> datetime:
        return _utc(value)

    @field_validator("stale")
    @classmethod
    def _stale(cls, value: datetime | None) -> datetime | None:
        return None if value is None else _utc(value)


MAX_REPORT_AHEAD_S: Final = 60
"""How far after its arrival a unit report's ``time`` may lie (clock skew of the sender)."""


def reported_at(msg: UnitStatusMessage, now: datetime) -> datetime:
    """The wall instant a unit report stands at on the timeline, stored at wall instant ``now``.

    A scenario player's unit inject (``exercise`` and ``inject`` set) carries ``time`` on the
    exercise clock, which runs ahead of the wall clock at ×20 (and behind it at ×0.25 or from
    a fixed base time): it is entered at ``now``, when it arrived. Any other report keeps its
    own ``time`` unless that lies more than :data:`MAX_REPORT_AHEAD_S` after ``now`` (a sender
    whose clock is wrong): the timeline never shows a report in the future.
    """
    if msg.exercise is not None and msg.inject is not None:
        return now
    if msg.time - now > timedelta(seconds=MAX_REPORT_AHEAD_S):
        return now
    return msg.time


def parse_unit_status(payload: bytes) -> UnitStatusMessage:
    try:
        return UnitStatusMessage.model_validate_json(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CommandError(
            f"not a valid {UNIT_STATUS_SCHEMA} message: {where}: {first['msg']}"
        ) from None
