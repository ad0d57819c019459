"""Tolerant reading (``cap.read``): each real-world deviation the console must accept, the
warning it carries, and what still goes to quarantine. Hand-made from ``builders.BASE``."""

from __future__ import annotations

import pytest

from incident_desk import cap
from tests.unit.cap.builders import BASE, doc


def _warnings(data: bytes) -> list[str]:
    return [str(w) for w in cap.read(data).warnings]


def test_a_conforming_alert_reads_without_warnings_and_equals_the_strict_parse() -> None:
    reading = cap.read(doc())
    assert reading.warnings == ()
    assert reading.alert == cap.parse(doc())


@pytest.mark.parametrize("element", ["addresses", "incidents"])
def test_an_empty_optional_list_element_is_ignored_with_a_warning(element: str) -> None:
    data = doc(("<scope>Public</scope>", f"<scope>Public</scope><{element}/>"))
    reading = cap.read(data)
    assert getattr(reading.alert, element) == ()
    assert [str(w) for w in reading.warnings] == [f"/alert/{element}: empty <{element}/> ignored"]
    with pytest.raises(cap.CapError):
        cap.parse(data)  # the strict contract is unchanged


def test_an_empty_references_on_an_update_warns_twice_and_keeps_the_alert() -> None:
    data = doc(("<msgType>Alert</msgType>", "<msgType>Update</msgType>"))
    data = data.replace(b"<scope>Public</scope>", b"<scope>Public</scope><references/>")
    assert _warnings(data) == [
        "/alert/references: empty <references/> ignored",
        "/alert/references: <references> is required for msgType Update",
    ]


@pytest.mark.parametrize("msg_type", ["Update", "Cancel"])
def test_update_or_cancel_without_references_is_accepted_with_a_warning(msg_type: str) -> None:
    data = doc(("<msgType>Alert</msgType>", f"<msgType>{msg_type}</msgType>"))
    reading = cap.read(data)
    assert reading.alert.msg_type.value == msg_type
    assert [str(w) for w in reading.warnings] == [
        f"/alert/references: <references> is required for msgType {msg_type}"
    ]


def test_an_empty_web_is_ignored_with_a_warning() -> None:
    data = doc(("<resource>", "<web/><resource>"))
    reading = cap.read(data)
    assert reading.alert.infos[0].web is None
    assert [str(w) for w in reading.warnings] == ["/alert/info[1]/web: empty <web/> ignored"]


def test_an_empty_polygon_is_dropped_with_a_warning_and_the_circle_stays() -> None:
    data = doc(
        (
            "<polygon>-1.28,36.81 -1.29,36.82 -1.30,36.81 -1.28,36.81</polygon>",
            "<polygon/>",
        )
    )
    reading = cap.read(data)
    area = reading.alert.infos[0].areas[0]
    assert area.polygons == ()
    assert len(area.circles) == 1
    assert [str(w) for w in reading.warnings] == [
        "/alert/info[1]/area[1]/polygon[1]: empty <polygon/> dropped"
    ]


def test_line_breaks_and_spaces_inside_coordinates_are_read() -> None:
    data = doc(
        (
            "-1.28,36.81 -1.29,36.82 -1.30,36.81 -1.28,36.81",
            "\n  -1.28, 36.81\n\t-1.29 ,36.82\r\n -1.30,36.81   -1.28,36.81\n",
        )
    )
    reading = cap.read(data)
    points = reading.alert.infos[0].areas[0].polygons[0].points
    assert [(p.lat, p.lon) for p in points][:2] == [(-1.28, 36.81), (-1.29, 36.82)]
    assert [str(w) for w in reading.warnings] == [
        "/alert/info[1]/area[1]/polygon[1]: whitespace inside 'lat,lon' pairs ignored"
    ]


def test_an_unclosed_polygon_is_closed_with_a_warning() -> None:
    data = doc(("-1.30,36.81 -1.28,36.81<", "-1.30,36.81 -1.31,36.80<"))
    reading = cap.read(data)
    points = reading.alert.infos[0].areas[0].polygons[0].points
    assert points[0] == points[-1]
    assert "polygon is not closed: closed it" in str(reading.warnings[0])


def test_a_polygon_out_of_range_is_dropped_with_a_warning() -> None:
    data = doc(("-1.29,36.82", "-1.29,236.82"))
    reading = cap.read(data)
    assert reading.alert.infos[0].areas[0].polygons == ()
    assert "out of range" in reading.warnings[0].message
    assert reading.warnings[0].message.endswith("polygon dropped")


def test_restricted_without_restriction_is_accepted_with_a_warning() -> None:
    data = doc(("<scope>Public</scope>", "<scope>Restricted</scope>"))
    assert _warnings(data) == [
        "/alert/restriction: <restriction> is required when scope is Restricted"
    ]


def test_a_space_in_the_identifier_is_accepted_with_a_warning() -> None:
    data = doc(("<identifier>KE-nps-1</identifier>", "<identifier>KE nps 1</identifier>"))
    reading = cap.read(data)
    assert reading.alert.identifier == "KE nps 1"
    assert "must not contain spaces" in reading.warnings[0].message


