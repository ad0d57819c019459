"""Storing alerts: idempotent on the CAP key, conflicts quarantined, batches atomic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from incident_desk.cap import MsgType
from incident_desk.store import ANY_EXERCISE, IncomingAlert, Rejected, Store
from tests.helpers.alerts import BASE_TIME, incoming, make_alert


def test_a_stored_alert_reads_back_with_its_bytes_summary_and_model(store: Store) -> None:
    alert = make_alert("KE-police-0042", headline="Armed group crossed at Lunga-Lunga")
    item = incoming(alert, exercise_id=None)

    [result] = store.add_alerts([item])

    assert result.outcome == "stored"
    stored = store.get_alert(result.alert_id)
    assert stored is not None
    assert stored.raw == item.raw
    assert stored.alert == alert
    assert stored.key() == alert.key()
    assert stored.headline == "Armed group crossed at Lunga-Lunga"
    assert (stored.event, stored.severity, stored.urgency) == ("Explosion", "Severe", "Immediate")
    assert stored.categories == ("Security", "CBRNE")
    assert stored.incidents == ("KE-INC-7",)
    assert stored.sent_utc == BASE_TIME
    assert stored.sent_utc.tzinfo is not None
    assert stored.received_at == item.received_at
    assert stored.expires_utc == BASE_TIME + timedelta(hours=6)
    assert (stored.country, stored.agency, stored.topic) == ("ke", "police", item.topic)
    assert store.find_alert(alert.key()) == stored


def test_the_same_alert_twice_is_stored_once_and_reported_duplicate(store: Store) -> None:
    item = incoming(make_alert())

    [first] = store.add_alerts([item])
    [again] = store.add_alerts([item])

    assert (first.outcome, again.outcome) == ("stored", "duplicate")
    assert again.alert_id == first.alert_id
    assert store.count_alerts() == 1
    assert store.count_quarantine() == 0


def test_same_key_with_other_content_keeps_the_first_and_quarantines_the_second(
    store: Store,
) -> None:
    alert = make_alert("KE-police-0007")
    original = incoming(alert, raw=b"<alert>first version</alert>")
    forged = incoming(alert, raw=b"<alert>different bytes, same key</alert>")

    store.add_alerts([original])
    [result] = store.add_alerts([forged])

    assert result.outcome == "conflict"
    kept = store.get_alert(result.alert_id)
    assert kept is not None
    assert kept.raw == b"<alert>first version</alert>"
    [entry] = store.list_quarantine()
    assert entry.id == result.quarantine_id
    assert entry.raw == b"<alert>different bytes, same key</alert>"
    assert entry.reason.startswith("conflicting content for existing CAP key")
    assert "police@ke.example,KE-police-0007," in entry.reason
    assert store.count_alerts() == 1


def test_duplicates_and_conflicts_inside_one_batch(store: Store) -> None:
    a, b = make_alert("A-1"), make_alert("B-1")
    batch = [
        incoming(a),
        incoming(b),
        incoming(a),  # QoS 1 redelivery inside the same batch
        incoming(b, raw=b"other bytes for B-1"),
    ]

    results = store.add_alerts(batch)

    assert [r.outcome for r in results] == ["stored", "stored", "duplicate", "conflict"]
    assert results[2].alert_id == results[0].alert_id
    assert results[3].alert_id == results[1].alert_id
    assert store.count_alerts() == 2
    assert [q.raw for q in store.list_quarantine()] == [b"other bytes for B-1"]


def test_same_identifier_from_another_sender_or_time_is_a_different_alert(store: Store) -> None:
    one = make_alert("X-1")
    other_sender = make_alert("X-1", sender="border@tz.example")
    later = make_alert("X-1", sent=BASE_TIME + timedelta(minutes=1))

    results = store.add_alerts([incoming(one), incoming(other_sender), incoming(later)])

    assert [r.outcome for r in results] == ["stored"] * 3
    assert len({r.alert_id for r in results}) == 3


def test_quarantine_keeps_the_raw_bytes_exactly(store: Store) -> None:
    raw = b"\xef\xbb\xbf<?xml version='1.0'?>\x00\xff\r\n<alert>not CAP</alert>\n"
    at = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)

    qid = store.quarantine(raw, "not well-formed XML (line 1)", topic="idesk/v1/x", received_at=at)

    [entry] = store.list_quarantine()
    assert entry.id == qid
    assert entry.raw == raw
    assert (entry.reason, entry.topic, entry.source) == (
        "not well-formed XML (line 1)",
        "idesk/v1/x",
        "bus",
    )
    assert entry.received_at == at
    assert store.count_quarantine() == 1


def test_write_batch_stores_good_alerts_and_rejects_together(store: Store) -> None:
    at = BASE_TIME
    rejects = [
        Rejected(raw=b"garbage-1", reason="not XML", received_at=at),
        Rejected(raw=b"garbage-2", reason="status Exercise on actual topic", received_at=at),
    ]

    result = store.write_batch([incoming(make_alert("G-1")), incoming(make_alert("G-2"))], rejects)

    assert [r.outcome for r in result.results] == ["stored", "stored"]
    assert len(result.stored_ids) == 2
    assert len(result.quarantine_ids) == 2
    by_id = {q.id: q for q in store.list_quarantine()}
    assert [by_id[i].raw for i in result.quarantine_ids] == [b"garbage-1", b"garbage-2"]
    assert store.count_alerts() == 2


def test_list_alerts_filters_by_exercise_and_pages_new_rows(store: Store) -> None:
    real = [incoming(make_alert(f"R-{n}")) for n in range(3)]
    drill = [
        incoming(make_alert(f"E-{n}"), exercise_id="EX-NILE-26", topic="idesk/v1/exercise/x")
        for n in range(2)
    ]
    results = store.add_alerts(real + drill)
    ids = [r.alert_id for r in results]

    assert [a.id for a in store.list_alerts()] == sorted(ids, reverse=True)
    assert [a.id for a in store.list_alerts(newest_first=False, limit=2)] == sorted(ids)[:2]
    assert [a.identifier for a in store.list_alerts(exercise_id="EX-NILE-26")] == ["E-1", "E-0"]
    assert {a.identifier for a in store.list_alerts(exercise_id=None)} == {"R-0", "R-1", "R-2"}
    assert store.count_alerts() == 5
    assert store.count_alerts(ANY_EXERCISE) == 5
    assert store.count_alerts(exercise_id=None) == 3
    assert store.count_alerts(exercise_id="EX-NILE-26") == 2

    [newer] = store.add_alerts([incoming(make_alert("R-new"))])
    fresh = store.list_alerts(after_id=max(ids))
    assert [a.id for a in fresh] == [newer.alert_id]


def test_an_alert_without_info_is_stored_with_empty_summary(store: Store) -> None:
    target = make_alert("T-1")
    ack = make_alert(
        "ACK-1",
        sender="border@tz.example",
        msg_type=MsgType.ACK,
        references=(target,),
        with_info=False,
    )

    [result] = store.add_alerts([incoming(ack)])

    stored = store.get_alert(result.alert_id)
    assert stored is not None
    assert (stored.event, stored.headline, stored.severity, stored.expires_utc) == (
        None,
        None,
        None,
        None,
    )
    assert stored.categories == ()
    assert stored.msg_type == "Ack"


def test_an_unknown_id_or_key_reads_as_none(store: Store) -> None:
    assert store.get_alert(12345) is None
    assert store.find_alert(("nobody", "nothing", "2026-01-01T00:00:00-00:00")) is None


def test_received_time_must_carry_a_timezone() -> None:
    alert = make_alert()
    with pytest.raises(ValidationError, match="timezone"):
        IncomingAlert(raw=b"x", alert=alert, received_at=datetime(2026, 3, 14, 9, 30))


def test_an_empty_batch_changes_nothing(store: Store) -> None:
    result = store.write_batch([], [])
    assert (result.results, result.quarantine_ids) == ((), ())
    assert store.count_alerts() == 0
