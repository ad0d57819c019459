"""``incident-desk scenario run``, ``record`` and ``replay`` against a real Mosquitto."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from incident_desk.cap import Status, parse
from incident_desk.cli import main
from incident_desk.exercise import decode_control, read_recording, render_run
from incident_desk.messaging import BusClient, Subscription
from incident_desk.scenario import parse_scenario
from tests.helpers.alerts import make_alert
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings, start_mosquitto
from tests.helpers.logfail import BROKER_REFUSAL
from tests.unit.exercise.conftest import SMALL

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def listen(mosquitto: MosquittoBroker) -> Iterator[object]:
    made: list[BusClient] = []

    def subscribe(name: str, *filters: str) -> Inbox:
        inbox = Inbox()
        client = BusClient(bus_settings(mosquitto.url, name), on_message=inbox.on_message)
        inbox.auto_ack = client
        client.connect_and_wait(10)
        made.append(client)
        client.subscribe([Subscription(f, no_retained=False) for f in filters], timeout=10)
        return inbox

    yield subscribe
    for client in made:
        client.stop()


def test_scenario_run_plays_the_file_and_prints_one_line_per_inject(
    mosquitto: MosquittoBroker, listen: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL)
    # a reproducible run's base time is fixed, so soon in the past: every inject still goes
    # out (its broker expiry is when the exercise clock reaches its expires, not the date)
    base = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    inbox = listen("sub", "idesk/v1/exercise/EX-T1/#")  # type: ignore[operator]
    code = main(
        [
            "scenario",
            "run",
            str(path),
            "--broker",
            mosquitto.url,
            "--speed",
            "100",
            "--base-time",
            base.isoformat(),
            "--controller",
            "Controller KE",
            "--client-id",
            "idesk-test-player",
        ]
    )
    assert code == 0
    expected = render_run(parse_scenario(SMALL), base, speed=100.0, controller="Controller KE")
    got = inbox.wait_messages(len(expected))
    assert [(m.topic, m.payload) for m in got] == [(m.topic, m.payload) for m in expected]
    out = capsys.readouterr().out.splitlines()
    inject_lines = [line for line in out if line.startswith("inject ")]
    assert [line.split()[1] for line in inject_lines] == ["1", "2", "3", "5", "6"]
    assert all(" sent → idesk/v1/exercise/EX-T1/" in line for line in inject_lines)
    assert out[0] == "STARTEX exercise EX-T1 state running"
    assert "ENDEX exercise EX-T1 state ended" in out
    assert out[-1] == f"{path}: 5 of 6 injects sent"


def test_scenario_run_clear_state_leaves_no_retained_control(
    mosquitto: MosquittoBroker, listen: object, tmp_path: Path
) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL)
    args = ["scenario", "run", str(path), "--broker", mosquitto.url, "--speed", "100"]
    assert main([*args, "--clear-state"]) == 0
    # a late joiner gets the retained unit state but no control state: control cleared
    late = listen("late", "idesk/v1/exercise/EX-T1/#")  # type: ignore[operator]
    sentinel = BusClient(bus_settings(mosquitto.url, "sentinel"))
    sentinel.connect_and_wait(10)
    try:
        sentinel.publish("idesk/v1/exercise/EX-T1/KE/nps/command", b"{}")
    finally:
        sentinel.stop()
    seen = late.wait_messages(1, topic="idesk/v1/exercise/EX-T1/KE/nps/command")
    assert seen
    assert [m.topic for m in late.messages] == [
        "idesk/v1/exercise/EX-T1/UG/upf/unit/eod-1",
        "idesk/v1/exercise/EX-T1/KE/nps/command",
    ]
    assert main(args) == 0  # without --clear-state the "ended" state stays for late joiners
    late2 = listen("late2", "idesk/v1/exercise/EX-T1/control")  # type: ignore[operator]
    state = decode_control(late2.wait_messages(1)[0].payload)
    assert state is not None
    assert state.state.value == "ended"


@BROKER_REFUSAL
def test_scenario_run_against_a_refusing_broker_exits_1_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "refusing").mkdir()
    broker = start_mosquitto(tmp_path / "refusing", extra_config="allow_anonymous false\n")
    try:
        path = tmp_path / "small.yaml"
        path.write_text(SMALL)
        code = main(["scenario", "run", str(path), "--broker", broker.url, "--speed", "100"])
    finally:
        broker.stop()
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("incident-desk scenario: the broker at 127.0.0.1:")
    assert "refused" in err
    assert "Not authorized" in err or "authori" in err.lower()


def test_record_cli_saves_messages_and_replay_cli_puts_them_in_the_exercise(
    mosquitto: MosquittoBroker, listen: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = BusClient(bus_settings(mosquitto.url, "source"))
    source.connect_and_wait(10)
    try:
        # retained states reach the recorder however late it subscribes: no race
        for unit in ("eod-1", "eod-2"):
            source.publish(
                f"idesk/v1/actual/UG/upf/unit/{unit}",
                json.dumps({"schema": "idesk.unit-status/1", "unit": unit}).encode(),
                retain=True,
            )
    finally:
        source.stop()
    out = tmp_path / "session.jsonl"
    code = main(
        [
            "record",
            "--broker",
            mosquitto.url,
            "--out",
            str(out),
            "--exit-after",
            "2",
            "--exit-idle",
            "20",
        ]
    )
    assert code == 0
    assert f"recorded 2 messages to {out}" in capsys.readouterr().out
    assert sorted(m.topic for m in read_recording(out)) == [
        "idesk/v1/actual/UG/upf/unit/eod-1",
        "idesk/v1/actual/UG/upf/unit/eod-2",
    ]

    inbox = listen("ex", "idesk/v1/exercise/RX-9/#")  # type: ignore[operator]
    code = main(
        ["replay", str(out), "--exercise", "RX-9", "--speed", "100", "--broker", mosquitto.url]
    )
    assert code == 0
    assert "replayed 2 of 2 messages into exercise RX-9 (0 skipped)" in capsys.readouterr().out
    got = inbox.wait_messages(2)
    assert sorted(m.topic for m in got) == [
        "idesk/v1/exercise/RX-9/UG/upf/unit/eod-1",
        "idesk/v1/exercise/RX-9/UG/upf/unit/eod-2",
    ]
    assert all(json.loads(m.payload)["exercise"] == "RX-9" for m in got)


@pytest.mark.logs_expected("incident_desk.exercise", match="CAP does not parse")
def test_replay_cli_warns_about_unparseable_cap(
    mosquitto: MosquittoBroker, listen: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from incident_desk.cap import dumps
    from incident_desk.exercise import RecordedMessage, recording_header, recording_line

    now = datetime.now(UTC).replace(microsecond=0)
    rec = tmp_path / "rec.jsonl"
    rec.write_text(
        recording_header(now)
        + recording_line(
            RecordedMessage(0.0, "idesk/v1/actual/KE/nps/alert", dumps(make_alert(sent=now)))
        )
        + recording_line(RecordedMessage(0.1, "idesk/v1/actual/KE/nps/alert", b"junk"))
    )
    inbox = listen("ex", "idesk/v1/exercise/RX-2/#")  # type: ignore[operator]
    assert main(["replay", str(rec), "--exercise", "RX-2", "--broker", mosquitto.url]) == 0
    captured = capsys.readouterr()
    assert "warning: skipped idesk/v1/actual/KE/nps/alert" in captured.err
    assert "(1 skipped)" in captured.out
    alert = parse(inbox.wait_messages(1)[0].payload)
    assert alert.status is Status.EXERCISE


def _only_the_sentinel(mosquitto: MosquittoBroker, inbox: Inbox) -> list[str]:
    """The topics the inbox got, once a sentinel sent after the command has arrived."""
    sentinel = BusClient(bus_settings(mosquitto.url, "sentinel"))
    sentinel.connect_and_wait(10)
    try:
        sentinel.publish("idesk/v1/exercise/EX-T1/KE/nps/command", b"{}")
    finally:
        sentinel.stop()
    inbox.wait_messages(1, topic="idesk/v1/exercise/EX-T1/KE/nps/command")
    return [m.topic for m in inbox.messages]


@pytest.mark.parametrize(
    "base", ["9999-12-31T23:59:59Z", "9999-12-31T23:58:00Z", "0001-01-01T00:00:00+03:00"]
)
def test_scenario_run_refuses_a_base_time_it_cannot_write_before_startex(
    base: str,
    mosquitto: MosquittoBroker,
    listen: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL)
    inbox = listen("sub", "idesk/v1/exercise/EX-T1/#")  # type: ignore[operator]
    code = main(
        ["scenario", "run", str(path), "--broker", mosquitto.url, "--speed", "100",
         "--base-time", base]
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"incident-desk scenario: --base-time {base}: ")
    # no STARTEX: no retained "running" state for consoles to believe
    assert _only_the_sentinel(mosquitto, inbox) == ["idesk/v1/exercise/EX-T1/KE/nps/command"]


def test_scenario_run_that_fails_after_startex_leaves_the_drill_ended(
    mosquitto: MosquittoBroker,
    listen: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever stops play after STARTEX (here an inject that cannot be rendered), ENDEX
    goes out: the retained control state consoles read is "ended", not "running"."""
    from incident_desk.exercise._render import render_message as real

    def second_inject_fails(scenario: Any, inject: Any, *args: Any, **kw: Any) -> Any:
        if inject.number == 2:
            raise OverflowError("date value out of range")
        return real(scenario, inject, *args, **kw)

    monkeypatch.setattr("incident_desk.exercise._player.render_message", second_inject_fails)
    path = tmp_path / "small.yaml"
    path.write_text(SMALL)
    with pytest.raises(OverflowError):
        main(["scenario", "run", str(path), "--broker", mosquitto.url, "--speed", "100"])
    late = listen("late", "idesk/v1/exercise/EX-T1/control")  # type: ignore[operator]
    state = decode_control(late.wait_messages(1)[0].payload)
    assert state is not None
    assert state.state.value == "ended"
    assert state.reason is not None
    assert "date value out of range" in state.reason
