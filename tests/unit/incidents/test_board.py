"""The incident board's core operations, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from incident_desk.cap import MsgType, Severity
from incident_desk.incidents import IncidentBoard, IncidentError, IncidentStatus
from incident_desk.store import Store
from tests.helpers.alerts import make_alert
from tests.unit.incidents.build import (
    NOW,
    circle,
    exercise_alert,
    put,
    square,
    with_area,
)


def only(changes_ids: tuple[int, ...]) -> int:
    assert len(changes_ids) == 1
    return changes_ids[0]


# -- creating -------------------------------------------------------------------------------


def test_create_from_alert_copies_title_location_severity(
    store: Store, board: IncidentBoard
) -> None:
    alert = with_area(make_alert("KE-police-1", incidents=("KE-INC-7",)), circle(-1.28, 36.82))
    (alert_id,) = put(store, alert)

    changes = board.create_from_alert(alert_id, "amina", console="ws-3")

    incident = board.get(only(changes.incidents))
    assert incident is not None
    assert incident.key == "KE-INC-7"
    assert incident.title == "Explosion reported at bus terminal"
    assert (incident.lat, incident.lon) == (-1.28, 36.82)
    assert incident.country == "KE"
    assert incident.severity == "Severe"
    assert incident.status is IncidentStatus.NEW
    assert incident.exercise_id is None
    assert incident.alert_ids == (alert_id,)
    assert incident.created_by == "amina"
    assert incident.created_at == NOW
    [entry] = store.timeline()
    assert entry.id == only(changes.timeline)
    assert (entry.kind, entry.actor, entry.console) == ("incident.created", "amina", "ws-3")
    assert entry.incident_id == "KE-INC-7"
    assert entry.alert_id == alert_id


def test_create_from_exercise_alert_stays_in_the_exercise(
    store: Store, board: IncidentBoard
) -> None:
    (alert_id,) = put(store, exercise_alert("KE-police-1", "EX-9"), exercise_id="EX-9")

    incident = board.get(only(board.create_from_alert(alert_id, "amina").incidents))

    assert incident is not None
    assert incident.exercise_id == "EX-9"
    assert incident.is_exercise
    assert store.timeline()[0].exercise_id == "EX-9"


def test_polygon_centroid_leaves_out_the_closing_point_and_keys_are_generated(
    store: Store, board: IncidentBoard
) -> None:
    first = with_area(make_alert("KE-police-1", incidents=()), square(0.5, 37.5))
    second = with_area(make_alert("KE-police-2", incidents=()), square(0.5, 37.6))
    first_id, second_id = put(store, first, second)

    one = board.get(only(board.create_from_alert(first_id, "amina").incidents))
    two = board.get(only(board.create_from_alert(second_id, "amina").incidents))

    assert one is not None
    assert two is not None
    assert one.lat == pytest.approx(0.5)
    assert one.lon == pytest.approx(37.5)
    assert (one.key, two.key) == ("INC-KE-20260314-1", "INC-KE-20260314-2")


def test_event_is_the_title_when_there_is_no_headline(store: Store, board: IncidentBoard) -> None:
    (alert_id,) = put(store, make_alert("KE-police-1", headline=None, event="Armed attack"))

    incident = board.get(only(board.create_from_alert(alert_id, "amina").incidents))

    assert incident is not None
    assert incident.title == "Armed attack"
    assert incident.lat is None
    assert incident.country is None


def test_create_from_alert_refusals(store: Store, board: IncidentBoard) -> None:
    alert = make_alert("KE-police-1")
    ack = make_alert("KE-police-ack", msg_type=MsgType.ACK, references=(alert,), with_info=False)
    alert_id, ack_id = put(store, alert, ack)
    board.create_from_alert(alert_id, "amina")

    with pytest.raises(IncidentError, match="already belongs to incident KE-INC-7"):
        board.create_from_alert(alert_id, "amina")
    with pytest.raises(IncidentError, match="does not start an incident"):
        board.create_from_alert(ack_id, "amina")
    with pytest.raises(IncidentError, match="no alert with id 999"):
        board.create_from_alert(999, "amina")
    with pytest.raises(IncidentError, match="names who made it"):
        board.create_from_alert(alert_id, " ")
    assert len(board.list_incidents()) == 1


def test_create_at_a_point(store: Store, board: IncidentBoard) -> None:
    changes = board.create_at(0.35, 32.58, "  Gunfire near market ", "joseph", exercise_id="EX-2")

    incident = board.get(only(changes.incidents))
    assert incident is not None
    assert (incident.lat, incident.lon, incident.country) == (0.35, 32.58, "UG")
    assert incident.title == "Gunfire near market"
    assert incident.key == "INC-UG-20260314-1"
    assert incident.exercise_id == "EX-2"
    assert incident.alert_ids == ()
    assert [e.actor for e in board.timeline(incident.id)] == ["joseph"]


def test_generated_keys_count_per_traffic(store: Store, board: IncidentBoard) -> None:
    real = board.get(only(board.create_at(0.3, 32.5, "A", "joseph").incidents))
    drill = board.get(only(board.create_at(0.3, 32.5, "B", "joseph", exercise_id="EX").incidents))
    again = board.get(only(board.create_at(0.3, 32.5, "C", "joseph").incidents))

    assert real is not None
    assert drill is not None
    assert again is not None
    assert (real.key, drill.key, again.key) == (
        "INC-UG-20260314-1",
        "INC-UG-20260314-1",
        "INC-UG-20260314-2",
    )


@pytest.mark.parametrize(
    ("lat", "lon", "title", "reason"),
    [
        (91.0, 0.0, "x", "not a point on the globe"),
        (0.0, -181.0, "x", "not a point on the globe"),
        (0.0, 0.0, "  ", "needs a title"),
    ],
)
def test_create_at_refusals(
    sqlite_board: IncidentBoard, lat: float, lon: float, title: str, reason: str
) -> None:
    with pytest.raises(IncidentError, match=reason):
        sqlite_board.create_at(lat, lon, title, "joseph")
    assert sqlite_board.list_incidents() == []


# -- attaching ------------------------------------------------------------------------------


def test_attach_raises_severity_and_is_idempotent(store: Store, board: IncidentBoard) -> None:
    first_id, second_id = put(
        store,
        make_alert("KE-police-1", incidents=()),
        make_alert("KE-police-2", incidents=()).model_copy(
            update={
                "infos": (make_alert().infos[0].model_copy(update={"severity": Severity.EXTREME}),)
            }
        ),
    )
    incident_id = only(board.create_from_alert(first_id, "amina").incidents)

    changes = board.attach(incident_id, second_id, "joseph", console="ws-1")

    assert changes.incidents == (incident_id,)
    incident = board.get(incident_id)
    assert incident is not None
    assert incident.alert_ids == (first_id, second_id)
    assert incident.severity == "Extreme"
    entry = board.timeline(incident_id)[-1]
    assert (entry.kind, entry.actor, entry.alert_id) == ("incident.attach", "joseph", second_id)
    assert not board.attach(incident_id, second_id, "joseph")
    assert board.incident_for_alert(second_id) == board.get(incident_id)


def test_attach_refuses_to_mix_exercise_and_real(store: Store, board: IncidentBoard) -> None:
    (real_id,) = put(store, make_alert("KE-police-1"))
    (drill_id,) = put(store, exercise_alert("KE-police-2", "EX-1"), exercise_id="EX-1")
    (other_id,) = put(store, exercise_alert("KE-police-3", "EX-2"), exercise_id="EX-2")
    real = only(board.create_at(0.3, 36.5, "Real", "amina").incidents)
    drill = only(board.create_at(0.3, 36.5, "Drill", "amina", exercise_id="EX-1").incidents)

    with pytest.raises(IncidentError, match=r"belongs to exercise EX-1 and incident .* is real"):
        board.attach(real, drill_id, "amina")
    with pytest.raises(IncidentError, match=r"is real traffic and incident .* exercise EX-1"):
        board.attach(drill, real_id, "amina")
    with pytest.raises(IncidentError, match=r"exercise EX-2 and incident .* exercise EX-1"):
        board.attach(drill, other_id, "amina")
    assert [i.alert_ids for i in board.list_incidents()] == [(), ()]


def test_attach_refuses_closed_merged_acks_and_unknowns(store: Store, board: IncidentBoard) -> None:
    alert = make_alert("KE-police-1", incidents=())
    ack = make_alert("KE-police-ack", msg_type=MsgType.ACK, references=(alert,), with_info=False)
    alert_id, ack_id = put(store, alert, ack)
    closed = only(board.create_at(0.3, 36.5, "Closed", "amina").incidents)
    board.set_status(closed, IncidentStatus.CLOSED, "amina")
    survivor = only(board.create_at(0.3, 36.5, "Survivor", "amina").incidents)
    merged = only(board.create_at(0.3, 36.5, "Merged", "amina").incidents)
    board.merge(survivor, merged, "amina")

    with pytest.raises(IncidentError, match="is closed: reopen it"):
        board.attach(closed, alert_id, "amina")
    with pytest.raises(IncidentError, match=f"was merged into incident #{survivor}"):
        board.attach(merged, alert_id, "amina")
    with pytest.raises(IncidentError, match="follows the alert it answers"):
        board.attach(survivor, ack_id, "amina")
    with pytest.raises(IncidentError, match="no incident with id 999"):
        board.attach(999, alert_id, "amina")
    assert board.incident_for_alert(alert_id) is None


# -- merging --------------------------------------------------------------------------------


def test_merge_moves_alerts_and_closes_the_other(store: Store, board: IncidentBoard) -> None:
    a_id, b_id, c_id = put(
        store,
        make_alert("KE-police-1", incidents=("A",)),
        with_area(make_alert("KE-police-2", incidents=("B",)), circle(-1.0, 37.0)),
        make_alert("KE-police-3", incidents=("B",)),
    )
    survivor = only(board.create_from_alert(a_id, "amina").incidents)
    other = only(board.create_from_alert(b_id, "amina").incidents)
    board.attach(other, c_id, "amina")

    changes = board.merge(survivor, other, "joseph", console="ws-2")

    assert changes.incidents == (survivor, other)
    assert len(changes.timeline) == 2
    kept = board.get(survivor)
    gone = board.get(other)
    assert kept is not None
    assert gone is not None
    assert kept.alert_ids == (a_id, b_id, c_id)
    assert (kept.lat, kept.lon, kept.country) == (-1.0, 37.0, "KE")
    assert (gone.merged_into, gone.status, gone.alert_ids) == (survivor, "closed", ())
    assert [i.id for i in board.list_incidents()] == [survivor]
    assert [i.id for i in board.list_incidents(include_merged=True)] == [survivor, other]
    assert board.incident_for_alert(c_id) == kept
    assert board.timeline(other)[-1].text == "Merged into incident A and closed"
    assert board.timeline(survivor)[-1].actor == "joseph"


def test_merge_refusals(store: Store, board: IncidentBoard) -> None:
    real = only(board.create_at(0.3, 36.5, "Real", "amina").incidents)
    drill = only(board.create_at(0.3, 36.5, "Drill", "amina", exercise_id="EX-1").incidents)
    closed = only(board.create_at(0.3, 36.5, "Closed", "amina").incidents)
    board.set_status(closed, "closed", "amina")
    spare = only(board.create_at(0.3, 36.5, "Spare", "amina").incidents)

    with pytest.raises(IncidentError, match="exercise and real traffic never mix"):
        board.merge(real, drill, "amina")
    with pytest.raises(IncidentError, match="into itself"):
        board.merge(real, real, "amina")
    with pytest.raises(IncidentError, match="is closed: reopen it"):
        board.merge(closed, spare, "amina")
    board.merge(real, spare, "amina")
    with pytest.raises(IncidentError, match="already merged into incident"):
        board.merge(real, spare, "amina")
    with pytest.raises(IncidentError, match="was merged into incident"):
        board.merge(spare, real, "amina")
    with pytest.raises(IncidentError, match="change that one"):
        board.set_status(spare, "active", "amina")


# -- notes and readers ----------------------------------------------------------------------


def test_notes_go_to_the_timeline_with_the_actor(store: Store, board: IncidentBoard) -> None:
    incident_id = only(board.create_at(0.3, 36.5, "Market", "amina").incidents)

    changes = board.add_note(incident_id, " Cordon set at 300 m ", "joseph", console="ws-7")

    note = board.timeline(incident_id)[-1]
    assert changes.timeline == (note.id,)
    assert (note.kind, note.text, note.actor, note.console) == (
        "incident.note",
        "Cordon set at 300 m",
        "joseph",
        "ws-7",
    )
    assert note.data["incident"] == incident_id
    with pytest.raises(IncidentError, match="needs some text"):
        board.add_note(incident_id, "  ", "joseph")
    with pytest.raises(IncidentError, match="no incident"):
        board.add_note(999, "text", "joseph")


def test_list_filters(store: Store, board: IncidentBoard) -> None:
    kenya = only(board.create_at(0.3, 36.5, "K", "amina").incidents)
    uganda = only(board.create_at(0.3, 32.5, "U", "amina").incidents)
    drill = only(board.create_at(0.3, 32.5, "D", "amina", exercise_id="EX-1").incidents)
    board.set_status(uganda, "active", "amina")

    def ids(**filters: object) -> list[int]:
        return [i.id for i in board.list_incidents(**filters)]  # type: ignore[arg-type]

    assert ids() == [kenya, uganda, drill]
    assert ids(exercise_id=None) == [kenya, uganda]
    assert ids(exercise_id="EX-1") == [drill]
    assert ids(status="active") == [uganda]
    assert ids(country="ug") == [uganda, drill]
    assert ids(exercise_id=None, country="UG", status=IncidentStatus.NEW) == []


def test_open_only_leaves_out_closed_incidents(store: Store, board: IncidentBoard) -> None:
    closed = only(board.create_at(0.3, 36.5, "Closed long ago", "amina").incidents)
    board.set_status(closed, IncidentStatus.CLOSED, "amina")
    active = only(board.create_at(0.3, 36.5, "Still burning", "amina").incidents)

    assert [i.id for i in board.list_incidents(open_only=True)] == [active]
    assert [i.id for i in board.list_incidents()] == [closed, active]


def test_the_window_reads_open_and_recently_closed_incidents_then_older_closed_pages(
    store: Store,
) -> None:
    now = [datetime(2026, 6, 1, tzinfo=UTC)]
    board = IncidentBoard(store, clock=lambda: now[0])
    closed: list[int] = []
    for days in (40, 30, 20, 10, 2):  # closed that many days before the end
        now[0] = datetime(2026, 6, 1, tzinfo=UTC) - timedelta(days=days)
        [made] = board.create_at(0.1, 36.0, f"closed {days} days ago", "op").incidents
        board.set_status(made, IncidentStatus.CLOSED, "op")
        closed.append(made)
    now[0] = datetime(2026, 6, 1, tzinfo=UTC) - timedelta(days=100)
    [still_open] = board.create_at(0.1, 36.0, "open since spring", "op").incidents
    now[0] = datetime(2026, 6, 1, tzinfo=UTC)

    assert [i.id for i in board.list_recent(timedelta(days=3))] == [closed[-1], still_open]
    assert [i.id for i in board.list_recent(timedelta(days=15))] == [
        *closed[-2:],
        still_open,
    ]
    page = board.closed_before(None, 2)  # most recently changed first
    assert [i.id for i in page] == [closed[4], closed[3]]
    page = board.closed_before((page[-1].updated_at, page[-1].id), 2)
    assert [i.id for i in page] == [closed[2], closed[1]]
    page = board.closed_before((page[-1].updated_at, page[-1].id), 2)
    assert [i.id for i in page] == [closed[0]]
    assert board.closed_before((page[-1].updated_at, page[-1].id), 2) == []


def test_older_closed_pages_hold_only_the_traffic_a_console_shows(store: Store) -> None:
    board = IncidentBoard(store)
    made = {}
    for exercise in (None, "EX-1", "EX-2"):
        [made[exercise]] = board.create_at(
            0.1, 36.0, f"{exercise}", "op", exercise_id=exercise
        ).incidents
        board.set_status(made[exercise], IncidentStatus.CLOSED, "op")

    assert {i.id for i in board.closed_before(None, 10)} == {made[None]}
    assert {i.id for i in board.closed_before(None, 10, joined="EX-1")} == {
        made[None],
        made["EX-1"],
    }
