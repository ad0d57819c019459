"""``OutboxSender`` on a real SQLite store, with a recording client in place of the broker.

The broker side (outage, restart, console restart) is proven on a real Mosquitto in
``tests/integration/test_ingest_process.py``; these pin the sender's own rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from incident_desk.errors import BusError
from incident_desk.messaging.bus_types import PublishResult
from incident_desk.messaging.outbox import OutboxSender
from incident_desk.messaging.publisher import AlertPublisher
from incident_desk.store import Outgoing, Store

ACK = "idesk/v1/actual/KE/nps/ack"
COMMAND = "idesk/v1/actual/KE/nps/command"


@dataclass
class Client:
    """Records what is published; ``down`` makes every publish fail as a lost broker would."""

    client_id: str = "idesk-ws01"
    is_connected: bool = True
    down: bool = False
    published: list[dict[str, Any]] = field(default_factory=list)

    def publish(self, topic: str, payload: bytes, **kw: Any) -> PublishResult:
        if self.down:
            raise BusError("the broker did not acknowledge the message within 10 s")
        self.published.append({"topic": topic, "payload": payload, **kw})
        return PublishResult(len(self.published), 0, "Success", True)


def _sender(tmp_path: Path, client: Client) -> tuple[Store, OutboxSender, list[Any]]:
    store = Store.open(f"sqlite:///{tmp_path / 'console.db'}")
    heard: list[Any] = []
    sender = OutboxSender(
        store,
        client,
        AlertPublisher(client),
        "ws01",
        on_changes=heard.append,  # type: ignore[arg-type]
    )
    return store, sender, heard


def _cap(n: int, *, expires: datetime | None = None) -> Outgoing:
    return Outgoing(
        console="ws01",
        topic=ACK,
        payload=f"<alert>{n}</alert>".encode(),
        content_type="application/cap+xml",
        sender="nps.ke",
        identifier=f"KE-nps-ack-{n}",
        sent_text="2026-11-30T00:00:00+00:00",
        expires_utc=expires,
    )


def test_rows_go_out_oldest_first_cap_through_the_publisher_events_as_they_are(
    tmp_path: Path,
) -> None:
    client = Client()
    store, sender, heard = _sender(tmp_path, client)
    event = Outgoing(console="ws01", topic=COMMAND, payload=b"{}", content_type="application/json")
    store.queue_outgoing([_cap(1), event, _cap(2)])

    assert sender.send_pending() is False  # nothing left
    assert [p["topic"] for p in client.published] == [ACK, COMMAND, ACK]
    assert client.published[0]["content_type"] == "application/cap+xml"
    assert ("seq", "1") in client.published[0]["user_properties"]  # the CAP stream's seq
    assert client.published[1]["content_type"] == "application/json"
    assert store.count_outgoing("ws01") == 0
    assert [bool(c.outbox) for c in heard] == [True]
    store.close()


def test_a_failed_publish_keeps_the_row_and_stops_the_pass(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client(down=True)
    store, sender, _ = _sender(tmp_path, client)
    store.queue_outgoing([_cap(1), _cap(2)])

    with caplog.at_level(logging.WARNING, logger="incident_desk.messaging"):
        assert sender.send_pending() is True  # still pending: retried later
    assert "not sent yet: the broker did not acknowledge" in caplog.text
    (first, second) = store.pending_outgoing("ws01")
    assert (first.attempts, second.attempts) == (1, 0)  # the second was not even tried
    assert "did not acknowledge" in (first.last_error or "")

    client.down = False
    assert sender.send_pending() is False
    assert [p["payload"] for p in client.published] == [b"<alert>1</alert>", b"<alert>2</alert>"]
    store.close()


def test_nothing_is_tried_while_disconnected(tmp_path: Path) -> None:
    client = Client(is_connected=False)
    store, sender, _ = _sender(tmp_path, client)
    store.queue_outgoing([_cap(1)])
    assert sender.send_pending() is True
    assert store.pending_outgoing("ws01")[0].attempts == 0
    store.close()


def test_a_document_that_expired_while_queued_is_given_up_with_the_reason(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client()
    store, sender, _ = _sender(tmp_path, client)
    store.queue_outgoing([_cap(1, expires=datetime.now(UTC) - timedelta(minutes=1)), _cap(2)])

    with caplog.at_level(logging.ERROR, logger="incident_desk.messaging"):
        assert sender.send_pending() is False  # the expired one does not block the next
    assert "given up" in caplog.text
    assert "it is not published" in caplog.text
    assert [p["payload"] for p in client.published] == [b"<alert>2</alert>"]
    assert store.count_outgoing("ws01") == 0
    store.close()
