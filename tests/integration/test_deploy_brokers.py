"""The SHIPPED Mosquitto configuration (resources/mosquitto/) on real brokers, over mutual TLS.

Two national brokers, KE and UG, each rendered from the templates with certificates made in
the test by the shipped drill PKI code; UG bridges to KE with bridge-UG-to-KE.conf. Clients are
plain paho-mqtt 2 (MQTT 5), so the broker's own answers (PUBACK/SUBACK reason codes, TLS
alerts) are what is checked.
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from incident_desk.trust import TrustStore, sign_alert, verify
from incident_desk.trust.brokerconf import TEMPLATES, country_values, render_config
from incident_desk.trust.drillcerts import CountryPki, Issued
from tests.helpers.brokers import ConfiguredMosquitto, free_port, start_mosquitto_from_config
from tests.helpers.certs import make_drill_pki

pytestmark = pytest.mark.broker

NOT_AUTHORIZED = 135  # MQTT 5 reason code 0x87
ACCEPTED = {0, 16}  # Success, or "No matching subscribers" (0x10): both mean the broker took it
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "cap" / "valid" / "ke_explosion_alert.xml"


# -- brokers from the shipped templates -----------------------------------------------------


@dataclass
class Country:
    code: str
    pki: CountryPki
    agency_port: int
    control_port: int
    broker: ConfiguredMosquitto


def _render_broker(
    root: Path,
    pki: CountryPki,
    partner: str,
    agency_port: int,
    control_port: int,
    bridge: dict[str, str] | None = None,
) -> tuple[Path, Path]:
    """Render mosquitto.conf + conf.d/*.conf + ACLs exactly as docs/deployment.md does."""
    etc, confd, data = root / "etc", root / "etc" / "conf.d", root / "data"
    for d in (etc, confd, data):
        d.mkdir(parents=True, exist_ok=True)
    values: dict[str, object] = {
        **country_values(pki.country, partner),
        "RUN_AS_USER": "root" if os.geteuid() == 0 else "mosquitto",
        "DATADIR": data,
        "CONFDIR": confd,
        "ACLDIR": etc,
        "CERTDIR": pki.folder,
        "BIND_ADDRESS": "127.0.0.1",
        "AGENCY_PORT": agency_port,
        "CONTROL_PORT": control_port,
        **(bridge or {}),
    }
    (etc / "mosquitto.conf").write_text(render_config(TEMPLATES / "mosquitto.conf", **values))
    for name in ("acl-agency.acl", "acl-control.acl"):
        (etc / name).write_text(render_config(TEMPLATES / name, **values))
    for name in ("agency-listener.conf", "control-listener.conf"):
        (confd / name).write_text(render_config(TEMPLATES / name, **values))
    if bridge is not None:
        text = render_config(TEMPLATES / "bridge-UG-to-KE.conf", **values)
        (confd / "bridge-UG-to-KE.conf").write_text(text)
    return etc / "mosquitto.conf", data / "mosquitto.log"


@pytest.fixture(scope="module")
def countries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Country]]:
    base = tmp_path_factory.mktemp("deploy")
    ke_pki = make_drill_pki(
        base / "pki", "KE", agencies=("nps", "upf"), bridge_users=("bridge-ug",)
    )
    ug_pki = make_drill_pki(base / "pki", "UG", agencies=("upf", "cmi"))
    started: list[ConfiguredMosquitto] = []
    try:
        ke_ports = (free_port(), free_port())
        conf, log = _render_broker(base / "ke", ke_pki, "UG", *ke_ports)
        ke = Country("KE", ke_pki, *ke_ports, start_mosquitto_from_config(conf, ke_ports, log))
        started.append(ke.broker)
        bridge_user = ke_pki.control["bridge-ug"]
        ug_ports = (free_port(), free_port())
        bridge = {
            "KE_ADDRESS": f"127.0.0.1:{ke.control_port}",
            "BRIDGE_CAFILE": str(ke_pki.ca.cert_path),
            "BRIDGE_CERTFILE": str(bridge_user.cert_path),
            "BRIDGE_KEYFILE": str(bridge_user.key_path),
        }
        conf, log = _render_broker(base / "ug", ug_pki, "KE", *ug_ports, bridge=bridge)
        ug = Country("UG", ug_pki, *ug_ports, start_mosquitto_from_config(conf, ug_ports, log))
        started.append(ug.broker)
        yield {"KE": ke, "UG": ug}
    finally:
        for broker in started:
            broker.stop()


# -- a small paho MQTT 5 client -------------------------------------------------------------


@dataclass(eq=False)
class Client:
    """paho MQTT 5 over TLS, with events to wait on instead of sleeping."""

    client: mqtt.Client
    connected: threading.Event = field(default_factory=threading.Event)
    disconnected: threading.Event = field(default_factory=threading.Event)
    connack: list[ReasonCode] = field(default_factory=list)
    messages: list[tuple[str, bytes]] = field(default_factory=list)
    acks: dict[int, int] = field(default_factory=dict)
    subacks: dict[int, list[int]] = field(default_factory=dict)
    cond: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, topic: str, payload: bytes, timeout: float = 10.0) -> int:
        """Publish at QoS 1 and return the PUBACK reason code."""
        info = self.client.publish(topic, payload, qos=1)
        assert info.rc == mqtt.MQTT_ERR_SUCCESS
        with self.cond:
            assert self.cond.wait_for(lambda: info.mid in self.acks, timeout), (
                f"no PUBACK for {topic}"
            )
            return self.acks[info.mid]

    def subscribe(self, topic: str, timeout: float = 10.0) -> list[int]:
        result, mid = self.client.subscribe(topic, qos=1)
        assert result == mqtt.MQTT_ERR_SUCCESS
        with self.cond:
            assert self.cond.wait_for(lambda: mid in self.subacks, timeout), "no SUBACK"
            return self.subacks[mid]

    def received(self, marker: str) -> set[str]:
        with self.cond:
            return {t for t, p in self.messages if marker.encode() in p}

    def wait_for(self, marker: str, topics: set[str], timeout: float = 15.0) -> set[str]:
        with self.cond:
            self.cond.wait_for(lambda: topics <= self._topics(marker), timeout)
            return self._topics(marker)

    def _topics(self, marker: str) -> set[str]:
        return {t for t, p in self.messages if marker.encode() in p}

    def payloads(self, topic: str) -> list[bytes]:
        with self.cond:
            return [p for t, p in self.messages if t == topic]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def _connect(port: int, ca: Path, cert: Issued | None, name: str) -> Client:
    client = mqtt.Client(
        CallbackAPIVersion.VERSION2,
        client_id=f"{name}-{uuid.uuid4().hex[:8]}",
        protocol=mqtt.MQTTv5,
    )
    client.tls_set(
        ca_certs=str(ca),
        certfile=str(cert.cert_path) if cert else None,
        keyfile=str(cert.key_path) if cert else None,
    )
    wrapper = Client(client)

    def on_connect(c: Any, u: Any, flags: Any, reason: ReasonCode, props: Any) -> None:
        wrapper.connack.append(reason)
        if not reason.is_failure:
            wrapper.connected.set()

    def on_publish(c: Any, u: Any, mid: int, reason: ReasonCode, props: Any) -> None:
        with wrapper.cond:
            wrapper.acks[mid] = reason.value
            wrapper.cond.notify_all()

    def on_subscribe(c: Any, u: Any, mid: int, reasons: list[ReasonCode], props: Any) -> None:
        with wrapper.cond:
            wrapper.subacks[mid] = [r.value for r in reasons]
            wrapper.cond.notify_all()

    def on_message(c: Any, u: Any, msg: mqtt.MQTTMessage) -> None:
        with wrapper.cond:
            wrapper.messages.append((msg.topic, bytes(msg.payload)))
            wrapper.cond.notify_all()

    def on_disconnect(c: Any, u: Any, flags: Any, reason: ReasonCode, props: Any) -> None:
        wrapper.disconnected.set()

    client.on_connect = on_connect
    client.on_disconnect = on_disconnect
    client.on_publish = on_publish
    client.on_subscribe = on_subscribe
    client.on_message = on_message
    client.connect("127.0.0.1", port, clean_start=True, properties=Properties(1))
    client.loop_start()
    if not wrapper.connected.wait(10):
        wrapper.close()
        raise AssertionError(f"{name} did not connect: CONNACK {wrapper.connack}")
    return wrapper


@pytest.fixture
def clients() -> Iterator[list[Client]]:
    opened: list[Client] = []
    yield opened
    for c in opened:
        c.close()


def _agency(country: Country, agency: str, opened: list[Client]) -> Client:
    c = _connect(country.agency_port, country.pki.ca.cert_path, country.pki.clients[agency], agency)
    opened.append(c)
    return c


def _control(country: Country, user: str, opened: list[Client]) -> Client:
    c = _connect(country.control_port, country.pki.ca.cert_path, country.pki.control[user], user)
    opened.append(c)
    return c


# -- ACLs on one broker ---------------------------------------------------------------------


def test_agency_publishes_only_under_its_own_subtree(
    countries: dict[str, Country], clients: list[Client]
) -> None:
    nps = _agency(countries["KE"], "nps", clients)
    watcher = _agency(countries["KE"], "upf", clients)
    assert watcher.subscribe("idesk/v1/#") == [1]
    marker = uuid.uuid4().hex

    assert nps.publish("idesk/v1/actual/KE/nps/alert", marker.encode()) in ACCEPTED
    assert nps.publish("idesk/v1/actual/KE/upf/alert", marker.encode()) == NOT_AUTHORIZED
    assert nps.publish("idesk/v1/actual/UG/nps/alert", marker.encode()) == NOT_AUTHORIZED
    assert nps.publish("idesk/v1/exercise/EX-1/KE/nps/alert", marker.encode()) in ACCEPTED
    assert nps.publish("idesk/v1/test/KE/nps/alert", marker.encode()) in ACCEPTED
    assert nps.publish("elsewhere/topic", marker.encode()) == NOT_AUTHORIZED

    allowed = {
        "idesk/v1/actual/KE/nps/alert",
        "idesk/v1/exercise/EX-1/KE/nps/alert",
        "idesk/v1/test/KE/nps/alert",
    }
    # The denied publications were acknowledged before the last allowed one was sent, so
    # once the allowed ones arrived nothing else is in flight from this publisher.
    assert watcher.wait_for(marker, allowed) == allowed


def test_controller_writes_exercise_topics_only(
    countries: dict[str, Country], clients: list[Client]
) -> None:
    ke = countries["KE"]
    excon = _control(ke, "excon-ke", clients)
    payload = uuid.uuid4().hex.encode()
    assert excon.publish("idesk/v1/exercise/EX-7/KE/nps/alert", payload) in ACCEPTED
    assert excon.publish("idesk/v1/exercise/EX-7/control", payload) in ACCEPTED
    assert excon.publish("idesk/v1/actual/KE/nps/alert", payload) == NOT_AUTHORIZED
    assert excon.publish("idesk/v1/actual/KE/excon-ke/alert", payload) == NOT_AUTHORIZED
    assert excon.publish("idesk/v1/test/KE/excon-ke/alert", payload) == NOT_AUTHORIZED


def test_bridge_user_has_exactly_its_topics(
    countries: dict[str, Country], clients: list[Client]
) -> None:
    """The KE ACL for bridge-ug: write UG actual, read KE actual, nothing else."""
    bridge = _control(countries["KE"], "bridge-ug", clients)
    payload = uuid.uuid4().hex.encode()
    assert bridge.publish("idesk/v1/actual/UG/upf/alert", payload) in ACCEPTED
    assert bridge.publish("idesk/v1/actual/KE/nps/alert", payload) == NOT_AUTHORIZED
    assert bridge.publish("idesk/v1/exercise/EX-1/UG/upf/alert", payload) == NOT_AUTHORIZED
    # Mosquitto 2.0 grants every SUBACK and applies `read` rules to each delivered message.
    assert bridge.subscribe("idesk/v1/actual/KE/#") == [1]


def _try_mqtt_over_tls(port: int, context: ssl.SSLContext) -> bytes:
    """TLS handshake, an MQTT 5 CONNECT, and the first bytes the broker answers (b"" = closed)."""
    connect = bytes([0x10, 13, 0, 4]) + b"MQTT" + bytes([5, 2, 0, 30, 0, 0, 0])
    with (
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        tls.sendall(connect)
        return tls.recv(4)


def _context(ca: Path, cert: Issued | None, tls: ssl.TLSVersion) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca))
    context.maximum_version = tls
    if cert is not None:
        context.load_cert_chain(str(cert.cert_path), str(cert.key_path))
    return context


# Mosquitto 2.0.11 rejects a missing or untrusted client certificate by closing the connection
# without a TLS alert ("peer did not return a certificate" / "certificate verify failed" in its
# log): the client sees SSLEOFError. With TLS 1.2 that happens inside the handshake; with TLS 1.3
# the client's handshake completes first and the refusal arrives instead of the CONNACK.
TLS_VERSIONS = pytest.mark.parametrize(
    "tls", [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3], ids=["tls1.2", "tls1.3"]
)


@TLS_VERSIONS
def test_console_without_client_certificate_is_refused_at_tls(
    countries: dict[str, Country], tls: ssl.TLSVersion
) -> None:
    ke = countries["KE"]
    with pytest.raises(ssl.SSLError):
        _try_mqtt_over_tls(ke.agency_port, _context(ke.pki.ca.cert_path, None, tls))
    if tls is ssl.TLSVersion.TLSv1_2:  # refused inside the handshake itself
        with socket.create_connection(("127.0.0.1", ke.agency_port), timeout=5) as raw:
            context = _context(ke.pki.ca.cert_path, None, tls)
            with pytest.raises(ssl.SSLError):
                context.wrap_socket(raw, server_hostname="127.0.0.1").close()

    # The same path with a certificate gets a CONNACK (0x20), so the refusal above is real.
    good = _context(ke.pki.ca.cert_path, ke.pki.clients["nps"], tls)
    assert _try_mqtt_over_tls(ke.agency_port, good)[:1] == b"\x20"


@TLS_VERSIONS
@pytest.mark.parametrize(("listener", "cert_kind"), [("agency", "control"), ("control", "agency")])
def test_each_listener_accepts_only_its_own_ca(
    countries: dict[str, Country], listener: str, cert_kind: str, tls: ssl.TLSVersion
) -> None:
    """Controller certificates cannot reach the pattern-ACL listener, and vice versa."""
    ke = countries["KE"]
    port = ke.agency_port if listener == "agency" else ke.control_port
    wrong = ke.pki.control["excon-ke"] if cert_kind == "control" else ke.pki.clients["nps"]
    right = ke.pki.clients["nps"] if cert_kind == "control" else ke.pki.control["excon-ke"]
    with pytest.raises(ssl.SSLError):
        _try_mqtt_over_tls(port, _context(ke.pki.ca.cert_path, wrong, tls))
    assert _try_mqtt_over_tls(port, _context(ke.pki.ca.cert_path, right, tls))[:1] == b"\x20"


# -- the bridge between KE and UG -----------------------------------------------------------


def _wait_for_bridge(ke_pub: Client, ug_pub: Client, ke_sub: Client, ug_sub: Client) -> None:
    """Bounded polling: probes on the allowed topics until the link carries both directions."""
    probe = f"probe-{uuid.uuid4().hex}"
    ke_topic, ug_topic = "idesk/v1/actual/KE/nps/command", "idesk/v1/actual/UG/upf/command"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        ke_pub.publish(ke_topic, probe.encode())
        ug_pub.publish(ug_topic, probe.encode())
        if ug_topic in ke_sub.wait_for(probe, {ug_topic}, 0.3) and ke_topic in ug_sub.wait_for(
            probe, {ke_topic}, 0.3
        ):
            return
    raise AssertionError("the UG→KE bridge did not come up within 20 s")


def test_bridge_forwards_exactly_the_allowed_topics_both_ways(
    countries: dict[str, Country], clients: list[Client]
) -> None:
    ke, ug = countries["KE"], countries["UG"]
    ke_sub, ug_sub = _agency(ke, "upf", clients), _agency(ug, "cmi", clients)
    assert ke_sub.subscribe("idesk/v1/#") == [1]
    assert ug_sub.subscribe("idesk/v1/#") == [1]
    nps, upf = _agency(ke, "nps", clients), _agency(ug, "upf", clients)
    excon = _control(ke, "excon-ke", clients)
    _wait_for_bridge(nps, upf, ke_sub, ug_sub)

    marker = uuid.uuid4().hex.encode()
    local_only = {
        # never bridged: exercise and test traffic, exercise control
        (nps, "idesk/v1/exercise/EX-1/KE/nps/alert"),
        (nps, "idesk/v1/test/KE/nps/alert"),
        (excon, "idesk/v1/exercise/EX-1/control"),
        (excon, "idesk/v1/exercise/EX-1/UG/upf/alert"),
        (upf, "idesk/v1/exercise/EX-1/UG/upf/alert"),
        (upf, "idesk/v1/test/UG/upf/alert"),
    }
    bridged = {(nps, "idesk/v1/actual/KE/nps/alert"), (upf, "idesk/v1/actual/UG/upf/alert")}
    # Non-bridged first: the bridged ones, sent last on the same connections, are the marker
    # that everything before them had its chance to cross.
    for client, topic in [
        *sorted(local_only, key=lambda x: x[1]),
        *sorted(bridged, key=lambda x: x[1]),
    ]:
        assert client.publish(topic, marker) in ACCEPTED, topic

    on_ke = {t for c, t in local_only | bridged if c in (nps, excon)}
    on_ug = {t for c, t in local_only | bridged if c is upf}
    expected_ke = on_ke | {"idesk/v1/actual/UG/upf/alert"}
    expected_ug = on_ug | {"idesk/v1/actual/KE/nps/alert"}
    assert ke_sub.wait_for(marker.decode(), expected_ke) == expected_ke
    assert ug_sub.wait_for(marker.decode(), expected_ug) == expected_ug


def test_signed_alert_from_ug_verifies_on_a_console_connected_only_to_ke(
    countries: dict[str, Country], clients: list[Client], tmp_path: Path
) -> None:
    ke, ug = countries["KE"], countries["UG"]
    ke_console = _agency(ke, "nps", clients)
    assert ke_console.subscribe("idesk/v1/actual/UG/+/alert") == [1]
    upf = _agency(ug, "upf", clients)
    signing = ug.pki.signing["upf"]
    identifier = f"UG-upf-{uuid.uuid4().hex[:12]}"
    raw = SAMPLE.read_bytes().replace(b"KE-nps-2026-000417", identifier.encode())
    signed = sign_alert(raw, signing.key_pem, signing.cert_pem)
    topic = "idesk/v1/actual/UG/upf/alert"

    deadline = time.monotonic() + 20  # bounded: the bridge may still be connecting
    while time.monotonic() < deadline:
        assert upf.publish(topic, signed) in ACCEPTED
        if ke_console.wait_for(identifier, {topic}, 0.5):
            break
    received = [p for p in ke_console.payloads(topic) if identifier.encode() in p]
    assert received, "the UG alert never reached the KE console"
    assert received[0] == signed

    store_dir = tmp_path / "trust"
    store_dir.mkdir()
    (store_dir / "UG.pem").write_bytes(ug.pki.signing_ca.cert_pem)
    result = verify(received[0], TrustStore.load(store_dir), topic_agency="upf", topic_country="UG")
    assert (result.state, result.signer) == ("verified", "UG/upf")


def test_a_full_size_cap_payload_passes_and_a_larger_packet_is_refused(
    countries: dict[str, Country], clients: list[Client]
) -> None:
    """max_packet_size matches the 1 MiB CAP cap (plus room for topic and properties)."""
    ke = countries["KE"]
    nps = _agency(ke, "nps", clients)
    topic = "idesk/v1/test/KE/nps/alert"
    assert nps.publish(topic, b"x" * (1 << 20)) in ACCEPTED
    info = nps.client.publish(topic, b"x" * (1_114_112 + 1), qos=1)
    if info.rc == mqtt.MQTT_ERR_SUCCESS:  # paho sent it: the broker must drop the connection
        assert nps.disconnected.wait(10), "the broker accepted a packet over max_packet_size"
        assert info.mid not in nps.acks
    else:  # paho already refused it, from the Maximum Packet Size in the CONNACK
        assert info.rc == mqtt.MQTT_ERR_PAYLOAD_SIZE


# -- the evidence log's witnesses through the shipped ACLs and bridge -------------------------


def _evidence_bus(country: Country, agency: str, store: Any, signer: Any, partner: Any) -> Any:
    """A console's ``EvidenceBus`` on ``country``'s agency listener, with the agency's
    certificate (CN = agency id, the ACL's %u), witnessing ``partner``'s log."""
    from incident_desk.evidence._note import COSIGNATURE_V1
    from incident_desk.evidence.witness import CheckpointPolicy
    from incident_desk.messaging.evidence_witness import EvidenceBus
    from tests.helpers.brokers import bus_settings

    issued = country.pki.clients[agency]
    other_country, other_agency = partner.name.split("/")[1:]
    bus = EvidenceBus(
        bus_settings(
            f"mqtts://127.0.0.1:{country.agency_port}",
            f"ev-{agency}-{uuid.uuid4().hex[:8]}",
            ca_file=country.pki.ca.cert_path,
            cert_file=issued.cert_path,
            key_file=issued.key_path,
        ),
        store,
        signer,
        country=country.code,
        agency=agency,
        partners=[(other_country, other_agency, partner.verifier())],
        witnesses=[partner.verifier(COSIGNATURE_V1)],
        policy=CheckpointPolicy(10**9, 10**9),  # only checkpoint_now() signs here
        tick=0.1,
        proof_timeout=5.0,
    )
    bus.start()
    assert bus.wait_ready(20)
    return bus


def _cosigned(store: Any, witness: Any) -> list[int]:
    from incident_desk.evidence._note import COSIGNATURE_V1, Note, NoteError
    from incident_desk.evidence.ledger import Ledger

    out = []
    for cp in Ledger(store).checkpoints():
        try:
            Note.parse(cp.note).verify(witness.verifier(COSIGNATURE_V1))
        except NoteError:
            continue
        out.append(cp.size)
    return out


def _witnessed(
    owner_country: Country,
    witness_country: Country,
    owner: str,
    witness: str,
    tmp_path: Path,
) -> None:
    """The witness cosigns the owner's first checkpoint, then its grown log: the second
    needs a consistency proof over MQTT 5 request/response through the shipped ACLs."""
    from incident_desk.evidence._note import Signer
    from incident_desk.store import Store

    owner_key = Signer.generate(f"idesk/{owner_country.code}/{owner}")
    witness_key = Signer.generate(f"idesk/{witness_country.code}/{witness}")
    with (
        Store.open(f"sqlite:///{tmp_path / 'owner.db'}") as owner_store,
        Store.open(f"sqlite:///{tmp_path / 'witness.db'}") as witness_store,
    ):
        owner_bus = _evidence_bus(owner_country, owner, owner_store, owner_key, witness_key)
        witness_bus = _evidence_bus(witness_country, witness, witness_store, witness_key, owner_key)
        try:
            sizes = []
            for round_ in range(2):
                for i in range(3):
                    owner_store.append_timeline("op", "incident.note", f"note {round_}.{i}")
                deadline = time.monotonic() + 30  # bounded: the bridge may still be connecting
                checkpoint = owner_bus.checkpoint_now()
                while checkpoint.size not in _cosigned(owner_store, witness_key):
                    assert time.monotonic() < deadline, f"checkpoint {checkpoint.size} not cosigned"
                    time.sleep(0.1)
                    if round_ == 0 and int(time.monotonic() * 10) % 20 == 0:
                        checkpoint = owner_bus.checkpoint_now()  # retained: a late bridge sees it
                sizes.append(checkpoint.size)
            assert sizes[1] > sizes[0]  # the grown log was proven consistent, then cosigned
        finally:
            witness_bus.stop()
            # the retained checkpoint goes: the brokers live for the module, and another
            # test's owner of this log signs with another key
            topic = f"idesk/v1/actual/{owner_country.code}/{owner}/checkpoint"
            owner_bus.client.publish(topic, b"", retain=True, wait=True)
            owner_bus.stop()


def test_evidence_witnesses_work_through_the_agency_acl_and_nothing_can_forge_a_proof(
    countries: dict[str, Country], clients: list[Client], tmp_path: Path
) -> None:
    """The witness asks in its own subtree and the log owner answers in its own: the shipped
    per-agency ACL needs no cross-agency write, so no other agency can inject a proof (a
    forged proof would make the witness refuse the checkpoint and raise a false alarm)."""
    ke = countries["KE"]
    _witnessed(ke, ke, "nps", "upf", tmp_path)
    upf = _agency(ke, "upf", clients)
    payload = b'{"error": "forged"}'
    assert upf.publish("idesk/v1/actual/KE/nps/checkpoint/response", payload) == NOT_AUTHORIZED
    assert upf.publish("idesk/v1/actual/KE/nps/checkpoint/request", payload) == NOT_AUTHORIZED
    assert upf.publish("idesk/v1/actual/KE/upf/checkpoint/request", b"{}") in ACCEPTED


def test_evidence_witnesses_across_the_shipped_bridge(
    countries: dict[str, Country], tmp_path: Path
) -> None:
    """Uganda's console on the UG broker witnesses Kenya's log on the KE broker."""
    _witnessed(countries["KE"], countries["UG"], "nps", "upf", tmp_path)
