"""The walk of a live language switch: every widget, action, menu, tab and list entry of a
window says its ``tr()`` text again in the new language (``Translations.set_language`` in
``incident_desk/ui/i18n.py`` runs it over every open window).

A text is found again by what it shows (``Translations.find``), with the classes of the
widget that shows it and of those holding it (:func:`owners_of`) to choose between sources
that show it alike. A property found once keeps how it was found on the object itself
(``_MEMO``); a text composed from live state is said again by the widget's own
``retranslate_ui()``, which the walk calls last.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

if TYPE_CHECKING:
    from incident_desk.ui.i18n import Translations

__all__ = ["is_qt_context", "owners_of", "retranslate_tree"]


def is_qt_context(context: str) -> bool:
    """A Qt class's context (``QMainWindow``, ``QWidget`` …), not one of ours."""
    return context[:1] == "Q" and context[1:2].isupper()


def retranslate_tree(
    root: QWidget, tr: Translations, models: set[QAbstractItemModel] | None = None
) -> None:
    """Put the current language's text in place of every ``tr()`` text under ``root``:
    window titles, tooltips, labels, buttons, group boxes, placeholders, combo items, tabs,
    menus and actions, tree and table items; repaint item views (their models translate on
    paint). The map page keeps left to right.

    ``models``: the lists whose entries were said again already in this switch, which are
    then left alone (a combo box's entries are its list view's too, and its popup is a
    window of its own: Swahili's "CBRNE (kemikali …)" was read as a filled-in English
    "{0} ({1})" on a second pass and got its parenthesis once more)."""
    models = set() if models is None else models
    widgets = [root, *root.findChildren(QWidget)]
    actions: set[QAction] = set()
    for w in widgets:
        owners = owners_of(w)
        again = partial(tr.retranslate, owners=owners)
        for name in ("windowTitle", "toolTip", "statusTip", "accessibleName"):
            _set_own(w, name, tr, owners)
        if isinstance(w, QComboBox):
            if w.model() not in models:
                models.add(w.model())
                _retranslate_texts(w, tr, owners)
        else:
            _retranslate_texts(w, tr, owners)
        if isinstance(w, QTreeWidget):
            _retranslate_tree_widget(w, again)
        elif isinstance(w, QTableWidget):
            _retranslate_table_widget(w, again)
        if isinstance(w, QAbstractItemView):
            w.viewport().update()
            model = w.model()
            if isinstance(model, QStandardItemModel) and model not in models:
                models.add(model)
                _retranslate_items(model, again)
            if model is not None:
                for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                    count = (
                        model.columnCount()
                        if orientation == Qt.Orientation.Horizontal
                        else model.rowCount()
                    )
                    if count:
                        model.headerDataChanged.emit(orientation, 0, count - 1)
        if type(w).__name__ == "QWebEngineView":
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        actions.update(w.actions())
        actions.update(w.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly))
    for a in actions:
        for name in ("text", "toolTip", "statusTip", "iconText"):
            _set_own(a, name, tr)
    for w in widgets:  # texts composed from live state: the widget says them again
        render = getattr(w, "retranslate_ui", None)
        if callable(render):
            render()


def _retranslate_items(model: QStandardItemModel, again: Any) -> None:
    """Header and cell texts an item model holds as items (set once, not asked on paint)."""
    for c in range(model.columnCount()):
        item = model.horizontalHeaderItem(c)
        if item is not None:
            _set(item.text, item.setText, again)
    stack = [model.invisibleRootItem()]
    while stack:
        parent = stack.pop()
        for r in range(parent.rowCount()):
            for c in range(parent.columnCount()):
                item = parent.child(r, c)
                if item is not None:
                    _set(item.text, item.setText, again)
                    _set(item.toolTip, item.setToolTip, again)
                    stack.append(item)


def _retranslate_texts(w: QWidget, tr: Translations, owners: frozenset[str]) -> None:
    again = partial(tr.retranslate, owners=owners)
    if isinstance(w, (QLabel, QAbstractButton)):
        _set_own(w, "text", tr, owners)
    elif isinstance(w, QGroupBox):
        _set_own(w, "title", tr, owners)
    elif isinstance(w, QLineEdit):
        _set_own(w, "placeholderText", tr, owners)
    elif isinstance(w, QMenu):
        _set_own(w, "title", tr, owners)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _set(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t), again)
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            _set(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t), again)
            _set(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t), again)


_MEMO = "idesk_tr_{}"
"""A dynamic property on a widget or action: (the text shown, how it was found) for one of its
text properties, set by the last retranslation."""


def _set_own(
    obj: QObject, name: str, tr: Translations, owners: frozenset[str] | None = None
) -> None:
    """``obj``'s text property ``name`` in the current language.

    A text is found again by what it reads (:meth:`Translations.find`), which two sources
    that one language words alike make ambiguous (Arabic says "Ack" and "Acknowledge" the
    same way: after a switch through Arabic, the Acknowledge action read "Ack" in Russian).
    So what each property was found as is kept on the object itself and used while it
    still shows that text; a text the code set since is found by what it reads."""
    old = getattr(obj, name)()
    if not old:
        return
    memo = obj.property(_MEMO.format(name))
    if isinstance(memo, tuple) and memo[0] == old:
        found = memo[1]
    else:
        found = tr.find(old, owners_of(obj) if owners is None else owners)
    if found is None:
        return
    new = tr.say(found)
    obj.setProperty(_MEMO.format(name), (new, found))
    if new != old:
        getattr(obj, "set" + name[0].upper() + name[1:])(new)


def owners_of(obj: QObject) -> frozenset[str]:
    """The class names (with their bases) of ``obj`` and of every object holding it: the
    contexts its texts were most likely asked in (a button made by ``IncidentBoardWidget``
    lies under it)."""
    names: set[str] = set()
    at: QObject | None = obj
    while at is not None:
        names.update(k.__name__ for k in type(at).__mro__ if not is_qt_context(k.__name__))
        at = at.parent()
    return frozenset(names)


def _set(get: Any, put: Any, again: Any) -> None:
    old = get()
    if old:
        new = again(old)
        if new != old:
            put(new)


def _retranslate_tree_widget(w: QTreeWidget, again: Any) -> None:
    header = w.headerItem()
    for c in range(header.columnCount()):
        _set(lambda c=c: header.text(c), lambda t, c=c: header.setText(c, t), again)
    stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        for c in range(item.columnCount()):
            _set(lambda c=c, it=item: it.text(c), lambda t, c=c, it=item: it.setText(c, t), again)
        stack.extend(item.child(i) for i in range(item.childCount()))


def _retranslate_table_widget(w: QTableWidget, again: Any) -> None:
    for c in range(w.columnCount()):
        item = w.horizontalHeaderItem(c)
        if item is not None:
            _set(item.text, item.setText, again)
    for r in range(w.rowCount()):
        for c in range(w.columnCount()):
            item = w.item(r, c)
            if item is not None:
                _set(item.text, item.setText, again)
