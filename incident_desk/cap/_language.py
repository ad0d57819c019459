"""Which ``info`` block an operator reads: :func:`select_info` (multilingual alerts).

An alert carries one or more ``info`` blocks per language (``language`` defaults to ``en-US``).
The choice, for the operator's preferences in order (the ``languages`` setting, then the OS
locale): a block whose tag equals the preference (case-insensitive), else one whose primary
subtag equals the preference's (``fr`` finds ``fr-CA``, ``fr-BE`` finds ``fr-CA``); the next
preference is only tried when neither matches; with no match at all, the first block.

Blocks of the chosen language are merged as the CAP specification says for several blocks in
one language: later blocks may expand but not override earlier ones, so a field keeps the first
value given and lists (categories, areas, parameters...) are joined without repeats.
"""

from __future__ import annotations

import locale
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from incident_desk.cap._models import Alert, Info

_LISTS = (
    "categories",
    "response_types",
    "event_codes",
    "parameters",
    "resources",
    "areas",
)


@dataclass(frozen=True, slots=True)
class InfoChoice:
    """The block to show and what else the alert offers.

    Attributes:
        info: the chosen language's blocks merged into one (None for an alert without info).
        language: the chosen tag as the alert writes it (None without info).
        blocks: the chosen language's original blocks, in alert order.
        languages: every language the alert carries, in alert order, without repeats; the
            detail pane offers these to switch to (``select_info(alert, [tag])``).
    """

    info: Info | None
    language: str | None
    blocks: tuple[Info, ...]
    languages: tuple[str, ...]


def select_info(alert: Alert, languages: Sequence[str] = ()) -> InfoChoice:
    """The ``info`` an operator with these language preferences reads (see the module doc)."""
    offered = _unique(info.language for info in alert.infos)
    chosen = _choose(offered, languages)
    if chosen is None:
        return InfoChoice(info=None, language=None, blocks=(), languages=())
    blocks = tuple(i for i in alert.infos if i.language.lower() == chosen.lower())
    return InfoChoice(info=merge(blocks), language=chosen, blocks=blocks, languages=offered)


def merge(blocks: Sequence[Info]) -> Info:
    """Blocks of one language as one: first value of each field wins, lists are joined."""
    first = blocks[0]
    if len(blocks) == 1:
        return first
    update: dict[str, Any] = {}
    for name in Info.model_fields:
        if name in _LISTS:
            joined: list[Any] = []
            for block in blocks:
                joined.extend(v for v in getattr(block, name) if v not in joined)
            update[name] = tuple(joined)
        elif getattr(first, name) is None:
            update[name] = next(
                (getattr(b, name) for b in blocks if getattr(b, name) is not None), None
            )
    return first.model_copy(update=update)


def os_language() -> str | None:
    """The OS locale's language as a tag (``fr_FR.UTF-8`` -> ``fr-FR``), None if unset/C."""
    name = locale.getlocale(locale.LC_MESSAGES)[0] if hasattr(locale, "LC_MESSAGES") else None
    name = name or locale.getlocale()[0]
    if not name or name in {"C", "POSIX"}:
        return None
    return name.split(".")[0].replace("_", "-")


def preferred_languages(configured: Iterable[str]) -> tuple[str, ...]:
    """The ``languages`` setting, then the OS locale (when not already listed)."""
    prefs = [tag for tag in configured if tag.strip()]
    system = os_language()
    if system and system.lower() not in {p.lower() for p in prefs}:
        prefs.append(system)
    return tuple(prefs)


def _choose(offered: Sequence[str], preferences: Sequence[str]) -> str | None:
    for preference in preferences:
        wanted = preference.strip().lower()
        primary = wanted.split("-")[0]
        exact = [tag for tag in offered if tag.lower() == wanted]
        if exact:
            return exact[0]
        close = [tag for tag in offered if tag.lower().split("-")[0] == primary]
        if close:
            return close[0]
    return offered[0] if offered else None


def _unique(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        seen.setdefault(tag.lower(), tag)
    return tuple(seen.values())
