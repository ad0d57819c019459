"""The pseudo-locale finds no visible text that did not go through translation: on the main
window, every dock, every menu and action, and the dialogs an operator opens.

Built under the pseudo-locale (coverage of ``tr()``), and switched to it live from English
(coverage of live retranslation): both must leave nothing unmarked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.i18n import PSEUDO, translations
from incident_desk.ui.language_menu import install_language_menu
from incident_desk.ui.layout import open_settings
from incident_desk.ui.main_window import MainWindow
from tests.gui.fakes import FakeConsole, FakeStore, wait_loaded
from tests.gui.textwalk import findings

pytestmark = pytest.mark.gui


@pytest.fixture
def english() -> Iterator[None]:
    tr = translations()
    tr.set_language("en")
    yield
    tr.set_language("en")


def data_values(store: FakeStore) -> list[str]:
    """What the test put into the store and the window: shown as given, never translated."""
    values = ["postgresql+psycopg://idesk:s3cret@db/idesk", "broker.local:1883", "idesk"]
    values += [a.agency or "" for a in store.alerts.values()]
    for stored in store.alerts.values():
        alert = stored.alert
        values += [alert.identifier, alert.sender]
        for info in alert.infos:
            values += [info.event, info.headline or "", info.description or ""]
            values += [info.instruction or "", *(c.value for c in info.categories)]
            values += [v for p in info.parameters for v in (p.value_name, p.value)]
            values += [r.resource_desc for r in info.resources]
            values += [a.area_desc for a in info.areas]
    return values


def build(qtbot: Any, store: FakeStore) -> MainWindow:
    win = MainWindow(
        FakeConsole(store),
        BusBridge(),
        db_label="postgresql+psycopg://idesk:s3cret@db/idesk",
        broker_label="broker.local:1883",
        sound=False,
        with_map=False,
    )
    qtbot.addWidget(win)
    install_language_menu(win, open_settings())
    win.resize(1366, 768)
    win.show()
    wait_loaded(qtbot, win)
    return win


def report(qtbot: Any, win: MainWindow, store: FakeStore) -> list[str]:
    assert win.select_alert(3)  # the detail pane filled in
    qtbot.waitUntil(lambda: win.detail.alert_id == 3 and win.detail.body.toPlainText() != "")
    win.window_actions.show_help()
    win.show_notices()
    qtbot.waitUntil(lambda: win.window_actions.notices_dialog is not None, timeout=5000)
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    found = []
    for top in tops:
        found += [str(f) for f in findings(top, data_values(store))]
    return found


def test_built_under_the_pseudo_locale(qtbot: Any, store: FakeStore, english: None) -> None:
    translations().set_language(PSEUDO)
    win = build(qtbot, store)
    found = report(qtbot, win, store)
    assert found == [], "\n".join(found)


def test_switched_live_to_the_pseudo_locale(qtbot: Any, store: FakeStore, english: None) -> None:
    win = build(qtbot, store)
    translations().set_language(PSEUDO)
    qtbot.wait(50)  # LanguageChange events are posted
    found = report(qtbot, win, store)
    assert found == [], "\n".join(found)
