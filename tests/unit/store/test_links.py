"""CAP references: Update/Cancel chains, Acks and Errors, whatever the arrival order."""

from __future__ import annotations

from datetime import timedelta

from incident_desk.cap import MsgType
from incident_desk.store import Store
from tests.helpers.alerts import BASE_TIME, incoming, make_alert

ORIGINAL = make_alert("KE-police-0100")
UPDATE = make_alert(
    "KE-police-0101",
    sent=BASE_TIME + timedelta(minutes=5),
    msg_type=MsgType.UPDATE,
    references=(ORIGINAL,),
    headline="Explosion at bus terminal: second device found",
)
CANCEL = make_alert(
    "KE-police-0102",
    sent=BASE_TIME + timedelta(minutes=9),
    msg_type=MsgType.CANCEL,
    references=(UPDATE,),
    note="false alarm: controlled detonation",
    with_info=False,
)
ACK = make_alert(
    "TZ-border-0001",
    sender="border@tz.example",
    sent=BASE_TIME + timedelta(minutes=1),
    msg_type=MsgType.ACK,
    references=(ORIGINAL,),
    with_info=False,
)


def _id(store: Store, alert_key: tuple[str, str, str]) -> int:
    found = store.find_alert(alert_key)
    assert found is not None
    return found.id


def test_an_update_arriving_after_its_alert_supersedes_it(store: Store) -> None:
    store.add_alerts([incoming(ORIGINAL)])
    store.add_alerts([incoming(UPDATE)])

    original, update = _id(store, ORIGINAL.key()), _id(store, UPDATE.key())
    assert store.superseded(original)
    assert not store.superseded(update)
    assert [a.id for a in store.chain(original)] == [original, update]


def test_an_update_arriving_before_its_alert_is_linked_when_the_alert_arrives(
    store: Store,
) -> None:
    store.add_alerts([incoming(UPDATE)])
    update = _id(store, UPDATE.key())
    assert [a.id for a in store.chain(update)] == [update]  # reference still pending

    store.add_alerts([incoming(ORIGINAL)])

    original = _id(store, ORIGINAL.key())
    assert store.superseded(original)
    assert [a.identifier for a in store.chain(update)] == ["KE-police-0100", "KE-police-0101"]


def test_a_cancel_before_everything_else_still_closes_the_whole_chain(store: Store) -> None:
    for alert in (CANCEL, ORIGINAL, UPDATE):  # the worst order a bridge can produce
        store.add_alerts([incoming(alert)])

    original = _id(store, ORIGINAL.key())
    chain = store.chain(original)
    assert [a.msg_type for a in chain] == ["Alert", "Update", "Cancel"]
    assert store.chain(chain[-1].id) == chain
    assert store.superseded(_id(store, UPDATE.key()))
    assert not store.superseded(_id(store, CANCEL.key()))


def test_a_chain_stored_in_one_batch_is_linked(store: Store) -> None:
    results = store.add_alerts([incoming(CANCEL), incoming(UPDATE), incoming(ORIGINAL)])

    cancel, update, original = (r.alert_id for r in results)
    assert [a.id for a in store.chain(update)] == [original, update, cancel]


def test_acks_for_lists_the_acknowledging_messages_in_both_arrival_orders(store: Store) -> None:
    second_ack = make_alert(
        "UG-cp-0009",
        sender="civil@ug.example",
        sent=BASE_TIME + timedelta(minutes=2),
        msg_type=MsgType.ACK,
        references=(ORIGINAL,),
        with_info=False,
    )
    store.add_alerts([incoming(ACK)])  # the Ack overtook the alert on the bridge
    store.add_alerts([incoming(ORIGINAL)])
    store.add_alerts([incoming(second_ack)])

    original = _id(store, ORIGINAL.key())
    acks = store.acks_for(original)
    assert [(a.sender, a.sent_text) for a in acks] == [
        ("border@tz.example", ACK.sent.text),
        ("civil@ug.example", second_ack.sent.text),
    ]
    assert not store.superseded(original)  # an Ack changes nothing about the alert


def test_an_ack_covers_one_version_only(store: Store) -> None:
    store.add_alerts([incoming(ORIGINAL), incoming(ACK), incoming(UPDATE)])

    assert len(store.acks_for(_id(store, ORIGINAL.key()))) == 1
    assert store.acks_for(_id(store, UPDATE.key())) == []


def test_an_error_is_linked_but_is_not_an_ack(store: Store) -> None:
    error = make_alert(
        "TZ-border-0002",
        sender="border@tz.example",
        msg_type=MsgType.ERROR,
        references=(ORIGINAL,),
        note="wrong jurisdiction",
        with_info=False,
    )
    store.add_alerts([incoming(ORIGINAL), incoming(error)])

    original = _id(store, ORIGINAL.key())
    assert [a.identifier for a in store.errors_for(original)] == ["TZ-border-0002"]
    assert store.acks_for(original) == []


def test_another_agency_cannot_cancel_an_alert(store: Store) -> None:
    foreign_cancel = make_alert(
        "TZ-border-0666",
        sender="border@tz.example",
        msg_type=MsgType.CANCEL,
        references=(ORIGINAL,),
        with_info=False,
    )
    store.add_alerts([incoming(ORIGINAL), incoming(foreign_cancel)])

    original = _id(store, ORIGINAL.key())
    assert not store.superseded(original)
    assert [a.id for a in store.chain(original)] == [original]


def test_an_update_merging_two_predecessors_joins_both_chains(store: Store) -> None:
    other = make_alert("KE-police-0200", sent=BASE_TIME + timedelta(minutes=1))
    merged = make_alert(
        "KE-police-0201",
        sent=BASE_TIME + timedelta(minutes=7),
        msg_type=MsgType.UPDATE,
        references=(ORIGINAL, other),
    )
    store.add_alerts([incoming(merged)])
    store.add_alerts([incoming(other), incoming(ORIGINAL)])

    chain = store.chain(_id(store, other.key()))
    assert [a.identifier for a in chain] == ["KE-police-0100", "KE-police-0200", "KE-police-0201"]
    assert store.superseded(_id(store, ORIGINAL.key()))
    assert store.superseded(_id(store, other.key()))


def test_link_state_reads_a_pages_acks_updates_and_cancels_in_one_go(store: Store) -> None:
    other = make_alert("KE-police-0200", sent=BASE_TIME + timedelta(minutes=20))
    store.add_alerts([incoming(ACK)])  # an Ack stored before its alert: linked when it comes
    store.add_alerts([incoming(ORIGINAL), incoming(other), incoming(UPDATE), incoming(CANCEL)])
    original, update, cancel = (_id(store, a.key()) for a in (ORIGINAL, UPDATE, CANCEL))
    plain = _id(store, other.key())

    acked, replaced = store.link_state([original, update, cancel, plain])

    assert acked == {original}
    assert replaced == {original: "superseded", update: "cancelled"}
    assert store.link_state([plain]) == (set(), {})  # only the ids asked about
    assert store.link_state([]) == (set(), {})


def test_link_state_counts_only_the_traffic_a_console_shows(store: Store) -> None:
    store.add_alerts([incoming(ORIGINAL)])
    store.add_alerts([incoming(ACK, exercise_id="EX-2")])  # a drill's Ack of a real alert
    original = _id(store, ORIGINAL.key())

    assert store.link_state([original]) == (set(), {})  # real console: not acknowledged
    assert store.link_state([original], "EX-1") == (set(), {})  # another exercise's
    assert store.link_state([original], "EX-2") == ({original}, {})  # EX-2 shows it
