"""EDXL-DE 1.0 and 2.0 envelopes around CAP: open one, read each embedded alert.

An ``EDXLDistribution`` (OASIS EDXL Distribution Element) is routing metadata around one or
more content objects. Producers spell the 2.0 element names both ways (``distributionID`` as
in 1.0 and ``DistributionID``), and nest the XML payload as ``xmlContent`` (1.0) or
``contentXML`` (2.0) around ``embeddedXMLContent``: names are matched without regard to case,
within the DE namespace. Each CAP alert found there is serialised on its own (UTF-8, its
in-scope namespaces declared) and read by :func:`incident_desk.cap.read_root` exactly as if it
had arrived alone; anything else is reported as "not CAP".

Only the envelope fields the console shows and checks are kept (:class:`EdxlEnvelope`); the
whole envelope stays in the raw bytes the caller keeps.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from lxml import etree
from pydantic import BaseModel, ConfigDict

from incident_desk.cap._read import CapPolicy, Reading, read_root
from incident_desk.cap._xml import (
    DEFAULT_MAX_SIZE,
    CapError,
    Problem,
    parse_safely,
    qname,
    text_of,
)

EDXL_DE_10_NS: Final = "urn:oasis:names:tc:emergency:EDXL:DE:1.0"
EDXL_DE_20_NS: Final = "urn:oasis:names:tc:emergency:EDXL:DE:2.0"
VERSIONS: Final = {EDXL_DE_10_NS: "1.0", EDXL_DE_20_NS: "2.0"}
MAX_CONTENT_OBJECTS: Final = 64
"""Content objects read from one envelope; beyond that the envelope is refused."""


class EdxlEnvelope(BaseModel):
    """What the console keeps of an EDXL-DE envelope (stored with each alert it carried).

    Attributes:
        version: "1.0" or "2.0".
        distribution_id, sender_id, date_time_sent: the envelope's identity (as written).
        distribution_status: ``Actual``, ``Exercise``, ``System`` or ``Test`` (None if absent).
        distribution_type: 1.0 ``distributionType`` / 2.0 ``distributionKind`` (``Report``…).
        recipient_roles: the values of every ``recipientRole``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    distribution_id: str
    sender_id: str
    date_time_sent: str
    distribution_status: str | None = None
    distribution_type: str | None = None
    recipient_roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Content:
    """One payload of an envelope.

    Attributes:
        index: 1-based position among the envelope's content objects.
        raw: the payload's bytes: a CAP alert serialised on its own, else the content object.
        reading: the tolerant reading of a CAP alert, None when refused or not CAP.
        problem: why it is refused ("not CAP: …" or the CAP problems), None when read.
    """

    index: int
    raw: bytes
    reading: Reading | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Opened:
    """An opened envelope: its metadata and every payload in order."""

    envelope: EdxlEnvelope
    contents: tuple[Content, ...]


def is_envelope(root: Any) -> bool:
    namespace, local = qname(root)
    return namespace in VERSIONS and local.lower() == "edxldistribution"


def read_message(
    data: bytes, policy: CapPolicy = "tolerant", *, max_size: int = DEFAULT_MAX_SIZE
) -> Reading | Opened:
    """A CAP alert (:class:`Reading`) or an EDXL-DE envelope (:class:`Opened`) from bytes.

    Raises:
        CapError: not readable XML, hostile, a refused CAP alert, or a broken envelope.
    """
    root = parse_safely(data, max_size)
    if is_envelope(root):
        return open_envelope(root, policy)
    return read_root(root, policy)


def open_envelope(root: Any, policy: CapPolicy = "tolerant") -> Opened:
    """Read the envelope fields and every content object of a parsed ``EDXLDistribution``."""
    namespace = qname(root)[0] or ""
    envelope = _envelope(root, namespace)
    objects = _all(root, namespace, "contentobject")
    if not objects:
        raise CapError([Problem("/EDXLDistribution", "the envelope carries no contentObject")])
    if len(objects) > MAX_CONTENT_OBJECTS:
        raise CapError(
            [Problem("/EDXLDistribution", f"more than {MAX_CONTENT_OBJECTS} content objects")]
        )
    contents: list[Content] = []
    for index, item in enumerate(objects, start=1):
        contents.extend(_contents(item, namespace, index, policy))
    return Opened(envelope=envelope, contents=tuple(contents))


