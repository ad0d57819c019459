"""The state machines as tables: every move allowed or refused with a reason."""

from __future__ import annotations

import itertools

import pytest

from incident_desk.command import (
    ASSIGNMENT_TRANSITIONS,
    AssignmentStatus,
    ParticipationState,
    TierLabels,
    assignment_refusal,
    participation_refusal,
)

A = AssignmentStatus
P = ParticipationState

ALLOWED_ASSIGNMENT = {
    (A.ASSIGNED, A.EN_ROUTE),
    (A.ASSIGNED, A.RELEASED),
    (A.EN_ROUTE, A.ON_SCENE),
    (A.EN_ROUTE, A.RELEASED),
    (A.ON_SCENE, A.RELEASED),
}
ALLOWED_PARTICIPATION = {
    (P.ALERTED, P.STANDING_BY),
    (P.STANDING_BY, P.ACTIVE),
    (P.ACTIVE, P.DEACTIVATED),
    (P.DEACTIVATED, P.ACTIVE),
    (P.UNABLE, P.ALERTED),
    *((s, P.UNABLE) for s in P if s is not P.UNABLE),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(A, A)))
def test_assignment_moves(current: A, target: A) -> None:
    reason = assignment_refusal(current, target)
    if (current, target) in ALLOWED_ASSIGNMENT:
        assert reason is None
    else:
        assert reason is not None
        assert str(target).replace("_", " ") in reason  # the state in words


def test_released_is_final_and_says_so() -> None:
    assert ASSIGNMENT_TRANSITIONS[A.RELEASED] == frozenset()
    assert assignment_refusal(A.RELEASED, A.EN_ROUTE) == (
        "the assignment is released: that is final, it cannot go to en route"
    )
    assert assignment_refusal(A.ASSIGNED, A.ON_SCENE) == (
        "the assignment cannot go from assigned to on scene; "
        "from assigned it can go to en route or released"
    )


@pytest.mark.parametrize(("current", "target"), list(itertools.product(P, P)))
def test_participation_moves(current: P, target: P) -> None:
    reason = participation_refusal(current, target)
    assert (reason is None) == ((current, target) in ALLOWED_PARTICIPATION)


@pytest.mark.parametrize("target", list(P))
def test_participation_starts_alerted_or_unable(target: P) -> None:
    reason = participation_refusal(None, target)
    assert (reason is None) == (target in {P.ALERTED, P.UNABLE})
    if reason is not None:
        assert "first alerted" in reason


def test_tier_labels_are_configurable() -> None:
    assert TierLabels().label("strategic") == "Gold"
    assert TierLabels().label("operational") == "Bronze"
    german = TierLabels(strategic="Führungsstufe D", tactical="C", operational="B")
    assert german.label("tactical") == "C"
