"""The console logs its first paint once, with a monotonic stamp a starter can subtract."""

from __future__ import annotations

import logging
import time

import pytest

from PySide6.QtWidgets import QMainWindow

from incident_desk.ui import first_paint


def test_the_first_paint_is_logged_once_with_its_monotonic_stamp(
    qtbot: object, caplog: pytest.LogCaptureFixture
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    before = time.monotonic()
    with caplog.at_level(logging.INFO, logger="incident_desk.ui"):
        first_paint.watch(window)
        window.show()
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: any("first paint" in r.getMessage() for r in caplog.records), timeout=5000
        )
        window.repaint()
        window.update()
        qtbot.wait(50)  # type: ignore[attr-defined]
    lines = [r.getMessage() for r in caplog.records if "first paint" in r.getMessage()]
    assert len(lines) == 1
    stamp = float(lines[0].split("first paint at monotonic ")[1].split()[0])
    assert before <= stamp <= time.monotonic()
