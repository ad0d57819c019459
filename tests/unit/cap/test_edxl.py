"""EDXL-DE 1.0 and 2.0 envelopes: opened, each embedded alert read as if it came alone."""

from __future__ import annotations

import pytest

from incident_desk import cap
from tests.helpers.capgen import alert_bytes

DE20 = """<?xml version="1.0" encoding="UTF-8"?>
<EDXLDistribution xmlns="urn:oasis:names:tc:emergency:EDXL:DE:2.0"
    xmlns:ct="urn:oasis:names:tc:emergency:edxl:ct:1.0">
  <DistributionID>KE-gw-77</DistributionID>
  <SenderID>gateway@nps.go.ke</SenderID>
  <DateTimeSent>2026-03-14T09:43:00+03:00</DateTimeSent>
  <DistributionStatus><StatusKindDefault>
    <ct:ValueListURI>urn:oasis:names:tc:emergency:EDXL:DE:2.0:Defaults:StatusKind</ct:ValueListURI>
    <ct:Value>{status}</ct:Value>
  </StatusKindDefault></DistributionStatus>
  <DistributionKind><DistributionKindDefault>
    <ct:ValueListURI>urn:oasis:names:tc:emergency:EDXL:DE:2.0:Defaults:DistributionType</ct:ValueListURI>
    <ct:Value>Report</ct:Value>
  </DistributionKindDefault></DistributionKind>
  <Content>
    <ContentObject><ContentXML><EmbeddedXMLContent>{alert}</EmbeddedXMLContent></ContentXML>
    </ContentObject>
    <ContentObject><NonXMLContent><MIMEType>image/png</MIMEType></NonXMLContent></ContentObject>
  </Content>
</EDXLDistribution>"""


def _alert_xml(n: int) -> str:
    return alert_bytes(n)[1].decode("utf-8").split("?>", 1)[1]


def test_a_de10_envelope_carrying_two_alerts_opens_into_two_readings() -> None:
    one, two = alert_bytes(1), alert_bytes(2)
    data = cap.wrap(
        [one[1], two[1]],
        distribution_id="KE-gw-1",
        sender_id="gateway@nps.go.ke",
        sent="2026-03-14T09:43:00+03:00",
        status="Actual",
    )
    opened = cap.read_message(data)
    assert isinstance(opened, cap.Opened)
    assert opened.envelope == cap.EdxlEnvelope(
        version="1.0",
        distribution_id="KE-gw-1",
        sender_id="gateway@nps.go.ke",
        date_time_sent="2026-03-14T09:43:00+03:00",
        distribution_status="Actual",
        distribution_type="Report",
    )
    readings = [c.reading for c in opened.contents]
    assert [r.alert if r else None for r in readings] == [one[0], two[0]]
    for content in opened.contents:  # each embedded alert stands alone as bytes
        assert cap.read(content.raw).alert == content.reading.alert  # type: ignore[union-attr]


def test_a_de20_envelope_with_value_lists_and_a_non_cap_object_opens() -> None:
    data = DE20.format(status="Actual", alert=_alert_xml(3)).encode("utf-8")
    opened = cap.read_message(data)
    assert isinstance(opened, cap.Opened)
    assert (opened.envelope.version, opened.envelope.distribution_status) == ("2.0", "Actual")
    assert opened.envelope.distribution_type == "Report"
    first, second = opened.contents
    assert first.reading is not None
    assert first.reading.alert.identifier == "KE-nps-000003"
    assert second.reading is None
    assert second.problem == "not CAP: contentObject 2 has non-XML content"


def test_an_embedded_document_of_another_kind_is_not_cap() -> None:
    data = DE20.format(status="Actual", alert="<report xmlns='urn:x'>hi</report>").encode()
    opened = cap.read_message(data)
    assert isinstance(opened, cap.Opened)
    assert opened.contents[0].problem == "not CAP: contentObject 1 holds <{urn:x}report>"


def test_an_embedded_alert_the_schema_refuses_is_reported_not_read() -> None:
    broken = _alert_xml(4).replace("<scope>Restricted</scope>", "")
    opened = cap.read_message(DE20.format(status="Actual", alert=broken).encode())
    assert isinstance(opened, cap.Opened)
    assert (opened.contents[0].problem or "").startswith("invalid CAP: ")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("<distributionID>x</distributionID>", "no senderID, dateTimeSent"),
        (
            "<distributionID>x</distributionID><senderID>s</senderID>"
            "<dateTimeSent>2026-03-14T09:43:00+03:00</dateTimeSent>",
            "carries no contentObject",
        ),
    ],
)
def test_a_broken_envelope_is_refused(body: str, reason: str) -> None:
    data = f'<EDXLDistribution xmlns="urn:oasis:names:tc:emergency:EDXL:DE:1.0">{body}'
    with pytest.raises(cap.CapError, match=reason):
        cap.read_message((data + "</EDXLDistribution>").encode())


def test_a_hostile_envelope_is_refused_like_a_hostile_alert() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<EDXLDistribution xmlns="urn:oasis:names:tc:emergency:EDXL:DE:1.0"/>'
    )
    with pytest.raises(cap.CapError, match="DOCTYPE"):
        cap.read_message(data)
