"""The one-pass CAP 1.2 reader for a tree the official schema has already accepted.

Once ``cap12.xsd`` has validated a tree, its structure is guaranteed: only CAP elements in
``xs:sequence`` order, every required element present, no element inside a text element, the
enumerations exact and nothing after the last ``info`` but XML-DSig elements. What is left
to check are the prose rules of the specification (identifiers, date-time values, polygons,
circles, quoted lists, references, caps on repetition), and those are checked here with the
same rule functions and the same messages as the full walk of
:class:`incident_desk.cap._parse._Reader`, in the same order.

Because the element names of CAP 1.2 are unique across levels (only ``valueName`` and
``value`` repeat, always inside the latest ``eventCode``/``parameter``/``geocode``), the tree
is read with one C-driven iteration over the CAP elements in document order and a small state
machine: no per-element grouping, no order checks (the schema made them), and the models are
built (``cap._models.trusted``) from values the rules already checked. A value that conforms
is read by the rules' one-call readers (``rules.conforming_*``); only one that does not goes
to the rule that names its problem.

:func:`read_valid` returns :data:`FALLBACK` when the document carries anything the fast pass
does not handle (a DSig element that is not a ``Signature``); the caller then uses the full
walk, which gives the same result more slowly.
"""

from __future__ import annotations

from typing import Any, Final

from incident_desk.cap import _rules as rules
from incident_desk.cap._models import (
    CAP12_NS,
    DSIG_NS,
    Alert,
    Area,
    Category,
    Certainty,
    Info,
    MsgType,
    NamedValue,
    Resource,
    ResponseType,
    Scope,
    Severity,
    Status,
    Urgency,
    trusted,
)
from incident_desk.cap._tolerant import _TolerantRules
from incident_desk.cap._xml import (
    MAX_AREAS,
    MAX_INFOS,
    MAX_REPEATED,
    MAX_RESOURCES,
    MAX_SHAPES,
    Collector,
    serialise_signature,
)

_ALERT_V = trusted(Alert)
_INFO_V = trusted(Info)
_AREA_V = trusted(Area)
_RESOURCE_V = trusted(Resource)
_NAMED_V = trusted(NamedValue)

FALLBACK: Final = object()
"""Returned by :func:`read_valid` when the full walk must read the document instead."""

_PREFIX: Final = "{" + CAP12_NS + "}"
_ALL_CAP: Final = _PREFIX + "*"
_SIGNATURE_TAG: Final = "{" + DSIG_NS + "}Signature"
_NEEDS_REFERENCES = {MsgType.UPDATE, MsgType.CANCEL, MsgType.ACK, MsgType.ERROR}


def _members(cls: Any) -> dict[str, Any]:
    return {member.value: member for member in cls}


_STATUS = _members(Status)
_MSG_TYPE = _members(MsgType)
_SCOPE = _members(Scope)
_CATEGORY = _members(Category)
_RESPONSE = _members(ResponseType)
_URGENCY = _members(Urgency)
_SEVERITY = _members(Severity)
_CERTAINTY = _members(Certainty)

# Where each CAP 1.2 element's text goes (the names are unique across levels): a slot of the
# pass's ``slots`` list and, for a single text element, its key there (None: a repeated one,
# appended to the slot's list). Containers have slots past the text ones: they open new parts.
_ALERT, _INFO, _RESOURCE, _AREA, _NAMED = range(5)  # dicts of single text elements
_CATEGORIES, _RESPONSE_TYPES, _POLYGONS, _CIRCLES, _CODES = range(5, 10)  # lists of texts
_OPEN_INFO, _OPEN_AREA, _OPEN_RESOURCE, _OPEN_EVENT_CODE, _OPEN_PARAMETER, _OPEN_GEOCODE = range(
    10, 16
)
_TEXT_KEYS: Final = {
    _ALERT: (
        "identifier",
        "sender",
        "sent",
        "status",
        "msgType",
        "source",
        "scope",
        "restriction",
        "addresses",
        "note",
        "references",
        "incidents",
    ),
    _INFO: (
        "language",
        "event",
        "urgency",
        "severity",
        "certainty",
        "audience",
        "effective",
        "onset",
        "expires",
        "senderName",
        "headline",
        "description",
        "instruction",
        "web",
        "contact",
    ),
    _RESOURCE: ("resourceDesc", "mimeType", "size", "uri", "derefUri", "digest"),
    _AREA: ("areaDesc", "altitude", "ceiling"),
}
_WHERE: Final[dict[str, tuple[int, str | None]]] = {
    **{_PREFIX + key: (slot, key) for slot, keys in _TEXT_KEYS.items() for key in keys},
    # a name/value pair is collected as the model's own fields
    _PREFIX + "valueName": (_NAMED, "value_name"),
    _PREFIX + "value": (_NAMED, "value"),
    _PREFIX + "category": (_CATEGORIES, None),
    _PREFIX + "responseType": (_RESPONSE_TYPES, None),
    _PREFIX + "polygon": (_POLYGONS, None),
    _PREFIX + "circle": (_CIRCLES, None),
    _PREFIX + "code": (_CODES, None),
    _PREFIX + "info": (_OPEN_INFO, None),
    _PREFIX + "area": (_OPEN_AREA, None),
    _PREFIX + "resource": (_OPEN_RESOURCE, None),
    _PREFIX + "eventCode": (_OPEN_EVENT_CODE, None),
    _PREFIX + "parameter": (_OPEN_PARAMETER, None),
    _PREFIX + "geocode": (_OPEN_GEOCODE, None),
}
_NOT_CAP_12: Final = (-1, None)


