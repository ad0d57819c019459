"""GUI test fixtures: a temporary settings folder, fake core objects and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.main_window import MainWindow
from tests.gui.fakes import FakeConsole, FakeStore, make_alert, wait_loaded


@pytest.fixture(autouse=True)
def settings_path(tmp_path: Path) -> Iterator[Path]:
    """Every test writes QSettings into its own temporary folder, never the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


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
