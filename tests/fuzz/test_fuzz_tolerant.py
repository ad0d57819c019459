"""Property: whatever the official schema accepts, the tolerant reader accepts (or warns);
it never refuses it and never raises anything but ``CapError``.

Documents are generated alerts and the genuine corpus (tests/data/cap/real) whose xs:string
elements get arbitrary text, whose optional list elements get emptied, and which get foreign
elements and trailing signatures. Only what identity needs may still be refused: an empty
identifier or sender, which the schema's xs:string allows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from incident_desk import cap
from incident_desk.cap import _schema
from incident_desk.cap._parse import VERSIONS
from tests.unit.cap.strategies import alerts

EXAMPLES = int(os.environ.get("IDESK_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
REAL = Path(__file__).parents[1] / "data" / "cap" / "real"
SEEDS = [p.read_bytes() for p in sorted(REAL.glob("*")) if p.name != "MANIFEST.yaml"]

STRINGS = {
    "identifier", "sender", "source", "restriction", "addresses", "code", "note", "references",
    "incidents", "event", "audience", "senderName", "headline", "description", "instruction",
    "contact", "areaDesc", "polygon", "circle", "valueName", "value", "resourceDesc", "digest",
}  # fmt: skip
TEXTS = st.sampled_from(
    [
        "",
        " ",
        "\n\t",
        "a b",
        "x,y",
        "1,2 3,4",
        "-91,200 0,0 1,1 -91,200",
        "38.4, -120.1 38.3,-119.9 38.5 ,-119.7 38.4,-120.1",
        "38.47,-120.14 38.34,-119.95 38.52,-119.74",
        "38.47,-120.14 10",
        '"unterminated',
        "nps,KE-1,2026-03-14T09:42:10+03:00 bad",
        "Ünïcødé ✓",
    ]
) | st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40)
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
SIGNATURE = (
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/></ds:Signature>'
)


@st.composite
def schema_shaped_documents(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS)) if draw(st.booleans()) else cap.dumps(draw(alerts()))
    try:
        root = etree.fromstring(data, SAFE)
    except etree.XMLSyntaxError:
        return data
    elements = [e for e in root.iter(etree.Element) if etree.QName(e).localname in STRINGS]
    for element in draw(st.lists(st.sampled_from(elements), max_size=6)) if elements else []:
        if len(element) == 0:
            element.text = draw(TEXTS)
    if draw(st.booleans()):
        foreign = etree.SubElement(root[0].getparent(), "{urn:example:ext}extra")
        foreign.text = "kept in the bytes, ignored"
        root.insert(draw(st.integers(0, len(root) - 1)), foreign)
    for _ in range(draw(st.integers(0, 2))):
        root.append(etree.fromstring(SIGNATURE))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _schema_accepts(data: bytes) -> bool:
    """The document as the schema sees it: signatures and foreign elements are not CAP."""
    try:
        root = etree.fromstring(data, SAFE)
    except etree.XMLSyntaxError:
        return False
    if root.getroottree().docinfo.doctype:
        return False
    version = VERSIONS.get(etree.QName(root).namespace or "")
    if version is None or etree.QName(root).localname != "alert":
        return False
    cap_ns = etree.QName(root).namespace
    for element in list(root.iter(etree.Element)):
        parent = element.getparent()
        if (
            parent is not None
            and etree.QName(element).namespace != cap_ns
            and etree.QName(parent).namespace == cap_ns
        ):
            parent.remove(element)
    for password in root.findall(f"{{{etree.QName(root).namespace}}}password"):
        root.remove(password)
    return not _schema.problems(version, root)


def _identity(data: bytes) -> Any:
    root = etree.fromstring(data, SAFE)
    ns = etree.QName(root).namespace
    return [(root.findtext(f"{{{ns}}}{name}") or "").strip() for name in ("identifier", "sender")]


@FUZZ
@given(data=schema_shaped_documents())
def test_what_the_schema_accepts_the_tolerant_reader_accepts(data: bytes) -> None:
    assume(_schema_accepts(data))
    if not all(_identity(data)):
        with pytest.raises(cap.CapError, match="must not be empty"):
            cap.read(data)
        return
    reading = cap.read(data)  # never raises for a schema-valid document
    assert all(w.path.startswith("/") and w.message for w in reading.warnings)
    try:
        strict = cap.parse(data)
    except cap.CapError:
        return
    if reading.signatures <= 1 and not reading.warnings:
        assert strict == reading.alert
