"""Untrusted CoT from TAK devices → a checked :class:`CotEvent`, or a refusal with a reason.

Every received message goes through :func:`parse_cot` (XML; protobuf goes through
``incident_desk.tak._framing`` into the same checks). It uses the product's one hardened XML
parser (``incident_desk/safexml.py``: size cap before parsing, no DOCTYPE, no entities, no
network, bounded depth) and then refuses, with a plain reason:

- a root that is not ``<event>``, a ``version`` below 2, a missing or over-long ``uid``;
- a ``type`` or ``how`` that is not a CoT hyphenated code;
- times that do not parse, lie before 2000, more than :data:`MAX_FUTURE` ahead of ``now``, more
  than :data:`MAX_AGE` behind it, a ``stale`` before ``start`` or more than a year after
  ``time``;
- a missing ``point``, coordinates outside ±90/±180, non-finite numbers;
- over-long callsigns or remarks, more than :data:`MAX_DETAIL_CHILDREN` detail children.

:func:`classify` then says what a checked event is for *this* channel (real or one exercise).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal

from incident_desk import safexml
from incident_desk.cap._xml import element_children, text_of
from incident_desk.errors import InputError
from incident_desk.tak._cot import CotEvent, CotLink, CotPoint

__all__ = [
    "BEACON_TYPES",
    "MAX_EVENT_BYTES",
    "CotError",
    "Inbound",
    "check_event",
    "classify",
    "parse_cot",
    "parse_time",
]

MAX_EVENT_BYTES: Final = 64 * 1024
MAX_UID: Final = 200
MAX_TYPE: Final = 64
MAX_CALLSIGN: Final = 80
MAX_REMARKS: Final = 4000
MAX_DETAIL_CHILDREN: Final = 64
MAX_FUTURE: Final = timedelta(minutes=10)
MAX_AGE: Final = timedelta(days=7)
MAX_VALIDITY: Final = timedelta(days=366)
_EPOCH_FLOOR: Final = datetime(2000, 1, 1, tzinfo=UTC)

#: ATAK/WinTAK emergency beacon types (the "911 Alert" button and its siblings) → name
BEACON_TYPES: Final = {
    "b-a-o-tbl": "911 Alert",
    "b-a-o-pan": "Ring The Bell",
    "b-a-o-opn": "Troops In Contact",
    "b-a-o-c": "Custom emergency",
    "b-a-g": "Geo-fence Breached",
}
BEACON_CANCEL: Final = "b-a-o-can"

_TYPE_RE: Final = re.compile(r"[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*(;[^;]*)?")
_HOW_RE: Final = re.compile(r"[A-Za-z0-9_](-[A-Za-z0-9_]+)*")
_TIME_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})")
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CotError(InputError):
    """A CoT message we refuse; ``reason`` says why in plain words (logged and counted)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def parse_time(text: str | None, what: str) -> datetime:
    """An ISO 8601 CoT time (``Z`` or an offset; fractions of any length) as aware UTC."""
    if text is None or not _TIME_RE.fullmatch(text):
        raise CotError(f"{what} {text!r} is not a CoT time (YYYY-MM-DDThh:mm:ss[.s]Z)")
    stamp = text.replace("Z", "+00:00")
    if "." in stamp:  # Python reads at most 6 fraction digits
        head, _, tail = stamp.partition(".")
        digits = re.match(r"\d+", tail)
        assert digits is not None
        stamp = f"{head}.{digits.group()[:6].ljust(6, '0')}{tail[digits.end() :]}"
    try:
        return datetime.fromisoformat(stamp).astimezone(UTC)
    except ValueError as exc:
        raise CotError(f"{what} {text!r} is not a valid date: {exc}") from None


