"""Safe parsing for signing and verification (docs/standards.md §1.9), keeping what c14n signs.

The parser is the product's one hardened configuration (:mod:`incident_desk.safexml`) in its
variant that keeps comments and processing instructions: exclusive c14n drops comments but
*signs* processing instructions, so removing them would break valid signatures. Entities,
DTDs, network access and huge trees stay off; any DOCTYPE is refused.
"""

from __future__ import annotations

from typing import Any

from incident_desk import safexml
from incident_desk.cap import DEFAULT_MAX_SIZE
from incident_desk.safexml import UnsafeXml

__all__ = ["CAP12_ALERT", "DSIG_SIGNATURE", "UnsafeXml", "parse_root", "parser"]

CAP12_ALERT = "{urn:oasis:names:tc:emergency:cap:1.2}alert"
DSIG_SIGNATURE = "{http://www.w3.org/2000/09/xmldsig#}Signature"


def parser() -> Any:
    """This thread's hardened parser that keeps comments and processing instructions."""
    return safexml.parser(keep_signed_content=True)


def parse_root(data: bytes, max_size: int = DEFAULT_MAX_SIZE) -> Any:
    """The root element of untrusted bytes, or :class:`UnsafeXml`."""
    return safexml.parse(data, max_size, keep_signed_content=True)
