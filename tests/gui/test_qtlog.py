"""Qt's messages reach Python logging; offscreen chatter is demoted to DEBUG."""

from __future__ import annotations

import logging

import pytest

from PySide6.QtCore import QMessageLogContext, QtMsgType

from incident_desk.ui import qtlog


def test_a_qt_warning_is_a_python_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="incident_desk.qt"):
        qtlog._handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "QFont: bad family")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, "QFont: bad family")
    ]


def test_offscreen_noise_is_only_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="incident_desk.qt"):
        qtlog._handler(
            QtMsgType.QtWarningMsg,
            QMessageLogContext(),
            "This plugin does not support propagateSizeHints()",
        )
    assert [r.levelno for r in caplog.records] == [logging.DEBUG]
