"""After-action report (HSEEP AAR): what each inject expected, what the players did.

For every inject: the expected action (the MSEL's text and its ``expect`` in words) and what
the store observed, each action with **who** and **how late** (``_aar_observe``):
acknowledgements (the CAP Acks of the inject's alert), incidents (an operator's action on an
incident holding the alert) and unit assignments (the command board's assignments).

**Deadlines are exercise time.** ``expect.within`` is measured on the exercise clock: the
wall-clock delay of an action is converted with an :class:`ExerciseClockMap` (from the
controller that ran the drill, or else from the inject alerts in the store), so at ×20 an
acknowledgement 9 wall minutes after the inject is 3 exercise hours late.

Verdict: **met** (every expected action observed within ``within``), **not met** (the inject
reached the store but an expected action is missing or late) or **not observed** (the inject
never reached the store, or it has no checkable ``expect``: an evaluator judges it). With the
controller's :class:`RunLog` an inject that never went out says why: not sent because ENDEX
came first, skipped by a jump, a contingency never fired; ad-hoc injects are reported too,
marked as such.

The merged timeline holds the injects that went out (a CAP inject dated by its alert, a
text or unit inject by the controller's ``RunLog.sent``; one never sent is only in the
Injects table, with why), alerts, acks, timeline entries and (with a ``RunLog``) the control
events (STARTEX, PAUSE, RESUME, NO DUFF, CLOCK, ENDEX) of the exercise, each with its
wall-clock instant and its exercise-clock instant. Exports
(``_aar_write``): CSV, JSON and a self-contained HTML page.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from incident_desk import timefmt
from incident_desk.alarms import AlarmKpis, alarm_kpis
from incident_desk.display import display_headline
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.scenario import Expect, Inject, Scenario, identifier_for, parse_duration
from incident_desk.store import Store, StoredAlert

from ._aar_observe import (
    Done,
    StoreReader,
    acks_done,
    assignments_done,
    incident_actions,
)
from ._aar_run import RunLog, control_lines, duration_message, scenario_time, unsent_message
from ._aar_text import capitalised, check_message, say
from ._aar_text import expectation_message as expectation_words
from ._clockmap import ClockAnchor, ExerciseClockMap, inject_number

__all__ = [
    "AfterActionReport",
    "Check",
    "InjectFinding",
    "RunLog",
    "StoreReader",
    "TimelineRow",
    "build_aar",
    "duration_message",
    "expectation_message",
    "expectation_text",
]

Verdict = Literal["met", "not met", "not observed"]
Outcome = Literal["done", "late", "missing"]


def _with_durations(msg: dict[str, Any], **seconds: float | None) -> dict[str, Any]:
    """``msg`` with its duration arguments (named in ``seconds``) as :func:`duration_message`
    (the same English text, the units in the reader's words)."""
    args = dict(msg.get("args") or {})
    for key, value in seconds.items():
        if isinstance(args.get(key), str) and value is not None:
            args[key] = duration_message(value, fine=key == "wall")
    return {**msg, "args": args}


@dataclass(frozen=True, slots=True)
class Check:
    """One expected action and what became of it.

    Attributes:
        action: "acknowledgement", "incident" or "assignment of {unit}".
        outcome: done (in time), late or missing.
        by, what, at: who did it, what exactly, the wall-clock instant (None when missing).
        delay_s: exercise seconds from the inject's arrival to the action.
        wall_delay_s: the same in wall-clock seconds.
        within_s: the deadline, exercise seconds.
        earlier: the action was taken before the inject arrived (already done: delay 0).
    """

    action: str
    outcome: Outcome
    within_s: float
    by: str | None = None
    what: str | None = None
    at: datetime | None = None
    delay_s: float | None = None
    wall_delay_s: float | None = None
    earlier: bool = False

    def message(self) -> dict[str, Any]:
        """The check in words, as a message (``_aar_text``) for the reader's language."""
        msg = check_message(
            self.action,
            self.outcome,
            by=self.by,
            earlier=self.earlier,
            delay_s=self.delay_s,
            wall_delay_s=self.wall_delay_s,
            within_s=self.within_s,
        )
        return _with_durations(
            msg, delay=self.delay_s, wall=self.wall_delay_s or 0.0, within=self.within_s
        )

    def sentence(self) -> str:
        """The check in English words, e.g. "acknowledgement by upf.go.ug 2 min 10 s after
        the inject (exercise time; 6 s wall clock)"."""
        return render(self.message(), None)


@dataclass(frozen=True, slots=True)
class InjectFinding:
    number: int
    offset: str
    kind: str
    from_agency: str
    to: tuple[str, ...]
    expected_action: str
    expect: dict[str, Any] | None
    expect_text: str
    objective: str | None
    contingency_for: int | None
    alert_id: int | None
    identifier: str | None
    sent_at: datetime | None
    sent_exercise: datetime | None
    acknowledged: bool
    acked_by: tuple[str, ...]
    ack_delay_s: float | None
    incident_opened: bool
    incident_keys: tuple[str, ...]
    incident_by: str | None
    incident_delay_s: float | None
    unit_assigned: bool | None
    assigned_by: str | None
    assign_delay_s: float | None
    checks: tuple[Check, ...]
    verdict: Verdict
    notes: str
    remarks: tuple[str, ...] = ()
    #: an ad-hoc inject (sent by the controller during play, not in the MSEL file)
    adhoc: bool = False
    # the controller's run log says the inject never went out (``remarks`` say why)
    not_sent: bool = False
    #: ``expect_text`` and ``remarks`` as messages (``_aar_text``): the HTML page renders
    #: them in the reader's language; the JSON leaves them out (it has the English texts)
    expect_msg: dict[str, Any] = field(default_factory=dict)
    remark_msgs: tuple[dict[str, Any], ...] = ()
    #: why it was not sent, as a message (one of ``remark_msgs``): the HTML page's "sent"
    #: cell says it; None when it went out
    unsent_msg: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    at: datetime | None
    origin: Literal["scenario", "alert", "ack", "timeline", "control"]
    kind: str
    who: str
    text: str
    inject: int | None = None
    exercise_at: datetime | None = None
    #: ``text`` as a message for the reader's language (an inject's line, a timeline entry
    #: written as a message id); None: ``text`` is data (a headline) or free text
    msg: dict[str, Any] | None = None


@dataclass
class AfterActionReport:
    """The report. ``start`` is the STARTEX instant on the exercise clock (T+0), when known.

    Attributes:
        clock_source: how wall times were converted ("controller", "injects", "speed only").
        speed: the run's speed used outside the clock anchors.
    """

    exercise_id: str
    exercise_name: str
    generated_at: datetime
    findings: list[InjectFinding] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)
    start: datetime | None = None
    clock_source: str = "speed only"
    speed: float = 1.0
    alarms: AlarmKpis | None = None  # the alarm journal's KPIs over the run (docs/alarms.md)

    def counts(self) -> dict[str, int]:
        out = {"met": 0, "not met": 0, "not observed": 0}
        for finding in self.findings:
            out[finding.verdict] += 1
        return out

    def exercise_offset(self, t: datetime | None) -> str:
        """``EX T+00:12:30`` for an exercise-clock instant (``""`` when unknown)."""
        if t is None or self.start is None:
            return ""
        return timefmt.exercise_offset((t - self.start).total_seconds())


