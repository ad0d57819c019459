"""The CLI of the exercise engine, without a broker: validate, schema, replay refusals, AAR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_desk.cli import main
from tests.unit.exercise.conftest import SHIPPED, SMALL

pytestmark = pytest.mark.timeout(60)


def test_validate_shipped_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", "validate", *map(str, SHIPPED)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(SHIPPED)
    assert out[0].startswith(str(SHIPPED[0]))
    assert out[0].endswith("units)")
    assert "injects; directory of " in out[0]
    assert ": OK (" in out[0]


def test_validate_reports_every_problem_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    text = SMALL.replace(
        "urgency: Immediate\n        severity: Severe", "urgency: Soon\n        severity: Severe", 1
    )
    text = text.replace(
        "from: upf\n    to: [nps]\n    method: system",
        "from: upf\n    to: [nps]\n    method: pigeon",
        1,
    )
    bad.write_text(text)
    good = tmp_path / "good.yaml"
    good.write_text(SMALL)
    assert main(["scenario", "validate", str(good), str(bad)]) == 2
    captured = capsys.readouterr()
    assert f"{good}: OK (6 injects; directory of 2 agencies and 1 units)" in captured.out
    errors = captured.err.splitlines()
    assert len(errors) == 2
    lines = {line.split(":")[1] for line in errors}
    assert all(e.startswith(f"{bad}:") for e in errors)
    urgency_line = text.splitlines().index("        urgency: Soon") + 1
    method_line = text.splitlines().index("    method: pigeon") + 1
    assert lines == {str(urgency_line), str(method_line)}


def test_validate_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", "validate", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml:1: cannot read the file" in capsys.readouterr().err


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"] == "urn:idesk:scenario:1"
    assert "injects" in schema["properties"]


def test_run_of_a_bad_scenario_exits_2_before_connecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nexercise: {}\n")
    code = main(["scenario", "run", str(bad), "--broker", "mqtt://127.0.0.1:1", "--speed", "10"])
    assert code == 2
    assert f"{bad}:2:" in capsys.readouterr().err


def test_run_refuses_a_speed_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["scenario", "run", str(SHIPPED[0]), "--speed", "1000"])
    assert info.value.code == 2
    assert "speed must be between" in capsys.readouterr().err


def test_run_refuses_a_naive_base_time(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scenario", "run", str(SHIPPED[0]), "--base-time", "2026-03-14T09:30:00"])
    assert code == 2
    assert "needs a time zone" in capsys.readouterr().err


def test_replay_refuses_without_an_exercise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = tmp_path / "rec.jsonl"
    rec.write_text('{"schema": "idesk.recording/1"}\n')
    assert main(["replay", str(rec), "--broker", "mqtt://127.0.0.1:1"]) == 2
    err = capsys.readouterr().err
    assert "replay always plays into an exercise" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("exercise", ["a/b", "#", "x+y"])
def test_replay_refuses_a_bad_exercise_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], exercise: str
) -> None:
    rec = tmp_path / "rec.jsonl"
    rec.write_text('{"schema": "idesk.recording/1"}\n')
    assert main(["replay", str(rec), "--exercise", exercise]) == 2
    assert "--exercise" in capsys.readouterr().err


def test_replay_of_a_bad_recording_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = tmp_path / "rec.jsonl"
    rec.write_text('{"schema": "idesk.recording/1"}\n{oops\n')
    assert main(["replay", str(rec), "--exercise", "RX-1"]) == 2
    assert "rec.jsonl:2:" in capsys.readouterr().err


def test_export_aar_writes_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = tmp_path / "small.yaml"
    scenario.write_text(SMALL)
    db = f"sqlite:///{tmp_path / 'store.db'}"
    out = tmp_path / "aar"
    argv = ["export", "aar", "--db", db, "--scenario", str(scenario), "--out", str(out)]
    assert main(argv) == 2  # a mistyped database is refused, never created empty
    assert "there is no database file" in capsys.readouterr().err
    from incident_desk.command import CommandBoard, load_directory
    from incident_desk.store import Store
    from incident_desk.topics import Mode
    from tests.unit.command.build import DIRECTORY, KE, Clock

    with Store.open(db) as store:  # the store holds the exercise's traffic
        board = CommandBoard(store, KE, mode=Mode.EXERCISE, exercise_id="EX-T1", clock=Clock())
        board.load_directory(load_directory(DIRECTORY))
        board.establish("KE-INC-1")
    code = main(
        [
            "export",
            "aar",
            "--db",
            db,
            "--exercise",
            "EX-T1",
            "--scenario",
            str(scenario),
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "aar-EX-T1-timeline.csv",
        "aar-EX-T1.csv",
        "aar-EX-T1.html",
        "aar-EX-T1.json",
    ]
    assert "0 met, 0 not met, 6 not observed" in capsys.readouterr().out


def test_validate_checks_the_directory_a_scenario_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "partners.yaml").write_text("schema_version: 1\nagencies:\n  - {id: x}\n")
    scenario = tmp_path / "named.yaml"
    scenario.write_text(SMALL.replace("units:", "directory: partners.yaml\nunits:", 1))
    assert main(["scenario", "validate", str(scenario)]) == 2
    err = capsys.readouterr().err
    assert f"{scenario}: directory partners.yaml:" in err
    assert f"{tmp_path / 'partners.yaml'}:3: agencies[0]" in err


def test_gui_directory_option_reaches_the_settings(tmp_path: Path) -> None:
    from incident_desk.cli import build_parser
    from incident_desk.cli._options import settings_from

    args = build_parser().parse_args(["gui", "--directory", str(tmp_path / "d.yaml")])
    assert settings_from(args).directory == tmp_path / "d.yaml"
