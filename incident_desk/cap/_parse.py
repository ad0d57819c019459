"""CAP reader: safe bytes -> validated :class:`~incident_desk.cap._models.Alert`.

Walks the tree once, checking structure (required elements, ``xs:sequence`` order, unknown
elements, repetition) and every value rule in :mod:`incident_desk.cap._rules`, and collects
*all* problems before raising one :class:`~incident_desk.cap._xml.CapError`.

CAP 1.0 and 1.1 input is normalised into the 1.2 model (``cap_version`` keeps the original):
1.0 ``password`` is ignored, 1.0 ``certainty`` ``Very Likely`` becomes ``Likely``, 1.0
``valueName=value`` strings in ``eventCode``/``parameter``/``geocode`` are accepted, and a
missing ``resource/mimeType`` is allowed for 1.0/1.1 (``mime_type=None``).
"""

from __future__ import annotations

from typing import Any

from incident_desk.cap import _rules as rules
from incident_desk.cap import _schema
from incident_desk.cap._fast import FALLBACK, read_valid
from incident_desk.cap._models import (
    CAP10_NS,
    CAP11_NS,
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
)
from incident_desk.cap._tolerant import _TolerantRules
from incident_desk.cap._xml import (
    DEFAULT_MAX_SIZE,
    MAX_AREAS,
    MAX_INFOS,
    MAX_REPEATED,
    MAX_RESOURCES,
    MAX_SHAPES,
    CapError,
    Collector,
    Problem,
    check_depth,
    element_children,
    has_element_children,
    parse_safely,
    qname,
    serialise_signature,
    text_of,
)

VERSIONS = {CAP12_NS: "1.2", CAP11_NS: "1.1", CAP10_NS: "1.0"}
_CAP12_PREFIX = "{" + CAP12_NS + "}"
_CAP12_ALERT = _CAP12_PREFIX + "alert"
_NEEDS_REFERENCES = {MsgType.UPDATE, MsgType.CANCEL, MsgType.ACK, MsgType.ERROR}

Groups = dict[str, list[tuple[Any, str]]]


def parse(data: bytes, *, max_size: int = DEFAULT_MAX_SIZE) -> Alert:
    """Parse and validate one CAP 1.2 (or 1.1 / 1.0) document given as raw bytes.

    Raises:
        CapError: with every problem found (path + message); never any other exception for
            bad input.
    """
    root = parse_safely(data, max_size, defer_depth=True)
    namespace, version, depth_pending = open_root(root, depth_checked=False)
    out = Collector()
    if version == "1.2" and _schema.schema(version).validate(root):
        fast = read_valid(root, out)  # the schema made the structure: one pass, same rules
        if fast is not FALLBACK:
            out.raise_if_any(root)
            return fast  # type: ignore[no-any-return]
    if depth_pending:
        check_depth(root)
    alert = _Reader(namespace, version, out).alert(root)
    out.raise_if_any(root)
    if alert is None:  # pragma: no cover - a None result always comes with a problem
        raise CapError([Problem("/alert", "invalid alert")])
    return alert


def open_root(root: Any, *, depth_checked: bool) -> tuple[str, str, bool]:
    """(namespace, CAP version, whether the depth probe is still due) of a root element, or
    :class:`CapError` (too deep, or no alert).

    A CAP 1.2 alert whose last child is a CAP element needs no probe if the schema accepts
    it (the schema admits no recursion: five levels at most; only the trailing XML-DSig
    elements it allows could nest deeper): the caller probes only when the schema refuses.
    Anything else is probed here, first, so a deep document is refused for its depth."""
    if not depth_checked:
        last = root[-1].tag if root.tag == _CAP12_ALERT and len(root) else None
        if isinstance(last, str) and last.startswith(_CAP12_PREFIX):
            return CAP12_NS, "1.2", True
        check_depth(root)
    return (*version_of(root), False)


def version_of(root: Any) -> tuple[str, str]:
    """(namespace, CAP version) of a root element, or :class:`CapError` if it is no alert."""
    if root.tag == _CAP12_ALERT:  # the common case, without taking the name apart
        return CAP12_NS, "1.2"
    namespace, local = qname(root)
    version = VERSIONS.get(namespace or "")
    if local != "alert" or version is None:
        found = f"{{{namespace}}}{local}" if namespace else local
        raise CapError(
            [Problem(f"/{local}", f"root element {found} is not a CAP alert (CAP 1.2/1.1/1.0)")]
        )
    return namespace or "", version


