"""Tolerant CAP reading: ``read(bytes, policy) -> Reading(alert, warnings)``.

Three outcomes, decided here for every caller (ingest, import):

- **accepted**: the official schema of the document's CAP version accepts it and every prose
  rule of the specification holds: ``Reading.warnings`` is empty;
- **accepted with warnings**: schema-valid (after the known harmless deviations below are
  taken out of the working tree) but a prose rule fails: the offending value is dropped or
  repaired and each finding is a :class:`CapWarning` (element path + plain message);
- **refused** (:class:`~incident_desk.cap.CapError`, the caller quarantines): not XML, hostile
  (DOCTYPE, entities, oversize, too deep, too many elements), not a CAP alert, rejected by the
  schema, or missing what identity needs (identifier, sender, a readable ``sent``).

Known harmless deviations, taken out before the schema sees the tree (the raw bytes are never
changed): elements and attributes in foreign namespaces (ignored, warned), several enveloped
``ds:Signature`` elements (counter-signatures: kept for the trust check, no warning) and the
CAP 1.0 ``password`` (ignored wherever it stands). Under ``policy="strict"`` every warning is
a problem and the reading raises instead, which is ``cap.parse`` plus the schema gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from lxml import etree
from pydantic import BaseModel, ConfigDict

from incident_desk.cap import _schema
from incident_desk.cap._fast import FALLBACK, read_valid
from incident_desk.cap._models import DSIG_NS, Alert
from incident_desk.cap._parse import _Reader, open_root
from incident_desk.cap._xml import (
    DEFAULT_MAX_SIZE,
    CapError,
    Collector,
    Problem,
    check_depth,
    parse_safely,
    serialise_signature,
)

CapPolicy = Literal["tolerant", "strict"]
POLICIES: Final = ("tolerant", "strict")

_SIGNATURE_TAG: Final = "{" + DSIG_NS + "}Signature"
_XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"
_FOREIGN = etree.XPath("//*[namespace-uri() != $ns][not(ancestor::*[namespace-uri() != $ns])]")
_WITH_ATTRIBUTES = etree.XPath("//*[@*]")


class CapWarning(BaseModel):
    """One conformance warning on an accepted alert.

    Attributes:
        path: element path such as ``/alert/info[1]/area[2]/polygon[1]``.
        message: what is unusual, in plain words (and what the reader did about it).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Reading:
    """The outcome of :func:`read` for an accepted document.

    Attributes:
        alert: the CAP message (``signature`` = the first, i.e. the issuer's, signature).
        warnings: empty when the alert conforms; else what is unusual about it.
        signatures: how many enveloped ``ds:Signature`` elements the alert carries.
    """

    alert: Alert
    warnings: tuple[CapWarning, ...] = ()
    signatures: int = 0


def read(
    data: bytes, policy: CapPolicy = "tolerant", *, max_size: int = DEFAULT_MAX_SIZE
) -> Reading:
    """Read one CAP 1.2/1.1/1.0 document from raw bytes (see the module docstring).

    Raises:
        CapError: every reason it is refused (path + message); never another exception for
            bad input.
    """
    if policy not in POLICIES:
        raise ValueError(f"CAP policy {policy!r} is not one of {', '.join(POLICIES)}")
    return _read_root(parse_safely(data, max_size, defer_depth=True), policy, depth_checked=False)


def read_root(root: Any, policy: CapPolicy = "tolerant") -> Reading:
    """:func:`read` for an element already parsed safely (an EDXL-DE embedded alert).

    The element is modified (signatures and foreign elements are taken out): pass a copy
    if the caller still needs it.
    """
    return _read_root(root, policy, depth_checked=True)


def _read_root(root: Any, policy: CapPolicy, *, depth_checked: bool) -> Reading:
    namespace, version, depth_pending = open_root(root, depth_checked=depth_checked)
    strict = policy == "strict"
    out = Collector()
    notes = out if strict else Collector()
    if version == "1.2" and _schema.schema(version).validate(root):
        # the schema made the structure: one pass reads it with the same rules (_fast.py)
        fast = read_valid(root, out, None if strict else notes)
        if fast is not FALLBACK:
            out.raise_if_any(root)
            if fast is None:  # pragma: no cover - a None result always comes with a problem
                raise CapError([Problem("/alert", "invalid alert")])
            count = 0 if fast.signature is None else sum(1 for c in root if c.tag == _SIGNATURE_TAG)
            warnings = tuple(CapWarning(path=p.path, message=p.message) for p in notes.problems)
            return Reading(alert=fast, warnings=() if strict else warnings, signatures=count)
    if depth_pending:
        check_depth(root)
    signatures = _take_signatures(root, namespace, out, strict=strict)
    _drop_foreign(root, namespace, notes)
    if version == "1.0":
        for password in root.findall(f"{{{namespace}}}password"):
            _remove(password)
    out.raise_if_any(root)
    schema_problems = _schema.problems(version, root)
    if schema_problems:
        raise CapError(schema_problems, root=root)
    alert = _Reader(namespace, version, out, None if strict else notes).alert(root)
    out.raise_if_any(root)
    if alert is None:  # pragma: no cover - a None result always comes with a problem
        raise CapError([Problem("/alert", "invalid alert")])
    if signatures:
        alert = alert.model_copy(update={"signature": signatures[0]})
    warnings = tuple(CapWarning(path=p.path, message=p.message) for p in notes.problems)
    return Reading(alert=alert, warnings=() if strict else warnings, signatures=len(signatures))


def _take_signatures(root: Any, namespace: str, out: Collector, *, strict: bool) -> list[str]:
    """Serialise and take out the trailing enveloped signatures (several are counter-
    signatures); a signature followed by a CAP element is refused (signature wrapping).
    Foreign elements do not count here: they are ignored like anywhere else."""
    prefix = "{" + namespace + "}"
    children = [
        c
        for c in root
        if isinstance(c.tag, str) and (c.tag == _SIGNATURE_TAG or c.tag.startswith(prefix))
    ]
    found = [c for c in children if c.tag == _SIGNATURE_TAG]
    if not found:
        return []
    if children[-len(found) :] != found:
        out.add("/alert/Signature", "ds:Signature must be the last child of alert")
        return []
    if strict and len(found) > 1:
        out.add("/alert/Signature", "only one ds:Signature is allowed")
    texts = [serialise_signature(s) for s in found]
    for signature in found:
        _remove(signature)
    return texts


def _drop_foreign(root: Any, namespace: str, notes: Collector) -> None:
    """Take elements and attributes of other namespaces out of the working tree, noting each."""
    for element in _FOREIGN(root, ns=namespace):
        notes.add(_path(element), f"element <{_shown(element.tag)}> ignored (not CAP)")
        _remove(element)
    for element in _WITH_ATTRIBUTES(root):
        for name in list(element.attrib):
            if not name.startswith("{" + _XSI + "}"):
                notes.add(_path(element), f"attribute {_shown(name)!r} ignored (not CAP)")
                del element.attrib[name]


def _remove(element: Any) -> None:
    """Remove an element but keep the text that follows it (lxml moves a tail with it)."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _shown(tag: str) -> str:
    namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return f"{{{namespace}}}{local}" if namespace else local


def _path(element: Any) -> str:
    parts = []
    while element is not None:
        local = etree.QName(element).localname
        parent = element.getparent()
        if parent is not None and local in {"info", "resource", "area", "polygon", "circle"}:
            same = [c for c in parent if c.tag == element.tag]
            parts.append(f"{local}[{same.index(element) + 1}]")
        else:
            parts.append(local)
        element = parent
    return "/" + "/".join(reversed(parts))
