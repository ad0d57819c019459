"""The CAP Update a console publishes for an incident, with its cordons (issue #21).

Why a module of its own: the Update is the one CAP message the console *authors* (an Ack only
points at an alert), so what it carries over, what it adds and how it stays in its traffic is
decided here, once, for the window, the CLI (``incident-desk publish-update``) and the tests.

- :func:`plan_update` reads what an Update for the incident would be built from: the alerts
  still in force (its ``references``), the latest of them (scope, the ``info`` carried over
  and its areas) and the areas drawn on the incident (``command/_areas.py``). The dialog shows
  the plan before anything is sent.
- :func:`build_update` turns a plan and the operator's edits into the CAP ``Alert``: status
  ``Actual``, or ``Exercise`` with the exercise id leading ``note`` and the headline opening
  with ``EXERCISE EXERCISE EXERCISE`` (docs/architecture.md §5), ``msgType Update``, the
  latest alert's areas plus every current cordon (CAP ``lat,lon`` order, ``cap_areas``).

``Console.publish_update`` (``incident_desk/console.py``) stores, signs, queues and correlates
it. Areas an earlier Update of this agency added are not carried over from it: the areas come
from the latest in-force alert that is *not* one of our Updates, so a removed cordon leaves
the next Update and a kept one is not sent twice.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from incident_desk import cap
from incident_desk.command._areas import DrawnArea, cap_areas
from incident_desk.display import strip_exercise_marking
from incident_desk.errors import ConfigError, InputError, RefusedError
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentSnapshot, IncidentStatus
from incident_desk.limits import MAX_PEM_BYTES, read_limited
from incident_desk.store import StoredAlert

__all__ = [
    "EXERCISE_PREFIX",
    "UpdateEdits",
    "UpdatePlan",
    "build_update",
    "plan_update",
    "signing_material",
    "update_identifier_prefix",
    "update_refusal",
]

EXERCISE_PREFIX = "EXERCISE EXERCISE EXERCISE"
IN_FORCE = frozenset({"Alert", "Update"})
MAX_HEADLINE = 160  # CAP recommends < 160 characters


@dataclass(frozen=True)
class UpdateEdits:
    """What the operator may change; None keeps the latest alert's value."""

    headline: str | None = None
    instruction: str | None = None
    severity: str | None = None
    urgency: str | None = None
    certainty: str | None = None


@dataclass(frozen=True)
class UpdatePlan:
    """What an Update for ``incident`` is built from (read-only, for the dialog too).

    Attributes:
        current: the incident's alerts still in force (Alert/Update, not superseded), oldest
            first: the Update references each of them.
        latest: the newest of them: scope, ``incidents`` and the ``info`` come from it.
        base_areas: the areas carried over (the latest alert that is not an Update of ours).
        cordons: the areas drawn on the incident now, oldest first.
        exercise_id: the exercise the Update belongs to (the incident's); None: real.
    """

    incident: IncidentSnapshot
    current: tuple[StoredAlert, ...]
    latest: StoredAlert
    base_areas: tuple[cap.Area, ...]
    cordons: tuple[DrawnArea, ...]
    exercise_id: str | None

    @property
    def info(self) -> cap.Info:
        info = self.latest.alert.first_info
        assert info is not None  # plan_update refuses an alert without info
        return info

    @property
    def headline(self) -> str:
        """The latest headline without the mandated exercise marking (the dialog's text)."""
        return strip_exercise_marking(self.info.headline or "") or self.info.event

    def areas(self) -> tuple[cap.Area, ...]:
        """Every area the Update carries: the carried-over ones, then the cordons."""
        return self.base_areas + cap_areas(self.cordons)


def update_identifier_prefix(identity: Identity) -> str:
    """``KE-nps-upd-``: the identifiers of the Updates this agency's consoles publish."""
    return f"{identity.country}-{identity.agency}-upd-"


def signing_material(
    key: str | os.PathLike[str] | None, cert: str | os.PathLike[str] | None
) -> tuple[bytes, bytes] | None:
    """(key PEM, certificate PEM) the console signs its Updates with; None: unsigned.

    Raises:
        ConfigError: only one of the two is given.
        InputError: a file is missing, unreadable or too large (it names the file).
    """
    if key is None and cert is None:
        return None
    if key is None or cert is None:
        raise ConfigError("a CAP signing key and its certificate go together: give both")
    return (
        read_limited(key, MAX_PEM_BYTES, "the CAP signing key"),
        read_limited(cert, MAX_PEM_BYTES, "the CAP signing certificate"),
    )


def update_refusal(incident: IncidentSnapshot, exercise_id: str | None) -> str | None:
    """Why this console cannot publish an Update for ``incident`` (None: it can, if an
    alert of it is in force). No store read: the window asks it to enable its action."""
    if incident.merged_into is not None:
        return (
            f"incident {incident.key} was merged: publish the Update for the incident it "
            "was merged into"
        )
    if incident.status is IncidentStatus.CLOSED:
        return f"incident {incident.key} is closed: reopen it first"
    if incident.exercise_id == exercise_id:
        return None
    if incident.exercise_id is None:
        return (
            f"incident {incident.key} is real traffic and this console is in exercise "
            f"{exercise_id}: a real Update is published from a console in real mode"
        )
    return (
        f"incident {incident.key} belongs to exercise {incident.exercise_id}: its Update "
        "is published only by a console joined to that exercise"
    )


