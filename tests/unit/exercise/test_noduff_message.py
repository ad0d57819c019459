"""The NO DUFF sentence as a message id: the control topic keeps its English text, the window
renders it in the reader's words (``incident_desk/messages.py``)."""

from __future__ import annotations

from incident_desk.exercise import ExerciseState, NoDuffWatcher
from incident_desk.exercise._noduff import SUMMARY, no_duff_reason
from incident_desk.messages import render
from tests.unit.exercise.test_noduff import ACTUAL, CONTROL, real, state

FRENCH = {
    ("core", SUMMARY): "NO DUFF : {type} réelle de {sender} ({country}/{agency}) {identifier} : "
    "{headline}",
    ("CAP", "Alert"): "Alerte",
}


def french(context: str, source: str) -> str:
    return FRENCH.get((context, source), source)


def test_the_event_carries_its_sentence_as_a_message_id() -> None:
    watcher = NoDuffWatcher("EX-T1")
    watcher.offer(CONTROL, state(ExerciseState.RUNNING))
    event = watcher.offer(ACTUAL, real())
    assert event is not None
    assert event.message is not None
    # the English text the control topic and the logs carry is unchanged
    assert event.summary == (
        "NO DUFF: real Alert from nps.go.ke (KE/nps) KE-nps-1: Explosion reported at bus terminal"
    )
    assert event.message.text == event.summary
    assert render(event.message.data(), french) == (
        "NO DUFF : Alerte réelle de nps.go.ke (KE/nps) KE-nps-1 : "
        "Explosion reported at bus terminal"
    )
    # a console that only heard the control topic reads the same message back from its reason
    assert no_duff_reason(event.summary) == event.message


def test_a_controllers_own_reason_is_shown_as_written() -> None:
    reason = no_duff_reason("Real bomb threat at the border post: {hold}")
    assert render(reason.data(), french) == "Real bomb threat at the border post: {hold}"
