"""The Timeline pane's Kind and Actor columns read as words in the operator's language
(incident_desk/timeline_kinds.py); the stored id stays in the tooltip and in ``RAW_ROLE``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from incident_desk.store import TimelineEntry
from incident_desk.ui.bidi import LRI, PDI
from incident_desk.ui.i18n import translations
from incident_desk.ui.timeline import ACTOR, KIND, RAW_ROLE, TimelinePane
from tests.gui.fakes import T0

TIP = Qt.ItemDataRole.ToolTipRole


def _entry(i: int, kind: str, actor: str, incident: str | None = "KE-INC-7") -> TimelineEntry:
    return TimelineEntry(
        id=i,
        at=T0,
        actor=actor,
        console="ke-nps-ws1",
        kind=kind,
        incident_id=incident,
        alert_id=None,
        exercise_id=None,
        text=f"entry {i}",
    )


def _pane(qtbot: Any) -> TimelinePane:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.append_entries(
        [
            _entry(1, "incident.created", "cap"),
            _entry(2, "command.handover.proposed", "Insp Kamau"),
            _entry(3, "inject.cap", "demo.controller", None),  # no label: its id
            _entry(4, "unit.status", "KE/bpu"),
        ]
    )
    return pane


def _column(pane: TimelinePane, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = pane.model
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def test_the_kind_and_the_alert_feed_read_as_words_the_id_in_the_tooltip(qtbot: Any) -> None:
    pane = _pane(qtbot)
    assert _column(pane, KIND) == [
        "Incident opened",
        "Handover proposed",
        "inject.cap",
        "Unit status",
    ]
    assert _column(pane, KIND, TIP) == [
        "Incident opened (incident.created)",
        "Handover proposed (command.handover.proposed)",
        "inject.cap",
        "Unit status (unit.status)",
    ]
    assert _column(pane, KIND, RAW_ROLE) == [
        "incident.created",
        "command.handover.proposed",
        "inject.cap",
        "unit.status",
    ]
    # the alert feed is a word; operators, agency and unit codes stay as written
    assert _column(pane, ACTOR) == ["CAP feed", "Insp Kamau", "demo.controller", "KE/bpu"]
    assert _column(pane, ACTOR, TIP)[:2] == ["CAP feed (cap)", "Insp Kamau"]
    assert _column(pane, ACTOR, RAW_ROLE)[0] == "cap"
    # the filter still sees the incident of each row
    pane.set_current_incident("KE-INC-7")
    pane.only_incident.setChecked(True)
    assert pane.proxy.rowCount() == 3
    assert pane.proxy.index(0, KIND).data() == "Incident opened"


def test_the_kind_column_follows_a_language_switch(qtbot: Any) -> None:
    pane = _pane(qtbot)
    changed: list[tuple[int, int]] = []
    pane.model.dataChanged.connect(
        lambda top, bottom, *_: changed.append((top.column(), bottom.column()))
    )
    translations().set_language("fr")
    try:
        QCoreApplication.processEvents()  # LanguageChange is posted to the pane
        assert changed
        assert changed[-1][0] <= KIND <= changed[-1][1]
        assert _column(pane, KIND) == [
            "Incident ouvert",
            "Transfert proposé",
            "inject.cap",
            "Statut de l’unité",
        ]
        assert _column(pane, KIND, TIP)[0] == "Incident ouvert (incident.created)"
        assert _column(pane, ACTOR)[0] == "Flux CAP"
        translations().set_language("ar")
        QCoreApplication.processEvents()
        # the id keeps its own order inside right-to-left text
        assert _column(pane, KIND, TIP)[0] == f"فُتح الحادث ({LRI}incident.created{PDI})"
        assert _column(pane, KIND)[2] == "inject.cap"
    finally:
        translations().set_language("en")
    QCoreApplication.processEvents()
    assert _column(pane, KIND)[0] == "Incident opened"
