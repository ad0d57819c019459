"""Untrusted CoT from TAK: hostile input is refused with a reason, never a crash; PLI becomes a
valid unit status message; beacons become valid CAP; exercise CoT never becomes real."""

from __future__ import annotations

import contextlib
import json
import random
from datetime import timedelta

import pytest

from incident_desk import cap
from incident_desk.cap import Certainty, MsgType, Severity, Status, Urgency
from incident_desk.command import DirectoryError, parse_directory, parse_unit_status
from incident_desk.tak import (
    CotError,
    DeviceMatcher,
    beacon_alert,
    beacon_cancel,
    classify,
    parse_cot,
    pli_message,
)
from incident_desk.tak._framing import StreamSplitter, decode, encode
from tests.helpers.takdata import NOW, device_cot, device_directory

GOOD = device_cot("DEV-1")


def _swap(old: bytes, new: bytes) -> bytes:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


HOSTILE = {
    "entity expansion": b'<?xml version="1.0"?><!DOCTYPE e [<!ENTITY a "aaaa">]><event>&a;</event>',
    "external entity": b'<!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]><event>&x;</event>',
    "oversize": GOOD.replace(b"<detail>", b"<detail><remarks>" + b"A" * 70_000 + b"</remarks>"),
    "not xml": b"\x00\xff garbage",
    "wrong root": b"<alert/>",
    "empty": b"   ",
    "latitude 91": _swap(b'lat="0.6362"', b'lat="91.0"'),
    "longitude -181": _swap(b'lon="34.2811"', b'lon="-181"'),
    "nan": _swap(b'lat="0.6362"', b'lat="NaN"'),
    "infinite ce": _swap(b'ce="9.9"', b'ce="inf"'),
    "no point": _swap(
        b'<point lat="0.6362" lon="34.2811" hae="1180.0" ce="9.9" le="9999999.0"/>', b""
    ),
    "year 1970": _swap(b'time="2026', b'time="1970'),
    "far future": _swap(b'time="2026', b'time="2099'),
    "not a time": _swap(b'time="2026-07-01T12:00:00.000Z"', b'time="yesterday"'),
    "stale before start": _swap(b'stale="2026-07-01T12:02', b'stale="2026-07-01T11:02'),
    "stale in 20 years": _swap(b'stale="2026', b'stale="2046'),
    "bad type": _swap(b'type="a-f-G-U-C"', b'type="a f &lt;"'),
    "bad how": _swap(b'how="m-g"', b'how="--"'),
    "version 1": _swap(b'version="2.0"', b'version="1.0"'),
    "uid too long": _swap(b'uid="DEV-1"', b'uid="' + b"U" * 300 + b'"'),
    "deep nesting": _swap(b"<detail>", b"<detail>" + b"<a>" * 40 + b"</a>" * 40),
    "many children": _swap(b"<detail>", b"<detail>" + b"<x/>" * 100),
    "callsign too long": _swap(b"<detail>", b'<detail><contact callsign="' + b"C" * 200 + b'"/>'),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_or_absurd_cot_is_refused_with_a_reason(name: str) -> None:
    with pytest.raises(CotError) as caught:
        decode(HOSTILE[name], NOW)
    assert caught.value.reason


def test_random_mutations_never_escape_as_anything_but_cot_error() -> None:
    rng = random.Random(14)
    for _ in range(400):
        data = bytearray(GOOD)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        with contextlib.suppress(CotError):
            decode(bytes(data), NOW)


def test_a_well_formed_pli_is_read() -> None:
    event = parse_cot(device_cot("DEV-1", callsign="Viper-1"), NOW)
    assert (event.uid, event.callsign, event.point.lat) == ("DEV-1", "Viper-1", 0.6362)
    assert classify(event, None, NOW).kind == "pli"


def test_pli_matches_directory_units_by_uid_then_callsign() -> None:
    matcher = DeviceMatcher(device_directory())
    assert matcher.match("DEV-2", None).unit.id == "nps-u2"  # type: ignore[union-attr]
    assert matcher.match("ANDROID-x", "viper-1").unit.id == "nps-cs"  # type: ignore[union-attr]
    assert matcher.match("ANDROID-x", "RDU-BUSIA-1").unit.id == "nps-cs"  # type: ignore[union-attr]
    assert matcher.match("ANDROID-y", "Stranger") is None


def test_pli_becomes_a_valid_unit_status_message_on_the_unit_topic() -> None:
    event = parse_cot(device_cot("DEV-0", callsign="dev zero"), NOW)
    match = DeviceMatcher(device_directory()).match(event.uid, event.callsign)
    assert match is not None
    payload = pli_message(event, match, "on_scene", None)
    message = parse_unit_status(payload)
    assert (message.unit, message.status, message.position) == (
        "nps-u0",
        "on_scene",
        {"lat": 0.6362, "lon": 34.2811},
    )
    assert json.loads(payload)["source"] == "tak:DEV-0"
    assert match.topic(None) == "idesk/v1/actual/KE/nps/unit/nps-u0"
    assert match.topic("EX1") == "idesk/v1/exercise/EX1/KE/nps/unit/nps-u0"


def test_a_tak_uid_given_to_two_units_is_a_directory_error() -> None:
    text = (
        "schema_version: 1\nagencies:\n"
        "  - {id: nps, country: KE, name: N, kind: police, sender: nps.go.ke}\nunits:\n"
        "  - {id: a, callsign: A, agency: nps, kind: other, tak_uids: [D1]}\n"
        "  - {id: b, callsign: B, agency: nps, kind: other, tak_uids: [D1]}\n"
    )
    with pytest.raises(DirectoryError, match="given to two units"):
        parse_directory(text)


@pytest.mark.parametrize(
    ("opex", "channel", "kind"),
    [
        (None, None, "pli"),
        ("o", None, "pli"),
        ("e-EX1", None, "refused"),  # exercise CoT on the real channel never becomes real
        ("e", None, "refused"),
        ("s-sim", None, "refused"),
        (None, "EX1", "pli"),
        ("e-EX1", "EX1", "pli"),
        ("e-EX2", "EX1", "refused"),
        ("o", "EX1", "refused"),
    ],
)
def test_pli_traffic_rules(opex: str | None, channel: str | None, kind: str) -> None:
    event = parse_cot(device_cot("DEV-1", opex=opex), NOW)
    verdict = classify(event, channel, NOW)
    assert verdict.kind == kind
    if kind == "pli":
        assert verdict.exercise_id == channel


@pytest.mark.parametrize(
    ("opex", "channel", "kind", "exercise"),
    [
        (None, None, "beacon", None),
        ("e-EX1", None, "refused", None),  # an exercise beacon never raises a real alarm
        (None, "EX1", "beacon", "EX1"),
        ("o", "EX1", "beacon", None),  # a real emergency during a drill: real alarm (NO DUFF)
    ],
)
def test_beacon_traffic_rules(
    opex: str | None, channel: str | None, kind: str, exercise: str | None
) -> None:
    event = parse_cot(device_cot("DEV-1", type_="b-a-o-tbl", opex=opex), NOW)
    verdict = classify(event, channel, NOW)
    assert (verdict.kind, verdict.exercise_id) == (kind, exercise)


def test_stale_pli_no_fix_other_types_and_our_echo_are_not_unit_events() -> None:
    stale = parse_cot(device_cot("DEV-1"), NOW)
    assert classify(stale, None, NOW + timedelta(minutes=3)).kind == "refused"
    no_fix = parse_cot(device_cot("DEV-1", lat=0.0, lon=0.0), NOW)
    assert classify(no_fix, None, NOW).reason.startswith("position 0,0")
    hostile = parse_cot(device_cot("DEV-1", type_="a-h-G"), NOW)
    assert classify(hostile, None, NOW).kind == "ignored"
    echo = parse_cot(device_cot("idesk.incident.X"), NOW)
    assert classify(echo, None, NOW).kind == "ignored"


@pytest.mark.parametrize("exercise", [None, "EX1"])
def test_beacon_becomes_an_extreme_immediate_observed_cap_alert(exercise: str | None) -> None:
    event = parse_cot(device_cot("DEV-1", type_="b-a-o-tbl", callsign="Viper-1"), NOW)
    alert = beacon_alert(
        event, sender="nps.go.ke", country="KE", agency="nps", exercise_id=exercise, now=NOW
    )
    back = cap.parse(cap.dumps(alert))  # passes every CAP rule of our own reader
    info = back.infos[0]
    assert (info.severity, info.urgency, info.certainty) == (
        Severity.EXTREME,
        Urgency.IMMEDIATE,
        Certainty.OBSERVED,
    )
    assert info.areas[0].circles[0].center.lat == 0.6362
    if exercise is None:
        assert back.status is Status.ACTUAL
        assert back.note is None
    else:
        assert back.status is Status.EXERCISE
        assert back.note.split()[0] == "EX1"
        assert info.headline.startswith("EXERCISE EXERCISE EXERCISE")  # type: ignore[union-attr]
    cancel = beacon_cancel(event, alert, sender="nps.go.ke", country="KE", agency="nps", now=NOW)
    again = cap.parse(cap.dumps(cancel))
    assert again.msg_type is MsgType.CANCEL
    assert again.references[0].identifier == alert.identifier
    assert again.status is back.status


def test_protobuf_stream_and_mesh_round_trip_through_the_same_checks() -> None:
    event = parse_cot(device_cot("DEV-1", callsign="Viper-1", opex="e-EX1"), NOW)
    for mesh in (False, True):
        back = decode(encode(event, "protobuf", mesh=mesh), NOW)
        assert (back.uid, back.callsign, back.opex, back.point.lat) == (
            "DEV-1",
            "Viper-1",
            "e-EX1",
            0.6362,
        )
    bad = parse_cot(device_cot("DEV-1"), NOW)
    wire = bytearray(encode(bad, "protobuf", mesh=True))
    with pytest.raises(CotError):
        decode(bytes(wire[:-7]) + b"\xff\xff\xff", NOW)


def test_stream_splitter_cuts_mixed_messages_and_drops_oversize_ones() -> None:
    event = parse_cot(device_cot("DEV-1"), NOW)
    proto = encode(event, "protobuf", mesh=False)
    huge = device_cot("DEV-2", detail="<remarks>" + "x" * 70_000 + "</remarks>")
    stream = GOOD + proto + huge + GOOD
    splitter = StreamSplitter()
    out: list[bytes] = []
    for i in range(0, len(stream), 1000):  # arrives in pieces
        out += splitter.feed(stream[i : i + 1000])
    assert out == [GOOD, proto, GOOD]
    assert splitter.dropped == 1


def test_protocol_negotiation_messages_are_recognised_and_nothing_else() -> None:
    from incident_desk.tak._framing import negotiation, protocol_request
    from tests.helpers.takpeer import _control

    assert negotiation(_control("t-x-takp-v", '<TakProtocolSupport version="1"/>')) == "offer"
    assert negotiation(_control("t-x-takp-v", '<TakProtocolSupport version="2"/>')) is None
    assert negotiation(_control("t-x-takp-r", '<TakResponse status="true"/>')) == "accepted"
    assert negotiation(_control("t-x-takp-r", '<TakResponse status="false"/>')) == "refused"
    assert negotiation(GOOD) is None
    hostile = b'<!DOCTYPE e [<!ENTITY x "t-x-takp-v">]><event type="&x;"/>'
    assert negotiation(hostile) is None
    request = parse_cot(protocol_request("idesk-takp-1", NOW), NOW)
    assert request.type == "t-x-takp-q"
