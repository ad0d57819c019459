"""Safe XML intake for CAP: limits, DOCTYPE ban, structured problems (STANDARDS.md §1.9).

Everything that touches untrusted bytes before the CAP rules run lives here:

- the size cap is checked on the raw ``bytes`` *before* the parser sees them;
- any ``<!DOCTYPE`` is rejected, both by a byte scan (ASCII-compatible and UTF-16 forms) and
  after parsing via ``docinfo.doctype``; the parser itself never resolves entities, never loads
  a DTD, never touches the network and keeps libxml2's default (non-huge) limits, so XXE and
  entity-expansion ("billion laughs") documents are refused without expanding anything;
- the bytes are parsed as bytes, so the XML declaration's ``encoding`` is honoured;
- nesting depth is bounded with one compiled XPath evaluated in C.

It also defines :class:`Problem` and :class:`CapError`, the structured failure every caller sees.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from incident_desk.errors import InputError

DEFAULT_MAX_SIZE = 1 << 20
"""Default size cap for one CAP document in bytes (1 MiB, STANDARDS.md §1.9)."""

MAX_DEPTH = 32
"""Deepest element nesting accepted (CAP itself needs 5; XML-DSig needs about 8)."""

MAX_INFOS = 32
MAX_RESOURCES = 64
MAX_AREAS = 256
MAX_SHAPES = 1024
MAX_POLYGON_POINTS = 10_000
MAX_REPEATED = 1024
"""Caps on repeated children (per parent): beyond them the rest is reported, not read."""

MAX_PROBLEMS = 100
"""At most this many problems are kept in one :class:`CapError`."""

_DOCTYPE_MARKERS = tuple(
    "<!DOCTYPE".encode(codec)
    for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)

_DEPTH_PROBE = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a CAP document.

    Attributes:
        path: element path such as ``/alert/info[1]/area[2]/polygon[1]`` (1-based indexes on
            repeatable elements; ``/`` for the document itself).
        message: what is wrong, in plain words.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CapError(InputError):
    """An invalid CAP document. ``problems`` lists everything found, not just the first.

    ``str(error)`` gives a readable summary, one problem per line.
    """

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"invalid CAP document ({count} problem{'s' if count != 1 else ''})"
        lines = "".join(f"\n  - {problem}" for problem in self.problems)
        super().__init__(head + lines, source=source)


def _make_parser() -> Any:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        strip_cdata=True,
    )


_LOCAL = threading.local()


def _parser() -> Any:
    """One parser per thread: lxml parser objects must not be shared between threads."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = _make_parser()
    return parser


def _has_doctype_marker(data: bytes) -> bool:
    return any(marker in data for marker in _DOCTYPE_MARKERS)


def parse_safely(data: bytes, max_size: int) -> Any:
    """Parse untrusted bytes into an lxml root element, or raise :class:`CapError`.

    Checks, in this order: type and size (before parsing), DOCTYPE marker, well-formedness,
    DOCTYPE after parsing (any encoding), nesting depth.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CapError([Problem("/", f"expected bytes, got {type(data).__name__}")])
    data = bytes(data)
    if len(data) > max_size:
        raise CapError([Problem("/", f"document is {len(data)} bytes, over the {max_size} cap")])
    if not data.strip():
        raise CapError([Problem("/", "document is empty")])
    if _has_doctype_marker(data):
        raise CapError([Problem("/", "a DOCTYPE is not allowed in CAP (XXE / entity expansion)")])
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise CapError([Problem("/", f"not well-formed XML: {exc.msg}")]) from None
    except (ValueError, LookupError) as exc:  # e.g. an unknown declared encoding
        raise CapError([Problem("/", f"cannot read the XML: {exc}")]) from None
    if root is None:
        raise CapError([Problem("/", "no root element")])
    if root.getroottree().docinfo.doctype:
        raise CapError([Problem("/", "a DOCTYPE is not allowed in CAP (XXE / entity expansion)")])
    if _DEPTH_PROBE(root):
        raise CapError([Problem("/", f"elements are nested deeper than {MAX_DEPTH} levels")])
    return root


def qname(element: Any) -> tuple[str | None, str]:
    """(namespace, local name) of an element."""
    q = etree.QName(element)
    return q.namespace, q.localname


def text_of(element: Any) -> str:
    """An element's character content (comments and PIs are removed by the parser)."""
    return "".join(element.itertext())


def element_children(element: Any) -> list[Any]:
    """Child elements only (no comments / processing instructions / entity references)."""
    return [child for child in element if isinstance(child.tag, str)]


def has_element_children(element: Any) -> bool:
    return any(isinstance(child.tag, str) for child in element)


def serialise_signature(element: Any) -> str:
    """A standalone copy of an enveloped signature: own namespace declarations only, no tail."""
    clone = copy.deepcopy(element)
    clone.tail = None
    etree.cleanup_namespaces(clone)
    return str(etree.tostring(clone, encoding="unicode", with_tail=False))


def load_fragment(text: str) -> Any:
    """Parse a stored signature string back into an element (same safe parser)."""
    if "<!DOCTYPE" in text:
        raise ValueError("a DOCTYPE is not allowed in a stored signature")
    return etree.fromstring(text.encode("utf-8"), _parser())


class Collector:
    """Accumulates problems while the CAP rules walk a document."""

    __slots__ = ("count", "problems")

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.count = 0  # every problem found, including those beyond MAX_PROBLEMS

    def add(self, path: str, message: str) -> None:
        self.count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(path, message))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem("/", f"more than {MAX_PROBLEMS} problems; rest omitted"))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise CapError(self.problems)
