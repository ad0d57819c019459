"""What a person reads of an alert's headline: the real words first.

Exercise CAP carries a mandated marking: the scenario renderer
(``incident_desk.scenario._render``) and the recording replayer
(``incident_desk.exercise._replay``) open every headline with ``EXERCISE EXERCISE EXERCISE``
so that no copy of the message can be mistaken for a real one. On a console that already
marks exercise traffic without words (the exercise band, the EX column), repeating it in every
row hides the headlines: every row read "EXERCISE · Event: EXERCISE EXERCISE EXERCISE …".

:func:`display_headline` drops the marking (and any "EXERCISE ·" or "EXERCISE:" before it) for
display only. The CAP document, the store and the raw XML view keep it unchanged; a caller
shows the result only next to its own exercise cue.
"""

from __future__ import annotations

import re

__all__ = ["display_headline", "strip_exercise_marking"]

# The marking is capitals ("EXERCISE"), with the separators people and tools put between it
# and the text: spaces, "·", ":", "-", "–", "—", "|" and brackets. Case matters: a real
# headline "Exercise ground closed" keeps its first word.
_SEP = r"[\s\[\]()·:|\-–—]"
_LEADING = re.compile(rf"^(?:{_SEP}*\bEXERCISE\b)+{_SEP}*")
_TRAILING = re.compile(rf"(?:{_SEP}*\bEXERCISE\b)+{_SEP}*$")
# the mandated triple anywhere (a view that glued "Event: " in front of it)
_TRIPLE = re.compile(r"\s*\bEXERCISE EXERCISE EXERCISE\b\s*")


def strip_exercise_marking(text: str) -> str:
    """``text`` without the capital EXERCISE words at its start and at its end, and without
    the mandated ``EXERCISE EXERCISE EXERCISE`` wherever it stands."""
    out = _TRIPLE.sub(" ", text)
    out = _LEADING.sub("", out.strip(), count=1)
    out = _TRAILING.sub("", out, count=1)
    return out.strip()


def display_headline(headline: str | None, event: str | None = None, identifier: str = "") -> str:
    """The headline to show: without the mandated exercise marking; else the event; else the
    identifier. Never "EXERCISE …" alone, never the event glued in front of the headline
    (the event has its own column)."""
    for candidate in (headline, event):
        if candidate:
            text = strip_exercise_marking(candidate)
            if text:
                return text
    return identifier
