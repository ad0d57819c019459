"""The agency key file: one that cannot be written or holds no key is named in one line
(exit 2, no traceback) and never overwritten; ``evidence key`` and a console's first start
create it (mode 0600)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.evidence.config import signer_from
from incident_desk.settings import Settings
from tests.unit.evidence.conftest import Case


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_evidence_key_creates_the_key_the_other_commands_then_use(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    case.key = case.dir / "keys" / "agency.key"
    case.make_key()
    assert case.key.stat().st_mode & 0o777 == 0o600
    log_key = next(
        line.split()[-1] for line in capsys.readouterr().out.splitlines() if "log key" in line
    )
    assert main(["evidence", "checkpoint", "--db", case.url, "--key", str(case.key)]) == 0
    assert case.export() == 0
    verify = ["evidence", "verify", str(case.dir / "case.zip"), "--log-key", log_key]
    assert main(verify) == 0


def test_the_console_still_creates_its_key_on_first_use(tmp_path: Path) -> None:
    key = tmp_path / "console" / "evidence.key"
    settings = Settings(country="KE", agency="nps", evidence={"key_file": key})
    signer = signer_from(settings)  # what EvidenceBus.from_settings and the window use
    assert key.is_file()
    assert signer.name == "idesk/KE/nps"
    assert signer_from(settings, create=False).verifier() == signer.verifier()


def test_a_key_file_that_cannot_be_written_is_named(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    (case.dir / "afile").write_text("a file, not a folder")
    key = case.dir / "afile" / "x.key"
    assert main(["evidence", "key", "--key", str(key)]) == 2
    assert f"cannot write the key file {key}" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"\xff\xfe", "not UTF-8 text"),
        (b"", "the file is empty"),
        (b"hello\n", "PRIVATE+KEY"),
    ],
)
def test_a_key_file_that_holds_no_key_is_named(
    case: Case, capsys: pytest.CaptureFixture[str], content: bytes, why: str
) -> None:
    case.key.write_bytes(content)
    commands = [
        ["evidence", "key", "--key", str(case.key)],
        ["evidence", "checkpoint", "--db", case.url, "--key", str(case.key)],
    ]
    for command in commands:
        assert main(command) == 2
        line = _one_line(capsys.readouterr().err)
        assert f"{case.key}: not an Incident Desk signer key (" in line
        assert why in line
    assert case.export() == 2
    assert f"{case.key}: not an Incident Desk signer key" in _one_line(capsys.readouterr().err)
    assert case.key.read_bytes() == content  # never overwritten
    case.nothing_written()
