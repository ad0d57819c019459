"""The console's bus side in its own process (``IngestProcess``), on a real Mosquitto.

What an operator relies on: alerts reach the store and the window hears of them; an Ack
goes out through the console's connection, also when it was given while the broker was down
or the console was closed before it could go; if the ingest process dies it comes back by
itself and nothing is lost; if the console dies the ingest process does not linger.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from incident_desk import cap
from incident_desk.changes import Changes
from incident_desk.command import CONTENT_TYPE as COMMAND_CONTENT_TYPE
from incident_desk.console import Console
from incident_desk.errors import BusError
from incident_desk.identity import Identity
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.ingest_process import IngestProcess
from incident_desk.runtime import ConsoleRuntime
from incident_desk.settings import Settings
from incident_desk.store import Store
from incident_desk.topics import Mode, ack_topic, alert_topic, console_filters
from tests.helpers.brokers import (
    Inbox,
    MosquittoBroker,
    bus_settings,
    publish_alert,
    tracked_client,
)
from tests.helpers.capgen import alert_bytes
from tests.helpers.logfail import BROKER_OUTAGE

TOPIC = alert_topic(Mode.ACTUAL, "UG", "upf")
ACK_TOPIC = ack_topic(Mode.ACTUAL, "KE", "nps")
ROOT = Path(__file__).resolve().parents[2]


class Heard:
    """What the console's side hears from its ingest process."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.states: list[Any] = []
        self._cond = threading.Condition()

    def on_changes(self, changes: Changes) -> None:
        with self._cond:
            self.changes.append(changes)
            self._cond.notify_all()

    def on_state(self, state: Any) -> None:
        with self._cond:
            self.states.append(state)
            self._cond.notify_all()

    def alert_ids(self) -> set[int]:
        return {i for c in self.changes for i in c.alerts}

    def wait(self, predicate: Any, timeout: float = 60) -> bool:
        with self._cond:
            return self._cond.wait_for(predicate, timeout)


