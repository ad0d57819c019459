"""One hardened parser configuration for every untrusted XML the product reads."""

from __future__ import annotations

import pytest

from incident_desk import safexml
from incident_desk.cap import CapError, parse
from incident_desk.trust._xml import parse_root

HOSTILE = (
    b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]>'
    b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&x;</alert>'
)


def test_cap_and_signature_parsing_refuse_the_same_way() -> None:
    with pytest.raises(CapError, match="DOCTYPE is not allowed"):
        parse(HOSTILE)
    with pytest.raises(safexml.UnsafeXml, match="DOCTYPE is not allowed"):
        parse_root(HOSTILE)


@pytest.mark.parametrize("keep", [False, True])
def test_both_variants_share_the_limits(keep: bool) -> None:
    deep = b"<a>" * (safexml.MAX_DEPTH + 1) + b"</a>" * (safexml.MAX_DEPTH + 1)
    with pytest.raises(safexml.UnsafeXml, match="nested deeper"):
        safexml.parse(deep, 1 << 20, keep_signed_content=keep)
    with pytest.raises(safexml.UnsafeXml, match="over the 10 cap"):
        safexml.parse(b"<a>0123456789</a>", 10, keep_signed_content=keep)
    parser = safexml.parser(keep_signed_content=keep)
    assert parser is safexml.parser(keep_signed_content=keep)  # one per thread and variant


def test_only_the_signature_variant_keeps_processing_instructions() -> None:
    data = b"<a><?keep me?><!-- note --><b/></a>"
    plain = safexml.parse(data, 1 << 20)
    signed = safexml.parse(data, 1 << 20, keep_signed_content=True)
    assert [type(c).__name__ for c in plain] == ["_Element"]
    assert len(signed) == 3


def test_pretty_indents_and_falls_back_to_the_text() -> None:
    assert safexml.pretty(b"<a><b>x</b></a>") == "<a>\n  <b>x</b>\n</a>"
    assert safexml.pretty(HOSTILE).startswith("<?xml")