class _Info:
    """What the pass collected for one ``info`` (plain lists; rules run afterwards)."""

    __slots__ = (
        "areas",
        "categories",
        "event_codes",
        "fields",
        "parameters",
        "resources",
        "response_types",
    )

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.categories: list[str] = []
        self.response_types: list[str] = []
        self.event_codes: list[dict[str, str]] = []
        self.parameters: list[dict[str, str]] = []
        self.resources: list[dict[str, str]] = []
        self.areas: list[_AreaParts] = []


class _AreaParts:
    __slots__ = ("circles", "fields", "geocodes", "polygons")

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.polygons: list[str] = []
        self.circles: list[str] = []
        self.geocodes: list[dict[str, str]] = []


def read_valid(root: Any, out: Collector, soft: Collector | None = None) -> Any:
    """Read a CAP 1.2 alert the schema accepted: an :class:`Alert`, None (problems in
    ``out``) or :data:`FALLBACK`. ``soft`` collects warnings (tolerant reading)."""
    signatures = []
    for child in root.iterchildren(reversed=True):
        tag = child.tag
        if not isinstance(tag, str) or tag.startswith(_PREFIX):
            break
        if tag != _SIGNATURE_TAG:
            return FALLBACK
        signatures.append(child)
    if len(signatures) > 1 and soft is None:
        return FALLBACK  # strict reading refuses counter-signatures: the full walk says why
    signatures.reverse()
    fields: dict[str, str] = {}
    codes: list[str] = []
    infos: list[_Info] = []
    info = _Info()
    area = _AreaParts()
    # where each text goes, by slot (the current info, area and name/value part)
    slots: list[Any] = [fields, info.fields, {}, area.fields, {}]
    slots += [info.categories, info.response_types, area.polygons, area.circles, codes]
    where = _WHERE.get
    iterator = root.iter(_ALL_CAP)
    next(iterator)  # the alert itself
    for element in iterator:
        slot, key = where(element.tag, _NOT_CAP_12)
        if key is not None:
            slots[slot][key] = element.text or ""
        elif slot < _OPEN_INFO:
            slots[slot].append(element.text or "")
        elif slot == _OPEN_INFO:
            info = _Info()
            infos.append(info)
            slots[_INFO] = info.fields
            slots[_CATEGORIES] = info.categories
            slots[_RESPONSE_TYPES] = info.response_types
        elif slot == _OPEN_AREA:
            area = _AreaParts()
            info.areas.append(area)
            slots[_AREA] = area.fields
            slots[_POLYGONS] = area.polygons
            slots[_CIRCLES] = area.circles
        elif slot == _OPEN_RESOURCE:
            slots[_RESOURCE] = {}
            info.resources.append(slots[_RESOURCE])
        elif slot == _OPEN_EVENT_CODE:
            slots[_NAMED] = {}
            info.event_codes.append(slots[_NAMED])
        elif slot == _OPEN_PARAMETER:
            slots[_NAMED] = {}
            info.parameters.append(slots[_NAMED])
        elif slot == _OPEN_GEOCODE:
            slots[_NAMED] = {}
            area.geocodes.append(slots[_NAMED])
        else:  # pragma: no cover - the schema admits nothing else
            return FALLBACK
    if len(fields) + len(codes) + len(infos) + len(signatures) != len(root):
        return FALLBACK  # a DSig element before the end: the full walk names the problem
    return _Rules(out, soft).alert(fields, codes, infos, signatures)


