"""Walk every visible text of a window (widgets, menus, actions, tabs, item views, headers)
and find the ones that did not go through translation, under the pseudo-locale.

Under the pseudo-locale every translated text reads ``[!! … !!]``. A visible text passes when,
after removing its ``[!! … !!]`` parts, what remains is *data*:

- values the test put into the store (``data``: headlines, events, senders, identifiers,
  area names, labels given to the window), matched as whole substrings;
- times in the product's one format (incident_desk/timefmt.py), numbers, percentages;
- identifiers: tokens with a digit, ``-``, ``_``, ``.``, ``/``, ``:`` or ``@`` in them
  (``KE-NPS-000003``, ``nps.go.ke``, ``broker.local:1883``), and all-capital codes of at most
  five letters (``KE``, ``UTC``, ``CAP``: country codes and standard acronyms);
- the Language menu's names of languages, which are in their own language on purpose.

Anything else with two letters in a row is reported with where it was seen. The exemption is
deliberately narrow: an English word on its own (``Status``, ``acknowledged``) is never data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from incident_desk.ui.i18n import LANGUAGES

_MARKED = re.compile(r"\[!! (?:(?!\[!! ).)*? !!\]", re.S)
_TIME = re.compile(
    r"(EX )?\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?( UTC([+-]\d{2}:\d{2})?)?"
    r"|(EX T)?[+-]?\d{2}:\d{2}(:\d{2})?|UTC([+-]\d{2}:\d{2})?"
)
_IDENT = re.compile(r"\S*[\d_./:@+-]\S*")
_CODE = re.compile(r"\b[A-Z]{1,5}\b")
_TAGS = re.compile(r"<[^>]+>|&\w+;")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Finding:
    where: str
    text: str
    rest: str

    def __str__(self) -> str:
        return f"{self.where}: {self.rest!r} in {self.text[:120]!r}"


def untranslated(text: str, data: Iterable[str]) -> str | None:
    """What is left of ``text`` that is neither marked as translated nor data; None if
    nothing is."""
    rest, before = text, None
    while rest != before:  # innermost first: a marked text may hold marked arguments
        before, rest = rest, _MARKED.sub(" ", rest)
    for value in sorted(data, key=len, reverse=True):
        if value:
            rest = rest.replace(value, " ")
    rest = _TAGS.sub(" ", rest)
    for lang in LANGUAGES.values():
        rest = rest.replace(lang.name, " ")
    rest = _TIME.sub(" ", rest)
    rest = _IDENT.sub(" ", rest)
    rest = _CODE.sub(" ", rest)
    rest = rest.replace("&", "")  # mnemonics
    return rest.strip() if _WORD.search(rest) else None


def _shown(w: QWidget, root: QWidget) -> bool:
    """On screen, or one click away: a menu, or a page of a tab widget that is not current."""
    if isinstance(w, QMenu):
        return True
    node: QWidget | None = w
    while node is not None and node is not root:
        parent = node.parentWidget()
        if node.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        node = parent
    return True


def texts(root: QWidget, rows: int = 50) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` shows or would show on hover or in a menu."""
    actions: dict[int, QAction] = {}
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w, root):
            continue
        name = f"{type(w).__name__}#{w.objectName() or '?'}"
        if w is root or w.isWindow():
            yield f"{name}.windowTitle", w.windowTitle()
        yield f"{name}.toolTip", w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield f"{name}.text", w.text()
        elif isinstance(w, QGroupBox):
            yield f"{name}.title", w.title()
        elif isinstance(w, QLineEdit):
            yield f"{name}.placeholder", w.placeholderText()
        elif isinstance(w, QMenu):
            yield f"{name}.title", w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}.item{i}", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
        elif isinstance(w, QTextEdit):
            yield f"{name}.text", w.toPlainText()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_texts(f"{name}.model", w.model(), rows)
        for a in w.actions():
            actions[id(a)] = a
        if w.windowTitle() and type(w).__name__ == "QDockWidget":
            yield f"{name}.windowTitle", w.windowTitle()
    for a in actions.values():
        if a.isSeparator():
            continue
        where = f"QAction#{a.objectName() or '?'}"
        yield f"{where}.text", a.text()
        yield f"{where}.toolTip", a.toolTip()


def _model_texts(where: str, model: object, rows: int) -> Iterator[tuple[str, str]]:
    display = Qt.ItemDataRole.DisplayRole
    columns = model.columnCount()  # type: ignore[attr-defined]
    for c in range(columns):
        value = model.headerData(c, Qt.Orientation.Horizontal, display)  # type: ignore[attr-defined]
        if isinstance(value, str):
            yield f"{where}.header{c}", value
    stack = [(QModelIndex(), 0)]
    seen = 0
    while stack and seen < rows:
        parent, depth = stack.pop()
        for r in range(min(model.rowCount(parent), rows)):  # type: ignore[attr-defined]
            seen += 1
            for c in range(columns):
                index = model.index(r, c, parent)  # type: ignore[attr-defined]
                for role in (display, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)  # type: ignore[attr-defined]
                    if isinstance(value, str):
                        yield f"{where}[{r},{c}]", value
                if c == 0 and depth < 4:
                    stack.append((index, depth + 1))


def findings(root: QWidget, data: Iterable[str]) -> list[Finding]:
    """Every visible text under ``root`` that did not go through translation."""
    values = [v for v in data if v]
    out = []
    for where, text in texts(root):
        if not text:
            continue
        rest = untranslated(text, values)
        if rest is not None:
            out.append(Finding(where, text, rest))
    return out
