"""The outbox: what a console queued for the broker stays until the broker confirmed it."""

from __future__ import annotations

from datetime import UTC, datetime

from incident_desk.store import IncomingAlert, Outgoing, Store
from tests.helpers.capgen import alert_bytes


def _ack(n: int, console: str = "ws01") -> tuple[IncomingAlert, Outgoing]:
    alert, raw = alert_bytes(n, sender="nps.go.ke")
    topic = "idesk/v1/actual/KE/nps/ack"
    incoming = IncomingAlert(raw=raw, alert=alert, topic=topic, received_at=datetime.now(UTC))
    outgoing = Outgoing(
        console=console,
        topic=topic,
        payload=raw,
        content_type="application/cap+xml",
        sender=alert.sender,
        identifier=alert.identifier,
        sent_text=alert.sent.text,
    )
    return incoming, outgoing


def test_a_queued_document_is_stored_and_pending_until_settled(store: Store) -> None:
    first, first_out = _ack(1)
    second, second_out = _ack(2)
    store.write_batch([first], outgoing=[first_out])
    store.write_batch([second], outgoing=[second_out])

    assert store.find_alert(first.alert.reference().key()) is not None  # shown locally
    pending = store.pending_outgoing("ws01")
    assert [p.identifier for p in pending] == [first.alert.identifier, second.alert.identifier]
    assert pending[0].payload == first.raw
    assert pending[0].attempts == 0
    assert store.count_outgoing("ws01") == 2

    store.outgoing_failed(pending[0].id, "not connected to the broker at h:1883")
    again = store.pending_outgoing("ws01")
    assert [p.id for p in again] == [pending[0].id, pending[1].id]  # still first in line
    assert again[0].attempts == 1
    assert again[0].last_error == "not connected to the broker at h:1883"

    store.outgoing_settled(pending[0].id)
    store.outgoing_settled(pending[1].id, error="the alert expired; it is not published")
    assert store.pending_outgoing("ws01") == []
    assert store.count_outgoing("ws01") == 0


def test_each_console_sends_only_its_own(store: Store) -> None:
    mine, mine_out = _ack(1, console="ws01")
    theirs, theirs_out = _ack(2, console="ws02")
    store.write_batch([mine, theirs], outgoing=[mine_out, theirs_out])
    assert [p.identifier for p in store.pending_outgoing("ws01")] == [mine.alert.identifier]
    assert [p.identifier for p in store.pending_outgoing("ws02")] == [theirs.alert.identifier]


def test_what_waits_survives_reopening_the_store(store_url: str) -> None:
    incoming, outgoing = _ack(1)
    with Store.open(store_url) as store:
        store.write_batch([incoming], outgoing=[outgoing])
    with Store.open(store_url) as reopened:
        assert [p.payload for p in reopened.pending_outgoing("ws01")] == [incoming.raw]