def _envelope(root: Any, namespace: str) -> EdxlEnvelope:
    fields = {name: _text(root, namespace, name) for name in _FIELDS}
    missing = [name for name in ("distributionid", "senderid", "datetimesent") if not fields[name]]
    if missing:
        names = ", ".join(_SHOWN[m] for m in missing)
        raise CapError([Problem("/EDXLDistribution", f"the envelope has no {names}")])
    roles = tuple(
        text
        for role in _all(root, namespace, "recipientrole")
        for text in (_value_texts(role) or [text_of(role).strip()])
        if text
    )
    return EdxlEnvelope(
        version=VERSIONS[namespace],
        distribution_id=fields["distributionid"] or "",
        sender_id=fields["senderid"] or "",
        date_time_sent=fields["datetimesent"] or "",
        distribution_status=fields["distributionstatus"],
        distribution_type=fields["distributiontype"] or fields["distributionkind"],
        recipient_roles=roles,
    )


_FIELDS: Final = (
    "distributionid",
    "senderid",
    "datetimesent",
    "distributionstatus",
    "distributiontype",
    "distributionkind",
)
_SHOWN: Final = {
    "distributionid": "distributionID",
    "senderid": "senderID",
    "datetimesent": "dateTimeSent",
}


def _contents(item: Any, namespace: str, index: int, policy: CapPolicy) -> list[Content]:
    embedded = _all(item, namespace, "embeddedxmlcontent")
    payloads = [c for e in embedded for c in e if isinstance(c.tag, str)]
    if not payloads:
        what = "non-XML content" if _all(item, namespace, "nonxmlcontent") else "no payload"
        return [Content(index, _bytes(item), problem=f"not CAP: contentObject {index} has {what}")]
    found = []
    for payload in payloads:
        raw = _bytes(payload)
        namespace_, local = qname(payload)
        try:
            reading = read_root(copy.deepcopy(payload), policy)
        except CapError as exc:
            if any("is not a CAP alert" in p.message for p in exc.problems):
                shown = f"{{{namespace_}}}{local}" if namespace_ else local
                problem = f"not CAP: contentObject {index} holds <{shown}>"
            else:
                problem = "invalid CAP: " + "; ".join(p.located() for p in exc.problems)
            found.append(Content(index, raw, problem=problem))
            continue
        found.append(Content(index, raw, reading=reading))
    return found


def _bytes(element: Any) -> bytes:
    clone = copy.deepcopy(element)
    clone.tail = None
    out: bytes = etree.tostring(clone, encoding="UTF-8", xml_declaration=True)
    return out


def _all(parent: Any, namespace: str, lowered: str) -> list[Any]:
    prefix = "{" + namespace + "}"
    return [
        e
        for e in parent.iter(etree.Element)
        if e.tag.startswith(prefix) and e.tag[len(prefix) :].lower() == lowered
    ]


def _text(root: Any, namespace: str, lowered: str) -> str | None:
    """A direct child's text; for a 2.0 value-list element, its ``Value`` text."""
    prefix = "{" + namespace + "}"
    for child in root:
        if isinstance(child.tag, str) and child.tag.lower() == (prefix + lowered).lower():
            values = _value_texts(child)
            text = values[0] if values else text_of(child).strip()
            return text or None
    return None


def _value_texts(element: Any) -> list[str]:
    return [
        text_of(e).strip()
        for e in element.iter(etree.Element)
        if e is not element and qname(e)[1].lower() == "value"
    ]


def wrap(
    alerts: Sequence[bytes],
    *,
    distribution_id: str,
    sender_id: str,
    sent: str,
    status: str,
    distribution_type: str = "Report",
    max_size: int = DEFAULT_MAX_SIZE,
) -> bytes:
    """An EDXL-DE 1.0 envelope carrying ``alerts`` (each a CAP document), UTF-8.

    Each alert goes into its own ``contentObject/xmlContent/embeddedXMLContent``. An enveloped
    signature made with exclusive c14n (ours) still verifies on the embedded copy.

    Raises:
        CapError: an alert is not safe, readable XML.
    """
    root = etree.Element(_de10("EDXLDistribution"), nsmap={None: EDXL_DE_10_NS})
    for name, value in (
        ("distributionID", distribution_id),
        ("senderID", sender_id),
        ("dateTimeSent", sent),
        ("distributionStatus", status),
        ("distributionType", distribution_type),
    ):
        etree.SubElement(root, _de10(name)).text = value
    for data in alerts:
        item = etree.SubElement(root, _de10("contentObject"))
        xml = etree.SubElement(
            etree.SubElement(item, _de10("xmlContent")), _de10("embeddedXMLContent")
        )
        xml.append(copy.deepcopy(parse_safely(data, max_size)))
    out: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return out


def _de10(name: str) -> str:
    return f"{{{EDXL_DE_10_NS}}}{name}"
