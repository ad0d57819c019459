from __future__ import annotations

from PySide6.QtCore import QModelIndex

from incident_desk.changes import SeqGap
from incident_desk.store import QuarantineEntry, TimelineEntry
from incident_desk.ui.notices import GapModel, NoticeButton, NoticesDialog, QuarantineModel
from incident_desk.ui.status import (
    ConnectionIndicator,
    DatabaseLabel,
    ModeBadge,
    OutboxIndicator,
    RateIndicator,
    redact_url,
)
from incident_desk.ui.timeline import WHAT, TimelineFilter, TimelineModel, TimelinePane
from tests.gui.fakes import T0, State


def test_redact_url() -> None:
    assert (
        redact_url("postgresql+psycopg://idesk:s3cr@t@db:5432/x")
        == "postgresql+psycopg://idesk:***@db:5432/x"
    )
    assert redact_url("sqlite:////data/idesk.db") == "sqlite:////data/idesk.db"


def test_rate_counts_the_last_minute(qtbot) -> None:
    now = [1000.0]
    rate = RateIndicator(clock=lambda: now[0])
    qtbot.addWidget(rate)
    rate.record(3)
    now[0] += 30
    rate.record(2)
    assert rate.rate() == 5
    assert rate.text() == "5 alerts/min"
    now[0] += 45
    assert rate.rate() == 2


def test_outbox_indicator_shows_what_waits_and_why_only_while_something_does(qtbot) -> None:
    indicator = OutboxIndicator()
    qtbot.addWidget(indicator)
    assert indicator.isHidden()  # nothing waits: nothing to see
    indicator.set_waiting(2, "the broker refused it: Not authorized")
    assert indicator.isVisible()
    assert indicator.text() == "2 messages waiting for the broker"
    assert "Last attempt: the broker refused it: Not authorized" in indicator.toolTip()
    indicator.set_waiting(1)
    assert indicator.text() == "1 message waiting for the broker"
    assert "Last attempt" not in indicator.toolTip()
    indicator.set_waiting(0)
    assert indicator.isHidden()


def test_mode_badge(qtbot) -> None:
    badge = ModeBadge("EX-KE-7")
    qtbot.addWidget(badge)
    assert badge.text() == "EXERCISE EX-KE-7"
    assert badge.property("exercise") == "true"
    badge.set_mode(None)
    assert badge.text() == "REAL"
    assert badge.property("exercise") == "false"


def test_connection_indicator_counts_down(qtbot) -> None:
    ind = ConnectionIndicator("broker.local:1883")
    qtbot.addWidget(ind)
    ind.set_state(State("disconnected", next_retry_in=5.0, reason="connection refused"))
    assert "broker.local:1883: disconnected" in ind.text()
    assert "retry in 5 s" in ind.text()
    qtbot.waitUntil(lambda: "retry in 4 s" in ind.text(), timeout=3000)
    ind.set_state(State("connected"))
    assert "connected since" in ind.text()
    assert "retry" not in ind.text()


def _entry(i: int, incident: str | None) -> TimelineEntry:
    return TimelineEntry(
        id=i,
        at=T0,
        actor="op",
        console="ws",
        kind="note",
        incident_id=incident,
        alert_id=None,
        exercise_id=None,
        text=f"entry {i}",
    )


def test_timeline_model_passes_tester(qtmodeltester) -> None:
    model = TimelineModel()
    qtmodeltester.check(model, force_py=True)
    model.append_entries([_entry(2, "INC-1"), _entry(1, None)])
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    proxy.set_incident("INC-1")
    proxy.set_only_incident(True)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 1


def test_timeline_appends_and_filters(qtbot) -> None:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    assert pane.append_entries([_entry(2, "INC-1"), _entry(1, None)]) == 2
    assert pane.append_entries([_entry(2, "INC-1"), _entry(3, "INC-2")]) == 1
    assert [pane.model.index(r, 5).data() for r in range(3)] == ["entry 1", "entry 2", "entry 3"]
    pane.set_current_incident("INC-1")
    assert pane.proxy.rowCount() == 3
    pane.only_incident.setChecked(True)
    assert pane.proxy.rowCount() == 1
    assert pane.proxy.index(0, 5).data() == "entry 2"
    pane.set_current_incident(None)
    assert pane.proxy.rowCount() == 0


