"""``incident-desk export ics204|ics214``: CSV headless, and plain one-line refusals."""

from __future__ import annotations

import csv
import errno
import os
from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.command import CommandBoard, load_directory
from incident_desk.store import Store
from incident_desk.topics import Mode
from tests.unit.command.build import DIRECTORY, KE, KEY, Clock

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with one real and one exercise incident (the same key in both)."""
    url = f"sqlite:///{tmp_path / 'forms.db'}"
    store = Store.open(url)
    try:
        for exercise in (None, "EX-NC-26"):
            b = CommandBoard(
                store,
                KE,
                mode=Mode.EXERCISE if exercise else Mode.ACTUAL,
                exercise_id=exercise,
                clock=Clock(),
            )
            b.load_directory(load_directory(DIRECTORY))
            b.establish(KEY)
            b.assign(KEY, unit_id="nps-rdu-1", element_kind="division", element_name="Div A")
        b.establish("EX-ONLY-1")
    finally:
        store.close()
    return url


def test_ics204_as_csv_without_qt(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "204.csv"
    code = main(["export", "ics204", "--db", db, "--incident", KEY, "--exercise", "EX-NC-26",
                 "--out", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["EXERCISE EXERCISE EXERCISE (EX-NC-26)"]
    assert ["ICS 204", "Assignment List"] in rows
    assert any("RDU-BUSIA-1" in row for row in rows)
    assert any(cell.endswith(" UTC") for row in rows for cell in row)  # one time format
    assert capsys.readouterr().out.strip() == (
        f"{out}: ICS 204 Assignment List of {KEY} (EXERCISE EX-NC-26), 1 page(s)"
    )


def test_ics214_finds_the_traffic_of_a_key_that_is_only_in_one(db: str, tmp_path: Path) -> None:
    out = tmp_path / "214.csv"
    assert main(["export", "ics214", "--db", db, "--incident", "EX-ONLY-1", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("EXERCISE EXERCISE EXERCISE (EX-NC-26)")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--db", "sqlite:///{tmp}/missing.db"], "there is no database file"),
        (["--db", "not a url"], "not a database URL"),
        (["--incident", "NOPE-1"], "there is no incident 'NOPE-1' in this store"),
        (["--incident", KEY], "is in several traffics (EX-NC-26, actual): give --exercise"),
        (["--out", "{tmp}/204.txt"], "--out must end in .pdf or .csv"),
        (["--out", "{tmp}/nowhere/204.csv"], "there is no folder"),
    ],
)
def test_bad_input_is_exit_2_with_one_plain_line(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    words: str,
) -> None:
    given = {"--db": db, "--incident": "EX-ONLY-1", "--out": str(tmp_path / "204.csv")}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        given[flag] = value.format(tmp=tmp_path)
    argv = ["export", "ics204"] + [x for pair in given.items() for x in pair]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err  # one line
    assert err.startswith("incident-desk export: ")
    assert words in err
    assert "Traceback" not in err
    assert not (tmp_path / "missing.db").exists()  # an export never creates a database


@pytest.mark.parametrize("form", ["ics204", "ics214"])
@pytest.mark.parametrize("name", ["d.csv", "d.pdf"])
def test_a_folder_as_out_is_refused_before_anything_is_written(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str, name: str
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    argv = ["export", form, "--db", db, "--incident", "EX-ONLY-1", "--out", str(folder)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err == f"incident-desk export: cannot write {folder}: it is a folder\n"
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("name", ["x.csv", "x.pdf"])
def test_a_place_the_system_refuses_is_exit_2_with_its_reason(
    db: str, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = f"/proc/{name}"
    assert main(["export", "ics214", "--db", db, "--incident", "EX-ONLY-1", "--out", out]) == 2
    err = capsys.readouterr().err
    assert err == f"incident-desk export: cannot write {out}: No such file or directory\n"


def test_a_failed_write_leaves_the_existing_file_and_no_partial_one(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "214.csv"
    out.write_text("the last good export\n", encoding="utf-8")
    write_text = Path.write_text

    def disk_full(self: Path, data: str, *args: object, **kwargs: object) -> int:
        write_text(self, data[:10], *args, **kwargs)  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_text", disk_full)
    assert main(["export", "ics214", "--db", db, "--incident", "EX-ONLY-1", "--out", str(out)]) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err == f"incident-desk export: cannot write {out}: No space left on device\n"
    assert out.read_text(encoding="utf-8") == "the last good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["214.csv", "forms.db"]
