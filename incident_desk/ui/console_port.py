"""What the window needs from the core, typed (``Protocol``s the real objects and the GUI
test fakes both satisfy; mypy checks both, so the window never probes with ``getattr``).

- ``StoreReader``: the read side of ``incident_desk.store.Store``.
- ``ConsolePort``: ``incident_desk.console.Console`` as the window uses it.
- ``ExerciseLinkPort``: ``incident_desk.runtime.ExerciseLink``, the exercise a console joined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from incident_desk.changes import Changes


class StoreReader(Protocol):
    """The store reads the window makes (on its background reader)."""

    def list_alerts(
        self,
        *,
        limit: int | None,
        offset: int = 0,
        exercise_id: Any = ...,
        newest_first: bool = True,
        after_id: int | None = None,
        before_id: int | None = None,
    ) -> Sequence[Any]: ...

    def link_state(
        self, alert_ids: Sequence[int], joined: str | None = None
    ) -> tuple[set[int], dict[int, str]]: ...

    def get_alert(self, alert_id: int) -> Any | None: ...

    def find_alert(self, key: tuple[str, str, str]) -> Any | None: ...

    def list_quarantine(self, limit: int | None = ..., offset: int = 0) -> Sequence[Any]: ...

    def count_quarantine(self) -> int: ...

    def timeline(self, *args: Any, **kwargs: Any) -> Sequence[Any]: ...

    def chain(self, alert_id: int) -> Sequence[Any]: ...

    def acks_for(self, alert_id: int) -> Sequence[Any]: ...


class IdentityLike(Protocol):
    """Who the console speaks for (``incident_desk.console.Identity``)."""

    @property
    def country(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def sender(self) -> str: ...
    @property
    def operator(self) -> str: ...
    @property
    def workstation(self) -> str: ...


class ExerciseLinkPort(Protocol):
    """The exercise this console joined: control messages seen on the bus, and the
    controller when this workstation runs one."""

    @property
    def exercise_id(self) -> str: ...
    @property
    def controller(self) -> Any | None: ...
    @property
    def last_control(self) -> Any | None: ...

    def add_control_listener(self, listener: Callable[[Any], None]) -> None: ...


class ConsolePort(Protocol):
    """The core ``Console`` as the window calls it."""

    @property
    def store(self) -> Any: ...
    @property
    def identity(self) -> IdentityLike: ...
    @property
    def exercise_id(self) -> str | None: ...
    @property
    def board(self) -> Any | None: ...
    @property
    def command(self) -> Any | None: ...

    def acknowledge(self, alert_id: int) -> Changes: ...

    def emit(self, changes: Changes) -> None: ...

    def add_listener(self, listener: Callable[[Changes], None]) -> None: ...

    def remove_listener(self, listener: Callable[[Changes], None]) -> None: ...

    def outbox_status(self) -> tuple[int, str | None]: ...


R = TypeVar("R")


def visible(rows: list[R], joined: str | None) -> list[R]:
    """Real traffic, and exercise traffic only of the exercise this console joined (alerts,
    incidents and timeline entries alike: each carries ``exercise_id``).

    The subscription already keeps other exercises off the bus; this keeps them off the
    screen when a shared store holds them too (exercise and real never mix).
    """
    return [r for r in rows if r.exercise_id is None or r.exercise_id == joined]  # type: ignore[attr-defined]