def _number(element: Any, name: str) -> float:
    raw = element.get(name)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise CotError(f"point@{name} {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise CotError(f"point@{name} is not a finite number")
    return value


def _point(root: Any) -> CotPoint:
    points = [c for c in element_children(root) if c.tag == "point"]
    if len(points) != 1:
        raise CotError("an event needs exactly one <point>")
    p = points[0]
    lat, lon = _number(p, "lat"), _number(p, "lon")
    if not -90.0 <= lat <= 90.0 or not -180.0 <= lon <= 180.0:
        raise CotError(f"impossible coordinates lat={lat} lon={lon}")
    hae, ce, le = _number(p, "hae"), _number(p, "ce"), _number(p, "le")
    if ce < 0 or le < 0:
        raise CotError("point@ce and point@le must not be negative")
    return CotPoint(lat, lon, hae, ce, le)


def _text(value: str | None, limit: int, what: str) -> str | None:
    if value is None:
        return None
    if len(value) > limit:
        raise CotError(f"{what} is longer than {limit} characters")
    return _CONTROL_RE.sub("", value)


@dataclass(slots=True)
class _Detail:
    callsign: str | None = None
    remarks: str | None = None
    group: tuple[str, str] | None = None
    emergency: str | None = None
    emergency_cancel: bool = False
    links: tuple[CotLink, ...] = ()


def _detail(root: Any) -> _Detail:
    out = _Detail()
    details = [c for c in element_children(root) if c.tag == "detail"]
    if len(details) > 1:
        raise CotError("an event has at most one <detail>")
    if not details:
        return out
    children = element_children(details[0])
    if len(children) > MAX_DETAIL_CHILDREN:
        raise CotError(f"<detail> has more than {MAX_DETAIL_CHILDREN} children")
    links: list[CotLink] = []
    for child in children:
        tag = child.tag
        if tag == "contact":
            out.callsign = _text(child.get("callsign"), MAX_CALLSIGN, "contact@callsign")
        elif tag == "remarks":
            out.remarks = _text(text_of(child), MAX_REMARKS, "remarks")
        elif tag == "__group":
            name = _text(child.get("name") or "", MAX_CALLSIGN, "__group@name") or ""
            out.group = (name, _text(child.get("role") or "", MAX_CALLSIGN, "__group@role") or "")
        elif tag == "emergency":
            out.emergency = _text(child.get("type") or "", MAX_CALLSIGN, "emergency@type")
            out.emergency_cancel = (child.get("cancel") or "").lower() == "true"
        elif tag == "link" and child.get("uid"):
            uid = _text(child.get("uid"), MAX_UID, "link@uid")
            links.append(CotLink(uid=uid, type=child.get("type"), relation=child.get("relation")))
    out.links = tuple(links[:8])
    return out


def check_event(
    uid: str | None,
    type_: str | None,
    how: str | None,
    times: tuple[datetime, datetime, datetime],
    now: datetime,
) -> None:
    """The checks shared by XML and protobuf input (raises :class:`CotError`)."""
    if not uid or len(uid) > MAX_UID or _CONTROL_RE.search(uid):
        raise CotError(f"uid missing, longer than {MAX_UID} characters or not printable")
    if not type_ or len(type_) > MAX_TYPE or not _TYPE_RE.fullmatch(type_):
        raise CotError(f"type {type_!r} is not a CoT type")
    if not how or len(how) > 16 or not _HOW_RE.fullmatch(how):
        raise CotError(f"how {how!r} is not a CoT how code")
    time, start, stale = times
    for what, value in (("time", time), ("start", start), ("stale", stale)):
        if value < _EPOCH_FLOOR:
            raise CotError(f"{what} {value.isoformat()} is before 2000 (absurd)")
    if time > now + MAX_FUTURE or start > now + MAX_VALIDITY:
        raise CotError(f"time {time.isoformat()} lies in the future (clock or hostile sender)")
    if time < now - MAX_AGE:
        raise CotError(f"time {time.isoformat()} is more than {MAX_AGE.days} days old")
    if stale < start:
        raise CotError("stale is before start")
    if stale - time > MAX_VALIDITY:
        raise CotError("stale is more than a year after time (absurd)")


def parse_cot(data: bytes, now: datetime, *, max_size: int = MAX_EVENT_BYTES) -> CotEvent:
    """Parse and check one untrusted CoT XML message; :class:`CotError` says why not."""
    try:
        root = safexml.parse(data, max_size)
    except safexml.UnsafeXml as exc:
        raise CotError(str(exc).replace(" in CAP", " in CoT")) from None
    if root.tag != "event":
        raise CotError(f"the root element is <{root.tag}>, not <event>")
    try:
        version = float(root.get("version", "") or "nan")
    except ValueError:
        version = math.nan
    if not version >= 2.0:
        raise CotError(f"version {root.get('version')!r} is not CoT 2.0")
    uid, type_, how = root.get("uid"), root.get("type"), root.get("how")
    times = (
        parse_time(root.get("time"), "time"),
        parse_time(root.get("start"), "start"),
        parse_time(root.get("stale"), "stale"),
    )
    check_event(uid, type_, how, times, now)
    assert uid is not None
    assert type_ is not None
    assert how is not None
    point = _point(root)
    detail = _detail(root)
    opex = _text(root.get("opex"), 64, "opex")
    return CotEvent(
        uid=uid,
        type=type_,
        how=how,
        time=times[0],
        start=times[1],
        stale=times[2],
        point=point,
        opex=opex or None,
        callsign=detail.callsign,
        remarks=detail.remarks,
        group=detail.group,
        links=detail.links,
        emergency=detail.emergency,
        emergency_cancel=detail.emergency_cancel,
    )


Kind = Literal["pli", "beacon", "beacon-cancel", "refused", "ignored"]


@dataclass(frozen=True, slots=True)
class Inbound:
    """What one checked event means on one channel.

    Attributes:
        kind: "pli" (a friendly position report), "beacon" / "beacon-cancel" (emergency),
            "refused" (counted and logged: it breaks a rule), "ignored" (not ours to handle).
        exercise_id: the traffic it belongs to (None = real); meaningful for pli/beacon.
        reason: for refused/ignored, why.
    """

    kind: Kind
    exercise_id: str | None = None
    reason: str = ""


def _traffic(event: CotEvent, channel: str | None) -> str | CotError | None:
    """The exercise id of the event on this channel, None for real, or the refusal."""
    opex = event.opex or ""
    if channel is None:
        if opex[:1] in {"e", "s"}:
            return CotError(f"opex {opex!r} (exercise/simulation) on the real channel")
        return None
    if opex[:1] == "s":
        return CotError(f"opex {opex!r} (simulation) on exercise channel {channel}")
    if opex[:1] == "e" and event.exercise_id not in {"", channel}:
        return CotError(f"opex {opex!r} names another exercise than {channel}")
    return channel


def classify(event: CotEvent, channel: str | None, now: datetime) -> Inbound:
    """Decide what ``event`` received on ``channel`` (None = the real one) becomes.

    - Exercise or simulation CoT on the real channel is refused: it never becomes real.
    - On an exercise channel, events without ``opex`` or with ``e``/``e-{that exercise}``
      are that exercise's; ``e-{another}`` and ``s…`` are refused; ``o`` (real operations)
      is refused too, except an emergency beacon: a real emergency during an exercise is
      raised as a real alarm (the consoles show it as NO DUFF).
    - Our own events (uid ``idesk.…``) echoed back are ignored.
    """
    if event.uid.startswith("idesk."):
        return Inbound("ignored", reason="our own event echoed back")
    base = event.type.split(";", 1)[0]
    is_beacon = base in BEACON_TYPES or base == BEACON_CANCEL
    if channel is not None and (event.opex or "").startswith("o"):
        if not is_beacon:
            return Inbound("refused", reason=f"real-operations CoT on exercise channel {channel}")
        return Inbound("beacon-cancel" if base == BEACON_CANCEL else "beacon", None)
    traffic = _traffic(event, channel)
    if isinstance(traffic, CotError):
        return Inbound("refused", reason=traffic.reason)
    if is_beacon:
        cancel = base == BEACON_CANCEL or event.emergency_cancel
        return Inbound("beacon-cancel" if cancel else "beacon", traffic)
    if base.startswith("a-f-"):
        if event.stale <= now:
            return Inbound("refused", reason="position report already stale")
        if event.point.lat == 0.0 and event.point.lon == 0.0:
            return Inbound("refused", reason="position 0,0 (device has no fix)")
        return Inbound("pli", traffic)
    return Inbound("ignored", reason=f"type {base} is not handled (only a-f-* and beacons)")