def _settings(url: str, db: Path, **kw: Any) -> Settings:
    return Settings(
        broker=bus_settings(url, "idesk-console-ws01"),
        database_url=f"sqlite:///{db}",
        country="KE",
        agency="nps",
        operator="op.test",
        workstation="ws01",
        **kw,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "console.db"
    Store.open(f"sqlite:///{path}").close()  # the console migrates before it starts ingest
    return path


def _publish(url: str, numbers: range, client_id: str = "agency-ug-upf") -> None:
    client = BusClient(bus_settings(url, client_id))
    client.connect_and_wait(10)
    try:
        pub = AlertPublisher(client)
        for n in numbers:
            alert, data = alert_bytes(n, sender="upf.go.ug")
            publish_alert(pub, TOPIC, alert, data)
    finally:
        client.stop()


def _started(url: str, db: Path, heard: Heard | None = None) -> IngestProcess:
    """A console's ingest process, connected with its subscriptions confirmed."""
    ingest = IngestProcess(
        _settings(url, db),
        filters=console_filters(None),
        on_changes=heard.on_changes if heard else lambda _c: None,
        on_state=heard.on_state if heard else lambda _s: None,
    )
    ingest.start(wait_s=15)
    return ingest


def _stored_keys(db: Path) -> list[tuple[str, str, str]]:
    store = Store.open(f"sqlite:///{db}")
    try:
        return [r.key() for r in store.list_alerts(limit=None, newest_first=False)]
    finally:
        store.close()


def test_alerts_are_stored_by_the_ingest_process_and_the_console_hears_of_each(
    mosquitto: MosquittoBroker, db: Path
) -> None:
    heard = Heard()
    ingest = _started(mosquitto.url, db, heard)
    try:
        assert ingest.pid is not None
        assert ingest.pid != os.getpid()  # the parsing and storing happen elsewhere
        assert ingest.state.state == "connected"
        _publish(mosquitto.url, range(300))
        assert heard.wait(lambda: len(heard.alert_ids()) >= 300), len(heard.alert_ids())
    finally:
        ingest.stop()
    keys = _stored_keys(db)
    assert len(keys) == 300
    assert len(set(keys)) == 300
    assert ingest.state.state == "disconnected"
    assert ingest.pid is None


def _console(db: Path, url: str, bus: Any) -> Console:
    settings = _settings(url, db)
    return Console(Store.open(f"sqlite:///{db}"), Identity.from_settings(settings), bus=bus)


def _watcher(clients: list[Any], url: str, topic: str = ACK_TOPIC) -> Inbox:
    """An independent client on one of the console's own topics (persistent session)."""
    inbox = Inbox()
    watcher = tracked_client(clients, url, f"watcher-{topic.rsplit('/', 1)[-1]}", inbox)
    inbox.auto_ack = watcher
    watcher.subscribe([topic])
    watcher.connect_and_wait(10)
    assert watcher.wait_subscribed(10)
    return inbox


def _acked_keys(inbox: Inbox, count: int) -> list[tuple[str, str, str]]:
    got = inbox.wait_messages(count, topic=ACK_TOPIC, timeout=30)
    return [ref.key() for m in got for ref in cap.parse(m.payload).references]


@BROKER_OUTAGE
def test_an_ack_given_while_the_broker_is_down_goes_out_when_it_is_back(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any]
) -> None:
    inbox = _watcher(clients, mosquitto.url)
    heard = Heard()
    ingest = _started(mosquitto.url, db, heard)
    console = _console(db, mosquitto.url, ingest)
    try:
        _publish(mosquitto.url, range(1))
        assert heard.wait(lambda: len(heard.alert_ids()) == 1)
        (alert_id,) = heard.alert_ids()
        alert = console.store.get_alert(alert_id)
        assert alert is not None

        mosquitto.stop()
        assert heard.wait(lambda: heard.states[-1].state != "connected", 30)
        console.acknowledge(alert_id)  # no error, no wait: the operator goes on
        assert [a.alert.msg_type for a in console.store.acks_for(alert_id)] == [
            cap.MsgType.ACK
        ]  # shown at once, from the local store
        assert console.outbox_status().waiting == 1
        assert inbox.messages == []

        mosquitto.start()
        assert _acked_keys(inbox, 1) == [alert.key()]
        assert heard.wait(lambda: console.outbox_status().waiting == 0 and heard.changes[-1].outbox)
    finally:
        ingest.stop()
        console.store.close()


def test_an_ack_left_waiting_by_a_closed_console_goes_out_at_the_next_start(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any]
) -> None:
    first_run = _started(mosquitto.url, db)
    try:
        _publish(mosquitto.url, range(1))
        store = Store.open(f"sqlite:///{db}")
        try:
            deadline = time.monotonic() + 30
            while not store.list_alerts(limit=1) and time.monotonic() < deadline:
                time.sleep(0.05)
            (alert,) = store.list_alerts(limit=1)
        finally:
            store.close()
    finally:
        first_run.stop()

    offline = _console(db, mosquitto.url, bus=None)  # the console's bus side is not running
    try:
        offline.acknowledge(alert.id)
        assert offline.outbox_status().waiting == 1
    finally:
        offline.store.close()

    inbox = _watcher(clients, mosquitto.url)
    ingest = _started(mosquitto.url, db)  # the next start sends what waits
    try:
        assert _acked_keys(inbox, 1) == [alert.key()]
    finally:
        ingest.stop()
    reopened = _console(db, mosquitto.url, bus=None)
    try:
        assert reopened.outbox_status().waiting == 0
    finally:
        reopened.store.close()


@BROKER_OUTAGE
def test_a_command_event_written_while_the_broker_is_down_goes_out_when_it_is_back(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any]
) -> None:
    topic = "idesk/v1/actual/KE/nps/command"
    inbox = _watcher(clients, mosquitto.url, topic)
    heard = Heard()
    ingest = _started(mosquitto.url, db, heard)
    console = _console(db, mosquitto.url, ingest)
    try:
        mosquitto.stop()
        assert heard.wait(lambda: heard.states[-1].state != "connected", 30)
        console.send_event(topic, b'{"id": "evt-1"}', COMMAND_CONTENT_TYPE)  # returns at once
        assert console.outbox_status().waiting == 1

        mosquitto.start()
        (got,) = inbox.wait_messages(1, topic=topic, timeout=30)
        assert got.payload == b'{"id": "evt-1"}'
        assert got.content_type == COMMAND_CONTENT_TYPE
        assert heard.wait(lambda: console.outbox_status().waiting == 0)
    finally:
        ingest.stop()
        console.store.close()


