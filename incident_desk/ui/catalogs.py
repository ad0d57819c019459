"""The compiled catalogs, and a translator that needs no application (QtCore only).

``incident-desk export aar --language fr`` runs without a window: it needs the catalog's
French, nothing of the GUI. A :class:`~PySide6.QtCore.QTranslator` answers ``translate()``
on its own, before and without any ``QCoreApplication``: :func:`catalog_translate` loads the
language's ``.qm`` into one and hands back its lookup as the ``(context, source) -> text``
callable the core's reports take (``incident_desk/messages.py``). No application object is
made, none is installed globally, nothing is left behind for a later test or caller; the
window uses the same ``.qm`` files through ``incident_desk/ui/i18n.py``.

This module imports QtCore only (no QtGui/QtWidgets), so a headless export loads no GUI
library.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTranslator

from incident_desk.shipped import resource_path

__all__ = [
    "CATALOG",
    "PSEUDO",
    "catalog_file",
    "catalog_sources",
    "catalog_translate",
    "compile_catalog",
    "is_rtl",
    "pseudo_text",
]

log = logging.getLogger("incident_desk.ui")

#: the catalog's base name: resources/i18n/incident_desk_<code>.ts
CATALOG = "incident_desk"
#: the pseudo-locale's code (not in the Language menu; for testing and for screenshots)
PSEUDO = "pseudo"
_PSEUDO_OPEN, _PSEUDO_CLOSE = "[!! ", " !!]"


def pseudo_text(source: str) -> str:
    """``source`` in the pseudo-locale: ``[!! source··· !!]`` (a third longer)."""
    if not source:
        return source
    padding = "·" * (len(source) // 3)
    return f"{_PSEUDO_OPEN}{source}{padding}{_PSEUDO_CLOSE}"


def _lrelease() -> list[str]:
    import PySide6

    exe = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    return [str(exe)] if exe.exists() else ["pyside6-lrelease"]


def compile_catalog(ts: Path, qm: Path) -> None:
    """``pyside6-lrelease ts -qm qm`` (unfinished translations stay out: the English source
    shows until a translation is there)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def catalog_file(code: str, *, cache: Path | None = None) -> Path | None:
    """The compiled catalog for ``code``: the shipped ``.qm`` when it is at least as new as
    its ``.ts``; otherwise the ``.ts`` compiled once into ``cache`` (a source checkout that
    was never built). None when the language has no catalog."""
    ts = resource_path("i18n", f"{CATALOG}_{code}.ts")
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    if cache is None:
        import platformdirs

        cache = Path(platformdirs.user_cache_dir("incident-desk")) / "i18n"
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    built = cache / f"{CATALOG}_{code}-{digest}.qm"
    if not built.exists():
        log.info("compiling the %s catalog into %s", code, built)
        compile_catalog(ts, built)
    return built


def catalog_sources() -> frozenset[tuple[str, str]] | None:
    """Every ``(context, source)`` the catalogs hold (what ``pyside6-lupdate`` extracted from
    the code), read from a translated language's ``.ts``; None where no ``.ts`` is shipped.
    The pseudo-locale marks only these: a text handed to ``tr()`` that lupdate never saw
    (a variable, not a marked literal) stays bare, and the pseudo-locale walks report it."""
    from lxml import etree  # only the pseudo-locale reads a .ts

    ts = resource_path("i18n", f"{CATALOG}_fr.ts")
    if not ts.exists():
        return None
    root = etree.parse(str(ts), etree.XMLParser(resolve_entities=False, no_network=True))
    return frozenset(
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    )


def is_rtl(code: str) -> bool:
    """Whether ``code``'s script runs right to left (Qt's locale data: ``ar`` yes)."""
    if code in ("en", PSEUDO):
        return False
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def catalog_translate(code: str) -> Callable[[str, str], str]:
    """``(context, source) -> text`` in ``code`` from its compiled catalog, with no Qt
    application: English (or a text the catalog lacks) gives the source back.

    Raises:
        ValueError: ``code`` has no catalog, or the catalog cannot be read.
    """
    if code == PSEUDO:
        return lambda _context, source: pseudo_text(source)
    if code == "en":
        return lambda _context, source: source
    qm = catalog_file(code)
    if qm is None:
        raise ValueError(f"there is no {code!r} catalog")
    loaded = [_load(code, qm)]

    def translate(context: str, source: str) -> str:
        # A Qt application that shuts down (write_pdf_headless starts and stops one for a
        # PDF) takes every parentless QObject with it, this translator too: load it again.
        if not shiboken6.isValid(loaded[0]):
            loaded[0] = _load(code, qm)
        return loaded[0].translate(context, source) or source

    return translate


def _load(code: str, qm: Path) -> QTranslator:
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise ValueError(f"the {code!r} catalog {qm} could not be read")
    return translator
