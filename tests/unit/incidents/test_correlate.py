"""Correlation: CAP incidents ids, references, pending links, idempotence, separation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, event, select

from incident_desk.cap import MsgType, Severity
from incident_desk.incidents import CAP_ACTOR, IncidentBoard
from incident_desk.incidents._schema import incident_alerts_table
from incident_desk.store import Store
from tests.helpers.alerts import BASE_TIME, make_alert
from tests.unit.incidents.build import circle, exercise_alert, put, with_area


def attached_by(store: Store) -> dict[int, str]:
    with store.reading("test") as conn:
        rows = conn.execute(
            select(incident_alerts_table.c.alert_id, incident_alerts_table.c.attached_by)
        )
        return {row.alert_id: row.attached_by for row in rows}


def test_alerts_with_the_same_cap_incident_id_form_one_incident(
    store: Store, board: IncidentBoard
) -> None:
    first = with_area(make_alert("KE-police-1", incidents=("KE-INC-7",)), circle(-1.2, 36.8))
    second = make_alert(
        "UG-border-1",
        sender="border@ug.example",
        sent=BASE_TIME + timedelta(minutes=1),
        incidents=("KE-INC-7",),
        headline="Suspects",
    )
    ids = put(store, first, second)

    changes = board.correlate(ids)

    [incident] = board.list_incidents()
    assert changes.incidents == (incident.id,)
    assert incident.key == "KE-INC-7"
    assert incident.alert_ids == tuple(sorted(ids))
    assert incident.title == "Explosion reported at bus terminal"
    assert (incident.lat, incident.lon, incident.country) == (-1.2, 36.8, "KE")
    assert incident.created_by == CAP_ACTOR
    assert attached_by(store) == dict.fromkeys(ids, CAP_ACTOR)
    kinds = [e.kind for e in board.timeline(incident.id)]
    assert kinds == ["incident.created", "incident.attach", "incident.attach"]
    assert {e.id for e in board.timeline(incident.id)} == set(changes.timeline)


def test_an_alert_naming_two_incidents_joins_both(store: Store, board: IncidentBoard) -> None:
    ids = put(store, make_alert("KE-police-1", incidents=("A", "B")))

    board.correlate(ids)

    assert [(i.key, i.alert_ids) for i in board.list_incidents()] == [
        ("A", tuple(ids)),
        ("B", tuple(ids)),
    ]


def test_updates_and_cancels_without_cap_ids_follow_their_references(
    store: Store, board: IncidentBoard
) -> None:
    alert = make_alert("KE-police-1", incidents=("KE-INC-7",))
    update = make_alert(
        "KE-police-2",
        msg_type=MsgType.UPDATE,
        references=(alert,),
        incidents=(),
        sent=BASE_TIME + timedelta(minutes=5),
    )
    (alert_id,) = put(store, alert)
    board.correlate([alert_id])
    (update_id,) = put(store, update)

    changes = board.correlate([update_id])

    [incident] = board.list_incidents()
    assert changes.incidents == (incident.id,)
    assert incident.alert_ids == (alert_id, update_id)
    assert "by its references" in board.timeline(incident.id)[-1].text


def test_an_update_that_arrives_first_joins_when_its_alert_is_grouped(
    store: Store, board: IncidentBoard
) -> None:
    alert = make_alert("KE-police-1", incidents=("KE-INC-7",))
    update = make_alert(
        "KE-police-2",
        msg_type=MsgType.UPDATE,
        references=(alert,),
        incidents=(),
        sent=BASE_TIME + timedelta(minutes=5),
    )
    second_update = make_alert(
        "KE-police-3",
        msg_type=MsgType.UPDATE,
        references=(update,),
        incidents=(),
        sent=BASE_TIME + timedelta(minutes=9),
    )
    update_ids = put(store, update, second_update)
    assert not board.correlate(update_ids)  # nothing to group them with yet
    (alert_id,) = put(store, alert)

    board.correlate([alert_id])

    [incident] = board.list_incidents()
    assert incident.alert_ids == (*update_ids, alert_id)


def test_alerts_without_cap_ids_or_known_references_stay_ungrouped(
    store: Store, board: IncidentBoard
) -> None:
    ids = put(store, make_alert("KE-police-1", incidents=()))

    changes = board.correlate(ids)

    assert not changes
    assert board.list_incidents() == []
    assert board.incident_for_alert(ids[0]) is None


def test_acks_and_errors_are_not_grouped(store: Store, board: IncidentBoard) -> None:
    alert = make_alert("KE-police-1")
    ack = make_alert(
        "UG-border-ack",
        sender="border@ug.example",
        msg_type=MsgType.ACK,
        references=(alert,),
        with_info=False,
    )
    error = make_alert(
        "UG-border-err",
        sender="border@ug.example",
        msg_type=MsgType.ERROR,
        references=(alert,),
        incidents=(),
        with_info=False,
    )
    alert_id, ack_id, error_id = put(store, alert, ack, error)

    board.correlate([alert_id, ack_id, error_id])

    [incident] = board.list_incidents()
    assert incident.alert_ids == (alert_id,)


def test_correlation_is_idempotent(store: Store, board: IncidentBoard) -> None:
    alert = make_alert("KE-police-1")
    update = make_alert(
        "KE-police-2",
        msg_type=MsgType.UPDATE,
        references=(alert,),
        incidents=(),
        sent=BASE_TIME + timedelta(minutes=5),
    )
    ids = put(store, alert, update)
    first = board.correlate(ids)
    before = board.list_incidents()
    timeline = store.timeline()

    again = board.correlate([*ids, *ids])
    redelivered = put(store, alert, update)  # the store reports the same ids as duplicates

    assert redelivered == ids
    assert not board.correlate(redelivered)
    assert first.incidents
    assert not again
    assert board.list_incidents() == before
    assert store.timeline() == timeline


def test_exercise_and_real_incidents_with_the_same_cap_id_stay_apart(
    store: Store, board: IncidentBoard
) -> None:
    real = put(store, make_alert("KE-police-1", incidents=("KE-INC-7",)))
    drill = put(store, exercise_alert("KE-police-2", "EX-1"), exercise_id="EX-1")
    other = put(store, exercise_alert("KE-police-3", "EX-2"), exercise_id="EX-2")

    board.correlate([*real, *drill, *other])

    incidents = board.list_incidents()
    assert [(i.key, i.exercise_id, i.alert_ids) for i in incidents] == [
        ("KE-INC-7", None, tuple(real)),
        ("KE-INC-7", "EX-1", tuple(drill)),
        ("KE-INC-7", "EX-2", tuple(other)),
    ]
    assert [i.id for i in board.list_incidents(exercise_id=None)] == [incidents[0].id]


def test_references_never_carry_an_alert_across_exercise_and_real(
    store: Store, board: IncidentBoard
) -> None:
    real = make_alert("KE-police-1")
    (real_id,) = put(store, real)
    board.correlate([real_id])
    stray = exercise_alert("KE-police-2", "EX-1", incidents=(), msg_type=MsgType.UPDATE)
    stray = stray.model_copy(update={"references": (real.reference(),)})
    (stray_id,) = put(store, stray, exercise_id="EX-1")

    assert not board.correlate([stray_id])
    assert board.incident_for_alert(stray_id) is None


def test_a_cancel_of_the_last_alert_in_force_is_noted_not_closed(
    store: Store, board: IncidentBoard
) -> None:
    alert = make_alert("KE-police-1")
    cancel = make_alert(
        "KE-police-2",
        msg_type=MsgType.CANCEL,
        references=(alert,),
        note="false alarm",
        sent=BASE_TIME + timedelta(minutes=5),
        with_info=False,
    )
    (alert_id,) = put(store, alert)
    board.correlate([alert_id])
    (cancel_id,) = put(store, cancel)

    board.correlate([cancel_id])

    [incident] = board.list_incidents()
    assert incident.status == "new"
    assert incident.alert_ids == (alert_id, cancel_id)
    last = board.timeline(incident.id)[-1]
    assert last.kind == "incident.cancelled"
    assert last.text.startswith("All alerts cancelled")


def test_a_cancel_with_another_alert_in_force_is_not_all_cancelled(
    store: Store, board: IncidentBoard
) -> None:
    alert = make_alert("KE-police-1")
    other = make_alert("UG-border-1", sender="border@ug.example")
    cancel = make_alert(
        "KE-police-2",
        msg_type=MsgType.CANCEL,
        references=(alert,),
        sent=BASE_TIME + timedelta(minutes=5),
        with_info=False,
    )
    ids = put(store, alert, other, cancel)

    board.correlate(ids)

    [incident] = board.list_incidents()
    assert incident.alert_ids == tuple(sorted(ids))
    assert "incident.cancelled" not in [e.kind for e in board.timeline(incident.id)]


def test_alerts_for_a_merged_incident_go_to_the_survivor(
    store: Store, board: IncidentBoard
) -> None:
    a_ids = put(store, make_alert("KE-police-1", incidents=("A",)))
    b_ids = put(store, make_alert("KE-police-2", incidents=("B",)))
    board.correlate([*a_ids, *b_ids])
    survivor, other = (i.id for i in board.list_incidents())
    board.merge(survivor, other, "amina")
    late = put(store, make_alert("KE-police-3", incidents=("B",)))

    board.correlate(late)

    kept = board.get(survivor)
    assert kept is not None
    assert kept.alert_ids == (*a_ids, *b_ids, *late)


def with_severity(alert: Any, severity: Severity) -> Any:
    return alert.model_copy(
        update={"infos": (alert.infos[0].model_copy(update={"severity": severity}),)}
    )


def test_severity_is_the_highest_of_every_batch_grouped_so_far(
    store: Store, board: IncidentBoard
) -> None:
    """Correlation adds alerts batch after batch (without re-reading the incident's earlier
    alerts): the incident's severity stays the highest of all of them."""
    batches = [
        [Severity.MINOR, Severity.MODERATE],
        [Severity.EXTREME],
        [Severity.MINOR, Severity.UNKNOWN],  # lower ones later never lower it
    ]
    expected = ["Moderate", "Extreme", "Extreme"]
    n = 0
    for severities, wanted in zip(batches, expected, strict=True):
        alerts = []
        for severity in severities:
            n += 1
            alerts.append(
                with_severity(
                    make_alert(
                        f"KE-police-{n}",
                        sent=BASE_TIME + timedelta(minutes=n),
                        incidents=("KE-INC-9",),
                    ),
                    severity,
                )
            )
        board.correlate(put(store, *alerts))
        [incident] = board.list_incidents()
        assert incident.severity == wanted
        assert len(incident.alert_ids) == n


