"""The ``[tak]`` settings and the ``incident-desk tak`` options: bad input is exit 2, one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.errors import ConfigError
from incident_desk.settings import Settings, TakSettings, parse_tak_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("tcp://tak.ke.example", ("tcp", "tak.ke.example", 8087)),
        ("tls://tak.ke.example", ("tls", "tak.ke.example", 8089)),
        ("ssl://10.0.0.5:8443", ("tls", "10.0.0.5", 8443)),
        ("udp://239.2.3.1", ("udp", "239.2.3.1", 6969)),
    ],
)
def test_tak_urls_parse_with_default_ports(url: str, expected: tuple[str, str, int]) -> None:
    assert parse_tak_url(url) == expected


@pytest.mark.parametrize("url", ["http://x", "tcp://", "tcp://h:1/path", "tcp://u:p@h"])
def test_unusable_tak_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigError):
        parse_tak_url(url)


def test_the_tak_section_loads_from_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "idesk.toml"
    path.write_text(
        '[tak]\nurl = "tls://tak.ke.example:8089"\nca_file = "/etc/idesk/ca.pem"\n'
        '[tak.exercise_channels]\nEX-SILKGATE-26 = "tcp://tak-ex.ke.example:8087"\n'
    )
    tak = Settings.load(path).tak
    assert tak is not None
    assert tak.exercise_channels == {"EX-SILKGATE-26": "tcp://tak-ex.ke.example:8087"}
    assert Settings.load(None).tak is None  # optional: no TAK unless configured


def test_an_exercise_channel_may_not_be_the_real_channel_or_another_exercises() -> None:
    with pytest.raises(ValueError, match="apart from real traffic"):
        TakSettings(url="tcp://tak:8087", exercise_channels={"EX1": "tcp://tak"})
    with pytest.raises(ValueError, match="apart from real traffic"):
        TakSettings(
            url="tcp://tak:8087",
            exercise_channels={"EX1": "tcp://tak:9001", "EX2": "tcp://tak:9001"},
        )


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["tak", "--tak", "http://tak"], "tcp://"),
        (["tak"], "--tak URL"),
        (["tak", "--tak", "tcp://t:1", "--exercise-channel", "EX1"], "ID=URL"),
        (["tak", "--tak", "tls://t:1"], "ca_file"),
        (["tak", "--tak", "tcp://t:1", "--country", "ke", "--agency", "nps"], "--country"),
    ],
)
def test_bad_tak_options_exit_2_with_one_line(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [*argv, "--broker", "mqtt://127.0.0.1:1", "--country", "KE", "--agency", "nps"]
            if "--country" not in argv
            else [*argv, "--broker", "mqtt://127.0.0.1:1"]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert says in err
    assert err.count("\n") == 1


def test_a_store_that_does_not_exist_is_refused_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The gateway only reads the store (closed incidents): like search, a missing SQLite
    file is an error, never a new empty database."""
    missing = tmp_path / "nonexist9.db"
    argv = ["tak", "--tak", "tcp://127.0.0.1:1", "--country", "KE", "--agency", "nps"]
    code = main([*argv, "--broker", "mqtt://127.0.0.1:1", "--db", f"sqlite:///{missing}"])
    assert code == 2
    assert f"there is no database file '{missing}'" in capsys.readouterr().err
    assert not missing.exists()
