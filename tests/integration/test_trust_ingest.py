"""Signed alerts end to end: ``incident-desk publish --sign`` → a real Mosquitto → the console's
``BusService`` with a trust store (docs/standards.md §1.8, issue "signed alerts").

Each case goes over the wire as the bytes a sender (or an attacker) would publish; ingest checks
the received bytes and stores the trust result with the alert, or quarantines it by policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.cli import main
from incident_desk.ingest._classify import TrustConfig
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.service import BusService
from incident_desk.store import Store, StoredAlert
from incident_desk.topics import Mode, alert_topic, console_filters
from incident_desk.trust import TrustPolicy, TrustStore, sign_alert
from incident_desk.trust.drillcerts import CountryPki
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings
from tests.helpers.capgen import alert_bytes
from tests.helpers.certs import make_drill_pki

NPS_TOPIC = alert_topic(Mode.ACTUAL, "KE", "nps")
KDF_TOPIC = alert_topic(Mode.ACTUAL, "KE", "kdf")
TIMEOUT = 60


@dataclass(frozen=True)
class Pkis:
    ke: CountryPki
    foreign: CountryPki  # same agency names, a CA nobody trusts
    trust_dir: Path


@pytest.fixture(scope="module")
def pkis(tmp_path_factory: pytest.TempPathFactory) -> Pkis:
    ke = make_drill_pki(tmp_path_factory.mktemp("pki"), "KE", agencies=("nps", "kdf"))
    foreign = make_drill_pki(tmp_path_factory.mktemp("pki-foreign"), "KE", agencies=("nps",))
    trust_dir = tmp_path_factory.mktemp("truststore")
    (trust_dir / "KE.pem").write_bytes(ke.signing_ca.cert_pem)
    return Pkis(ke, foreign, trust_dir)


def _service(url: str, store: Store, pkis: Pkis, policy: TrustPolicy) -> BusService:
    trust = TrustConfig(store=TrustStore.load(pkis.trust_dir), policy=policy)
    return BusService(
        bus_settings(url, "console-ws01"), store, filters=console_filters(None), trust=trust
    )


def _alert(n: int) -> tuple[cap.Alert, bytes]:
    """Alert ``n`` of the bus tests, with a description to tamper with."""
    alert, _ = alert_bytes(n)
    info = alert.infos[0].model_copy(
        update={"description": "Second device found near platform 3; area cordoned off."}
    )
    alert = alert.model_copy(update={"infos": (info,)})
    return alert, cap.dumps(alert)


def _tamper_description(signed: bytes) -> bytes:
    """Change one character of the description, leaving everything else byte for byte."""
    match = re.search(rb"<description>(.)", signed)
    assert match is not None, "the test alert needs a description"
    swapped = b"X" if match.group(1) != b"X" else b"Y"
    return signed[: match.start(1)] + swapped + signed[match.end(1) :]


def _with_other_certificate(signed: bytes, cert_pem: bytes) -> bytes:
    """Put another agency's certificate in KeyInfo: the signature was made with another key."""
    body = b"".join(line for line in cert_pem.splitlines() if not line.startswith(b"-----"))
    out, count = re.subn(
        rb"(<ds:X509Certificate>)[^<]*(</ds:X509Certificate>)",
        lambda m: m.group(1) + body + m.group(2),
        signed,
    )
    assert count == 1
    return out


def _publish_cases(url: str, pkis: Pkis, tmp_path: Path) -> dict[str, str]:
    """Publish one alert per case; identifier -> case name."""
    nps, kdf = pkis.ke.signing["nps"], pkis.ke.signing["kdf"]
    file = tmp_path / "alert-good.xml"
    good_alert, good = _alert(1)
    file.write_bytes(good)
    code = main(
        [
            "publish",
            str(file),
            "--sign",
            str(nps.key_path),
            "--cert",
            str(nps.cert_path),
            "--broker",
            url,
            "--country",
            "KE",
            "--agency",
            "nps",
            "--client-id",
            "nps-gateway",
        ]
    )
    assert code == 0
    cases = {good_alert.identifier: "verified"}

    raw_cases: list[tuple[str, str, bytes]] = []  # (case, topic, payload)
    for n, case in enumerate(
        ("tampered", "wrong_key", "unknown_signer", "mismatch", "unsigned"), start=2
    ):
        alert, data = _alert(n)
        cases[alert.identifier] = case
        if case == "tampered":
            payload = _tamper_description(sign_alert(data, nps.key_pem, nps.cert_pem))
            assert payload != sign_alert(data, nps.key_pem, nps.cert_pem)
        elif case == "wrong_key":
            payload = _with_other_certificate(
                sign_alert(data, kdf.key_pem, kdf.cert_pem), nps.cert_pem
            )
        elif case == "unknown_signer":
            foreign = pkis.foreign.signing["nps"]
            payload = sign_alert(data, foreign.key_pem, foreign.cert_pem)
        elif case == "mismatch":
            payload = sign_alert(data, nps.key_pem, nps.cert_pem)
        else:
            payload = data
        raw_cases.append((case, KDF_TOPIC if case == "mismatch" else NPS_TOPIC, payload))

    client = BusClient(bus_settings(url, "raw-publisher"))
    client.connect_and_wait(10)
    try:
        pub = AlertPublisher(client)
        for (_case, topic, payload), identifier in zip(raw_cases, list(cases)[1:], strict=True):
            pub.publish_cap(
                topic,
                payload,
                sender="nps.go.ke",
                identifier=identifier,
                sent=good_alert.sent.text,
                expires=None,
            )
    finally:
        client.stop()
    return cases