def expectation_message(expect: Expect | None, scenario: Scenario | None = None) -> dict[str, Any]:
    """``expect`` in words, as a message (``_aar_text``)."""
    if expect is None:
        return say(QT_TRANSLATE_NOOP("aar", "no checkable expectation (evaluator's judgement)"))
    name = expect.assign_unit
    if scenario is not None and name is not None:
        with contextlib.suppress(KeyError):
            name = f"{scenario.unit(name).callsign} ({name})"
    within = float(parse_duration(expect.within))
    return _with_durations(
        expectation_words(expect.ack, expect.incident, name, within), within=within
    )


def expectation_text(expect: Expect | None, scenario: Scenario | None = None) -> str:
    """``expect`` in words: "Acknowledge the alert, open or take up an incident and assign
    UPF-EOD-TORORO (upf-eod-1), within 10 min 00 s of exercise time"."""
    return capitalised(expectation_message(expect, scenario), None)


def _check(
    action: str,
    done: list[Done],
    sent_at: datetime,
    within_s: float,
    clock: ExerciseClockMap,
) -> Check:
    """The first action at or after the inject; else one before it (already done: delay 0)."""
    after = [d for d in done if d.at >= sent_at]
    first = after[0] if after else (done[0] if done else None)
    if first is None:
        return Check(action, "missing", within_s)
    wall_delay = max(0.0, (first.at - sent_at).total_seconds())
    delay = max(0.0, clock.exercise_seconds(sent_at, first.at)) if after else 0.0
    outcome: Outcome = "late" if delay > within_s else "done"
    return Check(
        action, outcome, within_s, first.by, first.what, first.at, delay, wall_delay, not after
    )


