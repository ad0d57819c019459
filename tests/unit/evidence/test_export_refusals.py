"""`evidence export` refuses what it cannot do before anything is logged (exit 2): an
unwritable --out, an incident that is not in this traffic. A failure after the export was
logged (the TSA does not answer) rolls it back: the log names only packages that exist."""

from __future__ import annotations

import pytest

from incident_desk.cli import main
from tests.helpers.brokers import free_port
from tests.unit.evidence.conftest import Case


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("folder", "it is a folder"),
        ("nodir3/x.zip", "there is no folder"),
        ("afile/x.zip", "is not a folder"),
    ],
)
def test_an_unwritable_out_is_refused_before_anything_is_logged(
    case: Case, capsys: pytest.CaptureFixture[str], target: str, why: str
) -> None:
    case.make_key()
    (case.dir / "folder").mkdir()
    (case.dir / "afile").write_text("a file, not a folder")
    capsys.readouterr()
    out = case.dir / target
    assert case.export(out=out) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"cannot write {out}: " in line
    assert why in line
    case.nothing_written()
    assert not (case.dir / "nodir3").exists()


def test_a_tsa_that_does_not_answer_rolls_the_logged_export_back(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    case.make_key()
    capsys.readouterr()
    tsa = f"http://127.0.0.1:{free_port()}/tsa"
    assert case.export("--tsa", tsa) == 1  # an environment failure, after the export was logged
    assert "did not answer" in _one_line(capsys.readouterr().err)
    case.nothing_written()
    # the next export is the log's first: the failed one left no trace
    assert case.export() == 0
    assert case.exports_logged() == 1
    assert case.checkpoints() == 1
    assert main(["evidence", "audit", "--db", case.url]) == 0


@pytest.mark.parametrize(
    ("incident", "exercise", "said"),
    [
        ("NOPE", None, "no incident 'NOPE' in real traffic"),
        ("NOPE", "EX-1", "no incident 'NOPE' in exercise EX-1"),
        ("KE-EX-3", None, "no incident 'KE-EX-3' in real traffic: it exists only in exercise EX-1"),
        ("KE-INC-9", "EX-1", "no incident 'KE-INC-9' in exercise EX-1: it exists only in real"),
    ],
)
def test_an_incident_that_is_not_in_this_traffic_is_refused(
    case: Case,
    capsys: pytest.CaptureFixture[str],
    incident: str,
    exercise: str | None,
    said: str,
) -> None:
    case.make_key()
    capsys.readouterr()
    extra = ("--exercise", exercise) if exercise else ()
    assert case.export(*extra, incident=incident) == 2
    assert said in _one_line(capsys.readouterr().err)
    case.nothing_written()


def test_the_exercise_only_incident_exports_with_its_exercise(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    case.make_key()
    assert case.export("--exercise", "EX-1", incident="KE-EX-3") == 0
    assert "2 entries of incident KE-EX-3" in capsys.readouterr().out  # the note and the export
