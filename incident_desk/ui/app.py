"""What the application start-up calls: build the main window and apply a theme.

The lead's start-up owns the ``QApplication`` and the qasync loop; typical use::

    bridge = BusBridge()
    bus.on_state = bridge.post_state               # broker state -> GUI thread
    apply_theme(app, saved_theme(default="dark"))
    window = build_main_window(console, bridge, db_label=store.url, broker_label="host:1883")
    # the window registers bridge.post_changes with the console: its writes reach the GUI
    window.show()
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from incident_desk.alarms import AlarmBoard
from incident_desk.cap import preferred_languages
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.evidence_wiring import install_evidence_export
from incident_desk.ui.language_menu import install_language_menu
from incident_desk.ui.main_window import MainWindow, open_settings
from incident_desk.ui.tak_status import install_tak_status
from incident_desk.ui.theme import THEMES
from incident_desk.ui.theme import apply_theme as _apply_theme

if TYPE_CHECKING:
    from incident_desk.runtime import ConsoleRuntime

__all__ = ["apply_theme", "build_main_window", "saved_theme", "window_for_runtime"]


def build_main_window(
    console: Any,
    bridge: BusBridge,
    *,
    db_label: str,
    broker_label: str,
    exercise_link: Any = None,
    alarm_board: Any = None,
    languages: Sequence[str] = (),
    sound: bool = True,
    map_tile_url: str | None = None,
    map_tile_attribution: str | None = None,
) -> MainWindow:
    """The console's main window, filled from ``console.store`` and wired to ``bridge``.

    The window registers ``bridge.post_changes`` with the console (and removes it when it
    closes). ``exercise_link`` is the exercise the console joined. ``sound=False`` keeps
    the alarm silent (no audio device).
    The live map is always there; ``map_tile_url`` (settings ``map_tile_url``) adds an
    agency tile server under the offline country boundaries.
    """
    return MainWindow(
        console,
        bridge,
        db_label=db_label,
        broker_label=broker_label,
        exercise_link=exercise_link,
        alarm_board=alarm_board,
        languages=languages,
        sound=sound,
        map_tile_url=map_tile_url,
        map_tile_attribution=map_tile_attribution,
    )


def window_for_runtime(runtime: ConsoleRuntime, *, sound: bool = True) -> MainWindow:
    """The main window of a ``ConsoleRuntime``, wired to it through a new ``BusBridge``:
    change records and broker states reach the window on the GUI thread. The one place
    this wiring is written (start-up, tests and benchmarks all use it)."""
    bridge = BusBridge()
    runtime.add_state_listener(bridge.post_state)
    settings = runtime.settings  # the map's optional agency tile server
    window = build_main_window(
        runtime.console,
        bridge,
        db_label=runtime.db_label,
        broker_label=runtime.broker_label,
        exercise_link=runtime.exercise_link,
        alarm_board=AlarmBoard.from_settings(runtime.store, settings, exercise_clocks=runtime),
        languages=preferred_languages(settings.languages),
        sound=sound,
        map_tile_url=settings.map_tile_url,
        map_tile_attribution=settings.map_tile_attribution,
    )

    window.map.add_packages(settings.map_packages)  # offline agency map packages

    def leave() -> None:  # after ENDEX: the bus side resubscribes to the real tree only
        window.ops.run(
            QCoreApplication.translate("MainWindow", "leave the exercise"),
            runtime.leave_exercise,
            lambda _none: window.left_exercise(),
        )

    window.advisories.leave_exercise_requested.connect(leave)
    install_language_menu(window, open_settings())
    if runtime.tak is not None:  # this console runs its own TAK gateway: its counters
        install_tak_status(window, runtime.tak.status)
    install_evidence_export(window, settings)  # Console → Export evidence package…
    if len(settings.broker.urls) > 1:  # a cluster: the operator decides when to go back
        back = QAction(
            QCoreApplication.translate("MainWindow", "Return to the preferred broker"), window
        )
        back.setObjectName("action_return_to_preferred")
        back.triggered.connect(lambda: runtime.bus.return_to_preferred())
        window.console_menu.addAction(back)
        window.actions_by_name["return_to_preferred"] = back
    return window


def apply_theme(app: QApplication, name: str) -> str:
    """Apply ``dark`` (control room, default) or ``light``; returns the theme applied."""
    return _apply_theme(app, name)


def saved_theme(default: str = "dark") -> str:
    """The theme the operator chose last time (Ctrl+T), else ``default``."""
    value = open_settings().value("theme", default)
    return value if value in THEMES else default
