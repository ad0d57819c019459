"""The exercise engine on a real Mosquitto: byte-exact runs, NO DUFF, retained control
state for late joiners, record → replay into an exercise."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incident_desk.cap import MsgType, Status, dumps, parse
from incident_desk.exercise import (
    ExerciseState,
    NoDuffWatcher,
    Player,
    PlayerEvent,
    PlayerThread,
    Replayer,
    decode_control,
    read_recording,
    render_run,
)
from incident_desk.messaging import AlertPublisher, BusClient, Envelope, Subscription
from incident_desk.messaging.exercise_bus import BusPublishPort, NoDuffMonitor
from incident_desk.messaging.recorder import Recorder
from incident_desk.scenario import Scenario, VirtualClock, load_scenario, parse_scenario
from tests.helpers.alerts import make_alert
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings
from tests.unit.exercise.conftest import SHIPPED, SMALL, FakeTime

pytestmark = pytest.mark.timeout(90)


def now_s() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Clients:
    """Bus clients made in a test, stopped after it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.made: list[BusClient] = []

    def connect(self, name: str, inbox: Inbox | None = None) -> BusClient:
        client = BusClient(
            bus_settings(self.url, name),
            on_message=inbox.on_message if inbox else None,
            on_state=inbox.on_state if inbox else None,
        )
        if inbox is not None:
            inbox.auto_ack = client
        client.connect_and_wait(10)
        self.made.append(client)
        return client

    def listen(self, name: str, *filters: str) -> Inbox:
        inbox = Inbox()
        client = self.connect(name, inbox)
        client.subscribe([Subscription(f, no_retained=False) for f in filters], timeout=10)
        return inbox


@pytest.fixture
def clients(mosquitto: MosquittoBroker) -> Iterator[Clients]:
    made = Clients(mosquitto.url)
    yield made
    for client in made.made:
        client.stop()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_x100_run_on_mosquitto_delivers_exactly_render_run(clients: Clients, path: Path) -> None:
    scenario = load_scenario(path)
    base = now_s()
    expected = [(m.topic, m.payload) for m in render_run(scenario, base, speed=100.0)]
    inbox = clients.listen("sub", f"idesk/v1/exercise/{scenario.exercise.id}/#")
    bus = clients.connect("player")
    fake = FakeTime()  # the ×100 run without waiting its real minutes
    player = Player(
        scenario,
        publish=BusPublishPort(bus),
        clock=VirtualClock(fake, speed=100.0),
        base_time=base,
        controller="controller",
    )
    player.run_until_end(sleep=fake.sleep)
    got = inbox.wait_messages(len(expected), timeout=30)
    assert [(m.topic, m.payload) for m in got] == expected
    caps = [m for m in got if m.topic.endswith("/alert")]
    assert caps
    assert all(m.user_property("exercise") == scenario.exercise.id for m in caps)
    assert all(m.message_expiry and m.message_expiry > 0 for m in caps)


@pytest.fixture
def slow() -> Scenario:
    """The small scenario with minutes between injects: a ×1 run never ends by itself."""
    return parse_scenario(SMALL.replace('offset: "00:01:00"', 'offset: "01:00:00"'), "slow.yaml")


def test_an_actual_alert_during_a_run_is_no_duff_within_a_second(
    clients: Clients, mosquitto: MosquittoBroker, slow: Scenario
) -> None:
    bus = clients.connect("player")
    no_duff = threading.Event()
    first_inject = threading.Event()

    def on_event(event: PlayerEvent) -> None:
        if event.kind == "inject":
            first_inject.set()
        if event.control is not None and event.control.state is ExerciseState.NO_DUFF:
            no_duff.set()

    player = Player(
        slow,
        publish=BusPublishPort(bus),
        clock=VirtualClock(),
        base_time=now_s(),
        controller="Controller KE",
        on_event=on_event,
    )
    thread = PlayerThread(player)
    thread.start()
    monitor = NoDuffMonitor(
        bus_settings(mosquitto.url, "noduff"),
        NoDuffWatcher("EX-T1"),
        lambda event: player.no_duff(event.summary),
    )
    try:
        assert first_inject.wait(10)
        monitor.start()
        real = make_alert(
            "KE-nps-REAL-1",
            sender="nps.go.ke",
            sent=now_s(),
            headline="Shots fired at Malaba border post",
        )
        publisher = AlertPublisher(clients.connect("nps-console"))
        started = time.monotonic()
        publisher.publish_cap(
            "idesk/v1/actual/KE/nps/alert",
            dumps(real),
            sender=real.sender,
            identifier=real.identifier,
            sent=real.sent.text,
            expires=real.expires_utc(),
        )
        assert no_duff.wait(5)
        assert time.monotonic() - started < 1.0
        assert player.state == "no_duff"
        assert player.clock.state.value == "paused"
        assert len(monitor.events) == 1

        late = clients.listen("late-joiner", "idesk/v1/exercise/EX-T1/control")
        retained = late.wait_messages(1, timeout=10)[0]
        assert retained.retain
        state = decode_control(retained.payload)
        assert state is not None
        assert state.state is ExerciseState.NO_DUFF
        assert state.command.value == "NO_DUFF"
        assert "KE-nps-REAL-1" in (state.reason or "")
        assert "Shots fired at Malaba border post" in (state.reason or "")
        assert 0 < (retained.message_expiry or 0) <= 12 * 3600
    finally:
        monitor.stop()
        if player.state != "ended":
            player.endex()
        assert thread.join(10)
    assert [m.inject for m in player.published if m.inject] == [1]


