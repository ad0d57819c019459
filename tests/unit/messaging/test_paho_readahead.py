"""The read-ahead paho client's socket reads, on a real socket pair (the MQTT side is paho's
own and runs against Mosquitto in tests/integration/test_messaging_client.py)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion, MQTTErrorCode

from incident_desk.messaging._paho_readahead import READ_AHEAD, ReadAheadClient


@pytest.fixture
def pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    ours, broker = socket.socketpair()
    ours.setblocking(False)
    yield ours, broker
    ours.close()
    broker.close()


def _client(sock: socket.socket) -> ReadAheadClient:
    client = ReadAheadClient(callback_api_version=CallbackAPIVersion.VERSION2)
    client._sock = sock
    return client


def test_small_reads_come_from_one_socket_read(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, broker = pair
    broker.sendall(b"abcdefghij")
    client = _client(ours)
    assert client._sock_recv(1) == b"a"
    assert client.read_ahead() == 9
    broker.sendall(b"klm")  # not read yet: what was read ahead comes first
    assert client._sock_recv(3) == b"bcd"
    assert client._sock_recv(100) == b"efghij"  # never past what was read ahead
    assert client.read_ahead() == 0
    assert client._sock_recv(100) == b"klm"
    with pytest.raises(BlockingIOError):  # nothing left: paho's "again"
        client._sock_recv(1)


def test_a_new_connection_never_sees_bytes_read_on_the_old_one(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    ours, broker = pair
    broker.sendall(b"OLD-CONNECTION")
    client = _client(ours)
    assert client._sock_recv(3) == b"OLD"
    new_ours, new_broker = socket.socketpair()
    try:
        new_ours.setblocking(False)
        new_broker.sendall(b"new")
        client._sock = new_ours  # what paho's reconnect does
        assert client.read_ahead() == 0
        assert client._sock_recv(10) == b"new"
        client._sock = None  # disconnected
        assert client.read_ahead() == 0
    finally:
        new_ours.close()
        new_broker.close()


def test_one_read_asks_for_at_most_the_read_ahead(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    ours, broker = pair
    broker.sendall(b"z" * (READ_AHEAD + 10))
    client = _client(ours)
    assert client._sock_recv(1) == b"z"
    assert client.read_ahead() == READ_AHEAD - 1
    assert len(client._sock_recv(READ_AHEAD)) == READ_AHEAD - 1
    assert client._sock_recv(READ_AHEAD) == b"z" * 10


def test_the_broker_closing_reads_as_empty(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, broker = pair
    broker.sendall(b"ab")
    broker.close()
    client = _client(ours)
    assert client._sock_recv(1) == b"a"
    assert client._sock_recv(1) == b"b"
    assert client._sock_recv(1) == b""  # paho: connection lost


def _queued(client: ReadAheadClient) -> bytes:
    return b"".join(bytes(p["packet"]) for p in client._out_packet)


@pytest.mark.parametrize("mids", [[1], [7, 3, 65535, 256], list(range(1, 501))])
def test_pubacks_written_together_are_the_bytes_paho_acks_send_one_by_one(
    mids: list[int],
) -> None:
    one_by_one = ReadAheadClient(callback_api_version=CallbackAPIVersion.VERSION2)
    together = ReadAheadClient(callback_api_version=CallbackAPIVersion.VERSION2)
    for client in (one_by_one, together):
        client.manual_ack_set(True)
    for mid in mids:
        one_by_one.ack(mid, 1)
    together.puback_all(mids)
    assert _queued(together) == _queued(one_by_one)
    assert len(_queued(together)) == 4 * len(mids)
    assert len(together._out_packet) == 1  # one write, one wake-up of the network thread


def test_pubacks_are_not_written_without_manual_ack() -> None:
    client = ReadAheadClient(callback_api_version=CallbackAPIVersion.VERSION2)
    client.puback_all([1, 2, 3])  # paho acknowledged these itself on receipt
    client.manual_ack_set(True)
    client.puback_all([])
    assert _queued(client) == b""


class _EndingThread(ReadAheadClient):
    """A client whose network thread ends just as ``loop_stop`` looks at it: paho's thread
    sets ``_thread`` to None in its last step, which it takes by itself after a
    ``disconnect()`` (eclipse-paho/paho.mqtt.python#872)."""

    def __init__(self, ended: threading.Thread) -> None:
        self._ended = ended
        self._reads = 0
        super().__init__(callback_api_version=CallbackAPIVersion.VERSION2)

    @property
    def _thread(self) -> threading.Thread | None:
        self._reads += 1
        return self._ended if self._reads == 1 else None  # cleared right after the first look

    @_thread.setter
    def _thread(self, value: threading.Thread | None) -> None:
        pass


def test_stopping_a_network_thread_that_ends_meanwhile_does_not_raise() -> None:
    ended = threading.Thread(target=lambda: None)
    ended.start()
    ended.join()
    client = _EndingThread(ended)
    client._reads = 0
    with pytest.raises(AttributeError):  # paho's own loop_stop, for the record
        mqtt.Client.loop_stop(client)
    client._reads = 0
    assert client.loop_stop() is MQTTErrorCode.MQTT_ERR_SUCCESS
