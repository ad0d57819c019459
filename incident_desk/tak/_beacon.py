"""An emergency beacon from a TAK device → a CAP alert on the bus (our top alarm).

The alert is Extreme / Immediate / Observed, category Security and Rescue, with a 100 m circle
at the device's position, in the traffic the beacon arrived in (status Actual, or Exercise with
the exercise id as the first token of ``note`` and "EXERCISE EXERCISE EXERCISE" leading the
headline and description, as our CAP profile requires). A cancel from the same device
(``b-a-o-can`` or ``emergency cancel="true"``) becomes a CAP Cancel referencing it.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from typing import Final

from incident_desk.cap import (
    Alert,
    Area,
    CapTime,
    Category,
    Certainty,
    Circle,
    Info,
    MsgType,
    NamedValue,
    Point,
    Reference,
    ResponseType,
    Scope,
    Severity,
    Status,
    Urgency,
)
from incident_desk.tak._cot import CotEvent
from incident_desk.tak._inbound import BEACON_TYPES

__all__ = ["PROFILE_CODE", "beacon_alert", "beacon_cancel"]

PROFILE_CODE: Final = "urn:idesk:cap:profile:1.0"
BEACON_TTL: Final = timedelta(hours=2)
EXERCISE_BANNER: Final = "EXERCISE EXERCISE EXERCISE"
_ID_SAFE: Final = re.compile(r"[^A-Za-z0-9_-]")


def _identifier(country: str, agency: str, event: CotEvent, what: str) -> str:
    digest = hashlib.sha256(f"{event.uid}|{event.time.isoformat()}|{what}".encode()).hexdigest()
    return f"{country}-{agency}-tak-{digest[:16]}"


def incident_key(event: CotEvent) -> str:
    """The CAP ``incidents`` id of a beacon: one per device and day."""
    uid = _ID_SAFE.sub("_", event.uid)[:80]
    return f"TAK-EMERGENCY-{uid}-{event.time:%Y%m%d}"


def _status(exercise_id: str | None) -> tuple[Status, str | None]:
    if exercise_id is None:
        return Status.ACTUAL, None
    return Status.EXERCISE, f"{exercise_id} TAK emergency beacon"


def _banner(text: str, exercise_id: str | None) -> str:
    return text if exercise_id is None else f"{EXERCISE_BANNER} {text}"


def beacon_alert(
    event: CotEvent,
    *,
    sender: str,
    country: str,
    agency: str,
    exercise_id: str | None,
    now: datetime,
) -> Alert:
    """The CAP alert raised for an emergency beacon (see the module docstring)."""
    base = event.type.split(";", 1)[0]
    kind = event.emergency or BEACON_TYPES.get(base, "Emergency")
    who = event.callsign or event.uid
    lat, lon = event.point.lat, event.point.lon
    status, note = _status(exercise_id)
    sent = CapTime.from_datetime(now)
    description = (
        f"TAK device {who} (uid {event.uid}) sent an emergency beacon ({kind}) at "
        f"{event.time:%Y-%m-%d %H:%M:%S} UTC from {lat:.5f},{lon:.5f}."
    )
    if event.remarks:
        description += f"\nDevice remarks: {event.remarks}"
    info = Info(
        categories=(Category.SECURITY, Category.RESCUE),
        event="TAK emergency beacon",
        response_types=(ResponseType.EXECUTE,),
        urgency=Urgency.IMMEDIATE,
        severity=Severity.EXTREME,
        certainty=Certainty.OBSERVED,
        event_codes=(NamedValue(value_name="idesk:tak-type", value=base),),
        effective=sent,
        expires=CapTime.from_datetime(now + BEACON_TTL),
        sender_name=f"TAK gateway {country}/{agency}",
        headline=_banner(f"EMERGENCY {kind}: {who}", exercise_id)[:160],
        description=_banner(description, exercise_id),
        instruction="Contact the unit at once and dispatch support to its position.",
        parameters=(NamedValue(value_name="idesk:tak-uid", value=event.uid),),
        areas=(
            Area(
                area_desc=f"Position of {who}",
                circles=(Circle(center=Point(lat=lat, lon=lon), radius_km=0.1),),
            ),
        ),
    )
    return Alert(
        identifier=_identifier(country, agency, event, "alert"),
        sender=sender,
        sent=sent,
        status=status,
        msg_type=MsgType.ALERT,
        source="TAK gateway",
        scope=Scope.RESTRICTED,
        restriction="Partner agencies of the operation",
        codes=(PROFILE_CODE,),
        note=note,
        incidents=(incident_key(event),),
        infos=(info,),
    )


def beacon_cancel(
    event: CotEvent,
    raised: Alert,
    *,
    sender: str,
    country: str,
    agency: str,
    now: datetime,
) -> Alert:
    """A CAP Cancel of the alert ``raised`` for this device's beacon."""
    exercise_id = (
        raised.note.split()[0] if raised.status is Status.EXERCISE and raised.note else None
    )
    status, _ = _status(exercise_id)
    who = event.callsign or event.uid
    reason = f"Emergency beacon of {who} cancelled on the device"
    return Alert(
        identifier=_identifier(country, agency, event, "cancel"),
        sender=sender,
        sent=CapTime.from_datetime(now),
        status=status,
        msg_type=MsgType.CANCEL,
        source="TAK gateway",
        scope=Scope.RESTRICTED,
        restriction="Partner agencies of the operation",
        codes=(PROFILE_CODE,),
        note=reason if exercise_id is None else f"{exercise_id} {reason}",
        references=(
            Reference(sender=raised.sender, identifier=raised.identifier, sent=raised.sent.text),
        ),
        incidents=raised.incidents,
    )
