"""The pseudo-locale on a working console: a real SQLite store with an incident under
command, units from the directory, an alarm on the board, timeline entries, and the dialogs an
operator opens (establish command, assign, hand over, shelve, confirm). Every visible text
must have gone through translation; data (callsigns, agencies, names, keys) is exempt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from incident_desk.command import load_directory
from incident_desk.ui import confirm
from incident_desk.ui.command_panel import EstablishDialog
from incident_desk.ui.confirm import ask as real_ask  # before the autouse fixture answers yes
from incident_desk.ui.handover_dialog import ProposeHandoverDialog
from incident_desk.ui.i18n import PSEUDO, translations
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.models.queue_columns import Column
from incident_desk.ui.units_panel import AssignDialog
from tests.gui.desk import TITLE, build_desk
from tests.gui.textwalk import findings
from tests.unit.command.build import DIRECTORY

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("sync_ops")]


@pytest.fixture(params=["built", "switched"])
def desk(request: Any, qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The console built under the pseudo-locale (every text through tr()), or built in
    English and switched live (every text retranslated without a restart)."""
    tr = translations()
    tr.set_language(PSEUDO if request.param == "built" else "en")
    win, store = build_desk(qtbot, tmp_path)
    if request.param == "switched":
        tr.set_language(PSEUDO)
        qtbot.wait(20)  # LanguageChange events are posted
    yield win
    tr.set_language("en")
    win.close()
    store.close()


# the queue's cells that show the alert's own content (CAP text, topic, keys): data
_ALERT_DATA_COLUMNS = (Column.EVENT, Column.SENDER, Column.COUNTRY, Column.AGENCY, Column.INCIDENTS)


def data_values(win: MainWindow) -> list[str]:
    """Names, callsigns, agencies and titles from the directory and the store: data."""
    values = [TITLE, "Insp Kamau", "sqlite://", "b:1883", "Extreme threat A1", "op"]
    for r in range(win.model.rowCount()):
        for c in _ALERT_DATA_COLUMNS:
            value = win.model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                values.append(value)
    units = win.units_panel.model
    for r in range(units.rowCount()):
        for c in range(units.columnCount()):
            value = units.index(r, c).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and c in (0, 1, 2):  # callsign, agency, kind
                values.append(value)
    directory = load_directory(DIRECTORY)
    values += [a.name for a in directory.agencies] + [a.id for a in directory.agencies]
    values += [u.contact or "" for u in directory.units]
    return values


def walk_dialogs(monkeypatch: pytest.MonkeyPatch, found: list[str], data: list[str]) -> None:
    """Each modal dialog is walked when it would block, then cancelled."""

    def exec_(self: QDialog) -> int:
        self.show()
        found.extend(str(f) for f in findings(self, data))
        if isinstance(self, QMessageBox):  # answered Cancel, as Escape would
            cancel = self.button(QMessageBox.StandardButton.Cancel)
            if cancel is not None:
                cancel.click()
        self.hide()
        return QDialog.DialogCode.Rejected

    for cls in (EstablishDialog, AssignDialog, ProposeHandoverDialog, QMessageBox):
        monkeypatch.setattr(cls, "exec", exec_)


def test_a_working_console_under_the_pseudo_locale(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, desk: MainWindow
) -> None:
    win = desk
    # the alert build_desk emitted reaches the queue through the store feed: walk its row too
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=5000)
    data = data_values(win)
    found: list[str] = []
    walk_dialogs(monkeypatch, found, data)
    win.command_panel.buttons["establish"].click()
    win.command_panel.buttons["assign"].click()
    # the confirmation (alarms sound): walked, then cancelled. Only once the alarm sounds,
    # and asked for real (tests/gui/conftest.py answers every question yes): else Ctrl+Q
    # closes the window, its alarm worker with it
    monkeypatch.setattr(confirm, "ask", real_ask)
    qtbot.waitUntil(lambda: bool(win.alarms.active), timeout=5000)
    win.window_actions.request_quit()
    assert win.isVisible()
    panel = win.alarm_hub.panel if win.alarm_hub is not None else None
    assert panel is not None
    panel.show()
    panel.raise_()  # a hidden panel redraws only once shown
    assert win.alarm_hub is not None
    assert win.alarm_hub.wait_idle()

    def drawn() -> bool:
        panel.refresh()  # the board changed on the hub's worker: draw it now
        return panel.tree.topLevelItemCount() > 0

    qtbot.waitUntil(drawn, timeout=5000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.shelve_button.click()
    assert panel.shelve_dialog is not None
    found += [str(f) for f in findings(panel.shelve_dialog, data)]
    panel.shelve_dialog.reject()
    for dock in (win.units_dock, win.command_dock, win.timeline_dock, win.alarm_dock):
        if dock is not None:
            dock.show()
            dock.raise_()
    found += [str(f) for f in findings(win, data)]
    assert found == [], "\n".join(found)
