"""Refusals the operator meets most read in their language: each refusal provoked here for
real (command, assignment, participation) reads back to the catalog sentence it was written
from (``incident_desk/refusals.py``), and renders in French."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_desk.command import CommandError, MemberSpec, Tier
from incident_desk.messages import render
from incident_desk.refusals import REFUSALS, refusal_message
from incident_desk.ui.catalogs import catalog_translate
from tests.unit.command.build import KEY, Clock, Console

FR = catalog_translate("fr")


def _reason(call: Callable[[], object]) -> str:
    with pytest.raises(CommandError) as caught:
        call()
    return caught.value.reason


def _assign(c: Console, unit: str) -> str:
    return c.board.assign(
        KEY, unit_id=unit, element_kind="division", element_name="Division A", work="Cordon"
    ).event.id


def test_command_refusals_read_back_to_their_sentence_and_in_french(ke: Console) -> None:
    members = [
        MemberSpec("nps", "KE", "Insp Kamau", Tier.TACTICAL),
        MemberSpec("upf", "UG", "Supt Okello", Tier.STRATEGIC),
    ]
    reason = _reason(lambda: ke.board.establish(KEY, mode="single", members=members))
    said = refusal_message(reason)
    assert said.source == "single command has exactly one incident commander"
    assert (
        render(said.data(), FR)
        == "le commandement unique a exactement un commandant des opérations"
    )
    ke.board.establish(KEY)
    reason = _reason(lambda: ke.board.establish(KEY))
    said = refusal_message(reason)
    assert said.source == "command is already established ({mode}); propose a transfer"
    assert said.text == reason  # the English text is exactly the one the core wrote
    assert render(said.data(), FR).startswith("le commandement est déjà établi (")


def test_an_assignment_refusal_keeps_its_subject_and_translates_the_states(
    ke: Console, clock: Clock
) -> None:
    aid = _assign(ke, "nps-rdu-1")
    clock.tick()
    ke.board.set_assignment_status(aid, "released")
    reason = _reason(lambda: ke.board.set_assignment_status(aid, "en_route"))
    said = refusal_message(reason)
    assert said.text == reason
    inner = said.data()["args"]["refusal"]
    assert inner["id"] == "the assignment is {current}: that is final, it cannot go to {target}"
    french = render(said.data(), FR)
    assert "c’est définitif" in french
    assert "released" not in french  # the state is a word, translated too
    unknown = _reason(lambda: _assign(ke, "ghost"))
    assert refusal_message(unknown).source == "there is no unit {unit} in the directory"


def test_an_unknown_refusal_is_shown_as_written() -> None:
    said = refusal_message("the moon is in the wrong phase")
    assert said.source == "{reason}"
    assert render(said.data(), FR) == "the moon is in the wrong phase"


def test_every_refusal_sentence_is_in_the_french_catalog() -> None:
    missing = [s for s in REFUSALS if FR("core", s) == s]
    assert missing == []


def test_an_exercise_clock_refusal_reads_in_french_with_its_state_translated() -> None:
    from incident_desk.scenario import ClockStateError, VirtualClock

    with pytest.raises(ClockStateError) as caught:
        VirtualClock().pause()
    said = refusal_message(caught.value.reason)
    assert said.source == "cannot pause while the exercise clock is {state}"
    assert render(said.data(), FR) == "impossible de mettre en pause (horloge d’exercice : prévu)"
