"""Each invalid document yields a CapError naming the right element and the right rule."""

from __future__ import annotations

import pytest

from incident_desk.cap import CapError, Problem, parse
from incident_desk.errors import InputError
from tests.unit.cap.builders import BASE, HEAD, alert_children, doc

INFO = "/alert/info[1]"
AREA = "/alert/info[1]/area[1]"
POLY = "<polygon>-1.28,36.81 -1.29,36.82 -1.30,36.81 -1.28,36.81</polygon>"

CASES: list[tuple[str, bytes, str, str]] = [
    (
        "missing identifier",
        doc(("<identifier>KE-nps-1</identifier>", "")),
        "/alert/identifier",
        "required element <identifier> is missing",
    ),
    (
        "bad status token",
        doc(("<status>Actual</status>", "<status>Real</status>")),
        "/alert/status",
        "'Real' is not a valid value",
    ),
    (
        "lowercase actual",
        doc(("<status>Actual</status>", "<status>actual</status>")),
        "/alert/status",
        "case-sensitive: write 'Actual'",
    ),
    (
        "Z offset",
        doc(("2026-03-14T09:42:10+03:00</sent>", "2026-03-14T06:42:10Z</sent>")),
        "/alert/sent",
        "'Z' is not allowed",
    ),
    (
        "no offset",
        doc(("2026-03-14T09:42:10+03:00</sent>", "2026-03-14T09:42:10</sent>")),
        "/alert/sent",
        "offset (+hh:mm or -hh:mm) is missing",
    ),
    (
        "fractional seconds",
        doc(("2026-03-14T13:42:10+03:00", "2026-03-14T13:42:10.250+03:00")),
        f"{INFO}/expires",
        "fractional seconds are not allowed",
    ),
    (
        "impossible date",
        doc(("2026-03-14T13:42:10+03:00", "2026-02-30T13:42:10+03:00")),
        f"{INFO}/expires",
        "not a real calendar time",
    ),
    (
        "before year 1 in UTC",
        doc(("2026-03-14T09:42:10+03:00</sent>", "0001-01-01T00:00:00+01:00</sent>")),
        "/alert/sent",
        "not a real calendar time",
    ),
    (
        "open polygon",
        doc((POLY, "<polygon>-1.28,36.81 -1.29,36.82 -1.30,36.81 -1.31,36.80</polygon>")),
        f"{AREA}/polygon[1]",
        "not closed",
    ),
    (
        "3-point polygon",
        doc((POLY, "<polygon>-1.28,36.81 -1.29,36.82 -1.28,36.81</polygon>")),
        f"{AREA}/polygon[1]",
        "3 points; at least 4",
    ),
    (
        "latitude out of range",
        doc((POLY, "<polygon>91.5,36.81 -1.29,36.82 -1.30,36.81 91.5,36.81</polygon>")),
        f"{AREA}/polygon[1]",
        "latitude 91.5 is out of range",
    ),
    (
        "swapped lon,lat",
        doc((POLY, "<polygon>36.81,-1.28 120.5,-1.29 36.80,-1.30 36.81,-1.28</polygon>")),
        f"{AREA}/polygon[1]",
        "point 2 '120.5,-1.29': latitude 120.5 is out of range",
    ),
    (
        "longitude out of range in the second polygon",
        doc((POLY, POLY + "<polygon>0,181 1,1 2,2 0,181</polygon>")),
        f"{AREA}/polygon[2]",
        "longitude 181 is out of range",
    ),
    (
        "point not a pair",
        doc((POLY, "<polygon>-1.28;36.81 -1.29,36.82 -1.30,36.81 -1.28;36.81</polygon>")),
        f"{AREA}/polygon[1]",
        "is not a 'lat,lon' pair",
    ),
    (
        "bad circle",
        doc(("<circle>-1.28,36.81 0.5</circle>", "<circle>-1.28,36.81,0.5</circle>")),
        f"{AREA}/circle[1]",
        "must be 'lat,lon radius'",
    ),
    (
        "negative radius",
        doc(("<circle>-1.28,36.81 0.5</circle>", "<circle>-1.28,36.81 -0.5</circle>")),
        f"{AREA}/circle[1]",
        "must not be negative",
    ),
    (
        "Restricted without restriction",
        doc(("<scope>Public</scope>", "<scope>Restricted</scope>")),
        "/alert/restriction",
        "required when scope is Restricted",
    ),
    (
        "Private without addresses",
        doc(("<scope>Public</scope>", "<scope>Private</scope>")),
        "/alert/addresses",
        "required when scope is Private",
    ),
    (
        "unterminated quote in addresses",
        doc(("<scope>Public</scope>", '<scope>Private</scope><addresses>a "b c</addresses>')),
        "/alert/addresses",
        "unterminated double quote",
    ),
    (
        "ceiling without altitude",
        doc(("<altitude>100</altitude>", "")),
        f"{AREA}/ceiling",
        "only allowed together with <altitude>",
    ),
    (
        "altitude not a number",
        doc(("<altitude>100</altitude>", "<altitude>high</altitude>")),
        f"{AREA}/altitude",
        "'high' is not a decimal number",
    ),
    (
        "empty references",
        doc(
            ("<msgType>Alert</msgType>", "<msgType>Update</msgType>"),
            ("</scope>", "</scope><references/>"),
        ),
        "/alert/references",
        "references is empty",
    ),
    (
        "bad triple",
        doc(
            ("<msgType>Alert</msgType>", "<msgType>Update</msgType>"),
            ("</scope>", "</scope><references>ops@nps.go.ke,KE-nps-0</references>"),
        ),
        "/alert/references",
        "must have exactly 3 non-empty parts",
    ),
    (
        "triple with bad sent",
        doc(
            ("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>"),
            ("</scope>", "</scope><references>ops@nps.go.ke,KE-nps-0,2026-03-14</references>"),
        ),
        "/alert/references",
        "reference 1: sent date-time '2026-03-14'",
    ),
    (
        "Update without references",
        doc(("<msgType>Alert</msgType>", "<msgType>Update</msgType>")),
        "/alert/references",
        "required for msgType Update",
    ),
    (
        "Ack without references",
        alert_children(HEAD + "<msgType>Ack</msgType><scope>Public</scope>"),
        "/alert/references",
        "required for msgType Ack",
    ),
    (
        "identifier with space",
        doc(("<identifier>KE-nps-1</identifier>", "<identifier>KE nps 1</identifier>")),
        "/alert/identifier",
        "must not contain spaces",
    ),
    (
        "sender with comma",
        doc(("<sender>ops@nps.go.ke</sender>", "<sender>ops,nps</sender>")),
        "/alert/sender",
        "(','",
    ),
    (
        "identifier with ampersand",
        doc(("<identifier>KE-nps-1</identifier>", "<identifier>KE&amp;1</identifier>")),
        "/alert/identifier",
        "('&'",
    ),
    (
        "out-of-order alert children",
        doc(
            ("<sender>ops@nps.go.ke</sender>\n", ""),
            ("<status>Actual</status>", "<status>Actual</status><sender>ops@nps.go.ke</sender>"),
        ),
        "/alert/sender",
        "out of order: it must precede <status>",
    ),
    (
        "out-of-order info children",
        doc(
            (
                "<category>Security</category>\n    <event>Explosion</event>",
                "<event>Explosion</event><category>Security</category>",
            ),
        ),
        f"{INFO}/category[1]",
        "out of order: it must precede <event>",
    ),
    (
        "repeated single element",
        doc(("<scope>Public</scope>", "<scope>Public</scope><scope>Public</scope>")),
        "/alert/scope",
        "may appear only once",
    ),
    (
        "unknown element in the CAP namespace",
        doc(("<event>Explosion</event>", "<event>Explosion</event><priority>1</priority>")),
        f"{INFO}/priority",
        "unknown element <priority>",
    ),
    (
        "foreign element inside info",
        doc(("<event>Explosion</event>", '<event>Explosion</event><x:y xmlns:x="urn:x"/>')),
        f"{INFO}/y",
        "unknown element <{urn:x}y>",
    ),
    (
        "password outside CAP 1.0",
        doc(("</sender>", "</sender><password>x</password>")),
        "/alert/password",
        "unknown element <password>",
    ),
    (
        "info without category",
        doc(("<category>Security</category>", "")),
        f"{INFO}/category",
        "at least one <category> is required",
    ),
    (
        "missing urgency",
        doc(("<urgency>Immediate</urgency>", "")),
        f"{INFO}/urgency",
        "required element <urgency> is missing",
    ),
    (
        "bad responseType",
        doc(
            (
                "<event>Explosion</event>",
                "<event>Explosion</event><responseType>All Clear</responseType>",
            )
        ),
        f"{INFO}/responseType[1]",
        "'All Clear' is not a valid value",
    ),
    (
        "mimeType missing in 1.2",
        doc(("<mimeType>image/jpeg</mimeType>", "")),
        f"{INFO}/resource[1]/mimeType",
        "required element <mimeType> is missing",
    ),
    (
        "non-integer size",
        doc(("<size>1024</size>", "<size>1.5 kB</size>")),
        f"{INFO}/resource[1]/size",
        "'1.5 kB' is not an integer",
    ),
    (
        "Very Likely is CAP 1.0 only",
        doc(("<certainty>Observed</certainty>", "<certainty>Very Likely</certainty>")),
        f"{INFO}/certainty",
        "'Very Likely' is not a valid value",
    ),
    (
        "element content where text is expected",
        doc(("<event>Explosion</event>", "<event><b>Explosion</b></event>")),
        f"{INFO}/event",
        "must contain text only",
    ),
    (
        "geocode without value",
        doc(("<altitude>", "<geocode><valueName>KE-COUNTY</valueName></geocode><altitude>")),
        f"{AREA}/geocode[1]/value",
        "required element <value> is missing",
    ),
    (
        "signature not last",
        doc(
            (
                "  <info>",
                '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/><info>',
            )
        ),
        "/alert/Signature",
        "must be the last child",
    ),
]


