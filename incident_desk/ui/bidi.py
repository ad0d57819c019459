"""Mixed-direction text: Latin identifiers, callsigns, coordinates and times inside Arabic.

In a right-to-left window, a cell such as ``0.6362, 36.2800`` or ``2026-12-05 14:03:07 UTC``
would be reordered by the Unicode bidi algorithm (``36.2800 ,0.6362``); a callsign such as
``KE/nps`` next to Arabic words would drag punctuation with it. Isolates (Unicode 6.3,
UAX #9: LRI/RLI/FSI … PDI) keep each such run in its own order without affecting the text
around it. :func:`ltr` and :func:`auto` add them only when the application is laid out right
to left, so left-to-right languages show exactly the text they always did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

__all__ = ["LRI", "PDI", "auto", "isolate", "ltr", "mirror_docks", "right_to_left"]

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def isolate(text: str, direction: str = "auto") -> str:
    """``text`` as a bidi isolate: FSI … PDI (``auto``: its first strong character decides),
    LRI … PDI (``ltr``: identifiers, coordinates, times) or RLI … PDI (``rtl``)."""
    if not text:
        return text
    opener = {"auto": FSI, "ltr": LRI, "rtl": RLI}[direction]
    return f"{opener}{text}{PDI}"


def right_to_left() -> bool:
    """True when the application is laid out right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def ltr(text: str) -> str:
    """``text`` kept left to right inside right-to-left text (coordinates, times, ids)."""
    return isolate(text, "ltr") if right_to_left() else text


def auto(text: str) -> str:
    """``text`` (a name, a callsign, a headline) isolated in its own direction when the
    window is right to left."""
    return isolate(text, "auto") if right_to_left() else text


def mirror_docks(window: QMainWindow) -> None:
    """Swap the left and right dock areas of ``window``, keeping each side's order from top
    to bottom, its tab groups and their current tab, the docks' sizes and hidden docks hidden.

    Qt mirrors widgets, tables and the menu bar in a right-to-left layout but keeps dock areas
    where they are; an Arabic console wants its board on the right and its map on the left.
    The saved layout stays in left-to-right form (``ui/layout.py`` mirrors around save and
    restore), so one saved layout serves every language.
    """
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    docks = [
        d
        for d in window.findChildren(QDockWidget)
        if d.parentWidget() is window and not d.isFloating()
    ]
    plan: list[tuple[Qt.DockWidgetArea, list[list[QDockWidget]]]] = []
    for area, target in ((left, right), (right, left)):
        side = sorted(
            (d for d in docks if window.dockWidgetArea(d) == area),
            key=lambda d: (d.geometry().y(), d.geometry().x()),
        )
        groups: list[list[QDockWidget]] = []
        seen: set[int] = set()
        for d in side:
            if id(d) in seen:
                continue
            group = [d] + [
                t for t in window.tabifiedDockWidgets(d) if window.dockWidgetArea(t) == area
            ]
            seen.update(id(g) for g in group)
            groups.append(_in_tab_order(window, group))
        plan.append((target, groups))
    width = {id(d): d.width() for d in docks}
    height = {id(d): d.height() for d in docks}
    hidden = {id(d) for d in docks if d.isHidden()}
    current = [
        g
        for _t, groups in plan
        for group in groups
        for g in group
        if len(group) > 1 and not g.visibleRegion().isEmpty()
    ]
    for target, groups in plan:
        for group in groups:
            window.addDockWidget(target, group[0], Qt.Orientation.Vertical)
            for other in group[1:]:
                window.tabifyDockWidget(group[0], other)
    for d in docks:
        if id(d) in hidden:
            d.hide()
    for d in current:
        d.raise_()
    for _target, groups in plan:
        firsts = [g[0] for g in groups if id(g[0]) not in hidden]
        if firsts:
            window.resizeDocks(firsts, [width[id(d)] for d in firsts], Qt.Orientation.Horizontal)
            window.resizeDocks(firsts, [height[id(d)] for d in firsts], Qt.Orientation.Vertical)


def _in_tab_order(window: QMainWindow, group: list[QDockWidget]) -> list[QDockWidget]:
    """A tab group's docks in the order of their tabs (tabbed docks share one geometry, so
    the first found could be any of them: an Arabic switch put the Command tab first)."""
    if len(group) < 2:
        return group
    titles = {d.windowTitle(): d for d in group}
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        order = [bar.tabText(i) for i in range(bar.count())]
        if sorted(order) == sorted(titles):
            return [titles[t] for t in order]
    return group
