"""The CAP/incident/unit → CoT mapping, row by row of docs/tak.md, against golden files.

Every emitted event must also validate against the CoT 2.0 event schema
(``tests/data/tak/cot-event.xsd``, see its MANIFEST). ``IDESK_REGEN_GOLDEN=1`` rewrites the
golden files (review the diff before committing).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree

from incident_desk.cap import Category, Certainty, MsgType
from incident_desk.command import UnitStatusMessage
from incident_desk.tak import (
    CotEvent,
    MapOptions,
    alert_events,
    delete_event,
    parse_cot,
    presence_event,
    to_xml,
    unit_event,
    withdrawn,
)
from tests.helpers.takdata import KEY, NOW, cancel_of, cordon_alert

DATA = Path(__file__).resolve().parents[2] / "data" / "tak"
GOLDEN = DATA / "golden"
SCHEMA = etree.XMLSchema(etree.parse(str(DATA / "cot-event.xsd")))
LATER = NOW + timedelta(minutes=1)


def _unit(exercise: str | None = None, status: str = "en_route") -> UnitStatusMessage:
    return UnitStatusMessage.model_validate(
        {
            "schema": "idesk.unit-status/1",
            "unit": "nps-rdu-1",
            "agency": "nps",
            "callsign": "RDU-BUSIA-1",
            "status": status,
            "position": {"lat": 0.6362, "lon": 34.28},
            "time": NOW.isoformat(),
            "exercise": exercise,
        }
    )


def _rows() -> dict[str, CotEvent]:
    real = alert_events(cordon_alert(), None, NOW)
    drill = alert_events(cordon_alert(exercise="EX-SILKGATE-26"), "EX-SILKGATE-26", NOW)
    marker = real[0]
    return {
        "incident": marker,
        "incident-exercise": drill[0],
        "area-polygon": real[1],
        "area-circle": real[2],
        "unit": unit_event(
            _unit(), "KE", None, (0.6362, 34.28), at=NOW, assignment=f"{KEY}: cordon"
        ),
        "unit-exercise": unit_event(
            _unit("EX-SILKGATE-26"), "KE", "EX-SILKGATE-26", (0.6362, 34.28), at=NOW
        ),
        "withdrawn": withdrawn(marker, LATER),
        "delete": delete_event(marker, LATER),
        "presence": presence_event("KE.nps", None, NOW),
    }


ROWS = _rows()


@pytest.mark.parametrize("row", sorted(ROWS))
def test_each_mapping_row_matches_its_golden_file(row: str) -> None:
    data = to_xml(ROWS[row])
    path = GOLDEN / f"{row}.xml"
    if os.environ.get("IDESK_REGEN_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes(), f"{row} differs from {path.name}"


@pytest.mark.parametrize("row", sorted(ROWS))
def test_each_emitted_event_is_valid_against_the_cot_event_schema(row: str) -> None:
    document = etree.fromstring(to_xml(ROWS[row]))
    assert SCHEMA.validate(document), SCHEMA.error_log.last_error


def test_the_schema_catches_what_it_should() -> None:
    """The schema is not a rubber stamp: an impossible latitude and a bad how fail it."""
    good = to_xml(ROWS["incident"])
    for bad in (good.replace(b'lat="0.6', b'lat="91.6'), good.replace(b'how="m-r"', b'how="--"')):
        assert not SCHEMA.validate(etree.fromstring(bad))


def test_incident_marker_carries_the_table_fields() -> None:
    marker = ROWS["incident"]
    assert marker.uid == f"idesk.incident.{KEY}"
    assert (marker.type, marker.how, marker.opex) == ("a-h-G", "m-r", None)
    assert marker.stale == NOW + timedelta(hours=6)  # CAP expires
    assert marker.callsign == KEY
    assert marker.remarks is not None
    assert marker.remarks.startswith("Explosion at Malaba")
    assert marker.links[0].uid == "nps.go.ke,KE-nps-0001,2026-07-01T12:00:00-00:00"
    # ce reaches the farthest corner of the cordon (about 1.4 km from the centroid)
    assert 1000 < marker.point.ce < 2000


@pytest.mark.parametrize(
    ("certainty", "categories", "expected"),
    [
        (Certainty.OBSERVED, (Category.SECURITY,), "a-h-G"),
        (Certainty.LIKELY, (Category.SECURITY,), "a-s-G"),
        (Certainty.POSSIBLE, (Category.CBRNE,), "a-u-G"),
        (Certainty.OBSERVED, (Category.FIRE,), "a-u-G"),
    ],
)
def test_marker_type_follows_certainty_for_security_incidents_only(
    certainty: Certainty, categories: tuple[Category, ...], expected: str
) -> None:
    alert = cordon_alert(certainty=certainty, categories=categories)
    assert alert_events(alert, None, NOW)[0].type == expected


def test_exercise_items_are_marked_in_opex_callsign_and_remarks() -> None:
    for row in ("incident-exercise", "unit-exercise"):
        event = ROWS[row]
        assert event.opex == "e-EX-SILKGATE-26"
        assert event.callsign is not None
        assert event.callsign.startswith("EXERCISE")
        assert event.remarks is not None
        assert event.remarks.startswith("EXERCISE")
        assert event.uid.startswith("idesk.exercise.EX-SILKGATE-26.")


def test_withdrawal_is_stale_now_and_a_forced_delete_of_the_same_uid() -> None:
    gone, delete = ROWS["withdrawn"], ROWS["delete"]
    assert gone.uid == ROWS["incident"].uid
    assert gone.stale <= LATER
    assert delete.type == "t-x-d-d"
    assert delete.force_delete
    assert delete.links[0].uid == ROWS["incident"].uid


def test_alerts_that_cannot_be_placed_give_no_events() -> None:
    no_geometry = cordon_alert(circle=False, polygon=False)
    cancel = cancel_of(cordon_alert(), LATER)
    assert alert_events(no_geometry, None, NOW) == []
    assert cancel.msg_type is MsgType.CANCEL
    assert alert_events(cancel, None, NOW) == []


def test_missing_expires_gives_the_default_ttl() -> None:
    alert = cordon_alert()
    info = alert.infos[0].model_copy(update={"expires": None})
    alert = alert.model_copy(update={"infos": (info,)})
    options = MapOptions(default_ttl=timedelta(minutes=30))
    assert alert_events(alert, None, NOW, options)[0].stale == NOW + timedelta(minutes=30)


def test_our_own_output_reads_back_through_the_hostile_input_checks() -> None:
    for event in ROWS.values():
        if event.stale <= NOW:
            continue
        back = parse_cot(to_xml(event), NOW)
        assert (back.uid, back.type, back.opex, back.callsign) == (
            event.uid,
            event.type,
            event.opex,
            event.callsign,
        )


def test_times_are_utc_with_milliseconds_and_z() -> None:
    event = ROWS["unit"]
    assert b'time="2026-07-01T12:00:00.000Z"' in to_xml(event)
    assert event.stale - event.time == timedelta(minutes=5)
    assert event.time.tzinfo is not None
    assert event.time.utcoffset() == datetime.now(UTC).utcoffset()