def test_a_merged_survivor_keeps_the_highest_severity_of_both_as_alerts_arrive(
    store: Store, board: IncidentBoard
) -> None:
    a_ids = put(store, with_severity(make_alert("KE-police-1", incidents=("A",)), Severity.MINOR))
    b_ids = put(store, with_severity(make_alert("KE-police-2", incidents=("B",)), Severity.EXTREME))
    board.correlate([*a_ids, *b_ids])
    a, b = board.list_incidents()
    board.merge(a.id, b.id, "amina")
    late = put(store, with_severity(make_alert("KE-police-3", incidents=("B",)), Severity.MODERATE))

    board.correlate(late)

    kept = board.get(a.id)
    assert kept is not None
    assert kept.severity == "Extreme"
    assert kept.alert_ids == (*a_ids, *b_ids, *late)


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def test_a_batch_of_500_takes_few_statements(store: Store, board: IncidentBoard) -> None:
    alerts = []
    for n in range(500):
        alerts.append(make_alert(f"KE-police-{n}", incidents=(f"INC-{n % 10}",)))
    ids = put(store, *alerts)

    with counting_statements() as statements:
        changes = board.correlate(ids)

    assert len(changes.incidents) == 10
    assert sum(len(i.alert_ids) for i in board.list_incidents()) == 500
    assert len(statements) <= 30  # one insert per new incident + a constant, not per alert