class _Rules(_TolerantRules):
    """The prose rules over what the pass collected (``time``/``polygon``/``circle`` are the
    tolerant or strict forms shared with the full walk).

    A value that conforms is read by the rules' one-call readers (``rules.conforming_*``) and
    its path is never formatted; anything else goes to the rule that names the problem, so the
    problems and warnings are the full walk's, in the same order."""

    __slots__ = ("out", "soft", "tolerant")

    def __init__(self, out: Collector, soft: Collector | None) -> None:
        self.out = out
        self.soft = out if soft is None else soft
        self.tolerant = soft is not None

    def capped(self, items: list[Any], name: str, path: str, cap: int) -> list[Any]:
        if len(items) > cap:
            self.out.add(f"{path}/{name}", f"more than {cap} <{name}> elements")
            return items[:cap]
        return items

    def enum(self, table: dict[str, Any], cls: Any, text: str, path: str) -> Any:
        """An enumeration token; the schema made it exact, the rule still names a bad one."""
        found = table.get(text)
        return found if found is not None else rules.enum_token(cls, text, path, self.out)

    def tokens(
        self, table: dict[str, Any], cls: Any, texts: list[str], name: str, path: str
    ) -> list[Any]:
        """Repeated enumeration tokens (category, responseType), each checked like enum()."""
        found = [table.get(text) for text in texts]
        if None in found:
            found = [
                self.enum(table, cls, text, f"{path}/{name}[{n}]")
                for n, text in enumerate(texts, start=1)
            ]
        return found

    def listed(self, text: str | None, name: str) -> str | None:
        """An optional alert list element, an empty one ignored in tolerant reading."""
        return None if text is None else self.blank_to_none(text, "/alert", name)

    def when(self, text: str, path: str, name: str, *, required: bool) -> Any:
        """A date-time: in CAP form by the one-call (and remembering) reader, else by the
        shared rule."""
        found = rules.conforming_time(text)
        if found is None:
            return self.time(text, f"{path}/{name}", required=required)
        return found

    def alert(
        self, f: dict[str, str], codes: list[str], infos: list[_Info], signatures: list[Any]
    ) -> Alert | None:
        out, soft, before = self.out, self.soft, self.out.count
        identifier = f["identifier"]
        rules.check_id_chars(
            identifier, "identifier", "/alert/identifier", soft if identifier.strip() else out
        )
        sender = f["sender"]
        rules.check_id_chars(sender, "sender", "/alert/sender", soft if sender.strip() else out)
        sent = self.when(f["sent"], "/alert", "sent", required=True)
        status = self.enum(_STATUS, Status, f["status"], "/alert/status")
        msg_type = self.enum(_MSG_TYPE, MsgType, f["msgType"], "/alert/msgType")
        scope = self.enum(_SCOPE, Scope, f["scope"], "/alert/scope")
        restriction = f.get("restriction")
        if scope is Scope.RESTRICTED and not (restriction or "").strip():
            soft.add("/alert/restriction", "<restriction> is required when scope is Restricted")
        addresses: tuple[str, ...] | None = ()
        text = self.listed(f.get("addresses"), "addresses")
        if text is not None:
            addresses = rules.split_quoted(text, "addresses", "/alert/addresses", soft)
        elif scope is Scope.PRIVATE:
            soft.add("/alert/addresses", "<addresses> is required when scope is Private")
        codes = self.capped(codes, "code", "/alert", MAX_REPEATED)
        references: tuple[Any, ...] | None = ()
        text = self.listed(f.get("references"), "references")
        if text is not None:
            references = rules.references(text, "/alert/references", soft)
        elif msg_type in _NEEDS_REFERENCES:
            soft.add("/alert/references", f"<references> is required for msgType {msg_type}")
        incidents: tuple[str, ...] | None = ()
        text = self.listed(f.get("incidents"), "incidents")
        if text is not None:
            incidents = rules.split_quoted(text, "incidents", "/alert/incidents", soft)
        read = [
            self.info(parts, f"/alert/info[{n}]")
            for n, parts in enumerate(self.capped(infos, "info", "/alert", MAX_INFOS), start=1)
        ]
        if out.count > before:
            return None
        return _ALERT_V(
            {
                "identifier": identifier,
                "sender": sender,
                "sent": sent,
                "status": status,
                "msg_type": msg_type,
                "source": f.get("source"),
                "scope": scope,
                "restriction": restriction,
                "addresses": addresses or (),
                "codes": tuple(codes),
                "note": f.get("note"),
                "references": references or (),
                "incidents": incidents or (),
                "infos": tuple([i for i in read if i is not None]),
                "signature": serialise_signature(signatures[0]) if signatures else None,
                "cap_version": "1.2",
            }
        )

    def info(self, parts: _Info, path: str) -> Info | None:
        out, before = self.out, self.out.count
        f = parts.fields
        language = f.get("language")
        categories = self.tokens(_CATEGORY, Category, parts.categories, "category", path)
        response_types = self.tokens(
            _RESPONSE, ResponseType, parts.response_types, "responseType", path
        )  # the schema put every category first: the problems come in the full walk's order
        if len(categories) > MAX_REPEATED:
            out.add(f"{path}/category", f"more than {MAX_REPEATED} <category> elements")
            categories = categories[:MAX_REPEATED]
        if len(response_types) > MAX_REPEATED:
            out.add(f"{path}/responseType", f"more than {MAX_REPEATED} <responseType> elements")
            response_types = response_types[:MAX_REPEATED]
        urgency = _URGENCY.get(f["urgency"])
        if urgency is None:
            urgency = rules.enum_token(Urgency, f["urgency"], f"{path}/urgency", out)
        severity = _SEVERITY.get(f["severity"])
        if severity is None:
            severity = rules.enum_token(Severity, f["severity"], f"{path}/severity", out)
        certainty = _CERTAINTY.get(f["certainty"])
        if certainty is None:
            certainty = rules.enum_token(Certainty, f["certainty"], f"{path}/certainty", out)
        effective = onset = expires = None
        if "effective" in f:
            effective = self.when(f["effective"], path, "effective", required=False)
        if "onset" in f:
            onset = self.when(f["onset"], path, "onset", required=False)
        if "expires" in f:
            expires = self.when(f["expires"], path, "expires", required=False)
        event_codes = self.named(parts.event_codes, "eventCode", path)
        parameters = self.named(parts.parameters, "parameter", path)
        resources = (
            [
                self.resource(r, f"{path}/resource[{n}]")
                for n, r in enumerate(
                    self.capped(parts.resources, "resource", path, MAX_RESOURCES), start=1
                )
            ]
            if parts.resources
            else ()
        )
        areas = [
            self.area(a, f"{path}/area[{n}]")
            for n, a in enumerate(self.capped(parts.areas, "area", path, MAX_AREAS), start=1)
        ]
        web = f.get("web")
        if self.tolerant and web is not None and not web.strip():
            self.soft.add(f"{path}/web", "empty <web/> ignored")
            web = None
        if out.count > before:
            return None
        return _INFO_V(
            {
                "language": "en-US" if language is None else language.strip(),
                "categories": tuple(categories),
                "event": f["event"],
                "response_types": tuple(response_types),
                "urgency": urgency,
                "severity": severity,
                "certainty": certainty,
                "audience": f.get("audience"),
                "event_codes": event_codes,
                "sender_name": f.get("senderName"),
                "headline": f.get("headline"),
                "description": f.get("description"),
                "instruction": f.get("instruction"),
                "web": web,
                "contact": f.get("contact"),
                "parameters": parameters,
                "resources": tuple([r for r in resources if r is not None]),
                "areas": tuple([a for a in areas if a is not None]),
                "effective": effective,
                "onset": onset,
                "expires": expires,
            }
        )

    def named(self, items: list[dict[str, str]], name: str, path: str) -> tuple[NamedValue, ...]:
        """The pass filled each dict with the model's two fields (the schema requires both)."""
        if not items:
            return ()
        return tuple([_NAMED_V(item) for item in self.capped(items, name, path, MAX_REPEATED)])

    def resource(self, f: dict[str, str], path: str) -> Resource | None:
        size = None
        if "size" in f:
            size = rules.integer(f["size"], "size", f"{path}/size", self.out)
            if size is None:
                return None
        return _RESOURCE_V(
            {
                "resource_desc": f["resourceDesc"],
                "mime_type": f["mimeType"],
                "size": size,
                "uri": f.get("uri"),
                "deref_uri": f.get("derefUri"),
                "digest": f.get("digest"),
            }
        )

    def area(self, parts: _AreaParts, path: str) -> Area | None:
        out, before = self.out, self.out.count
        polygons = []
        for n, text in enumerate(self.capped(parts.polygons, "polygon", path, MAX_SHAPES), 1):
            polygon = rules.conforming_polygon(text)
            if polygon is None:
                polygon = self.polygon(text, f"{path}/polygon[{n}]")
            polygons.append(polygon)
        circles = []
        for n, text in enumerate(self.capped(parts.circles, "circle", path, MAX_SHAPES), 1):
            circle = rules.conforming_circle(text)
            if circle is None:
                circle = self.circle(text, f"{path}/circle[{n}]")
            circles.append(circle)
        geocodes = self.named(parts.geocodes, "geocode", path)
        f = parts.fields
        altitude = ceiling = None
        if "altitude" in f:
            altitude = rules.decimal(f["altitude"], "altitude", f"{path}/altitude", out)
        if "ceiling" in f:
            ceiling = rules.decimal(f["ceiling"], "ceiling", f"{path}/ceiling", out)
            if "altitude" not in f:
                self.soft.add(
                    f"{path}/ceiling", "<ceiling> is only allowed together with <altitude>"
                )
        if out.count > before:
            return None
        return _AREA_V(
            {
                "area_desc": f["areaDesc"],
                "polygons": tuple([p for p in polygons if p is not None]),
                "circles": tuple([c for c in circles if c is not None]),
                "geocodes": geocodes,
                "altitude": altitude,
                "ceiling": ceiling,
            }
        )
