"""Signature checks in worker processes (``ingest._verify_pool``): the writer gets, in arrival
order, exactly what it would have found itself; a reload or a crash never costs an alert.

Real worker processes, a real drill PKI and real signed alerts.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from incident_desk.ingest._classify import Checked, TrustConfig, classify_all
from incident_desk.ingest._verify_pool import VerifyPool
from incident_desk.trust import TrustStore, sign_alert, verify_all
from incident_desk.trust.drillcerts import CountryPki
from tests.helpers.capgen import alert_bytes

NPS = "idesk/v1/actual/KE/nps/alert"
UPF = "idesk/v1/actual/KE/upf/alert"
START_TIMEOUT = 60.0  # a worker starting on a loaded machine: only a bound on waiting


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _store(pki: CountryPki) -> TrustStore:
    return TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])


def _signed(n: int, pki: CountryPki, agency: str = "nps") -> bytes:
    return sign_alert(alert_bytes(n)[1], pki.signing[agency].key_pem, pki.signing[agency].cert_pem)


def _tampered(signed: bytes) -> bytes:
    out = signed.replace(b"<urgency>Immediate", b"<urgency>Expected", 1)
    assert out != signed
    return out


@pytest.fixture
def pool() -> Iterator[VerifyPool]:
    pool = VerifyPool(workers=1, chunk=2)
    try:
        yield pool
    finally:
        pool.close()


def _started(pool: VerifyPool, trust: TrustConfig, signed: Msg) -> None:
    """Hand the pool a signed message (it starts) and wait until a worker is up."""
    deadline = time.monotonic() + START_TIMEOUT
    while not pool.running:
        list(pool.ahead([signed], trust))
        assert time.monotonic() < deadline, "no signature check worker started"
        time.sleep(0.05)


def _expected(batch: Sequence[Msg], store: TrustStore) -> list[Checked | None]:
    """What the writer would find itself for each message the pool takes."""
    out: list[Checked | None] = []
    for msg in batch:
        if b"xmldsig" not in msg.payload:
            out.append(None)
            continue
        agency, country = msg.topic.split("/")[4], msg.topic.split("/")[3]
        out.append(verify_all(msg.payload, store, topic_agency=agency, topic_country=country))
    return out


def _trust_states(
    batch: Sequence[Msg], trust: TrustConfig, checked: list[Checked | None]
) -> list[object]:
    verdicts = [
        classify_all(m, trust=trust, checked=c)[0] for m, c in zip(batch, checked, strict=True)
    ]
    return [(v.alert.trust_state, v.alert.trust_signer) if v.alert else v.kind for v in verdicts]


def test_nothing_starts_without_a_trust_store_or_a_signed_alert(
    pool: VerifyPool, ke_pki: CountryPki
) -> None:
    signed = [Msg(NPS, _signed(n, ke_pki)) for n in range(3)]
    unsigned = [Msg(NPS, alert_bytes(n)[1]) for n in range(3)]
    assert list(pool.ahead(signed, TrustConfig())) == [None] * 3
    assert list(pool.ahead(unsigned, TrustConfig(_store(ke_pki)))) == [None] * 3
    assert not pool.running
    assert multiprocessing.active_children() == []


def test_checks_come_back_in_arrival_order_as_the_writer_would_make_them(
    pool: VerifyPool, ke_pki: CountryPki, foreign_pki: CountryPki
) -> None:
    trust = TrustConfig(_store(ke_pki))
    _started(pool, trust, Msg(NPS, _signed(0, ke_pki)))
    batch = [
        Msg(NPS, _signed(1, ke_pki)),
        Msg(NPS, alert_bytes(2)[1]),  # unsigned: checked (cheaply) by the writer
        Msg(UPF, _signed(3, ke_pki, "upf")),
        Msg(NPS, _tampered(_signed(4, ke_pki))),
        Msg(UPF, _signed(5, ke_pki)),  # nps's signature on upf's topic
        Msg("idesk/v1/actual/KE/nps/unit/u1", b"<status/>"),  # an event
        Msg(NPS, _signed(6, foreign_pki)),
        *(Msg(NPS, _signed(n, ke_pki)) for n in range(7, 30)),
    ]
    checked = list(pool.ahead(batch, trust))
    assert checked == _expected(batch, trust.store)  # type: ignore[arg-type]
    states = _trust_states(batch, trust, checked)
    assert states[:7] == [
        ("verified", "KE/nps"),
        ("unsigned", None),
        ("verified", "KE/upf"),
        ("bad_signature", None),
        ("signer_mismatch", "KE/nps"),
        "event",
        ("unknown_signer", None),
    ]
    assert states == _trust_states(batch, trust, [None] * len(batch))


def test_a_reloaded_trust_store_replaces_the_workers(
    pool: VerifyPool, ke_pki: CountryPki, foreign_pki: CountryPki
) -> None:
    batch = [Msg(NPS, _signed(n, ke_pki)) for n in range(4)]
    trust = TrustConfig(_store(ke_pki))
    _started(pool, trust, batch[0])
    assert (
        _trust_states(batch, trust, list(pool.ahead(batch, trust))) == [("verified", "KE/nps")] * 4
    )
    reloaded = TrustConfig(_store(foreign_pki))  # the KE CA is no longer trusted
    checked = list(pool.ahead(batch, reloaded))
    assert _trust_states(batch, reloaded, checked) == [("unknown_signer", None)] * 4
    _started(pool, reloaded, batch[0])
    checked = list(pool.ahead(batch, reloaded))
    assert checked == _expected(batch, reloaded.store)  # type: ignore[arg-type]
    assert _trust_states(batch, reloaded, checked) == [("unknown_signer", None)] * 4


def test_a_worker_crash_falls_back_to_the_writer_and_is_logged_once(
    pool: VerifyPool, ke_pki: CountryPki, caplog: pytest.LogCaptureFixture
) -> None:
    trust = TrustConfig(_store(ke_pki))
    batch = [Msg(NPS, _signed(n, ke_pki)) for n in range(6)]
    _started(pool, trust, batch[0])
    [worker] = multiprocessing.active_children()
    assert worker.pid is not None
    os.kill(worker.pid, signal.SIGKILL)
    worker.join(10)
    with caplog.at_level(logging.WARNING, logger="incident_desk.ingest"):
        # the pool finds out when a task meets the dead worker (the writer may have taken
        # every task back before that): batches until then are checked all the same
        rounds = [list(pool.ahead(batch, trust))]
        deadline = time.monotonic() + START_TIMEOUT
        while pool.running and time.monotonic() < deadline:
            time.sleep(0.05)
            rounds.append(list(pool.ahead(batch, trust)))
        after = list(pool.ahead(batch, trust))
    assert not pool.running
    assert after == [None] * 6  # from now on the writer checks them all itself
    for checked in [*rounds, after]:
        assert _trust_states(batch, trust, checked) == [("verified", "KE/nps")] * 6
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "the writer checks signatures itself" in warning.getMessage()


# -- checks handed out while the writer writes (``prefetch``) ---------------------------------


def _writer_checks(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The payloads the writer checks itself from now on (the workers' are not counted)."""
    from incident_desk.ingest import _verify_pool

    seen: list[bytes] = []
    check_with = _verify_pool.worker.check_with

    def counted(
        store: TrustStore, items: Sequence[tuple[bytes, str | None, str | None]]
    ) -> list[Checked]:
        seen.extend(raw for raw, _agency, _country in items)
        return check_with(store, items)

    monkeypatch.setattr(_verify_pool.worker, "check_with", counted)
    return seen


