"""Valid CAP documents in tests/data/cap/valid parse into the values they contain."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk.cap import (
    Alert,
    Category,
    Certainty,
    Circle,
    MsgType,
    NamedValue,
    Point,
    Reference,
    ResponseType,
    Scope,
    Severity,
    Status,
    Urgency,
    dumps,
    parse,
)

VALID = Path(__file__).resolve().parents[2] / "data" / "cap" / "valid"


def load(name: str) -> Alert:
    return parse((VALID / name).read_bytes())


def test_security_incident_alert_with_polygon_circle_and_geocode() -> None:
    alert = load("ke_explosion_alert.xml")
    assert alert.key() == ("ops@nps.go.ke", "KE-nps-2026-000417", "2026-03-14T09:42:10+03:00")
    assert alert.sent.utc == datetime(2026, 3, 14, 6, 42, 10, tzinfo=UTC)
    assert (alert.status, alert.msg_type, alert.scope) == (
        Status.ACTUAL,
        MsgType.ALERT,
        Scope.RESTRICTED,
    )
    assert alert.restriction == "Kenyan and Ugandan security agencies only"
    assert alert.codes == ("urn:idesk:cap:profile:1.0",)
    assert alert.incidents == ("KE-nps-INC-0093", "Nairobi CBD blast")
    assert alert.cap_version == "1.2"
    assert alert.signature is None
    info = alert.first_info
    assert info is not None
    assert info.language == "en-KE"
    assert info.categories == (Category.SECURITY, Category.CBRNE)
    assert info.response_types == (ResponseType.AVOID, ResponseType.MONITOR)
    assert (info.urgency, info.severity, info.certainty) == (
        Urgency.IMMEDIATE,
        Severity.SEVERE,
        Certainty.OBSERVED,
    )
    assert info.event_codes == (NamedValue(value_name="idesk:event", value="IED"),)
    assert info.expires is not None
    assert info.expires.utc == datetime(2026, 3, 14, 10, 42, 10, tzinfo=UTC)
    assert alert.expires_utc() == info.expires.utc
    assert info.description is not None
    assert info.description.endswith("Secondary device not excluded.")
    assert info.parameters[0].value == "12 (4 P1)"
    (area,) = info.areas
    assert area.area_desc == "Nairobi CBD cordon"
    (polygon,) = area.polygons
    assert polygon.points == (
        Point(lat=-1.2833, lon=36.8167),
        Point(lat=-1.285, lon=36.823),
        Point(lat=-1.29, lon=36.82),
        Point(lat=-1.2833, lon=36.8167),
    )
    assert area.circles == (Circle(center=Point(lat=-1.28333, lon=36.81667), radius_km=0.4),)
    assert area.geocodes == (NamedValue(value_name="KE-COUNTY", value="047"),)
    assert (area.altitude, area.ceiling) == (5450.0, 6000.5)


def test_update_carries_its_reference_chain() -> None:
    alert = load("update_with_references.xml")
    assert alert.msg_type is MsgType.UPDATE
    assert alert.references == (
        Reference(
            sender="ops@nps.go.ke",
            identifier="KE-nps-2026-000417",
            sent="2026-03-14T09:42:10+03:00",
        ),
        Reference(
            sender="ops@nps.go.ke",
            identifier="KE-nps-2026-000418",
            sent="2026-03-14T09:58:00+03:00",
        ),
    )
    assert alert.infos[0].language == "en-US"  # the CAP default when <language> is absent


def test_cancel_without_info() -> None:
    alert = load("cancel_no_info.xml")
    assert alert.msg_type is MsgType.CANCEL
    assert alert.infos == ()
    assert alert.first_info is None
    assert alert.expires_utc() is None
    assert alert.note == "Device rendered safe; cordon lifted"
    assert alert.references[0].identifier == "KE-nps-2026-000419"


def test_ack_with_minus_zero_utc() -> None:
    alert = load("ack.xml")
    assert (alert.msg_type, alert.status) == (MsgType.ACK, Status.EXERCISE)
    assert alert.sent.text == "2026-03-14T09:44:31-00:00"
    assert alert.sent.utc == datetime(2026, 3, 14, 9, 44, 31, tzinfo=UTC)
    assert alert.references[0].key() == (
        "ops@nps.go.ke",
        "KE-nps-2026-000417",
        "2026-03-14T09:42:10+03:00",
    )


def test_error_private_with_quoted_addresses_and_plus_zero() -> None:
    alert = load("error.xml")
    assert alert.msg_type is MsgType.ERROR
    assert alert.scope is Scope.PRIVATE
    assert alert.addresses == ("ops@nps.go.ke", "NPS Command Centre")
    assert alert.sent.text == "2026-03-14T09:50:00+00:00"
    assert alert.note is not None
    assert alert.note.startswith("Wrong jurisdiction")


def test_multilanguage_infos() -> None:
    alert = load("multilanguage.xml")
    assert [i.language for i in alert.infos] == ["en-KE", "sw-KE", "fr"]
    sw = alert.info_for("sw")
    assert sw is not None
    assert sw.headline == "Epuka barabara ya Kenyatta"
    fr = alert.info_for("fr")
    assert fr is not None
    assert fr.headline == "Évitez l’avenue Kenyatta"


def test_resource_with_digest_size_and_deref_uri() -> None:
    info = load("resource_digest.xml").infos[0]
    photo, cordon = info.resources
    assert photo.resource_desc == "Scene photograph"
    assert photo.mime_type == "image/jpeg"
    assert photo.size == 248331
    assert photo.digest == "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"
    assert photo.uri == "https://media.example.go.ke/scene-0417.jpg"
    assert cordon.deref_uri == "Q29yZG9uIDQwMCBt"
    assert cordon.size is None


def test_cap11_resource_without_mime_type() -> None:
    alert = load("cap11.xml")
    assert alert.cap_version == "1.1"
    assert alert.status is Status.TEST
    assert alert.infos[0].resources[0].mime_type is None
    # dumps writes 1.2, which requires mimeType: the documented default is used
    again = parse(dumps(alert))
    assert again.cap_version == "1.2"
    assert again.infos[0].resources[0].mime_type == "application/octet-stream"


def test_cap10_very_likely_password_and_name_value_strings() -> None:
    alert = load("cap10.xml")
    assert alert.cap_version == "1.0"
    info = alert.infos[0]
    assert info.certainty is Certainty.LIKELY
    assert info.event_codes == (NamedValue(value_name="SAME", value="CEM"),)
    assert info.areas[0].geocodes == (NamedValue(value_name="FIPS6", value="TZ02"),)
    assert "s3cret" not in dumps(alert).decode()
    assert parse(dumps(alert)) == alert.model_copy(update={"cap_version": "1.2"})


def test_iso_8859_1_declared_encoding_is_honoured() -> None:
    raw = (VALID / "iso8859_1.xml").read_bytes()
    assert "é".encode("latin-1") in raw  # really Latin-1 on disk, not UTF-8
    assert "é".encode() not in raw
    info = load("iso8859_1.xml").infos[0]
    assert info.event == "Attaque au véhicule bélier"
    assert info.headline == "Évacuez la Promenade des Anglais, côté mer"


def test_enveloped_signature_is_kept_and_written_back_last() -> None:
    alert = load("signed.xml")
    assert alert.signature is not None
    assert alert.signature.startswith(
        '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
    )
    assert "q7Xj1zqv2x2YpJ4uK3wA8m3s0VhZt7nS8Qy0aP7bXx4=" in alert.signature
    assert "urn:oasis" not in alert.signature  # no CAP namespace dragged along
    written = dumps(alert)
    assert written.rstrip().endswith(b"</ds:Signature></alert>")
    assert parse(written) == alert


@pytest.mark.parametrize("path", sorted(VALID.glob("*.xml")), ids=lambda p: p.name)
def test_round_trip_of_every_valid_file(path: Path) -> None:
    alert = parse(path.read_bytes())
    again = parse(dumps(alert))
    if alert.cap_version == "1.2":
        assert again == alert
        assert dumps(again) == dumps(alert)
    else:
        assert again.cap_version == "1.2"
        assert again.identifier == alert.identifier
        assert again.infos[0].event == alert.infos[0].event
