"""A store with one incident's history (and traffic that must stay out of its export)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from incident_desk.cap import MsgType, Status
from incident_desk.evidence._note import Signer
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from tests.helpers.alerts import incoming, make_alert, raw_of
from tests.helpers.stores import store_from_url, store_url_on_both_databases

__all__ = ["store_from_url", "store_url_on_both_databases"]  # every test on both databases

INCIDENT = "KE-INC-7"


@dataclass
class History:
    """What the fixture stored: the incident's alert id and the unrelated ones."""

    alert_id: int
    ack_id: int
    other_id: int
    drill_id: int


@pytest.fixture
def signer() -> Signer:
    return Signer.generate("idesk/KE/nps")


def store_history(store: Store) -> History:
    """An incident from a real alert, an ack, a note and a status change; an unrelated alert,
    a quarantined payload and an exercise incident with the same CAP incident id."""
    alert = make_alert("KE-nps-1", incidents=(INCIDENT,))
    ack = make_alert(
        "UG-upf-ack-1",
        sender="upf@ug.example",
        msg_type=MsgType.ACK,
        references=(alert,),
        incidents=(),
    )
    other = make_alert("KE-nps-2", incidents=("KE-INC-9",), headline="Unrelated")
    drill = make_alert(
        "KE-nps-X1", status=Status.EXERCISE, note="EX-1 inject", incidents=(INCIDENT,)
    )
    ids = store.add_alerts(
        [
            incoming(alert),
            incoming(ack, raw=raw_of(ack), topic="idesk/v1/actual/UG/upf/ack"),
            incoming(other),
            incoming(drill, topic="idesk/v1/exercise/EX-1/KE/nps/alert", exercise_id="EX-1"),
        ]
    )
    board = IncidentBoard(store)
    board.correlate([r.alert_id for r in ids])
    incident = board.incident_for_alert(ids[0].alert_id)
    assert incident is not None
    assert incident.key == INCIDENT
    board.add_note(incident.id, "Cordon in place, 200 m", actor="j.otieno")
    store.quarantine(b"<not-cap/>", "not a CAP alert", topic="idesk/v1/actual/KE/nps/alert")
    return History(ids[0].alert_id, ids[1].alert_id, ids[2].alert_id, ids[3].alert_id)