def test_a_late_joiner_sees_the_retained_state_running_then_ended(clients: Clients) -> None:
    bus = clients.connect("player")
    fake = FakeTime()
    player = Player(
        parse_scenario(SMALL, "small.yaml"),
        publish=BusPublishPort(bus),
        clock=VirtualClock(fake, speed=10.0),
        base_time=now_s(),
        controller="Controller KE",
    )
    player.startex()
    player.tick()
    first = clients.listen("late-1", "idesk/v1/exercise/EX-T1/control").wait_messages(1)[0]
    state = decode_control(first.payload)
    assert first.retain
    assert state is not None
    assert (state.state, state.speed, state.by) == (ExerciseState.RUNNING, 10.0, "Controller KE")
    units = clients.listen("late-units", "idesk/v1/exercise/EX-T1/+/+/unit/+")
    player.step()  # the unit inject: retained state too
    assert json.loads(units.wait_messages(1)[0].payload)["status"] == "en_route"
    player.endex("end of play")
    second = clients.listen("late-2", "idesk/v1/exercise/EX-T1/control").wait_messages(1)[0]
    ended = decode_control(second.payload)
    assert ended is not None
    assert ended.state is ExerciseState.ENDED
    assert ended.reason == "end of play"
    assert 0 < (second.message_expiry or 0) <= 3600
    unit = clients.listen("late-3", "idesk/v1/exercise/EX-T1/UG/upf/unit/eod-1")
    assert unit.wait_messages(1)[0].retain


@pytest.mark.logs_expected("incident_desk.exercise", match="CAP does not parse")
def test_record_then_replay_into_an_exercise(
    clients: Clients, mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    path = tmp_path / "session.jsonl"
    with path.open("w", encoding="utf-8") as out:
        recorder = Recorder(out, filters=["idesk/v1/actual/#"])

        def on_message(envelope: Envelope) -> None:
            recorder.on_message(envelope)
            rec_bus.ack(envelope)

        rec_bus = BusClient(bus_settings(mosquitto.url, "recorder"), on_message=on_message)
        rec_bus.connect_and_wait(10)
        clients.made.append(rec_bus)
        rec_bus.subscribe([Subscription("idesk/v1/actual/#", no_retained=False)], timeout=10)

        source = clients.connect("nps-console")
        publisher = AlertPublisher(source)
        real = make_alert("KE-nps-77", sender="nps.go.ke", sent=now_s(), note="first report")
        ack = make_alert(
            "UG-upf-3",
            sender="upf.go.ug",
            sent=now_s(),
            msg_type=MsgType.ACK,
            references=(real,),
            with_info=False,
        )
        for topic, alert in (
            ("idesk/v1/actual/KE/nps/alert", real),
            ("idesk/v1/actual/UG/upf/ack", ack),
        ):
            publisher.publish_cap(
                topic,
                dumps(alert),
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc() or now_s() + timedelta(hours=1),
            )
        source.publish("idesk/v1/actual/KE/nps/alert", b"<not-cap/>")
        source.publish(
            "idesk/v1/actual/UG/upf/unit/eod-1",
            json.dumps({"schema": "idesk.unit-status/1", "status": "on_scene"}).encode(),
            retain=True,
        )
        recorder.wait(exit_after=4, exit_idle=10)
        rec_bus.stop()  # nothing may reach the recorder once its file is closed
    recorded = read_recording(path)
    assert [m.topic for m in recorded] == [
        "idesk/v1/actual/KE/nps/alert",
        "idesk/v1/actual/UG/upf/ack",
        "idesk/v1/actual/KE/nps/alert",
        "idesk/v1/actual/UG/upf/unit/eod-1",
    ]
    assert ("exercise", "x") not in recorded[0].user_properties
    assert recorded[0].user_properties[0] == ("content-type", "application/cap+xml")

    exercise = clients.listen("exercise-sub", "idesk/v1/exercise/RX-1/#")
    actual = clients.listen("actual-sub", "idesk/v1/actual/#")
    actual.wait_messages(1)  # the retained unit state from the recording session
    result = Replayer(
        recorded,
        exercise_id="RX-1",
        publish=BusPublishPort(clients.connect("replay")),
        speed=100.0,
    ).run()
    assert len(result.published) == 3
    assert [why for _, why in result.skipped]
    assert "CAP does not parse" in result.skipped[0][1]
    got = exercise.wait_messages(3)
    assert [m.topic for m in got] == [
        "idesk/v1/exercise/RX-1/KE/nps/alert",
        "idesk/v1/exercise/RX-1/UG/upf/ack",
        "idesk/v1/exercise/RX-1/UG/upf/unit/eod-1",
    ]
    alert = parse(got[0].payload)
    assert alert.status is Status.EXERCISE
    assert alert.note == "RX-1 replay: first report"
    assert (alert.infos[0].headline or "").startswith("EXERCISE EXERCISE EXERCISE")
    assert parse(got[1].payload).references == (real.reference(),)
    assert json.loads(got[2].payload)["exercise"] == "RX-1"
    assert got[0].user_property("exercise") == "RX-1"

    clients.connect("sentinel").publish("idesk/v1/actual/KE/nps/command", b"{}")
    after = actual.wait_messages(2)
    assert [m.topic for m in after[1:]] == ["idesk/v1/actual/KE/nps/command"]
