"""The incident lifecycle: every transition, allowed or refused with a reason."""

from __future__ import annotations

import itertools

import pytest

from incident_desk.incidents import TRANSITIONS, IncidentBoard, IncidentError, IncidentStatus

S = IncidentStatus
ALLOWED = {
    (S.NEW, S.ACTIVE),
    (S.NEW, S.CLOSED),
    (S.ACTIVE, S.CONTAINED),
    (S.ACTIVE, S.CLOSED),
    (S.CONTAINED, S.CLOSED),
    (S.CONTAINED, S.ACTIVE),
    (S.CLOSED, S.ACTIVE),
}
PATH = {  # how to reach each status from new
    S.NEW: [],
    S.ACTIVE: [S.ACTIVE],
    S.CONTAINED: [S.ACTIVE, S.CONTAINED],
    S.CLOSED: [S.CLOSED],
}


def test_the_table_is_the_documented_lifecycle() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


@pytest.mark.parametrize(("current", "target"), sorted(itertools.product(S, S)))
def test_transition(sqlite_board: IncidentBoard, current: S, target: S) -> None:
    board = sqlite_board
    incident_id = board.create_at(0.3, 36.5, "Market", "amina").incidents[0]
    for step in PATH[current]:
        board.set_status(incident_id, step, "amina")
    before = board.timeline(incident_id)

    if (current, target) in ALLOWED:
        changes = board.set_status(incident_id, target, "joseph", console="ws-1")
        incident = board.get(incident_id)
        assert incident is not None
        assert incident.status is target
        entry = board.timeline(incident_id)[-1]
        assert changes.timeline == (entry.id,)
        assert (entry.kind, entry.actor) == ("incident.status", "joseph")
        assert entry.data == {
            "incident": incident_id,
            "from": current,
            "to": target,
            # the text as a message id with its arguments: it reads in the reader's language
            "msg": {
                "id": "Status {old} → {new}",
                "args": {"old": {"id": current.value}, "new": {"id": target.value}},
            },
        }
    else:
        reason = "already" if current == target else f"cannot go from {current} to {target}"
        with pytest.raises(IncidentError, match=reason) as refused:
            board.set_status(incident_id, target, "joseph")
        assert refused.value.reason.startswith("Incident INC-KE-20260314-1: ")
        incident = board.get(incident_id)
        assert incident is not None
        assert incident.status is current
        assert board.timeline(incident_id) == before


def test_refusal_names_the_way_forward(sqlite_board: IncidentBoard) -> None:
    incident_id = sqlite_board.create_at(0.3, 36.5, "Market", "amina").incidents[0]
    with pytest.raises(IncidentError) as refused:
        sqlite_board.set_status(incident_id, S.CONTAINED, "amina")
    assert refused.value.reason == (
        "Incident INC-KE-20260314-1: it cannot go from new to contained (it has to be active "
        "before it is contained); from new it can go to active or closed."
    )


def test_unknown_status_is_refused(sqlite_board: IncidentBoard) -> None:
    incident_id = sqlite_board.create_at(0.3, 36.5, "Market", "amina").incidents[0]
    with pytest.raises(IncidentError, match="Unknown incident status 'resolved'"):
        sqlite_board.set_status(incident_id, "resolved", "amina")