def test_what_happened_is_in_sight_in_the_tab_under_the_map(qtbot) -> None:
    """In the 380-pixel tab under the map (1366×768) "What happened" was the sixth column,
    behind a scroll bar: the operator saw times, actors and an empty Console column."""
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.append_entries([_entry(1, "INC-1")])
    pane.resize(380, 300)
    pane.show()
    qtbot.waitExposed(pane)
    header = pane.view.horizontalHeader()
    viewport = pane.view.viewport().width()
    start = header.sectionViewportPosition(WHAT)
    assert start > 0, start
    assert start + 150 <= viewport, (start, viewport)
    assert header.visualIndex(WHAT) == 1  # right after the time
    # wider (the bottom tab of a 1920-pixel screen), every column is in sight
    pane.resize(1000, 300)
    qtbot.waitUntil(lambda: pane.view.viewport().width() > 900)
    assert header.length() <= pane.view.viewport().width()


def _entries() -> list[QuarantineEntry]:
    return [
        QuarantineEntry(
            id=i,
            raw=f"<bad {i}>".encode(),
            topic="idesk/v1/actual/KE/nps/alert",
            reason="not well-formed XML",
            received_at=T0,
            source="bus",
        )
        for i in (1, 2)
    ]


def test_notice_models_pass_tester(qtmodeltester) -> None:
    quarantine, gaps = QuarantineModel(), GapModel()
    qtmodeltester.check(quarantine, force_py=True)
    qtmodeltester.check(gaps, force_py=True)
    quarantine.set_entries(_entries())
    gaps.set_gaps([SeqGap("KE/nps", 4, 6), SeqGap("UG/upf", 9, 9)])
    assert quarantine.rowCount() == 2
    assert gaps.index(1, 1).data() == "9"


def test_notice_button_and_dialog(qtbot) -> None:
    button = NoticeButton()
    qtbot.addWidget(button)
    assert button.isHidden()
    button.set_counts(2, 3)
    assert not button.isHidden()
    assert "2 quarantined" in button.text()
    assert "3 missing" in button.text()
    dialog = NoticesDialog(_entries(), [SeqGap("KE/nps", 4, 6)])
    qtbot.addWidget(dialog)
    assert dialog.quarantine_model.index(0, 3).data() == "7 B"
    assert dialog.gap_model.index(0, 1).data() == "4–6"
    assert dialog.gap_model.index(0, 2).data() == "3"
    dialog.quarantine_view.setCurrentIndex(dialog.quarantine_model.index(1, 0))
    assert dialog.raw.toPlainText() == "<bad 1>"
    dialog.quarantine_view.setCurrentIndex(QModelIndex())
    assert dialog.raw.toPlainText() == ""


def test_the_database_label_says_a_demo_store_in_the_operators_language(qtbot) -> None:
    """ "DB SQLite (demo, temporary)" stayed English in every language; a URL stays as it is
    (its password hidden)."""
    from incident_desk.ui.i18n import translations

    demo = DatabaseLabel("SQLite (demo, temporary)")
    url = DatabaseLabel("postgresql://idesk:secret@db1/idesk")
    qtbot.addWidget(demo)
    qtbot.addWidget(url)
    assert demo.text() == "DB SQLite (demo, temporary)"
    translations().set_language("ru")
    try:
        demo.retranslate_ui()
        url.retranslate_ui()
        assert demo.text() == "БД SQLite (демо, временная)"
        assert url.text() == "БД postgresql://idesk:***@db1/idesk"
    finally:
        translations().set_language("en")


def test_a_long_database_path_is_cut_in_its_middle_and_whole_in_the_tooltip(qtbot) -> None:
    """A store's path must not push the window past a 1366-pixel screen (the status bar's
    labels set its least width): the label keeps the start and the file's name."""
    path = "sqlite:////srv/incident-desk/national-centre/" + "archive/" * 12 + "alerts.db"
    label = DatabaseLabel(path)
    qtbot.addWidget(label)
    assert label.fontMetrics().horizontalAdvance(label.text()) <= DatabaseLabel.MAX_WIDTH
    assert label.text().startswith("DB sqlite:////srv/")
    assert label.text().endswith("alerts.db")
    assert "…" in label.text()
    assert f"DB {path}" in label.toolTip()
    short = DatabaseLabel("sqlite:////srv/a.db")
    qtbot.addWidget(short)
    assert short.text() == "DB sqlite:////srv/a.db"