@pytest.mark.parametrize(
    ("data", "path", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_invalid_document_reports_the_right_problem(data: bytes, path: str, fragment: str) -> None:
    assert data != BASE.encode()
    with pytest.raises(CapError) as caught:
        parse(data)
    problems = caught.value.problems
    assert any(p.path == path and fragment in p.message for p in problems), problems


def test_all_problems_are_collected_not_just_the_first() -> None:
    data = doc(
        ("<identifier>KE-nps-1</identifier>", "<identifier>KE nps</identifier>"),
        ("<status>Actual</status>", "<status>actual</status>"),
        ("2026-03-14T13:42:10+03:00", "2026-03-14T13:42:10Z"),
        ("<circle>-1.28,36.81 0.5</circle>", "<circle>-1.28,36.81 -1</circle>"),
    )
    with pytest.raises(CapError) as caught:
        parse(data)
    paths = {p.path for p in caught.value.problems}
    assert paths == {
        "/alert/identifier",
        "/alert/status",
        f"{INFO}/expires",
        f"{AREA}/circle[1]",
    }


def test_cap_error_is_an_input_error_and_reads_well() -> None:
    with pytest.raises(CapError) as caught:
        parse(
            doc(
                ("<urgency>Immediate</urgency>", ""),
                ("<scope>Public</scope>", "<scope>Private</scope>"),
            )
        )
    error = caught.value
    assert isinstance(error, InputError)
    assert isinstance(error, ValueError)
    assert all(isinstance(p, Problem) for p in error.problems)
    text = str(error)
    assert text.startswith("invalid CAP document (2 problems)")
    assert "/alert/addresses: <addresses> is required when scope is Private" in text
    assert f"{INFO}/urgency: required element <urgency> is missing" in text


def test_problem_is_frozen() -> None:
    problem = Problem("/alert", "x")
    with pytest.raises(AttributeError):
        problem.path = "/other"  # type: ignore[misc]
