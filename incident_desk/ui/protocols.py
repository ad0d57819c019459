"""What the UI reads from the core (STYLE.md 29: ``Protocol`` for seams).

The real ``incident_desk.store.Store`` and ``incident_desk.console.Console`` satisfy these;
GUI tests use small in-memory fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class StoreReader(Protocol):
    def list_alerts(
        self,
        *,
        limit: int,
        offset: int = 0,
        exercise_id: str | None = None,
        newest_first: bool = True,
        after_id: int | None = None,
    ) -> Sequence[Any]: ...

    def get_alert(self, alert_id: int) -> Any | None: ...

    def count_alerts(self, exercise_id: str | None = None) -> int: ...

    def list_quarantine(self, limit: int) -> Sequence[Any]: ...

    def count_quarantine(self) -> int: ...

    def timeline(
        self,
        incident_id: str | None = None,
        exercise_id: str | None = None,
        limit: int | None = None,
    ) -> Sequence[Any]: ...

    def chain(self, alert_id: int) -> Sequence[Any]: ...

    def acks_for(self, alert_id: int) -> Sequence[Any]: ...


class ConsolePort(Protocol):
    store: Any
    identity: Any
    exercise_id: str | None

    def acknowledge(self, alert_id: int) -> Any: ...
