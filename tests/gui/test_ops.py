"""BackgroundReader and OpRunner: work off the GUI thread, results back on it, in order."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.ui.ops import BackgroundReader, OpRunner


def test_results_arrive_on_the_gui_thread_in_submission_order(qtbot: Any) -> None:
    reader = BackgroundReader()
    gui = threading.get_ident()
    workers: list[int] = []
    got: list[tuple[int, int]] = []

    def read(n: int) -> int:
        workers.append(threading.get_ident())
        return n * n

    for n in range(5):
        reader.run(lambda n=n: read(n), lambda v: got.append((v, threading.get_ident())))
    qtbot.waitUntil(lambda: len(got) == 5, timeout=5000)
    assert [v for v, _ in got] == [0, 1, 4, 9, 16]
    assert {t for _, t in got} == {gui}
    assert gui not in workers
    assert reader.pending == 0
    reader.shutdown()


def test_an_exception_goes_to_on_error_and_later_reads_still_run(qtbot: Any) -> None:
    reader = BackgroundReader()
    errors: list[str] = []
    done: list[int] = []

    def boom() -> int:
        raise RuntimeError("database is locked")

    reader.run(boom, done.append, lambda exc: errors.append(str(exc)))
    reader.run(lambda: 7, done.append)
    qtbot.waitUntil(lambda: done == [7], timeout=5000)
    assert errors == ["database is locked"]
    reader.shutdown()
    assert reader.run(lambda: 1, done.append) is None  # refused after shutdown


# -- OpRunner: operator actions ------------------------------------------------------------------


def test_an_action_runs_off_the_gui_thread_and_announces_its_changes(qtbot: Any) -> None:
    announced: list[Changes] = []
    ops = OpRunner(announced.append)
    gui = threading.get_ident()
    ran_on: list[int] = []
    done: list[Changes] = []

    def act() -> Changes:
        ran_on.append(threading.get_ident())
        return Changes(incidents=(7,))

    with qtbot.wait_signal(ops.finished, timeout=5000):
        assert ops.run("open an incident", act, done.append)
    assert ran_on
    assert ran_on[0] != gui
    assert done == [Changes(incidents=(7,))]
    assert announced == [Changes(incidents=(7,))]
    ops.shutdown()


def test_an_expected_refusal_is_plain_words_and_a_bug_is_logged(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    ops = OpRunner(lambda _c: None)
    said: list[tuple[str, str]] = []
    undone: list[str] = []
    ops.failed.connect(lambda text, level: said.append((text, level)))

    def refused() -> Changes:
        raise IncidentDeskError("the incident is closed")

    def bug() -> Changes:
        raise KeyError("oops")

    with qtbot.wait_signal(ops.finished, timeout=5000):
        ops.run("add the note", refused, on_failed=lambda: undone.append("note"))
    assert said == [("Could not add the note: the incident is closed", "error")]
    assert undone == ["note"]
    with (
        caplog.at_level(logging.ERROR, "incident_desk.ui"),
        qtbot.wait_signal(ops.finished, timeout=5000),
    ):
        ops.run("merge the incidents", bug)
    assert said[-1] == ("Could not merge the incidents (unexpected error, logged): 'oops'", "error")
    assert "Traceback" in caplog.text
    assert "KeyError" in caplog.text
    ops.shutdown()
    assert not ops.run("anything", lambda: Changes())  # shut down: nothing runs
