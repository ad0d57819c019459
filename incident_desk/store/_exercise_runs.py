"""The exercise controller's run log (``exercise_run_log``, migration 0016): what the
controller did, written as it happened, so that an after-action report made later (the
command line, a restarted console) holds it too.

Rows are only added, never changed; every row is an exercise's (``exercise_id`` is never
NULL: real traffic has no run log). One exercise id may hold several runs (a drill started
again under the same id, a controller restarted after a crash): a run begins at its STARTEX,
and :func:`latest_run` gives the rows from the newest STARTEX on (all of them when no
STARTEX was recorded). What a row's ``data`` holds is the exercise package's business
(``incident_desk/exercise/_aar_stored.py``); here it is a JSON object.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, func, insert, select

from incident_desk.store._schema import exercise_run_log_table

if TYPE_CHECKING:
    from incident_desk.store._store import Store

__all__ = ["RunRow", "add_run_rows", "has_run", "latest_run"]

RunKind = Literal["control", "inject", "adhoc", "anchor"]

_TABLE = exercise_run_log_table
#: the command of the control row that begins a run
_STARTEX = "STARTEX"


@dataclass(frozen=True, slots=True)
class RunRow:
    """One thing the controller did.

    Attributes:
        exercise_id: the exercise (never None).
        at: the wall instant (a sent inject: when it was handed to the bus).
        kind: control (a control event), inject (an inject's new state), adhoc (an ad-hoc
            inject the controller wrote during play) or anchor (one moment on both clocks).
        controller: who ran the exercise.
        command: a control row's command (STARTEX, PAUSE, …).
        inject, state: an inject or ad-hoc row's number; an inject row's state after it.
        exercise_at: the same moment on the exercise clock, when known.
        data: what else rebuilds the row's object (a JSON object).
        id: the row's id once stored (0 before).
    """

    exercise_id: str
    at: datetime
    kind: RunKind
    controller: str
    command: str | None = None
    inject: int | None = None
    state: str | None = None
    exercise_at: datetime | None = None
    data: dict[str, Any] = field(default_factory=dict)
    id: int = 0


def add_run_rows(store: Store, rows: Sequence[RunRow]) -> None:
    """Add ``rows`` (oldest first) in one transaction."""
    if not rows:
        return
    values = [
        {
            "exercise_id": r.exercise_id,
            "at": r.at,
            "kind": r.kind,
            "controller": r.controller,
            "command": r.command,
            "inject": r.inject,
            "state": r.state,
            "exercise_at": r.exercise_at,
            "data": json.dumps(r.data, ensure_ascii=False, sort_keys=True),
        }
        for r in rows
    ]
    store.transaction(
        "write the exercise run log", lambda conn: conn.execute(insert(_TABLE), values)
    )


def has_run(conn: Connection, exercise_id: str) -> bool:
    """Whether the store holds any run log of ``exercise_id``."""
    query = select(_TABLE.c.id).where(_TABLE.c.exercise_id == exercise_id).limit(1)
    return conn.execute(query).first() is not None


def latest_run(conn: Connection, exercise_id: str) -> list[RunRow]:
    """The rows of ``exercise_id``'s newest run, oldest first: from its newest STARTEX on
    (every row of the exercise when none was recorded); [] when it has none."""
    start = conn.execute(
        select(func.max(_TABLE.c.id)).where(
            _TABLE.c.exercise_id == exercise_id,
            _TABLE.c.kind == "control",
            _TABLE.c.command == _STARTEX,
        )
    ).scalar()
    query = select(_TABLE).where(_TABLE.c.exercise_id == exercise_id)
    if start is not None:
        query = query.where(_TABLE.c.id >= start)
    return [
        RunRow(
            exercise_id=row.exercise_id,
            at=row.at,
            kind=row.kind,
            controller=row.controller,
            command=row.command,
            inject=row.inject,
            state=row.state,
            exercise_at=row.exercise_at,
            data=json.loads(row.data),
            id=row.id,
        )
        for row in conn.execute(query.order_by(_TABLE.c.id))
    ]
