"""Scenario files: valid ones load, every problem is named by file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest
from pydantic import ValidationError

from incident_desk.errors import InputError
from incident_desk.scenario import (
    Scenario,
    ScenarioError,
    ScenarioProblem,
    json_schema,
    json_schema_text,
    load_scenario,
    parse_scenario,
    validate_file,
)
from tests.unit.scenario.conftest import MINIMAL

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "resources/schemas/scenario.schema.json"


class Broken(NamedTuple):
    """Replace ``old`` (unique in MINIMAL) by ``new``; the problem is on the line where ``old``
    started, moved by ``delta`` lines, or on the line of ``marker`` inside ``new``."""

    old: str
    new: str
    message: str
    marker: str | None = None
    delta: int = 0


CASES = {
    "bad enum": Broken("certainty: Likely", "certainty: Maybe", "injects[0].message.cap.certainty"),
    "duration format": Broken('offset: "00:05:00"', 'offset: "5m"', "HH:MM:SS"),
    "negative offset": Broken('offset: "00:10:00"', 'offset: "-00:10:00"', "HH:MM:SS"),
    "unknown from": Broken(
        "from: upf\n    to: [nps]\n    method: radio",
        "from: ups\n    to: [nps]\n    method: radio",
        "injects[1].from: unknown agency 'ups'",
    ),
    "unknown to": Broken("to: [upf, nps/duty-officer]", "to: [upf, ndoc/duty-officer]", "'ndoc'"),
    "country not listed": Broken(
        "country: UG", "country: TZ", "country 'TZ' of agency 'upf' is not in 'countries'"
    ),
    "duplicate inject number": Broken(
        "  - number: 4", "  - number: 2", "injects[3].number: inject number 2 is used twice"
    ),
    "contingency for a later inject": Broken(
        "contingency_for: 1", "contingency_for: 5", "inject 5 must come earlier than inject 4"
    ),
    "contingency for a missing inject": Broken(
        "contingency_for: 1", "contingency_for: 42", "there is no inject 42"
    ),
    "update without reference": Broken(
        "msg_type: Update\n        references_inject: 1\n",
        "msg_type: Update\n",
        "an Update needs 'references_inject'",
    ),
    "cancel of a unit inject": Broken(
        "references_inject: 3", "references_inject: 2", "inject 2 carries no CAP alert"
    ),
    "alert with a reference": Broken(
        "        incident: INC-1\n        event: Bomb threat\n        category: [Security]\n"
        "        urgency: Immediate",
        "        references_inject: 3\n        incident: INC-1\n        event: Bomb threat\n"
        "        category: [Security]\n        urgency: Immediate",
        "an Alert references nothing",
    ),
    "unknown objective": Broken(
        "objective: OBJ-1\n  - number: 2",
        "objective: OBJ-9\n  - number: 2",
        "unknown objective 'OBJ-9'",
    ),
    "open polygon": Broken(
        "[0.63, 34.28], [0.64, 34.27]]",
        "[0.63, 34.28], [0.65, 34.27]]",
        "polygon must be closed",
    ),
    "area without shape": Broken(
        "        area:\n          desc: Malaba\n"
        "          circle: {lat: 0.636, lon: 34.279, radius_km: 1}\n",
        "        area:\n          desc: Malaba\n",
        "exactly one of 'polygon' or 'circle'",
    ),
    "extra field": Broken(
        "    expected_action: Track the unit.",
        "    expected_action: Track the unit.\n    priority: high",
        "injects[1].priority: Extra inputs are not permitted",
        marker="priority",
    ),
    "missing field": Broken(
        '  - number: 4\n    offset: "00:12:00"\n    from: upf\n    to: [nps]\n    method: phone\n',
        '  - number: 4\n    offset: "00:12:00"\n    from: upf\n    to: [nps]\n',
        "injects[3].method: Field required",
    ),
    "unknown unit to assign": Broken(
        "assign_unit: eod-1", "assign_unit: eod-9", "expect.assign_unit: unknown unit 'eod-9'"
    ),
    "unknown unit in a status": Broken(
        "unit: {unit: eod-1,", "unit: {unit: eod-2,", "message.unit.unit: unknown unit 'eod-2'"
    ),
    "two message kinds": Broken(
        "      unit: {unit: eod-1, status: en_route, position: {lat: 0.65, lon: 34.2}}\n",
        "      unit: {unit: eod-1, status: en_route, position: {lat: 0.65, lon: 34.2}}\n"
        "      text: also this\n",
        "exactly one of 'cap', 'unit' or 'text', got ['unit', 'text']",
        delta=-1,
    ),
    "reserved parameter": Broken(
        "          casualties: 0", "          inject: 3", "set by the player", delta=-2
    ),
    "latitude out of range": Broken(
        "start: {lat: 0.69, lon: 34.18}", "start: {lat: 91, lon: 34.18}", "units[0].start.lat"
    ),
    "yaml syntax": Broken(
        "    expected_action: Track the unit.",
        "    expected_action: Track: the unit.",
        "YAML syntax: mapping values are not allowed here",
    ),
    "duplicate key": Broken(
        "  name: Test drill",
        "  name: Test drill\n  name: Other",
        "'name' is given twice",
        "name: O",
    ),
    "wrong schema version": Broken("schema_version: 1", "schema_version: 2", "schema_version"),
}


def _expected_line(case: Broken) -> int:
    assert MINIMAL.count(case.old) == 1, "the test case must change one place"
    line = MINIMAL.count("\n", 0, MINIMAL.index(case.old)) + 1 + case.delta
    if case.marker is not None:
        line += case.new[: case.new.index(case.marker)].count("\n")
    return line


def test_the_minimal_scenario_is_valid() -> None:
    scenario = parse_scenario(MINIMAL, "minimal.yaml")
    assert [i.number for i in scenario.injects] == [1, 2, 3, 4, 5]
    assert scenario.inject(2).kind == "unit"
    assert scenario.inject(4).kind == "text"
    assert scenario.inject(3).message.cap is not None
    assert scenario.inject(3).offset_seconds == 600


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_broken_file_names_its_line_and_problem(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    expected_line = _expected_line(case)
    path = tmp_path / "drill.yaml"
    path.write_text(MINIMAL.replace(case.old, case.new), encoding="utf-8")

    problems = validate_file(path)

    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.file == str(path)
    assert case.message in problem.message
    assert problem.line == expected_line, str(problem)


def test_all_problems_are_reported_in_line_order(tmp_path: Path) -> None:
    text = MINIMAL.replace("country: UG", "country: TZ").replace(
        "contingency_for: 1", "contingency_for: 5"
    )
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)

    err = caught.value
    lines = text.splitlines()
    assert [p.line for p in err.problems] == [
        lines.index("    country: TZ") + 1,
        lines.index("    contingency_for: 5") + 1,
    ]
    assert str(err).splitlines() == [f"{path}:{p.line}: {p.message}" for p in err.problems]
    assert isinstance(err, InputError)
    assert (err.source, err.line) == (str(path), err.problems[0].line)


def test_a_problem_reads_file_line_message() -> None:
    assert str(ScenarioProblem("a.yaml", 12, "bad")) == "a.yaml:12: bad"


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "the file is empty"), ("# only a comment\n", "the file is empty"), ("- 1\n", "mapping")],
)
def test_empty_or_non_mapping_files(text: str, message: str) -> None:
    with pytest.raises(ScenarioError, match=message) as caught:
        parse_scenario(text, "x.yaml")
    assert caught.value.problems[0].line == 1


def test_a_missing_file_is_a_scenario_error(tmp_path: Path) -> None:
    problems = validate_file(tmp_path / "nope.yaml")
    assert len(problems) == 1
    assert "cannot read the file" in problems[0].message


def test_direct_model_validation_runs_the_cross_checks_too() -> None:
    import yaml

    data = yaml.safe_load(MINIMAL.replace("contingency_for: 1", "contingency_for: 5"))
    with pytest.raises(ValidationError, match="must come earlier"):
        Scenario.model_validate(data)


def test_the_shipped_json_schema_is_the_generated_one() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text()
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema == json_schema()
    assert schema["required"] == ["schema_version", "exercise", "countries", "agencies", "injects"]
    assert schema["properties"]["injects"]["items"]["$ref"] == "#/$defs/Inject"
    assert "from" in schema["$defs"]["Inject"]["properties"]
