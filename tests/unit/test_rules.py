"""The operator rules decided once in the core (incident_desk/rules.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from incident_desk import cap
from incident_desk.rules import can_acknowledge, is_no_duff, needs_acknowledgement


@pytest.mark.parametrize(
    ("msg_type", "needs", "can"),
    [
        ("Alert", True, True),
        ("Update", True, True),
        ("Cancel", False, True),  # ends a threat: returns an alarm to normal, no new alarm
        ("Ack", False, False),
        ("Error", False, False),
    ],
)
def test_which_messages_an_operator_acknowledges(msg_type: str, needs: bool, can: bool) -> None:
    for value in (msg_type, cap.MsgType(msg_type)):  # summary rows and CAP models alike
        row = SimpleNamespace(msg_type=value)
        assert needs_acknowledgement(row) is needs
        assert can_acknowledge(row) is can


@pytest.mark.parametrize(
    ("status", "msg_type", "exercise_id", "expected"),
    [
        ("Actual", "Alert", None, True),
        ("Actual", "Update", None, True),
        ("Actual", "Cancel", None, True),  # a real Cancel is real-world news too
        ("Actual", "Ack", None, False),
        ("Actual", "Error", None, False),
        ("Exercise", "Alert", "EX-1", False),
        ("Actual", "Alert", "EX-1", False),  # stored as exercise content: never real
        ("Test", "Alert", None, False),
        ("System", "Alert", None, False),
    ],
)
def test_what_interrupts_a_drill(
    status: str, msg_type: str, exercise_id: str | None, expected: bool
) -> None:
    assert is_no_duff(status=status, msg_type=msg_type, exercise_id=exercise_id) is expected
    assert (
        is_no_duff(
            status=cap.Status(status), msg_type=cap.MsgType(msg_type), exercise_id=exercise_id
        )
        is expected
    )
