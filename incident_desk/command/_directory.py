"""The directory: agencies and units a console knows, from a documented YAML file.

Schema version 1 (docs/directory.md)::

    schema_version: 1
    agencies:
      - {id: nps, country: KE, name: ..., kind: police, sender: nps.go.ke}
    units:
      - {id: nps-rdu-1, callsign: RDU-BUSIA-1, agency: nps, kind: tactical_team, size: 12,
         contact: "radio NPS-TAC-2", tak_uids: [ANDROID-5a1f], tak_callsign: RDU-1}

Problems are reported as ``FILE:LINE: message``, with the scenario loader's line mapping.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from incident_desk import safeyaml
from incident_desk.errors import InputError
from incident_desk.limits import MAX_DIRECTORY_BYTES, read_text_limited
from incident_desk.scenario import AgencyKind, UnitKind
from incident_desk.scenario._loader import _duplicate_keys, _line, _message
from incident_desk.topics import Mode, command_topic, unit_topic

DIRECTORY_SCHEMA_VERSION = 1

CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
AgencyId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,23}$", description="topic level")]
UnitId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="topic level")]
Loc = tuple[int | str, ...]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DirectoryAgency(_Frozen):
    """An agency: who it is, where it publishes (``namespace`` = its topic subtree)."""

    id: AgencyId
    country: CountryCode
    name: Annotated[str, Field(min_length=1)]
    kind: AgencyKind
    sender: Annotated[str, Field(pattern=r"^[^\s,<&]+$", description="CAP sender")]
    namespace: str | None = Field(
        None, description="'{country}/{id}', the subtree under idesk/v1/{mode}/; default"
    )

    @model_validator(mode="after")
    def _namespace(self) -> DirectoryAgency:
        expected = f"{self.country}/{self.id}"
        if self.namespace is None:
            object.__setattr__(self, "namespace", expected)
        elif self.namespace != expected:
            raise ValueError(
                f"namespace must be {expected!r} (country/agency: the agency publishes only "
                "under its own subtree)"
            )
        return self

    def command_topic(self, mode: Mode | str, exercise_id: str | None = None) -> str:
        return command_topic(mode, self.country, self.id, exercise_id)

    def unit_topic(self, mode: Mode | str, unit_id: str, exercise_id: str | None = None) -> str:
        return unit_topic(mode, self.country, self.id, unit_id, exercise_id)


class DirectoryUnit(_Frozen):
    id: UnitId
    callsign: Annotated[str, Field(min_length=1)]
    agency: AgencyId
    kind: UnitKind
    size: Annotated[int, Field(ge=1)] = 1
    contact: str | None = Field(None, description="radio channel, phone: ICS-204 block 5")
    tak_uids: tuple[Annotated[str, Field(min_length=1, max_length=200)], ...] = Field(
        (), description="TAK device uids whose position reports move this unit (docs/tak.md)"
    )
    tak_callsign: str | None = Field(
        None, min_length=1, description="TAK callsign of this unit, if not its own callsign"
    )


class Directory(_Frozen):
    schema_version: Literal[1]
    agencies: tuple[DirectoryAgency, ...] = ()
    units: tuple[DirectoryUnit, ...] = ()

    def agency(self, agency_id: str) -> DirectoryAgency:
        for a in self.agencies:
            if a.id == agency_id:
                return a
        raise KeyError(agency_id)

    def unit(self, unit_id: str) -> DirectoryUnit:
        for u in self.units:
            if u.id == unit_id:
                return u
        raise KeyError(unit_id)


def cross_check(directory: Directory) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    seen: set[str] = set()
    for i, a in enumerate(directory.agencies):
        if a.id in seen:
            problems.append((("agencies", i, "id"), f"agency id {a.id!r} is given twice"))
        seen.add(a.id)
    units: set[str] = set()
    tak_uids: set[str] = set()
    for i, u in enumerate(directory.units):
        if u.id in units:
            problems.append((("units", i, "id"), f"unit id {u.id!r} is given twice"))
        units.add(u.id)
        if u.agency not in seen:
            problems.append((("units", i, "agency"), f"unknown agency {u.agency!r}"))
        for j, uid in enumerate(u.tak_uids):
            if uid in tak_uids:
                problems.append(
                    (("units", i, "tak_uids", j), f"TAK uid {uid!r} is given to two units")
                )
            tak_uids.add(uid)
    return problems


@dataclass(frozen=True, slots=True)
class DirectoryProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class DirectoryError(InputError):
    """A directory file that cannot be used; ``str()`` gives one FILE:LINE line per problem."""

    def __init__(self, problems: list[DirectoryProblem]):
        self.problems = tuple(problems)
        first = problems[0]
        super().__init__(first.message, source=first.file, line=first.line)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def load_directory(path: str | os.PathLike[str]) -> Directory:
    """Read and validate a directory file; raises ``DirectoryError`` listing every problem."""
    name = os.fspath(path)
    try:
        text = read_text_limited(path, MAX_DIRECTORY_BYTES, "a directory")
    except InputError as exc:  # unreadable, not UTF-8, or over the size limit
        raise DirectoryError([DirectoryProblem(name, exc.line or 1, exc.problem)]) from None
    return parse_directory(text, name)


def parse_directory(text: str, source: str = "<directory>") -> Directory:
    try:
        root, data = safeyaml.compose(text, source)
    except safeyaml.YamlError as exc:
        raise DirectoryError([DirectoryProblem(source, exc.line or 1, exc.problem)]) from None
    if root is None:
        raise DirectoryError([DirectoryProblem(source, 1, "the file is empty")])
    if not isinstance(data, dict):
        raise DirectoryError(
            [DirectoryProblem(source, root.start_mark.line + 1, "expected a mapping")]
        )
    problems = [DirectoryProblem(source, line, msg) for line, msg in _duplicate_keys(root)]
    directory: Directory | None = None
    try:
        directory = Directory.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc: Loc = tuple(error["loc"])
            problems.append(DirectoryProblem(source, _line(root, loc), _message(loc, error["msg"])))
    if directory is not None:
        for loc, msg in cross_check(directory):
            problems.append(DirectoryProblem(source, _line(root, loc), _message(loc, msg)))
    if problems or directory is None:
        raise DirectoryError(sorted(problems, key=lambda p: p.line))
    return directory
