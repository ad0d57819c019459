"""The operator reads core refusals and quarantine reasons in their language (issue #15):
a command refusal on a real console in French, and the quarantine list of the notices
dialog in French, live after a switch."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from incident_desk.ingest import classify
from incident_desk.store import Store
from incident_desk.ui.establish_dialog import EstablishDialog
from incident_desk.ui.i18n import translations
from incident_desk.ui.notices import NoticesDialog
from tests.gui.desk import build_desk
from tests.gui.test_command_ui import Desk, auto, clock, ke  # noqa: F401 (fixtures)
from tests.unit.test_quarantine_reasons import ACTUAL, Msg

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("sync_ops"),
]


def test_a_command_refusal_is_shown_in_french(
    monkeypatch: pytest.MonkeyPatch,
    ke: Desk,  # noqa: F811
) -> None:
    ke.command.establish(ke.incident.key)
    translations().set_language("fr")
    auto(monkeypatch, EstablishDialog, lambda d: None)  # defaults: single, own agency
    ke.panel.refresh()
    ke.panel.establish()
    bar = ke.win.message_bar
    assert bar.level == "error"
    # "Could not {doing}: {reason}" (OpRunner), the doing (CommandPanel) and the reason
    # (core, read back by incident_desk/refusals.py) all in French
    assert bar.label.text() == (
        "Action impossible (établir le commandement) : le commandement est déjà établi "
        "(single) ; proposez un transfert"
    )
    assert "already established" not in bar.label.text()


def test_quarantine_reasons_read_in_the_readers_language(qtbot: Any, sqlite_store: Store) -> None:
    verdict = classify(Msg(ACTUAL, b"<alert><unclosed></alert>"))
    assert verdict.rejected is not None
    sqlite_store.quarantine_many([verdict.rejected])
    sqlite_store.quarantine(b"{}", "a reason written as free text", received_at=datetime.now(UTC))
    entries = sqlite_store.list_quarantine()
    dialog = NoticesDialog(entries, [])
    qtbot.addWidget(dialog)
    model = dialog.quarantine_model

    def reasons() -> list[str]:
        return sorted(model.data(model.index(r, 2)) for r in range(model.rowCount()))

    english = reasons()
    assert any(r.startswith("Not well-formed XML: ") for r in english)
    translations().set_language("fr")
    french = reasons()
    assert any(r.startswith("XML mal formé : ") for r in french)
    assert "a reason written as free text" in french  # free text is shown as written
    assert not any(r.startswith("Not well-formed XML") for r in french)


def test_the_real_traffic_advisory_says_why_in_french(ke: Desk) -> None:  # noqa: F811
    """The advisory for real traffic that could not be read gives its reason in French."""
    verdict = classify(Msg(ACTUAL, b"<alert><unclosed></alert>"))
    assert verdict.rejected is not None
    ke.store.quarantine_many([verdict.rejected])
    (entry,) = ke.store.list_quarantine()
    translations().set_language("fr")
    ke.win.advisories.on_quarantined([entry])
    text = ke.win.advisories.real_traffic.label.text()
    assert "XML mal formé : " in text
    assert "Not well-formed XML" not in text
    assert "Opening and ending tag mismatch" not in text  # the parser's English, not in it


@pytest.mark.parametrize(("code", "menu"), [("en", "Console"), ("ru", "Консоль")])
def test_the_no_directory_advisory_names_the_real_menu_in_the_readers_language(
    qtbot: Any, tmp_path: Path, code: str, menu: str
) -> None:
    """A console with no agency and unit directory says so above the queue. The advisory was
    English in every language (its text was never in the catalogs) and sent the operator to
    "File → Load directory…", a menu the window does not have."""
    translations().set_language(code)
    try:
        win, store = build_desk(qtbot, tmp_path, directory=False)
        try:
            banner = win.advisories.directory
            assert banner.isVisible()
            text = banner.label.text()
            assert win.console_menu.title().replace("&", "") == menu
            action = win.actions_by_name["load_directory"].text().replace("&", "").rstrip("…")
            assert f"{menu} → {action}." in text
            assert "File" not in text
            if code != "en":
                assert "directory" not in text.replace("'directory'", "")
        finally:
            win.close()
            store.close()
    finally:
        translations().set_language("en")
