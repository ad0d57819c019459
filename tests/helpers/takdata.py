"""Inputs for the TAK tests: a CAP alert with a cordon, a directory with TAK devices, device CoT."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from incident_desk.cap import (
    Alert,
    Area,
    CapTime,
    Category,
    Certainty,
    Circle,
    Info,
    MsgType,
    Point,
    Polygon,
    Reference,
    Scope,
    Severity,
    Status,
    Urgency,
)
from incident_desk.command import Directory, parse_directory
from incident_desk.tak import format_time

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
KEY = "NC-MALABA-01"


def cordon_alert(
    *,
    sent: datetime = NOW,
    exercise: str | None = None,
    key: str = KEY,
    identifier: str = "KE-nps-0001",
    certainty: Certainty = Certainty.OBSERVED,
    categories: tuple[Category, ...] = (Category.SECURITY,),
    circle: bool = True,
    polygon: bool = True,
    ttl: timedelta = timedelta(hours=6),
) -> Alert:
    """An Alert for incident ``key`` with a polygon cordon and a circle (real or exercise)."""
    banner = "EXERCISE EXERCISE EXERCISE " if exercise else ""
    ring = (
        Point(lat=0.63, lon=34.27),
        Point(lat=0.64, lon=34.27),
        Point(lat=0.64, lon=34.29),
        Point(lat=0.63, lon=34.27),
    )
    area = Area(
        area_desc="Malaba border post cordon",
        polygons=(Polygon(points=ring),) if polygon else (),
        circles=(Circle(center=Point(lat=0.635, lon=34.28), radius_km=0.5),) if circle else (),
    )
    info = Info(
        categories=categories,
        event="Explosion",
        urgency=Urgency.IMMEDIATE,
        severity=Severity.SEVERE,
        certainty=certainty,
        headline=f"{banner}Explosion at Malaba border post",
        description=f"{banner}Device detonated at the truck park.",
        instruction="Keep out of the cordon.",
        expires=CapTime.from_datetime(sent + ttl),
        areas=(area,),
    )
    return Alert(
        identifier=identifier,
        sender="nps.go.ke",
        sent=CapTime.from_datetime(sent),
        status=Status.EXERCISE if exercise else Status.ACTUAL,
        msg_type=MsgType.ALERT,
        scope=Scope.RESTRICTED,
        restriction="partner agencies",
        note=exercise,
        incidents=(key,),
        infos=(info,),
    )


def cancel_of(alert: Alert, sent: datetime) -> Alert:
    return Alert(
        identifier=alert.identifier + "-c",
        sender=alert.sender,
        sent=CapTime.from_datetime(sent),
        status=alert.status,
        msg_type=MsgType.CANCEL,
        scope=Scope.RESTRICTED,
        restriction="partner agencies",
        note=(f"{alert.note} " if alert.note else "") + "all clear",
        references=(
            Reference(sender=alert.sender, identifier=alert.identifier, sent=alert.sent.text),
        ),
        incidents=alert.incidents,
    )


def device_directory(devices: int = 3) -> Directory:
    """Agency KE/nps with units nps-u0… each linked to TAK uid DEV-{i}; unit nps-cs by callsign."""
    return parse_directory(device_directory_yaml(devices))


def device_directory_yaml(devices: int = 3) -> str:
    """The YAML text of :func:`device_directory` (for a ``directory`` settings file)."""
    lines = [
        "schema_version: 1",
        "agencies:",
        "  - {id: nps, country: KE, name: NPS Busia, kind: police, sender: nps.go.ke}",
        "units:",
        "  - {id: nps-cs, callsign: RDU-BUSIA-1, agency: nps, kind: tactical_team,",
        "     tak_callsign: Viper-1}",
    ]
    for i in range(devices):
        lines.append(
            f"  - {{id: nps-u{i}, callsign: UNIT-{i}, agency: nps, kind: border_patrol, "
            f"tak_uids: [DEV-{i}]}}"
        )
    return "\n".join(lines) + "\n"


def device_cot(
    uid: str,
    *,
    now: datetime = NOW,
    lat: float = 0.6362,
    lon: float = 34.2811,
    type_: str = "a-f-G-U-C",
    callsign: str | None = None,
    opex: str | None = None,
    stale: timedelta = timedelta(minutes=2),
    detail: str = "",
) -> bytes:
    """A device's CoT message as ATAK writes it (XML)."""
    op = f' opex="{opex}"' if opex is not None else ""
    contact = f'<contact callsign="{callsign}"/>' if callsign else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<event version="2.0" uid="{uid}" type="{type_}" how="m-g" time="{format_time(now)}" '
        f'start="{format_time(now)}" stale="{format_time(now + stale)}"{op}>'
        f'<point lat="{lat}" lon="{lon}" hae="1180.0" ce="9.9" le="9999999.0"/>'
        f"<detail>{contact}{detail}</detail></event>"
    ).encode()
