"""The scenario file (MSEL) as frozen pydantic models.

See docs/architecture.md §6 and docs/standards.md §6.

A scenario holds the exercise, the countries and agencies taking part, their units, the
exercise objectives and the Master Scenario Events List: numbered injects, each at an offset
from STARTEX, from a simulated originator to players, carrying a CAP template, a unit status
update or free text, with the expected player action.

Field checks live on the models; checks *across* fields (unique numbers, references to
agencies, units, objectives and earlier injects) live in :func:`cross_check`, which returns
every problem with the path of the offending value so the loader can name its YAML line.
``Scenario.model_validate`` runs it too unless the validation context holds
``{"defer_cross_checks": True}`` (what the loader does, to report each problem on its line).

Durations are ``HH:MM:SS`` strings (see :mod:`incident_desk.scenario._duration`).
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from incident_desk.cap._models import Category, Certainty, ResponseType, Severity, Urgency
from incident_desk.scenario._duration import DURATION_PATTERN, parse_duration

SCHEMA_VERSION = 1

Loc = tuple[str | int, ...]


def _check_duration(value: str) -> str:
    parse_duration(value)
    return value


Duration = Annotated[
    str,
    AfterValidator(_check_duration),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": DURATION_PATTERN,
            "description": "a duration written HH:MM:SS, e.g. '00:05:00'",
        }
    ),
]
Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
AgencyId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{0,23}$", description="short id")]
Token = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:-]+$", description="no spaces or commas")]
NonEmpty = Annotated[str, Field(min_length=1)]
ParameterValue = StrictBool | StrictInt | StrictFloat | StrictStr


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class AgencyKind(StrEnum):
    POLICE = "police"
    BORDER_GUARD = "border_guard"
    CIVIL_PROTECTION = "civil_protection"
    EMS = "ems"
    PROSECUTION = "prosecution"
    MILITARY = "military"
    INTELLIGENCE = "intelligence"
    OTHER = "other"


class UnitKind(StrEnum):
    TACTICAL_TEAM = "tactical_team"
    EOD = "eod"
    NEGOTIATORS = "negotiators"
    BORDER_PATROL = "border_patrol"
    AMBULANCE = "ambulance"
    FIRE = "fire"
    K9 = "k9"
    COMMAND_POST = "command_post"
    OTHER = "other"


class UnitStatus(StrEnum):
    AVAILABLE = "available"
    ASSIGNED = "assigned"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    OUT_OF_SERVICE = "out_of_service"


class Method(StrEnum):
    """HSEEP delivery method of an inject."""

    SYSTEM = "system"
    PHONE = "phone"
    RADIO = "radio"
    EMAIL = "email"
    IN_PERSON = "in_person"
    MEDIA = "media"


class Position(_Frozen):
    lat: Latitude
    lon: Longitude


class Exercise(_Frozen):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+$", max_length=40)]
    name: NonEmpty
    description: str = ""
    seed: int


class Agency(_Frozen):
    id: AgencyId
    country: CountryCode
    name: NonEmpty
    kind: AgencyKind
    sender: Annotated[str, Field(pattern=r"^[^\s,<&]+$", description="CAP sender")]


class Unit(_Frozen):
    id: Token
    callsign: NonEmpty
    agency: AgencyId
    kind: UnitKind
    size: Annotated[int, Field(ge=1)]
    start: Position
    contact: str | None = Field(None, description="radio channel, phone: ICS-204 block 5")


class Objective(_Frozen):
    id: Token
    text: NonEmpty


MAX_RADIUS_KM = 20_000.0
"""A CAP circle's largest radius: half the Earth's circumference (about 20,004 km) covers it."""


class CircleArea(_Frozen):
    lat: Latitude
    lon: Longitude
    radius_km: Annotated[float, Field(gt=0, le=MAX_RADIUS_KM)]


class AreaTemplate(_Frozen):
    """An area: ``desc`` plus exactly one of ``polygon`` (closed ring) or ``circle``."""

    desc: NonEmpty
    polygon: tuple[tuple[Latitude, Longitude], ...] | None = Field(
        default=None, description="[[lat, lon], ...], first point == last, at least 4 points"
    )
    circle: CircleArea | None = None

    @field_validator("polygon")
    @classmethod
    def _closed_ring(
        cls, value: tuple[tuple[float, float], ...] | None
    ) -> tuple[tuple[float, float], ...] | None:
        if value is None:
            return value
        if len(value) < 4:
            raise ValueError(f"a polygon needs at least 4 points, got {len(value)}")
        if value[0] != value[-1]:
            raise ValueError("a polygon must be closed: its last point must repeat the first")
        return value

    @model_validator(mode="after")
    def _one_shape(self) -> AreaTemplate:
        if (self.polygon is None) == (self.circle is None):
            raise ValueError("an area needs exactly one of 'polygon' or 'circle'")
        return self


class CapTemplate(_Frozen):
    """The CAP content of an inject; the renderer adds the exercise markings."""

    msg_type: Literal["Alert", "Update", "Cancel"] = "Alert"
    references_inject: int | None = Field(
        default=None, description="number of the earlier CAP inject this updates or cancels"
    )
    incident: Token
    event: NonEmpty
    category: Annotated[tuple[Category, ...], Field(min_length=1)]
    urgency: Urgency
    severity: Severity
    certainty: Certainty
    headline: NonEmpty
    description: NonEmpty
    instruction: str | None = None
    response_types: tuple[ResponseType, ...] = ()
    area: AreaTemplate
    expires_after: Duration = "02:00:00"
    note: str | None = Field(default=None, description="appended to the note (Cancel reason)")
    parameters: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+$")], ParameterValue] = Field(
        default_factory=dict, description="names are prefixed 'idesk:' on rendering"
    )

    @field_validator("expires_after")
    @classmethod
    def _positive(cls, value: str) -> str:
        if parse_duration(value) == 0:
            raise ValueError("expires_after must be longer than 00:00:00")
        return value

    @field_validator("parameters")
    @classmethod
    def _not_reserved(cls, value: dict[str, Any]) -> dict[str, Any]:
        reserved = sorted({"inject", "scenario-time"} & set(value))
        if reserved:
            raise ValueError(f"parameter names {reserved} are set by the player")
        return value


class UnitUpdate(_Frozen):
    unit: Token
    status: UnitStatus
    position: Position | None = None


class Message(_Frozen):
    """Exactly one of ``cap``, ``unit`` or ``text``."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [{"required": ["cap"]}, {"required": ["unit"]}, {"required": ["text"]}]
        }
    )

    cap: CapTemplate | None = None
    unit: UnitUpdate | None = None
    text: NonEmpty | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Message:
        given = [n for n in ("cap", "unit", "text") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError(
                f"a message has exactly one of 'cap', 'unit' or 'text', got {given or 'none'}"
            )
        return self

    @property
    def kind(self) -> Literal["cap", "unit", "text"]:
        if self.cap is not None:
            return "cap"
        return "unit" if self.unit is not None else "text"


class Expect(_Frozen):
    """The expected player action in a form the console can check."""

    ack: bool = False
    incident: bool = False
    assign_unit: Token | None = None
    within: Duration


class Inject(_Frozen):
    """One MSEL row."""

    number: Annotated[int, Field(ge=1)]
    offset: Duration = Field(description="scenario time from STARTEX, HH:MM:SS")
    from_: AgencyId = Field(alias="from", description="simulated originator (agency id)")
    to: Annotated[tuple[NonEmpty, ...], Field(min_length=1)] = Field(
        description="intended players: agency ids or 'agency/position'"
    )
    method: Method
    message: Message
    expected_action: NonEmpty
    expect: Expect | None = None
    objective: Token | None = None
    contingency_for: int | None = None
    controller: str | None = None
    notes: str | None = None

    @property
    def offset_seconds(self) -> int:
        return parse_duration(self.offset)

    @property
    def kind(self) -> Literal["cap", "unit", "text"]:
        return self.message.kind

    @property
    def sort_key(self) -> tuple[int, int]:
        return (self.offset_seconds, self.number)


class Scenario(_Frozen):
    schema_version: Literal[1]
    exercise: Exercise
    countries: Annotated[tuple[CountryCode, ...], Field(min_length=1)]
    agencies: Annotated[tuple[Agency, ...], Field(min_length=1)]
    units: tuple[Unit, ...] = ()
    directory: str | None = Field(
        None,
        description=(
            "a directory file (docs/directory.md), relative to the scenario file, whose "
            "agencies and units a console loads besides the scenario's own"
        ),
    )
    objectives: tuple[Objective, ...] = ()
    injects: Annotated[tuple[Inject, ...], Field(min_length=1)]

    @field_validator("directory")
    @classmethod
    def _relative(cls, value: str | None) -> str | None:
        if value is not None and (value.startswith(("/", "\\")) or ":" in value):
            raise ValueError("name the directory file relative to the scenario file")
        return value

    @model_validator(mode="after")
    def _cross_checks(self, info: ValidationInfo) -> Scenario:
        context = info.context if isinstance(info.context, dict) else {}
        if not context.get("defer_cross_checks"):
            problems = cross_check(self)
            if problems:
                raise ValueError("; ".join(f"{_dotted(loc)}: {msg}" for loc, msg in problems))
        return self

    def agency(self, agency_id: str) -> Agency:
        for agency in self.agencies:
            if agency.id == agency_id:
                return agency
        raise KeyError(agency_id)

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)

    def inject(self, number: int) -> Inject:
        for inject in self.injects:
            if inject.number == number:
                return inject
        raise KeyError(number)

    def ordered_injects(self) -> list[Inject]:
        """The injects in play order: by offset, then number."""
        return sorted(self.injects, key=lambda i: i.sort_key)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(file)"


