"""``incident-desk evidence witness`` as an operator runs it: settings and key refused in one
line (exit 2) before the broker is tried, a broker that cannot be reached is a failure
(exit 1, as ``ingest``), and a reachable one runs until ``--exit-after``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_desk.cli import main
from tests.helpers.brokers import MosquittoBroker, free_port

ROOT = Path(__file__).parents[2]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDESK_")}
    env.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        [sys.executable, "-m", "incident_desk", "evidence", "witness", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


def _settings(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "ke.toml"
    path.write_text(body)
    return path


def _key(tmp_path: Path) -> Path:
    key = tmp_path / "ke.key"
    assert main(["evidence", "key", "--key", str(key)]) == 0
    return key


def _error(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    return done.stderr.strip().splitlines()[-1]


def test_settings_without_country_or_agency_are_a_settings_error(tmp_path: Path) -> None:
    key = _key(tmp_path)
    config = _settings(tmp_path, f'[evidence]\nkey_file = "{key}"\n')
    done = _run(tmp_path, "--config", str(config), "--db", f"sqlite:///{tmp_path / 'ke.db'}")
    assert done.returncode == 2, done.stderr
    assert "country and agency" in _error(done)
    assert not (tmp_path / "ke.db").exists()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\xff\xfe", "not an Incident Desk signer key (not UTF-8 text)"),
        (None, "no key file"),
    ],
)
def test_the_settings_key_file_is_checked_and_never_invented(
    tmp_path: Path, content: bytes | None, said: str
) -> None:
    key = tmp_path / "ke.key"
    if content is not None:
        key.write_bytes(content)
    config = _settings(
        tmp_path, f'country = "KE"\nagency = "nps"\n[evidence]\nkey_file = "{key}"\n'
    )
    done = _run(tmp_path, "--config", str(config), "--db", f"sqlite:///{tmp_path / 'ke.db'}")
    assert done.returncode == 2, done.stderr
    line = _error(done)
    assert str(key) in line
    assert said in line
    assert key.exists() == (content is not None)


def test_a_broker_that_cannot_be_reached_is_a_failure(tmp_path: Path) -> None:
    key = _key(tmp_path)
    config = _settings(
        tmp_path, f'country = "KE"\nagency = "nps"\n[evidence]\nkey_file = "{key}"\n'
    )
    port = free_port()
    done = _run(
        tmp_path,
        "--config",
        str(config),
        "--db",
        f"sqlite:///{tmp_path / 'ke.db'}",
        "--broker",
        f"mqtt://127.0.0.1:{port}",
        "--connect-timeout",
        "1",
        "--exit-after",
        "3",
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"could not connect to the broker at 127.0.0.1:{port}" in _error(done)


def test_a_reachable_broker_runs_until_exit_after(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    key = tmp_path / "ke.key"
    config = _settings(
        tmp_path, f'country = "KE"\nagency = "nps"\n[evidence]\nkey_file = "{key}"\n'
    )
    assert main(["evidence", "key", "--config", str(config)]) == 0  # named after the origin
    done = _run(
        tmp_path,
        "--config",
        str(config),
        "--db",
        f"sqlite:///{tmp_path / 'ke.db'}",
        "--broker",
        mosquitto.url,
        "--exit-after",
        "0.5",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "evidence log idesk/KE/nps" in done.stdout


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "1e12", "soon"])
def test_exit_after_out_of_range_is_refused_while_parsing(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["evidence", "witness", "--exit-after", value])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--exit-after" in err
    assert "Traceback" not in err
