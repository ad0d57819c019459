"""Safe parsing for signing and verification (STANDARDS.md §1.9), keeping what c14n signs.

Unlike the CAP decoder's parser this one keeps comments and processing instructions: exclusive
c14n drops comments but *signs* processing instructions, so removing them would break valid
signatures. Entities, DTDs, network access and huge trees stay off; any DOCTYPE is refused.
"""

from __future__ import annotations

import threading
from typing import Any

from lxml import etree

from incident_desk.cap import DEFAULT_MAX_SIZE
from incident_desk.errors import InputError

CAP12_ALERT = "{urn:oasis:names:tc:emergency:cap:1.2}alert"
DSIG_SIGNATURE = "{http://www.w3.org/2000/09/xmldsig#}Signature"

_DOCTYPE_MARKERS = tuple(
    "<!DOCTYPE".encode(codec)
    for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_LOCAL = threading.local()


class UnsafeXml(InputError):
    """The bytes are not a document we are willing to look at (reason in the message)."""


def parser() -> Any:
    """One parser per thread (lxml parsers must not be shared between threads)."""
    found = getattr(_LOCAL, "parser", None)
    if found is None:
        found = _LOCAL.parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_blank_text=False,
            remove_comments=False,
            remove_pis=False,
            collect_ids=False,
        )
    return found


def parse_root(data: bytes, max_size: int = DEFAULT_MAX_SIZE) -> Any:
    """The root element of untrusted bytes, or :class:`UnsafeXml`."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise UnsafeXml(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_size:
        raise UnsafeXml(f"document is {len(data)} bytes, over the {max_size} cap")
    if any(marker in data for marker in _DOCTYPE_MARKERS):
        raise UnsafeXml("a DOCTYPE is not allowed in CAP")
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafeXml(f"not well-formed XML: {exc.msg}") from None
    except (ValueError, LookupError) as exc:
        raise UnsafeXml(f"cannot read the XML: {exc}") from None
    if root is None:
        raise UnsafeXml("no root element")
    if root.getroottree().docinfo.doctype:
        raise UnsafeXml("a DOCTYPE is not allowed in CAP")
    return root
