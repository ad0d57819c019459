"""Safe XML intake for CAP: limits, DOCTYPE ban, structured problems (docs/standards.md §1.9).

Untrusted bytes are parsed by the product's one hardened parser configuration,
:mod:`incident_desk.safexml` (size cap before parsing, DOCTYPE ban, no entities, no network,
bounded depth); this module turns its refusals into CAP problems and caps repeated children.

It also defines :class:`Problem` and :class:`CapError`, the structured failure every caller sees.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import etree

from incident_desk import safexml
from incident_desk.errors import InputError
from incident_desk.safexml import MAX_DEPTH as MAX_DEPTH  # re-exported: CAP's documented cap

DEFAULT_MAX_SIZE = 1 << 20
"""Default size cap for one CAP document in bytes (1 MiB, docs/standards.md §1.9)."""

MAX_INFOS = 32
MAX_RESOURCES = 64
MAX_AREAS = 256
MAX_SHAPES = 1024
MAX_POLYGON_POINTS = 10_000
MAX_REPEATED = 1024
"""Caps on repeated children (per parent): beyond them the rest is reported, not read."""

MAX_PROBLEMS = 100
"""At most this many problems are kept in one :class:`CapError`."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a CAP document.

    Attributes:
        path: element path such as ``/alert/info[1]/area[2]/polygon[1]`` (1-based indexes on
            repeatable elements; ``/`` for the document itself).
        message: what is wrong, in plain words.
        line: the line of the document the element starts on (of the nearest element the
            path reaches), when the document was parsed; not part of equality.
    """

    path: str
    message: str
    line: int | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def located(self) -> str:
        """``line 6, /alert/status: …`` when the line is known, else as ``str()``."""
        return f"line {self.line}, {self}" if self.line else str(self)


class CapError(InputError):
    """An invalid CAP document. ``problems`` lists everything found, not just the first.

    ``str(error)`` gives a readable summary, one problem per line.
    """

    def __init__(
        self, problems: Iterable[Problem], *, source: str | None = None, root: Any = None
    ) -> None:
        """``root``: the parsed document the problems are about, to say each one's line."""
        found = tuple(problems)
        if root is not None:
            found = tuple(replace(p, line=line_of(root, p.path)) for p in found)
        self.problems: tuple[Problem, ...] = found
        count = len(self.problems)
        head = f"invalid CAP document ({count} problem{'s' if count != 1 else ''})"
        lines = "".join(f"\n  - {p.located()}" for p in self.problems)
        super().__init__(head + lines, source=source)


_STEP = re.compile(r"([^\[\]/@]+)(?:\[(\d+)\])?")


def line_of(root: Any, path: str) -> int | None:
    """The line ``path`` (a :class:`Problem`'s) starts on in the document of ``root``: of
    the deepest element the path reaches; None for the document itself or another root."""
    steps = [step for step in path.split("/") if step]
    first = _STEP.fullmatch(steps[0]) if steps else None
    if first is None or etree.QName(root).localname != first[1]:
        return None
    element = root
    for step in steps[1:]:
        found = _STEP.fullmatch(step)
        if found is None:  # an attribute or a text: the element's line
            break
        name, index = found[1], int(found[2] or 1)
        named = [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]
        if len(named) < index:
            break
        element = named[index - 1]
    line = element.sourceline
    return line if isinstance(line, int) else None


def parse_safely(data: bytes, max_size: int, *, defer_depth: bool = False) -> Any:
    """Parse untrusted bytes into an lxml root element, or raise :class:`CapError`.

    The checks are :func:`incident_desk.safexml.parse`'s: type and size (before parsing),
    DOCTYPE marker, well-formedness, DOCTYPE after parsing (any encoding), nesting depth
    (with ``defer_depth``: :func:`check_depth`, run by the caller).
    """
    try:
        return safexml.parse(data, max_size, defer_depth=defer_depth)
    except safexml.UnsafeXml as exc:
        raise CapError([Problem("/", str(exc))]) from None


def check_depth(root: Any) -> None:
    """:class:`CapError` with :func:`parse_safely`'s reason if the tree nests too deep."""
    try:
        safexml.check_depth(root)
    except safexml.UnsafeXml as exc:
        raise CapError([Problem("/", str(exc))]) from None


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
    return etree.fromstring(text.encode("utf-8"), safexml.parser())


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

    def raise_if_any(self, root: Any = None) -> None:
        """``CapError`` with every problem, each with its line if ``root`` is given."""
        if self.problems:
            raise CapError(self.problems, root=root)
