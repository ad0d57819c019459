"""The agency and server commands, run the way people run them (issue "MQTT alert bus")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.cli import main
from incident_desk.identity import Identity
from incident_desk.ingest import IngestRoute
from incident_desk.messaging import BusClient
from incident_desk.store import Store
from incident_desk.topics import Mode, unit_topic
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings, free_port, start_mosquitto
from tests.helpers.capgen import alert_bytes
from tests.helpers.logfail import BROKER_OUTAGE, BROKER_REFUSAL


def _alert_file(tmp_path: Path, n: int, **kw: object) -> Path:
    _, data = alert_bytes(n, **kw)  # type: ignore[arg-type]
    path = tmp_path / f"alert-{n}.xml"
    path.write_bytes(data)
    return path


def _listen(url: str, topic_filter: str) -> tuple[BusClient, Inbox]:
    inbox = Inbox()
    client = BusClient(bus_settings(url, "listener"), on_message=inbox.on_message)
    inbox.auto_ack = client
    client.connect_and_wait(10)
    client.subscribe([topic_filter], timeout=10)
    return client, inbox


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"}
    return subprocess.run(
        [sys.executable, "-m", "incident_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_publish_validates_and_sends_on_the_agency_topic_with_mqtt5_properties(
    mosquitto: MosquittoBroker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listener, inbox = _listen(mosquitto.url, "idesk/v1/#")
    files = [_alert_file(tmp_path, n) for n in range(3)]
    try:
        code = main(
            [
                "publish",
                *map(str, files),
                "--broker",
                mosquitto.url,
                "--country",
                "KE",
                "--agency",
                "nps",
                "--client-id",
                "nps-gateway",
            ]
        )
        got = inbox.wait_messages(3)
    finally:
        listener.stop()
    assert code == 0
    assert "published on idesk/v1/actual/KE/nps/alert" in capsys.readouterr().out
    assert [m.topic for m in got] == ["idesk/v1/actual/KE/nps/alert"] * 3
    assert [m.user_property("seq") for m in got] == ["1", "2", "3"]
    assert {m.content_type for m in got} == {"application/cap+xml"}
    assert [cap.parse(m.payload).identifier for m in got] == [f"KE-nps-{n:06d}" for n in range(3)]


def test_publish_edxl_de_wraps_each_alert_and_a_console_stores_it_with_its_envelope(
    mosquitto: MosquittoBroker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from incident_desk.ingest import classify_all

    listener, inbox = _listen(mosquitto.url, "idesk/v1/#")
    files = [_alert_file(tmp_path, n) for n in (40, 41)]
    try:
        code = main(
            [
                "publish",
                *map(str, files),
                "--edxl-de",
                "--broker",
                mosquitto.url,
                "--country",
                "KE",
                "--agency",
                "nps",
            ]
        )
        got = inbox.wait_messages(2)
    finally:
        listener.stop()
    assert code == 0
    assert ", in EDXL-DE" in capsys.readouterr().out
    opened = [cap.read_message(m.payload) for m in got]
    assert all(isinstance(o, cap.Opened) for o in opened)
    verdicts = [v for m in got for v in classify_all(m)]
    assert [v.kind for v in verdicts] == ["alert", "alert"]
    items = [v.alert for v in verdicts if v.alert is not None]
    assert [i.alert.identifier for i in items] == ["KE-nps-000040", "KE-nps-000041"]
    assert [i.envelope.distribution_status for i in items if i.envelope] == ["Actual", "Actual"]


def test_publish_refuses_an_invalid_file_naming_it_and_sends_nothing(
    mosquitto: MosquittoBroker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _alert_file(tmp_path, 1)
    bad = tmp_path / "broken.xml"
    bad.write_bytes(
        good.read_bytes().replace(b"<status>Actual</status>", b"<status>actual</status>")
    )
    listener, inbox = _listen(mosquitto.url, "idesk/v1/#")
    try:
        code = main(
            [
                "publish",
                str(good),
                str(bad),
                "--broker",
                mosquitto.url,
                "--country",
                "KE",
                "--agency",
                "nps",
            ]
        )
    finally:
        listener.stop()
    err = capsys.readouterr().err
    assert code == 2
    assert str(bad) in err
    assert "/alert/status" in err
    assert "actual" in err
    assert "Traceback" not in err
    assert inbox.messages == []  # the valid file was not sent either


@pytest.mark.parametrize(
    ("make", "args", "expected"),
    [
        (
            {"status": cap.Status.EXERCISE, "exercise": "EX-1"},
            [],
            "give the exercise with --exercise",
        ),
        (
            {"status": cap.Status.EXERCISE, "exercise": "EX-1"},
            ["--exercise", "EX-2"],
            "must start with the exercise id 'EX-2'",
        ),
        ({}, ["--exercise", "EX-1"], "real alerts never go into an exercise"),
    ],
)
def test_publish_never_puts_exercise_and_real_content_on_each_others_topics(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: dict[str, object],
    args: list[str],
    expected: str,
) -> None:
    path = _alert_file(tmp_path, 7, **make)
    code = main(
        [
            "publish",
            str(path),
            "--broker",
            f"mqtt://127.0.0.1:{free_port()}",
            "--country",
            "KE",
            "--agency",
            "nps",
            *args,
        ]
    )
    assert code == 2
    assert expected in capsys.readouterr().err


@BROKER_REFUSAL
def test_publish_reports_an_acl_refusal_in_plain_words(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    acl = tmp_path / "acl"
    acl.write_text("topic read idesk/v1/#\n")
    broker = start_mosquitto(tmp_path_factory.mktemp("acl"), extra_config=f"acl_file {acl}\n")
    try:
        code = main(
            [
                "publish",
                str(_alert_file(tmp_path, 1)),
                "--broker",
                broker.url,
                "--country",
                "KE",
                "--agency",
                "nps",
            ]
        )
    finally:
        broker.stop()
    err = capsys.readouterr().err
    assert code == 1
    assert "Not authorized" in err
    assert "Traceback" not in err


@BROKER_OUTAGE
def test_publish_to_an_unreachable_broker_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "publish",
            str(_alert_file(tmp_path, 1)),
            "--broker",
            f"mqtt://127.0.0.1:{free_port()}",
            "--country",
            "KE",
            "--agency",
            "nps",
            "--connect-timeout",
            "1.5",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "could not connect" in err
    assert "Traceback" not in err


def test_ingest_command_records_the_bus_and_resumes_its_session(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'journal.db'}"
    common = ["--broker", mosquitto.url, "--db", db, "--client-id", "journal-1"]
    first = _cli("ingest", *common, "--exit-idle", "1")  # creates the persistent session
    assert first.returncode == 0, first.stderr
    files = [_alert_file(tmp_path, n) for n in range(25)]
    bad = tmp_path / "junk.xml"
    bad.write_bytes(b"not xml at all")
    pub = _cli(
        "publish", *map(str, files), "--broker", mosquitto.url, "--country", "KE", "--agency", "nps"
    )
    assert pub.returncode == 0, pub.stderr
    junk = BusClient(bus_settings(mosquitto.url, "junk-sender"))
    junk.connect_and_wait(10)
    junk.publish("idesk/v1/actual/KE/nps/alert", bad.read_bytes())
    junk.stop()

    second = _cli("ingest", *common, "--exit-after", "26")
    assert second.returncode == 0, second.stderr
    summary = second.stdout.strip().splitlines()[-1]
    assert summary == "received 26, stored 25, duplicates 0, quarantined 1, gaps 0"
    store = Store.open(db)
    try:
        assert store.count_alerts() == 25
        assert store.list_quarantine()[0].raw == b"not xml at all"
    finally:
        store.close()


def test_ingest_with_a_bad_broker_url_is_an_input_error(tmp_path: Path) -> None:
    result = _cli("ingest", "--broker", "http://example", "--db", f"sqlite:///{tmp_path}/x.db")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "mqtt://" in result.stderr


def test_headless_ingest_applies_unit_events_like_the_console(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """``incident-desk ingest`` runs the console's one ingest route: a unit status from an
    agency's system moves the unit in the store, a bad one is quarantined, nothing dropped."""
    db = f"sqlite:///{tmp_path / 'journal.db'}"
    common = ["--broker", mosquitto.url, "--db", db, "--client-id", "journal-units"]
    first = _cli("ingest", *common, "--exit-idle", "1")  # creates the persistent session
    assert first.returncode == 0, first.stderr
    status = {
        "schema": "idesk.unit-status/1",
        "unit": "upf-eod-1",
        "agency": "upf",
        "callsign": "EOD ONE",
        "status": "en_route",
        "position": {"lat": 0.4601, "lon": 34.1012},
        "time": "2026-12-05T10:00:00+00:00",
    }
    agency = BusClient(bus_settings(mosquitto.url, "ug-upf-units"))
    agency.connect_and_wait(10)
    try:
        topic = unit_topic(Mode.ACTUAL, "UG", "upf", "upf-eod-1")
        agency.publish(topic, json.dumps(status).encode())
        agency.publish(topic, b'{"schema": "idesk.unit-status/1"}')
    finally:
        agency.stop()

    second = _cli("ingest", *common, "--exit-after", "2")
    assert second.returncode == 0, second.stderr
    store = Store.open(db)
    try:
        board = IngestRoute(store, Identity("KE", "nps", "nps.go.ke", "op", "reader")).command
        unit = board.unit("upf-eod-1")
        assert unit is not None
        assert unit.callsign == "EOD ONE"
        assert str(unit.status) == "en_route"
        assert (unit.lat, unit.lon) == (0.4601, 34.1012)
        (bad,) = store.list_quarantine()
        assert bad.reason.startswith("invalid unit event")
        assert bad.raw == b'{"schema": "idesk.unit-status/1"}'
    finally:
        store.close()
