"""The after-action report's words for people, as message ids (context ``aar``).

The report is built once, in English, by the Qt-free core (``_aar``); the people who read it
may read French or Arabic. So, like the timeline (``incident_desk/messages.py``), every
sentence the report writes for people is kept as a message id with its arguments and
rendered by the HTML writer (``_aar_write``) with the reader's ``translate``; the CSV and the
JSON keep the English text (machine-readable, stable keys). The marks below put the ids in
the same ``.ts`` catalogs as the window's texts (``make i18n``).

Data stays data: callsigns, agencies, identifiers, incident keys and durations arrive in
``{placeholders}``; durations and times keep the one format of ``incident_desk.timefmt``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from incident_desk import timefmt
from incident_desk.messages import QT_TRANSLATE_NOOP, Message, Translate, render

__all__ = [
    "AAR",
    "action_message",
    "capitalised",
    "check_message",
    "expectation_message",
    "listing",
    "say",
]

#: the catalog context of the report's texts
AAR: Final = "aar"


def say(source: str, **args: Any) -> dict[str, Any]:
    """A report sentence (context ``aar``) as message data."""
    return Message(source, args, AAR).data()


def aar_word(source: str) -> dict[str, Any]:
    """A word of the report (a verdict, an inject kind) as a nested message."""
    return {"id": source, "args": {}, "ctx": AAR}


def action_message(action: str) -> dict[str, Any]:
    """A check's action ("acknowledgement", "incident", "assignment of {unit}") in words."""
    unit = action.removeprefix("assignment of ")
    if unit != action:
        return say(QT_TRANSLATE_NOOP("aar", "assignment of {unit}"), unit=unit)
    if action == "acknowledgement":
        return aar_word(QT_TRANSLATE_NOOP("aar", "acknowledgement"))
    if action == "incident":
        return aar_word(QT_TRANSLATE_NOOP("aar", "incident"))
    return {"id": "{action}", "args": {"action": action}, "ctx": AAR}  # not a word: data


def check_message(
    action: str,
    outcome: str,
    *,
    by: str | None,
    earlier: bool,
    delay_s: float | None,
    wall_delay_s: float | None,
    within_s: float,
) -> dict[str, Any]:
    """One check (``_aar.Check``) in words."""
    what = action_message(action)
    if outcome == "missing":
        return say(QT_TRANSLATE_NOOP("aar", "no {action}"), action=what)
    if earlier:
        return say(
            QT_TRANSLATE_NOOP("aar", "{action} already done by {by} before the inject"),
            action=what,
            by=by,
        )
    wall = wall_delay_s or 0.0
    wall_text = f"{wall:.1f} s" if wall < 10 else timefmt.duration(wall)
    args = {"action": what, "by": by, "delay": timefmt.duration(delay_s), "wall": wall_text}
    if outcome == "late":
        return say(
            QT_TRANSLATE_NOOP(
                "aar",
                "{action} by {by} {delay} after the inject (exercise time; {wall} wall "
                "clock): later than {within}",
            ),
            within=timefmt.duration(within_s),
            **args,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "aar", "{action} by {by} {delay} after the inject (exercise time; {wall} wall clock)"
        ),
        **args,
    )


def listing(items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``a``, ``a and b`` or ``a, b and c`` (an inject expects at most three actions)."""
    if len(items) == 1:
        return dict(items[0])
    if len(items) == 2:
        return say(
            QT_TRANSLATE_NOOP("aar", "{first} and {second}"), first=items[0], second=items[1]
        )
    return say(
        QT_TRANSLATE_NOOP("aar", "{first}, {second} and {third}"),
        first=items[0],
        second=listing(items[1:-1]),
        third=items[-1],
    )


def expectation_message(
    ack: bool, incident: bool, unit: str | None, within_s: float
) -> dict[str, Any]:
    """What an inject's ``expect`` asks, in words (render it with :func:`capitalised`)."""
    parts: list[dict[str, Any]] = []
    if ack:
        parts.append(say(QT_TRANSLATE_NOOP("aar", "acknowledge the alert")))
    if incident:
        parts.append(say(QT_TRANSLATE_NOOP("aar", "open or take up an incident")))
    if unit is not None:
        parts.append(say(QT_TRANSLATE_NOOP("aar", "assign {unit}"), unit=unit))
    if not parts:
        return say(QT_TRANSLATE_NOOP("aar", "no action listed"))
    return say(
        QT_TRANSLATE_NOOP("aar", "{actions}, within {within} of exercise time"),
        actions=listing(parts),
        within=timefmt.duration(within_s),
    )


def capitalised(msg: Mapping[str, Any], translate: Translate | None) -> str:
    """``msg`` rendered, its first letter a capital (a sentence that starts with a list)."""
    text = render(msg, translate)
    return text[:1].upper() + text[1:]


#: the report's fixed words: verdicts, inject kinds, timeline origins, clock sources
WORDS: Final = (
    QT_TRANSLATE_NOOP("aar", "met"),
    QT_TRANSLATE_NOOP("aar", "not met"),
    QT_TRANSLATE_NOOP("aar", "not observed"),
    QT_TRANSLATE_NOOP("aar", "acknowledged"),  # an ad-hoc inject's (the controller's MSEL)
    QT_TRANSLATE_NOOP("aar", "cap"),
    QT_TRANSLATE_NOOP("aar", "unit"),
    QT_TRANSLATE_NOOP("aar", "text"),
    QT_TRANSLATE_NOOP("aar", "scenario"),
    QT_TRANSLATE_NOOP("aar", "alert"),
    QT_TRANSLATE_NOOP("aar", "ack"),
    QT_TRANSLATE_NOOP("aar", "timeline"),
    QT_TRANSLATE_NOOP("aar", "controller"),
    QT_TRANSLATE_NOOP("aar", "injects"),
    QT_TRANSLATE_NOOP("aar", "speed only"),
)
