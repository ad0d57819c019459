"""Hypothesis strategies that build *valid* CAP models (every rule of docs/standards.md §1
holds)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import strategies as st

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
    Polygon,
    Reference,
    Resource,
    ResponseType,
    Scope,
    Severity,
    Status,
    Urgency,
)

SIGNATURE = (
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
    '<ds:Reference URI=""/></ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue>'
    "</ds:Signature>"
)

# Any XML 1.0 character (no C0 controls except tab/newline/CR, no surrogates/non-characters).
xml_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"))
    | st.sampled_from("\t\n\r <>&\"'"),
    max_size=20,
)
id_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn", "Zs", "Zl", "Zp")).filter(
        lambda c: not c.isspace() and c not in ',<&"'
    ),
    min_size=1,
    max_size=16,
)
list_entry = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn")).filter(lambda c: c != '"'),
    min_size=1,
    max_size=12,
).filter(lambda s: bool(s.strip()))


@st.composite
def cap_times(draw: st.DrawFn) -> CapTime:
    naive = draw(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1)))
    minutes = draw(st.integers(min_value=-12 * 60, max_value=14 * 60))
    value = naive.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    written = CapTime.from_datetime(value)
    if minutes == 0 and draw(st.booleans()):  # +00:00 is accepted as well
        return CapTime(text=written.text[:-6] + "+00:00", utc=written.utc)
    return written


def _decimal_float(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False)


points = st.builds(Point, lat=_decimal_float(-90, 90), lon=_decimal_float(-180, 180))


@st.composite
def polygons(draw: st.DrawFn) -> Polygon:
    ring = draw(st.lists(points, min_size=3, max_size=8))
    return Polygon(points=(*ring, ring[0]))


circles = st.builds(Circle, center=points, radius_km=_decimal_float(0, 1e5))
named_values = st.builds(NamedValue, value_name=xml_text, value=xml_text)
optional_text = st.none() | xml_text


@st.composite
def areas(draw: st.DrawFn) -> Area:
    altitude = draw(st.none() | _decimal_float(-1e6, 1e6))
    ceiling = None if altitude is None else draw(st.none() | _decimal_float(-1e6, 1e6))
    return Area(
        area_desc=draw(xml_text),
        polygons=tuple(draw(st.lists(polygons(), max_size=2))),
        circles=tuple(draw(st.lists(circles, max_size=2))),
        geocodes=tuple(draw(st.lists(named_values, max_size=2))),
        altitude=altitude,
        ceiling=ceiling,
    )


resources = st.builds(
    Resource,
    resource_desc=xml_text,
    mime_type=xml_text,
    size=st.none() | st.integers(min_value=0, max_value=10**15),
    uri=optional_text,
    deref_uri=optional_text,
    digest=optional_text,
)


@st.composite
def infos(draw: st.DrawFn) -> Info:
    return Info(
        language=draw(st.sampled_from(["en-US", "en-KE", "fr", "sw-KE", "ar"])),
        categories=tuple(draw(st.lists(st.sampled_from(Category), min_size=1, max_size=3))),
        event=draw(xml_text),
        response_types=tuple(draw(st.lists(st.sampled_from(ResponseType), max_size=2))),
        urgency=draw(st.sampled_from(Urgency)),
        severity=draw(st.sampled_from(Severity)),
        certainty=draw(st.sampled_from(Certainty)),
        audience=draw(optional_text),
        event_codes=tuple(draw(st.lists(named_values, max_size=2))),
        effective=draw(st.none() | cap_times()),
        onset=draw(st.none() | cap_times()),
        expires=draw(st.none() | cap_times()),
        sender_name=draw(optional_text),
        headline=draw(optional_text),
        description=draw(optional_text),
        instruction=draw(optional_text),
        web=draw(optional_text),
        contact=draw(optional_text),
        parameters=tuple(draw(st.lists(named_values, max_size=2))),
        resources=tuple(draw(st.lists(resources, max_size=2))),
        areas=tuple(draw(st.lists(areas(), max_size=2))),
    )


@st.composite
def references(draw: st.DrawFn) -> Reference:
    return Reference(sender=draw(id_text), identifier=draw(id_text), sent=draw(cap_times()).text)


@st.composite
def alerts(draw: st.DrawFn) -> Alert:
    msg_type = draw(st.sampled_from(MsgType))
    scope = draw(st.sampled_from(Scope))
    restriction = draw(optional_text)
    if scope is Scope.RESTRICTED:
        restriction = draw(xml_text.filter(lambda s: bool(s.strip())))
    min_addresses = 1 if scope is Scope.PRIVATE else 0
    min_refs = 0 if msg_type is MsgType.ALERT else 1
    return Alert(
        identifier=draw(id_text),
        sender=draw(id_text),
        sent=draw(cap_times()),
        status=draw(st.sampled_from(Status)),
        msg_type=msg_type,
        source=draw(optional_text),
        scope=scope,
        restriction=restriction,
        addresses=tuple(draw(st.lists(list_entry, min_size=min_addresses, max_size=3))),
        codes=tuple(draw(st.lists(xml_text, max_size=2))),
        note=draw(optional_text),
        references=tuple(draw(st.lists(references(), min_size=min_refs, max_size=3))),
        incidents=tuple(draw(st.lists(list_entry, max_size=3))),
        infos=tuple(draw(st.lists(infos(), max_size=2))),
        signature=draw(st.sampled_from([None, SIGNATURE])),
    )


__all__ = ["UTC", "alerts"]
