"""The evidence commands' options checked before any side effect (exit 2, one line naming
the option): --tsa, [evidence] tsa_url, a --key that does not exist (never invented),
--log-key, --witness-key, --tsa-root."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.cli import main
from tests.unit.evidence.conftest import Case


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("url", ["notaurl", "ftp://x/y", "http://"])
def test_a_tsa_that_is_not_an_http_url_is_refused(
    case: Case, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    case.make_key()
    capsys.readouterr()
    assert case.export("--tsa", url) == 2
    assert "--tsa must be an http:// or https:// URL" in _one_line(capsys.readouterr().err)
    args = ["evidence", "checkpoint", "--db", case.url, "--key", str(case.key), "--tsa", url]
    assert main(args) == 2
    assert "--tsa must be an http:// or https:// URL" in _one_line(capsys.readouterr().err)
    case.nothing_written()


def test_a_bad_tsa_url_in_the_settings_is_named(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    case.make_key()
    config = case.dir / "ke.toml"
    config.write_text('[evidence]\ntsa_url = "notaurl"\n')
    capsys.readouterr()
    assert case.export("--config", str(config)) == 2
    assert "[evidence] tsa_url must be an http:// or https:// URL" in _one_line(
        capsys.readouterr().err
    )
    case.nothing_written()


def test_a_mistyped_key_is_refused_and_no_key_is_invented(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = case.dir / "typo" / "agnecy.key"
    assert main(["evidence", "checkpoint", "--db", case.url, "--key", str(typo)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"no key file {typo}: create one with `incident-desk evidence key`" in line
    case.key = case.dir / "typo3.key"
    assert case.export() == 2
    assert "no key file" in _one_line(capsys.readouterr().err)
    assert not (case.dir / "typo").exists()
    assert not (case.dir / "typo3.key").exists()
    case.nothing_written()


@pytest.mark.parametrize("option", ["--log-key", "--witness-key"])
def test_a_key_option_that_is_not_a_verifier_key_is_the_options_fault(
    exported: tuple[Path, str], capsys: pytest.CaptureFixture[str], option: str
) -> None:
    package, _vkey = exported
    assert main(["evidence", "verify", str(package), option, "garbage"]) == 2
    captured = capsys.readouterr()
    line = _one_line(captured.err)
    assert f"{option}: not a verifier key" in line
    assert "package" not in line
    assert "VERIFIED" not in captured.out


def test_a_tsa_root_that_is_not_pem_is_refused(
    exported: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package, _vkey = exported
    root = tmp_path / "root.pem"
    root.write_text("not a certificate\n")
    assert main(["evidence", "verify", str(package), "--tsa-root", str(root)]) == 2
    assert f"--tsa-root {root}: not a PEM certificate" in _one_line(capsys.readouterr().err)


def test_a_database_file_that_does_not_exist_is_refused_not_created(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    case.make_key()
    capsys.readouterr()
    missing = case.dir / "typo.db"
    case.url = f"sqlite:///{missing}"
    assert case.export() == 2
    assert str(missing) in _one_line(capsys.readouterr().err)
    for verb in (["checkpoint", "--key", str(case.key)], ["audit"]):
        assert main(["evidence", *verb, "--db", case.url]) == 2
        assert str(missing) in _one_line(capsys.readouterr().err)
    assert not missing.exists()
    assert not list(case.dir.rglob("*.zip"))
