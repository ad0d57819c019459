"""``incident-desk export aar``: refusals before anything is written, and no half-written
report (a folder of the store's real traffic, no broker)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.command import CommandBoard, load_directory
from incident_desk.store import Store
from incident_desk.topics import Mode
from tests.unit.command.build import DIRECTORY, KE, Clock
from tests.unit.exercise.conftest import SMALL

pytestmark = pytest.mark.timeout(60)

NAMES = ["aar-EX-T1-timeline.csv", "aar-EX-T1.csv", "aar-EX-T1.html", "aar-EX-T1.json"]


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with traffic of exercise EX-T1 (the scenario's) and nothing else."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store.open(url)
    try:
        board = CommandBoard(store, KE, mode=Mode.EXERCISE, exercise_id="EX-T1", clock=Clock())
        board.load_directory(load_directory(DIRECTORY))
        board.establish("KE-INC-1")
    finally:
        store.close()
    return url


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL)
    return path


def aar(db: str, scenario: Path, out: Path, *more: str) -> list[str]:
    return ["export", "aar", "--db", db, "--scenario", str(scenario), "--out", str(out), *more]


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_the_report_of_an_exercise_the_store_holds(
    db: str, scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "aar"
    assert main(aar(db, scenario, out)) == 0, capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == NAMES  # no temporary file left
    assert "exercise EX-T1: 0 met, 0 not met, 6 not observed" in capsys.readouterr().out


@pytest.mark.parametrize("speed", ["0", "-5", "nan", "1e400", "inf", "1000"])
def test_a_speed_out_of_range_is_refused_by_the_parser(
    db: str, scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], speed: str
) -> None:
    out = tmp_path / "aar"
    with pytest.raises(SystemExit) as info:
        main(aar(db, scenario, out, f"--speed={speed}"))
    assert info.value.code == 2
    assert "argument --speed: speed must be between 0.25 and 100" in capsys.readouterr().err
    assert not out.exists()


def test_an_exercise_id_that_is_a_path_is_refused(
    db: str, scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "aar"
    assert main(aar(db, scenario, out, "--exercise", "../../evil")) == 2
    err = one_line(capsys)
    assert err.startswith("incident-desk export: --exercise '../../evil': exercise id")
    assert "letters, digits, '_' or '-' only" in err
    assert not out.exists()


@pytest.mark.parametrize("exercise", ["EX-OTHER", None])
def test_an_exercise_without_traffic_in_the_store_is_refused(
    db: str,
    scenario: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    exercise: str | None,
) -> None:
    if exercise is None:  # a wrong --db: a store of other traffic
        db = f"sqlite:///{tmp_path / 'empty.db'}"
        Store.open(db).close()
    out = tmp_path / "aar"
    argv = aar(db, scenario, out, *(["--exercise", exercise] if exercise else []))
    assert main(argv) == 2
    err = one_line(capsys)
    assert f"the store holds no traffic of exercise {exercise or 'EX-T1'} (it holds " in err
    assert ("EX-T1)" if exercise else "no exercise traffic)") in err
    assert not out.exists()


def test_a_file_where_the_folder_should_be_is_refused_and_kept(
    db: str, scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "good.xml"
    out.write_text("<keep/>")
    assert main(aar(db, scenario, out)) == 2
    assert one_line(capsys) == (
        f"incident-desk export: cannot write {out}: it is a file, and --out names a folder\n"
    )
    assert out.read_text() == "<keep/>"
    assert main(aar(db, scenario, out / "aar")) == 2
    assert f"cannot write {out / 'aar'}: {out} is not a folder" in one_line(capsys)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_folder_the_system_refuses_is_exit_2_with_its_reason(
    db: str, scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(aar(db, scenario, Path("/proc/aar"))) == 2
    assert one_line(capsys) == (
        "incident-desk export: cannot write /proc/aar: No such file or directory\n"
    )


def test_a_failed_write_leaves_no_partial_report_and_no_new_folder(
    db: str,
    scenario: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from incident_desk.exercise import _aar_write

    def disk_full(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(_aar_write, "write_json", disk_full)  # after the CSV files
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "aar-EX-T1.csv").write_text("the last good report\n")
    assert main(aar(db, scenario, kept)) == 2
    assert one_line(capsys) == (
        f"incident-desk export: cannot write {kept}: No space left on device\n"
    )
    assert [p.name for p in kept.iterdir()] == ["aar-EX-T1.csv"]
    assert (kept / "aar-EX-T1.csv").read_text() == "the last good report\n"
    fresh = tmp_path / "new" / "aar"
    assert main(aar(db, scenario, fresh)) == 2
    capsys.readouterr()
    assert not (tmp_path / "new").exists()
