"""Turn injects into messages, deterministically (docs/standards.md §2 and §6).

A CAP inject becomes an :class:`~incident_desk.cap.Alert` that cannot be mistaken for real
traffic: ``status=Exercise``, ``note`` opening with the exercise id, headline and description
opening with ``EXERCISE EXERCISE EXERCISE``, ``scope=Restricted`` with a restriction text.
``sent`` is the run's base time plus the inject offset, so a fixed base time reproduces a run
byte for byte. A unit status inject becomes an ``idesk.unit-status/1`` JSON object and a free
text inject an ``idesk.exercise-message/1`` one.

Nothing here draws random numbers: the same scenario (and so the same seed) and base time
always give the same output. The seed is reserved for any future randomised play, which must
draw from ``random.Random(scenario.exercise.seed)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from incident_desk.cap._models import (
    Alert,
    Area,
    CapTime,
    Circle,
    Info,
    MsgType,
    NamedValue,
    Point,
    Polygon,
    Reference,
    Scope,
    Status,
)
from incident_desk.scenario._duration import parse_duration
from incident_desk.scenario._schema import AreaTemplate, Inject, Scenario

PROFILE_CODE = "urn:idesk:cap:profile:1.0"
SOURCE = "incident-desk scenario player"
EXERCISE_PREFIX = "EXERCISE EXERCISE EXERCISE"
INJECT_PARAMETER = "idesk:inject"  # the inject number, in every CAP inject's info
SCENARIO_TIME_PARAMETER = "idesk:scenario-time"  # its time since STARTEX, HH:MM:SS
UNIT_STATUS_SCHEMA = "idesk.unit-status/1"
EXERCISE_MESSAGE_SCHEMA = "idesk.exercise-message/1"

Rendered = Alert | dict[str, Any]


def restriction_text(scenario: Scenario) -> str:
    return (
        f"{EXERCISE_PREFIX} {scenario.exercise.id}: for participating agencies only, "
        "not for public release"
    )


def identifier_for(scenario: Scenario, inject: Inject) -> str:
    """``{COUNTRY}-{agency}-{exercise_id}-{number:04d}``: deterministic, no spaces or commas."""
    agency = scenario.agency(inject.from_)
    return f"{agency.country}-{agency.id}-{scenario.exercise.id}-{inject.number:04d}"


def sent_time(inject: Inject, base_time: datetime) -> datetime:
    """Base time + offset, in UTC, whole seconds."""
    if base_time.tzinfo is None or base_time.utcoffset() is None:
        raise ValueError("the base time of a run must be timezone-aware")
    utc = base_time.astimezone(UTC).replace(microsecond=0)
    return utc + timedelta(seconds=inject.offset_seconds)


def _exercise_text(text: str) -> str:
    text = text.strip()
    return text if text.startswith(EXERCISE_PREFIX) else f"{EXERCISE_PREFIX} {text}"


def _area(template: AreaTemplate) -> Area:
    if template.polygon is not None:
        points = tuple(Point(lat=lat, lon=lon) for lat, lon in template.polygon)
        return Area(area_desc=template.desc, polygons=(Polygon(points=points),))
    assert template.circle is not None  # AreaTemplate guarantees exactly one shape
    circle = template.circle
    return Area(
        area_desc=template.desc,
        circles=(Circle(center=Point(lat=circle.lat, lon=circle.lon), radius_km=circle.radius_km),),
    )


def _parameter_text(value: bool | int | float | str) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _parameters(alert: Alert, name: str) -> Iterator[str]:
    """The values of the parameters called ``name``, in every info, in order."""
    return (p.value for info in alert.infos for p in info.parameters if p.value_name == name)


def inject_number(alert: Alert) -> int | None:
    """The inject number the scenario player wrote into ``alert`` (``idesk:inject``), or
    None: the alert did not come from a scenario."""
    return next((int(v) for v in _parameters(alert, INJECT_PARAMETER) if v.isdigit()), None)


def inject_offset(alert: Alert) -> int | None:
    """Seconds since STARTEX at which the player sent inject ``alert`` (its
    ``idesk:scenario-time``), or None: not an inject, or no readable scenario time."""
    value = next(_parameters(alert, SCENARIO_TIME_PARAMETER), None)
    if inject_number(alert) is None or value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError:
        return None


def render_cap(scenario: Scenario, inject: Inject, base_time: datetime) -> Alert:
    """A CAP inject as an exercise ``Alert``; Update/Cancel reference the earlier inject's."""
    cap = inject.message.cap
    if cap is None:
        raise ValueError(f"inject {inject.number} carries no CAP template")
    agency = scenario.agency(inject.from_)
    sent = sent_time(inject, base_time)
    note = f"{scenario.exercise.id} inject {inject.number}"
    if cap.note:
        note = f"{note}: {cap.note.strip()}"
    references: tuple[Reference, ...] = ()
    if cap.references_inject is not None:
        earlier = render_cap(scenario, scenario.inject(cap.references_inject), base_time)
        references = (earlier.reference(),)
    parameters = (
        NamedValue(value_name=INJECT_PARAMETER, value=str(inject.number)),
        NamedValue(value_name=SCENARIO_TIME_PARAMETER, value=inject.offset),
        *(
            NamedValue(value_name=f"idesk:{name}", value=_parameter_text(value))
            for name, value in cap.parameters.items()
        ),
    )
    info = Info(
        categories=cap.category,
        event=cap.event,
        response_types=cap.response_types,
        urgency=cap.urgency,
        severity=cap.severity,
        certainty=cap.certainty,
        expires=CapTime.from_datetime(sent + timedelta(seconds=parse_duration(cap.expires_after))),
        sender_name=agency.name,
        headline=_exercise_text(cap.headline),
        description=f"{_exercise_text(cap.description)}\n{EXERCISE_PREFIX}",
        instruction=cap.instruction.strip() if cap.instruction else None,
        parameters=parameters,
        areas=(_area(cap.area),),
    )
    return Alert(
        identifier=identifier_for(scenario, inject),
        sender=agency.sender,
        sent=CapTime.from_datetime(sent),
        status=Status.EXERCISE,
        msg_type=MsgType(cap.msg_type),
        source=SOURCE,
        scope=Scope.RESTRICTED,
        restriction=restriction_text(scenario),
        codes=(PROFILE_CODE,),
        note=note,
        references=references,
        incidents=(cap.incident,),
        infos=(info,),
    )


