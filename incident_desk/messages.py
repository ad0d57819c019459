"""Texts the Qt-free core writes for people, kept as message ids so each reader sees them in
their own language.

The core does not translate: it cannot know who will read a timeline entry (a Kyrgyz duty
officer today, a French prosecutor next year). It writes a :class:`Message`: the English
source text (which is also the message id in the catalog), its ``{placeholder}`` arguments,
and a catalog context. The store keeps both the English text (``timeline.text``: what the
evidence log, the CLI and older consoles read) and the id with its arguments
(``timeline.data["msg"]``); the window renders the id in the reader's language
(``incident_desk/ui/core_text.py``). One catalog for translators: the ids are marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them into the same ``.ts`` files as
the window's texts (context ``core``).

Why not gettext for the core: two catalog formats and tools for one product's translators,
and a core that would have to know the reader's language at the time it writes, which is
exactly what a shared timeline cannot know.

An argument that is itself words for people (a unit status, "by its references") is given
as a nested message (:func:`word`, or another ``Message``'s ``data()``) and is translated
too; identifiers, callsigns, titles and numbers are data and stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = ["CORE", "QT_TRANSLATE_NOOP", "WORDS", "Message", "Translate", "render", "word"]

#: the catalog context of every core message
CORE: Final = "core"


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:
    """Marks ``source`` for ``pyside6-lupdate`` (context ``context``; ``disambiguation``: the
    note that tells two uses of one text apart); returns it unchanged."""
    return source


_CODE_WORD = re.compile(r"[a-z]+(?:_[a-z]+)+")


def word(source: str) -> dict[str, str]:
    """An argument that is a word for people (translated when rendered), e.g. a status."""
    return {"id": source}


@dataclass(frozen=True)
class Message:
    """An English ``source`` text with ``{name}`` placeholders and their arguments."""

    source: str
    args: Mapping[str, Any] = field(default_factory=dict)
    context: str = CORE

    @property
    def text(self) -> str:
        """The English text (what ``timeline.text`` keeps)."""
        return render(self.data(), None)

    def data(self) -> dict[str, Any]:
        """The JSON form kept in ``timeline.data["msg"]``."""
        out: dict[str, Any] = {"id": self.source, "args": dict(self.args)}
        if self.context != CORE:
            out["ctx"] = self.context
        return out


Translate = Callable[[str, str], str]
"""``(context, source) -> text in the reader's language``."""


def render(
    msg: Mapping[str, Any],
    translate: Translate | None,
    data: Callable[[str], str] | None = None,
) -> str:
    """``msg`` (a :meth:`Message.data` dict) as text; ``translate`` None gives English.

    ``data`` wraps each data argument (identifiers, names: the window isolates them for
    right-to-left text). A catalog entry that lost or renamed a placeholder falls back to the
    English text with the arguments (a broken translation never hides what happened)."""
    context = str(msg.get("ctx", CORE))
    source = str(msg.get("id", ""))
    args = {
        key: (
            render(value, translate, data)
            if isinstance(value, Mapping) and "id" in value
            else (data(str(value)) if data is not None else value)
        )
        for key, value in dict(msg.get("args") or {}).items()
    }
    template = translate(context, source) if translate is not None else source
    if template == source and "args" not in msg and _CODE_WORD.fullmatch(source):
        # a code word (``word("en_route")``) no catalog words, as in English: read as words
        # ("SIMBA-MALABA-1: en_route" was what the timeline said)
        template = source.replace("_", " ")
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        try:
            return source.format(**args)
        except (KeyError, IndexError, ValueError):
            return source


#: words the core passes as arguments (:func:`word`): incident and unit states. Listed here so
#: that ``pyside6-lupdate`` puts them in the catalog.
WORDS: Final = (
    QT_TRANSLATE_NOOP("core", "new"),
    QT_TRANSLATE_NOOP("core", "active"),
    QT_TRANSLATE_NOOP("core", "contained"),
    QT_TRANSLATE_NOOP("core", "closed"),
    QT_TRANSLATE_NOOP("core", "available"),
    QT_TRANSLATE_NOOP("core", "assigned"),
    QT_TRANSLATE_NOOP("core", "en_route"),
    QT_TRANSLATE_NOOP("core", "on_scene"),
    QT_TRANSLATE_NOOP("core", "out_of_service"),
    # assignments (incident_desk/command)
    QT_TRANSLATE_NOOP("core", "en route"),
    QT_TRANSLATE_NOOP("core", "on scene"),
    QT_TRANSLATE_NOOP("core", "released"),
    # agencies' participation
    QT_TRANSLATE_NOOP("core", "not taking part"),
    QT_TRANSLATE_NOOP("core", "alerted"),
    QT_TRANSLATE_NOOP("core", "standing_by"),
    QT_TRANSLATE_NOOP("core", "deactivated"),
    QT_TRANSLATE_NOOP("core", "unable"),
    # ICS elements
    QT_TRANSLATE_NOOP("core", "position"),
    QT_TRANSLATE_NOOP("core", "branch"),
    QT_TRANSLATE_NOOP("core", "division"),
    QT_TRANSLATE_NOOP("core", "group"),
    QT_TRANSLATE_NOOP("core", "strike team"),
    QT_TRANSLATE_NOOP("core", "task force"),
    QT_TRANSLATE_NOOP("core", "staging"),
)