def plan_update(
    incident: IncidentSnapshot | None,
    alerts: Sequence[StoredAlert],
    superseded: set[int],
    cordons: Sequence[DrawnArea],
    *,
    identity: Identity,
    exercise_id: str | None,
) -> UpdatePlan:
    """The plan of an Update for ``incident``, or ``RefusedError`` saying why there is none.

    Args:
        alerts: the incident's stored alerts (any order).
        superseded: ids of those an Update or Cancel of their sender replaced.
        cordons: the areas drawn on the incident.
        exercise_id: the exercise the console is joined to (None: real traffic). An Update
            stays in the incident's traffic, and a console publishes only in its own mode.
    """
    if incident is None:
        raise RefusedError("there is no such incident")
    refusal = update_refusal(incident, exercise_id)
    if refusal is not None:
        raise RefusedError(refusal)
    current = tuple(
        sorted(
            (
                a
                for a in alerts
                if a.msg_type in IN_FORCE
                and a.id not in superseded
                and a.exercise_id == incident.exercise_id
                and a.alert.first_info is not None
            ),
            key=lambda a: (a.alert.sent.utc, a.id),
        )
    )
    if not current:
        raise RefusedError(
            f"no alert of incident {incident.key} is in force (all cancelled or superseded): "
            "there is nothing to update"
        )
    latest = current[-1]
    ours = update_identifier_prefix(identity)
    foreign = [
        a
        for a in current
        if not (a.alert.sender == identity.sender and a.alert.identifier.startswith(ours))
    ]
    source = foreign[-1] if foreign else latest
    base_info = source.alert.first_info
    base_areas = base_info.areas if base_info is not None else ()
    return UpdatePlan(
        incident=incident,
        current=current,
        latest=latest,
        base_areas=tuple(base_areas),
        cordons=tuple(sorted(cordons, key=lambda a: (a.at, a.id))),
        exercise_id=incident.exercise_id,
    )


def _enum(kind: type[Any], value: str | None, default: Any, what: str) -> Any:
    if value is None or value == "":
        return default
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise InputError(f"{what} {value!r} is not a CAP {what} ({allowed})") from None


def build_update(
    plan: UpdatePlan,
    edits: UpdateEdits,
    *,
    identity: Identity,
    now: datetime,
) -> cap.Alert:
    """The CAP 1.2 Update for ``plan`` with ``edits`` applied, sent at ``now`` (aware).

    Raises:
        InputError: an edit is not a CAP value (severity "Huge", an empty headline).
    """
    info = plan.info
    headline = info.headline if edits.headline is None else edits.headline.strip()
    if not headline:
        raise InputError("the Update needs a headline")
    exercise = plan.exercise_id
    if exercise is not None and not headline.startswith(EXERCISE_PREFIX):
        headline = f"{EXERCISE_PREFIX} {strip_exercise_marking(headline)}"
    if len(headline) > MAX_HEADLINE:
        raise InputError(f"the headline is {len(headline)} characters; CAP asks for < 160")
    instruction = info.instruction if edits.instruction is None else edits.instruction.strip()
    sent = cap.CapTime.from_datetime(now)
    expires = info.expires if info.expires is not None and info.expires.utc > sent.utc else None
    new_info = cap.Info(
        language=info.language,
        categories=info.categories,
        event=info.event,
        response_types=info.response_types,
        urgency=_enum(cap.Urgency, edits.urgency, info.urgency, "urgency"),
        severity=_enum(cap.Severity, edits.severity, info.severity, "severity"),
        certainty=_enum(cap.Certainty, edits.certainty, info.certainty, "certainty"),
        audience=info.audience,
        event_codes=info.event_codes,
        onset=info.onset,
        expires=expires,
        sender_name=info.sender_name,
        headline=headline,
        description=info.description,
        instruction=instruction or None,
        web=info.web,
        contact=info.contact,
        areas=plan.areas(),
    )
    latest = plan.latest.alert
    stamp = sent.utc.strftime("%Y%m%dT%H%M%S")
    note = f"Update of incident {plan.incident.key}"
    if exercise is not None:
        note = f"{exercise} {note}"
    return cap.Alert(
        identifier=f"{update_identifier_prefix(identity)}{stamp}-{uuid.uuid4().hex[:10]}",
        sender=identity.sender,
        sent=sent,
        status=cap.Status.EXERCISE if exercise is not None else cap.Status.ACTUAL,
        msg_type=cap.MsgType.UPDATE,
        source=f"{identity.operator}@{identity.workstation}",
        scope=latest.scope,
        restriction=latest.restriction,
        addresses=latest.addresses,
        codes=latest.codes,
        note=note,
        references=tuple(a.alert.reference() for a in plan.current),
        incidents=latest.incidents,
        infos=(new_info,),
    )
