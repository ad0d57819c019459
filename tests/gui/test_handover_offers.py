"""The receiving side of a handover, as the operator meets it: an offer closed unanswered
(Esc, the window's X) waits behind "Answer handover offer…" until it is answered, withdrawn
or expired; the brief and the dialogs say every time in the window's one clock (local, its
zone named, never an exercise-clock time as a wall time) and every word in the operator's
language; the "Takes effect" editors read left to right in every language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtTest import QTest

from incident_desk import timefmt
from incident_desk.command import ProposalState
from incident_desk.ui.catalogs import pseudo_text
from incident_desk.ui.handover_dialog import ProposeHandoverDialog, brief_html
from incident_desk.ui.i18n import translations
from tests.gui.test_command_ui import KE_NPS, UG_UPF, Desk
from tests.unit.command.build import T0, Clock

pytestmark = [
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints",
        # the offer's dialog raised over the window: offscreen has no window manager
        r"This plugin does not support raise\(\)",
    ),
    pytest.mark.usefixtures("sync_ops"),
]
WAIT_MS = 3000


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def ke(qtbot: Any, tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = Desk(qtbot, tmp_path, KE_NPS, clock)
    yield d
    d.close()


@pytest.fixture
def ug(qtbot: Any, tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = Desk(qtbot, tmp_path, UG_UPF, clock)
    yield d
    d.close()


def _offer(qtbot: Any, ke: Desk, ug: Desk, clock: Clock) -> Any:
    """KE/nps offers command of its incident to UG/upf; UG's console shows the offer."""
    ke.command.establish(ke.incident.key)
    clock.tick()
    ke.command.propose_handover(ke.incident.key, "upf", "UG")
    ug.receive(ke)
    [proposal] = ke.command.proposals(ke.incident.key)
    qtbot.waitUntil(lambda: proposal.id in ug.panel.handover_dialogs, timeout=WAIT_MS)
    return proposal


def _answer_button(desk: Desk) -> Any:
    return desk.panel.buttons["answer"]