@pytest.mark.parametrize("codec", ["iso-8859-1", "utf-16", "utf-16-le", "utf-16-be"])
def test_declared_encodings_are_honoured(codec: str) -> None:
    text = BASE.replace('encoding="UTF-8"', f'encoding="{codec.upper()}"')
    text = text.replace("<event>Explosion</event>", "<event>Explosión en Nyeri</event>")
    data = text.encode(codec)
    if codec in {"utf-16-le", "utf-16-be"}:
        data = "\ufeff".encode(codec) + data  # UTF-16 with its byte order mark
    assert cap.read(data).alert.infos[0].event == "Explosión en Nyeri"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert cap.read(b"\xef\xbb\xbf" + doc()).warnings == ()


@pytest.mark.parametrize(
    ("namespace", "version"),
    [("urn:oasis:names:tc:emergency:cap:1.1", "1.1"), ("http://www.incident.com/cap/1.0", "1.0")],
)
def test_cap_10_and_11_namespaces_are_read(namespace: str, version: str) -> None:
    certainty = "Very Likely" if version == "1.0" else "Observed"  # 1.0 has no Observed
    data = doc(
        ("urn:oasis:names:tc:emergency:cap:1.2", namespace),
        ("<certainty>Observed</certainty>", f"<certainty>{certainty}</certainty>"),
    )
    reading = cap.read(data)
    assert reading.alert.cap_version == version
    assert reading.alert.infos[0].certainty is cap.Certainty.LIKELY or version == "1.1"


def test_a_cap_11_time_in_z_form_is_accepted_with_a_warning_where_its_schema_allows_it() -> None:
    data = doc(
        ("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1"),
        ("<sent>2026-03-14T09:42:10+03:00</sent>", "<sent>2026-03-14T06:42:10Z</sent>"),
    )
    reading = cap.read(data)
    assert reading.alert.sent.utc.isoformat() == "2026-03-14T06:42:10+00:00"
    assert reading.alert.sent.text == "2026-03-14T06:42:10Z"
    assert "'Z' is not allowed" in reading.warnings[0].message


def test_a_cap_11_time_before_year_1_in_utc_is_ignored_with_a_warning_not_a_crash() -> None:
    data = doc(
        ("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1"),
        ("2026-03-14T13:42:10+03:00</expires>", "0001-01-01T00:00:00.5+01:00</expires>"),
    )
    reading = cap.read(data)
    assert reading.alert.infos[0].expires is None
    assert [w.path for w in reading.warnings] == ["/alert/info[1]/expires"]
    assert reading.warnings[0].message.endswith("; ignored")


def test_the_same_z_time_in_cap_12_is_refused_by_the_schema() -> None:
    data = doc(("<sent>2026-03-14T09:42:10+03:00</sent>", "<sent>2026-03-14T06:42:10Z</sent>"))
    with pytest.raises(cap.CapError, match="schema"):
        cap.read(data)


def test_foreign_elements_and_attributes_are_kept_in_the_bytes_and_ignored() -> None:
    data = doc(
        ("<alert xmlns=", '<alert xmlns:x="urn:example:ext" x:origin="gw-3" xmlns='),
        ("<scope>Public</scope>", "<scope>Public</scope><x:routing>national</x:routing>"),
        ("<areaDesc>", "<x:zone>NBO-1</x:zone><areaDesc>"),
    )
    reading = cap.read(data)
    assert reading.alert.infos[0].areas[0].area_desc == "Nairobi CBD"
    assert [str(w) for w in reading.warnings] == [
        "/alert/routing: element <{urn:example:ext}routing> ignored (not CAP)",
        "/alert/info[1]/area[1]/zone: element <{urn:example:ext}zone> ignored (not CAP)",
        "/alert: attribute '{urn:example:ext}origin' ignored (not CAP)",
    ]
    with pytest.raises(cap.CapError):
        cap.read(data, "strict")


SIGNATURE = (
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/>'
    "<ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>"
)


def test_several_trailing_signatures_are_accepted_and_counted() -> None:
    data = doc(("</info>\n", "</info>\n" + SIGNATURE + SIGNATURE))
    reading = cap.read(data)
    assert reading.signatures == 2
    assert reading.warnings == ()
    assert reading.alert.signature is not None
    assert "AAAA" in reading.alert.signature
    with pytest.raises(cap.CapError, match="only one ds:Signature"):
        cap.parse(data)


def test_a_signature_that_is_not_at_the_end_is_refused() -> None:
    data = doc(("<info>", SIGNATURE + "<info>"))
    with pytest.raises(cap.CapError, match="last child"):
        cap.read(data)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not xml at all", "not well-formed"),
        (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a/>', "DOCTYPE"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'/>", "is not a CAP alert"),
        (doc(("<sender>ops@nps.go.ke</sender>", "")), "schema"),
        (doc(("<sender>ops@nps.go.ke</sender>", "<sender></sender>")), "must not be empty"),
        (doc(("<status>Actual</status>", "<status>actual</status>")), "schema"),
        (b"<alert>" + b" " * (1 << 20) + b"</alert>", "cap"),
    ],
    ids=["not-xml", "doctype", "not-cap", "no-sender", "empty-sender", "bad-token", "oversize"],
)
def test_unreadable_hostile_or_unidentifiable_documents_are_still_refused(
    data: bytes, reason: str
) -> None:
    with pytest.raises(cap.CapError, match=reason):
        cap.read(data)


def test_an_unknown_policy_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="tolerant"):
        cap.read(doc(), "lenient")  # type: ignore[arg-type]
