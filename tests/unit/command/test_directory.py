"""Directory files: the shipped example loads; bad files name FILE:LINE and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.command import (
    AssignmentStatus,
    DirectoryError,
    load_directory,
    parse_directory,
)
from incident_desk.errors import InputError
from incident_desk.scenario import AgencyKind, UnitKind, load_scenario
from tests.unit.command.build import DIRECTORY, ROOT

GOOD = """\
schema_version: 1
agencies:
  - id: nps
    country: KE
    name: National Police Service
    kind: police
    sender: nps.go.ke
units:
  - id: nps-rdu-1
    callsign: RDU-BUSIA-1
    agency: nps
    kind: tactical_team
    size: 12
"""


def test_the_shipped_example_loads_with_three_countries() -> None:
    d = load_directory(DIRECTORY)
    assert {a.country for a in d.agencies} == {"KE", "UG", "RW"}
    assert d.agency("upf").namespace == "UG/upf"
    assert d.agency("nps").namespace == "KE/nps"
    assert d.agency("nps").command_topic("actual") == "idesk/v1/actual/KE/nps/command"
    assert d.unit("nps-rdu-1").callsign == "RDU-BUSIA-1"
    assert d.unit("upf-eod-1").kind is UnitKind.EOD
    assert d.agency("rdf").kind is AgencyKind.MILITARY
    assert AssignmentStatus.ASSIGNED == "assigned"


def test_the_example_agrees_with_the_northern_corridor_scenario() -> None:
    scenario = load_scenario(ROOT / "scenarios" / "northern-corridor.yaml")
    d = load_directory(DIRECTORY)
    for unit in d.units:
        if any(u.id == unit.id for u in scenario.units):
            assert scenario.unit(unit.id).callsign == unit.callsign


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD.replace("kind: police", "kind: navy"), 6, "agencies[0].kind"),
        (GOOD.replace("agency: nps\n", "agency: kdf\n"), 11, "unknown agency 'kdf'"),
        (GOOD.replace("country: KE", "country: kenya"), 4, "agencies[0].country"),
        (GOOD.replace("    size: 12\n", "    size: 0\n"), 13, "units[0].size"),
        (GOOD.replace("    size: 12\n", "    size: 12\n    colour: red\n"), 14, "colour"),
        (GOOD.replace("schema_version: 1", "schema_version: 2"), 1, "schema_version"),
        (GOOD.replace("    sender: nps.go.ke\n", ""), 3, "sender"),
        (GOOD.replace("    size: 12\n", "    size: 12\n    size: 13\n"), 14, "given twice"),
        (
            GOOD + "  - id: nps-rdu-1\n    callsign: X\n    agency: nps\n    kind: k9\n",
            14,
            "unit id 'nps-rdu-1' is given twice",
        ),
        (
            GOOD.replace(
                "    sender: nps.go.ke\n", "    sender: nps.go.ke\n    namespace: UG/nps\n"
            ),
            3,
            "namespace must be 'KE/nps'",
        ),
        (
            GOOD.replace("  - id: nps-rdu-1", "  - id: nps-rdu-1\n   bad: [unclosed"),
            10,
            "YAML syntax",
        ),
        ("", 1, "the file is empty"),
        ("- a list\n", 1, "expected a mapping"),
    ],
)
def test_bad_files_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "north.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    assert isinstance(caught.value, InputError)
    first = str(caught.value).splitlines()[0]
    assert first.startswith(f"{path}:{line}: "), first
    assert words in str(caught.value)


def test_every_problem_is_listed_in_line_order() -> None:
    text = GOOD.replace("kind: police", "kind: navy").replace("size: 12", "size: -1")
    with pytest.raises(DirectoryError) as caught:
        parse_directory(text, "d.yaml")
    assert [p.line for p in caught.value.problems] == [6, 13]


def test_a_missing_file_is_a_directory_error(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match=r"missing.yaml:1: cannot read the file"):
        load_directory(tmp_path / "missing.yaml")