def render_inject(scenario: Scenario, inject: Inject, base_time: datetime) -> Rendered:
    """An inject as the message the player publishes: an ``Alert`` or a JSON-ready dict."""
    message = inject.message
    if message.cap is not None:
        return render_cap(scenario, inject, base_time)
    common: dict[str, Any] = {
        "exercise": scenario.exercise.id,
        "inject": inject.number,
        "scenario_time": inject.offset,
        "time": sent_time(inject, base_time).isoformat(),
    }
    if message.unit is not None:
        update = message.unit
        unit = scenario.unit(update.unit)
        position = update.position
        return {
            "schema": UNIT_STATUS_SCHEMA,
            "unit": unit.id,
            "callsign": unit.callsign,
            "agency": unit.agency,
            "status": str(update.status),
            "position": None if position is None else {"lat": position.lat, "lon": position.lon},
            **common,
        }
    assert message.text is not None  # Message guarantees exactly one kind
    return {
        "schema": EXERCISE_MESSAGE_SCHEMA,
        "from": inject.from_,
        "to": list(inject.to),
        "method": str(inject.method),
        "text": f"{_exercise_text(message.text)}\n{EXERCISE_PREFIX}",
        **common,
    }


def render_all(scenario: Scenario, base_time: datetime) -> list[tuple[Inject, Rendered]]:
    """Every inject in play order (offset, number) with its rendered message."""
    return [(i, render_inject(scenario, i, base_time)) for i in scenario.ordered_injects()]


def run_time_problem(
    scenario: Scenario, base_time: datetime, *, speed: float, now: datetime
) -> str | None:
    """Why a run from ``base_time`` at ``speed`` would reach a time that cannot be written
    (``datetime`` ends at 9999-12-31 and starts at year 1), or None when every time fits.

    Checked before STARTEX: the base time in UTC, each inject's ``sent`` and ``expires``
    (base + offsets), its expiry on the wall clock from ``now`` at ``speed`` (what the
    player gives the broker), and the control messages up to ENDEX at the last offset.
    """
    try:
        utc = base_time.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        return f"{base_time.isoformat()} is out of range in UTC ({exc})"
    last = 0
    for inject in scenario.ordered_injects():
        last = max(last, inject.offset_seconds)
        try:
            rendered = render_inject(scenario, inject, base_time)
            if isinstance(rendered, Alert):
                expires = rendered.expires_utc()
                if expires is not None:
                    _ = now + (expires - sent_time(inject, base_time)) / speed
        except (OverflowError, ValueError) as exc:
            return (
                f"inject {inject.number} at +{inject.offset} falls outside the dates that can "
                f"be written (up to 9999-12-31): {exc}"
            )
    try:
        _ = utc + timedelta(seconds=last)
    except OverflowError as exc:
        return f"ENDEX at +{last} s falls outside the dates that can be written: {exc}"
    return None
