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

__all__ = ["LRI", "PDI", "auto", "isolate", "ltr", "right_to_left"]

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
