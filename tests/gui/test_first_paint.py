"""The console logs its first paint once, with a monotonic stamp a starter can subtract."""

from __future__ import annotations

import logging
import time

import pytest

from PySide6.QtCore import QEvent, QObject
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


def test_deferred_work_runs_once_after_the_first_paint(qtbot: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    painted: list[bool] = []
    calls: list[bool] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    spy = Paints(window)
    window.installEventFilter(spy)
    first_paint.after(window, lambda: calls.append(bool(painted)))
    qtbot.wait(100)  # type: ignore[attr-defined]
    assert calls == []  # not shown: nothing painted, nothing run yet
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)  # type: ignore[attr-defined]
    window.repaint()
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert calls == [True]  # once, and only after a paint


def test_deferred_work_runs_at_the_latest_for_a_window_never_shown(qtbot: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    calls: list[int] = []
    first_paint.after(window, lambda: calls.append(1), at_latest_ms=50)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)  # type: ignore[attr-defined]
    qtbot.wait(100)  # type: ignore[attr-defined]
    assert calls == [1]
