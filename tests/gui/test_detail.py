from __future__ import annotations

from incident_desk import cap
from incident_desk.ui.detail import AlertDetail, diff_versions, pretty_xml
from tests.gui.fakes import FakeStore, make_alert


def test_pretty_xml_indents_and_survives_garbage() -> None:
    raw = make_alert(1).raw
    text = pretty_xml(raw)
    assert "\n  <identifier>KE-NPS-000001</identifier>" in text
    assert pretty_xml(b"<not closed") == "<not closed"
    bomb = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>'
    assert "boom</a>" not in pretty_xml(bomb)  # entities are never expanded


def test_detail_shows_fields_chain_diff_acks_and_raw(qtbot) -> None:
    first = make_alert(1, severity="Severe", urgency="Expected", headline="Armed group sighted")
    update = make_alert(
        2,
        severity="Extreme",
        urgency="Immediate",
        msg_type="Update",
        headline="Armed group attacking",
        references=(first.alert.reference(),),
    )
    ack = make_alert(
        3,
        msg_type="Ack",
        sender="upf.go.ug",
        references=(update.alert.reference(),),
        source="op.okello@kla-ws-2",
        country="UG",
        agency="upf",
    )
    store = FakeStore([first, update, ack])
    panel = AlertDetail(store)
    qtbot.addWidget(panel)
    panel.show_alert(2)
    body = panel.body.toPlainText()
    for text in (
        "Armed group attacking",
        "Keep the public away",
        "Busia border post",
        "radius 2.5 km",
        "ISO3166-2 = KE-040",
        "threat = vbied",
        "photo",
        "2026-03-01 08:02:00 UTC",  # one format: four-digit year, 24 h, the zone stated
        "<b>not markup</b>",
    ):
        assert text in body, text
    history = panel.history.toPlainText()
    assert "severity" in history
    assert "Severe" in history
    assert "Extreme" in history
    assert "op.okello@kla-ws-2" in panel.acks.toPlainText()
    assert panel.raw.isReadOnly()
    assert "<identifier>KE-NPS-000002</identifier>" in panel.raw.toPlainText()
    assert panel.watermark.isHidden()


def test_diff_lists_only_changed_fields() -> None:
    a = make_alert(1, severity="Severe", headline="h1")
    b = make_alert(2, severity="Severe", headline="h2", msg_type="Update")
    assert [f for f, _, _ in diff_versions(a, b)] == ["msg_type", "headline", "description"]


def test_exercise_alert_is_watermarked(qtbot) -> None:
    store = FakeStore([make_alert(1, status="Exercise", exercise_id="EX-9")])
    panel = AlertDetail(store)
    qtbot.addWidget(panel)
    panel.show_alert(1)
    assert not panel.watermark.isHidden()
    assert "EXERCISE" in panel.watermark.text()
    assert panel.title.text().startswith("EXERCISE")
    panel.show_alert(42)
    assert panel.alert_id is None
    assert "42" in panel.title.text()
    assert cap.Status.EXERCISE == "Exercise"
