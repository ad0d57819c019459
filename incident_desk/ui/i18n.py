"""The console's language: catalogs, Qt's own translations, right to left, live switching.

One ``Translations`` object per application (:func:`translations`) installs:

- Qt's own catalog (``qtbase_xx.qm`` from the Qt installation) for the standard dialogs and
  buttons, where Qt ships one;
- the product's catalog ``resources/i18n/incident_desk_xx.qm``, compiled from the ``.ts``
  source by ``pyside6-lrelease`` (``make i18n``, ``make venv``, the wheel build in
  ``setup.py``); a checkout that was never built compiles it on first use into the user's
  cache folder (:func:`catalog_file`), so no compiled file is ever committed or hand-edited;
- the layout direction (Arabic: right to left; the map page is never mirrored).

Live switching (Language menu, no restart) needs no per-widget code for texts that were set
once from ``tr()``: every lookup goes through a recording translator, which remembers which
source text (and which ``{placeholder}`` arguments) gave each visible string. On a switch
``retranslate_tree`` (``incident_desk/ui/retranslate.py``) walks every widget, action, menu,
tab and item and puts the new language's text in place of the old one. Widgets that compose
their text from live state (the detail pane, the alarm strip, the broker indicator) have a
``retranslate_ui()`` method that renders it again, which the walk calls; item models ask
``tr()`` on every paint, and the walk repaints their views and headers (the timeline also on
``QEvent.LanguageChange``).

A visible string is looked up in what the language it is shown in recorded (French says "En
route" as English does, from another source). Where two sources show the same string (the
English "Close" of the incident board's button and of a dialog), the one asked in a context
of the widget's own classes or of those holding it is taken (``retranslate.owners_of``);
``tests/gui/test_i18n_switch.py`` checks that a switched console reads, widget by widget, as
one started in that language.

The pseudo-locale (``--language pseudo``) wraps every translated text in ``[!! … !!]`` and
lengthens it by a third, so a text that did not go through ``tr()`` stands out on screen
and to ``tests/gui/test_i18n_pseudo.py``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
)

from incident_desk.ui.bidi import isolate, mirror_docks
from incident_desk.ui.catalogs import PSEUDO, catalog_file, catalog_sources, pseudo_text
from incident_desk.ui.retranslate import is_qt_context, retranslate_tree

__all__ = [
    "LANGUAGES",
    "PSEUDO",
    "Language",
    "Translations",
    "catalog_file",
    "isolate",
    "resolve_language",
    "translations",
    "translator_for",
]

log = logging.getLogger("incident_desk.ui")


@dataclass(frozen=True)
class Language:
    """A language the console speaks: its code, its own name, its direction, whether a
    native speaker has reviewed the catalog (unreviewed ones say so in the menu) and whether
    it is offered in the Language menu at all (a catalog not yet translated is not)."""

    code: str
    name: str
    rtl: bool = False
    reviewed: bool = False
    listed: bool = True


#: every language of the Language menu, in menu order (names in their own language)
LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", reviewed=True),
        Language("fr", "Français"),
        Language("ar", "العربية", rtl=True),
        Language("ru", "Русский"),
        Language("sw", "Kiswahili"),
        # catalogs started (docs/glossary.md), not translated yet: not in the menu
        Language("kk", "Қазақша", listed=False),
        Language("ky", "Кыргызча", listed=False),
        Language("rw", "Kinyarwanda", listed=False),
    )
}


def resolve_language(
    explicit: str | None, saved: str | None = None, system: str | None = None
) -> str:
    """The language to start in: ``--language`` or the ``language`` setting, else the
    operator's last choice from the Language menu, else the OS locale (``fr_FR`` → ``fr``),
    else English. Unknown codes are skipped (an unknown explicit one is refused earlier, by
    the settings' validation or the command line)."""
    candidates = [explicit, saved, system if system is not None else QLocale.system().name()]
    for value in candidates:
        if not value:
            continue
        code = value.replace("-", "_").split("_")[0].lower()
        if value == PSEUDO or code in LANGUAGES:
            return PSEUDO if value == PSEUDO else code
    return "en"


# -- catalogs --------------------------------------------------------------------------------


# -- the recording translator ----------------------------------------------------------------

#: a ``{name}`` / ``{0}`` / ``{1:.1f}`` placeholder, or Qt's plural ``%n``
_FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}|%n")


