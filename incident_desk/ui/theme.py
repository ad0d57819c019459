"""Dark control-room theme (default) and a light theme: a QPalette plus a small stylesheet.

Severity colours carry their own foreground, so a row is readable on either theme.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

THEMES = ("dark", "light")

EXERCISE_PURPLE = "#7b1fa2"
ALARM_RED = "#c62828"
REAL_MARK = (ALARM_RED, "#ffffff")  # background, text: a real item marked REAL during a drill


@dataclass(frozen=True)
class RowColours:
    """Background and foreground of one alert row (None: the theme's default)."""

    background: str | None
    foreground: str | None


def severity_colours(severity: str | None, urgency: str | None) -> RowColours:
    """Colours for a severity/urgency pair; strong for Extreme/Severe + Immediate.

    Every coloured background has an explicit foreground chosen for contrast, so the same
    colours work on the dark and the light theme.
    """
    immediate = urgency == "Immediate"
    if severity == "Extreme" and immediate:
        return RowColours("#b71c1c", "#ffffff")
    if severity == "Extreme" or (severity == "Severe" and immediate):
        return RowColours("#ef6c00", "#000000")  # black on orange: 7:1 (white was 3.8:1)
    if severity == "Severe":
        return RowColours("#ffb74d", "#000000")
    if severity == "Moderate":
        return RowColours("#fff176", "#000000")
    return RowColours(None, None)


def _dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1e2227",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#15181c",
        QPalette.ColorRole.AlternateBase: "#1f242a",
        QPalette.ColorRole.ToolTipBase: "#2b3036",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2b3036",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff5252",
        QPalette.ColorRole.Highlight: "#1565c0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#64b5f6",
        QPalette.ColorRole.PlaceholderText: "#8a939c",
    }
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b737b"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f2f2f2",
        QPalette.ColorRole.WindowText: "#111111",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f4f6f8",
        QPalette.ColorRole.ToolTipBase: "#ffffe1",
        QPalette.ColorRole.ToolTipText: "#111111",
        QPalette.ColorRole.Text: "#111111",
        QPalette.ColorRole.Button: "#e6e6e6",
        QPalette.ColorRole.ButtonText: "#111111",
        QPalette.ColorRole.BrightText: "#c62828",
        QPalette.ColorRole.Highlight: "#1976d2",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#0d47a1",
        QPalette.ColorRole.PlaceholderText: "#777777",
    }
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    for role in (  # a disabled control must look disabled (it looked enabled here)
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9e9e9e"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#f5f5f5"))
    return p


_STYLESHEET = f"""
QLabel#mode_badge[exercise="true"] {{
    background: {EXERCISE_PURPLE}; color: white; font-weight: bold;
    padding: 2px 10px; border-radius: 3px;
}}
QLabel#mode_badge[exercise="false"] {{
    background: #2e7d32; color: white; font-weight: bold; padding: 2px 10px; border-radius: 3px;
}}
QFrame#broker_banner {{ background: #ef6c00; }}
QFrame#broker_banner QLabel {{ color: black; font-weight: bold; }}
QFrame#database_banner {{ background: {ALARM_RED}; }}
QFrame#database_banner QLabel {{ color: white; font-weight: bold; }}
QLabel#outbox_indicator {{
    background: #ef6c00; color: black; font-weight: bold; padding: 2px 8px; border-radius: 3px;
}}
QFrame#message_bar[level="error"] {{ background: #ffcdd2; }}
QFrame#message_bar[level="info"] {{ background: #bbdefb; }}
QFrame#message_bar QLabel {{ color: black; }}
QFrame#directory_banner, QFrame#ended_banner {{ background: #fff3cd; border: 1px solid #8a6d00; }}
QFrame#directory_banner QLabel, QFrame#ended_banner QLabel {{ color: black; }}
QFrame#real_traffic_banner {{ background: #ffffff; border: 3px solid {ALARM_RED}; }}
QFrame#real_traffic_banner QLabel {{ color: {ALARM_RED}; font-weight: bold; }}
QLabel#exercise_band {{
    background: {EXERCISE_PURPLE}; color: white; font-weight: bold; font-size: 12pt;
    padding: 3px; letter-spacing: 4px;
}}
QPushButton:disabled, QToolButton:disabled {{ border: 1px dashed #8a8f96; }}
QLabel#exercise_watermark {{
    background: {EXERCISE_PURPLE}; color: white; font-weight: bold;
    padding: 1px 6px; letter-spacing: 3px;
}}
"""


