"""Hostile or broken bytes: size cap, DOCTYPE/XXE, entity expansion, depth, counts, roots."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from incident_desk import safexml
from incident_desk.cap import DEFAULT_MAX_SIZE, CapError, parse, read
from incident_desk.cap._xml import MAX_DEPTH, MAX_INFOS, MAX_POLYGON_POINTS
from tests.unit.cap.builders import BASE, doc


def problems_of(data: bytes, **kwargs: int) -> list[tuple[str, str]]:
    with pytest.raises(CapError) as caught:
        parse(data, **kwargs)
    return [(p.path, p.message) for p in caught.value.problems]


def test_xxe_referencing_a_real_local_file_never_leaks_it(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a9c", encoding="utf-8")
    hostile = BASE.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE alert [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>',
    ).replace("<event>Explosion</event>", "<event>&xxe;</event>")
    assert "&xxe;" in hostile
    with pytest.raises(CapError) as caught:
        parse(hostile.encode())
    assert "TOP-SECRET" not in str(caught.value)
    assert any("DOCTYPE" in p.message for p in caught.value.problems)


def test_xxe_in_utf16_is_rejected_too(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-utf16", encoding="utf-8")
    hostile = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        f'<!DOCTYPE alert [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>'
    )
    with pytest.raises(CapError) as caught:
        parse(hostile.encode("utf-16"))
    assert "TOP-SECRET" not in str(caught.value)
    assert any("DOCTYPE" in p.message for p in caught.value.problems)


def test_billion_laughs_is_rejected_before_any_xml_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rejected by the byte scan before parsing, so no entity can ever be expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    hostile = (
        f'<?xml version="1.0"?><!DOCTYPE alert [{"".join(entities)}]>'
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
        "<identifier>&lol9;</identifier></alert>"
    ).encode()

    def no_parsing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the XML parser must not see a document with a DOCTYPE")

    monkeypatch.setattr(etree, "fromstring", no_parsing)
    found = problems_of(hostile)
    assert found == [("/", "a DOCTYPE is not allowed in CAP (XXE / entity expansion)")]


def test_parser_itself_never_reads_entities_even_without_the_byte_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defence in depth: with the DOCTYPE byte scan disabled, the parser still resolves no
    external entity and the docinfo check still rejects the document."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-depth", encoding="utf-8")
    hostile = (
        f'<!DOCTYPE alert [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>'
    ).encode()
    for keep_signed_content in (False, True):  # the CAP and the signature variant alike
        root = etree.fromstring(hostile, safexml.parser(keep_signed_content=keep_signed_content))
        assert b"TOP-SECRET" not in etree.tostring(root)
    monkeypatch.setattr(safexml, "has_doctype_marker", lambda data: False)
    with pytest.raises(CapError) as caught:
        parse(hostile)
    assert [p.message for p in caught.value.problems] == [
        "a DOCTYPE is not allowed in CAP (XXE / entity expansion)"
    ]


def test_internal_doctype_without_entities_is_rejected() -> None:
    data = BASE.replace("<alert ", "<!DOCTYPE alert>\n<alert ", 1).encode()
    assert problems_of(data)[0][1].startswith("a DOCTYPE is not allowed")


def test_size_cap_is_checked_before_parsing() -> None:
    # not even well-formed: only the size check can have produced this message
    data = b"<" * (DEFAULT_MAX_SIZE + 1)
    assert problems_of(data) == [("/", f"document is {len(data)} bytes, over the 1048576 cap")]


def test_custom_size_cap() -> None:
    data = doc()
    assert parse(data, max_size=len(data)).identifier == "KE-nps-1"
    assert "over the 100 cap" in problems_of(data, max_size=100)[0][1]


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"not xml at all", b"<alert", b"\xff\xfe\x00garbage", b"<a></b>"],
    ids=["empty", "blank", "text", "unclosed", "binary", "mismatched"],
)
def test_not_xml(data: bytes) -> None:
    ((path, message),) = problems_of(data)
    assert path == "/"
    assert message.startswith(("not well-formed XML", "document is empty", "cannot read"))


def test_unknown_declared_encoding_is_a_cap_error() -> None:
    ((path, message),) = problems_of(b'<?xml version="1.0" encoding="x-bogus"?><alert/>')
    assert path == "/"
    assert "encoding" in message.lower()


def test_str_input_is_refused() -> None:
    with pytest.raises(CapError, match="expected bytes"):
        parse(BASE)  # type: ignore[arg-type]


def test_wrong_namespace() -> None:
    data = doc(("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.3"))
    ((path, message),) = problems_of(data)
    assert path == "/alert"
    assert "{urn:oasis:names:tc:emergency:cap:1.3}alert is not a CAP alert" in message


def test_no_namespace_and_wrong_root() -> None:
    assert "alert is not a CAP alert" in problems_of(b"<alert><identifier/></alert>")[0][1]
    data = b'<feed xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>'
    assert problems_of(data)[0][0] == "/feed"


def test_nesting_depth_is_bounded() -> None:
    deep = "<x>" * MAX_DEPTH + "</x>" * MAX_DEPTH
    data = doc(("<event>Explosion</event>", f"<event>Explosion</event>{deep}"))
    assert problems_of(data) == [("/", f"elements are nested deeper than {MAX_DEPTH} levels")]


DEEP_SIGNATURE = (
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
    + "<ds:Object>" * MAX_DEPTH
    + "</ds:Object>" * MAX_DEPTH
    + "</ds:Signature>"
)


@pytest.mark.parametrize(
    "data",
    [
        doc(("</info>\n", "</info>\n" + DEEP_SIGNATURE)),  # the schema admits it (lax)
        doc(("</event>", "</event>" + "<x>" * MAX_DEPTH + "</x>" * MAX_DEPTH)),
        ("<feed>" * (MAX_DEPTH + 1) + "</feed>" * (MAX_DEPTH + 1)).encode(),
    ],
    ids=["deep signature on a valid alert", "deep inside an info", "deep non-CAP root"],
)
def test_too_deep_is_refused_for_its_depth_by_every_reading(data: bytes) -> None:
    refusal = [("/", f"elements are nested deeper than {MAX_DEPTH} levels")]
    assert problems_of(data) == refusal
    for policy in ("tolerant", "strict"):
        with pytest.raises(CapError) as caught:
            read(data, policy)
        assert [(p.path, p.message) for p in caught.value.problems] == refusal


def test_info_count_is_bounded() -> None:
    start, end = BASE.index("  <info>"), BASE.index("</info>") + len("</info>")
    info = BASE[start:end]
    data = (BASE[:start] + info * (MAX_INFOS + 1) + BASE[end:]).encode()
    assert ("/alert/info", f"more than {MAX_INFOS} <info> elements") in problems_of(data)


def test_polygon_point_count_is_bounded() -> None:
    ring = " ".join(["1,1"] + ["2,2"] * MAX_POLYGON_POINTS + ["1,1"])
    data = doc(
        (
            "<polygon>-1.28,36.81 -1.29,36.82 -1.30,36.81 -1.28,36.81</polygon>",
            f"<polygon>{ring}</polygon>",
        )
    )
    found = problems_of(data)
    assert found[0][0] == "/alert/info[1]/area[1]/polygon[1]"
    assert f"over the {MAX_POLYGON_POINTS} cap" in found[0][1]
