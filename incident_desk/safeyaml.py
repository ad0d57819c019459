"""The one YAML loader for files people give us (scenarios, the directory).

``yaml.SafeLoader`` builds no arbitrary objects, but it still expands aliases: a few hundred
bytes of nested anchors and aliases ("billion laughs") describe a document of billions of
nodes, and everything that walks the result afterwards (duplicate-key checks, validation)
would take minutes. :func:`compose` refuses such a document while composing it, in time linear
in the text: at most :data:`MAX_ALIASES` aliases, no recursive alias, and at most
:data:`MAX_EXPANDED_NODES` nodes once every alias is expanded. The refusal is a
:class:`YamlError` naming the file and line, like a syntax error.
"""

from __future__ import annotations

from typing import Any, Final

import yaml

from incident_desk.errors import InputError

__all__ = ["MAX_ALIASES", "MAX_EXPANDED_NODES", "YamlError", "compose"]

MAX_ALIASES: Final = 100
"""Aliases (``*name``) one document may use; hand-written files use a handful."""

MAX_EXPANDED_NODES: Final = 200_000
"""Nodes of the document with every alias expanded (a shipped scenario has about 2,000)."""


class YamlError(InputError):
    """YAML that is not well-formed or exceeds the alias limits (``problem``, ``line``)."""


class _Limit(yaml.MarkedYAMLError):
    """Raised inside the composer; :func:`compose` turns it into a :class:`YamlError`."""


class _BudgetLoader(yaml.SafeLoader):
    """A ``SafeLoader`` that weighs every node as it composes it (alias = its target)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._pending: list[int] = []  # children's expanded weight of the nodes being composed
        self._weights: dict[int, int] = {}  # id(node) -> expanded weight, composed nodes only

    def compose_node(self, parent: Any, index: Any) -> Any:
        alias = self.check_event(yaml.AliasEvent)
        mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
        if alias:
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _Limit(
                    problem=f"more than {MAX_ALIASES} aliases (*name): refused, the expanded "
                    "document could be huge",
                    problem_mark=mark,
                )
        self._pending.append(0)
        node = super().compose_node(parent, index)
        children = self._pending.pop()
        if alias:
            weight = self._weights.get(id(node))
            if weight is None:
                raise _Limit(problem="a recursive alias (it refers to itself)", problem_mark=mark)
        else:
            weight = 1 + children
            self._weights[id(node)] = weight
        if weight > MAX_EXPANDED_NODES:
            raise _Limit(
                problem=f"with its aliases expanded the document has more than "
                f"{MAX_EXPANDED_NODES} nodes: refused",
                problem_mark=mark,
            )
        if self._pending:
            self._pending[-1] += weight
        return node


def compose(text: str, source: str) -> tuple[yaml.Node | None, Any]:
    """The document's node tree (for line numbers) and its plain Python value.

    Returns ``(None, None)`` for an empty document. Raises :class:`YamlError` for a syntax
    error, more than one document, or a document over the alias limits.
    """
    loader = _BudgetLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        prefix = "" if isinstance(exc, _Limit) else "YAML syntax: "
        raise YamlError(f"{prefix}{exc.problem or exc}", source=source, line=line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML: {exc}", source=source, line=1) from None
    finally:
        loader.dispose()
    return root, data