#: the docks whose tab always shows its whole name, however many tabs share its place: the
#: alarm banner sends the operator to "the Alarms tab" (``AlarmPanel``'s object name)
WHOLE_TABS = frozenset({"alarm_panel"})


class DeskStyle(QProxyStyle):
    """Fusion, with tabs closer around their names: the five working tabs under the map at
    1366×768 (timeline, units, alarms, exercise control, command, the last with its count of
    handover offers waiting) show their whole names in English, Russian and Arabic, where
    Fusion's margins elided them to "Al…" (the alarm banner sends the operator to "the
    Alarms tab").

    When the tabs cannot all fit (a larger text size, a narrower place) Qt shortens every tab
    alike; the tabs of the docks in ``WHOLE_TABS`` (the Alarms tab) are not shortened, the
    others give the room. A shortened tab keeps its whole name as its tooltip (Qt's).
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return value // 2
        return value

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind != QStyle.ContentsType.CT_TabBarTab or not isinstance(widget, QTabBar):
            return result
        if not isinstance(option, QStyleOptionTab):
            return result
        # Qt measures a tab's least width with its name cut to "Al...": a whole tab's least
        # width is its width with the whole name (its dock's title)
        whole = _whole_name(widget, option.tabIndex)
        if whole is None or option.text == whole:
            return result
        metrics = widget.fontMetrics()
        flag = Qt.TextFlag.TextShowMnemonic
        extra = metrics.size(flag, whole).width() - metrics.size(flag, option.text).width()
        if extra <= 0:
            return result
        vertical = option.shape in _VERTICAL_TABS
        return result + (QSize(0, extra) if vertical else QSize(extra, 0))


_VERTICAL_TABS = frozenset(
    {
        QTabBar.Shape.RoundedWest,
        QTabBar.Shape.RoundedEast,
        QTabBar.Shape.TriangularWest,
        QTabBar.Shape.TriangularEast,
    }
)


def _whole_name(bar: QTabBar, index: int) -> str | None:
    """The whole name of tab ``index`` of ``bar`` if it is the tab of a dock in
    ``WHOLE_TABS`` (a main window's tab bar holds each tab's dock as its data; the tab's
    own text is the cut one while Qt measures its least width)."""
    if not 0 <= index < bar.count():
        return None
    data = bar.tabData(index)
    window = bar.parentWidget()
    if not isinstance(data, int) or window is None:
        return None
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in WHOLE_TABS and shiboken6.getCppPointer(dock)[0] == data:
            return dock.windowTitle()
    return None


def apply_theme(app: QApplication, name: str) -> str:
    """Apply the ``dark`` or ``light`` theme to the whole application; returns the name used."""
    if name not in THEMES:
        name = "dark"
    app.setStyle(DeskStyle("Fusion"))
    app.setPalette(_dark_palette() if name == "dark" else _light_palette())
    app.setStyleSheet(_STYLESHEET)
    app.setProperty("incident_desk_theme", name)
    return name


def current_theme(app: QApplication) -> str:
    """The theme last applied with ``apply_theme`` (``dark`` if none)."""
    value = app.property("incident_desk_theme")
    return value if value in THEMES else "dark"


def apply_text_scale(app: QApplication, percent: int) -> int:
    """Scale every text of the application to ``percent`` of the platform's font size
    (100 to 150; View → Text size). Returns the scale applied."""
    percent = max(100, min(150, int(percent)))
    base = app.property("incident_desk_base_point_size")
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty("incident_desk_base_point_size", base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    app.setProperty("incident_desk_text_scale", percent)
    return percent