_TABLES: dict[int, tuple[dict[str, int], dict[str, bool]]] = {}
_SIGNATURE_TAG = "{" + DSIG_NS + "}Signature"


def _tables(order: tuple[tuple[str, bool], ...]) -> tuple[dict[str, int], dict[str, bool]]:
    """(position by name, repeatable by name) for one sequence table, computed once."""
    tables = _TABLES.get(id(order))
    if tables is None:
        tables = {name: i for i, (name, _) in enumerate(order)}, dict(order)
        _TABLES[id(order)] = tables
    return tables


class _Reader(_TolerantRules):
    """One document's walk; ``out`` collects the problems.

    ``soft`` (tolerant reading, :mod:`incident_desk.cap._read`) collects what breaks a prose
    rule but not the schema: the offending value is dropped (or repaired, e.g. an unclosed
    polygon) and the walk goes on. Without ``soft`` every problem goes to ``out`` (strict).
    """

    __slots__ = ("ns", "out", "prefix", "soft", "tolerant", "version")

    def __init__(
        self, ns: str, version: str, out: Collector, soft: Collector | None = None
    ) -> None:
        self.ns = ns
        self.prefix = "{" + ns + "}"
        self.version = version
        self.out = out
        self.soft = out if soft is None else soft
        self.tolerant = soft is not None

    # -- structure ------------------------------------------------------------------------

    def children(
        self, parent: Any, path: str, order: tuple[tuple[str, bool], ...], skip: Any = None
    ) -> Groups:
        """Group the children by name, reporting unknown, repeated and out-of-order ones."""
        positions, repeatable = _tables(order)
        groups: Groups = {}
        last, last_name = -1, ""
        prefix = self.prefix
        for child in element_children(parent):
            if child is skip:
                continue
            tag: str = child.tag
            ns: str | None
            if tag.startswith(prefix):
                ns, local = self.ns, tag[len(prefix) :]
            else:
                ns, local = qname(child)
            known = ns == self.ns and local in positions
            if local == "password" and self.version != "1.0":
                known = False
            if not known:
                shown = local if ns == self.ns else f"{{{ns}}}{local}" if ns else local
                self.out.add(f"{path}/{local}", f"unknown element <{shown}> is not allowed here")
                continue
            items = groups.setdefault(local, [])
            child_path = f"{path}/{local}[{len(items) + 1}]" if repeatable[local] else ""
            child_path = child_path or f"{path}/{local}"
            items.append((child, child_path))
            position = positions[local]
            if position < last:
                self.out.add(
                    child_path, f"<{local}> is out of order: it must precede <{last_name}>"
                )
            elif not repeatable[local] and len(items) > 1:
                self.out.add(child_path, f"<{local}> may appear only once")
            if position > last:
                last, last_name = position, local
        return groups

    def text(self, element: Any, path: str) -> str:
        if len(element) == 0:  # fast path: comments and PIs are already removed by the parser
            return str(element.text or "")
        if has_element_children(element):
            self.out.add(path, "must contain text only, not elements")
        return text_of(element)

    def one(self, groups: Groups, name: str, path: str, *, required: bool) -> tuple[str, str]:
        """(text, path) of a single element; ("", path) with a problem if required and absent."""
        items = groups.get(name)
        if not items:
            if required:
                self.out.add(f"{path}/{name}", f"required element <{name}> is missing")
            return "", f"{path}/{name}"
        element, child_path = items[0]
        return self.text(element, child_path), child_path

    def optional(self, groups: Groups, name: str, path: str) -> str | None:
        items = groups.get(name)
        return self.text(items[0][0], items[0][1]) if items else None

    def capped(self, groups: Groups, name: str, path: str, cap: int) -> list[tuple[Any, str]]:
        items = groups.get(name, [])
        if len(items) > cap:
            self.out.add(f"{path}/{name}", f"more than {cap} <{name}> elements")
            return items[:cap]
        return items

    # -- alert ----------------------------------------------------------------------------

    def alert(self, root: Any) -> Alert | None:
        path, out, before = "/alert", self.out, self.out.count
        signature = self.signature(root)
        g = self.children(root, path, rules.ALERT_ORDER, skip=signature)
        identifier, p = self.one(g, "identifier", path, required=True)
        if "identifier" in g:  # an empty one cannot key the alert: always a problem
            rules.check_id_chars(
                identifier, "identifier", p, self.soft if identifier.strip() else out
            )
        sender, p = self.one(g, "sender", path, required=True)
        if "sender" in g:
            rules.check_id_chars(sender, "sender", p, self.soft if sender.strip() else out)
        text, p = self.one(g, "sent", path, required=True)
        sent = self.time(text, p, required=True) if "sent" in g else None
        status = self.enum(g, "status", path, Status)
        msg_type = self.enum(g, "msgType", path, MsgType)
        if "scope" not in g and self.tolerant and self.version == "1.0":
            self.soft.add(f"{path}/scope", "no <scope> (optional in CAP 1.0): read as Public")
            scope: Any = Scope.PUBLIC
        else:
            scope = self.enum(g, "scope", path, Scope)
        soft = self.soft
        restriction = self.optional(g, "restriction", path)
        if scope is Scope.RESTRICTED and not (restriction or "").strip():
            soft.add(f"{path}/restriction", "<restriction> is required when scope is Restricted")
        addresses: tuple[str, ...] | None = ()
        text_or_none = self.blank_to_none(self.optional(g, "addresses", path), path, "addresses")
        if text_or_none is not None:
            addresses = rules.split_quoted(text_or_none, "addresses", f"{path}/addresses", soft)
        elif scope is Scope.PRIVATE:
            soft.add(f"{path}/addresses", "<addresses> is required when scope is Private")
        codes = tuple(self.text(e, p) for e, p in self.capped(g, "code", path, MAX_REPEATED))
        references: tuple[Any, ...] | None = ()
        text_or_none = self.blank_to_none(self.optional(g, "references", path), path, "references")
        if text_or_none is not None:
            references = rules.references(text_or_none, f"{path}/references", soft)
        elif msg_type in _NEEDS_REFERENCES:
            soft.add(f"{path}/references", f"<references> is required for msgType {msg_type}")
        incidents: tuple[str, ...] | None = ()
        text_or_none = self.blank_to_none(self.optional(g, "incidents", path), path, "incidents")
        if text_or_none is not None:
            incidents = rules.split_quoted(text_or_none, "incidents", f"{path}/incidents", soft)
        infos = [self.info(e, p) for e, p in self.capped(g, "info", path, MAX_INFOS)]
        if out.count > before:
            return None
        return Alert(
            identifier=identifier,
            sender=sender,
            sent=sent,
            status=status,
            msg_type=msg_type,
            source=self.optional(g, "source", path),
            scope=scope,
            restriction=restriction,
            addresses=addresses or (),
            codes=codes,
            note=self.optional(g, "note", path),
            references=references or (),
            incidents=incidents or (),
            infos=tuple(i for i in infos if i is not None),
            signature=signature if signature is None else serialise_signature(signature),
            cap_version=self.version,
        )

    def signature(self, root: Any) -> Any:
        """The enveloped ds:Signature (must be the last child), or None."""
        found = None
        children = element_children(root)
        for index, child in enumerate(children):
            if child.tag != _SIGNATURE_TAG:
                continue
            if found is not None:
                self.out.add("/alert/Signature", "only one ds:Signature is allowed")
            elif index != len(children) - 1:
                self.out.add("/alert/Signature", "ds:Signature must be the last child of alert")
            found = found if found is not None else child
        return found

    def enum(self, groups: Groups, name: str, path: str, cls: Any) -> Any:
        text, p = self.one(groups, name, path, required=True)
        return rules.enum_token(cls, text, p, self.out) if name in groups else None

    # -- info -----------------------------------------------------------------------------

    def info(self, element: Any, path: str) -> Info | None:
        out, before = self.out, self.out.count
        g = self.children(element, path, rules.INFO_ORDER)
        language_text = self.optional(g, "language", path)
        language = "en-US" if language_text is None else language_text.strip()
        categories = [
            rules.enum_token(Category, self.text(e, p), p, out)
            for e, p in self.capped(g, "category", path, MAX_REPEATED)
        ]
        if not categories:
            no_category = self.soft if self.version == "1.0" else out  # optional in 1.0
            no_category.add(f"{path}/category", "at least one <category> is required")
        event, _ = self.one(g, "event", path, required=True)
        response_types = [
            rules.enum_token(ResponseType, self.text(e, p), p, out)
            for e, p in self.capped(g, "responseType", path, MAX_REPEATED)
        ]
        urgency = self.enum(g, "urgency", path, Urgency)
        severity = self.enum(g, "severity", path, Severity)
        certainty_text, p = self.one(g, "certainty", path, required=True)
        certainty = None
        if self.version == "1.0" and certainty_text.strip() == "Very Likely":
            certainty = Certainty.LIKELY
        elif "certainty" in g:
            certainty = rules.enum_token(Certainty, certainty_text, p, out)
        times = {}
        for name in ("effective", "onset", "expires"):
            if name in g:
                element_, p = g[name][0]
                times[name] = self.time(self.text(element_, p), p, required=False)
        event_codes = self.named_values(g, "eventCode", path)
        parameters = self.named_values(g, "parameter", path)
        resources = [
            self.resource(e, p) for e, p in self.capped(g, "resource", path, MAX_RESOURCES)
        ]
        areas = [self.area(e, p) for e, p in self.capped(g, "area", path, MAX_AREAS)]
        if out.count > before:
            return None
        return Info(
            language=language,
            categories=tuple(c for c in categories if c is not None),
            event=event,
            response_types=tuple(r for r in response_types if r is not None),
            urgency=urgency,
            severity=severity,
            certainty=certainty,
            audience=self.optional(g, "audience", path),
            event_codes=event_codes,
            sender_name=self.optional(g, "senderName", path),
            headline=self.optional(g, "headline", path),
            description=self.optional(g, "description", path),
            instruction=self.optional(g, "instruction", path),
            web=self.web(g, path),
            contact=self.optional(g, "contact", path),
            parameters=parameters,
            resources=tuple(r for r in resources if r is not None),
            areas=tuple(a for a in areas if a is not None),
            **times,
        )

    def named_values(self, groups: Groups, name: str, path: str) -> tuple[NamedValue, ...]:
        """``valueName`` + ``value`` children (CAP 1.0 also ``valueName=value`` text)."""
        values = []
        for element, p in self.capped(groups, name, path, MAX_REPEATED):
            if self.version == "1.0" and not has_element_children(element):
                name_, sep, value = text_of(element).partition("=")
                if not sep:
                    self.out.add(p, f"<{name}> must be valueName=value in CAP 1.0")
                values.append(NamedValue(value_name=name_.strip(), value=value.strip()))
                continue
            g = self.children(element, p, rules.NAMED_VALUE_ORDER)
            value_name, _ = self.one(g, "valueName", p, required=True)
            value, _ = self.one(g, "value", p, required=True)
            values.append(NamedValue(value_name=value_name, value=value))
        return tuple(values)

    # -- resource and area ----------------------------------------------------------------

    def resource(self, element: Any, path: str) -> Resource | None:
        out, before = self.out, self.out.count
        g = self.children(element, path, rules.RESOURCE_ORDER)
        desc, _ = self.one(g, "resourceDesc", path, required=True)
        mime_type = self.optional(g, "mimeType", path)
        if mime_type is None and self.version == "1.2":
            out.add(f"{path}/mimeType", "required element <mimeType> is missing")
        size = None
        if "size" in g:
            element_, p = g["size"][0]
            size = rules.integer(self.text(element_, p), "size", p, out)
        if out.count > before:
            return None
        return Resource(
            resource_desc=desc,
            mime_type=mime_type,
            size=size,
            uri=self.optional(g, "uri", path),
            deref_uri=self.optional(g, "derefUri", path),
            digest=self.optional(g, "digest", path),
        )

    def area(self, element: Any, path: str) -> Area | None:
        out, before = self.out, self.out.count
        g = self.children(element, path, rules.AREA_ORDER)
        desc, _ = self.one(g, "areaDesc", path, required=True)
        polygons = [
            self.polygon(self.text(e, p), p) for e, p in self.capped(g, "polygon", path, MAX_SHAPES)
        ]
        circles = [
            self.circle(self.text(e, p), p) for e, p in self.capped(g, "circle", path, MAX_SHAPES)
        ]
        geocodes = self.named_values(g, "geocode", path)
        numbers: dict[str, float | None] = {}
        for name in ("altitude", "ceiling"):
            if name in g:
                element_, p = g[name][0]
                numbers[name] = rules.decimal(self.text(element_, p), name, p, out)
        if "ceiling" in g and "altitude" not in g:
            self.soft.add(f"{path}/ceiling", "<ceiling> is only allowed together with <altitude>")
        if out.count > before:
            return None
        return Area(
            area_desc=desc,
            polygons=tuple(p for p in polygons if p is not None),
            circles=tuple(c for c in circles if c is not None),
            geocodes=geocodes,
            **numbers,
        )
