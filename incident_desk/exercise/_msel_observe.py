"""What the store shows for each inject of a running drill, for the controller's MSEL.

The same rules as the after-action report (``_aar.py``): acknowledgements and expected actions
of each scripted inject, and the acknowledgements of ad-hoc CAP injects (which the scenario
file does not know). Qt-free: the exercise panel runs it on its reader thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from incident_desk.exercise._aar import build_aar
from incident_desk.scenario import Scenario
from incident_desk.store import Store


@dataclass(frozen=True)
class InjectObservation:
    """What the store shows for one inject.

    Attributes:
        acked_by: CAP senders that acknowledged the inject's alert.
        verdict: "met", "not met", "not observed" (as in the after-action report),
            "acknowledged" (an ad-hoc inject), or "" while the inject has not been sent.
        notes: why (a tooltip): the report's checks and remarks, as messages (``_aar_text``)
            for the reader's language.
    """

    acked_by: tuple[str, ...] = ()
    verdict: str = ""
    notes: tuple[dict[str, Any], ...] = ()


def observe_injects(
    store: Store, scenario: Scenario, exercise_id: str, adhoc: Mapping[int, str] = {}
) -> dict[int, InjectObservation]:
    """Observations by inject number. ``adhoc``: ad-hoc CAP inject number -> the CAP
    identifier it was sent with."""
    report = build_aar(store, scenario, exercise_id)
    observed = {
        f.number: InjectObservation(
            f.acked_by,
            f.verdict if f.sent_at else "",
            (*(c.message() for c in f.checks), *f.remark_msgs),
        )
        for f in report.findings
    }
    if adhoc:
        sent = {
            a.identifier: a
            for a in store.list_alerts(limit=None, exercise_id=exercise_id, newest_first=False)
            if a.msg_type not in {"Ack", "Error"}
        }
        for number, identifier in adhoc.items():
            found = sent.get(identifier)
            if found is not None:
                acks = store.acks_for(found.id)
                observed[number] = InjectObservation(
                    tuple(dict.fromkeys(a.sender for a in acks)),
                    "acknowledged" if acks else "",
                )
    return observed
