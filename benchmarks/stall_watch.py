"""A watchdog for GUI benchmarks: when the GUI thread is late, sample what it is doing.

A number ("worst stall 700 ms") says there is a problem, not where. ``StallWatch`` runs a
plain thread next to the GUI loop; the loop's 10 ms tick stamps ``tick()``, and while a tick
is more than ``late_ms`` overdue the watchdog samples the GUI thread's Python stack
(``sys._current_frames``) every few milliseconds. ``report()`` names the worst stalls with
the stack seen most often in each, so a benchmark can print the cause next to the figure.

The samples cost the GIL only while the GUI is already late; between stalls the thread
sleeps.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["StallWatch", "cpu_seconds"]


@dataclass
class _Stall:
    started: float
    length_ms: float = 0.0
    stacks: Counter[str] = field(default_factory=Counter)
    others: Counter[str] = field(default_factory=Counter)
    wakeups: int = 0  # how often the watchdog itself ran during the stall


class StallWatch:
    """Samples the stack of ``thread_id`` (default: the calling thread) while it is late.

    Call ``tick()`` from the watched thread's timer; ``start()``/``stop()`` around the
    measurement; ``report()`` afterwards.
    """

    def __init__(
        self, thread_id: int | None = None, *, late_ms: float = 40.0, every_ms: float = 5.0
    ) -> None:
        self._thread_id = thread_id if thread_id is not None else threading.get_ident()
        self._late_s = late_ms / 1000
        self._every_s = every_ms / 1000
        self._last = time.perf_counter()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.stalls: list[_Stall] = []

    def tick(self) -> None:
        now = time.perf_counter()
        if self.stalls and self.stalls[-1].length_ms == 0.0 and self.stalls[-1].stacks:
            self.stalls[-1].length_ms = (now - self.stalls[-1].started) * 1000
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="stall-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self._every_s):
            last = self._last
            if time.perf_counter() - last < self._late_s:
                continue
            if not self.stalls or self.stalls[-1].started != last:
                self.stalls.append(_Stall(started=last))
            self.stalls[-1].wakeups += 1
            me = threading.get_ident()
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if ident == self._thread_id:
                    self.stalls[-1].stacks[_short_stack(frame)] += 1
                elif ident != me:
                    where = _short_stack(frame, 3).replace("\n", " <- ")
                    self.stalls[-1].others[f"{names.get(ident, ident)}: {where}"] += 1

    def report(self, worst: int = 5) -> str:
        """The ``worst`` longest stalls, each with its most frequent stack (innermost last)."""
        done = sorted(self.stalls, key=lambda s: s.length_ms, reverse=True)[:worst]
        lines = [f"stalls over {self._late_s * 1000:.0f} ms: {len(self.stalls)}"]
        for stall in done:
            total = sum(stall.stacks.values())
            # the watchdog should wake every ``every_ms``; far fewer wakeups mean the whole
            # process was waiting for a CPU (machine load), not the GUI thread for its work
            late = (stall.length_ms - self._late_s * 1000) / (self._every_s * 1000)
            ran = f"watchdog ran {stall.wakeups} of ~{max(late, 1):.0f} times"
            lines.append(f"-- stall {stall.length_ms:.0f} ms, {total} samples ({ran})")
            for stack, n in stall.stacks.most_common(2):
                lines.append(f"   [{n}/{total}]")
                lines += [f"     {line}" for line in stack.splitlines()]
            lines.append("   other threads (most sampled):")
            for stack, n in stall.others.most_common(8):
                lines.append(f"     [{n}] {stack}")
        return "\n".join(lines)


def _short_stack(frame: object, depth: int = 14) -> str:
    """The innermost ``depth`` frames as ``file:line function`` (paths shortened)."""
    entries = traceback.extract_stack(frame)[-depth:]  # type: ignore[arg-type]
    out = []
    for e in entries:
        name = e.filename
        for marker in ("incident_desk/", "benchmarks/", "site-packages/"):
            if marker in name:
                name = name[name.index(marker) :]
                break
        out.append(f"{name}:{e.lineno} {e.name}")
    return "\n".join(out)


def cpu_seconds(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) used so far by ``pid`` and each of its child processes
    (Linux ``/proc``; empty elsewhere): how much of the machine each part of the console
    took, a figure the machine's other load does not inflate as it inflates stalls."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out: dict[int, float] = {}
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            out[p] = (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return out
