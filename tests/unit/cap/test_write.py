"""dumps(): CAP 1.2, UTF-8, schema order, single-spaced polygons, stable numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from incident_desk.cap import CAP12_NS, Alert, dumps, parse
from incident_desk.cap._rules import ALERT_ORDER, AREA_ORDER, INFO_ORDER
from incident_desk.cap._write import format_number

VALID = Path(__file__).resolve().parents[2] / "data" / "cap" / "valid"


def load(name: str) -> Alert:
    return parse((VALID / name).read_bytes())


def local_names(element: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in element]


def test_declaration_namespace_and_encoding() -> None:
    written = dumps(load("iso8859_1.xml"))
    assert written.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="')
    assert "Attaque au véhicule bélier".encode() in written  # UTF-8 now, not Latin-1
    root = etree.fromstring(written)
    assert root.tag == f"{{{CAP12_NS}}}alert"
    assert root.nsmap == {None: CAP12_NS}


def test_old_versions_are_written_as_cap12() -> None:
    written = dumps(load("cap10.xml"))
    assert CAP12_NS.encode() in written
    assert b"incident.com" not in written
    assert b"<password>" not in written


def test_children_in_schema_order() -> None:
    root = etree.fromstring(dumps(load("ke_explosion_alert.xml")))
    rank = {name: i for i, (name, _) in enumerate(ALERT_ORDER)}
    names = local_names(root)
    assert names == sorted(names, key=rank.__getitem__)
    assert names[:3] == ["identifier", "sender", "sent"]
    info = root.find(f"{{{CAP12_NS}}}info")
    assert info is not None
    info_rank = {name: i for i, (name, _) in enumerate(INFO_ORDER)}
    info_names = local_names(info)
    assert info_names == sorted(info_names, key=info_rank.__getitem__)
    area = info.find(f"{{{CAP12_NS}}}area")
    assert area is not None
    area_rank = {name: i for i, (name, _) in enumerate(AREA_ORDER)}
    assert local_names(area) == sorted(local_names(area), key=area_rank.__getitem__)


def test_polygon_written_with_single_spaces() -> None:
    written = dumps(load("ke_explosion_alert.xml")).decode()
    assert "<polygon>-1.2833,36.8167 -1.285,36.823 -1.29,36.82 -1.2833,36.8167</polygon>" in written
    assert "<circle>-1.28333,36.81667 0.4</circle>" in written
    assert "<altitude>5450.0</altitude><ceiling>6000.5</ceiling>" in written


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.4, "0.4"),
        (5450.0, "5450.0"),
        (1e-05, "0.00001"),
        (1e16, "10000000000000000.0"),
        (-0.0, "-0.0"),
        (36.81667, "36.81667"),
    ],
)
def test_number_format_is_shortest_plain_decimal(value: float, text: str) -> None:
    assert format_number(value) == text
    assert float(text) == value


def test_times_are_written_verbatim() -> None:
    written = dumps(load("ack.xml")).decode()
    assert "<sent>2026-03-14T09:44:31-00:00</sent>" in written
    assert (
        "<references>ops@nps.go.ke,KE-nps-2026-000417,2026-03-14T09:42:10+03:00</references>"
        in written
    )


def test_quoted_list_entries_are_written_quoted() -> None:
    written = dumps(load("error.xml")).decode()
    assert '<addresses>ops@nps.go.ke "NPS Command Centre"</addresses>' in written


def test_signature_is_the_last_child() -> None:
    root = etree.fromstring(dumps(load("signed.xml")))
    last = root[-1]
    assert etree.QName(last).namespace == "http://www.w3.org/2000/09/xmldsig#"
    assert etree.QName(last).localname == "Signature"
    assert local_names(root)[-2] == "info"
