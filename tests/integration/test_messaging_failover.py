"""``BusClient`` with several broker URLs against real sockets (issue 19): it goes down the
list past nodes that do not answer, says which node it is on, and goes back to the preferred
node only when told to. The cluster behaviour (shared sessions) is in test_cluster_nats.py."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from incident_desk.messaging import BusClient
from incident_desk.store import Store
from tests.helpers.brokers import (
    Inbox,
    MosquittoBroker,
    free_port,
    start_mosquitto,
    tracked_client,
)
from tests.helpers.capgen import alert_bytes
from tests.helpers.logfail import BROKER_OUTAGE, MQTT311_ONLY

# failover on purpose: the client says which node went away and what the broker cannot do
pytestmark = [BROKER_OUTAGE, MQTT311_ONLY]


def _dead_url() -> str:
    return f"mqtt://127.0.0.1:{free_port()}"  # nothing listens there


def test_the_client_skips_dead_nodes_and_says_which_node_it_is_on(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    dead = [_dead_url(), _dead_url()]
    urls = [*dead, mosquitto.url]
    inbox = Inbox()
    client = tracked_client(clients, urls[0], "ws-failover", inbox, urls=urls)

    state = client.connect_and_wait(20)

    assert (state.state, state.port, state.node, state.nodes) == (
        "connected",
        mosquitto.port,
        2,
        3,
    )
    assert state.protocol == "5"  # Mosquitto speaks MQTT 5: no degrading
    tried = [s.port for s in inbox.states if s.state == "connecting"]
    assert tried[:3] == [int(u.rsplit(":", 1)[1]) for u in urls]  # in the configured order
    failed = [s.reason for s in inbox.states if s.state == "disconnected"]
    assert f"next: 127.0.0.1:{mosquitto.port}" in failed[1]


def test_the_client_stays_on_its_node_until_told_to_return(
    tmp_path_factory: pytest.TempPathFactory, clients: list[BusClient]
) -> None:
    first = start_mosquitto(tmp_path_factory.mktemp("first"))
    second = start_mosquitto(tmp_path_factory.mktemp("second"))
    try:
        inbox = Inbox()
        client = tracked_client(
            clients, first.url, "ws-return", inbox, urls=[first.url, second.url]
        )
        client.connect_and_wait(20)
        mark = len(inbox.states)
        first.kill()
        state = inbox.wait_state("connected", after=mark)
        assert (state.port, state.node) == (second.port, 1)

        first.start()  # back, same port: the client does not move by itself
        time.sleep(0.5)  # a window in which a wrong implementation would move
        assert client.state.node == 1
        assert client.return_to_preferred()
        deadline = time.monotonic() + 20
        while not (client.state.state == "connected" and client.state.node == 0):
            assert time.monotonic() < deadline, client.state
            time.sleep(0.05)
        assert client.state.port == first.port
        assert not client.return_to_preferred()  # already there
    finally:
        for client in clients:
            client.stop()
        first.stop()
        second.stop()


def test_the_commands_take_the_cluster_as_repeated_broker_options(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """``publish`` and ``ingest`` with a dead node listed first: both reach the live one."""
    files = []
    for n in range(3):
        path = tmp_path / f"alert-{n}.xml"
        path.write_bytes(alert_bytes(n)[1])
        files.append(str(path))
    nodes = ["--broker", _dead_url(), "--broker", mosquitto.url]
    db = f"sqlite:///{tmp_path / 'journal.db'}"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "incident_desk", *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    first = cli("ingest", *nodes, "--db", db, "--client-id", "journal-c", "--exit-idle", "1")
    assert first.returncode == 0, first.stderr
    pub = cli("publish", *files, *nodes, "--country", "KE", "--agency", "nps")
    assert pub.returncode == 0, pub.stderr
    second = cli("ingest", *nodes, "--db", db, "--client-id", "journal-c", "--exit-after", "3")
    assert second.returncode == 0, second.stderr
    with Store.open(db) as store:
        assert store.count_alerts() == 3