def _duplicates(values: list[Any]) -> set[Any]:
    return {v for v, n in Counter(values).items() if n > 1}


def cross_check(scenario: Scenario) -> list[tuple[Loc, str]]:
    """Every cross-field problem as ``(path, message)``; paths follow the YAML keys."""
    problems: list[tuple[Loc, str]] = []
    countries = set(scenario.countries)

    for value in _duplicates(list(scenario.countries)):
        i = [k for k, c in enumerate(scenario.countries) if c == value][1]
        problems.append((("countries", i), f"country {value!r} is listed twice"))

    agencies = {a.id: a for a in scenario.agencies}
    seen: set[str] = set()
    for i, agency in enumerate(scenario.agencies):
        if agency.id in seen:
            problems.append((("agencies", i, "id"), f"agency id {agency.id!r} is used twice"))
        seen.add(agency.id)
        if agency.country not in countries:
            problems.append(
                (
                    ("agencies", i, "country"),
                    f"country {agency.country!r} of agency {agency.id!r} is not in 'countries'",
                )
            )

    units = {u.id for u in scenario.units}
    seen = set()
    for i, unit in enumerate(scenario.units):
        if unit.id in seen:
            problems.append((("units", i, "id"), f"unit id {unit.id!r} is used twice"))
        seen.add(unit.id)
        if unit.agency not in agencies:
            problems.append((("units", i, "agency"), f"unknown agency {unit.agency!r}"))

    objectives = {o.id for o in scenario.objectives}
    seen = set()
    for i, objective in enumerate(scenario.objectives):
        if objective.id in seen:
            problems.append(
                (("objectives", i, "id"), f"objective id {objective.id!r} is used twice")
            )
        seen.add(objective.id)

    by_number: dict[int, Inject] = {}
    for i, inject in enumerate(scenario.injects):
        if inject.number in by_number:
            problems.append(
                (("injects", i, "number"), f"inject number {inject.number} is used twice")
            )
        else:
            by_number[inject.number] = inject

    for i, inject in enumerate(scenario.injects):
        at: Loc = ("injects", i)
        if inject.from_ not in agencies:
            problems.append(((*at, "from"), f"unknown agency {inject.from_!r}"))
        for k, target in enumerate(inject.to):
            agency_id = target.split("/", 1)[0]
            if agency_id not in agencies:
                problems.append(
                    (
                        (*at, "to", k),
                        f"unknown agency {agency_id!r} (write an agency id or 'agency/position')",
                    )
                )
        if inject.objective is not None and inject.objective not in objectives:
            problems.append(((*at, "objective"), f"unknown objective {inject.objective!r}"))
        assign = inject.expect.assign_unit if inject.expect is not None else None
        if assign is not None and assign not in units:
            problems.append(((*at, "expect", "assign_unit"), f"unknown unit {assign!r}"))
        if inject.contingency_for is not None:
            problem = _earlier(inject, inject.contingency_for, by_number)
            if problem:
                problems.append(((*at, "contingency_for"), problem))
        if inject.message.unit is not None and inject.message.unit.unit not in units:
            problems.append(
                ((*at, "message", "unit", "unit"), f"unknown unit {inject.message.unit.unit!r}")
            )
        cap = inject.message.cap
        if cap is not None:
            problems.extend(_check_cap(at, inject, cap, by_number))
    return problems


