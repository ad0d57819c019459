"""Every numeric option of publish, ingest, search, publish-update, broker and tak is refused
while parsing when out of range (exit 2, the option and its range named, no traceback), and
the settings/options errors name what the user typed, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.cli import main

HUGE = "99999999999999999999999"
PUBLISH = ["publish", "--country", "KE", "--agency", "nps", "--broker", "mqtt://127.0.0.1:1"]
TAK = ["tak", "--country", "KE", "--agency", "nps", "--tak", "tcp://127.0.0.1:1"]


@pytest.mark.parametrize(
    ("argv", "option", "allowed"),
    [
        ([*PUBLISH, "--connect-timeout", "1e10", "A.xml"], "--connect-timeout", "(ten years)"),
        ([*PUBLISH, "--connect-timeout", "inf", "A.xml"], "--connect-timeout", "(ten years)"),
        ([*PUBLISH, "--connect-timeout", "nan", "A.xml"], "--connect-timeout", "(ten years)"),
        ([*PUBLISH, "--max-size", HUGE, "A.xml"], "--max-size", "from 1 to 1073741824"),
        ([*PUBLISH, "--max-size", "-1", "A.xml"], "--max-size", "from 1 to 1073741824"),
        ([*PUBLISH, "--max-size", "0", "A.xml"], "--max-size", "from 1 to 1073741824"),
        (["search", "--limit", HUGE], "--limit", f"from 1 to {2**63 - 1}"),
        (["search", "--limit", "0"], "--limit", f"from 1 to {2**63 - 1}"),
        (["search", "--before-id", HUGE], "--before-id", f"from 1 to {2**63 - 1}"),
        (["publish-update", HUGE, "--queue-only"], "INCIDENT", f"from 1 to {2**63 - 1}"),
        (["ingest", "--exit-idle", "-1"], "--exit-idle", "more than 0"),
        (["ingest", "--exit-after", "-1"], "--exit-after", f"from 1 to {2**63 - 1}"),
        (["ingest", "--exit-after", "0"], "--exit-after", f"from 1 to {2**63 - 1}"),
        ([*TAK, "--exit-after", "-3"], "--exit-after", "more than 0"),
        (["broker", "--port", "99999"], "--port", "a port from 1 to 65535"),
        (["broker", "--port", "-1"], "--port", "a port from 1 to 65535"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_an_out_of_range_number_is_refused_while_parsing(
    argv: list[str],
    option: str,
    allowed: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # nothing may be created: the command never runs
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: " in err
    assert allowed in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            [*PUBLISH[:-1], "ftp://x", "A.xml"],
            "--broker: broker URL 'ftp://x' must start with mqtt:// (plain) or mqtts:// (TLS)",
        ),
        (
            [*PUBLISH, "--client-id", "a.b", "A.xml"],
            "--client-id: client id must be 1-64 letters, digits, '_' or '-'",
        ),
    ],
    ids=["broker", "client-id"],
)
def test_a_bad_broker_option_is_named_as_typed_and_said_once(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"incident-desk publish: {message}"  # once, as typed


def test_a_bad_broker_url_in_the_environment_names_the_variable_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IDESK_BROKER__URLS", '["ftp://x"]')
    assert main([*PUBLISH[:-2], "A.xml"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "incident-desk publish: environment: IDESK_BROKER__URLS: broker URL 'ftp://x' must "
        "start with mqtt:// (plain) or mqtts:// (TLS)"
    )


def test_a_table_setting_that_is_not_json_in_the_environment_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IDESK_BROKER", "{bad")
    assert main(["search", "anything"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("incident-desk search: IDESK_BROKER: not valid JSON (")
    assert "Traceback" not in err
