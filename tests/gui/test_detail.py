from __future__ import annotations

from pathlib import Path

from incident_desk import cap, timefmt
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.detail_html import diff_versions, pretty_xml
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
    assert "Severity" in history  # the field named in words (its label in the catalog)
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


def test_a_bilingual_alert_shows_the_operators_language_first(qtbot) -> None:
    """A genuine Environment Canada alert in English and French: a French-speaking operator
    reads the French block first and is told the alert also carries English."""
    real = Path(__file__).resolve().parents[1] / "data" / "cap" / "real"
    raw = (real / "google_canada_ec_bilingual_cap11.cap").read_bytes()
    reading = cap.read(raw)
    base = make_alert(1)
    french = next(i for i in reading.alert.infos if i.language.lower().startswith("fr"))
    english = next(i for i in reading.alert.infos if i.language.lower().startswith("en"))
    stored = base.model_copy(update={"alert": reading.alert, "raw": raw})
    panel = AlertDetail(FakeStore([stored]), languages=("fr",))
    qtbot.addWidget(panel)
    panel.show_alert(1)
    body = panel.body.toPlainText()
    assert french.event in body
    assert body.index(french.event) < body.index(english.event)
    assert "also in en" in body
    assert (french.instruction or french.description or french.event)[:20] in body
    english_panel = AlertDetail(FakeStore([stored]), languages=("en",))
    qtbot.addWidget(english_panel)
    english_panel.show_alert(1)
    text = english_panel.body.toPlainText()
    assert text.index(english.event) < text.index(french.event)


def test_conformance_warnings_are_said_in_plain_words(qtbot) -> None:
    """An alert accepted with warnings says what is unusual (element path and message)."""
    raw = make_alert(1).raw.replace(b"</scope>", b"</scope><addresses/>")
    reading = cap.read(raw)
    assert reading.warnings, "the empty <addresses/> must be a warning"
    stored = make_alert(1).model_copy(update={"warnings": reading.warnings, "raw": raw})
    panel = AlertDetail(FakeStore([stored]))
    qtbot.addWidget(panel)
    panel.show_alert(1)
    body = panel.body.toPlainText()
    assert "Conformance warnings (" in body
    assert reading.warnings[0].path in body


def test_an_exercise_alert_a_participant_sent_keeps_wall_clock_times(qtbot) -> None:
    """Only the scenario player's injects are stamped on the exercise clock; an exercise
    alert from a participant's own system carries wall-clock times and is shown as such."""
    stored = make_alert(1, status="Exercise", exercise_id="EX-9")
    panel = AlertDetail(FakeStore([stored]))
    qtbot.addWidget(panel)
    panel.exercise_start = lambda _exercise: stored.sent_utc  # STARTEX known: not used
    panel.show_alert(1)
    essentials = panel.essentials.text()
    assert f"Sent:</b> {timefmt.local(stored.sent_utc)}" in essentials
    assert "EX T+" not in essentials
    assert "received" not in essentials
    assert "exercise clock" not in panel.body.toPlainText()