@dataclass(frozen=True, slots=True)
class _Observed:
    acks: list[Done]
    incident: list[Done]
    keys: set[str]
    assignments: dict[str, list[Done]]


def _finding(
    scenario: Scenario,
    inject: Inject,
    alert: StoredAlert | None,
    seen: _Observed,
    clock: ExerciseClockMap,
    run: RunLog | None = None,
) -> InjectFinding:
    """What became of ``inject``. Its send instant: its alert's arrival in the store, else
    (a text or unit inject, which leaves no alert) the instant the controller handed it to
    the bus (``run.sent``)."""
    expect = inject.expect
    sent_at = alert.received_at if alert is not None else None
    if sent_at is None and run is not None:
        sent_at = run.sent.get(inject.number)
    sent_exercise = alert.sent_utc if alert is not None else None
    if sent_exercise is None and sent_at is not None and clock.anchors:
        sent_exercise = clock.exercise_at(sent_at)
    notes: list[dict[str, Any]] = []
    checks: list[Check] = []

    def remark(source: str, **args: Any) -> None:
        notes.append(say(source, **args))

    verdict: Verdict
    unsent = unsent_message(inject, run) if alert is None else None
    if unsent is not None:
        verdict = "not observed"
        notes.append(unsent)
    elif inject.kind == "cap" and alert is None:
        verdict = "not observed"
        remark(QT_TRANSLATE_NOOP("aar", "the inject's alert is not in the store"))
    elif expect is None:
        verdict = "not observed"
        remark(QT_TRANSLATE_NOOP("aar", "no checkable expectation: evaluator's judgement"))
    elif inject.kind != "cap" and (expect.ack or expect.incident):
        verdict = "not observed"
        remark(
            QT_TRANSLATE_NOOP(
                "aar", "a non-CAP inject cannot be acknowledged or linked automatically"
            )
        )
    elif sent_at is None:
        verdict = "not observed"
        remark(QT_TRANSLATE_NOOP("aar", "the inject is not in the store: nothing to measure from"))
    else:
        within = float(parse_duration(expect.within))
        if expect.ack:
            checks.append(_check("acknowledgement", seen.acks, sent_at, within, clock))
        if expect.incident:
            checks.append(_check("incident", seen.incident, sent_at, within, clock))
            if not seen.incident and seen.keys:
                remark(
                    QT_TRANSLATE_NOOP(
                        "aar",
                        "incident {keys} was only created automatically from the CAP "
                        "incident key: no operator action on it",
                    ),
                    keys=", ".join(sorted(seen.keys)),
                )
        if expect.assign_unit is not None:
            done = seen.assignments.get(expect.assign_unit, [])
            checks.append(
                _check(f"assignment of {expect.assign_unit}", done, sent_at, within, clock)
            )
        if not checks:
            verdict = "not observed"
            remark(QT_TRANSLATE_NOOP("aar", "expect lists no action"))
        else:
            verdict = "met" if all(c.outcome == "done" for c in checks) else "not met"

    def of(action: str) -> Check | None:
        return next((c for c in checks if c.action.startswith(action)), None)

    ack, incident, assignment = of("acknowledgement"), of("incident"), of("assignment")
    english = [render(n, None) for n in notes]
    return InjectFinding(
        number=inject.number,
        offset=inject.offset,
        kind=inject.kind,
        from_agency=inject.from_,
        to=inject.to,
        expected_action=inject.expected_action,
        expect=None if expect is None else expect.model_dump(mode="json"),
        expect_text=expectation_text(expect, scenario),
        expect_msg=expectation_message(expect, scenario),
        objective=inject.objective,
        contingency_for=inject.contingency_for,
        alert_id=None if alert is None else alert.id,
        identifier=identifier_for(scenario, inject) if inject.kind == "cap" else None,
        sent_at=sent_at,
        sent_exercise=sent_exercise,
        acknowledged=bool(seen.acks),
        acked_by=tuple(dict.fromkeys(d.agency or d.by for d in seen.acks)),
        ack_delay_s=None if ack is None else ack.delay_s,
        incident_opened=incident is not None and incident.outcome != "missing",
        incident_keys=tuple(sorted(seen.keys)),
        incident_by=None if incident is None else incident.by,
        incident_delay_s=None if incident is None else incident.delay_s,
        unit_assigned=None if assignment is None else assignment.outcome != "missing",
        assigned_by=None if assignment is None else assignment.by,
        assign_delay_s=None if assignment is None else assignment.delay_s,
        checks=tuple(checks),
        verdict=verdict,
        notes="; ".join([*(c.sentence() for c in checks), *english]),
        remarks=tuple(english),
        remark_msgs=tuple(notes),
        adhoc=run is not None and inject.number in run.adhoc,
        not_sent=unsent is not None,
        unsent_msg=unsent,
    )


