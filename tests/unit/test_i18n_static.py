"""Every text the window hands to a widget goes through translation: a static check of
incident_desk/ui/ that complements the pseudo-locale walk (tests/gui/test_i18n_pseudo*.py),
which sees only what is on screen, not the messages an action shows later.

A call to a text sink (``setText``, ``setToolTip``, ``QLabel(…)``, ``show_message(…)`` …)
whose text argument is a string literal with words in it, or an f-string with words in its
literal parts, is reported. ``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` calls, names
and attribute reads are not literals and pass; so do literals without words (``"—"``,
``"%"``), HTML tags alone, and style sheets.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "incident_desk" / "ui"

#: method or constructor name -> index of the argument that is shown to people
SINKS = {
    "setText": 0,
    "setToolTip": 0,
    "setStatusTip": 0,
    "setWindowTitle": 0,
    "setPlaceholderText": 0,
    "setTitle": 0,
    "setHtml": 0,
    "setPlainText": 0,
    "addItem": 0,
    "addTab": 1,
    "setTabText": 1,
    "addMenu": 0,
    "addAction": 0,
    "addRow": 0,
    "setItemText": 1,
    "show_message": 0,
    "_say": 0,
    "set_error": 0,
    "_need_incident": 0,  # "Select an incident on the board to {what}."
    "_run": 0,  # the operator action's name: "Could not {doing}: …"
    "run": 0,
    "QLabel": 0,
    "QPushButton": 0,
    "QCheckBox": 0,
    "QRadioButton": 0,
    "QGroupBox": 0,
    "QAction": 0,
    "QToolBar": 0,
    "QDockWidget": 0,
}
_WORD = re.compile(r"[^\W\d_]{2,}")
_TAG = re.compile(r"<[^>]*>|&\w+;")


def _words(text: str) -> bool:
    return bool(_WORD.search(_TAG.sub(" ", text)))


def _literal_text(node: ast.expr) -> str | None:
    """The words a literal or f-string argument puts on screen (None if not a literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return (left or "") + (right or "") if left is not None or right is not None else None
    if isinstance(node, ast.IfExp):
        body, orelse = _literal_text(node.body), _literal_text(node.orelse)
        return (body or "") + " " + (orelse or "") if body or orelse else None
    return None


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in SINKS or len(node.args) <= SINKS[name]:
            continue
        arg = node.args[SINKS[name]]
        text = _literal_text(arg)
        if text is None or not _words(text):
            continue
        if name == "setStyleSheet" or ("{" in text and ":" in text and ";" in text):
            continue  # a style sheet
        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text[:60]!r})")
    return found


def test_no_translation_is_marked_inside_an_f_string() -> None:
    """``pyside6-lupdate`` does not read into f-strings: a ``tr()`` or ``QT_TRANSLATE_NOOP``
    there never reaches the catalog and stays English in every language."""
    found = []
    for path in sorted((ROOT / "incident_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _callee(inner) in {
                    "tr",
                    "translate",
                    "QT_TRANSLATE_NOOP",
                }:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "\n".join(found)


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_context_is_written_where_it_is_marked() -> None:
    """``pyside6-lupdate`` reads a context only as a string literal: with a name in its place
    (``QT_TRANSLATE_NOOP(_BRIEF, …)``) the texts never reached the catalog, and the handover
    brief stayed English in every language while a test translator said it was marked."""
    found = []
    for path in sorted((ROOT / "incident_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            marked = _callee(node) == "QT_TRANSLATE_NOOP" or (
                _callee(node) == "translate" and _literal(text)
            )  # a literal text is a mark lupdate reads; a variable one was marked elsewhere
            if marked and not _literal(context):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "\n".join(found)


def test_every_text_given_to_a_widget_goes_through_translation() -> None:
    found = [line for path in sorted(UI.rglob("*.py")) for line in untranslated(path)]
    assert found == [], "\n".join(found)
