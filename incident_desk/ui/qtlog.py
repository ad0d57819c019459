"""Qt's own messages go to Python logging, not straight to stderr.

A few messages are known to be harmless noise of the offscreen platform and software
rendering (no window manager, no GPU); they are logged at DEBUG so an operator's terminal
shows only what matters. Everything else keeps its level.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("incident_desk.qt")

#: offscreen / no-GPU chatter: nothing an operator can act on
HARMLESS = (
    "This plugin does not support propagateSizeHints",
    "QRhiGles2: Failed to create",
    "Failed to create RHI for backend",
    "Sandboxing disabled by user",
    "GPUInfo not initialized",
)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(kind, logging.WARNING)
    if any(message.startswith(h) for h in HARMLESS):
        level = logging.DEBUG
    log.log(level, "%s", message)


def install() -> None:
    """Route Qt's messages through ``incident_desk.qt`` (call once, before QApplication)."""
    qInstallMessageHandler(_handler)
