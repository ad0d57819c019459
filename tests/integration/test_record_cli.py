"""``incident-desk record``: refusals before connecting, an existing file kept, and a full
disk that loses nothing (a real Mosquitto)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.exercise import read_recording
from incident_desk.messaging import BusClient
from tests.helpers.brokers import MosquittoBroker, bus_settings, start_mosquitto
from tests.helpers.logfail import BROKER_REFUSAL

pytestmark = pytest.mark.timeout(90)

TOPIC = "idesk/v1/actual/KE/nps/alert"
UNREACHABLE = "mqtt://127.0.0.1:1"  # never reached: every refusal here comes first


@pytest.fixture(autouse=True)
def _no_user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


def publish(broker: MosquittoBroker, *payloads: bytes, retain: bool = False) -> None:
    source = BusClient(bus_settings(broker.url, "source"))
    source.connect_and_wait(10)
    try:
        for payload in payloads:
            source.publish(TOPIC, payload, retain=retain)
    finally:
        source.stop()


def test_an_existing_file_is_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text("".join(f"line {i}\n" for i in range(6)))
    argv = ["record", "--broker", UNREACHABLE, "--out", str(keep), "--exit-idle", "2"]
    assert main(argv) == 2
    assert one_line(capsys) == (
        f"incident-desk record: {keep} exists: choose another name, or pass --overwrite "
        "to replace it"
    )
    assert keep.read_text() == "".join(f"line {i}\n" for i in range(6))


@BROKER_REFUSAL
def test_a_broker_that_refuses_us_leaves_the_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "refusing").mkdir()
    broker = start_mosquitto(tmp_path / "refusing", extra_config="allow_anonymous false\n")
    keep, new = tmp_path / "keep.jsonl", tmp_path / "new.jsonl"
    keep.write_text("line 1\nline 2\n")
    try:
        for out in (keep, new):
            argv = ["record", "--broker", broker.url, "--out", str(out), "--overwrite"]
            assert main([*argv, "--exit-idle", "2"]) == 1
            assert "refused" in one_line(capsys)
    finally:
        broker.stop()
    assert keep.read_text() == "line 1\nline 2\n"
    assert not new.exists()


def test_overwrite_replaces_the_file_once_connected(
    mosquitto: MosquittoBroker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publish(mosquitto, b"state", retain=True)  # reaches the recorder however late it subscribes
    out = tmp_path / "session.jsonl"
    out.write_text("an older session\n")
    argv = ["record", "--broker", mosquitto.url, "--filter", TOPIC, "--out", str(out)]
    assert main([*argv, "--overwrite", "--exit-after", "1", "--exit-idle", "30"]) == 0
    assert f"recorded 1 messages to {out}" in capsys.readouterr().out
    assert [m.payload for m in read_recording(out)] == [b"state"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("idesk/#/x", "'#' must be the last level, alone"),
        ("", "it is empty"),
        ("idesk/v1+/#", "'+' must be a level alone"),
    ],
)
def test_a_bad_filter_is_refused_before_connecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, problem: str
) -> None:
    out = tmp_path / "new.jsonl"
    assert main(["record", "--broker", UNREACHABLE, "--filter", text, "--out", str(out)]) == 2
    assert one_line(capsys) == (
        f"incident-desk record: --filter {text!r}: not a valid MQTT topic filter ({problem})"
    )
    assert not out.exists()


@pytest.mark.parametrize("seconds", ["-3", "0", "nan", "inf"])
def test_exit_idle_must_be_a_number_of_seconds_above_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seconds: str
) -> None:
    out = tmp_path / "new.jsonl"
    argv = ["record", "--broker", UNREACHABLE, "--out", str(out), f"--exit-idle={seconds}"]
    with pytest.raises(SystemExit) as refused:  # refused while parsing, as every time option
        main(argv)
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "argument --exit-idle" in err
    assert "more than 0" in err or "not a number" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_a_folder_as_out_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["record", "--broker", UNREACHABLE, "--out", str(tmp_path)]) == 2
    assert one_line(capsys) == f"incident-desk record: cannot write {tmp_path}: it is a folder"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_is_exit_1_with_the_reason(
    mosquitto: MosquittoBroker, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["record", "--broker", mosquitto.url, "--out", "/dev/full", "--exit-idle", "30"]
    assert main(argv) == 1
    assert one_line(capsys) == (
        "incident-desk record: cannot write /dev/full: No space left on device"
    )


def test_a_full_disk_keeps_whole_lines_and_loses_no_message(
    mosquitto: MosquittoBroker,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = ["record", "--broker", mosquitto.url, "--client-id", "rec-1", "--filter", TOPIC]
    # a first run makes the persistent session; what is published while it is away waits
    assert main([*record, "--out", str(tmp_path / "first.jsonl"), "--exit-idle", "0.5"]) == 0
    publish(mosquitto, b"m1", b"m2", b"m3")
    capsys.readouterr()

    real_write = os.write
    state = {"fd": -1, "lines": 0}

    def disk_fills_up(fd: int, data: bytes | memoryview) -> int:
        if fd != state["fd"] and b'"topic": ' not in bytes(data):
            return real_write(fd, data)  # not the recording, or its header
        state["fd"] = fd
        state["lines"] += 1
        if state["lines"] == 1:
            return real_write(fd, data)  # the first message: written whole
        if state["lines"] == 2:
            return real_write(fd, bytes(data[:25]))  # part of the second, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    out = tmp_path / "second.jsonl"
    monkeypatch.setattr(os, "write", disk_fills_up)
    code = main([*record, "--out", str(out), "--exit-after", "3", "--exit-idle", "30"])
    monkeypatch.undo()
    assert code == 1
    assert one_line(capsys) == f"incident-desk record: cannot write {out}: No space left on device"
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")  # the half-written line was cut off
    assert [m.payload for m in read_recording(out)] == [b"m1"]

    # the messages the file did not take were not acknowledged: the next run gets them
    again = tmp_path / "third.jsonl"
    assert main([*record, "--out", str(again), "--exit-after", "2", "--exit-idle", "30"]) == 0
    assert [m.payload for m in read_recording(again)] == [b"m2", b"m3"]
