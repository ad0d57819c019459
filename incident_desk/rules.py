"""Operator-facing rules that more than one part of the product applies, decided once here.

The window, the headless commands, the exercise player and the tests all ask these
functions; no widget keeps its own copy of a rule (docs/architecture.md, "Rules live in the
core").

- ``needs_acknowledgement``: which CAP messages an operator is asked to acknowledge (they
  are bold and marked in the queue, F8 walks them, they can alarm): an ``Alert`` or an
  ``Update`` — a new or changed threat. A ``Cancel`` ends a threat: it returns an alarm to
  normal and is not itself a new alarm. ``Ack`` and ``Error`` answer other messages.
- ``can_acknowledge``: what ``Console.acknowledge`` accepts: everything but an ``Ack`` or an
  ``Error`` (an operator may confirm receipt of a Cancel; nobody acknowledges an Ack).
- ``is_no_duff``: a real message that interrupts a drill. An ``Actual`` ``Alert``,
  ``Update`` or ``Cancel`` received on the real tree while the console plays an exercise:
  a real Cancel is real-world news too (a threat the real centre was handling is over), and
  the exercise clock holds for it like for any other real message.
"""

from __future__ import annotations

from typing import Protocol

__all__ = [
    "ACKNOWLEDGEABLE",
    "NEEDS_ACKNOWLEDGEMENT",
    "NO_DUFF_TYPES",
    "can_acknowledge",
    "is_no_duff",
    "needs_acknowledgement",
]

#: CAP msgType values an operator is asked to acknowledge
NEEDS_ACKNOWLEDGEMENT = frozenset({"Alert", "Update"})
#: CAP msgType values ``Console.acknowledge`` accepts
ACKNOWLEDGEABLE = frozenset({"Alert", "Update", "Cancel"})
#: real (``Actual``) CAP msgType values that interrupt a drill
NO_DUFF_TYPES = frozenset({"Alert", "Update", "Cancel"})


class _Message(Protocol):
    @property
    def msg_type(self) -> object: ...


def _type_name(msg_type: object) -> str:
    """``MsgType.ALERT`` or ``"Alert"`` alike (enum rows and summary rows share the rules)."""
    return str(getattr(msg_type, "value", msg_type))


def needs_acknowledgement(row: _Message) -> bool:
    """True for a message an operator must acknowledge (an Alert or an Update)."""
    return _type_name(row.msg_type) in NEEDS_ACKNOWLEDGEMENT


def can_acknowledge(row: _Message) -> bool:
    """True for a message that ``Console.acknowledge`` accepts (not an Ack or an Error)."""
    return _type_name(row.msg_type) in ACKNOWLEDGEABLE


def is_no_duff(*, status: object, msg_type: object, exercise_id: str | None) -> bool:
    """True for real traffic that must interrupt a drill: an ``Actual`` Alert, Update or
    Cancel that is not exercise content (no exercise id)."""
    return (
        _type_name(status) == "Actual"
        and exercise_id is None
        and _type_name(msg_type) in NO_DUFF_TYPES
    )
