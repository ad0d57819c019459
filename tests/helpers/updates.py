"""An incident's first alert with an area, and a console with both boards, for the tests of
the CAP Update a console publishes for an incident (``incident_desk/incident_update.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from incident_desk import cap
from incident_desk.command import CONTENT_TYPE, CommandBoard
from incident_desk.console import BusPort, Console
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.store import Store
from incident_desk.topics import Mode

KE_NPS = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
#: the cordon every test draws: 500 m around the tanker in Malaba customs yard B
CORDON = (0.6359, 34.2786, 500.0, "Cordon 500 m")
EXERCISE_PREFIX = "EXERCISE EXERCISE EXERCISE"


def incident_alert(
    identifier: str = "UG-upf-0001",
    *,
    exercise: str | None = None,
    incidents: tuple[str, ...] = ("UG-INC-42",),
    sent: datetime | None = None,
) -> tuple[cap.Alert, bytes]:
    """A Ugandan police alert about the Malaba tanker, with a 1 km circle (CAP bytes too)."""
    sent = sent or datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    headline = "Fuel tanker hijacked at Malaba border post"
    if exercise:
        headline = f"{EXERCISE_PREFIX} {headline}"
    info = cap.Info(
        categories=(cap.Category.SECURITY,),
        event="Hijacking",
        urgency=cap.Urgency.IMMEDIATE,
        severity=cap.Severity.SEVERE,
        certainty=cap.Certainty.OBSERVED,
        expires=cap.CapTime.from_datetime(sent + timedelta(hours=6)),
        headline=headline,
        instruction="Avoid the border post.",
        areas=(
            cap.Area(
                area_desc="Malaba border post",
                circles=(cap.Circle(center=cap.Point(lat=0.6361, lon=34.2779), radius_km=1.0),),
            ),
        ),
    )
    alert = cap.Alert(
        identifier=identifier,
        sender="upf.go.ug",
        sent=cap.CapTime.from_datetime(sent),
        status=cap.Status.EXERCISE if exercise else cap.Status.ACTUAL,
        msg_type=cap.MsgType.ALERT,
        scope=cap.Scope.RESTRICTED,
        restriction="partner agencies",
        note=f"{exercise} inject 1" if exercise else None,
        incidents=incidents,
        infos=(info,),
    )
    return alert, cap.dumps(alert)


def update_console(
    store: Store,
    *,
    exercise: str | None = None,
    bus: BusPort | None = None,
    clock: Callable[[], datetime] | None = None,
    signing: tuple[bytes, bytes] | None = None,
) -> Console:
    """A console with an incident board and a command board (command events go to the
    outbox, as in ``ConsoleRuntime``)."""
    board = IncidentBoard(store, lambda lat, lon: "UG")
    console: Console
    command = CommandBoard(
        store,
        KE_NPS,
        mode=Mode.EXERCISE if exercise else Mode.ACTUAL,
        exercise_id=exercise,
        clock=clock,
        publish=lambda topic, payload: console.send_event(topic, payload, CONTENT_TYPE),
    )
    console = Console(
        store,
        KE_NPS,
        bus=bus,
        exercise_id=exercise,
        board=board,
        command=command,
        signing=signing,
    )
    return console
