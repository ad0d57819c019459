"""Ingest's signature check (``classify`` with a ``TrustConfig``): states, policies, hot path."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from incident_desk.errors import ConfigError
from incident_desk.ingest import _classify
from incident_desk.ingest._classify import TrustConfig, classify
from incident_desk.messaging.service import trust_config
from incident_desk.settings import Settings
from incident_desk.store import Store
from incident_desk.trust import TrustPolicy, TrustStore, sign_alert
from incident_desk.trust.drillcerts import CountryPki

NPS_TOPIC = "idesk/v1/actual/KE/nps/alert"
KDF_TOPIC = "idesk/v1/actual/KE/kdf/alert"


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _store(pki: CountryPki) -> TrustStore:
    return TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])


def _signed(raw: bytes, pki: CountryPki, agency: str = "nps") -> bytes:
    return sign_alert(raw, pki.signing[agency].key_pem, pki.signing[agency].cert_pem)


def test_a_signed_alert_from_its_agency_is_verified_and_keeps_the_received_bytes(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = _signed(alert_bytes, ke_pki)
    verdict = classify(Msg(NPS_TOPIC, signed), trust=TrustConfig(_store(ke_pki)))
    assert verdict.kind == "alert"
    assert verdict.alert is not None
    item = verdict.alert
    assert (item.trust_state, item.trust_signer) == ("verified", "KE/nps")
    assert "signed by KE/nps" in (item.trust_detail or "")
    assert item.raw == signed


def test_on_another_agencys_topic_it_is_a_signer_mismatch(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    verdict = classify(
        Msg(KDF_TOPIC, _signed(alert_bytes, ke_pki)), trust=TrustConfig(_store(ke_pki))
    )
    assert verdict.alert is not None
    assert (verdict.alert.trust_state, verdict.alert.trust_signer) == ("signer_mismatch", "KE/nps")


def test_without_a_trust_store_signed_is_unknown_signer_and_unsigned_is_unsigned(
    ke_pki: CountryPki, alert_bytes: bytes
) -> None:
    signed = classify(Msg(NPS_TOPIC, _signed(alert_bytes, ke_pki))).alert
    unsigned = classify(Msg(NPS_TOPIC, alert_bytes)).alert
    assert signed is not None
    assert unsigned is not None
    assert (signed.trust_state, signed.trust_detail) == (
        "unknown_signer",
        "no trust store configured",
    )
    assert (unsigned.trust_state, unsigned.trust_signer) == ("unsigned", None)


def test_unsigned_alerts_never_reach_the_verifier(
    ke_pki: CountryPki, alert_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bytes] = []

    def counting_verify(raw: bytes, *args: object, **kwargs: object) -> object:
        calls.append(raw)
        return original(raw, *args, **kwargs)  # type: ignore[arg-type]

    original = _classify.verify
    monkeypatch.setattr(_classify, "verify", counting_verify)
    trust = TrustConfig(_store(ke_pki))
    assert classify(Msg(NPS_TOPIC, alert_bytes), trust=trust).alert is not None
    assert calls == []
    signed = _signed(alert_bytes, ke_pki)
    assert classify(Msg(NPS_TOPIC, signed), trust=trust).alert is not None
    assert calls == [signed]  # the received bytes, not a re-serialised copy


@pytest.mark.parametrize(
    ("policy", "case", "quarantined"),
    [
        (TrustPolicy.WARN, "tampered", False),
        (TrustPolicy.WARN, "unsigned", False),
        (TrustPolicy.QUARANTINE_INVALID, "tampered", True),
        (TrustPolicy.QUARANTINE_INVALID, "mismatch", True),
        (TrustPolicy.QUARANTINE_INVALID, "unsigned", False),
        (TrustPolicy.QUARANTINE_INVALID, "unknown", False),
        (TrustPolicy.QUARANTINE, "unsigned", True),
        (TrustPolicy.QUARANTINE, "unknown", True),
        (TrustPolicy.QUARANTINE, "verified", False),
    ],
)
def test_the_policy_decides_what_is_quarantined(
    policy: TrustPolicy,
    case: str,
    quarantined: bool,
    ke_pki: CountryPki,
    foreign_pki: CountryPki,
    alert_bytes: bytes,
) -> None:
    signed = _signed(alert_bytes, ke_pki)
    payload, topic = {
        "verified": (signed, NPS_TOPIC),
        "tampered": (signed.replace(b"<event>", b"<event>X", 1), NPS_TOPIC),
        "mismatch": (signed, KDF_TOPIC),
        "unsigned": (alert_bytes, NPS_TOPIC),
        "unknown": (_signed(alert_bytes, foreign_pki), NPS_TOPIC),
    }[case]
    assert payload != alert_bytes or case == "unsigned"
    verdict = classify(Msg(topic, payload), trust=TrustConfig(_store(ke_pki), policy))
    assert (verdict.kind == "reject") is quarantined
    if quarantined:
        assert verdict.rejected is not None
        assert verdict.rejected.reason.startswith("signature check: ")
        assert verdict.rejected.raw == payload


def test_trust_results_are_stored_and_read_back(
    ke_pki: CountryPki, alert_bytes: bytes, tmp_path: Path
) -> None:
    verdict = classify(
        Msg(NPS_TOPIC, _signed(alert_bytes, ke_pki)), trust=TrustConfig(_store(ke_pki))
    )
    assert verdict.alert is not None
    store = Store.open(f"sqlite:///{tmp_path / 'trust.db'}")
    try:
        result = store.write_batch([verdict.alert], [])
        stored = store.get_alert(result.results[0].alert_id)
    finally:
        store.close()
    assert stored is not None
    assert (stored.trust_state, stored.trust_signer) == ("verified", "KE/nps")
    assert stored.trust_detail == verdict.alert.trust_detail


def test_settings_name_the_trust_store_and_policy(ke_pki: CountryPki, tmp_path: Path) -> None:
    folder = tmp_path / "truststore"
    folder.mkdir()
    (folder / "KE.pem").write_bytes(ke_pki.signing_ca.cert_pem)
    config = trust_config(Settings(trust_store=folder, trust_policy="quarantine-invalid"))
    assert config.store is not None
    assert len(config.store) == 1
    assert config.policy is TrustPolicy.QUARANTINE_INVALID
    default = trust_config(Settings())
    assert (default.store, default.policy) == (None, TrustPolicy.WARN)
    with pytest.raises(ConfigError, match="does not exist"):
        trust_config(Settings(trust_store=tmp_path / "missing"))


def test_ingest_options_override_the_trust_settings(tmp_path: Path) -> None:
    import argparse

    from incident_desk.cli._options import add_broker_options, add_trust_options, settings_from

    parser = argparse.ArgumentParser()
    add_trust_options(parser)
    add_broker_options(parser)
    args = parser.parse_args(["--trust-store", str(tmp_path), "--trust-policy", "quarantine"])
    settings = settings_from(args)
    assert (settings.trust_store, settings.trust_policy) == (tmp_path, "quarantine")
    assert settings_from(parser.parse_args([])).trust_policy == "warn"
    with pytest.raises(SystemExit):
        parser.parse_args(["--trust-policy", "strict"])
