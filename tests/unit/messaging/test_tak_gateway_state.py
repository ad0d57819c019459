"""What the gateway queues for TAK as bus messages arrive (no broker, no socket: the channels
are not started, so what they would send stays in their queues; real SQLite for the store)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from incident_desk import cap
from incident_desk.incidents import IncidentBoard
from incident_desk.messaging.envelope import Envelope
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from incident_desk.store import Store
from incident_desk.tak import CotEvent, to_xml
from incident_desk.tak._framing import decode
from tests.helpers.brokers import bus_settings
from tests.helpers.takdata import KEY, NOW, cancel_of, cordon_alert

REAL = "idesk/v1/actual/KE/nps"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def _gateway(clock: Clock, store: Store | None = None, refresh_s: float = 3600) -> TakGateway:
    settings = Settings(
        broker=bus_settings("mqtt://127.0.0.1:1", "gw-state"),
        country="KE",
        agency="nps",
        tak=TakSettings(url="tcp://127.0.0.1:1", refresh_s=refresh_s),
    )
    return TakGateway(settings, store=store, clock=clock)


def _feed(gateway: TakGateway, topic: str, payload: bytes) -> None:
    gateway._handle(Envelope(topic=topic, payload=payload, qos=1, retain=False, mid=1))


def _queued(gateway: TakGateway, at: datetime = NOW) -> list[CotEvent]:
    """What the (unstarted) real channel would send, read back as of ``at``."""
    q = gateway.channels[None]._queue
    out = []
    while not q.empty():
        out.append(decode(to_xml(q.get_nowait()), at))  # what the wire would carry
    return out


def _unit(status: str = "en_route", source: str | None = None) -> bytes:
    body = {
        "schema": "idesk.unit-status/1",
        "unit": "nps-rdu-1",
        "agency": "nps",
        "callsign": "RDU-BUSIA-1",
        "status": status,
        "position": {"lat": 0.6, "lon": 34.2},
        "time": NOW.isoformat(),
        "exercise": None,
    }
    if source:
        body["source"] = source
    return json.dumps(body).encode()


def _assignment(kind: str, data: dict[str, object], event_id: str) -> bytes:
    return json.dumps(
        {
            "schema": "idesk.command-event/1",
            "id": event_id,
            "type": kind,
            "incident_key": KEY,
            "author": "Insp Wanjiru",
            "agency": "nps",
            "country": "KE",
            "at": NOW.isoformat(),
            "data": data,
        }
    ).encode()


def test_assigned_units_carry_their_assignment_until_released() -> None:
    gateway = _gateway(Clock())
    _feed(gateway, f"{REAL}/unit/nps-rdu-1", _unit())
    first = _queued(gateway)
    assert [e.remarks for e in first] == ["Status: en route"]
    create = {"unit": "nps-rdu-1", "element_kind": "group", "element_name": "Cordon"}
    _feed(
        gateway,
        f"{REAL}/command",
        _assignment("assignment.create", {**create, "work": "cordon north"}, "a1"),
    )
    assert [e.remarks for e in _queued(gateway)] == [
        f"Status: en route\nAssigned: {KEY}: cordon north"
    ]
    release = {"assignment": "a1", "status": "released"}
    _feed(gateway, f"{REAL}/command", _assignment("assignment.status", release, "a2"))
    assert [e.remarks for e in _queued(gateway)] == ["Status: en route"]


def test_unit_messages_that_came_from_tak_are_not_echoed_back() -> None:
    gateway = _gateway(Clock())
    _feed(gateway, f"{REAL}/unit/nps-rdu-1", _unit(source="tak:ANDROID-1"))
    assert _queued(gateway) == []


def test_open_incidents_are_refreshed_until_their_stale_then_dropped() -> None:
    clock = Clock()
    gateway = _gateway(clock, refresh_s=0.001)
    _feed(gateway, f"{REAL}/alert", cap.dumps(cordon_alert(ttl=timedelta(hours=1))))
    assert len(_queued(gateway)) == 3
    clock.now = NOW + timedelta(minutes=30)
    gateway._refresh_if_due()
    again = _queued(gateway, clock.now)
    assert len(again) == 3
    assert all(e.time == clock.now for e in again)
    clock.now = NOW + timedelta(hours=2)
    gateway._next_refresh = 0.0
    gateway._refresh_if_due()
    assert _queued(gateway, clock.now) == []


def test_an_incident_closed_in_the_store_is_withdrawn(store: Store) -> None:
    board = IncidentBoard(store)
    changes = board.create_at(0.636, 34.278, "Malaba blast", "Insp Wanjiru")
    incident = board.get(changes.incidents[0])
    assert incident is not None
    clock = Clock()
    clock.now = datetime.now(UTC).replace(microsecond=0)
    gateway = _gateway(clock, store)
    alert = cordon_alert(key=incident.key, sent=clock.now)
    _feed(gateway, f"{REAL}/alert", cap.dumps(alert))
    assert len(_queued(gateway, clock.now)) == 3
    gateway._withdraw_closed_if_due()
    assert _queued(gateway, clock.now) == []
    board.set_status(incident.id, "closed", "Insp Wanjiru")
    gateway._next_closed_check = 0.0
    gateway._withdraw_closed_if_due()
    gone = _queued(gateway, clock.now)
    assert {e.type for e in gone} == {"a-h-G", "u-d-f", "u-d-c-c", "t-x-d-d"}
    assert all(e.stale <= clock.now for e in gone if e.type != "t-x-d-d")


def test_withdrawal_touches_only_the_cancelled_incident_of_its_own_sender() -> None:
    gateway = _gateway(Clock())
    both = cordon_alert().model_copy(update={"incidents": ("INC-A", "INC-B")})
    _feed(gateway, f"{REAL}/alert", cap.dumps(both))
    assert len(_queued(gateway)) == 6  # a marker and two shapes per incident
    other = cancel_of(both, NOW).model_copy(update={"sender": "upf.go.ug", "incidents": ("INC-A",)})
    _feed(gateway, f"{REAL}/alert", cap.dumps(other))
    assert _queued(gateway) == []  # another agency cannot withdraw what nps published
    own = cancel_of(both, NOW).model_copy(update={"incidents": ("INC-A",)})
    _feed(gateway, f"{REAL}/alert", cap.dumps(own))
    gone = _queued(gateway)
    assert len(gone) == 6  # three withdrawn, three deletes
    assert all(".INC-A" in e.uid for e in gone)


def test_an_update_that_drops_an_area_withdraws_its_shape() -> None:
    gateway = _gateway(Clock())
    _feed(gateway, f"{REAL}/alert", cap.dumps(cordon_alert()))
    assert len(_queued(gateway)) == 3
    update = cordon_alert(circle=False, identifier="KE-nps-0002")
    _feed(gateway, f"{REAL}/alert", cap.dumps(update))
    sent = _queued(gateway)
    circle = [e for e in sent if e.type == "u-d-c-c"]
    assert len(circle) == 1
    assert circle[0].stale <= NOW
    assert sorted(e.type for e in sent if e.stale > NOW) == ["a-h-G", "u-d-f"]
