"""The benchmarks' one ``QApplication``, made as the console makes its own.

``make bench`` runs every bench in one process, and Qt allows one application per process:
whichever bench comes first creates it, so each must create it the same way, with the map
packages' ``idesk-tiles:`` scheme declared before it exists (Qt refuses a scheme registered
later, and the map bench's package page then fails).
"""

from __future__ import annotations

import os
import sys
from typing import Any


def application(name: str, *qt_args: str) -> Any:
    """The process's ``QApplication``: created on the first call, returned on the next."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if os.geteuid() == 0:  # Chromium's sandbox cannot start as root (containers)
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401 - before the QApplication
    from PySide6.QtWidgets import QApplication

    from incident_desk.ui.map_tiles import register_tile_scheme

    app = QApplication.instance()
    if app is None:
        register_tile_scheme()
        app = QApplication([sys.argv[0] or name, *qt_args])
    return app
