"""The one hardened XML parser configuration for untrusted bytes (CAP intake, signatures).

- the size cap is checked on the raw ``bytes`` *before* the parser sees them;
- any ``<!DOCTYPE`` is refused, both by a byte scan (ASCII-compatible, UTF-16 and UTF-32
  forms) and after parsing via ``docinfo.doctype``; the parser never resolves entities, never
  loads a DTD, never touches the network and keeps libxml2's default (non-huge) limits, so XXE
  and entity-expansion ("billion laughs") documents are refused without expanding anything;
- the bytes are parsed as bytes, so the XML declaration's ``encoding`` is honoured;
- nesting depth is bounded with one compiled XPath evaluated in C (a caller that validates
  against a schema without recursion may run it only when the schema cannot bound the depth:
  ``defer_depth`` and :func:`check_depth`).

Two variants of the same configuration: the CAP decoder drops comments, processing
instructions and CDATA markers (:func:`parser` default), while the signature code keeps
comments and processing instructions (``keep_signed_content=True``): exclusive c14n drops
comments but *signs* processing instructions, so removing them would break valid signatures.
"""

from __future__ import annotations

import threading
from typing import Any, Final

from lxml import etree

from incident_desk.errors import InputError

__all__ = [
    "DOCTYPE_REFUSED",
    "MAX_DEPTH",
    "UnsafeXml",
    "check_depth",
    "has_doctype_marker",
    "parse",
    "parser",
    "pretty",
]

MAX_DEPTH: Final = 32
"""Deepest element nesting accepted (CAP itself needs 5; XML-DSig needs about 8)."""

DOCTYPE_REFUSED: Final = "a DOCTYPE is not allowed in CAP (XXE / entity expansion)"

_DOCTYPE_MARKERS = tuple(
    "<!DOCTYPE".encode(codec)
    for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_DEPTH_PROBE = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")
_LOCAL = threading.local()


class UnsafeXml(InputError):
    """The bytes are not a document we are willing to look at (reason in the message)."""


def _make_parser(keep_signed_content: bool) -> Any:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=not keep_signed_content,
        remove_pis=not keep_signed_content,
        collect_ids=False,
        strip_cdata=not keep_signed_content,
    )


def parser(*, keep_signed_content: bool = False) -> Any:
    """The hardened parser for this thread (lxml parser objects must not be shared between
    threads); ``keep_signed_content`` keeps comments and processing instructions."""
    name = "signed" if keep_signed_content else "plain"
    found = getattr(_LOCAL, name, None)
    if found is None:
        found = _make_parser(keep_signed_content)
        setattr(_LOCAL, name, found)
    return found


def has_doctype_marker(data: bytes) -> bool:
    """Whether ``<!DOCTYPE`` appears in ``data`` in any encoding an XML document may use."""
    if b"\x00" not in data:  # every UTF-16 and UTF-32 form holds NUL bytes
        return _DOCTYPE_MARKERS[0] in data  # the ASCII form (UTF-8 and the like)
    return any(marker in data for marker in _DOCTYPE_MARKERS)


def parse(
    data: bytes, max_size: int, *, keep_signed_content: bool = False, defer_depth: bool = False
) -> Any:
    """The root element of untrusted bytes, or :class:`UnsafeXml` saying why not.

    Checks, in this order: type and size (before parsing), emptiness, DOCTYPE marker,
    well-formedness, DOCTYPE after parsing (any encoding), nesting depth. With
    ``defer_depth`` the caller runs :func:`check_depth` itself before it reports anything
    else about the tree (libxml2's own limit, 256 levels, holds meanwhile).
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise UnsafeXml(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_size:
        raise UnsafeXml(f"document is {len(data)} bytes, over the {max_size} cap")
    if not data or data.isspace():  # the same ASCII whitespace as bytes.strip()
        raise UnsafeXml("document is empty")
    if has_doctype_marker(data):
        raise UnsafeXml(DOCTYPE_REFUSED)
    try:
        root = etree.fromstring(data, parser(keep_signed_content=keep_signed_content))
    except etree.XMLSyntaxError as exc:
        raise UnsafeXml(f"not well-formed XML: {exc.msg}") from None
    except (ValueError, LookupError) as exc:  # e.g. an unknown declared encoding
        raise UnsafeXml(f"cannot read the XML: {exc}") from None
    if root is None:
        raise UnsafeXml("no root element")
    if root.getroottree().docinfo.doctype:
        raise UnsafeXml(DOCTYPE_REFUSED)
    if not defer_depth:
        check_depth(root)
    return root


def check_depth(root: Any) -> None:
    """:class:`UnsafeXml` if elements are nested deeper than :data:`MAX_DEPTH` levels."""
    if _DEPTH_PROBE(root):
        raise UnsafeXml(f"elements are nested deeper than {MAX_DEPTH} levels")


def pretty(data: bytes, max_size: int = 1 << 20) -> str:
    """Indented text of an XML document for reading (e.g. the detail panel's raw view);
    the bytes as text when the hardened parser refuses them."""
    try:
        root = parse(data, max_size, keep_signed_content=True)
    except UnsafeXml:
        return bytes(data).decode("utf-8", errors="replace")
    etree.indent(root)
    return str(etree.tostring(root, encoding="unicode"))
