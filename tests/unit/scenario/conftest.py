"""A minimal valid scenario as text, for tests that break one thing at a time."""

from __future__ import annotations

import pytest

MINIMAL = """\
schema_version: 1
exercise:
  id: EX-TEST-1
  name: Test drill
  seed: 7
countries: [KE, UG]
agencies:
  - id: nps
    country: KE
    name: National Police Service
    kind: police
    sender: nps.go.ke
  - id: upf
    country: UG
    name: Uganda Police Force
    kind: police
    sender: upf.go.ug
units:
  - id: eod-1
    callsign: EOD-1
    agency: upf
    kind: eod
    size: 4
    start: {lat: 0.69, lon: 34.18}
objectives:
  - id: OBJ-1
    text: Share the alert.
injects:
  - number: 1
    offset: "00:00:00"
    from: nps
    to: [upf, nps/duty-officer]
    method: system
    message:
      cap:
        incident: INC-1
        event: Bomb threat
        category: [Security]
        urgency: Immediate
        severity: Severe
        certainty: Likely
        headline: Bomb threat at Malaba
        description: A truck may carry a device.
        area:
          desc: Malaba
          circle: {lat: 0.636, lon: 34.279, radius_km: 1}
        parameters:
          major_incident: yes
          casualties: 0
    expected_action: Acknowledge.
    expect: {ack: true, incident: true, assign_unit: eod-1, within: "00:05:00"}
    objective: OBJ-1
  - number: 2
    offset: "00:05:00"
    from: upf
    to: [nps]
    method: radio
    message:
      unit: {unit: eod-1, status: en_route, position: {lat: 0.65, lon: 34.2}}
    expected_action: Track the unit.
  - number: 3
    offset: "00:10:00"
    from: nps
    to: [upf]
    method: system
    message:
      cap:
        msg_type: Update
        references_inject: 1
        incident: INC-1
        event: Bomb threat
        category: [Security, CBRNE]
        urgency: Immediate
        severity: Extreme
        certainty: Observed
        headline: Device confirmed
        description: EOD confirms a device.
        area:
          desc: Malaba cordon
          polygon: [[0.64, 34.27], [0.64, 34.28], [0.63, 34.28], [0.64, 34.27]]
        expires_after: "01:00:00"
    expected_action: Acknowledge the update.
  - number: 4
    offset: "00:12:00"
    from: upf
    to: [nps]
    method: phone
    contingency_for: 1
    message:
      text: Nobody has acknowledged the bomb threat yet.
    expected_action: Acknowledge.
  - number: 5
    offset: "00:20:00"
    from: nps
    to: [upf]
    method: system
    message:
      cap:
        msg_type: Cancel
        references_inject: 3
        incident: INC-1
        event: Bomb threat
        category: [Security]
        urgency: Past
        severity: Minor
        certainty: Observed
        headline: All clear
        description: The device was rendered safe.
        area:
          desc: Malaba cordon
          circle: {lat: 0.636, lon: 34.279, radius_km: 0.5}
        note: device rendered safe
    expected_action: Close the incident.
"""


@pytest.fixture
def minimal_text() -> str:
    return MINIMAL
