"""A signed stream through the console's real pipeline on a real Mosquitto, with the signature
checks made in worker processes (``ingest._verify_pool``): every alert is stored verified, in
the order it was published, and a tampered one in the middle is quarantined (issue #18)."""

from __future__ import annotations

import time
from pathlib import Path

from incident_desk.ingest._classify import TrustConfig
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.service import BusService
from incident_desk.store import Store
from incident_desk.topics import Mode, alert_topic, console_filters
from incident_desk.trust import TrustPolicy, TrustStore, sign_alert
from tests.helpers.brokers import MosquittoBroker, bus_settings
from tests.helpers.capgen import alert_bytes
from tests.helpers.certs import make_drill_pki

TOPIC = alert_topic(Mode.ACTUAL, "KE", "nps")
COUNT = 200
TAMPERED = 100
TIMEOUT = 120.0  # a bound on waiting on a loaded machine, not a measure


def test_a_signed_stream_is_stored_verified_in_order_and_a_tampered_alert_quarantined(
    mosquitto: MosquittoBroker, store: Store, tmp_path: Path
) -> None:
    pki = make_drill_pki(tmp_path / "pki", "KE", agencies=("nps",))
    trust_dir = tmp_path / "truststore"
    trust_dir.mkdir()
    (trust_dir / "KE.pem").write_bytes(pki.signing_ca.cert_pem)
    nps = pki.signing["nps"]
    stream = [alert_bytes(n) for n in range(COUNT + 1)]
    signed = [sign_alert(data, nps.key_pem, nps.cert_pem) for _alert, data in stream]
    signed[TAMPERED] = signed[TAMPERED].replace(b"<urgency>Immediate", b"<urgency>Expected")
    trust = TrustConfig(TrustStore.load(trust_dir), policy=TrustPolicy.QUARANTINE_INVALID)
    service = BusService(
        bus_settings(mosquitto.url, "console-ws01"),
        store,
        filters=console_filters(None),
        trust=trust,
    )
    service.start(wait_s=10)
    client = BusClient(bus_settings(mosquitto.url, "nps-gateway"))
    client.connect_and_wait(10)
    try:
        publisher = AlertPublisher(client)

        def publish(n: int) -> None:
            alert = stream[n][0]
            publisher.publish_cap(
                TOPIC,
                signed[n],
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=None,
                wait=n in (0, COUNT),
            )

        publish(0)  # the first signed alert starts the workers; the writer checks it itself
        deadline = time.monotonic() + TIMEOUT
        while not service.pipeline._verify.running:
            assert time.monotonic() < deadline, "the signature check workers did not start"
            time.sleep(0.05)
        for n in range(1, COUNT + 1):
            publish(n)
        assert service.pipeline.wait_for(lambda s: s.received >= COUNT + 1, TIMEOUT)
        assert service.pipeline._verify.running  # no worker failed on the way
    finally:
        client.stop()
        service.stop()
    stored = store.list_alerts(limit=None, newest_first=False)
    expected = [a.identifier for n, (a, _data) in enumerate(stream) if n != TAMPERED]
    assert [a.identifier for a in stored] == expected
    assert {(a.trust_state, a.trust_signer) for a in stored} == {("verified", "KE/nps")}
    [quarantined] = store.list_quarantine(limit=None)
    assert quarantined.reason.startswith("signature check: bad signature")
    assert quarantined.raw == signed[TAMPERED]
