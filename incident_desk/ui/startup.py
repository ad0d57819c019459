"""Start the console: QApplication, one qasync loop, the runtime, the main window.

Order matters: QtWebEngine is imported and Chromium flags are
set before the QApplication exists, and the application gets a program name.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

from incident_desk.errors import IncidentDeskError

log = logging.getLogger("incident_desk.ui")


def _prepare_environment() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        log.warning("no display found: running offscreen (use --screenshot to see the window)")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        for flag in ("--disable-gpu", "--log-level=3"):  # software rendering, fatal logs only
            if flag not in flags:
                flags = f"{flags} {flag}".strip()
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium's sandbox cannot start as root (CI containers): only there, switch it off.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def run_gui(
    runtime_factory: object,
    *,
    screenshot: Path | None = None,
    exit_after: float | None = None,
    theme: str | None = None,
    window_size: tuple[int, int] | None = None,
    language: str | None = None,
) -> int:
    """Build everything, show the window, run the event loop; returns the exit code."""
    _prepare_environment()
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)

    from incident_desk.ui.map_tiles import register_tile_scheme

    register_tile_scheme()  # agency map packages: a custom scheme, before the QApplication
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from incident_desk.ui import first_paint, qtlog
    from incident_desk.ui.app import apply_theme, saved_theme, window_for_runtime
    from incident_desk.ui.binding_check import check_qt_binding
    from incident_desk.ui.fonts import use_shipped_fonts
    from incident_desk.ui.language_menu import start_language
    from incident_desk.ui.layout import open_settings
    from incident_desk.ui.screenshot import save_screenshot
    from incident_desk.ui.theme import apply_text_scale

    check_qt_binding()  # a binding that would crash mid-shift stops here, with the fix
    qtlog.install()
    app = QApplication([sys.argv[0] or "incident-desk"])
    use_shipped_fonts(app)  # the same letters on every workstation, Arabic and Cyrillic too
    app.setOrganizationName("IncidentDesk")
    app.setApplicationName("incident-desk")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    try:
        runtime = runtime_factory()  # type: ignore[operator]
    except IncidentDeskError as exc:  # a database down, a bad setting: said, then the CLI's code
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":  # started from a desktop icon,
            start_language(language, open_settings())  # the operator sees no terminal
            start_failure_box(exc).exec()
        raise
    apply_theme(app, theme or saved_theme(default="dark"))
    apply_text_scale(app, int(str(open_settings().value("text_scale", 100))))
    start_language(language or getattr(runtime.settings, "language", None), open_settings())
    window = window_for_runtime(runtime, sound=os.environ.get("QT_QPA_PLATFORM") != "offscreen")
    if window_size is not None:
        window.resize(*window_size)
    first_paint.watch(window)
    window.show()
    if window_size is not None:  # again once shown: without a window manager (offscreen)
        QTimer.singleShot(0, lambda: window.resize(*window_size))  # nothing else bounds it
    runtime.start()

    if exit_after is not None:

        def finish() -> None:
            if screenshot is not None:
                if window_size is not None:  # offscreen has no window manager to bound the
                    window.resize(*window_size)  # window when its content asks for more
                    QApplication.processEvents()
                save_screenshot(window, screenshot)
                print(f"screenshot saved to {screenshot}")
            window.close()
            app.quit()

        QTimer.singleShot(int(exit_after * 1000), finish)
        if screenshot is not None:  # as an operator would: an alarm selected, the map fitted
            before = max(0, int(exit_after * 1000) - 4000)
            if window_size is not None:  # the window's final size in time for the map page
                QTimer.singleShot(before, lambda: window.resize(*window_size))  # to redraw
            QTimer.singleShot(before, window.select_next_unacknowledged)
            QTimer.singleShot(before + 500, window.map.fit_active)

    try:
        with loop:
            loop.run_until_complete(_until_quit(app))
    finally:
        runtime.stop()
    return 0


def start_failure_box(exc: IncidentDeskError) -> Any:
    """The dialog that says why the console could not start (the command line prints the same
    reason): an operator who started it from a desktop icon has no terminal to read."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from incident_desk.ui.ops import refusal_text

    box = QMessageBox(QMessageBox.Icon.Critical, "Incident Desk", "")
    box.setText(QCoreApplication.translate("Startup", "The console could not start."))
    reason = refusal_text(str(exc))
    box.setInformativeText(reason[:1].upper() + reason[1:])  # a sentence of its own
    box.setDetailedText(str(exc))  # as the command line says it: which database, which file
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


async def _until_quit(app: object) -> None:
    done = asyncio.Event()
    app.aboutToQuit.connect(done.set)  # type: ignore[attr-defined]
    await done.wait()
