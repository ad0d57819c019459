"""The bus suite's core promises on the other brokers a centre may run (issue 19).

Parametrised over Mosquitto (MQTT 5, the reference) and RabbitMQ's MQTT plugin (3.1.1 only
in RabbitMQ 3.10: the client degrades and says so). RabbitMQ is the machine's shared server,
so every test works in an agency subtree of its own with client ids of its own. The NATS
cluster has its own file (test_cluster_nats.py); docs/scaling.md lists the differences.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.service import BusService
from incident_desk.store import Store
from incident_desk.topics import Mode, alert_topic
from tests.helpers.brokers import Inbox, bus_settings, free_port, publish_alert, tracked_client
from tests.helpers.capgen import alert_bytes
from tests.helpers.logfail import BROKER_OUTAGE, MQTT311_ONLY
from tests.helpers.rabbitmq import drop_sessions, unique_agency

# failover on purpose: the client says which node went away and what the broker cannot do
pytestmark = [BROKER_OUTAGE, MQTT311_ONLY]

#: broker kind → the MQTT version it speaks (what ConnectionState.protocol must say)
PROTOCOL = {"mosquitto": "5", "rabbitmq": "3.1.1"}


@pytest.fixture(params=["mosquitto", "rabbitmq"])
def broker(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(kind, url) of a running broker; each kind through its own fixture."""
    kind: str = request.param
    found = request.getfixturevalue(kind)
    return kind, found if isinstance(found, str) else found.url


@pytest.fixture
def agency(broker: tuple[str, str]) -> Iterator[str]:
    """This test's agency subtree; its client sessions are dropped afterwards."""
    name = unique_agency()
    yield name
    drop_sessions(broker[1], _ids(name, "console", "pub", "sub", "failover"))


def _ids(agency: str, *names: str) -> list[str]:
    return [f"{name}-{agency}" for name in names]


def _service(url: str, store: Store, client_id: str, agency: str) -> BusService:
    filters = [f"idesk/v1/actual/KE/{agency}/#"]  # only this test's subtree
    return BusService(bus_settings(url, client_id), store, filters=filters)


def _publisher(clients: list[BusClient], url: str, client_id: str) -> AlertPublisher:
    client = tracked_client(clients, url, client_id)
    client.connect_and_wait(10)
    return AlertPublisher(client)


def test_alerts_sent_while_the_console_was_away_arrive_once_it_is_back(
    broker: tuple[str, str], agency: str, store: Store, clients: list[BusClient]
) -> None:
    kind, url = broker
    console_id, pub_id = _ids(agency, "console", "pub")
    topic = alert_topic(Mode.ACTUAL, "KE", agency)
    service = _service(url, store, console_id, agency)
    service.start(wait_s=15)  # first contact creates the persistent session
    assert service.state.protocol == PROTOCOL[kind]
    service.stop()
    pub = _publisher(clients, url, pub_id)
    for n in range(200):
        publish_alert(pub, topic, *alert_bytes(n))

    service = _service(url, store, console_id, agency)
    service.start(wait_s=15)
    try:
        assert service.pipeline.wait_for(lambda s: s.stored >= 200, 60), service.stats
    finally:
        service.stop()
    assert store.count_alerts() == 200
    assert store.count_quarantine() == 0  # 3.1.1 lost the properties, not the alerts


def test_an_unacknowledged_message_comes_again_after_a_reconnect(
    broker: tuple[str, str], agency: str, clients: list[BusClient]
) -> None:
    _, url = broker
    sub_id, pub_id = _ids(agency, "sub", "pub")
    topic = alert_topic(Mode.ACTUAL, "KE", agency)
    inbox = Inbox()
    sub = tracked_client(clients, url, sub_id, inbox)
    sub.connect_and_wait(10)
    sub.subscribe([f"idesk/v1/actual/KE/{agency}/#"], timeout=10)
    pub = tracked_client(clients, url, pub_id)
    pub.connect_and_wait(10)
    pub.publish(topic, b"stored-not-yet")
    inbox.wait_messages(1)
    sub.stop()  # gone before the message was stored: no PUBACK was sent

    again_inbox = Inbox()
    again = tracked_client(clients, url, sub_id, again_inbox)
    again.connect_and_wait(10)
    (redelivered,) = again_inbox.wait_messages(1)
    assert redelivered.payload == b"stored-not-yet"
    assert redelivered.dup is True
    assert again.ack(redelivered) is True


def test_the_client_fails_over_from_a_dead_node_to_the_broker(
    broker: tuple[str, str], agency: str, clients: list[BusClient]
) -> None:
    kind, url = broker
    dead = f"mqtt://127.0.0.1:{free_port()}"
    inbox = Inbox()
    (client_id,) = _ids(agency, "failover")
    client = tracked_client(clients, dead, client_id, inbox, urls=[dead, url])
    state = client.connect_and_wait(15)
    assert (state.node, state.nodes, state.protocol) == (1, 2, PROTOCOL[kind])
