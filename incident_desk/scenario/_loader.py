"""Read a scenario file and name every problem by file and line.

The YAML is composed once into nodes (which keep their line marks) and constructed from the
same nodes, so a pydantic error path such as ``injects[3].message.cap.urgency`` can be walked
back to the line it came from. Missing fields point at the line of the mapping that lacks
them; YAML syntax errors give the line the parser stopped at; duplicate keys (which YAML
loaders silently overwrite) are reported too.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from incident_desk import safeyaml
from incident_desk.errors import InputError
from incident_desk.limits import MAX_SCENARIO_BYTES, read_text_limited
from incident_desk.scenario._schema import Loc, Scenario, cross_check

SCHEMA_ID = "urn:idesk:scenario:1"


@dataclass(frozen=True, slots=True)
class ScenarioProblem:
    """One problem in a scenario file: where (1-based line) and what."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ScenarioError(InputError):
    """A scenario file that cannot be used; ``problems`` lists all that were found.

    ``str()`` gives one ``FILE:LINE: message`` line per problem.
    """

    def __init__(self, problems: list[ScenarioProblem]):
        if not problems:
            raise ValueError("a ScenarioError needs at least one problem")
        self.problems = tuple(problems)
        first = problems[0]
        super().__init__(first.message, source=first.file, line=first.line)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file. Raises :class:`ScenarioError` listing every problem."""
    scenario, problems = _read(path)
    if problems or scenario is None:
        raise ScenarioError(problems)
    return scenario


def validate_file(path: str | os.PathLike[str]) -> list[ScenarioProblem]:
    """Every problem of a scenario file, in line order; empty when the file is usable."""
    return _read(path)[1]


def parse_scenario(text: str, source: str = "<scenario>") -> Scenario:
    """Validate scenario YAML given as text; ``source`` names it in problems."""
    scenario, problems = _parse(text, source)
    if problems or scenario is None:
        raise ScenarioError(problems)
    return scenario


def _read(path: str | os.PathLike[str]) -> tuple[Scenario | None, list[ScenarioProblem]]:
    name = os.fspath(path)
    try:
        text = read_text_limited(path, MAX_SCENARIO_BYTES, "a scenario")
    except InputError as exc:  # unreadable, not UTF-8, or over the size limit
        return None, [ScenarioProblem(name, exc.line or 1, exc.problem)]
    return _parse(text, name)


def _parse(text: str, name: str) -> tuple[Scenario | None, list[ScenarioProblem]]:
    try:
        root, data = safeyaml.compose(text, name)
    except safeyaml.YamlError as exc:
        return None, [ScenarioProblem(name, exc.line or 1, exc.problem)]
    if root is None:
        return None, [ScenarioProblem(name, 1, "the file is empty")]
    if not isinstance(data, dict):
        return None, [ScenarioProblem(name, root.start_mark.line + 1, "expected a mapping")]

    problems = [ScenarioProblem(name, line, msg) for line, msg in _duplicate_keys(root)]
    try:
        scenario = Scenario.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc: Loc = tuple(error["loc"])
            problems.append(ScenarioProblem(name, _line(root, loc), _message(loc, error["msg"])))
        return None, _sorted(problems)
    for loc, msg in cross_check(scenario):
        problems.append(ScenarioProblem(name, _line(root, loc), _message(loc, msg)))
    return (None if problems else scenario), _sorted(problems)


def _sorted(problems: list[ScenarioProblem]) -> list[ScenarioProblem]:
    return sorted(problems, key=lambda p: p.line)


def _message(loc: Loc, msg: str) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    msg = msg.removeprefix("Value error, ")
    return f"{path}: {msg}" if path else msg


def _line(root: yaml.Node, loc: Loc) -> int:
    """The 1-based line of the deepest YAML node the path reaches."""
    node = root
    line = root.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == part:
                    node, line = value, key.start_mark.line + 1
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _duplicate_keys(node: yaml.Node) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    found.append((key.start_mark.line + 1, f"key {key.value!r} is given twice"))
                seen.add(key.value)
            found.extend(_duplicate_keys(value))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found.extend(_duplicate_keys(item))
    return found


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a scenario file (shipped as resources/schemas/scenario.schema.json).

    The cross-field rules (references, unique numbers, earlier injects) are not expressible
    in it; :func:`validate_file` checks them.
    """
    schema = Scenario.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Incident Desk scenario (MSEL)",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def json_schema_text() -> str:
    """:func:`json_schema` as the exact text of the shipped file."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