def _by_case(store: Store, cases: dict[str, str]) -> dict[str, StoredAlert]:
    return {cases[a.identifier]: a for a in store.list_alerts(limit=None)}


def test_policy_warn_stores_every_alert_with_its_trust_state(
    mosquitto: MosquittoBroker, store: Store, pkis: Pkis, tmp_path: Path
) -> None:
    service = _service(mosquitto.url, store, pkis, TrustPolicy.WARN)
    service.start(wait_s=10)
    try:
        cases = _publish_cases(mosquitto.url, pkis, tmp_path)
        assert service.pipeline.wait_for(lambda s: s.received >= len(cases), TIMEOUT)
    finally:
        service.stop()
    stored = _by_case(store, cases)
    assert set(stored) == set(cases.values())
    assert store.count_quarantine() == 0
    states = {case: (a.trust_state, a.trust_signer) for case, a in stored.items()}
    assert states == {
        "verified": ("verified", "KE/nps"),
        "tampered": ("bad_signature", None),
        "wrong_key": ("bad_signature", None),
        "unknown_signer": ("unknown_signer", None),
        "mismatch": ("signer_mismatch", "KE/nps"),
        "unsigned": ("unsigned", None),
    }
    assert "received on KE/kdf's topic" in (stored["mismatch"].trust_detail or "")
    assert "not in the trust store" in (stored["unknown_signer"].trust_detail or "")
    # the received bytes are kept, so the stored copy verifies again (and the tampered one not)
    assert b"<ds:Signature" in stored["verified"].raw
    assert stored["verified"].signed
    assert not stored["unsigned"].signed


def test_policy_quarantine_invalid_quarantines_bad_signatures_and_mismatches(
    mosquitto: MosquittoBroker, store: Store, pkis: Pkis, tmp_path: Path
) -> None:
    service = _service(mosquitto.url, store, pkis, TrustPolicy.QUARANTINE_INVALID)
    service.start(wait_s=10)
    try:
        cases = _publish_cases(mosquitto.url, pkis, tmp_path)
        assert service.pipeline.wait_for(lambda s: s.received >= len(cases), TIMEOUT)
    finally:
        service.stop()
    stored = _by_case(store, cases)
    assert {case: a.trust_state for case, a in stored.items()} == {
        "verified": "verified",
        "unknown_signer": "unknown_signer",
        "unsigned": "unsigned",
    }
    quarantined = store.list_quarantine(limit=None)
    reasons = sorted(q.reason.split(":")[1].strip() for q in quarantined)
    assert reasons == ["bad signature", "bad signature", "signer mismatch"]
    assert all(q.reason.startswith("signature check: ") for q in quarantined)
    mismatch = next(q for q in quarantined if "signer mismatch" in q.reason)
    assert mismatch.topic == KDF_TOPIC
    assert "signed by KE/nps" in mismatch.reason


def test_publish_sign_errors_name_the_files_and_send_nothing(
    mosquitto: MosquittoBroker, pkis: Pkis, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nps, kdf = pkis.ke.signing["nps"], pkis.ke.signing["kdf"]
    file = tmp_path / "alert.xml"
    file.write_bytes(_alert(7)[1])
    base = ["publish", str(file), "--broker", mosquitto.url, "--country", "KE", "--agency", "nps"]
    inbox = Inbox()
    listener = BusClient(bus_settings(mosquitto.url, "listener"), on_message=inbox.on_message)
    inbox.auto_ack = listener
    listener.connect_and_wait(10)
    listener.subscribe(["idesk/v1/#"], timeout=10)
    try:
        wrong_pair = main([*base, "--sign", str(kdf.key_path), "--cert", str(nps.cert_path)])
        wrong_err = capsys.readouterr().err
        half = main([*base, "--sign", str(nps.key_path)])
        half_err = capsys.readouterr().err
        missing = main([*base, "--sign", str(tmp_path / "nope.key"), "--cert", str(nps.cert_path)])
        missing_err = capsys.readouterr().err
        # a good signed publish afterwards: the only message the listener gets
        good = main([*base, "--sign", str(nps.key_path), "--cert", str(nps.cert_path)])
        got = inbox.wait_messages(1)
    finally:
        listener.stop()
    assert (wrong_pair, half, missing, good) == (2, 2, 2, 0)
    assert len(inbox.messages) == 1
    assert b"<ds:Signature" in got[0].payload
    assert str(file) in wrong_err
    assert str(kdf.key_path) in wrong_err
    assert "does not belong to the certificate" in wrong_err
    assert "--sign KEY and --cert CERT go together" in half_err
    assert "nope.key" in missing_err
    assert "Traceback" not in wrong_err + half_err + missing_err