def _earlier(inject: Inject, number: int, by_number: dict[int, Inject]) -> str | None:
    other = by_number.get(number)
    if other is None:
        return f"there is no inject {number}"
    if other.sort_key >= inject.sort_key:
        return (
            f"inject {number} must come earlier than inject {inject.number} "
            f"(offset {other.offset} vs {inject.offset})"
        )
    return None


def _check_cap(
    at: Loc, inject: Inject, cap: CapTemplate, by_number: dict[int, Inject]
) -> list[tuple[Loc, str]]:
    where: Loc = (*at, "message", "cap")
    if cap.msg_type == "Alert":
        if cap.references_inject is not None:
            return [((*where, "references_inject"), "an Alert references nothing")]
        return []
    if cap.references_inject is None:
        return [
            (
                (*where, "msg_type"),
                f"an {cap.msg_type} needs 'references_inject' (an earlier CAP inject)",
            )
        ]
    ref_at: Loc = (*where, "references_inject")
    problem = _earlier(inject, cap.references_inject, by_number)
    if problem:
        return [(ref_at, problem)]
    other = by_number[cap.references_inject]
    if other.message.cap is None:
        return [(ref_at, f"inject {other.number} carries no CAP alert")]
    if other.from_ != inject.from_:
        return [
            (
                ref_at,
                f"inject {other.number} was sent by {other.from_!r}; only the same sender "
                f"may update or cancel it (not {inject.from_!r})",
            )
        ]
    return []
