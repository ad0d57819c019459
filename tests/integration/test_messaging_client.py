"""BusClient against a real Mosquitto (MQTT 5 unless stated): properties, persistent sessions,
manual acknowledgement, reconnect after a broker restart, refusals as plain-words BusErrors."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incident_desk.errors import BusError
from incident_desk.messages import render
from incident_desk.messaging import AlertPublisher, BusClient, Subscription
from incident_desk.messaging.publisher import CAP_CONTENT_TYPE
from incident_desk.topics import Mode, alert_topic, subscription_filters, unit_topic
from incident_desk.ui.catalogs import catalog_translate
from tests.helpers.brokers import (
    Inbox,
    MosquittoBroker,
    free_port,
    start_mosquitto,
    tracked_client,
)
from tests.helpers.logfail import BROKER_OUTAGE, BROKER_REFUSAL

ALERT = alert_topic(Mode.ACTUAL, "KE", "nps")
ACTUAL_TREE = subscription_filters(Mode.ACTUAL)


def _client(
    made: list[BusClient], url: str, client_id: str, inbox: Inbox | None = None, **kw: object
) -> BusClient:
    return tracked_client(made, url, client_id, inbox, **kw)  # type: ignore[no-any-return]


def test_publish_with_properties_arrives_with_them(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    inbox = Inbox()
    sub = _client(clients, mosquitto.url, "idesk-sub", inbox)
    state = sub.connect_and_wait(10)
    assert state.state == "connected"
    assert sub.subscribe(ACTUAL_TREE, timeout=10) == [
        (ACTUAL_TREE[0], "Granted QoS 1 (reason code 1)")
    ]
    inbox.auto_ack = sub

    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    publisher = AlertPublisher(pub)
    expires = datetime.now(UTC) + timedelta(hours=1)
    results = [
        publisher.publish_cap(
            ALERT,
            f"<alert>{n}</alert>".encode(),
            sender="nps@ke",
            identifier=f"KE-nps-{n}",
            sent="2026-07-01T12:00:00-00:00",
            expires=expires,
        )
        for n in (1, 2)
    ]
    assert all(r.acknowledged and r.reason_code in {0, 16} for r in results)

    first, second = inbox.wait_messages(2)
    assert first.topic == ALERT
    assert first.payload == b"<alert>1</alert>"
    assert first.qos == 1
    assert first.retain is False
    assert first.content_type == CAP_CONTENT_TYPE
    assert first.user_property("content-type") == CAP_CONTENT_TYPE
    assert first.user_property("stream") == "idesk-pub"
    assert (first.user_property("seq"), second.user_property("seq")) == ("1", "2")
    assert first.correlation_data == b"nps@ke,KE-nps-1,2026-07-01T12:00:00-00:00"
    assert first.message_expiry is not None
    assert 3590 <= first.message_expiry <= 3600


def test_persistent_session_gets_100_messages_sent_while_away(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    first = _client(clients, mosquitto.url, "idesk-ws01")
    assert first.connect_and_wait(10).session_present is False
    first.subscribe(ACTUAL_TREE, timeout=10)
    first.stop()

    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    for n in range(100):
        pub.publish(ALERT, str(n).encode(), wait=n == 99)

    inbox = Inbox()
    again = _client(clients, mosquitto.url, "idesk-ws01", inbox)
    inbox.auto_ack = again
    state = again.connect_and_wait(10)
    assert state.session_present is True
    got = inbox.wait_messages(100)
    assert sorted(int(m.payload) for m in got) == list(range(100))


def test_persistent_session_with_mqtt_311(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    first = _client(clients, mosquitto.url, "idesk-v3", protocol="3.1.1")
    first.connect_and_wait(10)
    first.subscribe(ACTUAL_TREE, timeout=10)
    first.stop()
    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    for n in range(10):
        pub.publish(ALERT, str(n).encode())
    inbox = Inbox()
    again = _client(clients, mosquitto.url, "idesk-v3", inbox, protocol="3.1.1")
    inbox.auto_ack = again
    assert again.connect_and_wait(10).session_present is True
    assert sorted(int(m.payload) for m in inbox.wait_messages(10)) == list(range(10))
    assert inbox.messages[0].user_properties == ()  # 3.1.1 carries no properties


def test_unacked_message_is_redelivered_after_reconnect(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    inbox = Inbox()
    sub, pub = _subscriber_and_publisher(clients, mosquitto.url, "idesk-ack", inbox)
    pub.publish(ALERT, b"stored-not-yet")
    (unacked,) = inbox.wait_messages(1)
    sub.stop()  # crash before the message was stored: no PUBACK was sent

    inbox2 = Inbox()
    sub2 = _client(clients, mosquitto.url, "idesk-ack", inbox2)
    sub2.connect_and_wait(10)
    (again,) = inbox2.wait_messages(1)
    assert again.payload == b"stored-not-yet"
    assert again.dup is True
    assert sub2.ack(unacked) is False  # an envelope of the old connection acks nothing
    assert sub2.ack(again) is True
    sub2.stop()

    _only_a_marker_comes_back(clients, mosquitto.url, "idesk-ack", pub)  # acked: gone


def test_acks_written_together_end_each_message_and_only_those(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    """``ack_all`` (the ingest's acknowledgement of a batch): every message it acknowledges
    is gone from the session, the others come back, an old connection's envelope acks
    nothing."""
    inbox = Inbox()
    sub, pub = _subscriber_and_publisher(clients, mosquitto.url, "idesk-ack-all", inbox)
    for n in range(60):
        pub.publish(ALERT, str(n).encode())
    got = inbox.wait_messages(60)
    stored = [m for m in got if int(m.payload) % 3]  # a third was not stored yet
    assert sub.ack_all(stored) == 40
    assert sub.ack_all(stored) == 0  # acknowledged once only
    sub.stop()  # the crash: the 20 without a PUBACK must come back

    inbox2 = Inbox()
    sub2 = _client(clients, mosquitto.url, "idesk-ack-all", inbox2)
    sub2.connect_and_wait(10)
    again = inbox2.wait_messages(20)
    assert sorted(int(m.payload) for m in again) == list(range(0, 60, 3))
    assert sub2.ack_all(got) == 0  # envelopes of the old connection ack nothing
    assert sub2.ack_all(again) == 20
    sub2.stop()

    _only_a_marker_comes_back(clients, mosquitto.url, "idesk-ack-all", pub)


def _subscriber_and_publisher(
    clients: list[BusClient], url: str, client_id: str, inbox: Inbox
) -> tuple[BusClient, BusClient]:
    """``client_id`` connected and subscribed to the real tree (into ``inbox``, acks left
    to the test), and a connected publisher."""
    sub = _client(clients, url, client_id, inbox)
    sub.connect_and_wait(10)
    sub.subscribe(ACTUAL_TREE, timeout=10)
    pub = _client(clients, url, "idesk-pub")
    pub.connect_and_wait(10)
    return sub, pub


def _only_a_marker_comes_back(
    clients: list[BusClient], url: str, client_id: str, pub: BusClient
) -> None:
    """A marker published now is all the next connection of ``client_id`` receives: every
    message it acknowledged before is gone from its session."""
    pub.publish(ALERT, b"marker")
    inbox = Inbox()
    sub = _client(clients, url, client_id, inbox)
    inbox.auto_ack = sub
    sub.connect_and_wait(10)
    inbox.wait_messages(1, topic=ALERT)
    assert [m.payload for m in inbox.messages] == [b"marker"]


@BROKER_OUTAGE
def test_reconnects_by_itself_after_broker_restart(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    inbox = Inbox()
    sub = _client(clients, mosquitto.url, "idesk-restart", inbox)
    sub.connect_and_wait(10)
    sub.subscribe(ACTUAL_TREE, timeout=10)
    inbox.auto_ack = sub
    mark = len(inbox.states)

    mosquitto.restart()

    down = inbox.wait_state("disconnected", after=mark)
    assert down.next_retry_in is not None
    assert down.reason
    up = inbox.wait_state("connected", after=inbox.states.index(down))
    assert up.session_present is True  # Mosquitto persisted the session across the restart
    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    pub.publish(ALERT, b"after-restart")
    assert inbox.wait_messages(1)[0].payload == b"after-restart"


@BROKER_REFUSAL
def test_publish_refused_by_acl_is_a_bus_error_in_plain_words(
    tmp_path: Path, clients: list[BusClient]
) -> None:
    acl = tmp_path / "acl"
    acl.write_text("topic readwrite idesk/v1/actual/KE/nps/#\n")
    broker = start_mosquitto(tmp_path, extra_config=f"acl_file {acl}\n")
    try:
        pub = _client(clients, broker.url, "idesk-pub")
        pub.connect_and_wait(10)
        assert pub.publish(ALERT, b"mine").reason_code in {0, 16}
        other = alert_topic(Mode.ACTUAL, "UG", "upf")
        with pytest.raises(BusError, match=r"refused the message on .*Not authorized"):
            pub.publish(other, b"not mine")
    finally:
        for client in clients:
            client.stop()
        broker.stop()


@BROKER_REFUSAL
def test_connection_refused_names_the_reason(tmp_path: Path, clients: list[BusClient]) -> None:
    broker = start_mosquitto(tmp_path, extra_config="allow_anonymous false\n")
    try:
        # Mosquitto's config takes the last allow_anonymous line; make sure it is ours.
        inbox = Inbox()
        client = _client(clients, broker.url, "idesk-anon", inbox)
        with pytest.raises(BusError, match=r"refused us: Not authorized \(reason code 135\)"):
            client.connect_and_wait(10)
        assert client.state.state in {"refused", "disconnected"}
    finally:
        broker.stop()
    # the operator reads why in their own language: the reason's name too, the code as data
    refused = next(s for s in inbox.states if s.state == "refused")
    assert refused.reason == "Not authorized (reason code 135)"
    assert refused.said is not None
    assert render(refused.said, None) == refused.reason
    french = render(refused.said, catalog_translate("fr"))
    assert "135" in french
    assert "Not authorized" not in french
    assert "reason code" not in french


@BROKER_OUTAGE
def test_unreachable_broker_is_a_bus_error(clients: list[BusClient]) -> None:
    inbox = Inbox()
    client = _client(clients, f"mqtt://127.0.0.1:{free_port()}", "idesk-nowhere", inbox)
    with pytest.raises(BusError, match=r"could not connect .* cannot reach the broker"):
        client.connect_and_wait(1.5)
    retries = [s for s in inbox.states if s.state == "disconnected" and s.next_retry_in]
    assert len(retries) >= 2
    assert all(0.05 <= s.next_retry_in <= 1.0 for s in retries)
    # in the operator's language, the address as data
    said = retries[0].said
    assert said is not None
    assert render(said, None) == retries[0].reason
    assert retries[0].reason.startswith(f"cannot reach the broker at 127.0.0.1:{client.port} ")
    russian = render(said, catalog_translate("ru"))
    assert f"127.0.0.1:{client.port}" in russian
    assert "cannot reach" not in russian


def test_publish_while_disconnected_is_a_bus_error(clients: list[BusClient]) -> None:
    client = _client(clients, f"mqtt://127.0.0.1:{free_port()}", "idesk-off")
    with pytest.raises(BusError, match="not connected"):
        client.publish(ALERT, b"x")


def test_retain_handling_2_on_alert_filters_only(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    unit = unit_topic(Mode.ACTUAL, "KE", "nps", "U1")
    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    pub.publish(ALERT, b"retained alert", retain=True)
    pub.publish(unit, b"retained unit", retain=True)

    inbox = Inbox()
    sub = _client(clients, mosquitto.url, "idesk-ret", inbox)
    sub.connect_and_wait(10)
    inbox.auto_ack = sub
    sub.subscribe(
        ["idesk/v1/actual/+/+/alert", Subscription("idesk/v1/actual/+/+/unit/+")], timeout=10
    )
    (got,) = inbox.wait_messages(1)
    assert (got.topic, got.retain) == (unit, True)
    pub.publish(ALERT, b"live alert")
    assert [m.payload for m in inbox.wait_messages(1, topic=ALERT)] == [b"live alert"]


def test_subscription_changes_made_offline_reach_an_existing_session(
    mosquitto: MosquittoBroker, clients: list[BusClient]
) -> None:
    exercise_tree = subscription_filters(Mode.EXERCISE, "EX-7")
    first = _client(clients, mosquitto.url, "idesk-join")
    first.connect_and_wait(10)
    first.subscribe(ACTUAL_TREE, timeout=10)
    first.stop()

    inbox = Inbox()
    again = _client(clients, mosquitto.url, "idesk-join", inbox)
    inbox.auto_ack = again
    again.subscribe(exercise_tree)  # before connecting: the session already exists
    again.unsubscribe(ACTUAL_TREE)
    assert again.connect_and_wait(10).session_present is True
    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    pub.publish(ALERT, b"actual")  # may still match until the UNSUBSCRIBE is processed
    ex = alert_topic(Mode.EXERCISE, "KE", "nps", "EX-7")
    pub.publish(ex, b"exercise")
    inbox.wait_messages(1, topic=ex)
    pub.publish(ALERT, b"actual after")
    pub.publish(ex, b"exercise after")
    got = inbox.wait_messages(2, topic=ex)
    assert [m.payload for m in got] == [b"exercise", b"exercise after"]
    assert b"actual after" not in [m.payload for m in inbox.messages]


def test_password_is_never_logged(
    mosquitto: MosquittoBroker, clients: list[BusClient], caplog: pytest.LogCaptureFixture
) -> None:
    from pydantic import SecretStr

    secret = "Zx9-very-secret"
    with caplog.at_level(logging.DEBUG, logger="incident_desk"):
        client = _client(
            clients, mosquitto.url, "idesk-pw", username="nps", password=SecretStr(secret)
        )
        client.connect_and_wait(10)
        client.publish(ALERT, b"x")
        client.stop()
    assert any("Sending CONNECT" in r.getMessage() for r in caplog.records)  # paho logged
    assert secret not in caplog.text
    assert secret not in repr(client.settings)


def test_a_backlog_arrives_whole_and_in_order_read_many_packets_at_a_time(
    mosquitto: MosquittoBroker, clients: list[BusClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """500 alerts queued for a console while it was away arrive complete, in the order they
    were published, and the client reads them from the socket many packets per read (paho
    alone reads each packet with four or more system calls)."""
    import paho.mqtt.client as mqtt

    first = _client(clients, mosquitto.url, "idesk-ws01")
    first.connect_and_wait(10)
    first.subscribe(ACTUAL_TREE, timeout=10)
    first.stop()
    pub = _client(clients, mosquitto.url, "idesk-pub")
    pub.connect_and_wait(10)
    body = b"x" * 2000  # about the size of a CAP alert
    for n in range(500):
        pub.publish(ALERT, b"%d " % n + body, wait=n == 499)

    reads = 0
    socket_read = mqtt.Client._sock_recv

    def counted(self: mqtt.Client, bufsize: int) -> bytes:
        nonlocal reads
        reads += 1
        return socket_read(self, bufsize)

    monkeypatch.setattr(mqtt.Client, "_sock_recv", counted)
    inbox = Inbox()
    again = _client(clients, mosquitto.url, "idesk-ws01", inbox)
    inbox.auto_ack = again
    assert again.connect_and_wait(10).session_present is True
    got = inbox.wait_messages(500)
    assert [int(m.payload.split()[0]) for m in got] == list(range(500))
    assert all(m.payload.endswith(body) for m in got)
    assert reads < 500, f"{reads} socket reads for 500 messages"
