"""Where the window's docks go on first run, and how an operator's own layout is kept.

``WindowLayout`` arranges the docks of a ``MainWindow`` (incident board left, map right,
queue and detail in the centre, the working tabs below), sizes them once the window has its
real size, and saves/restores the operator's arrangement with ``QSettings``. A layout saved by
another arrangement (``VERSION``) is ignored once, so a new release never restores docks into
places that no longer exist.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from incident_desk.ui.bidi import mirror_docks, right_to_left
from incident_desk.ui.models.queue_columns import Column


def open_settings() -> QSettings:
    """The per-user settings file (tests point ``QSettings.setPath`` at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "IncidentDesk", "incident-desk"
    )


class WindowLayout:
    """First-run arrangement, sizing and persistence of one main window's layout."""

    VERSION = 3  # bump when the dock arrangement changes: old saved states are ignored

    def __init__(self, window: Any, settings: QSettings) -> None:
        self.window = window
        self.settings = settings
        self.restored = False
        self._sized = False

    def arrange(self) -> None:
        """The first-run arrangement (no saved layout): incident board on the left and the
        map on the right, both full height; queue + detail in the centre; below the centre,
        tabs: timeline | units | alarms | exercise control (MSEL) | command.

        Fits 1366×768: every dock has a modest minimum width and the filter bar keeps its
        rarely used filters behind "More filters".
        """
        w = self.window
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        w.setCorner(Qt.Corner.TopLeftCorner, left)
        w.setCorner(Qt.Corner.BottomLeftCorner, left)
        w.setCorner(Qt.Corner.TopRightCorner, right)
        w.setCorner(Qt.Corner.BottomRightCorner, right)
        w.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        w.addDockWidget(left, w.incidents_dock)
        w.addDockWidget(right, w.map_dock)
        tabs = self._tabs()
        for dock in tabs:
            w.addDockWidget(bottom, dock)
        for dock in tabs[1:]:
            w.tabifyDockWidget(tabs[0], dock)
        (w.exercise_dock or w.timeline_dock).raise_()
        if right_to_left():
            mirror_docks(w)  # Arabic: the board on the right, the map on the left
        for dock, width in (
            (w.incidents_dock, 280),
            (w.map_dock, 250),
            (w.timeline_dock, 200),
            (w.units_dock, 200),
            (w.command_dock, 200),
        ):
            dock.setMinimumWidth(width)
        # no fixed minimum height for the detail: its own grows with the selected alert's
        # title and essentials, which are always shown whole (ui/detail.py ``fit_text``)

    def _tabs(self) -> list[Any]:
        w = self.window
        tabs = [w.timeline_dock, w.units_dock]
        if w.alarm_dock is not None:
            tabs.append(w.alarm_dock)
        if w.exercise_dock is not None:
            tabs.append(w.exercise_dock)
        tabs.append(w.command_dock)
        return tabs

    def on_shown(self) -> None:
        """First run: size the docks once the window is laid out."""
        if not self.restored and not self._sized:
            self._sized = True
            QTimer.singleShot(0, self.window, self.size_docks)

    def size_docks(self) -> None:
        """The map gets ~26% of the width (full height), the board ~24%, the bottom tabs ~28%
        of the height. On a screen under 900 pixels high the tabs go under the map instead, so
        that the queue and the selected alert keep the centre's full height."""
        w = self.window
        width, height = w.width(), w.height()
        w.resizeDocks(
            [w.incidents_dock, w.map_dock],
            [max(320, width * 22 // 100), max(280, width * 26 // 100)],
            Qt.Orientation.Horizontal,
        )
        if height < 900:
            # a laptop screen (1366×768): the centre keeps its full height for the queue and
            # the selected alert; the working tabs go under the map in the right column
            tabs = self._tabs()
            right = Qt.DockWidgetArea.RightDockWidgetArea
            for dock in tabs:
                w.addDockWidget(right, dock)
            w.splitDockWidget(w.map_dock, tabs[0], Qt.Orientation.Vertical)
            for dock in tabs[1:]:
                w.tabifyDockWidget(tabs[0], dock)
            (w.exercise_dock or w.timeline_dock).raise_()
            # the headline needs the room more than the sender (in the detail pane, and one
            # right-click on the queue's header away)
            sender = w.queue.column_actions.get(Column.SENDER)
            if sender is not None:
                sender.setChecked(False)
            w.resizeDocks(
                [w.map_dock, tabs[0]],
                [height * 40 // 100, height * 60 // 100],
                Qt.Orientation.Vertical,
            )
            w.resizeDocks(  # the board's titles need the room more than the map's margins
                [w.incidents_dock, w.map_dock],
                [max(330, width * 25 // 100), max(330, width * 27 // 100)],
                Qt.Orientation.Horizontal,
            )
            return
        w.resizeDocks([w.timeline_dock], [max(150, height * 28 // 100)], Qt.Orientation.Vertical)

    def save(self) -> None:
        """The layout as left to right (a right-to-left console mirrors it back around the
        save), so one saved layout serves every language."""
        w, s = self.window, self.settings
        s.setValue("main_window/layout_version", self.VERSION)
        s.setValue("main_window/geometry", w.saveGeometry())
        rtl = right_to_left()
        if rtl:
            mirror_docks(w)
        s.setValue("main_window/state", w.saveState(self.VERSION))
        if rtl:
            mirror_docks(w)
        s.setValue("main_window/splitter", w.splitter.saveState())
        s.setValue("main_window/queue_header", w.view.horizontalHeader().saveState())
        s.sync()

    def restore(self) -> bool:
        """The saved layout of this arrangement's version; False (defaults) otherwise.

        A state saved by an older arrangement is ignored once, geometry included: the next
        close saves the new one.
        """
        w, s = self.window, self.settings
        geometry, state = s.value("main_window/geometry"), s.value("main_window/state")
        version = s.value("main_window/layout_version")
        current = str(version) == str(self.VERSION)
        self.restored = False
        if geometry is None or state is None or not current:
            self.default_size()
            return False
        w.restoreGeometry(geometry)
        if not w.restoreState(state, self.VERSION):
            self.default_size()
            return False
        if right_to_left():
            mirror_docks(w)  # the saved layout is left to right
        splitter = s.value("main_window/splitter")
        if splitter is not None:
            w.splitter.restoreState(splitter)
        header = s.value("main_window/queue_header")
        if header is not None:
            w.view.horizontalHeader().restoreState(header)
            for column, action in w.queue.column_actions.items():
                action.setChecked(not w.view.horizontalHeader().isSectionHidden(column))
            w.queue.fit_columns()  # widths saved in another language may cut this one's words
        self.restored = True
        return True

    def default_size(self) -> None:
        """1600×960, or what the screen allows (never wider than 1920)."""
        w = self.window
        screen = w.screen() or QApplication.primaryScreen()
        width, height = 1600, 960
        offscreen = QApplication.platformName() == "offscreen"  # its screen is a fake 800×800
        if screen is not None and not offscreen:
            avail = screen.availableGeometry()
            width = min(width, max(avail.width(), 800))
            height = min(height, max(avail.height(), 600))
        w.resize(width, height)
