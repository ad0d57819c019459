"""GUI test fixtures: a temporary settings folder, fake core objects and a main window."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from incident_desk.ui import confirm
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.fonts import use_shipped_fonts
from incident_desk.ui.i18n import translations
from incident_desk.ui.main_window import MainWindow
from incident_desk.ui.ops import OpRunner
from tests.gui.fakes import FakeConsole, FakeStore, make_alert, wait_loaded


@pytest.fixture(autouse=True, scope="session")
def shipped_fonts(qapp: Any) -> None:
    """The window's fonts as ``incident-desk gui`` sets them (incident_desk/ui/startup.py):
    layout sizes do not depend on the fonts this machine happens to have."""
    use_shipped_fonts(qapp)


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """The console's language machinery is there, in English (its catalog holds the English
    plural forms: "1 message" / "2 messages"), as at start-up (incident_desk/ui/i18n.py)."""
    translations().set_language("en")


@pytest.fixture(autouse=True)
def settings_path(tmp_path: Path) -> Iterator[Path]:
    """Every test writes QSettings into its own temporary folder, never the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def nairobi() -> Iterator[None]:
    """The workstation in East Africa Time (UTC+03:00): a time shown in UTC beside the
    window's local clock then differs by three hours, whatever zone the test machine is in.
    (Its own save and restore: ``monkeypatch.undo()`` here would also undo the test's.)"""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Africa/Nairobi"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(
        [
            make_alert(
                1, severity="Minor", urgency="Future", event="Lost luggage", incidents=("INC-7",)
            ),
            make_alert(2, severity="Severe", urgency="Expected", event="Crowd build-up"),
            make_alert(
                3, severity="Extreme", urgency="Immediate", event="Explosion", incidents=("INC-9",)
            ),
        ]
    )


@pytest.fixture
def window(qtbot, store: FakeStore) -> MainWindow:  # type: ignore[no-untyped-def]
    console = FakeConsole(store)
    win = MainWindow(
        console,
        BusBridge(),
        db_label="postgresql+psycopg://idesk:s3cret@db/idesk",
        broker_label="broker.local:1883",
        sound=False,
        with_map=False,  # fakes only: the live map has its own tests (test_console_map.py)
    )
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    return win


class InlineExecutor(Executor):
    """Runs each submitted call at once on the caller's thread (STYLE: a synchronous fake
    executor makes step-by-step dialog tests deterministic)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


@pytest.fixture
def sync_ops(monkeypatch: pytest.MonkeyPatch) -> None:
    """Operator actions run to completion inside the click (not on the window's writer
    thread): for tests that script a long dialogue of actions step by step. The threaded
    path itself is tested in test_ops.py and on the real window (Ctrl+K, failures)."""
    monkeypatch.setattr(OpRunner, "make_executor", staticmethod(InlineExecutor))


@pytest.fixture(autouse=True)
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The operator answers every guarding question with yes; the questions asked are
    recorded (title, text) so a test can check one was asked."""
    asked: list[tuple[str, str]] = []

    def ask(_parent: Any, title: str, text: str, _confirm: str) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return asked
