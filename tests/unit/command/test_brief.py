"""The ICS-201 handover brief is built from the incident, its alerts, notes and assignments."""

from __future__ import annotations

import json

from incident_desk.incidents import IncidentBoard
from tests.helpers.alerts import incoming, make_alert
from tests.unit.command.build import Clock, Console

KEY7 = "KE-INC-7"


def test_brief_is_ics_201_shaped(ke: Console, clock: Clock) -> None:
    incidents = IncidentBoard(ke.store, clock=clock)
    (stored,) = ke.store.add_alerts([incoming(make_alert(incidents=(KEY7,)))])
    incidents.create_from_alert(stored.alert_id, "Insp Kamau")  # type: ignore[arg-type]
    (incident,) = incidents.list_incidents()
    incidents.add_note(incident.id, "Objective: evacuate the customs yard", "Insp Kamau")
    incidents.add_note(incident.id, "Cordon set at 300 m", "Insp Kamau")
    ke.board.establish(KEY7)
    clock.tick()
    aid = ke.board.assign(
        KEY7,
        unit_id="nps-rdu-1",
        element_kind="division",
        element_name="Division A",
        work="Cordon the yard",
    ).event.id
    clock.tick()
    ke.board.set_assignment_status(aid, "en_route")
    clock.tick()
    ke.board.set_assignment_status(aid, "on_scene")
    clock.tick()
    proposal = ke.board.propose_handover(KEY7, "upf", "UG")
    brief = json.loads(proposal.payload)["data"]["brief"]
    assert brief == ke.board.proposals(KEY7)[0].brief
    assert brief["form"] == "ICS-201"
    assert brief["incident_name"] == "Explosion reported at bus terminal"
    assert brief["incident_number"] == KEY7
    assert brief["initiated_at"] == incident.created_at.isoformat()
    (situation,) = brief["situation_summary"]
    assert "Explosion reported at bus terminal" in situation
    assert "[Severe]" in situation
    assert brief["objectives"] == ["evacuate the customs yard"]
    actions = [(a["kind"], a["action"], a["by"]) for a in brief["actions"]]
    assert ("incident.note", "Cordon set at 300 m", "Insp Kamau") in actions
    kinds = [a[0] for a in actions]
    assert kinds[:2] == ["incident.created", "incident.note"]  # in time order
    assert {"command.established", "assignment.created", "assignment.status"} <= set(kinds)
    org = brief["current_organisation"]
    assert org["mode"] == "single"
    assert [(c["agency"], c["name"]) for c in org["commanders"]] == [("nps", "Insp Kamau")]
    assert org["elements"] == [
        {"kind": "division", "name": "Division A", "resource": "RDU-BUSIA-1"}
    ]
    (resource,) = brief["resource_summary"]
    assert resource["resource"] == "RDU-BUSIA-1"
    assert resource["identifier"] == "nps-rdu-1"
    assert resource["arrived"] is not None
    assert resource["notes"] == "Division A: Cordon the yard (on_scene)"
    assert brief["prepared_by"]["name"] == "Insp Kamau"


def test_brief_of_an_incident_this_console_does_not_hold(ke: Console) -> None:
    ke.board.establish("UNKNOWN-1")
    brief = ke.board.brief("UNKNOWN-1")
    assert brief["incident_name"] == "UNKNOWN-1"
    assert brief["situation_summary"] == []
    assert brief["resource_summary"] == []


def test_a_brief_lists_the_actions_taken_even_without_notes(ke: Console, clock: Clock) -> None:
    """No "Objective:" note and no note at all: the brief still shows what was done (the
    acknowledgement, command, the assignment) and the assignment's work as the objective."""
    from incident_desk.console import Console as CoreConsole
    from tests.unit.command.build import KE

    incidents = IncidentBoard(ke.store, clock=clock)
    (stored,) = ke.store.add_alerts([incoming(make_alert(incidents=(KEY7,)))])
    assert stored.alert_id is not None
    incidents.correlate((stored.alert_id,))  # automatic: not an operator's action
    CoreConsole(ke.store, KE).acknowledge(stored.alert_id, now=clock())
    ke.board.establish(KEY7)
    clock.tick()
    ke.board.assign(
        KEY7, unit_id="nps-rdu-1", element_kind="division", element_name="Division A",
        work="Cordon the yard",
    )  # fmt: skip
    brief = ke.board.brief(KEY7)
    assert brief["objectives"] == ["Division A: Cordon the yard"]
    kinds = [a["kind"] for a in brief["actions"]]
    assert kinds == ["ack", "command.established", "assignment.created"]
    assert all(a["by"] == "Insp Kamau" for a in brief["actions"])