@pytest.mark.logs_expected("incident_desk.messaging", match="ingest process exited unexpectedly")
def test_a_killed_ingest_process_comes_back_by_itself_and_nothing_is_lost(
    mosquitto: MosquittoBroker, db: Path
) -> None:
    heard = Heard()
    ingest = _started(mosquitto.url, db, heard)
    total = 2_000
    publisher = threading.Thread(target=_publish, args=(mosquitto.url, range(total)))
    try:
        publisher.start()
        assert heard.wait(lambda: len(heard.alert_ids()) >= 200)
        first = ingest.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)  # mid-stream
        assert heard.wait(
            lambda: any(
                s.state == "disconnected" and "exited unexpectedly" in s.reason
                for s in heard.states
            ),
            30,
        ), [s.reason for s in heard.states]
        publisher.join(120)
        assert heard.wait(lambda: ingest.generation == 2 and heard.states[-1].state == "connected")
        assert ingest.pid not in (None, first)
        assert heard.wait(lambda: len(heard.alert_ids()) >= total, 120)
    finally:
        publisher.join(120)
        ingest.stop()
    keys = _stored_keys(db)
    assert len(keys) == total  # every alert, published before, during and after the crash
    assert len(set(keys)) == total  # and each once


def test_the_ingest_process_does_not_outlive_its_console(
    mosquitto: MosquittoBroker, db: Path
) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from incident_desk.messaging.ingest_process import IngestProcess
        from incident_desk.topics import console_filters
        from incident_desk.settings import Settings
        from tests.helpers.brokers import bus_settings
        settings = Settings(
            broker=bus_settings({mosquitto.url!r}, "idesk-console-dies"),
            database_url={f"sqlite:///{db}"!r},
        )
        ingest = IngestProcess(settings, filters=console_filters(None))
        ingest.start(wait_s=15)
        print(ingest.pid, flush=True)
        time.sleep(600)
        """
    )
    console = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert console.stdout is not None
        child = int(console.stdout.readline())
        assert _alive(child)
        console.kill()  # the console crashes: no stop(), no clean-up
        console.wait()
        deadline = time.monotonic() + 30
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child), "the ingest process outlived its console"
    finally:
        console.kill()
        console.wait()
        if console.stdout is not None:
            console.stdout.close()


def _alive(pid: int) -> bool:
    """True if ``pid`` runs (a zombie waiting for its reaper has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.logs_expected("incident_desk.messaging", match="Could not prepare the database")
def test_an_unusable_database_fails_start_with_the_reason(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    ingest = IngestProcess(
        _settings(mosquitto.url, blocker / "console.db"), filters=console_filters(None)
    )
    with pytest.raises(BusError, match=r"database|store|unable to open"):
        ingest.start(wait_s=10)
    assert ingest.pid is None


@BROKER_OUTAGE
def test_the_console_runtime_sends_its_command_events_through_the_outbox(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any]
) -> None:
    topic = "idesk/v1/actual/KE/nps/command"
    inbox = _watcher(clients, mosquitto.url, topic)
    runtime = ConsoleRuntime(_settings(mosquitto.url, db))
    states: list[Any] = []
    runtime.add_state_listener(states.append)
    runtime.start()
    try:
        assert runtime.bus.wait_subscribed(15)
        mosquitto.stop()
        deadline = time.monotonic() + 30
        while (not states or states[-1].state == "connected") and time.monotonic() < deadline:
            time.sleep(0.05)
        issued = runtime.command.establish("KE-NPS-2026-0001")  # the operator goes on at once
        assert runtime.console.outbox_status().waiting == 1

        mosquitto.start()
        (got,) = inbox.wait_messages(1, topic=topic, timeout=30)
        assert got.content_type == COMMAND_CONTENT_TYPE
        assert json.loads(got.payload)["id"] == issued.event.id
    finally:
        runtime.stop()
