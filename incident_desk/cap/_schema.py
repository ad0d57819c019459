"""The official OASIS CAP schemas (1.0, 1.1, 1.2) as the first gate of a tolerant reading.

The XSD files are shipped in ``resources/schemas/cap/`` (origin and licence in the README
beside them) and are read from there only: never over the network, never from an
``xsi:schemaLocation``. They are compiled with libxml2 through :class:`lxml.etree.XMLSchema`:
validation runs in C on the tree the reader already has, so the gate costs a fraction of the
walk that follows (``make bench``); ``xmlschema`` (pure Python) would cost more than the whole
read. Each thread compiles a version once, on first use (lxml validators keep their error log
on the object, so one is not shared between threads).
"""

from __future__ import annotations

import re
import threading
from typing import Any, Final

from lxml import etree

from incident_desk.cap._models import CAP10_NS, CAP11_NS, CAP12_NS
from incident_desk.cap._xml import MAX_PROBLEMS, Problem
from incident_desk.shipped import resource_path

FILES: Final = {"1.2": "cap12.xsd", "1.1": "cap11.xsd", "1.0": "cap10.xsd"}
NAMESPACES: Final = {"1.2": CAP12_NS, "1.1": CAP11_NS, "1.0": CAP10_NS}

_LOCAL = threading.local()
_PREFIX_RE = re.compile(r"(?<=/)[A-Za-z_][\w.-]*:")
_NS_RE = re.compile(r"\{[^}'\s]+\}")


def schema(version: str) -> Any:
    """The compiled schema of a CAP version ("1.0", "1.1", "1.2") for this thread."""
    cache: dict[str, Any] | None = getattr(_LOCAL, "schemas", None)
    if cache is None:
        cache = _LOCAL.schemas = {}
    compiled = cache.get(version)
    if compiled is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        document = etree.parse(str(resource_path("schemas", "cap", FILES[version])), parser)
        compiled = cache[version] = etree.XMLSchema(document)
    return compiled


def problems(version: str, root: Any) -> list[Problem]:
    """What the official schema says is wrong with ``root`` (empty when it is valid)."""
    compiled = schema(version)
    if compiled.validate(root):
        return []
    found = []
    tree = root.getroottree()
    for entry in list(compiled.error_log)[:MAX_PROBLEMS]:
        message = _NS_RE.sub("", entry.message or "schema error")
        found.append(Problem(_named(tree, entry.path), f"schema: {message}"))
    return found or [Problem("/", "schema: invalid")]


def _named(tree: Any, path: str | None) -> str:
    """libxml2's ``/*/*[6]`` as ``/alert/info[1]``: local names, 1-based repeat indexes."""
    try:
        hits = tree.xpath(path) if path else []
    except etree.XPathError:
        hits = []
    if not hits or not isinstance(hits[0], etree._Element):
        return _PREFIX_RE.sub("", path or "/")
    parts = []
    element = hits[0]
    while element is not None:
        local = etree.QName(element).localname
        parent = element.getparent()
        same = [] if parent is None else [c for c in parent if c.tag == element.tag]
        parts.append(f"{local}[{same.index(element) + 1}]" if len(same) > 1 else local)
        element = parent
    return "/" + "/".join(reversed(parts))
