"""Reports of several files are written all or nothing (``incident_desk/outfile.py``): the
controller panel's Export AAR and ``incident-desk export aar`` share it."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.errors import InputError
from incident_desk.outfile import write_into_folder


def _two_files(folder: Path) -> list[Path]:
    written = []
    for name in ("aar-X.csv", "aar-X.html"):
        (folder / name).write_text(f"new {name}")
        written.append(folder / name)
    return written


def test_the_files_land_in_the_folder_and_nothing_else_is_left(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "drill"  # made, with its parent
    written = write_into_folder(out, _two_files)
    assert written == [out / "aar-X.csv", out / "aar-X.html"]
    assert sorted(p.name for p in out.iterdir()) == ["aar-X.csv", "aar-X.html"]
    assert (out / "aar-X.html").read_text() == "new aar-X.html"


def test_a_failure_half_way_keeps_the_last_report_and_leaves_no_part(tmp_path: Path) -> None:
    (tmp_path / "aar-X.csv").write_text("last run")

    def fails_after_one(folder: Path) -> list[Path]:
        (folder / "aar-X.csv").write_text("half of this run")
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match="No space left on device") as refused:
        write_into_folder(tmp_path, fails_after_one)
    assert str(tmp_path) in str(refused.value)
    assert [p.name for p in tmp_path.iterdir()] == ["aar-X.csv"]
    assert (tmp_path / "aar-X.csv").read_text() == "last run"


def test_new_folders_are_taken_back_when_it_fails(tmp_path: Path) -> None:
    def fails(folder: Path) -> list[Path]:
        raise OSError(5, "Input/output error")

    with pytest.raises(InputError):
        write_into_folder(tmp_path / "a" / "b", fails)
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_folder_should_be_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "report"
    blocker.write_text("a file")
    with pytest.raises(InputError, match=r"report: it is a file, not a folder"):
        write_into_folder(blocker, _two_files)
    assert blocker.read_text() == "a file"
