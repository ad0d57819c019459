"""The TAK gateway with real parts: Mosquitto, loopback TCP/TLS TAK peers, multicast on loopback.

Device traffic is written with ``pytak`` (an independent TAK client library) where it can be.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from incident_desk import cap
from incident_desk.cap import Certainty, MsgType, Severity, Status, Urgency
from incident_desk.command import parse_unit_status
from incident_desk.messaging import AlertPublisher, Subscription
from incident_desk.messaging.tak_gateway import TakGateway
from incident_desk.settings import Settings, TakSettings
from incident_desk.tak import CotError, CotEvent, incident_uid, to_xml, unit_uid
from incident_desk.tak._framing import decode
from incident_desk.topics import Mode, alert_topic, unit_topic
from tests.helpers.brokers import (
    Inbox,
    MosquittoBroker,
    bus_settings,
    publish_alert,
    tracked_client,
)
from tests.helpers.certs import make_drill_pki
from tests.helpers.takdata import KEY, cancel_of, cordon_alert, device_cot, device_directory
from tests.helpers.takpeer import MulticastPeer, TakServerPeer

with warnings.catch_warnings():  # pytak warns at import when its optional aiohttp is missing
    warnings.simplefilter("ignore")
    import pytak  # type: ignore[import-untyped]

REAL_ALERTS = "idesk/v1/actual/KE/nps/alert"


def _now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def peers() -> Iterator[list[Any]]:
    made: list[Any] = []
    yield made
    for peer in made:
        peer.close()


@pytest.fixture
def gateways() -> Iterator[list[TakGateway]]:
    made: list[TakGateway] = []
    yield made
    for gateway in made:
        gateway.stop()


def _gateway(
    made: list[TakGateway], broker: MosquittoBroker, tak: dict[str, Any], devices: int = 3
) -> TakGateway:
    settings = Settings(
        broker=bus_settings(broker.url, "gw-test"),
        country="KE",
        agency="nps",
        sender="nps.go.ke",
        tak=TakSettings(**{"reconnect_min_s": 0.1, "reconnect_max_s": 0.5, **tak}),
    )
    gateway = TakGateway(settings, directory=device_directory(devices))
    made.append(gateway)
    gateway.start()
    return gateway


def _publisher(clients: list[Any], broker: MosquittoBroker) -> AlertPublisher:
    client = tracked_client(clients, broker.url, "publisher")
    client.connect_and_wait()
    return AlertPublisher(client)


def _watch(clients: list[Any], broker: MosquittoBroker, *filters: str) -> Inbox:
    inbox = Inbox()
    client = tracked_client(clients, broker.url, f"watch-{len(clients)}", inbox)
    inbox.auto_ack = client
    client.connect_and_wait()
    client.subscribe([Subscription(f, no_retained=False) for f in filters], timeout=10)
    return inbox


def _events(peer: Any, uid: str, count: int = 1) -> list[CotEvent]:
    got = peer.wait_for(lambda m: f'version="2.0" uid="{uid}"'.encode() in m, count)
    return [decode(m, _now()) for m in got]


def _publish(publisher: AlertPublisher, alert: cap.Alert, exercise: str | None = None) -> None:
    mode = "exercise" if exercise else "actual"
    topic = alert_topic(mode, "KE", "nps", exercise)
    publisher.publish_cap(
        topic,
        cap.dumps(alert),
        sender=alert.sender,
        identifier=alert.identifier,
        sent=alert.sent.text,
        expires=alert.expires_utc(),
        exercise_id=exercise,
    )


def test_incident_alert_on_the_bus_appears_on_tak_and_a_cancel_withdraws_it(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    peer = TakServerPeer()
    peers.append(peer)
    _gateway(gateways, mosquitto, {"url": peer.url})
    peer.wait_client()
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    uid = incident_uid(KEY, None)
    marker = _events(peer, uid)[0]
    assert (marker.type, marker.opex, marker.callsign) == ("a-h-G", None, KEY)
    peer.wait_for(lambda m: b'type="u-d-f"' in m)  # the cordon as a drawn shape
    peer.wait_for(lambda m: b'type="u-d-c-c"' in m)
    _publish(publisher, cancel_of(alert, _now().replace(microsecond=0)))
    peer.wait_for(lambda m: b"<__forcedelete/>" in m and f'uid="{uid}"'.encode() in m)
    last = _events(peer, uid, 2)[-1]
    assert last.stale <= _now()


def test_pli_from_50_devices_at_1_hz_becomes_unit_events_on_the_bus(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    peer = TakServerPeer()
    peers.append(peer)
    _gateway(gateways, mosquitto, {"url": peer.url}, devices=50)
    peer.wait_client()
    inbox = _watch(clients, mosquitto, "idesk/v1/actual/KE/nps/unit/+")
    tick = threading.Event()
    for second in range(3):
        batch = b"".join(
            pytak.gen_cot(
                lat=0.5 + i / 1000, lon=34.0 + second / 1000, uid=f"DEV-{i}", cot_type="a-f-G-U-C"
            )
            for i in range(50)
        )
        peer.broadcast(batch)
        tick.wait(1.0)  # the devices' 1 Hz reporting rhythm, not a wait for a result
    messages = inbox.wait_messages(150, timeout=30)
    units = {parse_unit_status(m.payload).unit for m in messages}
    assert units == {f"nps-u{i}" for i in range(50)}
    last = parse_unit_status(messages[-1].payload)
    assert last.position is not None
    assert last.position["lon"] == pytest.approx(34.002)
    assert all(m.topic.endswith(parse_unit_status(m.payload).unit) for m in messages)


@pytest.mark.logs_expected("incident_desk.tak", match="emergency beacon raised as CAP alert")
def test_an_emergency_beacon_raises_an_extreme_immediate_cap_alert(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    peer = TakServerPeer()
    peers.append(peer)
    _gateway(gateways, mosquitto, {"url": peer.url})
    peer.wait_client()
    inbox = _watch(clients, mosquitto, REAL_ALERTS)
    beacon = device_cot(
        "DEV-1",
        now=_now(),
        type_="b-a-o-tbl",
        callsign="Viper-1",
        detail='<emergency type="911 Alert">Viper-1</emergency>',
    )
    peer.broadcast(beacon + beacon)  # devices repeat it: one alarm
    alert = cap.parse(inbox.wait_messages(1)[0].payload)
    info = alert.infos[0]
    assert (alert.status, info.severity, info.urgency, info.certainty) == (
        Status.ACTUAL,
        Severity.EXTREME,
        Urgency.IMMEDIATE,
        Certainty.OBSERVED,
    )
    assert "Viper-1" in (info.headline or "")
    assert info.areas[0].circles[0].center.lat == 0.6362
    peer.broadcast(device_cot("DEV-1", now=_now(), type_="b-a-o-can"))
    messages = inbox.wait_messages(2)
    assert [cap.parse(m.payload).msg_type for m in messages] == [MsgType.ALERT, MsgType.CANCEL]


def test_tls_channel_presents_our_certificate_and_verifies_the_server(
    tmp_path: Path,
    mosquitto: MosquittoBroker,
    clients: list[Any],
    peers: list[Any],
    gateways: list[TakGateway],
) -> None:
    pki = make_drill_pki(tmp_path / "pki", "KE", agencies=("nps",))
    peer = TakServerPeer(
        cert=pki.server.cert_path, key=pki.server.key_path, client_ca=pki.ca.cert_path
    )
    peers.append(peer)
    tls = {
        "url": peer.url,
        "ca_file": pki.ca.cert_path,
        "cert_file": pki.clients["nps"].cert_path,
        "key_file": pki.clients["nps"].key_path,
    }
    _gateway(gateways, mosquitto, tls)
    peer.wait_client()
    assert peer.client_names == ["nps"]
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    _events(peer, incident_uid(KEY, None))


@pytest.mark.logs_expected("incident_desk.tak", match="cannot connect to tls://")
def test_tls_refuses_a_server_whose_certificate_our_ca_did_not_sign(
    tmp_path: Path, mosquitto: MosquittoBroker, peers: list[Any], gateways: list[TakGateway]
) -> None:
    ours = make_drill_pki(tmp_path / "ours", "KE", agencies=("nps",))
    rogue = make_drill_pki(tmp_path / "rogue", "KE", agencies=("nps",))
    peer = TakServerPeer(cert=rogue.server.cert_path, key=rogue.server.key_path)
    peers.append(peer)
    tls = {"url": peer.url, "ca_file": ours.ca.cert_path}
    gateway = _gateway(gateways, mosquitto, tls)
    channel = gateway.channels[None]
    done = threading.Event()
    for _ in range(100):
        if "CERTIFICATE_VERIFY_FAILED" in channel.stats().last_error:
            break
        done.wait(0.1)
    assert "CERTIFICATE_VERIFY_FAILED" in channel.stats().last_error
    assert not channel.connected
    assert peer.messages == []


# the drop is seen by whichever side of the link touches it first: the reader (closed, reset)
# or a send in flight (broken pipe, reset)
@pytest.mark.logs_expected(
    "incident_desk.tak",
    match="closed the connection; next attempt|read from .* failed: .*reset|send to .* failed",
)
def test_gateway_reconnects_after_the_tak_server_drops_it(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    peer = TakServerPeer()
    peers.append(peer)
    gateway = _gateway(gateways, mosquitto, {"url": peer.url})
    peer.wait_client()
    peer.drop_clients()
    peer.wait_client()
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    _events(peer, incident_uid(KEY, None))
    assert gateway.channels[None].stats().connects >= 2


def test_multicast_sa_both_ways_and_protobuf(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    from tests.helpers.brokers import free_port

    port = free_port()
    peer = MulticastPeer("239.2.3.1", port)
    peers.append(peer)
    tak = {
        "url": f"udp://239.2.3.1:{port}",
        "multicast_interface": "127.0.0.1",
        "protocol": "protobuf",
    }
    _gateway(gateways, mosquitto, tak)
    inbox = _watch(clients, mosquitto, "idesk/v1/actual/KE/nps/unit/+")
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    got = peer.wait_for(
        lambda m: m[:3] == b"\xbf\x01\xbf" and incident_uid(KEY, None).encode() in m
    )
    assert decode(got[0], _now()).uid == incident_uid(KEY, None)
    peer.send(device_cot("DEV-2", now=_now()))
    message = parse_unit_status(inbox.wait_messages(1)[0].payload)
    assert message.unit == "nps-u2"


@pytest.mark.logs_expected("incident_desk.tak", match="refused to send|not sent to TAK")
def test_exercise_traffic_never_reaches_the_real_tak_channel(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    real, drill = TakServerPeer(), TakServerPeer()
    peers += [real, drill]
    gateway = _gateway(
        gateways, mosquitto, {"url": real.url, "exercise_channels": {"EX1": drill.url}}
    )
    real.wait_client()
    drill.wait_client()
    publisher = _publisher(clients, mosquitto)
    sent = _now().replace(microsecond=0)
    _publish(publisher, cordon_alert(sent=sent, exercise="EX1", key="EX-INC"), "EX1")
    _events(drill, incident_uid("EX-INC", "EX1"))
    # attempts to leak: exercise content on a real topic (status mismatch) and a unit
    # message claiming an exercise on the real tree, then the last guard called directly
    leak = cordon_alert(sent=sent, exercise="EX1", key="LEAK", identifier="KE-nps-leak")
    raw = publisher._bus.publish(REAL_ALERTS, cap.dumps(leak), qos=1)
    assert raw.acknowledged
    unit = (
        b'{"schema":"idesk.unit-status/1","unit":"nps-u1","agency":"nps","status":"available",'
        b'"position":{"lat":0.5,"lon":34.0},"time":"'
        + sent.isoformat().encode()
        + b'","exercise":"EX1"}'
    )
    publisher._bus.publish("idesk/v1/actual/KE/nps/unit/nps-u1", unit, qos=1)
    drill_event = _events(drill, incident_uid("EX-INC", "EX1"))[0]
    gateway._send(None, [drill_event])
    # a real alert after the attempts: when it is on the real channel, they were all handled
    _publish(publisher, cordon_alert(sent=sent, key="REAL-1", identifier="KE-nps-real"))
    _events(real, incident_uid("REAL-1", None))
    for message in real.snapshot():
        assert b'opex="e' not in message
        assert b"EXERCISE" not in message
        assert b"LEAK" not in message
    assert all(b'opex="e-EX1"' in m for m in drill.snapshot())
    refused = gateway.status().refused
    assert refused["event refused: opex does not match the channel"] == 1
    assert refused["alert status does not match its topic"] == 1
    assert refused["unit message does not match its topic"] == 1


@pytest.mark.logs_expected("incident_desk.tak", match="emergency beacon raised as CAP alert")
def test_exercise_cot_on_the_real_channel_never_becomes_a_real_alarm(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    real, drill = TakServerPeer(), TakServerPeer()
    peers += [real, drill]
    gateway = _gateway(
        gateways, mosquitto, {"url": real.url, "exercise_channels": {"EX1": drill.url}}
    )
    real.wait_client()
    drill.wait_client()
    inbox = _watch(clients, mosquitto, "idesk/v1/actual/#", "idesk/v1/exercise/EX1/KE/nps/alert")
    now = _now()
    real.broadcast(device_cot("DEV-0", now=now, type_="b-a-o-tbl", opex="e-EX1"))
    drill.broadcast(device_cot("DEV-1", now=now, type_="b-a-o-tbl"))  # the drill's own beacon
    real.broadcast(device_cot("DEV-2", now=now, type_="b-a-o-tbl", callsign="Real-2"))
    messages = inbox.wait_messages(2)
    inbox.wait_messages(1, topic=REAL_ALERTS)
    by_topic = {m.topic: cap.parse(m.payload) for m in inbox.messages}
    assert by_topic[REAL_ALERTS].status is Status.ACTUAL
    assert "Real-2" in (by_topic[REAL_ALERTS].infos[0].headline or "")
    drill_alert = by_topic["idesk/v1/exercise/EX1/KE/nps/alert"]
    assert drill_alert.status is Status.EXERCISE
    assert drill_alert.note.startswith("EX1")
    assert len([m for m in messages if m.topic == REAL_ALERTS]) == 1
    assert any("exercise/simulation" in r for r in gateway.status().refused)


def test_our_events_read_by_a_second_tak_client_show_the_same_incident(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    """What the TAK peer received parses as the incident we sent, field by field."""
    peer = TakServerPeer()
    peers.append(peer)
    _gateway(gateways, mosquitto, {"url": peer.url})
    peer.wait_client()
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    received = _events(peer, incident_uid(KEY, None))[0]
    assert received.remarks is not None
    assert received.remarks.startswith("Explosion at Malaba")
    assert received.point.lat == pytest.approx(0.636, abs=0.001)
    assert to_xml(received).count(b"<event") == 1


def test_the_headless_gateway_command_runs_and_prints_a_summary(
    mosquitto: MosquittoBroker, peers: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    from incident_desk.cli import main

    peer = TakServerPeer()
    peers.append(peer)
    argv = ["tak", "--broker", mosquitto.url, "--client-id", "gw-cli", "--tak", peer.url]
    argv += ["--country", "KE", "--agency", "nps", "--exit-after", "1"]
    assert main(argv) == 0
    assert capsys.readouterr().out.startswith("TAK: 0 events to TAK")
    assert peer.clients  # it did connect to the TAK server


@pytest.mark.parametrize("protocol", ["protobuf", "xml"])
def test_protobuf_is_negotiated_with_a_server_that_offers_it(
    protocol: str,
    mosquitto: MosquittoBroker,
    clients: list[Any],
    peers: list[Any],
    gateways: list[TakGateway],
) -> None:
    peer = TakServerPeer(offer_protobuf=True)
    peers.append(peer)
    gateway = _gateway(gateways, mosquitto, {"url": peer.url, "protocol": protocol})
    peer.wait_client()
    if protocol == "protobuf":  # the switch takes one round trip after the server's offer
        peer.wait_for(lambda m: b"t-x-takp-q" in m)
        pause = threading.Event()
        for _ in range(100):
            if gateway.channels[None].protobuf:
                break
            pause.wait(0.05)
        assert gateway.channels[None].protobuf
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    uid = incident_uid(KEY, None)

    def is_marker(message: bytes) -> bool:
        try:
            return decode(message, _now()).uid == uid
        except CotError:
            return False

    marker = peer.wait_for(is_marker)[0]
    first = peer.snapshot()[0]
    assert b'type="t-x-c-t"' in first  # we introduce ourselves in XML, before any switch
    if protocol == "protobuf":
        assert any(b"t-x-takp-q" in m for m in peer.snapshot())
        assert marker[:1] == b"\xbf"  # TAK protocol version 1 stream frame
    else:
        assert not any(b"t-x-takp-q" in m for m in peer.snapshot())
        assert marker.startswith(b"<?xml")
    assert decode(marker, _now()).type == "a-h-G"


def test_start_without_waiting_returns_at_once_and_connects_later(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    peer = TakServerPeer()
    peers.append(peer)
    settings = Settings(
        broker=bus_settings(mosquitto.url, "gw-nowait"),
        country="KE",
        agency="nps",
        tak=TakSettings(url=peer.url),
    )
    gateway = TakGateway(settings, directory=device_directory(3))
    gateways.append(gateway)
    gateway.start(wait_s=None)
    assert gateway.bus.wait_subscribed(20)
    publisher = _publisher(clients, mosquitto)
    alert = cordon_alert(sent=_now().replace(microsecond=0))
    publish_alert(publisher, REAL_ALERTS, alert, cap.dumps(alert))
    _events(peer, incident_uid(KEY, None))


@pytest.mark.logs_expected("incident_desk.tak", match="matches no unit")
def test_unknown_devices_are_listed_for_the_operator_not_published(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    peer = TakServerPeer()
    peers.append(peer)
    gateway = _gateway(gateways, mosquitto, {"url": peer.url})
    peer.wait_client()
    inbox = _watch(clients, mosquitto, "idesk/v1/actual/KE/nps/unit/+")
    peer.broadcast(device_cot("ANDROID-9", now=_now(), callsign="Stranger-9"))
    peer.broadcast(device_cot("DEV-0", now=_now()))  # a known device, after it
    assert parse_unit_status(inbox.wait_messages(1)[0].payload).unit == "nps-u0"
    unknown = gateway.status().unknown_devices
    assert [(d.uid, d.callsign) for d in unknown] == [("ANDROID-9", "Stranger-9")]
    assert len(inbox.messages) == 1


def test_a_fast_drills_unit_inject_reaches_tak_current_not_hours_ahead(
    mosquitto: MosquittoBroker, clients: list[Any], peers: list[Any], gateways: list[TakGateway]
) -> None:
    """A scenario player's unit inject carries its ``time`` on the exercise clock (here two
    hours ahead, a fast drill): the device shows the unit as reported now, and it greys out
    when the report really grows old, not two hours later (or at once, from a base time in
    the past)."""
    real, drill = TakServerPeer(), TakServerPeer()
    peers += [real, drill]
    _gateway(gateways, mosquitto, {"url": real.url, "exercise_channels": {"EX1": drill.url}})
    drill.wait_client()
    publisher = _publisher(clients, mosquitto)
    ahead = _now().replace(microsecond=0) + timedelta(hours=2)
    inject = {
        "schema": "idesk.unit-status/1",
        "unit": "nps-u1",
        "agency": "nps",
        "status": "en_route",
        "position": {"lat": 0.5, "lon": 34.0},
        "time": ahead.isoformat(),
        "exercise": "EX1",
        "inject": 7,
    }
    before = _now().replace(microsecond=0)
    topic = unit_topic(Mode.EXERCISE, "KE", "nps", "nps-u1", "EX1")
    publisher._bus.publish(topic, json.dumps(inject).encode(), qos=1)
    [event] = _events(drill, unit_uid("KE", "nps", "nps-u1", "EX1"))
    assert event.opex == "e-EX1"
    assert before <= event.time <= _now()
    assert event.stale - event.time == timedelta(
        seconds=TakSettings.model_fields["unit_stale_s"].default
    )
