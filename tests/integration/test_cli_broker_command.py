"""``incident-desk broker`` when it cannot listen: one plain line, no amqtt traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from incident_desk.cli import main
from tests.helpers.brokers import MosquittoBroker


def _broker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incident_desk", "broker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if not k.startswith("IDESK_")},
        check=False,
    )


def test_a_port_in_use_is_one_line_naming_it_and_exit_1(mosquitto: MosquittoBroker) -> None:
    run = _broker("--port", str(mosquitto.port))
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        f"incident-desk broker: port {mosquitto.port} on 127.0.0.1 is in use (another "
        "broker?): use --port"
    ]


def test_a_host_that_is_no_address_is_a_bad_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["broker", "--host", "256.1.1.1", "--port", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("incident-desk broker: cannot listen on 256.1.1.1: ")
