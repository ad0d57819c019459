"""Store and board snapshots as map features, on a real SQLite store and incident board."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from incident_desk.cap import Area, MsgType
from incident_desk.incidents import IncidentBoard, IncidentStatus
from incident_desk.mapfeed import (
    MapUpdate,
    alert_area_features,
    alert_area_update,
    alert_feature_id,
    incident_feature_id,
    incident_features,
    incident_update,
    parse_feature_id,
    superseded_alert_ids,
)
from incident_desk.store import Store, StoredAlert
from tests.helpers.alerts import BASE_TIME, make_alert
from tests.unit.incidents.build import (
    NOW,
    circle,
    country_lookup,
    exercise_alert,
    put,
    square,
    with_area,
)


@pytest.fixture
def board(store: Store) -> IncidentBoard:
    return IncidentBoard(store, country_lookup, clock=lambda: NOW)


def _alerts(store: Store) -> list[StoredAlert]:
    return store.list_alerts(limit=None, newest_first=False)


def test_feature_ids_round_trip() -> None:
    assert incident_feature_id(7) == "incident:7"
    assert alert_feature_id(12) == "alert:12"
    assert parse_feature_id("incident:7") == ("incident", 7)
    assert parse_feature_id("alert:12") == ("alert", 12)
    for bad in ("unit:3", "incident:", "alert:x", "inc-7", ""):
        assert parse_feature_id(bad) is None


def test_incident_features_at_the_incident_point(store: Store, board: IncidentBoard) -> None:
    [alert_id] = put(store, with_area(make_alert("A-1"), square(0.5, 34.2)))
    board.create_from_alert(alert_id, "op.amina")
    board.create_at(-1.29, 36.82, "Shots fired", "op.amina", exercise_id="EX-1")

    features = incident_features(board.list_incidents())

    assert [f["properties"]["id"] for f in features] == ["incident:1", "incident:2"]
    first, second = features
    assert first["geometry"]["type"] == "Point"
    lon, lat = first["geometry"]["coordinates"]  # GeoJSON order
    assert (lat, lon) == (pytest.approx(0.5), pytest.approx(34.2))
    assert first["properties"] | {"label": None} == {
        "id": "incident:1",
        "kind": "incident",
        "severity": "Severe",
        "status": "new",
        "exercise": False,
        "exercise_id": None,
        "label": None,
        "key": first["properties"]["key"],
    }
    assert first["properties"]["label"].startswith(first["properties"]["key"] + " ")
    assert first["properties"]["label"].endswith("Explosion reported at bus terminal")
    assert second["geometry"]["coordinates"] == [36.82, -1.29]
    assert second["properties"]["exercise"] is True
    assert second["properties"]["exercise_id"] == "EX-1"
    assert second["properties"]["severity"] == "Unknown"  # no alert yet
    assert second["properties"]["label"].endswith(" Shots fired")


def test_incident_update_removes_merged_and_unlocated(store: Store, board: IncidentBoard) -> None:
    board.create_at(0.1, 34.1, "First", "op")
    board.create_at(0.2, 34.2, "Second", "op")
    board.merge(1, 2, "op")  # 2 merged into 1
    board.set_status(1, IncidentStatus.ACTIVE, "op")
    snapshots = [board.get(1), board.get(2)]
    update = incident_update(s for s in snapshots if s is not None)
    assert [f["properties"]["id"] for f in update.upsert] == ["incident:1"]
    assert update.upsert[0]["properties"]["status"] == "active"
    assert update.remove == ["incident:2"]
    unlocated = board.get(1)
    assert unlocated is not None
    assert incident_update([unlocated.model_copy(update={"lat": None})]).remove == ["incident:1"]


def test_alert_area_features_one_item_per_alert(store: Store) -> None:
    two_shapes = Area(
        area_desc="terminal and cordon",
        polygons=square(0.5, 34.2).polygons,
        circles=circle(0.52, 34.25, 1.5).circles,
    )
    ids = put(
        store,
        with_area(make_alert("A-1"), two_shapes),
        make_alert("A-2", headline=None),  # no area at all
        with_area(make_alert("A-3", headline=None, event="Gunfire"), circle(-1.3, 36.8)),
    )
    features = alert_area_features(reversed(_alerts(store)))

    assert [f["properties"]["id"] for f in features] == [
        f"alert:{ids[0]}",
        f"alert:{ids[0]}",
        f"alert:{ids[2]}",
    ]
    assert [f["properties"]["shape"] for f in features] == ["polygon", "circle", "circle"]
    polygon, ring_circle, gunfire = features
    assert polygon["properties"]["kind"] == "area"
    assert polygon["properties"]["severity"] == "Severe"
    assert polygon["properties"]["status"] == "Actual"
    assert polygon["properties"]["exercise"] is False
    assert polygon["properties"]["label"] == "Explosion reported at bus terminal"
    assert polygon["geometry"]["coordinates"][0][0] == [34.1, 0.4]  # lon,lat
    assert ring_circle["properties"]["radius_m"] == 1500.0
    assert gunfire["properties"]["label"] == "Gunfire"
    assert gunfire["geometry"]["coordinates"] == [36.8, -1.3]


def test_exercise_alerts_are_marked_and_acks_cancels_draw_nothing(store: Store) -> None:
    drill = with_area(exercise_alert("EX-A-1"), circle(0.3, 34.0))
    [drill_id] = put(store, drill, exercise_id="EX-1")
    original = with_area(make_alert("A-9"), circle(0.1, 34.1))
    [original_id] = put(store, original)
    ack = make_alert("ACK-1", msg_type=MsgType.ACK, references=(original,), with_info=False)
    cancel = with_area(
        make_alert(
            "C-1",
            msg_type=MsgType.CANCEL,
            references=(original,),
            sent=BASE_TIME + timedelta(minutes=5),
        ),
        circle(0.1, 34.1),
    )
    put(store, ack, cancel)

    features = alert_area_features(_alerts(store))
    assert [f["properties"]["id"] for f in features] == [
        f"alert:{drill_id}",
        f"alert:{original_id}",
    ]
    assert features[0]["properties"]["exercise"] is True
    assert features[0]["properties"]["exercise_id"] == "EX-1"
    assert features[0]["properties"]["status"] == "Exercise"


def test_updates_and_cancels_supersede_their_references(store: Store) -> None:
    first = with_area(make_alert("A-1"), circle(0.1, 34.1))
    second = with_area(make_alert("A-2"), circle(0.2, 34.2))
    [first_id, second_id] = put(store, first, second)
    before = _alerts(store)
    update = with_area(
        make_alert(
            "A-1u",
            msg_type=MsgType.UPDATE,
            references=(first,),
            sent=BASE_TIME + timedelta(minutes=3),
        ),
        circle(0.15, 34.15),
    )
    cancel = make_alert(
        "A-2c",
        msg_type=MsgType.CANCEL,
        references=(second,),
        sent=BASE_TIME + timedelta(minutes=4),
    )
    [update_id, cancel_id] = put(store, update, cancel)
    after = [a for a in _alerts(store) if a.id in (update_id, cancel_id)]

    def resolve(key: tuple[str, str, str]) -> int | None:
        found = store.find_alert(key)
        return found.id if found is not None else None

    assert superseded_alert_ids(after, resolve) == [first_id, second_id]
    assert superseded_alert_ids(after, lambda key: None) == []

    # Incremental: the newcomers draw the update and take both old areas away.
    incremental = alert_area_update(after, resolve)
    assert [f["properties"]["id"] for f in incremental.upsert] == [f"alert:{update_id}"]
    assert incremental.remove == [f"alert:{first_id}", f"alert:{second_id}"]

    # A whole-store load resolves within the batch and never draws the superseded ones.
    whole = alert_area_update(_alerts(store), lambda key: None)
    assert [f["properties"]["id"] for f in whole.upsert] == [f"alert:{update_id}"]
    assert whole.remove == [f"alert:{first_id}", f"alert:{second_id}"]

    assert [f["properties"]["id"] for f in alert_area_features(before)] == [
        f"alert:{first_id}",
        f"alert:{second_id}",
    ]


def test_map_update_truthiness_and_determinism(store: Store, board: IncidentBoard) -> None:
    assert not MapUpdate()
    assert MapUpdate(remove=["alert:1"])
    put(store, with_area(make_alert("A-1"), circle(0.1, 34.1)))
    rows = _alerts(store)
    assert alert_area_update(rows, lambda k: None) == alert_area_update(rows, lambda k: None)
    board.create_at(0.1, 34.1, "Here", "op")
    assert incident_features(board.list_incidents()) == incident_features(board.list_incidents())


def test_unit_features_of_units_with_a_position(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from incident_desk.command import CommandBoard, load_directory
    from incident_desk.identity import Identity
    from incident_desk.mapfeed import unit_feature_id, unit_features, unit_update
    from incident_desk.topics import Mode, unit_topic
    from tests.unit.command.build import DIRECTORY

    with Store.open(f"sqlite:///{tmp_path / 'units.db'}") as units_store:
        board = CommandBoard(units_store, Identity("KE", "nps", "nps.go.ke", "op", "ws"))
        board.load_directory(load_directory(DIRECTORY))
        payload = (
            b'{"schema": "idesk.unit-status/1", "unit": "nps-rdu-1", "agency": "nps",'
            b' "status": "en_route", "position": {"lat": 0.6362, "lon": 34.28},'
            b' "time": "2026-07-01T12:05:00+00:00", "exercise": null}'
        )
        board.apply_bus_event(unit_topic(Mode.ACTUAL, "KE", "nps", "nps-rdu-1"), payload)
        units = board.units()
        assert datetime(2026, 7, 1, tzinfo=UTC) < board.unit("nps-rdu-1").status_at  # type: ignore[union-attr]

    features = unit_features(units)
    assert [f["properties"]["id"] for f in features] == ["unit:nps-rdu-1"]  # others: no fix
    [feature] = features
    lon, lat = feature["geometry"]["coordinates"]
    assert (lat, lon) == (pytest.approx(0.6362), pytest.approx(34.28))
    assert feature["properties"] == {
        "id": "unit:nps-rdu-1",
        "kind": "unit",
        "agency": "nps",
        "country": "KE",
        "status": "en_route",
        "label": "RDU-BUSIA-1",
        "stale": False,  # our own unit status message: no stale time, never greyed
        "stale_since": None,
        "exercise": False,
        "exercise_id": None,
    }
    # the unit has no exercise of its own: the console's mode marks it
    [drill] = unit_features(units, exercise_id="EX-NC-26")
    assert (drill["properties"]["exercise"], drill["properties"]["exercise_id"]) == (
        True,
        "EX-NC-26",
    )
    update = unit_update(units)
    assert [f["properties"]["id"] for f in update.upsert] == ["unit:nps-rdu-1"]
    assert unit_feature_id("nps-k9-1") in update.remove
    assert len(update.remove) == len(units) - 1


def test_a_unit_positioned_by_a_tak_report_goes_grey_after_the_reports_stale_time(
    tmp_path: Path,
) -> None:
    """The TAK gateway's position report carries the CoT ``source`` and ``stale``
    (tak/_devices.py pli_message); the store keeps them; past ``stale`` the map greys the unit
    and its label says since when; a later report makes it current again."""
    from datetime import UTC, datetime, timedelta

    from incident_desk.command import CommandBoard, load_directory
    from incident_desk.identity import Identity
    from incident_desk.mapfeed import unit_features
    from incident_desk.timefmt import time_of_day
    from incident_desk.topics import Mode, unit_topic
    from tests.unit.command.build import DIRECTORY

    def pli(at: str, stale: str) -> bytes:
        return (
            '{"schema": "idesk.unit-status/1", "unit": "nps-rdu-1", "agency": "nps",'
            ' "status": "available", "position": {"lat": 0.6362, "lon": 34.28},'
            f' "time": "{at}", "exercise": null, "source": "tak:ANDROID-5f2c",'
            f' "stale": "{stale}", "tak_callsign": "RDU 1"}}'
        ).encode()

    topic = unit_topic(Mode.ACTUAL, "KE", "nps", "nps-rdu-1")
    stale_at = datetime(2026, 7, 1, 12, 7, tzinfo=UTC)
    with Store.open(f"sqlite:///{tmp_path / 'units.db'}") as units_store:
        board = CommandBoard(units_store, Identity("KE", "nps", "nps.go.ke", "op", "ws"))
        board.load_directory(load_directory(DIRECTORY))
        board.apply_bus_event(topic, pli("2026-07-01T12:05:00+00:00", "2026-07-01T12:07:00Z"))
        unit = board.unit("nps-rdu-1")
        assert unit is not None
        assert (unit.position_source, unit.position_stale_at) == ("tak:ANDROID-5f2c", stale_at)
        [current] = unit_features([unit], now=stale_at - timedelta(seconds=1))
        props = current["properties"]
        assert (props["stale"], props["stale_since"], props["label"]) == (
            False,
            None,
            "RDU-BUSIA-1",
        )
        [old] = unit_features([unit], now=stale_at + timedelta(minutes=10))
        assert old["properties"]["stale"] is True
        # the page says "stale since …" in the console's language (tests/gui/test_map_words.py)
        assert old["properties"]["label"] == "RDU-BUSIA-1"
        assert old["properties"]["stale_since"] == time_of_day(stale_at)
        board.apply_bus_event(topic, pli("2026-07-01T12:20:00+00:00", "2026-07-01T12:22:00Z"))
        fresh = board.unit("nps-rdu-1")
        assert fresh is not None
        [again] = unit_features([fresh], now=stale_at + timedelta(minutes=14))
        assert again["properties"]["stale"] is False
