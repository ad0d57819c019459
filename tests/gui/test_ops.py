"""BackgroundReader: work off the GUI thread, results back on it, in order."""

from __future__ import annotations

import threading
from typing import Any

from incident_desk.ui.ops import BackgroundReader


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
