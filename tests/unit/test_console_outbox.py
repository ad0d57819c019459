"""``Console``'s outgoing calls on a real SQLite store: an Ack or a command event is kept in
the outbox and the bus is told, never waited for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from incident_desk import cap
from incident_desk.console import Console
from incident_desk.errors import IncidentDeskError
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import IncomingAlert, Store
from tests.helpers.capgen import alert_bytes

KE = Identity(country="KE", agency="nps", sender="nps.ke", operator="a.op", workstation="ws01")


class Bus:
    def __init__(self) -> None:
        self.kicks = 0

    def send_outbox(self) -> None:
        self.kicks += 1


def _stored_alert(store: Store) -> int:
    alert, raw = alert_bytes(1, sender="upf.go.ug")
    topic = "idesk/v1/actual/UG/upf/alert"
    incoming = IncomingAlert(raw=raw, alert=alert, topic=topic, received_at=datetime.now(UTC))
    return store.write_batch([incoming]).results[0].alert_id


def test_acknowledge_stores_the_ack_queues_it_and_tells_the_bus(store: Store) -> None:
    bus = Bus()
    console = Console(store, KE, bus=bus)
    alert_id = _stored_alert(store)

    changes = console.acknowledge(alert_id)

    (ack,) = store.acks_for(alert_id)  # shown at once, before any broker saw it
    assert changes.outbox
    assert ack.id in changes.alerts
    (queued,) = store.pending_outgoing("ws01")
    assert queued.topic == "idesk/v1/actual/KE/nps/ack"
    assert queued.payload == ack.raw
    assert queued.content_type == cap.CONTENT_TYPE
    assert (queued.sender, queued.identifier, queued.sent_text) == ack.key()
    assert bus.kicks == 1
    assert console.outbox_status() == (1, None)
    with pytest.raises(IncidentDeskError, match="not itself acknowledged"):
        console.acknowledge(ack.id)
    store.close()


def test_send_event_queues_it_with_its_content_type(store: Store) -> None:
    bus = Bus()
    console = Console(store, KE, bus=bus)
    heard: list[object] = []
    console.add_listener(heard.append)

    console.send_event("idesk/v1/actual/KE/nps/command", b"{}", "application/json")

    (queued,) = store.pending_outgoing("ws01")
    assert (queued.content_type, queued.identifier) == ("application/json", None)
    assert bus.kicks == 1
    assert len(heard) == 1
    store.outgoing_failed(queued.id, "not connected to the broker at b:1883")
    assert console.outbox_status() == (1, "not connected to the broker at b:1883")
    store.close()


def test_an_acknowledgement_is_on_its_alerts_incident_timeline(store: Store) -> None:
    """ "Current incident only" on the timeline hid the operator's acknowledgements: the entry
    now carries the incident the alert belongs to (none when it belongs to none)."""
    board = IncidentBoard(store, lambda _lat, _lon: "KE")
    console = Console(store, KE, bus=Bus(), board=board)
    loose = _stored_alert(store)
    console.acknowledge(loose)
    grouped = (
        store.write_batch(
            [
                IncomingAlert(
                    raw=raw,
                    alert=alert,
                    topic="idesk/v1/actual/UG/upf/alert",
                    received_at=datetime.now(UTC),
                )
                for alert, raw in [alert_bytes(2, sender="upf.go.ug")]
            ]
        )
        .results[0]
        .alert_id
    )
    board.create_from_alert(grouped, "a.op", "ws01")
    incident = board.incident_for_alert(grouped)
    assert incident is not None
    console.acknowledge(grouped)
    acks = {e.alert_id: e.incident_id for e in store.timeline() if e.kind == "ack"}
    assert acks == {loose: None, grouped: incident.key}
    store.close()