def _group(name: str) -> str:
    """A regex group name for a placeholder (``{0}`` → ``f_0``)."""
    return f"f_{name}"


Found = tuple["_Lookup", dict[str, str]]
"""A shown text's lookup and the arguments it was filled in with (:meth:`Translations.find`)."""


@dataclass(frozen=True)
class _Lookup:
    """How a shown text was asked for: ``contexts`` in the order PySide asked them (the
    class's own, then each base class's, while none answered; Qt's own classes left out
    when one of ours asked), so that it can be asked again in another language."""

    contexts: tuple[str, ...]
    source: str
    disambiguation: str | None
    n: int


class _Recorder(QTranslator):
    """Answers every ``tr()`` from the product's catalog (or the pseudo-locale) and
    remembers which lookup gave which text, so a text on screen can be looked up again in
    another language.

    PySide's ``tr()`` asks the calling class's context, then each base class's in turn
    (a mixin such as ``IncomingHandovers``, then ``QWidget``, ``QObject`` …) until one
    answers. The text belongs to whichever of them holds it in the catalog (the class the
    code was written in), so the whole chain is remembered: remembering only the first or
    the last left texts written in a mixin English after a live switch of language."""

    def __init__(
        self,
        inner: QTranslator | None,
        pseudo: bool,
        book: dict[str, _Lookup],
        alike: dict[str, list[_Lookup]],
        known: frozenset[tuple[str, str]] | None = None,
    ):
        super().__init__()
        self.inner = inner
        self.pseudo = pseudo
        self.book = book
        self.alike = alike
        self.known = known  # pseudo-locale: what the catalogs hold (None: mark everything)
        self._asking: tuple[str, str | None, int] | None = None  # an unanswered tr()
        self._asked: list[str] = []  # the contexts it has asked so far

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if self._asking != (source, disambiguation, n):  # a new tr(), not a base class's turn
            self._asking, self._asked = (source, disambiguation, n), []
        if context not in self._asked:
            self._asked.append(context)
        text = ""
        if self.inner is not None:
            text = self.inner.translate(context, source, disambiguation, n) or ""
        if self.pseudo and source != "QT_LAYOUT_DIRECTION":  # Qt's own direction switch
            text = pseudo_text(source) if self._in_catalog(context, source) else ""
        shown = text or source
        if shown and not shown.isspace():
            ours = tuple(c for c in self._asked if not is_qt_context(c))
            lookup = _Lookup(ours or tuple(self._asked), source, disambiguation, n)
            before = self.book.get(shown)
            if before is not None and before != lookup:  # one text, two sources
                others = self.alike.setdefault(shown, [before])
                if lookup not in others:
                    others.append(lookup)
            self.book[shown] = lookup
        if text:
            self._asking = None
        # None, not "": Qt takes a non-null empty string as the translation itself
        return text or None  # type: ignore[return-value]

    def _in_catalog(self, context: str, source: str) -> bool:
        """Whether the pseudo-locale marks this text: it is in the catalogs, or it is Qt's own
        (asked in Qt classes' contexts only: ``qtbase`` translates those). A text one of our
        classes asked for that the catalogs lack stays bare: lupdate never saw it."""
        if self.known is None or (context, source) in self.known:
            return True
        return all(is_qt_context(c) for c in self._asked)


