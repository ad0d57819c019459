"""Quarantine reasons as message ids, so the operator reads them in their own language.

The quarantine keeps each reason twice (``incident_desk/messages.py``, as the timeline does):
``quarantine.reason`` holds the English text the evidence log, the CLI and older consoles
read, exactly as it always was; ``quarantine.reason_msg`` holds a message id (context
``core``) with its arguments, which the notices dialog renders in the reader's language.

The common reasons have their own sentence: not well-formed XML, too large, not a CAP
alert, schema and rule violations (a count and the first one), signature failures, exercise
and real traffic mixed up, an invalid unit or command event. The unusual detail (lxml's
error message, a schema path) is data inside the translated sentence: it is shown as
written. A reason with no sentence of its own reads "{reason}" (English, as data).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from incident_desk import cap
from incident_desk.messages import QT_TRANSLATE_NOOP, Message
from incident_desk.trust.details import detail_message

__all__ = [
    "cap_problems_reason",
    "event_reason",
    "free_reason",
    "signature_reason",
    "text_reason",
]


def _m(source: str, **args: Any) -> Message:
    return Message(source, args)


def free_reason(text: str) -> Message:
    """A reason without a sentence of its own: shown as written."""
    return _m("{reason}", reason=text)


_SIZE = re.compile(r"document is (\d+) bytes, over the (\d+) cap")
_DEPTH = re.compile(r"elements are nested deeper than (\d+) levels")
_ROOT = re.compile(r"root element (\S+) is not a CAP alert")


def _xml_reason(message: str) -> Message | None:
    """The safe parser's refusals (``incident_desk/safexml.py``)."""
    if message.startswith("not well-formed XML: "):
        detail = message.removeprefix("not well-formed XML: ")
        return _m(QT_TRANSLATE_NOOP("core", "Not well-formed XML: {detail}"), detail=detail)
    if found := _SIZE.fullmatch(message):
        return _m(
            QT_TRANSLATE_NOOP("core", "Too large: {size} bytes, over the limit of {limit} bytes"),
            size=int(found[1]),
            limit=int(found[2]),
        )
    if message == "document is empty":
        return _m(QT_TRANSLATE_NOOP("core", "Empty payload"))
    if "DOCTYPE" in message:
        return _m(QT_TRANSLATE_NOOP("core", "Refused for safety: the XML declares a DOCTYPE"))
    if found := _DEPTH.fullmatch(message):
        return _m(
            QT_TRANSLATE_NOOP("core", "Refused for safety: XML nested deeper than {limit} levels"),
            limit=int(found[1]),
        )
    if found := _ROOT.match(message):
        return _m(
            QT_TRANSLATE_NOOP("core", "Not a CAP 1.2 alert: the document is a {root}"),
            root=found[1],
        )
    return None


def cap_problems_reason(problems: Sequence[cap.Problem]) -> Message:
    """The reason for a payload ``cap.read_message`` refused: its first problem decides,
    with the line of the document it is on when the reading knows it."""
    if not problems:
        return _m(QT_TRANSLATE_NOOP("core", "Invalid CAP"))
    first = problems[0]
    known = _xml_reason(first.message)
    if known is not None:
        return known
    detail = f"{first.path}: {first.message.removeprefix('schema: ')}"
    if first.line is None:
        if len(problems) == 1:
            return _m(
                QT_TRANSLATE_NOOP("core", "Breaks the CAP 1.2 schema or rules: {detail}"),
                detail=detail,
            )
        return _m(
            QT_TRANSLATE_NOOP(
                "core", "Breaks the CAP 1.2 schema or rules in {count} places; the first: {detail}"
            ),
            count=len(problems),
            detail=detail,
        )
    if len(problems) == 1:
        return _m(
            QT_TRANSLATE_NOOP(
                "core", "Breaks the CAP 1.2 schema or rules on line {line}: {detail}"
            ),
            line=first.line,
            detail=detail,
        )
    return _m(
        QT_TRANSLATE_NOOP(
            "core",
            "Breaks the CAP 1.2 schema or rules in {count} places; the first, on line {line}: "
            "{detail}",
        ),
        count=len(problems),
        line=first.line,
        detail=detail,
    )


def signature_reason(label: str, detail: str) -> Message:
    """A signature the trust policy refuses: ``label`` is the trust state's label (a core
    word, ``incident_desk/trust/wording.py``), ``detail`` what the check found (translated
    when it is one of the verifier's forms, ``incident_desk/trust/details.py``; else data)."""
    return _m(
        QT_TRANSLATE_NOOP("core", "Signature check failed ({state}): {detail}"),
        state={"id": label},
        detail=detail_message(detail) or detail,
    )


def event_reason(kind: str, detail: str) -> Message:
    """A unit status or command event the command board refused (``detail``: its refusal)."""
    if kind == "unit":
        return _m(QT_TRANSLATE_NOOP("core", "invalid unit event: {detail}"), detail=detail)
    if kind == "command":
        return _m(QT_TRANSLATE_NOOP("core", "invalid command event: {detail}"), detail=detail)
    return _m("invalid {kind} event: {detail}", kind=kind, detail=detail)


_STATUS = re.compile(r"CAP status '([^']*)' does not match the (\w+) topic \(needs (\w+)\)")
_NO_ID = re.compile(r"exercise alert has no exercise id in note \(expected (.*)\)")
_OTHER_ID = re.compile(r"exercise id '([^']*)' in note differs from the topic's '([^']*)'")


def text_reason(text: str) -> Message:
    """A reason written as English text by a check outside ingest (``topics.py``: exercise
    and real traffic mixed up; the ack topics): its sentence where there is one."""
    if found := _STATUS.fullmatch(text):
        return _m(
            QT_TRANSLATE_NOOP(
                "core",
                "Exercise and real traffic mixed: CAP status {status} on the {mode} topic "
                "(needs {needed})",
            ),
            status=found[1],
            mode=found[2],
            needed=found[3],
        )
    if found := _NO_ID.fullmatch(text):
        return _m(
            QT_TRANSLATE_NOOP(
                "core", "Exercise alert without its exercise id in note (expected {exercise})"
            ),
            exercise=found[1],
        )
    if found := _OTHER_ID.fullmatch(text):
        return _m(
            QT_TRANSLATE_NOOP(
                "core", "Exercise id {found} in note differs from the topic's {exercise}"
            ),
            found=found[1],
            exercise=found[2],
        )
    if text.startswith("topic not in the Incident Desk scheme: "):
        return _m(
            QT_TRANSLATE_NOOP("core", "Topic not in the Incident Desk scheme: {detail}"),
            detail=text.removeprefix("topic not in the Incident Desk scheme: "),
        )
    if text.endswith("on an ack topic: only CAP Ack belongs there"):
        return _m(
            QT_TRANSLATE_NOOP("core", "{type} on an ack topic: only CAP Ack belongs there"),
            type=text.split(" ", 1)[0],
        )
    if text == "CAP Ack on an alert topic: acks go on the agency's ack topic":
        return _m(
            QT_TRANSLATE_NOOP(
                "core", "CAP Ack on an alert topic: acks go on the agency's ack topic"
            )
        )
    if text.startswith("separation breach: "):
        return _m(
            QT_TRANSLATE_NOOP("core", "Exercise and real traffic mixed: {detail}"),
            detail=text.removeprefix("separation breach: "),
        )
    return free_reason(text)