def test_an_offer_closed_with_esc_waits_behind_answer_handover_offer(
    qtbot: Any, ke: Desk, ug: Desk, clock: Clock
) -> None:
    button = _answer_button(ug)
    assert button.isHidden()  # no offer: no button
    proposal = _offer(qtbot, ke, ug, clock)
    dialog = ug.panel.handover_dialogs[proposal.id]
    assert not button.isHidden()
    assert button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the operator puts it aside
    assert not dialog.isVisible()
    assert proposal.id not in ug.panel.handover_dialogs
    assert "Answer handover offer…" in ug.win.message_bar.label.text()
    # the next refresh does not pop it up again over the operator's work ...
    assert ug.panel.check_incoming() == []
    # ... and the panel still offers the way back, naming the offer
    assert not button.isHidden()
    assert button.isEnabled()
    assert ke.incident.key in button.toolTip()
    # the Command dock's tab says so too: behind another tab the button is not seen
    assert ug.win.command_dock.windowTitle() == "(1) Command"
    bar = ug.win.message_bar  # the whole sentence in sight, its deadline not half hidden
    qtbot.waitUntil(lambda: bar.label.height() >= bar.label.heightForWidth(bar.label.width()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    again = ug.panel.handover_dialogs[proposal.id]
    assert again.isVisible()
    clock.tick()
    qtbot.mouseClick(again.accept_button, Qt.MouseButton.LeftButton)
    assert ug.command.proposal(proposal.id).state is ProposalState.ACCEPTED
    assert button.isHidden()  # answered: nothing waits
    assert ug.win.command_dock.windowTitle() == "Command"
    assert ug.panel.check_incoming() == []


def test_an_offer_closed_with_the_x_leaves_when_withdrawn_or_expired(
    qtbot: Any, ke: Desk, ug: Desk, clock: Clock
) -> None:
    proposal = _offer(qtbot, ke, ug, clock)
    ug.panel.handover_dialogs[proposal.id].close()  # the window's X
    assert proposal.id not in ug.panel.handover_dialogs
    button = _answer_button(ug)
    assert not button.isHidden()
    # past its answer deadline: the offer and the button go (the panel's deadline timer)
    clock.now = proposal.expires_at + timedelta(seconds=1)
    ug.panel.drop_expired_offers()
    assert button.isHidden()
    assert ug.panel.answer_offers() == []
    # one shown and then no longer open (withdrawn, superseded): its dialog closes too
    clock.now = proposal.expires_at - timedelta(minutes=1)
    assert len(ug.panel.check_incoming()) == 1
    assert not button.isHidden()
    ug.panel.check_incoming([])
    assert ug.panel.handover_dialogs == {}
    assert button.isHidden()


ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|\d\d:\d\d:\d\d\.\d+")


@pytest.mark.usefixtures("nairobi")
def test_the_brief_says_its_times_in_the_windows_clock(ke: Desk, clock: Clock) -> None:
    key = ke.incident.key
    ke.command.establish(key)
    clock.tick()
    ke.command.assign(key, unit_id="nps-rdu-1", element_kind="division", element_name="Div A")
    dialog = ProposeHandoverDialog(ke.command.brief(key), [], clock())
    text = dialog.brief_view.toPlainText()
    assert not ISO.search(text), text  # no raw timestamp, no microseconds
    assert f"3. Initiated: {timefmt.local(ke.incident.created_at, seconds=False)}" in text
    assert "UTC+03:00" in text
    assert " UTC " not in text
    # the editors below the brief in the same clock, the zone named beside them
    assert dialog.effective_at.text() == timefmt.local(clock(), seconds=False)[:16]
    assert [z.text() for z in dialog.zones] == ["UTC+03:00", "UTC+03:00"]


def test_a_drill_inject_in_the_brief_stands_at_its_exercise_offset() -> None:
    """Its CAP sent time is on the exercise clock (here 06:20 on the wall clock's 00:20):
    shown as "EX T+…", never as a wall time; another exercise alert at its arrival."""
    sent = T0 + timedelta(hours=6, minutes=20)
    drill = {
        "sent": sent.isoformat(),
        "received": (T0 + timedelta(minutes=20)).isoformat(),
        "exercise": True,
        "exercise_offset": 1200,
        "sender": "nps.go.ke",
        "msg_type": "Alert",
        "severity": "Severe",
        "what": "EXERCISE EXERCISE EXERCISE Tanker at Malaba",
    }
    adhoc = dict(drill, exercise_offset=None, what="Controller message")
    text = brief_html({"incident_number": "NC-1", "situation": [drill, adhoc]})
    assert "EX T+00:20:00 nps.go.ke (Alert) [Severe]: Tanker at Malaba" in text
    assert timefmt.local(sent, seconds=False) not in text
    assert f"received {timefmt.local(T0 + timedelta(minutes=20), seconds=False)}" in text


class _MarkAll(QTranslator):
    """The pseudo-locale for every text asked (new ones too, before any catalog round)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source)


def _outside_marks(text: str) -> str:
    return re.sub(r"\[!! .*? !!\]", "", text, flags=re.S)


def test_every_word_of_the_brief_goes_through_translation(ke: Desk, clock: Clock) -> None:
    ke.command.establish(ke.incident.key)
    brief = ke.command.brief(ke.incident.key)
    marks = _MarkAll()
    QCoreApplication.installTranslator(marks)
    try:
        shown = brief_html(brief)
    finally:
        QCoreApplication.removeTranslator(marks)
    bare = _outside_marks(re.sub(r"<[^>]+>", " ", shown))
    for english in ("Incident Briefing", "Incident name", "Initiated", "Objectives", "none",
                    "Current organisation", "Single command", "Silver", "tactical",
                    "Prepared by", "Resource summary", "Situation summary", "Actions"):  # fmt: skip
        assert english not in bare, english


def test_the_tier_and_command_words_in_french(ke: Desk, ug: Desk, clock: Clock) -> None:
    ke.command.establish(ke.incident.key)
    clock.tick()
    ke.command.propose_handover(ke.incident.key, "upf", "UG")
    ug.receive(ke)
    [proposal] = ug.command.incoming_proposals()
    translations().set_language("fr")
    try:
        text = brief_html(proposal.brief)
        [dialog] = ug.panel.check_incoming()
        tiers = [dialog.tier.itemText(i) for i in range(dialog.tier.count())]
    finally:
        translations().set_language("en")
    assert "Commandement unique" in text
    assert "Single command" not in text
    assert "Argent (tactique) — KE/nps: Insp Kamau" in text
    assert "Argent (tactique)" in tiers
    assert "Silver (tactical)" not in tiers


def test_the_takes_effect_editor_reads_left_to_right_in_arabic(qtbot: Any, clock: Clock) -> None:
    translations().set_language("ar")
    try:
        dialog = ProposeHandoverDialog({"incident_number": "NC-1"}, [], clock())
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the dialog is Arabic
        for edit in (dialog.effective_at, dialog.expires_at):
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
            assert edit.locale() == QLocale.c()  # Latin digits, whatever the language
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", edit.text()), edit.text()
        assert all(re.search(r"UTC([+-]\d\d:\d\d)?", z.text()) for z in dialog.zones)
        # the brief's blocks in the window's direction (a line may begin with a time)
        assert brief_html({"incident_number": "NC-1"}).startswith("<div dir='rtl'>")
    finally:
        translations().set_language("en")