def _inject_clock(
    scenario: Scenario, by_number: dict[int, StoredAlert], speed: float | None
) -> tuple[ExerciseClockMap, datetime | None]:
    """A clock map from the inject alerts (wall arrival ↔ CAP sent) and the T+0 instant."""
    anchors = []
    start = None
    for inject in scenario.ordered_injects():
        alert = by_number.get(inject.number)
        if alert is None:
            continue
        anchors.append(ClockAnchor(alert.received_at, alert.sent_utc))
        if start is None and inject.contingency_for is None:
            start = alert.sent_utc - timedelta(seconds=inject.offset_seconds)
    if speed is None:
        speed = 1.0
        if len(anchors) >= 2:
            wall = (anchors[-1].wall - anchors[0].wall).total_seconds()
            gained = (anchors[-1].exercise - anchors[0].exercise).total_seconds()
            speed = gained / wall if wall > 0 and gained > 0 else 1.0
    if not anchors:
        return ExerciseClockMap.steady(speed), None
    return ExerciseClockMap(anchors, speed=speed, source="injects"), start


def build_aar(
    store: StoreReader,
    scenario: Scenario,
    exercise_id: str | None = None,
    *,
    now: datetime | None = None,
    clock: ExerciseClockMap | None = None,
    speed: float | None = None,
    run: RunLog | None = None,
) -> AfterActionReport:
    """Compare what the scenario expected with what the store observed.

    Args:
        clock: wall → exercise clock of the run (the controller's anchors); None: built from
            the inject alerts in the store.
        speed: the run's speed (when ``clock`` is None): used outside the inject anchors;
            None: estimated from the first and last inject.
        run: what the controller did (control events, inject states, ad-hoc injects, whose
            ``Inject`` rows ``scenario`` holds); None: only what the store holds.
    """
    exercise = exercise_id or scenario.exercise.id
    alerts = store.list_alerts(limit=None, exercise_id=exercise, newest_first=False)
    timeline = store.timeline(exercise_id=exercise)
    by_identifier: dict[str, StoredAlert] = {}
    by_number: dict[int, StoredAlert] = {}
    for stored in alerts:
        if stored.msg_type in {"Ack", "Error"}:
            continue
        by_identifier.setdefault(stored.identifier, stored)
        number = inject_number(stored)
        if number is not None:
            by_number.setdefault(number, stored)
    for inject in scenario.ordered_injects():
        found = by_identifier.get(identifier_for(scenario, inject))
        if inject.kind == "cap" and found is not None:
            by_number[inject.number] = found
    inject_clock, start = _inject_clock(scenario, by_number, speed)
    clock = clock or inject_clock
    report = AfterActionReport(
        exercise_id=exercise,
        exercise_name=scenario.exercise.name,
        generated_at=now or datetime.now(UTC),
        start=start,
        clock_source=clock.source,
        speed=clock.speed,
    )
    inject_alerts = [by_number[i.number] for i in scenario.injects if i.number in by_number]
    incident_done, keys = incident_actions(store, inject_alerts, timeline)
    assignments = assignments_done(store, exercise, timeline)

    def exercise_at(t: datetime | None) -> datetime | None:
        return None if t is None or not clock.anchors else clock.exercise_at(t)

    # the timeline holds what happened: an inject stands there at the instant it went out;
    # one that never went out (ENDEX came first, a contingency never fired), or whose
    # sending nothing dates, is only in the Injects table, which says why
    for inject in scenario.ordered_injects():
        alert = by_number.get(inject.number) if inject.kind == "cap" else None
        seen = _Observed(
            acks=acks_done(store.acks_for(alert.id)) if alert is not None else [],
            incident=incident_done.get(alert.id, []) if alert is not None else [],
            keys=keys.get(alert.id, set()) if alert is not None else set(),
            assignments=assignments,
        )
        finding = _finding(scenario, inject, alert, seen, clock, run)
        report.findings.append(finding)
        if finding.not_sent or finding.sent_at is None:
            continue
        line = (
            QT_TRANSLATE_NOOP("aar", "ad-hoc inject {number} at {offset}: {action}")
            if finding.adhoc
            else QT_TRANSLATE_NOOP("aar", "inject {number} at {offset}: {action}")
        )
        msg = say(
            line,
            number=inject.number,
            offset=scenario_time(inject.offset_seconds),
            action=inject.expected_action,
        )
        report.timeline.append(
            TimelineRow(
                at=finding.sent_at,
                origin="scenario",
                kind=f"inject.{inject.kind}",
                who=inject.from_,
                text=render(msg, None),
                msg=msg,
                inject=inject.number,
                exercise_at=finding.sent_exercise,
            )
        )
    for stored in alerts:
        ack = stored.msg_type in {"Ack", "Error"}
        report.timeline.append(
            TimelineRow(
                at=stored.received_at,
                origin="ack" if ack else "alert",
                kind=f"cap.{stored.msg_type}",
                who=stored.sender,
                text=display_headline(stored.headline, stored.event, stored.identifier),
                inject=inject_number(stored),
                exercise_at=exercise_at(stored.received_at),
            )
        )
    for entry in timeline:
        report.timeline.append(
            TimelineRow(
                at=entry.at,
                origin="timeline",
                kind=entry.kind,
                who=entry.actor,
                text=entry.text,
                exercise_at=exercise_at(entry.at),
                msg=entry.data.get("msg") if isinstance(entry.data.get("msg"), dict) else None,
            )
        )
    if run is not None:
        report.timeline.extend(
            TimelineRow(
                at=event.at,
                origin="control",
                kind=f"control.{event.message.command.value}",
                who=event.message.by,
                text=render(msg, None),
                exercise_at=event.message.at,
                msg=msg,
            )
            for event, msg in control_lines(run)
        )
    far = datetime.max.replace(tzinfo=UTC)
    report.timeline.sort(key=lambda r: (r.at or far, r.origin != "scenario"))
    if isinstance(store, Store):  # the alarm journal's figures over the run, on both clocks
        endex = None if run is None or run.endex is None else run.endex.at
        report.alarms = alarm_kpis(
            store, exercise, until=endex, exercise_seconds=clock.exercise_seconds
        )
    return report
