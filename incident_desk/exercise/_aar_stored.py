"""The controller's run log in the store: written as it happens, read back for the report.

What the controller did (the control events, each inject's fate and when it went out, the
ad-hoc injects, the clock anchors) is written into the console's store as it happens
(:class:`RunJournal`, table ``exercise_run_log``: ``incident_desk/store/_exercise_runs.py``),
keyed by the exercise id. The after-action report is built from the store alone
(:func:`report_from_store`), whoever asks: the controller's **Export AAR…**, the same
console restarted after a crash, or ``incident-desk export aar`` the day after. One store
may hold several runs of one exercise id (a drill started again): the report is of the
newest, from its STARTEX on.

The journal writes on its own thread, so a slow or busy database never holds the player
(which calls the controller inside its lock); rows wait in memory, in order, until they are
in the store, and a write the database refused is tried again. :meth:`RunJournal.flush`
writes what is waiting on the caller's thread (the report is read after it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from incident_desk.errors import StoreError
from incident_desk.scenario import Inject, Scenario
from incident_desk.store import Store
from incident_desk.store._exercise_runs import RunRow, add_run_rows, has_run, latest_run

from ._aar import AfterActionReport, StoreReader, build_aar
from ._aar_run import ControlEvent, RunLog
from ._clockmap import ClockAnchor, ExerciseClockMap
from ._control import ControlMessage
from ._player import InjectRecord

__all__ = ["RunJournal", "StoredRun", "holds_run", "report_from_store", "stored_run"]

log = logging.getLogger("incident_desk.exercise")

V = TypeVar("V")

#: seconds before a write the database refused is tried again
RETRY_S = 2.0


class RunJournal:
    """What one controller did, on its way into a store (see the module docstring).

    Thread-safe: the player's thread, paho's thread (NO DUFF) and the window's thread add
    rows. Rows added before a store is attached wait for it.
    """

    def __init__(self, exercise_id: str, controller: str) -> None:
        self.exercise_id = exercise_id
        self.controller = controller
        self._cond = threading.Condition()
        self._writing = threading.Lock()  # one writer at a time: the rows keep their order
        self._rows: list[RunRow] = []  # not yet in the store, oldest first
        self._store: Store | None = None
        self._adhoc: set[int] = set()  # the ad-hoc injects already journaled
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def store(self) -> Store | None:
        return self._store

    def attach(self, store: Store) -> None:
        """Write into ``store`` from now on (what waited too; once closed, only
        :meth:`flush` writes)."""
        with self._cond:
            self._store = store
            if not self._closed and (self._thread is None or not self._thread.is_alive()):
                self._thread = threading.Thread(
                    target=self._run, name="exercise-run-log", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    # -- what happened ----------------------------------------------------------------------
    def control(self, at: datetime, message: ControlMessage) -> None:
        """A control event, issued at wall instant ``at``."""
        self._add(
            RunRow(
                self.exercise_id,
                at,
                "control",
                self.controller,
                command=message.command.value,
                exercise_at=message.at,
                data=message.model_dump(mode="json", by_alias=True),
            )
        )

    def inject(self, record: InjectRecord, adhoc: Inject | None = None) -> None:
        """An inject's new state (``record``); ``adhoc``: the ad-hoc inject it is, written
        once, before its first state."""
        now = datetime.now(UTC)
        rows = []
        if adhoc is not None:
            with self._cond:
                first = adhoc.number not in self._adhoc
                self._adhoc.add(adhoc.number)
            if first:
                rows.append(
                    RunRow(
                        self.exercise_id,
                        now,
                        "adhoc",
                        self.controller,
                        inject=adhoc.number,
                        data=adhoc.model_dump(mode="json", by_alias=True),
                    )
                )
        rows.append(
            RunRow(
                self.exercise_id,
                record.sent_at if record.state == "sent" and record.sent_at else now,
                "inject",
                self.controller,
                inject=record.number,
                state=record.state,
                data={
                    "scenario_time": record.scenario_time,
                    "topic": record.topic,
                    "error": record.error,
                },
            )
        )
        self._add(*rows)

    def anchor(self, anchor: ClockAnchor) -> None:
        """One moment on both clocks (the report measures deadlines with them)."""
        self._add(
            RunRow(
                self.exercise_id,
                anchor.wall,
                "anchor",
                self.controller,
                exercise_at=anchor.exercise,
            )
        )

    # -- into the store ---------------------------------------------------------------------
    def flush(self) -> None:
        """Write what waits, now, on this thread.

        Raises:
            StoreError: the store refused it (the rows keep waiting).
        """
        self._write()

    def close(self, timeout: float = 10.0) -> None:
        """Write what waits and stop the writer thread; what the store refuses is logged."""
        with self._cond:
            self._closed = True
            thread = self._thread
            self._cond.notify_all()
        if thread is not None:
            thread.join(timeout)
        try:
            self._write()
        except StoreError as exc:
            log.error("exercise run log: %d rows not stored: %s", self.waiting(), exc)

    def waiting(self) -> int:
        """How many rows are not in the store yet."""
        with self._cond:
            return len(self._rows)

    def _add(self, *rows: RunRow) -> None:
        with self._cond:
            self._rows.extend(rows)
            self._cond.notify_all()

    def _write(self) -> None:
        with self._writing:
            with self._cond:
                batch, store = list(self._rows), self._store
            if not batch or store is None:
                return
            add_run_rows(store, batch)
            with self._cond:
                del self._rows[: len(batch)]

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or (self._rows and self._store))
                if self._closed:
                    return
            try:
                self._write()
            except StoreError as exc:
                log.warning("exercise run log not stored yet (retrying): %s", exc)
                with self._cond:
                    self._cond.wait(RETRY_S)
            except Exception:
                log.exception("exercise run log writer failed")
                with self._cond:
                    self._cond.wait(RETRY_S)


@dataclass(frozen=True, slots=True)
class StoredRun:
    """One run of an exercise as the store holds it.

    Attributes:
        run: the controller's run log (``build_aar``'s ``run``).
        adhoc: the ad-hoc injects, in number order.
        clock: wall → exercise clock from the controller's anchors (None: none stored).
    """

    run: RunLog
    adhoc: tuple[Inject, ...]
    clock: ExerciseClockMap | None

    def scenario(self, scenario: Scenario) -> Scenario:
        """``scenario`` with the ad-hoc injects among its injects."""
        if not self.adhoc:
            return scenario
        return scenario.model_copy(update={"injects": (*scenario.injects, *self.adhoc)})


def stored_run(store: StoreReader, scenario: Scenario, exercise_id: str) -> StoredRun | None:
    """The newest run of ``exercise_id`` in ``store`` (from its newest STARTEX on), with
    ``scenario`` its MSEL; None when the store holds no run log of it. An inject no row
    mentions is as the player starts it: held (a contingency) or pending."""
    with store.reading("read the exercise run log") as conn:
        rows = latest_run(conn, exercise_id)
    if not rows:
        return None
    numbers = {i.number for i in scenario.injects}
    adhoc: dict[int, Inject] = {}
    controls: list[ControlEvent] = []
    anchors: list[ClockAnchor] = []
    states: dict[int, str] = {
        i.number: "held" if i.contingency_for is not None else "pending"
        for i in scenario.ordered_injects()
    }
    sent: dict[int, datetime] = {}
    for row in rows:
        if row.kind == "control":
            controls.append(ControlEvent(row.at, ControlMessage.model_validate(row.data)))
        elif row.kind == "anchor" and row.exercise_at is not None:
            anchors.append(ClockAnchor(row.at, row.exercise_at))
        elif row.kind == "adhoc" and row.inject is not None and row.inject not in numbers:
            adhoc[row.inject] = Inject.model_validate(row.data)  # the MSEL's number wins
            states.setdefault(row.inject, "pending")
        elif row.kind == "inject" and row.inject is not None and row.state is not None:
            states[row.inject] = row.state
            if row.state == "sent":
                sent[row.inject] = row.at
            else:
                sent.pop(row.inject, None)
    speed = controls[-1].message.speed if controls else 1.0
    return StoredRun(
        run=RunLog(
            controls=tuple(controls),
            states=_only(states, numbers | set(adhoc)),
            adhoc=frozenset(adhoc),
            sent=_only(sent, numbers | set(adhoc)),
        ),
        adhoc=tuple(adhoc[n] for n in sorted(adhoc)),
        clock=ExerciseClockMap(anchors, speed=speed, source="controller") if anchors else None,
    )


def _only(values: Mapping[int, V], numbers: set[int]) -> dict[int, V]:
    return {n: v for n, v in values.items() if n in numbers}


def report_from_store(
    store: StoreReader,
    scenario: Scenario,
    exercise_id: str | None = None,
    *,
    speed: float | None = None,
) -> AfterActionReport:
    """The after-action report of ``exercise_id`` (default: the scenario's) from ``store``:
    what the players did, and what the controller did as its run log in the store holds it
    (its newest run). Without a run log, only what the store observed (``speed``: the run's
    speed, else estimated from the injects' arrival times)."""
    exercise = exercise_id or scenario.exercise.id
    found = stored_run(store, scenario, exercise)
    if found is None:
        return build_aar(store, scenario, exercise, speed=speed)
    return build_aar(
        store, found.scenario(scenario), exercise, clock=found.clock, speed=speed, run=found.run
    )


def holds_run(store: StoreReader, exercise_id: str) -> bool:
    """Whether ``store`` holds a run log of ``exercise_id``."""
    with store.reading("read the exercise run log") as conn:
        return has_run(conn, exercise_id)
