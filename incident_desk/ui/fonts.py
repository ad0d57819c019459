"""The fonts shipped with the product (resources/fonts/, SIL OFL 1.1): Noto Sans for Latin and
Cyrillic, Noto Sans Arabic for Arabic, Noto Sans Symbols (1 and 2) for the arrows and signs the
console uses (→, ✔, ⚠, ⛔, ◀). Registered once with Qt, so printed forms and reports
have real glyphs for every language of the console on any workstation (a system without
Arabic or Cyrillic fonts would print empty boxes), and the window falls back to them too.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from incident_desk.shipped import resource_path

__all__ = [
    "FAMILIES",
    "FONT_FILES",
    "css_families",
    "paper_font",
    "register_fonts",
    "use_shipped_fonts",
]

log = logging.getLogger("incident_desk.ui")

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
)
#: families in fallback order: Latin/Cyrillic first, then Arabic, then arrows and signs
FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Symbols", "Noto Sans Symbols 2")

_PROPERTY = "idesk_font_families"  # kept on the application: a new one registers again


def register_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with the running Qt application (once per application);
    the families."""
    app = QGuiApplication.instance()
    known = app.property(_PROPERTY) if app is not None else None
    if known:
        return tuple(known)
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("the shipped font %s could not be loaded", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if app is not None:
        app.setProperty(_PROPERTY, families)
    return tuple(families)


def use_shipped_fonts(app: QGuiApplication) -> None:
    """The window's text in the shipped families first: the same letters and widths on every
    workstation (the layouts are sized for them: 1366 pixels in every language), and Arabic
    and Cyrillic on a system that has no such font (the system's families stay as fallback)."""
    register_fonts()
    font = app.font()
    font.setFamilies([*FAMILIES, *(f for f in font.families() if f not in FAMILIES)])
    app.setFont(font)


def paper_font(point_size: float, *, bold: bool = False) -> QFont:
    """A font for paper (PDF forms): the shipped families, in fallback order."""
    register_fonts()
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def css_families() -> str:
    """The same families for HTML (QTextDocument, the after-action report)."""
    return ", ".join(f"'{f}'" for f in FAMILIES) + ", sans-serif"
