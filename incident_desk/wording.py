"""What an operator reads of a stored alert or incident: the words in their own language.

A CAP alert may carry its ``info`` in several languages (an Environment Canada alert in French
and English). :func:`incident_desk.cap.select_info` decides which block an operator with given
language preferences reads (the ``languages`` setting, then the OS locale:
``cap.preferred_languages``). This module applies that one choice to the summaries the window
shows, so that the queue's headline and event cells, the alarm banner, the map labels and the
incident board all say what the detail pane says:

- :func:`in_language`: a stored alert with the headline and event of the chosen block.
- :func:`incident_in_language`: an incident whose title the console formed from its first
  alert, with that title formed from the chosen block instead (a title an operator typed
  stays as typed).

Only words change. Severity, urgency, certainty and categories stay those stored (the first
block's, as every console stores them): alarm priorities and filters never depend on who
looks at the screen. Qt-free; the window's store feed calls these on its reader thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from incident_desk.cap import Alert, select_info
from incident_desk.incidents._common import title_of

__all__ = ["in_language", "incident_in_language", "words_in_language"]


class _Stored(Protocol):
    """What :func:`in_language` needs of a stored alert (``StoredAlert``)."""

    headline: str | None
    event: str | None
    alert: Alert

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any: ...


class _Incident(Protocol):
    title: str

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any: ...


S = TypeVar("S", bound=_Stored)
I = TypeVar("I", bound=_Incident)  # noqa: E741  (an incident snapshot)


def words_in_language(alert: Alert, languages: Sequence[str]) -> tuple[str | None, str | None]:
    """``(headline, event)`` of the block an operator with ``languages`` reads (the first
    block's without preferences or without ``info``)."""
    info = select_info(alert, languages).info if languages else alert.first_info
    if info is None:
        return None, None
    return info.headline, info.event


def in_language(stored: S, languages: Sequence[str]) -> S:
    """``stored`` with the headline and event the operator reads; the same object when the
    alert has one language (the usual case costs no copy) or the choice is what is stored."""
    if not languages or len(stored.alert.infos) < 2:
        return stored
    headline, event = words_in_language(stored.alert, languages)
    if headline == stored.headline and event == stored.event:
        return stored
    copy: S = stored.model_copy(update={"headline": headline, "event": event})
    return copy


def incident_in_language(incident: I, first: _Stored | None, languages: Sequence[str]) -> I:
    """``incident`` titled in the operator's language.

    ``first`` is the stored alert the incident was formed from (its lowest alert id). The
    title changes only when it is exactly the one the console formed from that alert's stored
    words (``headline``, else ``event``, else identifier); an operator's own title, or one
    renamed since, stays.
    """
    if first is None or not languages or len(first.alert.infos) < 2:
        return incident
    identifier = first.alert.identifier
    if incident.title != title_of(first.headline, first.event, identifier):
        return incident
    headline, event = words_in_language(first.alert, languages)
    title = title_of(headline, event, identifier)
    if title == incident.title:
        return incident
    copy: I = incident.model_copy(update={"title": title})
    return copy