class Translations(QObject):
    """The application's language. ``set_language(code)`` installs the catalogs, sets the
    layout direction, retranslates every open window and emits ``changed(code)``."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = "en"
        # per language, each text shown and how it was asked for: a text is found again in
        # the book of the language it is shown in (French says "En route" as English does,
        # from another source); ``_alike``: texts two sources show alike in that language
        # (English "Close": the incident board's button, a dialog's), every source
        self._books: dict[str, dict[str, _Lookup]] = {}
        self._alikes: dict[str, dict[str, list[_Lookup]]] = {}
        self._shown_in = "en"  # the language the windows' texts are in (the old one mid-switch)
        self._templates: list[tuple[tuple[re.Pattern[str], ...], str, _Lookup]] = []
        self._templates_from: tuple[str, int] = ("", -1)  # the book the list was built from
        self._installed: list[QTranslator] = []
        self._install("en")

    @property
    def rtl(self) -> bool:
        lang = LANGUAGES.get(self.language)
        return lang is not None and lang.rtl

    def _install(self, code: str) -> None:
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        qt_own = QTranslator(self)
        if code not in ("en", PSEUDO) and qt_own.load(
            f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt_own)
            self._installed.append(qt_own)
        inner: QTranslator | None = None
        qm = catalog_file(code) if code != PSEUDO else None  # English: its plural forms
        if qm is not None:
            inner = QTranslator(self)
            if not inner.load(str(qm)):
                log.error("the %s catalog %s could not be read; English shown", code, qm)
                inner = None
        known = catalog_sources() if code == PSEUDO else None
        book, alike = self._books.setdefault(code, {}), self._alikes.setdefault(code, {})
        recorder = _Recorder(inner, code == PSEUDO, book, alike, known)
        recorder.setParent(self)
        QCoreApplication.installTranslator(recorder)  # the last installed is asked first
        self._installed.append(recorder)
        self.language = code
        if isinstance(self.app, QGuiApplication):  # also headless (PDF forms from the CLI)
            self.app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
            )

    def set_language(self, code: str) -> None:
        """Switch every open window to ``code`` now (no restart; layouts are untouched)."""
        if code != PSEUDO and code not in LANGUAGES:
            raise ValueError(f"no such language: {code!r}")
        if code == self.language:
            return
        was_rtl = self.rtl
        self._shown_in = self.language
        self._install(code)
        try:
            if isinstance(self.app, QApplication):
                models: set[QAbstractItemModel] = set()  # each list's entries once a switch
                for top in self.app.topLevelWidgets():
                    retranslate_tree(top, self, models)
                    if was_rtl != self.rtl and isinstance(top, QMainWindow):
                        mirror_docks(top)  # the board goes right, the map left, and back
        finally:
            self._shown_in = code
        log.info("language: %s", code)
        self.changed.emit(code)

    # -- finding a text's source again ----------------------------------------------------
    @property
    def _book(self) -> dict[str, _Lookup]:
        return self._books.setdefault(self._shown_in, {})

    @property
    def _alike(self) -> dict[str, list[_Lookup]]:
        return self._alikes.setdefault(self._shown_in, {})

    def lookup(self, text: str, owners: frozenset[str] = frozenset()) -> str | None:
        """``text`` as the current language says it, if it came from ``tr()`` (exactly, or
        as a ``{placeholder}`` template filled in); None when it did not (``owners``:
        :meth:`find`)."""
        found = self.find(text, owners)
        return None if found is None else self.say(found)

    def find(self, text: str, owners: frozenset[str] = frozenset()) -> Found | None:
        """How ``text`` was made: its lookup and, for a filled-in template, the arguments as
        they were shown; None when it did not come from ``tr()``. A text two sources show
        alike is the one asked in a context of ``owners`` (the classes of the widget that
        shows it and of those holding it, :func:`owners_of`), else the last one asked."""
        if not text:
            return None
        lookup = self._book.get(text)
        if lookup is not None:
            # the source asked in most of the owners' contexts, the last asked of those
            alike = self._alike.get(text, []) if owners else []
            ranked = [(len(owners.intersection(o.contexts)), i) for i, o in enumerate(alike)]
            best = max(ranked, default=(0, -1))
            return (alike[best[1]] if best[0] else lookup), {}
        # every template and split that reads the text; the one that leaves the least of it
        # unexplained (in fields that are no text of ours) wins, then the most specific
        # template. The shortest fields of "{action} ({keys})" took "Incident: activate" of
        # "Incident: activate (or re-escalate) (Alt+1)" as the action, and "{0}: {1}" read
        # "Incident: contain (Alt+2)" as "Incident" and "contain (Alt+2)": both stayed half
        # English; "{0} and {1}" made "Show quarantine и gaps (Ctrl+Shift+Q)"
        templates = self._template_list()
        reads = [
            (-self._unexplained(args), -rank, rank, args)
            for rank, (patterns, _shown, _lookup) in enumerate(templates)
            for pattern in patterns
            if (args := _fields(pattern, text)) is not None
        ]
        if not reads:
            return None
        *_score, rank, args = max(reads, key=lambda r: r[:2])
        return templates[rank][2], args

    def _unexplained(self, args: dict[str, str]) -> int:
        """How many characters of a template's fields are no text of ours."""
        return sum(len(value) for value in args.values() if value not in self._book)

    def say(self, found: Found) -> str:
        """``found`` (:meth:`find`) in the current language (its arguments too, when they
        are ``tr()`` texts themselves)."""
        lookup, args = found
        return _again(lookup, {k: (self._exact(v) or v) for k, v in args.items()})

    def _exact(self, text: str) -> str | None:
        found = self._book.get(text)
        return None if found is None else _again(found, {})

    def _template_list(self) -> list[tuple[tuple[re.Pattern[str], ...], str, _Lookup]]:
        """Each ``{placeholder}`` text shown so far as patterns that read its fields back:
        the fields as short as they can be, then as long (a field's text may hold what
        follows the field in the template: a parenthesis)."""
        if self._templates_from == (self._shown_in, len(self._book)):
            return self._templates
        templates = []
        for shown, lookup in list(self._book.items()):
            if not _FIELD.search(shown):
                continue
            try:
                patterns = tuple(re.compile(_pattern(shown, q), re.S) for q in ("?", ""))
            except re.error:
                continue
            templates.append((patterns, shown, lookup))
        templates.sort(key=lambda t: -len(t[1]))  # the most specific template first
        self._templates, self._templates_from = templates, (self._shown_in, len(self._book))
        return templates

    def retranslate(self, text: str, owners: frozenset[str] = frozenset()) -> str:
        """``text`` in the current language when it came from ``tr()``; else unchanged
        (``owners``: :meth:`find`)."""
        again = self.lookup(text, owners)
        return text if again is None else again


