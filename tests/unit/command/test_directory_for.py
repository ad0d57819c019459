"""The directory a console loads: its ``directory`` setting and the drill's scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.command import (
    CommandBoard,
    DirectoryError,
    directory_for,
    directory_from_scenario,
    load_directory_for,
)
from incident_desk.errors import ConfigError
from incident_desk.scenario import ScenarioError, load_scenario, parse_scenario
from incident_desk.settings import Settings
from incident_desk.store import Store
from incident_desk.topics import Mode
from tests.unit.command.build import DIRECTORY, ROOT, UG
from tests.unit.exercise.conftest import SMALL

SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
NORTH = ROOT / "scenarios" / "northern-corridor.yaml"
EXTRA = """\
schema_version: 1
agencies:
  - {id: upf, country: UG, name: Uganda Police (from the file), kind: police, sender: upf.go.ug}
  - {id: kdf, country: KE, name: Kenya Defence Forces, kind: military, sender: mod.go.ke}
units:
  - {id: eod-1, callsign: FILE-EOD, agency: upf, kind: eod, contact: radio UPF-7}
  - {id: kdf-eod, callsign: KDF-EOD-1, agency: kdf, kind: eod}
"""


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_drill_brings_its_agencies_and_units(path: Path, tmp_path: Path) -> None:
    scenario = load_scenario(path)
    directory = load_directory_for(scenario, path)
    assert {a.id for a in scenario.agencies} <= {a.id for a in directory.agencies}
    assert {u.id for u in scenario.units} <= {u.id for u in directory.units}
    store = Store.open(f"sqlite:///{tmp_path / 'd.db'}")
    try:
        board = CommandBoard(store, UG, mode=Mode.EXERCISE, exercise_id=scenario.exercise.id)
        board.load_directory(directory)
        assert {a["id"] for a in board.agencies()} >= {a.id for a in scenario.agencies}
        assert {u.id for u in board.units()} >= {u.id for u in scenario.units}
    finally:
        store.close()


def test_the_northern_corridor_names_the_example_directory_too() -> None:
    directory = load_directory_for(load_scenario(NORTH), NORTH)
    assert "odpp" in {a.id for a in directory.agencies}  # only in the example directory
    assert directory.unit("upf-eod-1").callsign == "UPF-EOD-TORORO"


def test_a_named_file_adds_to_the_scenario_and_the_scenario_wins(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    scenario = parse_scenario(SMALL.replace("units:", "directory: dir/extra.yaml\nunits:", 1))
    directory = load_directory_for(scenario, tmp_path / "small.yaml")
    assert directory.unit("kdf-eod").callsign == "KDF-EOD-1"
    assert directory.unit("eod-1").callsign == "EOD-1"  # the scenario's own
    assert directory.agency("upf").name == "Uganda Police Force"
    own = directory_from_scenario(scenario)
    assert {u.id for u in own.units} == {"eod-1"}


def test_a_bad_named_file_is_an_input_error_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "extra.yaml").write_text(EXTRA.replace("kind: military", "kind: navy"))
    scenario = parse_scenario(SMALL.replace("units:", "directory: extra.yaml\nunits:", 1))
    with pytest.raises(DirectoryError, match=r"extra\.yaml:4: agencies\[1\]\.kind"):
        load_directory_for(scenario, tmp_path / "small.yaml")


def test_the_scenario_names_its_directory_relative_to_itself() -> None:
    with pytest.raises(ScenarioError, match="relative to the scenario file"):
        parse_scenario(SMALL.replace("units:", "directory: /etc/idesk/dir.yaml\nunits:", 1))


def test_directory_for_merges_the_setting_and_the_drill(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    assert directory_for(Settings()) is None  # nothing loaded: the window warns
    only = directory_for(Settings(directory=DIRECTORY))
    assert only is not None
    assert "odpp" in {a.id for a in only.agencies}
    scenario = parse_scenario(SMALL)
    both = directory_for(Settings(directory=extra), scenario)
    assert both is not None
    assert both.unit("eod-1").callsign == "FILE-EOD"  # the console's own file wins
    assert both.agency("nps").name == "National Police Service"  # from the drill


def test_the_setting_comes_from_the_environment_and_must_be_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDESK_DIRECTORY", str(tmp_path))
    settings = Settings()
    assert settings.directory == tmp_path
    with pytest.raises(ConfigError, match="names a folder, not a file"):
        directory_for(settings)
    monkeypatch.setenv("IDESK_DIRECTORY", str(tmp_path / "missing.yaml"))
    with pytest.raises(DirectoryError, match="cannot read the file"):
        directory_for(Settings())