def _handed_out_done(pool: VerifyPool) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while pool._early is not None and not all(
        t.future is not None and t.future.done() for t in pool._early[1]
    ):
        assert time.monotonic() < deadline, "the workers did not check what was handed out"
        time.sleep(0.02)


def test_the_next_batchs_start_is_checked_by_the_workers_while_the_writer_writes(
    pool: VerifyPool,
    ke_pki: CountryPki,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    trust = TrustConfig(_store(ke_pki))
    _started(pool, trust, Msg(NPS, _signed(0, ke_pki)))
    batch = [Msg(NPS, _signed(n, ke_pki)) for n in range(1, 9)]
    batch[2] = Msg(NPS, _tampered(batch[2].payload))
    upcoming = batch[:5]
    pool.prefetch(upcoming, trust)  # all handed out at once: the writer is busy writing
    _handed_out_done(pool)
    # With the worker gone, only what it checked before can come from it: the five handed
    # out ahead do, the rest of the batch falls to the writer.
    [worker] = multiprocessing.active_children()
    assert worker.pid is not None
    os.kill(worker.pid, signal.SIGKILL)
    worker.join(10)
    by_writer = _writer_checks(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="incident_desk.ingest"):
        checked = list(pool.ahead(batch, trust))
    assert "a signature check worker failed" in caplog.text
    assert checked[:5] == _expected(upcoming, trust.store)  # type: ignore[arg-type]
    assert not {m.payload for m in upcoming} & set(by_writer)
    assert _trust_states(batch, trust, checked) == [
        ("verified", "KE/nps"),
        ("verified", "KE/nps"),
        ("bad_signature", None),
        *[("verified", "KE/nps")] * 5,
    ]


def test_checks_handed_out_for_other_messages_are_not_used(
    pool: VerifyPool, ke_pki: CountryPki
) -> None:
    """A batch that does not begin with the messages handed out (the writer took others)."""
    trust = TrustConfig(_store(ke_pki))
    _started(pool, trust, Msg(NPS, _signed(0, ke_pki)))
    handed = [Msg(NPS, _signed(n, ke_pki)) for n in range(1, 4)]
    batch = [Msg(UPF, _signed(n, ke_pki)) for n in range(4, 8)]  # nps signs on upf's topic
    pool.prefetch(handed, trust)
    _handed_out_done(pool)
    checked = list(pool.ahead(batch, trust))
    assert checked == _expected(batch, trust.store)  # type: ignore[arg-type]
    assert _trust_states(batch, trust, checked) == [("signer_mismatch", "KE/nps")] * 4


def test_checks_handed_out_before_a_trust_store_reload_are_dropped(
    pool: VerifyPool, ke_pki: CountryPki, foreign_pki: CountryPki
) -> None:
    trust = TrustConfig(_store(ke_pki))
    _started(pool, trust, Msg(NPS, _signed(0, ke_pki)))
    batch = [Msg(NPS, _signed(n, ke_pki)) for n in range(1, 5)]
    pool.prefetch(batch, trust)
    _handed_out_done(pool)
    reloaded = TrustConfig(_store(foreign_pki))  # the KE CA is no longer trusted
    checked = list(pool.ahead(batch, reloaded))
    assert _trust_states(batch, reloaded, checked) == [("unknown_signer", None)] * 4


def test_the_pipeline_takes_the_next_batch_ahead_in_arrival_order_and_keeps_the_stop(
    ke_pki: CountryPki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a batch is written, what queued meanwhile is the next batch's start (its checks
    handed to the workers); batches still come in arrival order and the stop still ends them."""
    from incident_desk.ingest import IngestPipeline, _pipeline
    from incident_desk.store import Store

    store = Store.open(f"sqlite:///{tmp_path}/p.db")
    trust = TrustConfig(_store(ke_pki))
    pipeline = IngestPipeline(store, trust=trust, batch_max=4, batch_wait_s=0)
    try:
        _started(pipeline._verify, trust, Msg(NPS, _signed(0, ke_pki)))
        stream = [Msg(NPS, _signed(n, ke_pki)) for n in range(1, 11)]
        for msg in stream:
            pipeline.submit(msg)
        pipeline._queue.put(_pipeline._STOP)  # what stop() puts
        handed: list[int] = []
        prefetch = pipeline._verify.prefetch
        monkeypatch.setattr(
            pipeline._verify,
            "prefetch",
            lambda upcoming, trust: (handed.append(len(upcoming)), prefetch(upcoming, trust)),
        )
        batches: list[list[Msg]] = []
        stop = False
        while not stop:
            batch, stop = pipeline._next_batch()
            batches.append(list(batch))  # type: ignore[arg-type]
            if batch:
                pipeline._process(batch)  # takes what queued meanwhile (up to 4) ahead
    finally:
        pipeline._verify.close()
    assert handed == [4, 2, 0]  # taken ahead while batches 1 and 2 were written
    assert [len(b) for b in batches] == [4, 4, 2]
    assert [m for b in batches for m in b] == stream
    stored = store.list_alerts(limit=None, newest_first=False)
    store.close()
    assert [a.raw for a in stored] == [m.payload for m in stream]
    assert {a.trust_state for a in stored} == {"verified"}


def test_the_rest_of_a_batch_after_what_was_handed_out_is_checked_by_the_workers_too(
    pool: VerifyPool, ke_pki: CountryPki
) -> None:
    """The writer's next batch is the very list it handed out, grown with what arrived since:
    the messages after the handed-out ones still go to the workers (none is left to the
    writer's classify, which a None would mean)."""
    trust = TrustConfig(_store(ke_pki))
    _started(pool, trust, Msg(NPS, _signed(0, ke_pki)))
    upcoming = [Msg(NPS, _signed(n, ke_pki)) for n in range(1, 4)]
    pool.prefetch(upcoming, trust)
    upcoming.extend(Msg(NPS, _signed(n, ke_pki)) for n in range(4, 9))  # as _next_batch does
    checked = list(pool.ahead(upcoming, trust))
    assert None not in checked
    assert checked == _expected(upcoming, trust.store)  # type: ignore[arg-type]