def _fields(pattern: re.Pattern[str], text: str) -> dict[str, str] | None:
    m = pattern.fullmatch(text)
    return None if m is None else m.groupdict()


def _pattern(shown: str, lazy: str) -> str:
    """A regular expression that reads the fields of template ``shown`` back (``lazy``: "?"
    for the shortest fields, "" for the longest)."""
    parts, last, names = [], 0, set()
    for m in _FIELD.finditer(shown):
        parts.append(re.escape(shown[last : m.start()]))
        name = m.group(1)
        if name is None:
            parts.append(r"(?P<_n>-?\d+)" if "_n" not in names else r"-?\d+")
            names.add("_n")
        elif name in names:
            parts.append(f"(?P={_group(name)})")
        else:
            parts.append(f"(?P<{_group(name)}>.*{lazy})")
            names.add(name)
        last = m.end()
    parts.append(re.escape(shown[last:]))
    return "".join(parts)


def _again(lookup: _Lookup, args: dict[str, Any]) -> str:
    """The lookup in the current language, its placeholders filled with the texts captured
    from the old one (already formatted: a ``{1:.1f}`` gets the ``0.0`` that was shown)."""
    text = lookup.source
    for context in lookup.contexts:  # the one that holds it answers; the others give it back
        text = QCoreApplication.translate(context, lookup.source, lookup.disambiguation, lookup.n)
        if text != lookup.source:
            break
    if not args:
        return text
    fields = {k.removeprefix("f_"): v for k, v in args.items() if k != "_n"}

    def fill(found: re.Match[str]) -> str:
        name = found.group(1)
        if name is None:  # %n: Qt filled it in already
            return found.group(0)
        return str(fields.get(name, found.group(0)))

    return _FIELD.sub(fill, text)


_instance: Translations | None = None


def translator_for(code: str) -> Callable[[str, str], str]:
    """For a program without a window (``incident-desk export … --language fr``): a Qt
    application on the offscreen platform (made if there is none) speaking ``code``; its
    ``translate(context, source)`` for the core's forms and reports."""
    if QCoreApplication.instance() is None:
        QGuiApplication(["incident-desk", "-platform", "offscreen"])
    translations().set_language(code)

    def translate(context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    return translate


def translations() -> Translations:
    """The application's ``Translations`` (made on first use, English until switched)."""
    global _instance
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations() needs a QApplication")
    if _instance is None or _instance.app is not app:
        _instance = Translations(app)
    return _instance
